"""Two scans: a filled-in compliment/complaint form with handwritten entries (HTML -> Chromium, printed labels in
Nimbus Sans, entries in the script font Z003, a typed received stamp; grey JPEG scan) and the official record of a
polling station (proces-verbaal stembureau) with typed entries in Courier (reportlab, Helvetica and Courier;
bilevel scan)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def _page(css, inner):
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{inner}</body></html>"


# ------------------------------------------------------------------ complaint form with handwriting (grey scan)

FORM_CSS = """
@page { size: A4; margin: 0; }
body { margin: 0; font-family: 'Nimbus Sans', sans-serif; color: #111; }
.pg { position: relative; width: 210mm; height: 296mm; }
.in { position: absolute; left: 20mm; top: 16mm; width: 170mm; }
.logo { font-size: 15pt; font-weight: bold; color: #00506e; }
.sub { font-size: 9pt; color: #333; margin-bottom: 5mm; }
h1 { font-size: 15pt; margin: 0 0 2mm 0; }
.intro { font-size: 9pt; margin-bottom: 4mm; line-height: 1.35; }
.sec { font-size: 10.5pt; font-weight: bold; background: #dde8ee; padding: 2px 5px; margin: 4mm 0 1.5mm 0; }
table.f { border-collapse: collapse; width: 100%; }
table.f td { vertical-align: bottom; padding: 1mm 1mm 0.6mm 1mm; }
table.f td.l { width: 42mm; font-size: 9.5pt; }
table.f td.v { border-bottom: 0.8px solid #555; }
.hw { font-family: 'Z003', cursive; font-size: 18pt; color: #1d2f80; font-kerning: none; letter-spacing: 0.4px;
      line-height: 1.2; }
.box { border: 0.8px solid #555; min-height: 80mm; padding: 2mm 3mm;
       background-image: repeating-linear-gradient(to bottom, transparent 0, transparent 9.2mm, #bbb 9.2mm, #bbb 9.45mm); }
.box p { margin: 0; line-height: 9.45mm; }
.cb { font-size: 10pt; margin: 1mm 0; }
.cb span { display: inline-block; width: 3.6mm; height: 3.6mm; border: 0.8px solid #333; margin: 0 1.5mm -0.6mm 0;
           text-align: center; line-height: 3.6mm; }
.cb b { font-family: 'Z003', cursive; font-size: 16pt; color: #1d2f80; font-weight: normal; }
.small { font-size: 8pt; color: #333; margin-top: 3mm; line-height: 1.35; }
.stamp { position: absolute; right: 16mm; top: 14mm; border: 2.2px solid #7a1f1f; color: #7a1f1f; padding: 4px 9px;
         font-family: 'Nimbus Sans', sans-serif; font-size: 9.5pt; font-weight: bold; line-height: 1.4;
         transform: rotate(-1deg); text-align: center; white-space: nowrap; }
"""


def klachtformulier_handgeschreven_scan():
    fields = [("Naam", "[[Haitske Oegema|P]]"),
              ("Straat en huisnummer", "[[Hoogstraat 36|A]]"),
              ("Postcode en plaats", "[[8701 KP|Z]] Bolsward"),
              ("Telefoonnummer", "[[06 1730 5529|T]]")]
    text = [
        "Ik wil een compliment geven aan [[Benno|P]] van de balie in",
        "Sneek. Hij heeft mij heel goed geholpen met de paspoorten.",
        "Maar ik heb ook een klacht. De man van handhaving,",
        "meneer [[Schotanus|P]], was erg onbeleefd tegen mijn zoon",
        "[[Sieger|P]] toen die zijn fiets bij de kerk had neergezet.",
        "Wethouder [[Hilarides|oth]] zei op de markt dat u",
        "dit formulier moest hebben. Graag een reactie.",
    ]

    def html(h):
        out = ["<div class='pg'><div class='in'>",
               f"<div class='logo'>{h('Gemeente Súdwest-Fryslân')}</div>",
               f"<div class='sub'>{h('Postbus 10.000 · 8600 HA Sneek · [[14 0515|gn]]')}</div>",
               f"<h1>{h('Compliment, idee of klacht?')}</h1>",
               "<div class='intro'>" + h("Vertel het ons. Lever dit formulier in bij een van onze balies of stuur "
                                         "het naar Postbus 10.000, 8600 HA Sneek. U mag ook mailen naar "
                                         "[[klachten@sudwestfryslan.nl|mb]].") + "</div>",
               f"<div class='sec'>{h('1. Wat wilt u doorgeven?')}</div>",
               "<div class='cb'><span><b>x</b></span>een compliment &nbsp;&nbsp; <span><b>x</b></span>een klacht "
               "&nbsp;&nbsp; <span></span>een idee</div>",
               f"<div class='sec'>{h('2. Uw gegevens')}</div><table class='f'>"]
        for k, v in fields:
            out.append(f"<tr><td class='l'>{h(k)}</td><td class='v'><span class='hw'>{h(v)}</span></td></tr>")
        out.append("</table>")
        out.append(f"<div class='sec'>{h('3. Uw compliment, idee of klacht')}</div><div class='box hw'>")
        out += [f"<p>{h(t)}</p>" for t in text]
        out.append("</div>")
        out.append("<table class='f' style='margin-top:4mm'><tr><td class='l'>Datum</td><td class='v'>"
                   f"<span class='hw'>{h('[[2 maart 2026|dt]]')}</span></td></tr></table>")
        out.append("<div class='small'>" + h("Wij behandelen uw klacht volgens de klachtenregeling. U krijgt binnen "
                                             "zes weken antwoord. Uw gegevens gebruiken wij alleen voor de "
                                             "afhandeling.") + "</div>")
        out.append("</div>")
        out.append("<div class='stamp'>" + h("ONTVANGEN [[4 MRT 2026|dt]]\nreg.nr. [[KL26-0093|ken]]") + "</div>")
        out.append("</div>")
        return _page(FORM_CSS, "".join(out))
    return Doc("klachtformulier_handgeschreven_balie_handhaving_bolsward_scan.pdf", "formulier", "scan", None,
               "Scan klachtformulier KL26-0093", "2026-03-04", [], html=html,
               scan={"via": "chromium", "mode": "gray", "seed": 12111, "rot": [-0.4], "noise": 5, "quality": 70,
                     "shade": 8, "specks": 0.0002},
               note="voorgedrukt formulier ‘Compliment, idee of klacht?’ met handgeschreven invulling (Z003, blauw): "
                    "naam, adres, postcode en 06-nummer in vakken op lijnen, compliment voor een baliemedewerker met "
                    "alleen een voornaam, handhaver met achternaam na ‘meneer’, zoon met voornaam (lakken), "
                    "wethouder met achternaam (houden), 14-nummer en klachtenmailbox (houden), rode "
                    "ontvangststempel, grijze scan")


# ------------------------------------------------------------------ polling station record (bilevel scan)

def pv_stembureau_scan():
    body = [
        P("**Model N 10-1**", size=9, space_after=2),
        P("Proces-verbaal van een stembureau", "h1", space_after=2),
        P("Verkiezing van de leden van de gemeenteraad van de gemeente Oss, [[18 maart 2026|dt]]", size=10,
          space_after=8),
        P("1. Stembureau", "h2"),
        KV([("Nummer stembureau", "[[SB 023|ken]]"),
            ("Adres stemlokaal", "[[Wijkcentrum De Ruwaard|pl]], Oss"),
            ("Openingstijden", "07:30 – 21:00 uur")], label_w=0.34, size=9.5, style="grid"),
        P("2. Leden van het stembureau", "h2"),
        Tbl([["Functie", "Naam", "Aanwezig"],
             ["Voorzitter", "[[C.M. Yüksel|P]]", "hele dag"],
             ["Plv. voorzitter", "[[T. Guo|P]]", "07:30 – 14:00"],
             ["Lid", "[[H.A. Beuving|P]]", "14:00 – 21:00"],
             ["Teller", "[[A. Frimpong|P]]", "vanaf 21:00"]],
            [0.3, 0.45, 0.25], size=9.5),
        P("3. Bijzonderheden", "h2"),
        P("Om 10:15 uur kreeg kiezer [[J.W. Ubels|P]] per abuis twee stembiljetten. Het tweede "
          "stembiljet is ongebruikt teruggenomen en vernietigd.", style="mono", size=9.5),
        P("Om 16:40 uur heeft waarnemer [[R. Vonk-Hendrix|P]] (lijst [[Lokaal Oss|org]]) bezwaar gemaakt "
          "tegen hulp in het stemhokje. De voorzitter heeft uitgelegd dat dit alleen mag bij een "
          "lichamelijke beperking.", style="mono", size=9.5),
        P("4. Aantallen", "h2"),
        KV([("Toegelaten kiezers", "1.184"),
            ("Uitgebrachte stemmen", "1.181"),
            ("Blanco / ongeldig", "6 / 3")], label_w=0.34, size=9.5, style="grid"),
        P("5. Ondertekening", "h2"),
        P("Voorzitter: ____________________ ([[C.M. Yüksel|P]])", style="mono", size=9.5),
        P("Plv. voorzitter: _______________ ([[T. Guo|P]])", style="mono", size=9.5),
        Sp(3),
        HR(),
        P("Ontvangen door het gemeentelijk stembureau op [[19 maart 2026|dt]], paraaf [[MvW|I]]. Vragen: "
          "[[0412 629 911|gn]] of [[verkiezingen@oss.nl|mb]]", size=8.5),
    ]
    return Doc("proces_verbaal_stembureau_sb023_oss_scan.pdf", "verslag", "scan", None,
               "Scan N 10-1 SB 023", "2026-03-19", body, font="Helvetica", size=10,
               opts={"margins": (22, 22, 18, 20)},
               scan={"via": "rl-std", "mode": "bilevel", "seed": 12213, "rot": [0.5], "noise": 6,
                     "threshold": 150, "shade": 8, "blur": 0.3, "streak": True,
                     "producer_meta": "KONICA MINOLTA bizhub C300i", "creator_meta": "KONICA MINOLTA bizhub C300i"},
               note="proces-verbaal van een stembureau (model N 10-1, bilevel scan met kopieerstreep): leden als "
                    "‘voorletters achternaam’ in een tabel en bij de ondertekening (Turkse, Chinese, Ghanese naam), "
                    "kiezer en waarnemer met dubbele naam in de bijzonderheden in Courier (lakken), lokale partij en "
                    "wijkcentrum (houden), paraaf van de ontvanger, algemeen nummer en mailbox (houden)")


def docs():
    return [klachtformulier_handgeschreven_scan(), pv_stembureau_scan()]
