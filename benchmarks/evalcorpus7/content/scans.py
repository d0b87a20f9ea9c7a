"""Two scans: a citizen's typed letter with handwritten annotations by the civil servants who handled it and a
received stamp (HTML -> Chromium, script font Z003 for the handwriting; grey scan) and a signed letter of a
village association with two signatures (python-docx -> LibreOffice; bilevel scan)."""
import math
import random

from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def _page(css, inner):
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{inner}</body></html>"


def _scribble(seed, w=150, h=40):
    rnd = random.Random(seed)
    pts = []
    n = 70
    base = h * rnd.uniform(0.45, 0.6)
    a1, f1, f2 = rnd.uniform(5, 9), rnd.uniform(5, 9), rnd.uniform(14, 22)
    for i in range(n):
        t = i / (n - 1)
        x = 6 + (w - 14) * t + 3 * math.sin(f2 * t * 6.28)
        y = base + a1 * math.sin(f1 * t * 3.14) + 3 * math.sin(f2 * t * 3.14) - 8 * t
        pts.append(f"{x:.1f},{y:.1f}")
    return (f"<svg width='{w}' height='{h}' viewBox='0 0 {w} {h}'><polyline points='{' '.join(pts)}' "
            f"fill='none' stroke='#0d1b6e' stroke-width='1.8' stroke-linejoin='round'/></svg>")


# ------------------------------------------------------------------ annotated citizen letter

BR_CSS = """
@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'Liberation Serif', serif; font-size: 11.5pt; color: #111; }
.pg { position: relative; width: 210mm; height: 296mm; }
.txt { position: absolute; left: 28mm; top: 22mm; width: 150mm; }
p { margin: 0 0 9px 0; line-height: 1.35; }
.snd { margin-bottom: 12mm; line-height: 1.35; }
.to { margin-bottom: 10mm; line-height: 1.35; }
.hw { position: absolute; font-family: 'Z003', cursive; color: #1731a6; font-size: 19pt; line-height: 1.15; }
.stamp { position: absolute; right: 18mm; top: 20mm; border: 2.2px solid #b3261e; color: #b3261e; padding: 5px 10px;
         font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; font-weight: bold; line-height: 1.35;
         transform: rotate(-2deg); text-align: center; }
.arrow { position: absolute; border-left: 2px solid #1731a6; }
"""


def brief_inwoner_annotaties_scan():
    snd = "[[Bouchra Laaroussi|P]]\n[[Transvaalstraat 23|A]]\n[[8921 BJ|Z]] Leeuwarden\ntel. [[06 1932 4875|T]]"
    to = "Gemeente Leeuwarden\nt.a.v. team Openbare Ruimte\nPostbus 21000\n8900 JA Leeuwarden"
    paras = [
        "Leeuwarden, [[12 april 2026|dt]]",
        "**Betreft: bezwaar tegen de kap van de [[linde|w]] voor mijn huis**",
        "Geachte heer, mevrouw,",
        "In uw brief van [[31 maart 2026|dt]] staat dat de [[linde|w]] voor mijn huis in mei wordt gekapt, omdat "
        "de wortels de stoep omhoog drukken. Ik ben het daar niet mee eens. De boom is gezond en geeft in de "
        "zomer schaduw aan de hele straat. Volgens mij kan de stoep ook worden hersteld zonder de boom weg te "
        "halen.",
        "Mijn buurman, de heer [[Kuiken|P]] van nummer 25, en de andere bewoners van ons blok zijn het met mij "
        "eens. Wethouder [[Sierdsma|oth]] heeft op de bewonersavond gezegd dat de gemeente zuinig is op oude "
        "bomen. Ik vraag u daarom de kap uit te stellen en eerst met ons te komen praten.",
        "Vorig jaar ben ik over de omhooggedrukte stoep gevallen. Mijn schadeclaim daarvoor (uw kenmerk "
        "[[SCH-2025-0712|ken]], BSN [[623501971|B]]) is nog altijd niet betaald. U kunt de € 145 overmaken op "
        "[[NL37 INGB 0007 3920 15|N]].",
        "U kunt mij bellen op het nummer hierboven of mailen naar [[b.laaroussi@hotmail.com|E]].",
        "Met vriendelijke groet,",
    ]

    def html(h):
        out = ["<div class='pg'><div class='txt'>",
               f"<div class='snd'>{h(snd)}</div>", f"<div class='to'>{h(to)}</div>"]
        out += [f"<p>{h(p)}</p>" for p in paras]
        out.append(_scribble(8812) + f"<p>{h('[[Bouchra Laaroussi|P]]')}</p>")
        out.append("</div>")
        out.append("<div class='stamp'>" + h("GEMEENTE LEEUWARDEN\nONTVANGEN [[14 APR 2026|dt]]\n"
                                             "reg.nr. [[U26.04418|ken]]") + "</div>")
        out.append("<div class='hw' style='right:18mm; top:50mm; transform: rotate(-1.5deg);'>"
                   + h("z.s.m. naar\n[[Linde|P]] (team Bomen)") + "</div>")
        out.append("<div class='hw' style='left:112mm; top:222mm; transform: rotate(-2deg); width:80mm;'>"
                   + h("gebeld 20/4: mw. wil\ngesprek ter plaatse,\nafspraak 28/4 10 uur\n[[Linde|P]]") + "</div>")
        out.append("</div>")
        return _page(BR_CSS, "".join(out))
    return Doc("brief_inwoner_kap_linde_met_aantekeningen_scan.pdf", "burgerbrief", "scan", None,
               "Scan poststuk U26.04418", "2026-04-14", [], html=html,
               scan={"via": "chromium", "mode": "gray", "seed": 7207, "rot": [0.7], "noise": 6, "quality": 64,
                     "shade": 9, "specks": 0.0003},
               note="getypte brief van een inwoner met handgeschreven aantekeningen van de behandelaar "
                    "(scriptlettertype, blauw: ‘z.s.m. naar Linde (team Bomen)’, belnotitie), rode ontvangststempel met "
                    "registratienummer, handtekening-krabbel, grijze scan: afzender met adres, telefoon, e-mail, BSN en IBAN bij een oude schadeclaim, "
                    "buurman ‘de heer Kuiken’, voornaam ‘Linde’ van de ambtenaar naast ‘de linde’ (de boom), "
                    "wethouder (houden)")


# ------------------------------------------------------------------ signed letter of a village association

def brief_dorpsbelang_getekend_scan():
    body = [
        P("**Vereniging Dorpsbelang Tjalleberd**", size=14, space_after=2),
        P("secretariaat: [[Skoalleloane 7|A]], [[8452 KM|Z]] Tjalleberd · [[dorpsbelangtjalleberd@gmail.com|mb]]",
          size=10),
        HR(),
        Sp(4),
        P("Aan het college van burgemeester en wethouders\nvan de gemeente Heerenveen\nPostbus 15000\n"
          "8440 GA  Heerenveen"),
        Sp(4),
        P("Tjalleberd, [[3 maart 2026|dt]]"),
        P("Betreft: uitbreiding dorpshuis en verkeersveiligheid"),
        Sp(2),
        P("Geacht college,"),
        P("Op [[12 februari 2026|dt]] hebben wij met wethouder [[Doutzen Fokkema|oth]] en uw medewerker "
          "mevrouw [[Gerbrich Leistra|P]] gesproken over de uitbreiding van het dorpshuis. De "
          "[[Stichting Dorpshuis De Kuip|org]] wil een zaal bijbouwen voor de peuteropvang en de "
          "ouderensoos. Mevrouw [[Leistra|P]] heeft toegezegd dat de aanvraag met voorrang wordt behandeld. "
          "Wij zijn daar blij mee, maar wij hebben sindsdien niets meer gehoord."),
        P("Tegelijk maken veel ouders zich zorgen over het verkeer op de doorgaande weg. Er wordt hard gereden "
          "en er is geen veilige oversteek naar de school. Ons bestuurslid [[Tjerk Wiersum|P]] heeft in januari "
          "een week lang de auto’s geteld: 1.900 per dag, ook veel vrachtverkeer."),
        P("Wij vragen u daarom (1) ons vóór [[1 april 2026|dt]] te laten weten wanneer u over de aanvraag "
          "beslist en (2) met ons in gesprek te gaan over een veilige oversteek. Wij nodigen u van harte uit "
          "voor onze jaarvergadering."),
        P("Met vriendelijke groet,\nnamens het bestuur van Dorpsbelang Tjalleberd,"),
        Sig(9120, 46, 15),
        P("[[Sjirk Wessels|S]], voorzitter"),
        Sig(9131, 44, 15),
        P("[[Janneke Broekhuis-Zwiep|S]], secretaris"),
    ]
    return Doc("brief_dorpsbelang_tjalleberd_getekend_scan.pdf", "burgerbrief", "scan", None,
               "Scan ingekomen stuk Dorpsbelang", "2026-03-05", body, font="Liberation Sans", size=11,
               opts={"margins": (24, 22, 18, 18), "space_after": 7, "line_spacing": 1.15},
               scan={"via": "lo", "mode": "bilevel", "seed": 7313, "rot": [-0.4], "noise": 7, "threshold": 160,
                     "shade": 6, "blur": 0.3, "streak": True, "producer_meta": "RICOH IM C3000",
                     "creator_meta": "RICOH IM C3000"},
               note="brief van een dorpsbelangenvereniging met twee handtekeningen (voorzitter en secretaris, "
                    "SIGNATURE), secretariaatsadres (woonadres secretaris), Friese namen met dubbele naam, "
                    "wethouder (houden), ambtenaar (dezelfde als in het werkoverleg), bestuurslid, stichting en "
                    "functionele mailbox van de vereniging (houden), bilevel scan met kopieerstreep")


def docs():
    return [brief_inwoner_annotaties_scan(), brief_dorpsbelang_getekend_scan()]
