"""Two scans: a petition signature list filled in by hand (Chromium, script font Z003 for the handwriting,
scribbled signatures as SVG; grey scan) and a fax from a notary's office with a fax header line (reportlab
Helvetica/Courier, bilevel fax-like scan)."""
import math
import random

from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def _scribble(seed, w=120, h=26):
    rnd = random.Random(seed)
    pts = []
    n = 60
    base = h * rnd.uniform(0.45, 0.6)
    a1, f1, f2 = rnd.uniform(4, 8), rnd.uniform(5, 9), rnd.uniform(14, 22)
    for i in range(n):
        t = i / (n - 1)
        x = 6 + (w - 14) * t + 3 * math.sin(f2 * t * 6.28)
        y = base + a1 * math.sin(f1 * t * 3.14) + 3 * math.sin(f2 * t * 3.14) - 6 * t
        pts.append(f"{x:.1f},{y:.1f}")
    return (f"<svg width='{w}' height='{h}' viewBox='0 0 {w} {h}'><polyline points='{' '.join(pts)}' "
            f"fill='none' stroke='#1a237e' stroke-width='1.6' stroke-linejoin='round'/></svg>")


PET_CSS = """
@page { size: A4; margin: 16mm 16mm 16mm 16mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.5pt; }
h1 { font-size: 15pt; margin: 0 0 4px 0; }
.intro { margin: 0 0 8px 0; line-height: 1.35; }
table { border-collapse: collapse; width: 100%; }
th { background: #e0e0e0; text-align: left; padding: 4px 5px; border: 0.8px solid #333; font-size: 9pt; }
td { border: 0.8px solid #333; padding: 3px 5px; height: 11mm; vertical-align: middle; }
td.hw { font-family: 'Z003'; font-size: 14pt; color: #14206b; white-space: nowrap; }
td.nr { width: 7mm; text-align: center; }
.foot { margin-top: 10px; font-size: 9pt; }
.stamp { display: inline-block; border: 2px solid #8b0000; color: #8b0000; padding: 4px 10px; margin-top: 8px;
         font-weight: bold; transform: rotate(-3deg); }
"""


def petitie_scan():
    rows = [
        ("[[Wendy Raaf|P]]", "[[Van Hogendorplaan 118|A]]", "initiatiefnemer"),
        ("[[J. v.d. Zanden|P]]", "[[Van Hogendorplaan 120|A]]", ""),
        ("[[Youssef|P]] & [[Samira Ouali|P]]", "[[Reigerlaan 9|A]]", ""),
        ("fam. [[Zeeman|P]]", "[[Reigerlaan 14|A]]", ""),
        ("[[Priya Ramsaran|P]]", "[[Van Hogendorplaan 87|A]]", ""),
        ("[[Noor|P]] (9 jaar)", "idem", "dochter van [[Priya|P]]"),
        ("[[Zsófia Kovács|P]]", "[[Fazantlaan 3|A]]", ""),
        ("[[Erik Brons|oth]]", "raadslid", ""),
        ("[[Bep Lugtenburg|P]]", "[[Reigerlaan 22|A]]", ""),
        ("[[Tom Hoogstraten|P]]", "[[Fazantlaan 40|A]]", ""),
    ]

    def html(h):
        out = ["<h1>Petitie: behoud de speeltuin aan de Van Hogendorplaan!</h1>",
               f"<p class='intro'>{h('Aan de gemeenteraad van Vlaardingen. Wij, bewoners van de wijk Holy, vragen u de speeltuin niet te laten verdwijnen voor het parkeerterrein uit het plan ‘Holy 2030’. Deze lijst wordt aangeboden tijdens de raadsvergadering van [[20 maart 2025|dt]].')}</p>",
               "<table><colgroup><col style='width:7mm'><col style='width:62mm'><col style='width:52mm'>"
               "<col style='width:32mm'><col></colgroup><tr><th>Nr.</th><th>Naam</th><th>Adres</th><th>Handtekening</th><th>Opmerking</th></tr>"]
        for i, (naam, adres, opm) in enumerate(rows, 1):
            sig = _scribble(7100 + i)
            out.append(f"<tr><td class='nr'>{i}</td><td class='hw'>{h(naam)}</td><td class='hw'>{h(adres)}</td>"
                       f"<td>{sig}</td><td class='hw' style='font-size:12pt'>{h(opm)}</td></tr>")
        out.append("</table>")
        out.append(f"<p class='foot'>{h('Ingeleverd bij de griffie door [[Wendy Raaf|P]], tel. [[06 2748 1936|T]], namens ruim 140 ondertekenaars (ook online).')}</p>")
        out.append(f"<div class='stamp'>{h('ONTVANGEN GRIFFIE [[18-03-2025|dt]] · paraaf [[AvO|I]]')}</div>")
        return _page(PET_CSS, "".join(out))
    return Doc("petitie_speeltuin_handtekeningenlijst_scan.pdf", "formulier", "scan", None,
               "Scan 2025-03-18 griffie", "2025-03-18", [], html=html,
               scan={"via": "chromium", "mode": "gray", "seed": 6301, "rot": [0.8], "noise": 7, "quality": 60,
                     "shade": 12, "specks": 0.0004},
               note="met de hand ingevulde handtekeningenlijst van een petitie (scriptlettertype, krabbels), grijze "
                    "scan: bewoners met adres, ‘J. v.d. Zanden’, twee personen in één cel, ‘fam. Zeeman’, kind met "
                    "voornaam, Hongaarse naam met diakrieten, raadslid (houden), initiatiefnemer met 06-nummer, "
                    "stempel met paraaf griffie")


def _page(css, inner):
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{inner}</body></html>"


def fax_notaris_scan():
    body = [
        P("[[18/03/2025|dt]] 10:42   FAX +31 75 612 44 00   ORLEBEKE ZEEMAN NOTARISSEN        #0418 P.001/001", "mono",
          size=8),
        Sp(4),
        P("**ORLEBEKE ZEEMAN NOTARISSEN**", size=14),
        P("Westzijde 112 · 1506 EK Zaandam · T [[075 612 44 00|gn]] · [[info@orlebekezeeman.nl|mb]]", size=10.5),
        HR(),
        P("**FAXBERICHT**", size=12),
        KV([["Aan", "Gemeente Zaanstad, afdeling Grond en Vastgoed\nt.a.v. mevrouw mr. [[A.M. Kalverda|P]]"],
            ["Faxnummer", "[[075 681 63 05|gn]]"],
            ["Van", "[[mr. H.J. Orlebeke|P]], notaris"],
            ["Behandelaar", "[[Esra Yilmaz|P]], direct [[075 612 44 17|T]]"],
            ["Datum", "[[18 maart 2025|dt]]"],
            ["Betreft", "Wet voorkeursrecht gemeenten – aanbieding [[Lagedijk 211|A]], Zaandijk"],
            ["Pagina’s", "1 (inclusief dit voorblad)"]], label_w=0.2, size=10),
        HR(),
        P("Geachte mevrouw [[Kalverda|P]],"),
        P("Namens mijn cliënten, de heer [[Konstantinos\nPapadakis|P]] en mevrouw [[Marike Papadakis-Huls|P]], "
          "eigenaren van het woonhuis met erf aan de [[Lagedijk 211|A]] te Zaandijk, bied ik de gemeente het "
          "perceel aan op grond van artikel 10 van de Wet voorkeursrecht gemeenten. Op het perceel rust een "
          "voorkeursrecht sinds het besluit van de gemeenteraad van [[14 november 2023|dt]]."),
        P("Mijn cliënten hebben overeenstemming bereikt met [[Zaanwerf Ontwikkeling B.V.|org]], vertegenwoordigd "
          "door de heer [[R. Wijnands|P]], over een koopprijs van EUR 612.000 k.k. Ik verzoek u mij binnen zes weken "
          "te laten weten of de gemeente bereid is het perceel tegen deze prijs te kopen."),
        P("Voor overleg kunt u contact opnemen met mijn medewerkster [[Esra|P]] op het directe nummer hierboven."),
        P("Met vriendelijke groet,"),
        Sp(8),
        P("[[mr. H.J. Orlebeke|P]]\nnotaris"),
        Sp(6),
        P("Dit faxbericht is uitsluitend bestemd voor de geadresseerde. Heeft u het per vergissing ontvangen, "
          "bel dan [[075 612 44 00|gn]] en vernietig het bericht.", "small"),
    ]
    return Doc("fax_notaris_voorkeursrecht_scan.pdf", "brief", "scan", None,
               "Fax 18-03-2025", "2025-03-18", body, font="Helvetica", size=10.5,
               opts={"margins": (20, 20, 14, 20)},
               scan={"via": "rl-std", "mode": "bilevel", "seed": 7702, "rot": [0.4], "noise": 9, "threshold": 150,
                     "shade": 8, "blur": 0.5, "producer_meta": "Brother MFC-L2710DW",
                     "creator_meta": "Brother MFC-L2710DW"},
               note="faxbericht van een notariskantoor met faxkopregel, bilevel scan: verkopers (Griekse naam, "
                    "naam over twee regels), adres van het perceel, ambtenaar Grondzaken, notaris en medewerkster "
                    "(lakken) naast kantoornaam met hun namen (houden), koper-B.V. met vertegenwoordiger")


def docs():
    return [petitie_scan(), fax_notaris_scan()]
