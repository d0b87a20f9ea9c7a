"""Two scans: the attendance list of a residents' evening with signatures and one row added by hand (HTML ->
Chromium, script font Z003 for the handwriting; grey scan) and an old typewritten fax of a municipality to the
immigration service (reportlab, Courier; bilevel scan)."""
import math
import random

from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def _page(css, inner):
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{inner}</body></html>"


def _scribble(seed, w=120, h=26):
    rnd = random.Random(seed)
    pts = []
    n = 60
    base = h * rnd.uniform(0.45, 0.6)
    a1, f1, f2 = rnd.uniform(3, 6), rnd.uniform(4, 8), rnd.uniform(12, 20)
    span = rnd.uniform(0.55, 0.95)
    for i in range(n):
        t = i / (n - 1)
        x = 4 + (w - 10) * span * t + 2.5 * math.sin(f2 * t * 6.28)
        y = base + a1 * math.sin(f1 * t * 3.14) + 2 * math.sin(f2 * t * 3.14) - 5 * t
        pts.append(f"{x:.1f},{y:.1f}")
    return (f"<svg width='{w}' height='{h}' viewBox='0 0 {w} {h}'><polyline points='{' '.join(pts)}' "
            f"fill='none' stroke='#14206e' stroke-width='1.5' stroke-linejoin='round'/></svg>")


# ------------------------------------------------------------------ attendance list, scanned

PL_CSS = """
@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #111; }
.pg { position: relative; width: 210mm; height: 296mm; }
.in { position: absolute; left: 16mm; top: 16mm; width: 178mm; }
h1 { font-size: 15pt; margin: 0 0 2mm 0; }
.sub { font-size: 10.5pt; margin-bottom: 5mm; line-height: 1.35; }
table { border-collapse: collapse; width: 100%; }
th { background: #ddd; border-top: 1px solid #333; border-bottom: 1px solid #333; font-size: 9.5pt; text-align: left; padding: 2mm; }
td { border-bottom: 1px solid #333; height: 13mm; padding: 1.5mm 2mm; vertical-align: middle; font-size: 10pt;
     line-height: 1.3; }
td:nth-child(2), th:nth-child(2) { border-left: 1px solid #333; }
.hw { font-family: 'Z003', cursive; font-kerning: none; letter-spacing: 0.3px; color: #1731a6; font-size: 19pt; line-height: 1.05; }
.note { font-size: 8.5pt; margin-top: 4mm; line-height: 1.35; }
"""


def presentielijst_ootmarsum_scan():
    rows = [
        ("[[Güneş, Z.|P]]", "bewoner, [[Dorpsstraat 18|A]]", "[[zehra.gunes@hotmail.com|E]]"),
        ("[[Leusink, E.A.|P]]", "<span style='white-space:nowrap; font-size:9.5pt'>"
         "[[Ondernemersvereniging Ootmarsum|org]]</span>", "[[info@ovootmarsum.nl|mb]]"),
        ("[[Keurentjes, M.|P]]", "[[Bakkerij Keurentjes|org]]", "—"),
        ("[[Latumahina, R.|P]]", "bewoner, [[Molenstraat 21|A]]", "[[06 3318 2047|T]]"),
        ("[[Qassab, L.|P]]", "bewoner, [[Grotestraat 40|A]]", "[[lama.qassab@gmail.com|E]]"),
        ("[[Pham, T.H.|P]]", "gemeente Dinkelland, projectleider", "[[th.pham@dinkelland.nl|E]]"),
        ("[[Sjoerdsma, G.|oth]]", "wethouder gemeente Dinkelland", "—"),
    ]

    def html(h):
        out = ["<div class='pg'><div class='in'>",
               "<h1>Presentielijst informatieavond</h1>",
               "<div class='sub'>Herinrichting Dorpsstraat Ootmarsum · " + h("[[2 april 2026|dt]]")
               + ", 19.30 uur · zaal De Kroon<br>Gemeente Dinkelland, project " + h("[[DKL-P-2025-031|ken]]")
               + "</div>",
               "<table><tr><th style='width:6%'>nr.</th><th style='width:22%'>Naam</th>"
               "<th style='width:32%'>Organisatie / adres</th><th style='width:22%'>E-mail of telefoon</th>"
               "<th style='width:18%'>Handtekening</th></tr>"]
        for i, (n, o, c) in enumerate(rows, 1):
            sig = _scribble(7100 + i) if i != 3 else ""
            o = h(o).replace("&lt;span style='white-space:nowrap; font-size:9.5pt'&gt;",
                             "<span style='white-space:nowrap; font-size:9.5pt'>").replace("&lt;/span&gt;", "</span>")
            out.append(f"<tr><td>{i}</td><td>{h(n)}</td><td>{o}</td><td>{h(c)}</td><td>{sig}</td></tr>")
        out.append("<tr><td>8</td><td class='hw'>" + h("[[Croes|P]]") + "</td><td class='hw'>"
                   + h("[[Kerkplein 3|A]]") + "</td><td></td><td>" + _scribble(7199) + "</td></tr>")
        for i in range(9, 12):
            out.append(f"<tr><td>{i}</td><td></td><td></td><td></td><td></td></tr>")
        out.append("</table>")
        out.append("<div class='note'>Uw gegevens gebruiken wij alleen om u over dit project te informeren. "
                   "Vragen: [[dorpsstraat@dinkelland.nl|mb]] of [[14 0541|gn]].</div>".replace(
                       "[[dorpsstraat@dinkelland.nl|mb]]", h("[[dorpsstraat@dinkelland.nl|mb]]")).replace(
                       "[[14 0541|gn]]", h("[[14 0541|gn]]")))
        out.append("</div></div>")
        return _page(PL_CSS, "".join(out))
    return Doc("presentielijst_informatieavond_dorpsstraat_ootmarsum_scan.pdf", "formulier", "scan", None,
               "Scan presentielijst informatieavond Dorpsstraat", "2026-04-03", [], html=html,
               scan={"via": "chromium", "mode": "gray", "seed": 9313, "rot": [-0.4], "noise": 6, "quality": 66,
                     "shade": 7, "specks": 0.0002},
               note="gescande presentielijst met handtekeningen (vectorkrabbels, geen truth): namen als "
                    "‘Achternaam, V.’ (Turkse, Molukse, Syrische, Vietnamese naam), adressen, e-mail en 06-nummer "
                    "van bewoners, voorzitter van een ondernemersvereniging (lakken, vereniging houden), bakker met "
                    "dezelfde naam als de bakkerij (houden), projectleider van de gemeente (lakken), wethouder "
                    "(houden), één rij met de hand toegevoegd (achternaam en adres in scriptlettertype), "
                    "functionele mailbox en 14-nummer")


# ------------------------------------------------------------------ typewritten fax, 1998

def fax_burgerzaken_ind_scan():
    body = [
        P("14-03-98  10:42  GEMEENTE KAMPEN BZ      [[038 339 2999|gn]]          P.01", "mono", size=8.5,
          space_after=14),
        P("GEMEENTE KAMPEN", size=13, space_after=0),
        P("Afdeling Burgerzaken", space_after=10),
        P("F A X B E R I C H T", size=12, space_after=10),
        KV([["Aan:", "Immigratie- en Naturalisatiedienst, unit Zwolle"],
            ["t.a.v.:", "mevr. [[H. Ruiters|P]]"],
            ["Faxnummer:", "[[038 455 1200|gn]]"],
            ["Van:", "[[J.W. Kloosterman|P]]"],
            ["Datum:", "[[14 maart 1998|dt]]"],
            ["Pagina's:", "1 (incl. deze)"],
            ["Betreft:", "aanvraag verblijfsvergunning [[S. Gebremedhin|P]]"]], label_w=0.2, size=11,
           bold_labels=False),
        HR(),
        P("Geachte mevrouw [[Ruiters|P]],"),
        P("Naar aanleiding van uw telefoontje van gisteren bevestig ik u dat mevrouw [[Semhar Gebremedhin|P]], "
          "geboren [[12-05-1979|D]] te Asmara, sinds [[2 februari 1998|dt]] ingeschreven staat in het "
          "bevolkingsregister van de gemeente Kampen op het adres [[Oudestraat 141|A]], [[8261 CJ|Z]] Kampen. "
          "Haar V-nummer is [[2318447102|O]]."),
        P("Mevrouw [[Gebremedhin|P]] woont op dit adres bij haar zuster, mevrouw [[Ruta Gebremedhin|P]], die "
          "sinds 1994 in Kampen woont. Een kopie van de inschrijving stuur ik u vandaag per post."),
        P("Voor vragen kunt u mij bereiken op toestel [[038 339 2471|T]]."),
        P("Met vriendelijke groet,", space_after=20),
        P("[[J.W. Kloosterman|P]]\nmedewerker Burgerzaken"),
        Sp(20),
        P("Dit faxbericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht ten onrechte "
          "ontvangt, wordt u verzocht de afzender te bellen: [[038 339 2999|gn]].", size=9),
    ]
    return Doc("fax_burgerzaken_kampen_ind_verblijf_1998_scan.pdf", "brief", "scan", None,
               "Scan fax Burgerzaken 14-03-1998", "2026-09-02", body, font="Courier", size=11,
               opts={"margins": (24, 22, 16, 20), "mono": "Courier"},
               scan={"via": "rl-std", "mode": "bilevel", "seed": 9417, "rot": [0.7], "noise": 8, "threshold": 150,
                     "shade": 8, "blur": 0.35, "streak": True, "producer_meta": "HP Digital Sender Flow 8500 fn2",
                     "creator_meta": "HP Digital Sender Flow 8500 fn2"},
               note="getypte fax uit 1998 (Courier, bilevel scan met kopieerstreep): faxkopregel met het algemene "
                    "nummer (houden), behandelaar als ‘J.W. Kloosterman’, IND-medewerker als ‘H. Ruiters’, "
                    "Eritrese namen van een ingeschrevene en haar zus, geboortedatum, adres, V-nummer en "
                    "toestelnummer (lakken), faxnummer van de IND (houden)")


def docs():
    return [presentielijst_ootmarsum_scan(), fax_burgerzaken_ind_scan()]
