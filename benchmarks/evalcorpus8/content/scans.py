"""Two scans: a citizen's typed letter to a waterschap with handwritten annotations of the civil servant who handled
it and a received stamp (HTML -> Chromium, script font Z003 for the handwriting; grey scan) and a letter of a
school board signed by two people (python-docx -> LibreOffice; bilevel scan)."""
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


# ------------------------------------------------------------------ annotated citizen letter to a waterschap

BR_CSS = """
@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'Liberation Serif', serif; font-size: 11.5pt; color: #111; }
.pg { position: relative; width: 210mm; height: 296mm; }
.txt { position: absolute; left: 28mm; top: 22mm; width: 150mm; }
p { margin: 0 0 9px 0; line-height: 1.35; }
.snd { margin-bottom: 12mm; line-height: 1.35; }
.to { margin-bottom: 10mm; line-height: 1.35; }
.hw { position: absolute; font-family: 'Z003', cursive; color: #1731a6; font-size: 20pt; line-height: 1.15; }
.stamp { position: absolute; right: 18mm; top: 20mm; border: 2.2px solid #b3261e; color: #b3261e; padding: 5px 10px;
         font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; font-weight: bold; line-height: 1.35;
         transform: rotate(-2deg); text-align: center; }
"""


def brief_inwoner_dijkpad_scan():
    snd = "[[Wietse Bylsma|P]]\n[[Seedijk 12|A]]\n[[8855 HK|Z]] Sexbierum\ntel. [[06 2215 8736|T]]"
    to = "Wetterskip Fryslân\nt.a.v. afdeling Keringen\nPostbus 36\n8900 AA Leeuwarden"
    paras = [
        "Sexbierum, [[26 mei 2026|dt]]",
        "**Betreft: afsluiting van het dijkpad bij Koehool**",
        "Geachte heer, mevrouw,",
        "Sinds begin mei is het pad over de zeedijk tussen Koehool en Harlingen afgesloten met een hek en "
        "een bord ‘verboden toegang’. Ik loop hier al dertig jaar elke dag met mijn hond. Niemand heeft de "
        "bewoners laten weten waarom het pad dicht is en hoe lang dat duurt.",
        "Mijn buurman, de heer [[Hellema|P]], heeft gebeld met uw klantenservice. Hij kreeg te horen dat de "
        "schapen van de pachter niet gestoord mogen worden. Dat begrijp ik, maar dan kan het pad toch buiten "
        "het lammerseizoen weer open? Dijkgraaf [[Harmen Tilstra|oth]] schreef vorig jaar in de krant dat de "
        "dijk ‘van iedereen’ is.",
        "Ik vraag u het pad zo snel mogelijk weer open te stellen of een andere route aan te wijzen. U kunt "
        "mij bellen op het nummer hierboven of mailen naar [[w.bylsma@ziggo.nl|E]].",
        "Met vriendelijke groet,",
    ]

    def html(h):
        out = ["<div class='pg'><div class='txt'>",
               f"<div class='snd'>{h(snd)}</div>", f"<div class='to'>{h(to)}</div>"]
        out += [f"<p>{h(p)}</p>" for p in paras]
        out.append(_scribble(5521) + f"<p>{h('[[Wietse Bylsma|P]]')}</p>")
        out.append("</div>")
        out.append("<div class='stamp'>" + h("WETTERSKIP FRYSLAN\nONTVANGEN [[29 MEI 2026|dt]]\n"
                                             "reg.nr. [[WF26-11207|ken]]") + "</div>")
        out.append("<div class='hw' style='right:20mm; top:52mm; transform: rotate(-1deg);'>"
                   + h("graag naar\n[[Wiebe|P]] (Keringen)") + "</div>")
        out.append("<div class='hw' style='left:108mm; top:214mm; transform: rotate(-1.5deg); width:85mm;'>"
                   + h("gebeld 3/6: bord met\nuitleg bij het hek,\npad open vanaf 15/6\n[[Wiebe|P]]") + "</div>")
        out.append("</div>")
        return _page(BR_CSS, "".join(out))
    return Doc("brief_inwoner_dijkpad_koehool_met_aantekeningen_scan.pdf", "burgerbrief", "scan", None,
               "Scan poststuk WF26-11207", "2026-05-29", [], html=html,
               scan={"via": "chromium", "mode": "gray", "seed": 8214, "rot": [0.5], "noise": 6, "quality": 64,
                     "shade": 8, "specks": 0.0003},
               note="getypte brief van een inwoner aan een waterschap met handgeschreven aantekeningen van de "
                    "behandelaar (scriptlettertype, blauw: ‘graag naar Wiebe (Keringen)’, belnotitie met naam), "
                    "rode ontvangststempel met registratienummer, handtekening-krabbel, grijze scan: afzender met "
                    "Friese naam, adres, telefoon en e-mail, buurman met achternaam, dijkgraaf (houden)")


# ------------------------------------------------------------------ signed letter of a school board

def brief_schoolbestuur_getekend_scan():
    body = [
        P("**Stichting Openbaar Onderwijs Noorderkwartier**", size=13, space_after=2),
        P("bestuursbureau: [[Westerweg 47|pl]], 1741 DK Schagen · [[bestuur@oonoorderkwartier.nl|mb]]", size=10),
        HR(),
        Sp(4),
        P("Aan het college van burgemeester en wethouders\nvan de gemeente Schagen\nPostbus 8\n1740 AA  Schagen"),
        Sp(4),
        P("Schagen, [[21 september 2026|dt]]"),
        P("Betreft: opname obs De Tweemaster in het Integraal Huisvestingsplan"),
        Sp(2),
        P("Geacht college,"),
        P("Op [[14 september 2026|dt]] hebben wij met wethouder [[Gerda Wijnia|oth]] en uw adviseur "
          "onderwijshuisvesting, de heer [[Ravi Bissumbhar|P]], gesproken over het binnenklimaat in obs De "
          "Tweemaster. De metingen laten zien dat in zes van de tien lokalen de CO2-waarde dagelijks te hoog is. "
          "De heer [[Bissumbhar|P]] heeft toegezegd de school als spoedgeval voor te dragen."),
        P("Wij verzoeken u de Tweemaster met voorrang op te nemen in het Integraal Huisvestingsplan 2027–2031 en "
          "een voorbereidingskrediet beschikbaar te stellen voor mechanische ventilatie. De gemeenschappelijke "
          "medezeggenschapsraad ondersteunt dit verzoek; de ouders van groep 7 hebben daarover ook zelf aan de "
          "raad geschreven."),
        P("Graag ontvangen wij vóór [[1 november 2026|dt]] uw reactie. Voor vragen kunt u terecht bij onze "
          "beleidsmedewerker huisvesting, mevrouw [[Marit Spruit|P]]."),
        P("Met vriendelijke groet,"),
        Sig(6620, 46, 15),
        P("[[Agata Szymańska|S]], voorzitter college van bestuur"),
        Sig(6633, 44, 15),
        P("[[Pieter-Jan Schouwstra|S]], voorzitter GMR"),
    ]
    return Doc("brief_schoolbestuur_huisvesting_tweemaster_getekend_scan.pdf", "brief", "scan", None,
               "Scan ingekomen stuk OON", "2026-09-23", body, font="Liberation Sans", size=11,
               opts={"margins": (24, 22, 18, 18), "space_after": 7, "line_spacing": 1.15},
               scan={"via": "lo", "mode": "bilevel", "seed": 8317, "rot": [-0.5], "noise": 7, "threshold": 160,
                     "shade": 6, "blur": 0.3, "streak": True, "producer_meta": "KONICA MINOLTA bizhub C300i",
                     "creator_meta": "KONICA MINOLTA bizhub C300i"},
               note="brief van een schoolbestuur met twee handtekeningen (bestuurder met Poolse naam en GMR-voorzitter, "
                    "SIGNATURE), wethouder (houden), gemeenteambtenaar (Surinaams-Hindoestaanse naam) en "
                    "beleidsmedewerker met achternaam ‘Spruit’ (lakken), eigen adres en functionele mailbox van het "
                    "bestuursbureau (houden), bilevel scan met kopieerstreep")


def docs():
    return [brief_inwoner_dijkpad_scan(), brief_schoolbestuur_getekend_scan()]
