"""Two scans: a citizen's typed zienswijze on a solar park with a scribbled signature, a received stamp and a
handwritten routing note of the civil servant (HTML -> Chromium, handwriting in Z003; grey scan) and a 1988 fax of
a Rijkswaterstaat dienstkring, typewritten, with a fax header line (reportlab, Courier; bilevel scan)."""
import math
import random

from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def _page(css, inner):
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{inner}</body></html>"


def _scribble(seed, w=170, h=46):
    rnd = random.Random(seed)
    pts = []
    n = 80
    base = h * rnd.uniform(0.45, 0.6)
    a1, f1, f2 = rnd.uniform(6, 10), rnd.uniform(4, 8), rnd.uniform(12, 20)
    for i in range(n):
        t = i / (n - 1)
        x = 6 + (w - 14) * t + 4 * math.sin(f2 * t * 6.28)
        y = base + a1 * math.sin(f1 * t * 3.14) + 3 * math.sin(f2 * t * 3.14) - 9 * t
        pts.append(f"{x:.1f},{y:.1f}")
    return (f"<svg width='{w}' height='{h}' viewBox='0 0 {w} {h}'><polyline points='{' '.join(pts)}' "
            f"fill='none' stroke='#10206b' stroke-width='1.9' stroke-linejoin='round'/></svg>")


# ------------------------------------------------------------------ zienswijze of two residents (grey scan)

ZW_CSS = """
@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'URW Bookman', serif; font-size: 10.5pt; color: #151515; }
.pg { position: relative; width: 210mm; height: 296mm; }
.txt { position: absolute; left: 26mm; top: 20mm; width: 154mm; }
p { margin: 0 0 8px 0; line-height: 1.38; }
.snd { margin-bottom: 10mm; line-height: 1.38; }
.to { margin-bottom: 9mm; line-height: 1.38; }
.hw { position: absolute; font-family: 'Z003', cursive; color: #1b34a8; font-size: 21pt; line-height: 1.1; }
.stamp { position: absolute; right: 16mm; top: 24mm; border: 2.4px solid #1d5e2e; color: #1d5e2e; padding: 5px 10px;
         font-family: 'Nimbus Sans', sans-serif; font-size: 10.5pt; font-weight: bold; line-height: 1.4;
         transform: rotate(-0.7deg); text-align: center; white-space: nowrap; }
"""


def zienswijze_zonnepark_scan():
    snd = ("[[G. Lanting-Boxem|P]] en [[H. Lanting|P]]\n[[Oosterveldweg 7|A]]\n[[9414 TD|Z]] Hooghalen\n"
           "[[lantingboxem@hetnet.nl|E]]")
    to = "Het college van burgemeester en wethouders\nvan de gemeente Midden-Drenthe\nPostbus 24\n9410 AA Beilen"
    paras = [
        "Hooghalen, [[28 februari 2026|dt]]",
        "**Betreft: zienswijze ontwerp-omgevingsvergunning zonnepark Hooghalen-Oost ([[Z2025-019877|ken]])**",
        "Geacht college,",
        "Wij wonen sinds 1994 op de boerderij aan de Oosterveldweg, op ongeveer 200 meter van de percelen "
        "waar het zonnepark van 38 hectare moet komen. Wij zijn niet tegen zonne-energie, maar wel tegen deze "
        "plek. Het essenlandschap tussen Hooghalen en het Witterveld is een van de laatste open stukken in "
        "onze omgeving.",
        "1. De landschappelijke inpassing is onvoldoende. Een haag van 1,5 meter houdt 38 hectare panelen niet "
        "uit het zicht. Wij vragen om een houtwal van minimaal drie meter aan de kant van onze woning.",
        "2. Tijdens de informatieavond op [[22 januari 2026|dt]] heeft de projectleider van de ontwikkelaar, de "
        "heer [[Wubs|P]], gezegd dat er geen bouwverkeer door de Oosterveldweg gaat. In de stukken staat iets "
        "anders. Wij willen dat toezegging schriftelijk vastgelegd wordt.",
        "3. Onze buren, de familie [[Hilbolling|P]], hebben vorig jaar geen grond willen verkopen. Toch staat "
        "hun perceel op de kaart bij de aanvraag. Wij begrijpen niet hoe dat kan.",
        "Wethouder [[Jannie Oldenhuis|oth]] heeft op de avond gezegd dat de gemeente naar de dorpen luistert. "
        "Wij gaan ervan uit dat dat ook voor deze zienswijze geldt. U kunt ons bellen op "
        "[[0593 59 24 61|T]].",
        "Met vriendelijke groet,",
    ]

    def html(h):
        out = ["<div class='pg'><div class='txt'>",
               f"<div class='snd'>{h(snd)}</div>", f"<div class='to'>{h(to)}</div>"]
        out += [f"<p>{h(p)}</p>" for p in paras]
        out.append(_scribble(7731) + f"<p>{h('[[Geeske Lanting-Boxem|P]]')}</p>")
        out.append("</div>")
        out.append("<div class='stamp'>" + h("GEMEENTE MIDDEN-DRENTHE\nINGEKOMEN [[2 MRT 2026|dt]]\n"
                                             "zaak [[Z2026-004512|ken]]") + "</div>")
        out.append("<div class='hw' style='left:118mm; top:222mm; transform: rotate(-2deg); width:80mm;'>"
                   + h("zienswijze nr. 7\n[[Roelf|P]] z.s.m. reactie") + "</div>")
        out.append("</div>")
        return _page(ZW_CSS, "".join(out))
    return Doc("zienswijze_zonnepark_hooghalen_oost_scan.pdf", "burgerbrief", "scan", None,
               "Scan zienswijze Z2026-004512", "2026-03-02", [], html=html,
               scan={"via": "chromium", "mode": "gray", "seed": 10411, "rot": [-0.6], "noise": 6, "quality": 66,
                     "shade": 9, "specks": 0.0003},
               note="getypte zienswijze van twee inwoners (Drentse namen, dubbele naam) op een zonnepark: afzender "
                    "met adres, postcode en e-mail, handtekening-krabbel met naam, projectleider en buren met "
                    "achternaam, wethouder (houden), groene ontvangststempel met zaaknummer, handgeschreven "
                    "routeringsnotitie met de voornaam van de behandelaar (Z003, blauw), grijze scan")


# ------------------------------------------------------------------ 1988 fax of a Rijkswaterstaat dienstkring

def fax_rws_dienstkring_1988():
    body = [
        P("22-03-88  14:07   VAN: [[J.C. BIMMEL|P]] RWS DK GOES   [[01100-27431|gn]]      P.01", size=9,
          space_after=10),
        P("RIJKSWATERSTAAT\nDirectie Zeeland\nDienstkring Goes", space_after=12),
        P("TELEFAX", size=12, space_after=8),
        P("Aan    : Gemeente Kapelle, afdeling Openbare Werken\n"
          "         t.a.v. de heer [[A. Leijnse|P]]\n"
          "Faxnr. : [[01102-1905|gn]]\n"
          "Van    : [[J.C. Bimmel|P]], opzichter\n"
          "Datum  : [[22 maart 1988|dt]]\n"
          "Pagina's: 1 (incl. deze)", space_after=10),
        P("Betreft: klacht scheurvorming woning [[Kaaidijk 4|A]] te Wemeldinge"),
        P("Geachte heer [[Leijnse|P]],"),
        P("Naar aanleiding van ons telefoongesprek van hedenochtend bevestig ik u het volgende. "
          "Op [[14 maart 1988|dt]] heeft de heer [[A.P. Poppe|P]], bewoner van het pand [[Kaaidijk 4|A]], "
          "zich bij de dienstkring gemeld met scheuren in de voorgevel. Hij schrijft deze toe aan de "
          "heiwerkzaamheden voor de nieuwe damwand langs het Kanaal door Zuid-Beveland."),
        P("Op [[17 maart 1988|dt]] heb ik samen met de heer [[K. Huijsman|P]] van het bouwbedrijf de woning "
          "bezocht. De scheuren zijn op foto vastgelegd. Volgens de heer [[Huijsman|P]] zijn ze ouder dan het "
          "heiwerk; de heer [[Poppe|P]] bestrijdt dat. Ik heb hem aangeraden zijn verzekeraar in te schakelen "
          "en een schriftelijke claim in te dienen bij de Hoofdingenieur-Directeur."),
        P("Het werk ligt stil tot de trillingsmeter geplaatst is (verwacht: maandag 28 maart). De heer [[Poppe|P]] "
          "is bereikbaar onder nr. [[01106-2287|T]]. Wilt u de bewoners van de Kaaidijk namens de gemeente "
          "informeren? Een afschrift van deze fax gaat naar ir. [[L.M. Cijsouw|P]], hoofd afdeling Kanalen."),
        P("Hoogachtend,"),
        Sp(6),
        P("[[J.C. Bimmel|P]]\nopzichter Dienstkring Goes"),
        Sp(6),
        P("Bij storing in de ontvangst: bel [[01100-27400|gn]] (centrale)", size=9),
    ]
    return Doc("fax_rws_dienstkring_goes_scheuren_kaaidijk_1988_scan.pdf", "brief", "scan", None,
               "Fax RWS DK Goes 22-03-1988", "1988-03-22", body, font="Courier", size=10.5,
               opts={"margins": (25, 25, 20, 20)},
               scan={"via": "rl-std", "mode": "bilevel", "seed": 10533, "rot": [0.8], "noise": 8, "threshold": 150,
                     "shade": 10, "blur": 0.35, "streak": False, "producer_meta": "Canon iR-ADV C3530 PDF",
                     "creator_meta": "Canon iR-ADV C3530"},
               note="getypte fax uit 1988 (Courier) van een RWS-dienstkring aan een gemeente: faxkopregel met naam "
                    "van de afzender in hoofdletters en het algemene faxnummer (houden), ‘Aan/Van’-blok, bewoner "
                    "met adres en oud telefoonnummer, medewerker van een bouwbedrijf, hoofd afdeling met ‘ir.’ "
                    "(lakken), centrale (houden), bilevel scan")


def docs():
    return [zienswijze_zonnepark_scan(), fax_rws_dienstkring_1988()]
