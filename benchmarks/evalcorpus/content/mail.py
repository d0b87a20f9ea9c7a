"""E-mail printouts (Outlook, Gmail) and chat exports (Teams, WhatsApp), rendered by Chromium."""
from markup import Doc

OUTLOOK_CSS = """
@page { size: A4; margin: 16mm 17mm 18mm 17mm; }
body { font-family: Calibri, Carlito, 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; color: #000; }
.owner { font-size: 15pt; font-weight: bold; border-bottom: 3px solid #000; padding-bottom: 3px; margin-bottom: 8px; }
table.hdr { border-collapse: collapse; margin-bottom: 10px; }
table.hdr td { padding: 1px 0; vertical-align: top; }
table.hdr td.l { font-weight: bold; width: 28mm; }
.msg p { margin: 0 0 8px 0; }
.quote { border-top: 1px solid #b5c4df; padding-top: 4px; margin-top: 12px; }
.quote .h { margin-bottom: 8px; }
.sig { color: #1f3864; font-size: 9.5pt; margin: 6px 0 8px 0; }
.att { margin-bottom: 8px; }
.disc { color: #777; font-size: 8pt; margin: 6px 0 10px 0; }
"""


def outlook(h, owner, first, chain, attach=None):
    """first: dict(van, verzonden, aan, cc, onderwerp, body[list], sig); chain: list of same (quoted)."""
    out = [f"<html><head><meta charset='utf-8'><style>{OUTLOOK_CSS}</style></head><body>"]
    out.append(f"<div class='owner'>{h(owner)}</div>")
    rows = [("Van:", first["van"]), ("Verzonden:", first["verzonden"]), ("Aan:", first["aan"])]
    if first.get("cc"):
        rows.append(("CC:", first["cc"]))
    rows.append(("Onderwerp:", first["onderwerp"]))
    if attach:
        rows.append(("Bijlagen:", attach))
    out.append("<table class='hdr'>" + "".join(
        f"<tr><td class='l'>{k}</td><td>{h(v)}</td></tr>" for k, v in rows) + "</table>")
    out.append("<div class='msg'>" + "".join(f"<p>{h(p)}</p>" for p in first["body"]))
    if first.get("sig"):
        out.append(f"<div class='sig'>{h(first['sig'])}</div>")
    if first.get("disc"):
        out.append(f"<div class='disc'>{h(first['disc'])}</div>")
    for m in chain:
        hd = [f"<b>Van:</b> {h(m['van'])}", f"<b>Verzonden:</b> {h(m['verzonden'])}", f"<b>Aan:</b> {h(m['aan'])}"]
        if m.get("cc"):
            hd.append(f"<b>CC:</b> {h(m['cc'])}")
        hd.append(f"<b>Onderwerp:</b> {h(m['onderwerp'])}")
        out.append("<div class='quote'><div class='h'>" + "<br>".join(hd) + "</div>")
        out.append("".join(f"<p>{h(p)}</p>" for p in m["body"]))
        if m.get("sig"):
            out.append(f"<div class='sig'>{h(m['sig'])}</div>")
        if m.get("disc"):
            out.append(f"<div class='disc'>{h(m['disc'])}</div>")
        out.append("</div>")
    out.append("</div></body></html>")
    return "".join(out)


UTRECHT_DISC = ("Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht per vergissing "
                "ontvangen, meld dit dan aan de afzender en verwijder het bericht.")


def email_utrecht():
    def html(h):
        sig_w = ("Met vriendelijke groet,\n\n[[Wouter de Haan|P]]\nWoo-adviseur | Juridische Zaken\nGemeente Utrecht\n"
                 "Stadsplateau 1, 3521 AZ Utrecht\nM [[06 5023 1188|T]]\n"
                 "Werkdagen: ma, di, do")
        sig_s = ("Met vriendelijke groet,\n[[Sarita Kasanwiredjo|P]]\nprojectleider Groen | Stadsbeheer\n"
                 "T [[030 286 3092|T]]")
        first = {
            "van": "[[Haan, Wouter de|P]] <[[w.dehaan@utrecht.nl|E]]>",
            "verzonden": "donderdag [[14 maart 2024|dt]] 16:41",
            "aan": "[[Kasanwiredjo, Sarita|P]]; [[Dorrestein, Pieter-Bas|P]]",
            "cc": "[[Juridische Zaken Woo|mb]] <[[woo@utrecht.nl|mb]]>; [[Zhang, Wenjie|P]]",
            "onderwerp": "RE: Woo-verzoek bomenkap Croeselaan – zoekslag en beoordeling",
            "body": [
                "Hoi [[Sarita|P]] en [[Pieter-Bas|P]],",
                "Dank voor jullie snelle reactie. Ik heb de zoekslag nu compleet: 63 documenten, waarvan 11 "
                "dubbel. [[Wenjie|P]] zet de set vandaag in het lakprogramma. Tot slot nog één vraag: kunnen "
                "jullie voor vrijdag aangeven of de bijlage met de boomveiligheidsinspectie van het externe "
                "bureau openbaar mag? Het bureau zelf heeft geen bezwaar, maar de inspecteur wil niet met naam "
                "genoemd worden.",
                "Het verzoek is op [[19 februari 2024|dt]] ontvangen; de beslistermijn loopt tot "
                "[[18 maart 2024|dt]]. Ik stel voor dat we met twee weken verdagen en de verzoeker daarover "
                "bellen. [[Pieter-Bas|P]], wil jij dat doen? Jij hebt hem ook bij de informatieavond gesproken.",
            ],
            "sig": sig_w, "disc": UTRECHT_DISC,
        }
        chain = [
            {"van": "[[Dorrestein, Pieter-Bas|P]]", "verzonden": "donderdag [[14 maart 2024|dt]] 11:02",
             "aan": "[[Haan, Wouter de|P]]; [[Kasanwiredjo, Sarita|P]]",
             "cc": "[[Postbus Stadsbeheer|mb]]", "onderwerp": "RE: Woo-verzoek bomenkap Croeselaan – zoekslag",
             "body": ["[[Wouter|P]],",
                      "In mijn mailbox vond ik nog 8 berichten met de aannemer (Van Gelder Groenvoorziening) en een "
                      "appje van de uitvoerder dat ik heb doorgestuurd naar mijn mail. Die zitten nu in de map op "
                      "de K-schijf. Let op: in de mail van 2 februari staat het mobiele nummer van een bewoner die "
                      "belde over de kap bij het [[Jaarbeursplein|pl]].",
                      "Groet,\n[[Pieter-Bas|P]]"]},
            {"van": "[[Kasanwiredjo, Sarita|P]]", "verzonden": "woensdag [[13 maart 2024|dt]] 17:15",
             "aan": "[[Haan, Wouter de|P]]", "cc": "[[Dorrestein, Pieter-Bas|P]]",
             "onderwerp": "RE: Woo-verzoek bomenkap Croeselaan",
             "body": ["Dag [[Wouter|P]],",
                      "Ik heb alles van de projectsite en uit mijn mailbox geëxporteerd (38 berichten). Het "
                      "besluit van het college en de kapvergunning zijn al openbaar, die kun je als "
                      "‘reeds openbaar’ markeren. De ecologische quickscan is gemaakt door [[Jorien Veldhuis|P]] "
                      "van ons eigen team; [[Veldhuis|P]] is tot april met verlof, dus vragen daarover graag aan mij.",
                      "Wethouder [[Eerenberg-Saïdi|oth]] wil graag vooraf weten wanneer de stukken online gaan.",
                      ],
             "sig": sig_s},
            {"van": "[[Haan, Wouter de|P]]", "verzonden": "dinsdag [[12 maart 2024|dt]] 09:20",
             "aan": "[[Kasanwiredjo, Sarita|P]]; [[Dorrestein, Pieter-Bas|P]]", "cc": "[[woo@utrecht.nl|mb]]",
             "onderwerp": "Woo-verzoek bomenkap Croeselaan",
             "body": ["Beste collega's,",
                      "Wij hebben een Woo-verzoek ontvangen over de kap van 46 bomen langs de Croeselaan "
                      "(ons kenmerk [[WOO-2024-0212|ken]]). Gevraagd wordt om alle documenten over de "
                      "besluitvorming vanaf [[1 januari 2023|dt]]. Willen jullie vóór donderdag alle "
                      "documenten aanleveren in de map die ik heb aangemaakt? Ook chatberichten en sms'jes "
                      "vallen onder het verzoek.",
                      "Bedankt alvast!"],
             "sig": "[[Wouter|P]]"},
        ]
        return outlook(h, "[[Haan, Wouter de|P]]", first, chain,
                       attach="Inventaris_concept_v2.xlsx; Verdagingsbrief_concept.docx")
    return Doc("email_outlook_woo_bomenkap.pdf", "email", "chromium", "Wouter de Haan",
               "RE: Woo-verzoek bomenkap Croeselaan", "2024-03-14", html=html,
               note="Outlook-print, reply chain, 'Haan, Wouter de', functionele mailboxen in CC")


GMAIL_CSS = """
@page { size: A4; margin: 12mm 14mm 14mm 14mm; }
body { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 10pt; color: #222; }
.top { display: flex; justify-content: space-between; border-bottom: 1px solid #ccc; padding-bottom: 6px; }
.logo { font-size: 16pt; color: #777; }
.acct { font-size: 9pt; font-weight: bold; padding-top: 6px; }
h2 { font-size: 13pt; font-weight: normal; margin: 14px 0 2px 0; }
.cnt { font-size: 8.5pt; color: #555; margin-bottom: 8px; }
.m { border-top: 1px solid #e0e0e0; padding-top: 6px; margin-top: 10px; }
.mh { display: flex; justify-content: space-between; }
.from b { color: #000; }
.date { font-size: 8.5pt; color: #555; }
.to { font-size: 8.5pt; color: #555; margin-bottom: 6px; }
.m p { margin: 0 0 7px 0; }
.q { color: #666; border-left: 1px solid #ccc; padding-left: 8px; }
"""


def gmail(h, account, subject, msgs):
    out = [f"<html><head><meta charset='utf-8'><style>{GMAIL_CSS}</style></head><body>"]
    out.append(f"<div class='top'><div class='logo'>Gmail</div><div class='acct'>{h(account)}</div></div>")
    out.append(f"<h2>{h(subject)}</h2><div class='cnt'>{len(msgs)} berichten</div>")
    for m in msgs:
        out.append(f"<div class='m'><div class='mh'><div class='from'>{h(m['from'])}</div>"
                   f"<div class='date'>{h(m['date'])}</div></div><div class='to'>{h(m['to'])}</div>")
        out.append("".join(f"<p>{h(p)}</p>" for p in m["body"]))
        if m.get("quote"):
            out.append("<div class='q'>" + "".join(f"<p>{h(p)}</p>" for p in m["quote"]) + "</div>")
        out.append("</div>")
    out.append("</body></html>")
    return "".join(out)


def email_gmail_nijmegen():
    def html(h):
        msgs = [
            {"from": "**[[Iris Meulenbelt|P]]** <[[iris.meulenbelt@gmail.com|E]]>",
             "date": "ma 6 mei 2024 23:48",
             "to": "aan [[meldingen@nijmegen.nl|mb]]",
             "body": ["Geachte heer/mevrouw,",
                      "Voor de vierde keer deze maand meld ik geluidsoverlast van het terras van café De Nachtegaal "
                      "aan de overkant van mijn woning. Vanavond stond de muziek tot 23.30 uur zo hard dat mijn "
                      "dochter niet kon slapen. De eigenaar, [[Ronald Terhorst|P]], zegt steeds dat hij een "
                      "ontheffing heeft, maar die kan hij nooit laten zien.",
                      "Mijn buurman, de heer [[Çakır|P]] van nummer 21, heeft ook al geklaagd. Hij heeft filmpjes "
                      "gemaakt die hij kan doorsturen.",
                      "Mijn gegevens:\n[[Iris Meulenbelt|P]]\n[[Hertogstraat 19-B|A]]\n[[6511 RV|Z]] Nijmegen\n"
                      "tel. [[06 3872 0914|T]]",
                      "Ik hoor graag wat u hieraan gaat doen.",
                      "Met vriendelijke groet,\n[[Iris Meulenbelt|P]]"]},
            {"from": "**[[Team Handhaving Openbare Ruimte|mb]]** <[[handhaving@nijmegen.nl|mb]]>",
             "date": "di 7 mei 2024 10:12",
             "to": "aan mij",
             "body": ["Beste mevrouw [[Meulenbelt|P]],",
                      "Dank voor uw melding (nummer [[MOR-2024-118377|ken]]). De ontheffing waar de eigenaar naar "
                      "verwijst geldt alleen voor de Vierdaagsefeesten in juli. Wij gaan de komende weekenden "
                      "extra controleren. Onze boa's hebben op vrijdag en zaterdag avonddienst; mijn collega "
                      "[[Jasper Oudejans|P]] (boa-nummer [[4471|O]]) neemt contact met u op om af te spreken wanneer "
                      "hij bij u kan meten.",
                      "Wilt u de filmpjes van uw buurman doorsturen naar dit adres? Dan voegen wij die aan het "
                      "dossier toe. Vermeld daarbij het meldingsnummer.",
                      "Met vriendelijke groet,\n[[Lieke Gerritsen-Wanders|P]]\nteam Handhaving Openbare Ruimte\n"
                      "gemeente Nijmegen | [[14 024|gn]]"]},
            {"from": "**[[Iris Meulenbelt|P]]** <[[iris.meulenbelt@gmail.com|E]]>",
             "date": "di 7 mei 2024 12:30",
             "to": "aan [[Team Handhaving Openbare Ruimte|mb]]",
             "body": ["Dank u wel. Ik heb [[Emre|P]] gevraagd de filmpjes te sturen. Meneer [[Oudejans|P]] "
                      "kan vrijdag na 21.00 uur komen, dan ben ik thuis. Mijn auto staat voor de deur "
                      "(grijze Fiat, [[GZ-615-K|L]]), de parkeerplaats ernaast is vaak vrij voor de meetwagen.",
                      "Groet, [[Iris|P]]"],
             "quote": ["Op di 7 mei 2024 om 10:12 schreef [[Team Handhaving Openbare Ruimte|mb]] "
                       "<[[handhaving@nijmegen.nl|mb]]>:", "Beste mevrouw [[Meulenbelt|P]], Dank voor uw melding …"]},
            {"from": "**[[Emre Çakır|P]]** <[[e.cakir1979@hotmail.com|E]]>",
             "date": "wo 8 mei 2024 07:55",
             "to": "aan [[handhaving@nijmegen.nl|mb]], mij",
             "body": ["Goedemorgen,",
                      "In de bijlage drie filmpjes van 27 april, 3 mei en 6 mei. Op het laatste filmpje ziet u ook "
                      "dat de boxen buiten op het terras staan. Ik woon hier sinds 2009 en het is nog nooit zo erg "
                      "geweest.",
                      "[[Emre Çakır|P]]\n[[Hertogstraat 21|A]]"]},
        ]
        return gmail(h, "[[Iris Meulenbelt|P]] <[[iris.meulenbelt@gmail.com|E]]>",
                     "Geluidsoverlast café De Nachtegaal – melding [[MOR-2024-118377|ken]]", msgs)
    return Doc("email_gmail_melding_geluidsoverlast.pdf", "email", "chromium", None,
               "Gmail - Geluidsoverlast café De Nachtegaal", "2024-05-08", html=html,
               note="Gmail-print van een inwoner, buren, boa-nummer, kenteken")


def email_evenement():
    def html(h):
        sig_f = ("Hartelijke groet,\n[[Fatma Koç|P]]\nadviseur evenementen | Veiligheidsregio Hollands Midden\n"
                 "[[06 4902 3317|T]] | [[f.koc@vrhm.nl|E]]")
        sig_j = ("[[Joost-Jan Tichelaar|P]]\nvergunningverlener evenementen\nGemeente Leiden | Stadhuisplein 1\n"
                 "[[071 516 5412|T]]")
        first = {
            "van": "[[Tichelaar, Joost-Jan|P]] <[[jj.tichelaar@leiden.nl|E]]>",
            "verzonden": "vrijdag [[7 juni 2024|dt]] 15:03",
            "aan": "[[Koç, Fatma|P]] <[[f.koc@vrhm.nl|E]]>; [[Wal, Sjoerd van der|P]] <[[s.vanderwal@leiden.nl|E]]>",
            "cc": "[[Evenementen Leiden|mb]] <[[evenementen@leiden.nl|mb]]>; [[Zając, Agnieszka|P]]; "
                  "[[Rozendaal, Demi|P]] (Politie)",
            "onderwerp": "RE: Zomerpark Festival 2024 – aanvullende voorwaarden",
            "body": [
                "Hoi allemaal,",
                "Hierbij de laatste stand. De organisatie heeft het aangepaste veiligheidsplan vanochtend "
                "ingediend. [[Fatma|P]], jouw punten over de nooduitgang aan de kant van het "
                "[[Van der Werfpark|pl]] zijn verwerkt; de tweede uitgang komt nu aan de Lammenschansweg. "
                "[[Sjoerd|P]] heeft de verkeersmaatregelen afgestemd met de busmaatschappij.",
                "Blijft over: het geluid. De organisator, [[Luuk Verschuren|P]], wil tot 00.00 uur doorgaan op "
                "zaterdag. Ik stel voor dat we dat niet toestaan en aansluiten bij de regels van vorig jaar "
                "(23.00 uur). [[Agnieszka|P]], kun jij de geluidsnormen nog even checken met de omgevingsdienst?",
                "Ik wil het besluit volgende week donderdag bij burgemeester [[Van Rossum-Adjei|oth]] "
                "neerleggen. [[Demi|P]], kan de politie tegen die tijd het advies over de inzet geven?",
            ],
            "sig": sig_j,
        }
        chain = [
            {"van": "[[Rozendaal, Demi|P]]", "verzonden": "vrijdag [[7 juni 2024|dt]] 11:47",
             "aan": "[[Tichelaar, Joost-Jan|P]]", "cc": "[[Koç, Fatma|P]]",
             "onderwerp": "RE: Zomerpark Festival 2024 – aanvullende voorwaarden",
             "body": ["Hoi [[Joost-Jan|P]],",
                      "Vanuit de politie geen bezwaar tegen de opzet. Wij willen wel dat er op zaterdag vanaf "
                      "22.00 uur twee verkeersregelaars extra staan bij de oversteek bij de Plesmanlaan. Ons "
                      "formele advies volgt via het gebruikelijke adviesformulier.",
                      "Gr. [[Demi|P]]\nwijkagent Leiden-Noord | [[06 1020 4485|T]]"]},
            {"van": "[[Koç, Fatma|P]]", "verzonden": "donderdag [[6 juni 2024|dt]] 16:20",
             "aan": "[[Tichelaar, Joost-Jan|P]]", "cc": "[[Wal, Sjoerd van der|P]]; [[evenementen@leiden.nl|mb]]",
             "onderwerp": "RE: Zomerpark Festival 2024",
             "body": ["Dag [[Joost-Jan|P]],",
                      "Het plan is op hoofdlijnen in orde, maar de nooduitgang aan de zuidzijde is te smal "
                      "(2,40 m bij 6.000 bezoekers). Daarnaast ontbreekt een contactpersoon voor de EHBO; volgens "
                      "het plan is dat ‘[[Mariska|P]] van het Rode Kruis’, maar ik heb geen achternaam of "
                      "nummer. Kun je de organisatie vragen dat aan te vullen?",
                      "Verder akkoord met de opbouw vanaf donderdag.",
                      ],
             "sig": sig_f},
            {"van": "[[Wal, Sjoerd van der|P]]", "verzonden": "donderdag [[6 juni 2024|dt]] 09:05",
             "aan": "[[Tichelaar, Joost-Jan|P]]", "onderwerp": "Verkeer Zomerpark",
             "body": ["[[Joost-Jan|P]], de Arriva-bussen rijden tijdens de opbouw om via de Kanaalweg. De "
                      "omleiding heb ik met [[Kwabena Asante|P]] van Arriva doorgenomen. [[Asante|P]] wil de "
                      "definitieve tijden uiterlijk 14 dagen van tevoren hebben.",
                      "[[Van der Wal|P]] (mobiel [[06 2299 7801|T]], ik zit de hele week buiten)"]},
            {"van": "[[Verschuren, Luuk|P]] <[[luuk@zomerparkfestival.nl|E]]>",
             "verzonden": "woensdag [[5 juni 2024|dt]] 22:31",
             "aan": "[[Tichelaar, Joost-Jan|P]]; [[evenementen@leiden.nl|mb]]",
             "onderwerp": "Zomerpark Festival 2024 – aanvulling aanvraag",
             "body": ["Beste [[Joost-Jan|P]],",
                      "Zoals besproken stuur ik het aangepaste veiligheidsplan en de plattegrond. Onze "
                      "EHBO-coördinator is [[Mariska Verdonk|P]] (Rode Kruis, afdeling Leiden). Voor de "
                      "zaterdag vragen wij een verlenging van de eindtijd tot 00.00 uur, net als bij het "
                      "Lakenfeesten-programma in juli. Kunnen we daar volgende week over bellen?",
                      "Met vriendelijke groet,\n[[Luuk Verschuren|P]]\nStichting Zomerpark Festival\n"
                      "[[06 5138 2290|T]]"]},
            {"van": "[[Zając, Agnieszka|P]]", "verzonden": "dinsdag [[4 juni 2024|dt]] 13:40",
             "aan": "[[Tichelaar, Joost-Jan|P]]", "cc": "[[Evenementen Leiden|mb]]",
             "onderwerp": "RE: Zomerpark Festival 2024 – geluid",
             "body": ["Hallo [[Joost-Jan|P]],",
                      "Vorig jaar is bij de metingen aan de Lammenschansweg twee keer de norm van 85 dB(C) "
                      "overschreden, beide keren na 22.30 uur. De klachten kwamen vooral uit de flats aan de "
                      "overkant van het park. Ik heb de meetrapporten van toen in de map gezet. Mijn advies is om "
                      "dezelfde normen op te nemen en de organisator te verplichten zelf continu te meten, met "
                      "een live-verbinding naar de omgevingsdienst.",
                      "Ik ben donderdag en vrijdag vrij, daarna weer bereikbaar.",
                      "Groeten,\n[[Agnieszka Zając|P]]\nadviseur geluid | Omgevingsdienst West-Holland\n"
                      "[[06 3317 8026|T]]"]},
            {"van": "[[Tichelaar, Joost-Jan|P]]", "verzonden": "maandag [[3 juni 2024|dt]] 10:11",
             "aan": "[[Koç, Fatma|P]]; [[Wal, Sjoerd van der|P]]; [[Zając, Agnieszka|P]]; [[Rozendaal, Demi|P]]",
             "cc": "[[evenementen@leiden.nl|mb]]",
             "onderwerp": "Zomerpark Festival 2024 – adviesaanvraag",
             "body": ["Beste adviseurs,",
                      "De aanvraag voor het Zomerpark Festival (14 en 15 juni, [[Van der Werfpark|pl]] en "
                      "omgeving) is compleet. Het gaat om een B-evenement met maximaal 6.000 bezoekers per dag. "
                      "Ik vraag jullie om advies vóór vrijdag [[7 juni|dt]]. Relevante stukken:",
                      "– aanvraagformulier en situatietekening\n– veiligheidsplan versie 2\n– verkeersplan\n"
                      "– geluidsplan van het bureau dat de organisatie heeft ingehuurd",
                      "De organisator is [[Luuk Verschuren|P]] van de Stichting Zomerpark Festival. Hij is "
                      "bereikbaar via [[luuk@zomerparkfestival.nl|E]]. Vragen over de procedure kunnen naar mij "
                      "of naar het algemene nummer van de gemeente, [[14 071|gn]].",
                      "Met vriendelijke groet,\n[[Joost-Jan|P]]"]},
        ]
        return outlook(h, "[[Tichelaar, Joost-Jan|P]]", first, chain,
                       attach="Veiligheidsplan_ZPF2024_v3.pdf; Plattegrond_def.pdf")
    return Doc("email_outlook_evenement_zomerpark.pdf", "email", "chromium", "Tichelaar, J.J.",
               "RE: Zomerpark Festival 2024", "2024-06-07", html=html,
               note="lange Outlook-keten, politie/veiligheidsregio/organisator, voornamen in aanhef")


TEAMS_CSS = """
@page { size: A4; margin: 14mm; }
body { font-family: 'Segoe UI', 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #242424; }
.title { font-size: 13pt; font-weight: bold; margin-bottom: 2px; }
.sub { color: #616161; font-size: 8.5pt; margin-bottom: 12px; }
.day { text-align: center; color: #616161; font-size: 8pt; margin: 10px 0 6px 0; }
.msg { margin: 0 0 7px 0; }
.meta { font-size: 8pt; color: #616161; }
.meta b { color: #242424; font-size: 8.8pt; }
.txt { background: #f5f5f5; border-radius: 5px; padding: 4px 8px; margin-top: 2px; display: inline-block; max-width: 150mm; }
.me .txt { background: #e8ebfa; }
.sys { color: #616161; font-style: italic; font-size: 8.5pt; margin: 4px 0 8px 0; }
"""


def teams_html(h, title, sub, items):
    out = [f"<html><head><meta charset='utf-8'><style>{TEAMS_CSS}</style></head><body>"]
    out.append(f"<div class='title'>{h(title)}</div><div class='sub'>{h(sub)}</div>")
    for it in items:
        if it[0] == "day":
            out.append(f"<div class='day'>{h(it[1])}</div>")
        elif it[0] == "sys":
            out.append(f"<div class='sys'>{h(it[1])}</div>")
        else:
            _, who, when, text, me = it + (False,) * (5 - len(it))
            out.append(f"<div class='msg{' me' if me else ''}'><div class='meta'><b>{h(who)}</b> &nbsp;{when}</div>"
                       f"<div class='txt'>{h(text)}</div></div>")
    out.append("</body></html>")
    return "".join(out)


def chat_teams():
    def html(h):
        A = "[[Amezian, Rachid (DGWB)|P]]"
        L = "[[Vlieger, Linda de (DGWB)|P]]"
        J = "[[Ketelaar, Joris (RWS)|P]]"
        items = [
            ("day", "dinsdag 9 januari 2024"),
            ("m", A, "08:12", "Goedemorgen! Hebben jullie de meetgegevens van de Maas bij Borgharen al gezien? "
                              "Ze liggen 30 cm hoger dan de prognose van gisteren."),
            ("m", L, "08:14", "Ja, net binnen. [[Joris|P]] zit in het LCW-overleg, die weet meer."),
            ("sys", f"{J} is aan de chat toegevoegd door {L}."),
            ("m", J, "08:31", "Klopt. Het LCW verwacht de top donderdagochtend. Geen evacuaties voorzien, wel "
                              "extra dijkbewaking in Limburg. Waterschap Limburg heeft dijkgraaf "
                              "[[Mols-Ramaekers|oth]] al ingelicht."),
            ("m", A, "08:33", "@[[Linda|P]] kun jij de minister-lijn bijpraten? Ik denk dat ze vanmiddag in het "
                              "vragenuur iets over de Maas krijgt."),
            ("m", L, "08:35", "Doe ik. Ik bel met [[Hendrikje|P]] van het kabinet, die maakt de Q&A.", True),
            ("m", A, "08:36", "Top. [[Hendrikje Rademaker|P]] weet van de vorige keer nog hoe de "
                              "woordvoering liep."),
            ("m", J, "09:02", "Update: de Roer stijgt ook. Bij [[Roermond|pl]] wordt de noodkering bij het "
                              "terrein van [[Kapel in 't Zand|pl]] vandaag geplaatst. Contactpersoon bij de gemeente is "
                              "[[Bas Kurvers|P]] ([[06 4471 0982|T]]) als iemand hem nodig heeft."),
            ("m", L, "09:04", "Dank! [[Rachid|P]], zet jij dit in het situatierapport van 12.00 uur?", True),
            ("m", A, "09:05", "ja, doe ik"),
            ("day", "woensdag 10 januari 2024"),
            ("m", J, "07:48", "De top valt mee: 20 cm lager dan gisteren verwacht. Ik ben vandaag in Maastricht "
                              "met [[Marloes Bouwens|P]] van het waterschap. [[Bouwens|P]] laat weten dat de "
                              "kades bij Itteren het goed houden."),
            ("m", L, "07:50", "Goed nieuws. Minister [[De Wit-Carvalho|min]] gaat vrijdag langs bij de "
                              "kering in Roermond, samen met burgemeester [[Jaspers|oth]]. [[Rachid|P]] en ik "
                              "bereiden het bezoek voor.", True),
            ("m", A, "07:52", "Prima. Draaiboek staat in de Teams-map ‘Hoogwater januari 2024’."),
            ("m", J, "10:15", "Vanuit RWS sluit [[Priscilla Wong|P]] aan bij het bezoek, zij is de "
                              "omgevingsmanager voor het Maasdal. [[Wong|P]] is te bereiken via "
                              "[[p.wong@rws.nl|E]]."),
            ("m", L, "10:16", "Genoteerd. Ik zet haar op de deelnemerslijst.", True),
            ("day", "vrijdag 12 januari 2024"),
            ("m", A, "07:30", "Goedemorgen. Draaiboek bezoek minister is rond. Vertrek Den Haag 08.15 uur, "
                              "aankomst Roermond 10.30 uur. [[Priscilla|P]] wacht bij de ingang van de kering."),
            ("m", J, "07:41", "Ik rij zelf, ben er om 10.00. Bij de kering staat ook een cameraploeg van L1, "
                              "die heeft gevraagd of de minister een kort interview wil geven."),
            ("m", L, "07:43", "Dat loopt via de woordvoerder, niet via ons. Ik geef het door aan "
                              "[[Hendrikje|P]].", True),
            ("m", A, "09:58", "Minister is onderweg, 10 minuten vertraging door file bij Eindhoven."),
            ("m", J, "12:20", "Bezoek goed verlopen. De minister heeft met twee bewoners gesproken die in 2021 "
                              "zijn geëvacueerd. Burgemeester [[Jaspers|oth]] vroeg om duidelijkheid over de "
                              "financiering van de kades; daar komt een brief over."),
            ("m", L, "12:24", "Dank [[Joris|P]]! [[Rachid|P]], kun jij een kort verslag maken voor de DG? Dan "
                              "sluit ik deze chat en zetten we de rest in het dossier.", True),
            ("m", A, "12:25", "Komt eraan."),
            ("sys", f"{L} heeft de chat een naam gegeven: Hoogwater Maas – afgerond."),
        ]
        return teams_html(h, "Hoogwater Maas – afstemming DGWB/RWS",
                          "Chat met [[Rachid Amezian|P]], [[Joris Ketelaar|P]] · geëxporteerd door "
                          "[[Linda de Vlieger|P]] op [[15-01-2024|dt]]", items)
    return Doc("chat_teams_hoogwater_maas.pdf", "email", "chromium", "Linda de Vlieger",
               "Teams-chat Hoogwater Maas", "2024-01-15", html=html,
               note="Teams-export, 'Achternaam, Voornaam (DGWB)', @-vermelding, minister/burgemeester/dijkgraaf")


WA_CSS = """
@page { size: A4; margin: 15mm 16mm; }
body { font-family: 'DejaVu Sans Mono', monospace; font-size: 8.6pt; color: #111; }
.hd { font-family: 'DejaVu Sans', sans-serif; font-size: 11pt; font-weight: bold; border-bottom: 1px solid #333;
      padding-bottom: 4px; margin-bottom: 3px; }
.hs { font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; color: #555; margin-bottom: 10px; }
p { margin: 0 0 3px 0; white-space: pre-wrap; }
"""


def chat_whatsapp():
    def html(h):
        lines = [
            "[03-01-2024 05:52] [[Menno Kuipers|P]]: Goedemorgen. Peil Ketelmeer 0,42 boven streef en stijgend. "
            "Ik ga gemaal [[De Blocq van Kuffeler|pl]] op vol vermogen zetten.",
            "[03-01-2024 05:55] [[+31 6 2839 4451|T]]: Hier [[Bert|P]] (dijkwacht). Bij km 12,4 van de "
            "Knardijk kwelwater aan de binnenkant, niet troebel.",
            "[03-01-2024 05:57] [[Menno Kuipers|P]]: Dank [[Bert|P]]. Foto maken graag en elk uur terugkomen.",
            "[03-01-2024 06:03] [[Yvonne Hamstra|P]]: Ik heb dijkgraaf [[Hermans-Poot|oth]] gebeld, zij komt om "
            "8 uur naar het waterschapshuis. Crisisoverleg om 8.30.",
            "[03-01-2024 06:04] [[Menno Kuipers|P]]: Ok.",
            "[03-01-2024 06:20] [[Ilse Blankenstein|P]]: Communicatie staat klaar. Zet niets op social voordat "
            "[[Yvonne|P]] akkoord geeft.",
            "[03-01-2024 06:41] [[+31 6 2839 4451|T]]: Foto's gestuurd naar [[Menno|P]]. Kwel onveranderd.",
            "[03-01-2024 06:42] <Media weggelaten>",
            "[03-01-2024 07:15] [[Tjalling Nauta|P]]: Ben onderweg naar de Knardijk met de zandzakken. Ben er "
            "rond kwart voor 8. Wie is daar het aanspreekpunt?",
            "[03-01-2024 07:16] [[Menno Kuipers|P]]: [[Bert|P]] staat bij km 12,4. Zijn nummer staat hierboven.",
            "[03-01-2024 08:52] [[Yvonne Hamstra|P]]: Besluit crisisoverleg: opschaling naar code geel. "
            "Dijkbewaking 24/7 tot zaterdag. Burgemeester [[Weerstra|oth]] van Lelystad is geïnformeerd. "
            "Persbericht gaat om 10.00 uur via [[communicatie@zuiderzeeland.nl|mb]] uit.",
            "[03-01-2024 08:55] [[Ilse Blankenstein|P]]: Woordvoering via het algemene nummer "
            "[[0320 274 911|gn]], niet via onze 06-nummers aub!",
            "[03-01-2024 09:30] [[Tjalling Nauta|P]]: Zandzakken liggen er. [[Nauta|P]] meldt zich af, ik "
            "ga terug naar de werf.",
            "[03-01-2024 12:10] [[Menno Kuipers|P]]: Peil daalt licht, 0,38. Gemaal [[Colijn|pl]] draait ook "
            "bij. Volgende update 16.00.",
            "[03-01-2024 16:04] [[Yvonne Hamstra|P]]: Dank allen. [[Bert|P]] en de andere dijkwachten worden om "
            "18.00 afgelost door de ploeg van [[Gerrit van 't Zand|P]].",
            "[03-01-2024 16:06] [[+31 6 2839 4451|T]]: Top, dank. Tot slot: kwel bij km 12,4 is gestopt.",
        ]
        out = [f"<html><head><meta charset='utf-8'><style>{WA_CSS}</style></head><body>"]
        out.append(f"<div class='hd'>WhatsApp-chat met Calamiteitenteam ZZL</div>"
                   f"<div class='hs'>Geëxporteerd op {h('[[8 januari 2024|dt]]')} door "
                   f"{h('[[Yvonne Hamstra|P]]')} – bijlage bij Woo-verzoek "
                   f"{h('[[ZZL-WOO-2024-003|ken]]')}</div>")
        out.append("<p>[03-01-2024 05:50] Berichten en oproepen worden end-to-end versleuteld.</p>")
        out.append("".join(f"<p>{h(x)}</p>" for x in lines))
        out.append("</body></html>")
        return "".join(out)
    return Doc("chat_whatsapp_calamiteitenteam.pdf", "email", "chromium", "Yvonne Hamstra",
               "WhatsApp-chat Calamiteitenteam", "2024-01-08", html=html,
               note="WhatsApp-export, afzender als 06-nummer, gemalen vernoemd naar personen")


def docs():
    return [email_utrecht(), email_gmail_nijmegen(), email_evenement(), chat_teams(), chat_whatsapp()]
