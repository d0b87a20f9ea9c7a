"""Two scans: a handwritten-looking citizen's letter (HTML -> Chromium, script font Z003 on a ruled sheet, with a
typed received stamp; grey JPEG scan) and a filled-in application form for a residents' parking permit with a
typed back-office note (reportlab, Helvetica and Courier; bilevel scan)."""
import math
import random

from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def _page(css, inner):
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{inner}</body></html>"


def _scribble(seed, w=150, h=44):
    rnd = random.Random(seed)
    pts = []
    n = 70
    base = h * rnd.uniform(0.45, 0.6)
    a1, f1, f2 = rnd.uniform(6, 10), rnd.uniform(4, 8), rnd.uniform(12, 20)
    for i in range(n):
        t = i / (n - 1)
        x = 6 + (w - 14) * t + 4 * math.sin(f2 * t * 6.28)
        y = base + a1 * math.sin(f1 * t * 3.14) + 3 * math.sin(f2 * t * 3.14) - 8 * t
        pts.append(f"{x:.1f},{y:.1f}")
    return (f"<svg width='{w}' height='{h}' viewBox='0 0 {w} {h}'><polyline points='{' '.join(pts)}' "
            f"fill='none' stroke='#1a1a60' stroke-width='1.8' stroke-linejoin='round'/></svg>")


# ------------------------------------------------------------------ handwritten citizen's letter (grey scan)

HW_CSS = """
@page { size: A4; margin: 0; }
body { margin: 0; }
.pg { position: relative; width: 210mm; height: 296mm; }
.txt { position: absolute; left: 24mm; top: 18mm; width: 162mm; font-family: 'Z003', cursive; font-size: 19pt;
       color: #1c2a78; line-height: 1.32; font-kerning: none; letter-spacing: 0.4px; }
.txt p { margin: 0 0 6px 0; }
.snd { margin-bottom: 8mm; }
.stamp { position: absolute; right: 14mm; top: 16mm; border: 2.2px solid #7a1f1f; color: #7a1f1f; padding: 4px 9px;
         font-family: 'Nimbus Sans', sans-serif; font-size: 10pt; font-weight: bold; line-height: 1.4;
         transform: rotate(1deg); text-align: center; white-space: nowrap; }
"""


def brief_handgeschreven_inwoner_scan():
    snd = "[[Jantina Hoiting|P]]\n[[Tolweg 19|A]]\n[[9681 BE|Z]] Midwolda\ntel. [[06 2755 4180|T]]"
    paras = [
        "Midwolda, [[3 april 2026|dt]]",
        "Aan de gemeente Oldambt,",
        "Ik schrijf u over de bomen langs het fietspad naar de school. Twee bomen hangen scheef over het pad en "
        "bij storm vallen er dikke takken. Mijn kleinzoon fietst daar elke dag.",
        "Ik heb al in [[januari 2026|dt]] gebeld. Een meneer van de gemeente, meneer [[Kuiters|P]], zou komen "
        "kijken maar er is niemand geweest. Mijn buurvrouw, mevrouw [[Dallinga|P]], heeft ook gebeld.",
        "Wethouder [[Bouwman-Eilders|oth]] heeft op het dorpsfeest gezegd dat ik haar mocht schrijven. "
        "Daarom stuur ik deze brief.",
        "Met vriendelijke groet,",
    ]

    def html(h):
        out = ["<div class='pg'><div class='txt'>", f"<div class='snd'>{h(snd)}</div>"]
        out += [f"<p>{h(p)}</p>" for p in paras]
        out.append(_scribble(4418) + f"<p>{h('[[Jantina Hoiting|P]]')}</p>")
        out.append("</div>")
        out.append("<div class='stamp'>" + h("GEMEENTE OLDAMBT\nontvangen [[7 APR 2026|dt]]\n"
                                             "reg.nr. [[U26.03318|ken]]") + "</div>")
        out.append("</div>")
        return _page(HW_CSS, "".join(out))
    return Doc("brief_handgeschreven_bomen_fietspad_midwolda_scan.pdf", "burgerbrief", "scan", None,
               "Scan ingekomen brief U26.03318", "2026-04-07", [], html=html,
               scan={"via": "chromium", "mode": "gray", "seed": 11207, "rot": [0.4], "noise": 5, "quality": 70,
                     "shade": 8, "specks": 0.0002},
               note="handgeschreven brief van een inwoner (scriptlettertype Z003, blauw, hele brief): naam, adres, "
                    "postcode en 06-nummer van de afzender, ambtenaar en buurvrouw met achternaam (lakken), "
                    "wethouder met dubbele naam (houden), handtekening-krabbel met naam, rode ontvangststempel met "
                    "registratienummer, grijze scan")


# ------------------------------------------------------------------ parking permit application form (bilevel scan)

def aanvraag_parkeervergunning_scan():
    body = [
        P("**Gemeente Haarlem**", size=13, space_after=1),
        P("Aanvraagformulier bewonersparkeervergunning", "h1", space_after=2),
        P("Vul het formulier in met blokletters of typ het in. Stuur het met een kopie van het kentekenbewijs naar "
          "Gemeente Haarlem, Postbus 511, 2003 PB Haarlem.", size=8.5, space_after=8),
        P("1. Gegevens aanvrager", "h2"),
        KV([("Naam en voorletters", "[[Vennik-Prakke, M.J.|P]]"),
            ("Burgerservicenummer", "[[345035148|B]]"),
            ("Geboortedatum", "[[14-08-1983|D]]"),
            ("Straat en huisnummer", "[[Kleverparkweg 55|A]]"),
            ("Postcode en plaats", "[[2023 CG|Z]] Haarlem"),
            ("Telefoon", "[[023 526 14 09|T]]"),
            ("E-mail", "[[mj.prakke83@kpnmail.nl|E]]")], label_w=0.34, size=10, style="grid"),
        P("2. Gegevens voertuig", "h2"),
        KV([("Kenteken", "[[TX-741-B|L]]"),
            ("Merk en type", "Volkswagen Polo"),
            ("Kentekenhouder", "aanvrager / partner / werkgever (doorhalen wat niet van toepassing is)"),
            ("Naam partner", "[[Rombout Vennik|P]]")], label_w=0.34, size=10, style="grid"),
        P("3. Betaling", "h2"),
        KV([("IBAN (automatische incasso)", "[[NL53 ASNB 3886 6541 17|N]]"),
            ("Ten name van", "[[M.J. Vennik-Prakke|P]]")], label_w=0.34, size=10, style="grid"),
        P("Ik verklaar dat ik dit formulier naar waarheid heb ingevuld.", space_before=4),
        KV([("Datum", "[[26 februari 2026|dt]]"), ("Handtekening", " ")], label_w=0.34, size=10,
           style="grid"),
        Sp(4),
        HR(),
        P("Voor intern gebruik – Parkeerbeheer", size=9),
        P("Ontvangen [[2 maart 2026|dt]]. Zaak [[PV-2026-08841|ken]]. Vergunning zone C verleend, ingevoerd door "
          "[[AvR|I]]. Kentekenbewijs gecontroleerd ([[RDW|org]]).", style="mono", size=10),
        P("Vragen: [[14 023|gn]] of [[parkeren@haarlem.nl|mb]]", size=8.5),
    ]
    return Doc("aanvraagformulier_parkeervergunning_haarlem_scan.pdf", "formulier", "scan", None,
               "Scan aanvraag PV-2026-08841", "2026-03-02", body, font="Helvetica", size=10.5,
               opts={"margins": (22, 22, 18, 20)},
               scan={"via": "rl-std", "mode": "bilevel", "seed": 11309, "rot": [-0.5], "noise": 6,
                     "threshold": 150, "shade": 8, "blur": 0.3, "streak": True,
                     "producer_meta": "RICOH IM C3000", "creator_meta": "RICOH IM C3000"},
               note="ingevuld aanvraagformulier bewonersparkeervergunning (bilevel scan met kopieerstreep): naam als "
                    "‘Achternaam, V.’ met dubbele naam, BSN, geboortedatum dd-mm-jjjj, adres, vast nummer, e-mail, "
                    "kenteken, partner, IBAN voor incasso (lakken), intern blok in Courier met paraaf van de "
                    "invoerder, RDW, 14-nummer en mailbox (houden)")


def docs():
    return [brief_handgeschreven_inwoner_scan(), aanvraag_parkeervergunning_scan()]
