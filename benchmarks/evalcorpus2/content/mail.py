"""E-mail printouts (Outlook web, Gmail), a Teams compliance export (Chromium) and a WhatsApp
text export printed in a monospaced font (reportlab)."""
from markup import Doc, P, Running, Sp

OWA_CSS = """
@page { size: A4; margin: 14mm 16mm 16mm 16mm; }
body { font-family: 'Segoe UI', 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #201f1e; }
.subj { font-size: 14pt; font-weight: 600; margin: 0 0 10px 0; }
.msg { border: 1px solid #d0d0d0; padding: 8px 10px; margin-bottom: 10px; }
.from { font-weight: 600; font-size: 10.5pt; }
.meta { color: #605e5c; font-size: 8.5pt; margin: 2px 0 8px 0; }
.msg p { margin: 0 0 7px 0; }
.fw { border-left: 3px solid #c8c6c4; padding-left: 8px; margin-top: 10px; }
.fwh { margin-bottom: 8px; }
.sig { color: #444; font-size: 8.5pt; margin-top: 4px; }
"""


def owa(h, subject, msgs):
    out = [f"<html><head><meta charset='utf-8'><style>{OWA_CSS}</style></head><body>"]
    out.append(f"<div class='subj'>{h(subject)}</div>")
    for m in msgs:
        out.append("<div class='msg'>")
        out.append(f"<div class='from'>{h(m['from'])}</div>")
        meta = [f"{h(m['date'])}"]
        meta.append(f"Aan: {h(m['to'])}")
        if m.get("cc"):
            meta.append(f"CC: {h(m['cc'])}")
        out.append("<div class='meta'>" + "<br>".join(meta) + "</div>")
        out.append("".join(f"<p>{h(p)}</p>" for p in m["body"]))
        if m.get("sig"):
            out.append(f"<div class='sig'>{h(m['sig'])}</div>")
        for f in m.get("fw", []):
            hd = ["________________________________", f"<b>Van:</b> {h(f['van'])}",
                  f"<b>Verzonden:</b> {h(f['verzonden'])}", f"<b>Aan:</b> {h(f['aan'])}"]
            if f.get("cc"):
                hd.append(f"<b>CC:</b> {h(f['cc'])}")
            hd.append(f"<b>Onderwerp:</b> {h(f['onderwerp'])}")
            out.append("<div class='fw'><div class='fwh'>" + "<br>".join(hd) + "</div>")
            out.append("".join(f"<p>{h(p)}</p>" for p in f["body"]))
            if f.get("sig"):
                out.append(f"<div class='sig'>{h(f['sig'])}</div>")
            out.append("</div>")
        out.append("</div>")
    out.append("</body></html>")
    return "".join(out)


def email_lintjes():
    def html(h):
        msgs = [
            {"from": "[[Berg, Marloes van den|P]]",
             "date": "ma [[13-01-2025|dt]] 09:12",
             "to": "[[Brug, Teun ter|P]]",
             "cc": "[[Kabinet Burgemeester|mb]]; [[Tekle, Yonas|P]]",
             "body": ["Hoi [[Teun|P]],",
                      "Zie hieronder de reactie van de Kanselarij op onze drie voordrachten. Voor mevrouw "
                      "[[Ramdin-Kalloe|P]] willen ze nog een extra verklaring van de voedselbank. Kun jij dat met "
                      "[[Yonas|P]] oppakken? Hij heeft het contact met de coördinator daar.",
                      "De burgemeester wil vrijdag horen hoe het ervoor staat. Het blijft natuurlijk geheim voor de "
                      "gedecoreerden zelf, dus let op met bellen naar thuisnummers.",
                      "Groetjes,\n[[Marloes|P]]"],
             "sig": "Kabinet en Protocol | Gemeente Haarlemmermeer | [[m.vandenberg@haarlemmermeer.nl|E]] | "
                    "[[06 30 58 14 72|T]]",
             "fw": [
                 {"van": "[[Zwart, Joanna de|P]] <[[j.dezwart@lintjes.nl|E]]>",
                  "verzonden": "vrijdag [[10 januari 2025|dt]] 16:47",
                  "aan": "[[Berg, Marloes van den|P]]",
                  "cc": "[[Secretariaat Decoraties|mb]] <[[decoraties@lintjes.nl|mb]]>",
                  "onderwerp": "RE: voordrachten Haarlemmermeer lintjesregen 2025 ([[KDNO-25-04418|ken]])",
                  "body": ["Beste mevrouw [[Van den Berg|P]],",
                           "Dank voor de voordrachten. Twee dossiers zijn compleet:",
                           "– de heer [[Gerrit Tuinman|P]] (Hoofddorp), 40 jaar vrijwilliger bij de "
                           "reddingsbrigade;\n– mevrouw [[Ingeborg Sijtsma|P]] (Nieuw-Vennep), oprichter van de "
                           "[[Stichting Hoop voor Haarlemmermeer|org]].",
                           "Voor mevrouw [[Sushila Ramdin-Kalloe|P]] (Badhoevedorp) ontbreekt een tweede "
                           "ondersteunende verklaring. De voordracht is gedaan door haar buurman, de heer "
                           "[[Henk Overdiep|P]]. Graag ontvangen wij vóór [[31 januari 2025|dt]] een verklaring "
                           "van een organisatie waar zij actief is.",
                           "De oorkondes worden zoals altijd met [[zwarte inkt|w]] beschreven; de namen zetten wij pas "
                           "na de beslissing van Zijne Majesteit.",
                           "Met vriendelijke groet,\n[[Joanna de Zwart|P]]\nadviseur onderscheidingen"]},
                 {"van": "[[Berg, Marloes van den|P]]",
                  "verzonden": "dinsdag [[17 december 2024|dt]] 11:03",
                  "aan": "[[Secretariaat Decoraties|mb]]",
                  "cc": "[[Tekle, Yonas|P]]; [[Kovalenko, Iryna|P]]",
                  "onderwerp": "voordrachten Haarlemmermeer lintjesregen 2025",
                  "body": ["Geachte heer, mevrouw,",
                           "Namens burgemeester [[Eveline Dekema|oth]] stuur ik u drie voordrachten voor de "
                           "lintjesregen van [[25 april 2025|dt]]. De adviezen van de politie en de "
                           "justitiële documentatie zijn bijgevoegd. Mijn collega [[Iryna Kovalenko|P]] heeft de "
                           "gesprekken met de referenten gevoerd; zij is bereikbaar op [[023 567 02 18|T]].",
                           "De burgemeester wil de onderscheidingen zelf uitreiken in het raadhuis aan het "
                           "[[Raadhuisplein|pl]] in Hoofddorp.",
                           "Met vriendelijke groet,\n[[Marloes van den Berg|P]]"]}]},
        ]
        return owa(h, "FW: RE: voordrachten Haarlemmermeer lintjesregen 2025", msgs)
    return Doc("email_outlook_lintjesregen.pdf", "email", "chromium", "Marloes van den Berg",
               "FW: voordrachten lintjesregen 2025", "2025-01-13", html=html,
               note="Outlook-web-print met doorgestuurde keten: 'Berg, Marloes van den', 'Brug, Teun ter', "
                    "'Zwart, Joanna de' naast ‘zwarte inkt’; gedecoreerden")


GM_CSS = """
@page { size: A4; margin: 10mm 12mm 14mm 12mm; }
body { font-family: Roboto, Arial, 'Liberation Sans', sans-serif; font-size: 9.5pt; color: #202124; }
table.top { width: 100%; border-bottom: 2px solid #dadce0; margin-bottom: 8px; }
.brand { font-size: 15pt; color: #5f6368; }
.acc { text-align: right; font-size: 8.5pt; }
.subj { font-size: 12.5pt; margin: 8px 0 8px 0; }
table.m { width: 100%; border-top: 1px solid #dadce0; margin-top: 8px; }
.who { font-weight: bold; }
.when { text-align: right; color: #5f6368; font-size: 8.5pt; }
.to { color: #5f6368; font-size: 8.5pt; }
.b p { margin: 0 0 7px 0; }
.fwd { color: #444; margin-top: 6px; }
"""


def gmail2(h, account, subject, msgs):
    out = [f"<html><head><meta charset='utf-8'><style>{GM_CSS}</style></head><body>"]
    out.append(f"<table class='top'><tr><td class='brand'>Gmail</td><td class='acc'>{h(account)}</td></tr></table>")
    out.append(f"<div class='subj'><b>{h(subject)}</b></div>")
    for m in msgs:
        out.append(f"<table class='m'><tr><td class='who'>{h(m['from'])}</td><td class='when'>{h(m['date'])}</td></tr>"
                   f"<tr><td class='to' colspan='2'>{h(m['to'])}</td></tr></table>")
        out.append("<div class='b'>" + "".join(f"<p>{h(p)}</p>" for p in m["body"]))
        if m.get("fwd"):
            out.append("<div class='fwd'>" + "".join(f"<p>{h(p)}</p>" for p in m["fwd"]) + "</div>")
        out.append("</div>")
    out.append("</body></html>")
    return "".join(out)


def email_gmail_parkeren():
    def html(h):
        msgs = [
            {"from": "[[Olena Hrytsenko|P]] <[[olena.hrytsenko88@gmail.com|E]]>",
             "date": "[[4 mrt 2024|dt]], 21:17",
             "to": "aan [[parkeren@denhaag.nl|mb]]",
             "body": ["Geachte mevrouw, meneer,",
                      "Op [[28 februari|dt]] kreeg ik een naheffingsaanslag parkeerbelasting (nummer "
                      "[[NHA-24-0571932|ken]]) voor mijn auto met kenteken [[ZR-904-K|L]] in de "
                      "Weimarstraat. Ik heb een bewonersvergunning voor deze zone, maar het systeem "
                      "kent nog mijn oude kenteken [[J-318-HX|L]]. Ik heb het nieuwe kenteken op "
                      "[[12 februari|dt]] doorgegeven, zie de doorgestuurde mail van mijn verhuurder hieronder.",
                      "De handhaver (nummer [[HH 2231|O]]) zei dat ik bezwaar moest maken. Ik heb geen DigiD "
                      "omdat ik pas een jaar in Nederland woon, daarom mail ik.",
                      "Mijn adres is [[Weimarstraat 212-C|A]], [[2562 HE|Z]] Den Haag. U kunt mij bellen op "
                      "[[+31 (0)6-41 27 83 05|T]], of overdag op het werk: [[070-345 61 28|T]] (vraag naar "
                      "[[Olena|P]]).",
                      "Met vriendelijke groet,\n[[Olena Hrytsenko|P]]"],
             "fwd": ["---------- Doorgestuurd bericht ---------",
                     "Van: **[[Kees Harteveld|P]]** <[[k.harteveld@woonstad-hofstad.nl|E]]>",
                     "Date: ma 12 feb 2024 om 10:04",
                     "Subject: bevestiging parkeerplaats",
                     "To: <[[olena.hrytsenko88@gmail.com|E]]>",
                     "Beste mevrouw [[Hrytsenko|P]], hierbij bevestigen wij dat u de woning huurt sinds "
                     "[[1 maart 2023|dt]]. Het nieuwe kenteken hebben wij doorgegeven aan de gemeente. Met "
                     "vriendelijke groet, [[Kees Harteveld|P]], wooncoach"]},
            {"from": "[[Parkeerbeheer Den Haag|mb]] <[[parkeren@denhaag.nl|mb]]>",
             "date": "[[6 mrt 2024|dt]], 14:02",
             "to": "aan mij",
             "body": ["Geachte mevrouw [[Hrytsenko|P]],",
                      "Dank voor uw e-mail. Wij behandelen uw bericht als bezwaarschrift. U hoeft niets meer "
                      "te doen. Uit onze gegevens blijkt dat het kenteken in de vergunning op [[13 februari|dt]] "
                      "is gewijzigd, maar dat de wijziging pas een dag later actief werd. Wij vernietigen de "
                      "naheffingsaanslag daarom.",
                      "Heeft u nog vragen? Bel dan [[14 070|gn]] en noem uw zaaknummer [[BZ-PRK-24-11860|ken]].",
                      "Met vriendelijke groet,\n[[Bilal Amghar|P]]\nmedewerker bezwaar parkeren\nGemeente Den Haag"]},
            {"from": "[[Olena Hrytsenko|P]] <[[olena.hrytsenko88@gmail.com|E]]>",
             "date": "[[6 mrt 2024|dt]], 18:40",
             "to": "aan [[Parkeerbeheer Den Haag|mb]], cc [[Taras|P]]",
             "body": ["Dank u wel, meneer [[Amghar|P]]! Mijn man [[Taras|P]] had het nummer "
                      "[[06 87 25 04 16|T]] al voor u opgeschreven, maar dat is nu niet meer nodig.",
                      "[[Olena|P]]"]},
        ]
        return gmail2(h, "[[olena.hrytsenko88@gmail.com|E]]", "Bezwaar naheffingsaanslag parkeren", msgs)
    return Doc("email_gmail_bezwaar_parkeren.pdf", "email", "chromium", None,
               "Gmail - Bezwaar naheffingsaanslag parkeren", "2024-03-06", html=html,
               note="Gmail-print van inwoner (Oekraïense naam), twee kentekens, telefoon in drie notaties, "
                    "doorgestuurd bericht van verhuurder")


TEAMS_CSS = """
@page { size: A4 landscape; margin: 12mm 12mm 14mm 12mm; }
body { font-family: 'Segoe UI', 'Liberation Sans', sans-serif; font-size: 8.5pt; }
h1 { font-size: 12pt; margin: 0 0 2px 0; }
.sub { color: #555; margin-bottom: 8px; }
table { border-collapse: collapse; width: 100%; }
th { background: #464775; color: #fff; text-align: left; padding: 3px 5px; }
td { border-bottom: 1px solid #ccc; padding: 3px 5px; vertical-align: top; }
td.t { width: 25mm; white-space: nowrap; }
td.f { width: 62mm; }
"""


def chat_teams_verkiezingen():
    def html(h):
        rows = [
            ("[[05-06-2024|dt]] 07:41", "[[Wiśniewska, Zofia|P]] (Burgerzaken)",
             "Goedemorgen allemaal. Stembureau 14 ([[Corrie ten Boomschool|org]]) meldt dat de voorzitter ziek is. "
             "Wie heeft er een reserve?"),
            ("[[05-06-2024|dt]] 07:43", "[[Ghebremedhin, Senait|P]] (Verkiezingen)",
             "@[[Zofia|P]] ik heb [[Anneke Smeets|P]] op de reservelijst, zij woont in [[Almere Haven|pl]]. "
             "Ik bel haar nu."),
            ("[[05-06-2024|dt]] 07:52", "[[Ghebremedhin, Senait|P]] (Verkiezingen)",
             "[[Anneke|P]] kan om 08.30 uur beginnen. Tot die tijd neemt [[Bogdan Marin|P]] de voorzittersrol "
             "waar, hij is al lid van dat stembureau."),
            ("[[05-06-2024|dt]] 08:05", "[[Doelwijt, Rowan|P]] (ICT)",
             "Laptop van stembureau 22 start niet op. Ik ben er over 20 min. Bereikbaar via "
             "[[06-38 21 77 40|T]]."),
            ("[[05-06-2024|dt]] 08:06", "[[Wiśniewska, Zofia|P]] (Burgerzaken)",
             "Top, dank [[Rowan|P]]. Zet even een [[vink|w]] in de lijst als het werkt."),
            ("[[05-06-2024|dt]] 10:18", "[[Chen, Li-Wei|P]] (Communicatie)",
             "Burgemeester [[Hein Zwartjes|oth]] brengt om 14.00 uur zijn stem uit in het [[Stadhuis|pl]]. "
             "Pers is welkom. Willen jullie zorgen dat het stembureau daar niet te vol staat?"),
            ("[[05-06-2024|dt]] 10:21", "[[Vink, Joost|P]] (Burgerzaken)",
             "Melding van kiezer [[mevrouw El Ouardi|P]] via het algemene nummer [[14 036|gn]]: zij heeft geen "
             "stempas ontvangen. Ik heb haar gemaild op [[f.elouardi@ziggo.nl|E]] hoe ze een vervangende "
             "stempas kan aanvragen."),
            ("[[05-06-2024|dt]] 10:24", "[[Wiśniewska, Zofia|P]] (Burgerzaken)",
             "Dank [[Joost|P]]. Klopt het dat ze op de Kruidenweg woont? Dan was er vorige week al iets "
             "met de post in die straat."),
            ("[[05-06-2024|dt]] 10:26", "[[Vink, Joost|P]] (Burgerzaken)",
             "Ja. Nummer 41. Ik heb het doorgezet naar [[verkiezingen@almere.nl|mb]]."),
            ("[[05-06-2024|dt]] 11:15", "[[Doelwijt, Rowan|P]] (ICT)",
             "Laptop 22 werkt weer. Het was de voeding. Reservelaptop ligt bij [[Merel Stam|P]] op de "
             "balie Burgerzaken."),
            ("[[05-06-2024|dt]] 11:32", "[[Ghebremedhin, Senait|P]] (Verkiezingen)",
             "Kiezer belt dat hij bij stembureau 8 werd weggestuurd omdat zijn paspoort verlopen was. Dat mag "
             "tot vijf jaar na de einddatum. Wie kan het stembureau even bellen? De voorzitter daar is "
             "[[Herman Jonkman|P]], [[06 50 11 87 24|T]]."),
            ("[[05-06-2024|dt]] 11:35", "[[Vink, Joost|P]] (Burgerzaken)",
             "Doe ik. @[[Senait|P]] stuur jij de instructie nog een keer naar alle voorzitters?"),
            ("[[05-06-2024|dt]] 11:41", "[[Ghebremedhin, Senait|P]] (Verkiezingen)",
             "Gedaan, via [[verkiezingen@almere.nl|mb]]. [[Herman|P]] bevestigt dat het is opgelost."),
            ("[[05-06-2024|dt]] 12:20", "[[Wiśniewska, Zofia|P]] (Burgerzaken)",
             "Lunch staat klaar in de Raadzaal. [[Li-Wei|P]], neem jij de broodjes mee voor de mensen van "
             "stembureau 14? [[Anneke|P]] en [[Bogdan|P]] kunnen niet weg."),
            ("[[05-06-2024|dt]] 12:24", "[[Chen, Li-Wei|P]] (Communicatie)",
             "Komt goed. Ik neem ook de persfotograaf mee voor de foto van de burgemeester."),
            ("[[05-06-2024|dt]] 13:02", "[[Ghebremedhin, Senait|P]] (Verkiezingen)",
             "Stembureau 31: een lid, [[Kofi Mensah-Dijkstra|P]], moet om 15.00 uur weg vanwege de kinderopvang. "
             "@[[Li-Wei|P]] kun jij iemand van Communicatie missen tot 17.00 uur?"),
            ("[[05-06-2024|dt]] 13:10", "[[Chen, Li-Wei|P]] (Communicatie)",
             "[[Merel|P]] van ons team kan. Ze heeft vorig jaar de cursus gedaan."),
            ("[[05-06-2024|dt]] 21:47", "[[Ghebremedhin, Senait|P]] (Verkiezingen)",
             "Alle stembureaus gesloten. Processen-verbaal komen binnen op de derde verdieping van het "
             "[[Stadhuis|pl]]. Dank allemaal!"),
        ]
        out = [f"<html><head><meta charset='utf-8'><style>{TEAMS_CSS}</style></head><body>"]
        out.append("<h1>Chatexport – Verkiezingsdag EP 2024 (kanaal: Verkiezingen / Dag zelf)</h1>")
        out.append(f"<div class='sub'>Geëxporteerd op {h('[[12-06-2024|dt]]')} ten behoeve van Woo-verzoek "
                   f"{h('[[WOO-2024-118|ken]]')} · 18 berichten</div>")
        out.append("<table><tr><th>Verzonden</th><th>Afzender</th><th>Bericht</th></tr>")
        for t, f, m in rows:
            out.append(f"<tr><td class='t'>{h(t)}</td><td class='f'>{h(f)}</td><td>{h(m)}</td></tr>")
        out.append("</table></body></html>")
        return "".join(out)
    return Doc("chat_teams_export_verkiezingsdag.pdf", "email", "chromium", None,
               "Chatexport verkiezingsdag", "2024-06-12", html=html,
               note="Teams-compliance-export als tabel (liggend), 'Wiśniewska, Zofia (Burgerzaken)', @-vermeldingen, "
                    "stembureauleden, Vink naast ‘vink’")


def chat_whatsapp_txt():
    lines = [
        "[14-06-24 22:02:11] [[Niels Vos|P]]: Zijn jullie al bij de [[Nieuwe Markt|pl]]? Groepje jongeren bij de fietsenstalling",
        "[14-06-24 22:03:40] [[Latifa|P]] Handhaving: Onderweg, 5 min",
        "[14-06-24 22:09:02] [[+31 6 23 45 67 89|T]]: Hoi, dit is [[Thijmen|P]] van de nachtploeg beveiliging "
        "Bergkwartier. Ik ben toegevoegd door [[Niels|P]]",
        "[14-06-24 22:09:30] [[Niels Vos|P]]: Klopt, welkom [[Thijmen|P]]",
        "[14-06-24 22:15:47] [[Latifa|P]] Handhaving: Ter plaatse. 4 jongeren, 1 bekende: [[Jordy Brouwer|P]] "
        "(geb. [[03-09-2006|D]]). Krijgt waarschuwing, rest is weg",
        "[14-06-24 22:16:05] [[Latifa|P]] Handhaving: <Media weggelaten>",
        "[14-06-24 22:31:19] [[+31 6 23 45 67 89|T]]: Er staat een witte bestelbus met draaiende motor op het "
        "[[Lamme van Dieseplein|pl]], kenteken [[VKR-62-B|L]]. Staat er al een half uur",
        "[14-06-24 22:33:54] [[Niels Vos|P]]: [[Latifa|P]] kun jij daar even langs? [[Karel|P]] zit nog bij het "
        "[[Grote Kerkhof|pl]]",
        "[14-06-24 22:41:02] [[Latifa|P]] Handhaving: Bus is van een schoonmaakbedrijf, chauffeur wachtte op "
        "collega. Weggestuurd",
        "[14-06-24 23:12:45] [[Karel Nijenhuis|P]]: Melding via 112-meldkamer: inbraakalarm Walstraat. Politie "
        "gaat, wij hoeven niet",
        "[14-06-24 23:40:08] [[Niels Vos|P]]: Wie heeft de sleutels van de slagboom?",
        "[14-06-24 23:41:33] [[Karel Nijenhuis|P]]: Ik. Lig bij jou in de bus, links achter de stoel",
        "[15-06-24 00:27:16] [[+31 6 23 45 67 89|T]]: Grappig, er loopt [[een vos|w]] over het [[Grote Kerkhof|pl]]",
        "[15-06-24 00:27:59] [[Niels Vos|P]]: Haha niet ik hoor",
        "[15-06-24 00:28:30] [[Latifa|P]] Handhaving: :-)",
        "[15-06-24 01:05:44] [[Karel Nijenhuis|P]]: Dienst erop. Rapport staat in het systeem onder "
        "[[BOA-DEV-24-3318|ken]]. Morgen overdracht aan [[Latifa|P]]",
        "[15-06-24 09:12:03] [[Mariska ter Horst|P]]: Goedemorgen. Mail van de bewoner van de Walstraat "
        "([[mevr. Dubbeldam|P]]) doorgestuurd naar [[meldpunt@deventer.nl|mb]]. Zij wil teruggebeld worden op "
        "[[0570 62 18 49|T]]",
        "[15-06-24 09:14:27] [[Niels Vos|P]]: Top",
    ]
    body = [P("WhatsApp-chat met Handhaving nacht Centrum", "h2", size=10),
            P("Export: _chat.txt ([[17-06-2024|dt]]), bijlage bij Woo-dossier [[Z-DEV-2024-00912|ken]]", "small", size=8),
            Sp(3)]
    for ln in lines:
        body.append(P(ln, "mono", size=8.5, space_after=2.5))
    return Doc("chat_whatsapp_export_handhaving.pdf", "email", "rl-std", None,
               "_chat.txt", "2024-06-17", body,
               running=[Running("_chat.txt", "header", "all", "left", 7),
                        Running("pagina {page}", "footer", "all", "right", 7)],
               font="Courier", size=8.5, opts={"margins": (18, 18, 20, 18), "mono": "Courier",
                                               "creator": "Kladblok – Microsoft Print to PDF"},
               note="WhatsApp-tekstexport in Courier: afzender als +31-nummer, voornaam + functie, Vos naast "
                    "‘een vos’, kenteken, geboortedatum, pleinen met persoonsnamen")


def docs():
    return [email_lintjes(), email_gmail_parkeren(), chat_teams_verkiezingen(), chat_whatsapp_txt()]
