"""Printouts of digital formats: an Outlook calendar week print of a gedeputeerde, a spreadsheet printout
(crisis-team call list), a slide deck exported to PDF, a ministry newsletter (all Chromium) and a forwarded
English-language e-mail chain with '-----Original Message-----' blocks (reportlab)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def _page(css, inner):
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{inner}</body></html>"


# ------------------------------------------------------------------ calendar print

CAL_CSS = """
@page { size: A4; margin: 14mm 14mm 16mm 14mm; }
body { font-family: 'Segoe UI', 'DejaVu Sans', sans-serif; font-size: 8.5pt; color: #111; }
h1 { font-size: 13pt; margin: 0; }
.sub { color: #555; font-size: 8pt; margin: 2px 0 10px 0; }
.day { background: #e7eef7; font-weight: bold; padding: 3px 5px; margin-top: 8px; border-top: 1px solid #7a9cc6; }
table { border-collapse: collapse; width: 100%; }
td { vertical-align: top; padding: 3px 5px; border-bottom: 0.5px solid #ccc; }
td.t { width: 72px; white-space: nowrap; color: #333; }
.s { font-weight: bold; }
.m { color: #444; }
"""


def agenda_weekprint():
    days = [
        ("maandag [[7 april 2025|dt]]", [
            ("09:00–10:00", "Staf gedeputeerde", "Provinciehuis, kamer 2.17",
             "Organisator: [[Lubbers, Mirjam|P]] · Deelnemers: gedeputeerde [[Harm Jan Tiesinga|oth]]; "
             "[[Oldenziel, Gijs|P]]; [[Bahadır, Elif|P]]; [[Secretariaat Gedeputeerden|mb]]"),
            ("11:00–12:30", "Bestuurlijk overleg stikstof met gemeenten", "Microsoft Teams-vergadering",
             "Deelnemen via de link in de uitnodiging of bel [[+31 20 794 81 22|gn]], vergaderings-id [[417 223 806|ken]]# "
             "· Deelnemers: wethouders [[Rozemarijn Kalk|oth]] (Midden-Drenthe) en [[Jelle Hofstee|oth]] (Tynaarlo); "
             "[[Oldenziel, Gijs|P]]; [[Marco Hindriks|P]] (Rendo)"),
            ("14:00–14:45", "Interview RTV Drenthe", "Studio Assen",
             "Voorbereiding: [[Bahadır, Elif|P]] (woordvoering) · chauffeur [[Henk|P]], vertrek 13:30"),
        ]),
        ("dinsdag [[8 april 2025|dt]]", [
            ("08:30–09:00", "Bellen met Kamerlid [[Zuurbier|kl]] (NSC) over N381", "telefonisch",
             "Nummer via secretariaat · Voorbereiding: [[Gijs|P]]"),
            ("10:00–12:00", "Gedeputeerde Staten", "Statenzaal",
             "Vaste deelnemers GS; commissaris van de Koning [[Annemarie Bruggink|oth]] (voorzitter)"),
            ("13:30–15:00", "Werkbezoek boerderij familie [[Drenth-Eefting|P]]",
             "[[Hoofdweg 141|A]], Nieuw-Buinen",
             "Contact ter plaatse: [[Albertus Drenth|P]], [[06 5120 8873|T]] · Meerijdend: [[Lubbers, Mirjam|P]]"),
        ]),
        ("woensdag [[9 april 2025|dt]]", [
            ("09:30–11:00", "Provinciale Staten – commissie Omgeving", "Statenzaal",
             "Statenleden [[Rutgers-Ekinci|oth]] en [[Van Mourik|oth]] stellen vragen over stikstof"),
            ("12:00–13:00", "Lunch met [[Obbe Rodenburg|P]] (Staatsbosbeheer)", "Restaurant De Jonge Jan, Assen",
             "Privé – niet doorzetten naar de openbare agenda · reservering op naam van [[Lubbers|P]]"),
            ("15:00–16:00", "Presentatie onderzoek veenweide", "Provinciehuis, zaal 1.02",
             "Rapport ‘Veenweide Drenthe 2040’ van [[dr. ir. Sanne Offringa|au]] (WUR) · ook aanwezig: "
             "[[Bahadır, Elif|P]]; [[Kai Zondervan|P]] (stagiair)"),
        ]),
    ]

    def html(h):
        out = [f"<h1>{h('Agenda gedeputeerde [[Harm Jan Tiesinga|oth]]')}</h1>",
               f"<div class='sub'>{h('Week 15 · afgedrukt door [[Lubbers, Mirjam|P]] op [[4 april 2025|dt]] 16:41 · Provincie Drenthe')}</div>"]
        for day, items in days:
            out.append(f"<div class='day'>{h(day)}</div><table>")
            for t, s, loc, m in items:
                out.append(f"<tr><td class='t'>{h(t)}</td><td><div class='s'>{h(s)}</div>"
                           f"<div>{h('Locatie: ' + loc)}</div><div class='m'>{h(m)}</div></td></tr>")
            out.append("</table>")
        out.append(f"<p class='sub' style='margin-top:14px'>{h('Wijzigingen doorgeven aan [[Secretariaat Gedeputeerden|mb]], [[secretariaatgs@drenthe.nl|mb]], tel. [[0592 36 55 55|gn]].')}</p>")
        return _page(CAL_CSS, "".join(out))
    return Doc("agenda_weekprint_gedeputeerde.pdf", "email", "chromium", "Lubbers, M.",
               "Agenda week 15", "2025-04-04", [], html=html,
               note="Outlook-agendaprint (week) van een gedeputeerde: organisator en deelnemers als ‘Achternaam, "
                    "Voornaam’, wethouders, Kamerlid, CdK en Statenleden (houden), chauffeur met voornaam, "
                    "werkbezoek bij een familie met adres en mobiel, inbelnummer Teams (houden)")


# ------------------------------------------------------------------ spreadsheet print

XLS_CSS = """
@page { size: A4 landscape; margin: 10mm 10mm 12mm 10mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8pt; }
.ttl { font-size: 7pt; color: #444; margin-bottom: 4px; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 0.5px solid #b7b7b7; padding: 2px 4px; vertical-align: top; white-space: nowrap; }
td:last-child { white-space: normal; }
th { background: #eeeeee; font-weight: normal; color: #555; text-align: center; }
td.rn { background: #eeeeee; color: #555; text-align: right; width: 16px; }
tr.hd td { font-weight: bold; background: #fde9d9; }
.foot { margin-top: 6px; font-size: 7pt; color: #444; display: flex; justify-content: space-between; }
"""


def bellijst_crisisteam():
    rows = [
        ["Rol", "Naam", "Organisatie", "Telefoon werk", "Mobiel", "E-mail", "Opm."],
        ["Burgemeester", "[[Gerard Wamelink|oth]]", "Gemeente Berkelland", "–", "[[06 2901 4456|T]]",
         "via secretariaat", "privénummer, alleen bij GRIP 2+"],
        ["Leider ROT", "[[Kübra Aydemir|P]]", "Veiligheidsregio NOG", "[[088 339 12 07|T]]", "[[06 1482 3390|T]]",
         "[[k.aydemir@vnog.nl|E]]", ""],
        ["Plv. leider ROT", "[[Sietse Feddema|P]]", "Veiligheidsregio NOG", "[[088 339 12 11|T]]", "[[06 5377 0218|T]]",
         "[[s.feddema@vnog.nl|E]]", "wacht wk 14–15"],
        ["Ambtenaar van dienst", "(wisselend)", "Gemeente Berkelland", "[[0545 250 250|gn]]", "[[06 1000 4545|gn]]",
         "[[avd@berkelland.nl|mb]]", "piketnummer, 24/7"],
        ["OvD Bevolkingszorg", "[[Soufiane El Fassi|P]]", "Gemeente Berkelland", "[[0545 250 318|T]]",
         "[[06 3321 9074|T]]", "[[s.elfassi@berkelland.nl|E]]", ""],
        ["Communicatie", "[[Ferry Tuanakotta|P]]", "Gemeente Berkelland", "[[0545 250 266|T]]", "[[06 4478 1102|T]]",
         "[[communicatie@berkelland.nl|mb]]", "bij afwezigheid [[Mireille|P]]"],
        ["Communicatie (2)", "[[Mireille Nowicki-Brinkerink|P]]", "Gemeente Berkelland", "[[0545 250 267|T]]",
         "[[06 2187 6630|T]]", "[[communicatie@berkelland.nl|mb]]", "parttime ma–wo"],
        ["Politie", "[[Kwame Darko-Oppong|P]]", "Politie Oost-Nederland", "[[0900 8844|gn]]", "[[06 1299 8073|T]]",
         "–", "teamchef Berkelland"],
        ["Waterschap", "(dienstdoende)", "Waterschap Rijn en IJssel", "[[0314 369 369|gn]]", "–",
         "[[calamiteiten@wrij.nl|mb]]", "storingsnummer"],
        ["Opvanglocatie", "[[Indra Soebagio|P]]", "Sporthal Het Timmerink", "[[0544 46 12 30|gn]]",
         "[[06 3840 2261|T]]", "–", "beheerder; sleutel via [[Indra|P]]"],
        ["GHOR", "[[Jolien ter Beek|P]]", "GGD Noord- en Oost-Gelderland", "[[088 443 30 00|gn]]", "[[06 5501 7742|T]]",
         "[[j.terbeek@ggdnog.nl|E]]", ""],
        ["Verslaglegging", "[[Bram|P]] (invalkracht)", "Gemeente Berkelland", "–", "[[06 2930 1185|T]]", "–",
         "achternaam volgt"],
    ]
    cols = "ABCDEFG"

    def html(h):
        out = [f"<div class='ttl'>{h('Bellijst ROT – gemeente Berkelland – versie [[1 maart 2025|dt]] – VERTROUWELIJK')}</div>",
               "<table><colgroup><col style='width:2%'><col style='width:11%'><col style='width:18%'>"
               "<col style='width:17%'><col style='width:10%'><col style='width:10%'><col style='width:19%'>"
               "<col style='width:13%'></colgroup>",
               "<tr><th></th>" + "".join(f"<th>{c}</th>" for c in cols) + "</tr>"]
        for i, r in enumerate(rows, 1):
            cls = " class='hd'" if i == 1 else ""
            out.append(f"<tr{cls}><td class='rn'>{i}</td>" + "".join(f"<td>{h(c)}</td>" for c in r) + "</tr>")
        out.append("</table>")
        out.append(f"<div class='foot'><span>{h('Bellijst_ROT_2025.xlsx')}</span><span>Blad: ROT</span>"
                   f"<span>Pagina 1 van 1</span></div>")
        return _page(XLS_CSS, "".join(out))
    return Doc("bellijst_rot_berkelland.pdf", "formulier", "chromium", "Feddema, S.",
               "Bellijst_ROT_2025", "2025-03-01", [], html=html,
               note="spreadsheetprint (kolomletters en rijnummers) van een crisisbellijst: privémobiel van de "
                    "burgemeester (lakken, naam houden), piket- en storingsnummers en functionele mailboxen "
                    "(houden), namen van Turkse, Marokkaanse, Molukse, Indonesische, Poolse en Ghanese herkomst")


# ------------------------------------------------------------------ slide deck

SLIDE_CSS = """
@page { size: 254mm 142.9mm; margin: 0; }
body { margin: 0; font-family: 'DejaVu Sans', sans-serif; }
.slide { width: 254mm; height: 142.9mm; box-sizing: border-box; padding: 12mm 16mm 10mm 16mm;
         position: relative; page-break-after: always; overflow: hidden; }
.slide:last-child { page-break-after: auto; }
.band { position: absolute; left: 0; top: 0; width: 254mm; height: 6mm; background: #00796b; }
h1 { font-size: 24pt; color: #00594f; margin: 6mm 0 4mm 0; }
h2 { font-size: 18pt; color: #00594f; margin: 0 0 5mm 0; }
p, li { font-size: 12pt; line-height: 1.35; margin: 0 0 3mm 0; }
.photo { width: 95mm; height: 48mm; background: #b0bec5; float: right; margin: 0 0 3mm 6mm; }
.cap { font-size: 8.5pt; color: #333; clear: right; float: right; width: 95mm; margin-left: 6mm; }
.foot { position: absolute; left: 16mm; right: 16mm; bottom: 5mm; font-size: 7.5pt; color: #666;
        border-top: 0.5px solid #aaa; padding-top: 1mm; }
.notes { font-size: 8.5pt; color: #333; border: 0.5px dashed #888; padding: 2mm; margin-top: 4mm; }
"""


def presentatie_informatieavond():
    foot = "Informatieavond herinrichting Stationsplein · [[18 maart 2025|dt]] · [[Dennis Lamberts|P]]"
    slides = [
        ("<h1>{}</h1><p>{}</p><p>{}</p>",
         ["Herinrichting Stationsplein Roosendaal",
          "Informatieavond voor omwonenden en ondernemers",
          "[[Dennis Lamberts|P]], projectleider · [[Yvonne de Gruyter-Achahbar|P]], omgevingsmanager<br>"
          "met een welkomstwoord van wethouder [[Karin Mertens-Oudshoorn|oth]]"]),
        ("<h2>{}</h2><div class='photo'></div><div class='cap'>{}</div><p>{}</p><p>{}</p>",
         ["Wat hebben we van u gehoord?",
          "Foto: wethouder [[Mertens-Oudshoorn|oth]] en bewoner [[Ria Verstraeten|P]] bij de proefopstelling van de "
          "fietsenstalling, [[11 februari 2025|dt]]",
          "• 212 reacties via de website en tijdens de inloop<br>• meer groen en schaduw (68%)<br>"
          "• veilige oversteek bij de [[Kade van Gastel|pl]] (41%)<br>• minder laad- en losverkeer ’s ochtends",
          "Mevrouw [[Verstraeten|P]] (Vincent van Goghstraat) sprak namens 30 bewoners: ‘Maak het plein niet alleen "
          "mooi voor de treinreiziger.’"]),
        ("<h2>{}</h2><p>{}</p><p>{}</p><div class='notes'>{}</div>",
         ["Hoe verder?",
          "April: schetsontwerp · juni: besluit college · 2026: uitvoering door aannemer [[Van Gelder|org]]",
          "Vragen? [[stationsplein@roosendaal.nl|mb]] of [[14 0165|gn]]. Omgevingsmanager [[Yvonne|P]] is "
          "bereikbaar op [[06 4129 6650|T]] (ma–do).",
          "Sprekersnotities: [[Dennis|P]] vertelt over de planning, [[Yvonne|P]] over de inloopspreekuren. "
          "Niet noemen dat de heer [[Verhoef-Lindo|P]] (Molenstraat) een klacht heeft ingediend; dat loopt via "
          "[[Marjolein|P]] van Juridische Zaken."]),
    ]

    def html(h):
        out = []
        for tpl, parts in slides:
            inner = tpl.format(*[h(p).replace("&lt;br&gt;", "<br>") for p in parts])
            out.append(f"<div class='slide'><div class='band'></div>{inner}<div class='foot'>{h(foot)}</div></div>")
        return _page(SLIDE_CSS, "".join(out))
    return Doc("presentatie_informatieavond_stationsplein.pdf", "verslag", "chromium", "Lamberts, Dennis",
               "Informatieavond Stationsplein", "2025-03-18", [], html=html,
               note="dia’s (16:9, Chromium) met sprekers, fotobijschrift met wethouder (houden) en bewoner (lakken), "
                    "naam spreker in de voettekst van elke dia, sprekersnotities met een klager, aannemer en "
                    "straat met persoonsnaam (houden)")


# ------------------------------------------------------------------ newsletter

NB_CSS = """
@page { size: A4; margin: 14mm 16mm 16mm 16mm; }
body { font-family: 'Liberation Serif', serif; font-size: 11pt; color: #111; }
.mast { background: #154273; color: white; padding: 6px 10px; }
.mast .n { font-size: 18pt; font-weight: bold; font-family: 'Liberation Sans', sans-serif; }
.mast .s { font-size: 8.5pt; }
.cols { column-count: 2; column-gap: 8mm; margin-top: 8px; }
h2 { font-family: 'Liberation Sans', sans-serif; font-size: 12pt; color: #154273; margin: 8px 0 4px 0;
     break-after: avoid; }
p { margin: 0 0 6px 0; text-align: left; }
.q { font-style: italic; border-left: 3px solid #154273; padding-left: 6px; }
.col { font-size: 8pt; color: #333; border-top: 1px solid #154273; margin-top: 10px; padding-top: 4px; }
"""


def nieuwsbrief_ministerie():
    arts = [
        ("Minister start programma Wonen en Zorg",
         ["Op [[12 mei 2025|dt]] gaf minister [[Laura Bosschaert|min]] van Volkshuisvesting en Ruimtelijke "
          "Ordening in Zwolle het startsein voor het programma Wonen en Zorg. Doel: 290.000 geschikte woningen "
          "voor ouderen in 2030.",
          "<q>Ouderen moeten kunnen verhuizen zonder hun buurt te verlaten,</q> zei minister [[Bosschaert|min]]. "
          "Staatssecretaris [[Okan Yavuzcan|min]] vulde aan dat de regels voor hofjeswoningen eenvoudiger worden.",
          "Kamerlid [[Van Steenderen|kl]] (CDA) noemde het programma in het debat ‘een goede eerste stap’."]),
        ("Onderzoek: ouderen willen wel verhuizen",
         ["Uit het onderzoek ‘Verhuisgeneigdheid van 65-plussers’ van [[dr. Maaike Zuidweg|au]] (TU Delft) blijkt "
          "dat een derde van de ouderen wil verhuizen als er een passende woning in de buurt is.",
          "<q>Het probleem is niet de wil, maar het aanbod,</q> zegt [[Zuidweg|au]]. Het rapport staat op "
          "[[www.volkshuisvestingnederland.nl|gn]]."]),
        ("Verhaal uit de praktijk: ‘Eindelijk gelijkvloers’",
         ["[[Gerrit Nieboer|P]] (81) en zijn vrouw [[Aaltje|P]] woonden 46 jaar in een rijtjeshuis met een steile "
          "trap in Hardenberg. Sinds januari wonen ze in een nieuw hofje aan de [[Kolkweg 9|A]]. [[Gerrit|P]]: "
          "<q>Ik stond op de wachtlijst sinds mijn knieoperatie. Onze dochter [[Hilde|P]] heeft alles geregeld.</q>",
          "De woningcorporatie wees de woning toe via de nieuwe regeling voor doorstromers. [[Aaltje Nieboer-Lenters|P]] "
          "mist de tuin wel, maar <q>we hebben nu een moestuinbak met de buren.</q>"]),
        ("Vraag en antwoord: wat doet de gemeente?",
         ["Gemeenten maken woonzorgvisies. In Hardenberg is wethouder [[Erik Jan Kuiphof|oth]] "
          "verantwoordelijk. <q>We bouwen niet alleen voor ouderen, we bouwen met ouderen,</q> zegt hij. De "
          "gemeente organiseerde drie keukentafelsessies in de kernen.",
          "Lezers vroegen ons hoe je op een wachtlijst komt voor een hofjeswoning. Dat verschilt per corporatie. "
          "Kijk op de website van uw corporatie of bel het algemene nummer van het Informatiepunt Wonen: "
          "[[0800 1234 567|gn]] (gratis).",
          "Eén lezer, mevrouw [[Henny Wolbrink|P]] uit Dalfsen, schreef ons dat zij al vier jaar wacht. Wij "
          "hebben haar vraag met haar toestemming doorgestuurd naar de corporatie."]),
        ("Agenda",
         ["[[17 juni 2025|dt]] – Webinar ‘Samen wonen, samen zorgen’ met [[dr. Maaike Zuidweg|au]] en "
          "staatssecretaris [[Yavuzcan|min]]. Aanmelden via [[www.volkshuisvestingnederland.nl|gn]].",
          "[[3 juli 2025|dt]] – Landelijke dag van het Hofje, Haarlem. Opening door Commissaris van de "
          "Koning [[Arno van Bemmel|oth]]."]),
        ("Kort",
         ["• De Regeling Ouderenhuisvesting gaat op [[1 juli 2025|dt]] open. Vragen: [[wonenenzorg@minvro.nl|mb]].",
          "• De [[Dr. Anton Philipsprijs|org]] voor innovatief bouwen gaat dit jaar naar een hofjesproject in Weert."]),
    ]

    def html(h):
        out = ["<div class='mast'><div class='n'>Nieuwsbrief Wonen &amp; Zorg</div>"
               f"<div class='s'>{h('Ministerie van Volkshuisvesting en Ruimtelijke Ordening · nummer 4 · juni 2025')}</div></div>",
               "<div class='cols'>"]
        for title, ps in arts:
            out.append(f"<h2>{h(title)}</h2>")
            for p in ps:
                cls = ""
                t = h(p).replace("&lt;q&gt;", "<span class='q'>‘").replace("&lt;/q&gt;", "’</span>")
                out.append(f"<p{cls}>{t}</p>")
        out.append("</div>")
        out.append(f"<div class='col'>{h('Colofon – Redactie: [[Lotte Veenendaal|P]] en [[Wessel Ruijgrok|P]] (directie Communicatie). Tekst verhaal uit de praktijk: [[Wessel Ruijgrok|P]]; foto’s: Rijksoverheid. Afmelden of reageren: [[nieuwsbriefwonen@minvro.nl|mb]].')}</div>")
        return _page(NB_CSS, "".join(out))
    return Doc("nieuwsbrief_wonen_en_zorg.pdf", "persbericht", "chromium", "Veenendaal, L.",
               "Nieuwsbrief Wonen & Zorg nr. 4", "2025-06-02", [], html=html,
               note="nieuwsbrief van een ministerie in twee kolommen: minister, staatssecretaris, Kamerlid en "
                    "geciteerde onderzoeker, wethouder en CdK (houden), echtpaar in ‘verhaal uit de praktijk’ met adres "
                    "en dochter, lezeres (lakken), naam afgebroken over twee kolommen, prijs met persoonsnaam "
                    "(houden), redacteuren in colofon")


# ------------------------------------------------------------------ English e-mail chain

def email_english_chain():
    def hdr(rows):
        return P("\n".join(f"**{k}** {v}" for k, v in rows), "small", space_after=6)
    body = [
        P("[[Bas Heemskerk|P]]", size=12, space_after=1),
        HR(),
        hdr([["From:", "[[Heemskerk, Sebastiaan|P]]"],
             ["Sent:", "Thursday, [[6 February 2025|dt]] 09:14"],
             ["To:", "[[Evenementen Rotterdam|mb]]; [[Ansah, Efua|P]]"],
             ["Cc:", "[[Filmcommissie Rotterdam|mb]]"],
             ["Subject:", "FW: Filming request Erasmusbrug – 'Harbour Lights' (Series 2)"]]),
        P("Hoi [[Efua|P]],"),
        P("Zie hieronder. Kun jij de verkeersmaatregelen beoordelen? Zij willen de brug drie nachten deels "
          "afsluiten. Ik heb [[Ciara|P]] gezegd dat we vóór 20 februari reageren. De burgemeester heeft "
          "er geen bezwaar tegen dat burgemeester [[Sharif|oth]] in de aftiteling wordt bedankt, zie haar vraag."),
        P("Groet,\n[[Bas|P]]\n\n[[Sebastiaan (Bas) Heemskerk|P]] | vergunningverlener evenementen | gemeente Rotterdam\n"
          "T [[010 498 37 21|T]] | M [[06 3019 5547|T]]", "small"),
        Sp(3),
        P("-----Original Message-----", "mono"),
        hdr([["From:", "[[Ciara O'Sullivan|P]] <[[ciara.osullivan@northlightpictures.co.uk|E]]>"],
             ["Sent:", "Wednesday, [[5 February 2025|dt]] 18:02"],
             ["To:", "[[Heemskerk, Sebastiaan|P]]"],
             ["Subject:", "RE: Filming request Erasmusbrug – 'Harbour Lights' (Series 2)"]]),
        P("Dear [[Bas|P]],"),
        P("Thank you for the call this afternoon. As discussed, please find below the details of our request. "
          "Our location manager, [[Tomás Reyes-Whitfield|P]], will be in Rotterdam from 17 February and can meet "
          "you or your colleagues on site. His Dutch mobile is [[+31 6 2871 4490|T]]."),
        P("• Dates: nights of 10, 11 and [[12 March 2025|dt]], 23:00–05:00\n"
          "• Crew: approx. 45, two camera cars, one crane on the east pedestrian lane\n"
          "• Cast: our lead actor will be driving a vintage Jaguar, plate [[MJ-72-XR|L]] (Dutch registration, "
          "rented from a private collector)"),
        P("We would also like to thank Mayor [[Sharif|oth]] in the end credits, if the municipality agrees. "
          "Could you let me know who I should ask?"),
        P("Kind regards,\n[[Ciara O'Sullivan|P]]\nProduction Coordinator | Northlight Pictures Ltd\n"
          "Mobile: [[+44 7700 900418|T]] | Office: [[+44 20 7946 0000|gn]]", "small"),
        Sp(3),
        P("-----Original Message-----", "mono"),
        hdr([["From:", "[[Heemskerk, Sebastiaan|P]]"],
             ["Sent:", "Monday, [[3 February 2025|dt]] 11:47"],
             ["To:", "[[Ciara O'Sullivan|P]]"],
             ["Subject:", "RE: Filming request Erasmusbrug"]]),
        P("Dear Ms [[O'Sullivan|P]],"),
        P("Thank you for your interest in filming in Rotterdam. For a closure of the Erasmusbrug we need a permit "
          "application at least eight weeks in advance. My colleague [[Efua Ansah|P]] of the traffic department "
          "will assess the traffic plan. For general questions you can also contact the Rotterdam Film Commission "
          "via [[info@rotterdamfilmcommission.nl|mb]]."),
        P("Best regards,\n[[Sebastiaan Heemskerk|P]]", "small"),
        Sp(3),
        P("-----Original Message-----", "mono"),
        hdr([["From:", "[[Ciara O'Sullivan|P]]"],
             ["Sent:", "Friday, [[31 January 2025|dt]] 15:20"],
             ["To:", "[[evenementen@rotterdam.nl|mb]]"],
             ["Subject:", "Filming request Erasmusbrug"]]),
        P("Hello, we are a UK production company planning to film a night scene on the Erasmus Bridge in March. "
          "Our showrunner, [[Declan Murphy-Achterberg|P]], grew up in Rotterdam and insisted on this location. "
          "Whom should we contact? Many thanks, [[Ciara|P]]"),
    ]
    return Doc("email_forward_filming_request.pdf", "email", "rl-std", "Heemskerk, Sebastiaan",
               "FW: Filming request Erasmusbrug", "2025-02-06", body, font="Helvetica", size=9.5,
               running=[Running("[[Bas Heemskerk|P]]", "header", "rest", "left", 7.5),
                        Running("{page}", "footer", "all", "center", 7.5)],
               opts={"margins": (20, 20, 22, 20), "creator": "Microsoft® Outlook® voor Microsoft 365"},
               note="doorgestuurde Engelstalige keten (‘From:/Sent:/To:’, ‘-----Original Message-----’): "
                    "roepnaam Bas naast Sebastiaan, O’Sullivan met apostrof, Spaans-Engelse en Iers-Nederlandse "
                    "dubbele namen, Brits mobiel nummer, kenteken, Mayor/burgemeester (houden), afdrukker in koptekst")


def docs():
    return [agenda_weekprint(), bellijst_crisisteam(), presentatie_informatieavond(), nieuwsbrief_ministerie(),
            email_english_chain()]
