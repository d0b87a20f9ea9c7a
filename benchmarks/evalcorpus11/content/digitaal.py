"""Digital documents: a Microsoft Teams chat export (HTML -> Chromium), a printed Outlook calendar with attendees
(reportlab TTF, DejaVu Sans Condensed), an e-mail chain forwarded twice with civil servants' signatures and a
minister in role (HTML -> Chromium) and a register of objections printed from a spreadsheet (HTML -> Chromium,
landscape)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def _page(css, inner):
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{inner}</body></html>"


# ------------------------------------------------------------------ Teams chat export (Chromium)

TEAMS_CSS = """
@page { size: A4; margin: 14mm 16mm 16mm 16mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #242424; }
.title { font-size: 12pt; font-weight: bold; color: #464775; margin-bottom: 2px; }
.meta { font-size: 8pt; color: #616161; margin-bottom: 10px; border-bottom: 1px solid #d1d1d1; padding-bottom: 6px; }
.day { text-align: center; font-size: 8pt; color: #616161; margin: 8px 0; }
.msg { margin: 0 0 7px 0; }
.who { font-weight: bold; }
.ts { color: #616161; font-size: 8pt; margin-left: 6px; }
.txt { margin-top: 1px; line-height: 1.35; }
.sys { color: #616161; font-style: italic; font-size: 8pt; margin: 0 0 7px 0; }
.quote { border-left: 3px solid #c4c4c4; padding-left: 6px; color: #424242; margin: 2px 0; font-size: 8.5pt; }
.nw { white-space: nowrap; }
"""


def teams_chat_n340_overijssel():
    msgs = [
        ("day", "woensdag [[10 juni 2026|dt]]"),
        ("sys", "[[Pieternel Slagman|P]] heeft [[Waling Koopmanschap|P]] en [[Dian Soerjadi|P]] aan de chat "
                "toegevoegd."),
        ("[[Pieternel Slagman|P]]", "09:02", "Goedemorgen! Vanmiddag belt de gedeputeerde met de burgemeester "
         "van Ommen over de afsluiting van de N340. Ik heb een kort lijstje nodig met de stand van zaken."),
        ("[[Waling Koopmanschap|P]]", "09:06", "Kan ik maken. De omleiding via Hardenberg loopt, maar er zijn "
         "nog klachten van transportbedrijven. [[Transportbedrijf Niehof-Wobbes|org]] heeft gisteren weer "
         "gebeld."),
        ("[[Dian Soerjadi|P]]", "09:11", "Die beller was de planner, [[Gerwin Scholtens|P]]. Hij wil een "
         "ontheffing voor de ochtendspits. Zijn nummer: [[06 5817 2043|T]]"),
        ("[[Pieternel Slagman|P]]", "09:13", "@[[Dian|P]] top. Kun jij hem terugbellen? Niet toezeggen "
         "natuurlijk."),
        ("[[Dian Soerjadi|P]]", "09:14", "Doe ik 👍"),
        ("[[Waling Koopmanschap|P]]", "09:40", "Lijstje staat in de map N340 > Bestuurlijk. Let op: "
         "gedeputeerde [[Mechteld Averdijk|oth]] heeft vorige week aan RTV Oost gezegd dat de weg op "
         "[[1 september 2026|dt]] weer open is. Dat wordt krap."),
        ("[[Pieternel Slagman|P]]", "09:41", "Ai. Wie heeft dat geadviseerd?"),
        ("[[Waling Koopmanschap|P]]", "09:43", "Niemand van ons volgens mij. Ik denk dat het van de aannemer "
         "kwam. [[Stan|P]] van [[KWS|org]] zei het ook al in het bouwoverleg."),
        ("sys", "[[Hilbert Lamsveld|P]] heeft deelgenomen aan de chat."),
        ("[[Hilbert Lamsveld|P]]", "10:05", "Ik lees mee. Vanuit communicatie: we zeggen ‘naar verwachting "
         "begin september’. Ik stem het af met de woordvoerder van de gedeputeerde."),
        ("quote", "[[Waling Koopmanschap|P]]: Ik denk dat het van de aannemer kwam."),
        ("[[Hilbert Lamsveld|P]]", "10:06", "Kunnen we dat met [[Stan|P]] bevestigd krijgen? Dan weet ik "
         "hoe ik het moet brengen."),
        ("[[Pieternel Slagman|P]]", "10:20", "[[Hilbert|P]] ik bel hem. Burgemeester [[Veldboer|oth]] wil "
         "vooral weten hoe het met de schoolbussen zit."),
        ("[[Dian Soerjadi|P]]", "11:32", "Planner teruggebeld. Hij gaat het via [[ontheffingen@overijssel.nl|mb]] "
         "aanvragen. Hij klaagde ook over een bewoner aan de [[Hammerweg 7|A]] die zijn vrachtwagens filmt 🙄"),
        ("[[Pieternel Slagman|P]]", "11:35", "Dat laatste laten we even rusten."),
    ]

    def html(h):
        out = [f"<div class='title'>{h('Chat: N340 afsluiting – bestuurlijk')}</div>",
               "<div class='meta'>" + h("Microsoft Teams · chat geëxporteerd op [[12 juni 2026|dt]] door "
                                        "[[Pieternel Slagman|P]] · Provincie Overijssel") + "</div>"]
        for m in msgs:
            if m[0] == "day":
                out.append(f"<div class='day'>{h(m[1])}</div>")
            elif m[0] == "sys":
                out.append(f"<div class='sys'>{h(m[1])}</div>")
            elif m[0] == "quote":
                out.append(f"<div class='quote'>{h(m[1])}</div>")
            else:
                out.append(f"<div class='msg'><span class='who'>{h(m[0])}</span><span class='ts'>{m[1]}</span>"
                           f"<div class='txt'>{h(m[2])}</div></div>")
        return _page(TEAMS_CSS, "".join(out))
    return Doc("teams_chat_n340_afsluiting_overijssel.pdf", "chat", "chromium", "Slagman, P.",
               "Chat N340 afsluiting", "2026-06-12", [], html=html,
               note="Teams-chatexport van een provincie: afzenders met volledige naam boven elk bericht, "
                    "systeemregels (‘heeft … toegevoegd’), @-vermelding met voornaam, citaat van een eerder "
                    "bericht, voornaam van een medewerker van de aannemer, planner van een transportbedrijf met "
                    "06-nummer, bewoner met adres (lakken), gedeputeerde en burgemeester (houden), "
                    "transportbedrijf met dubbele persoonsnaam en aannemer (houden), emoji’s")


# ------------------------------------------------------------------ Outlook calendar print (reportlab TTF)

def agenda_dg_print_ienw():
    def item(t, subj, where, org, req, opt=None, note=None):
        rows = [("Onderwerp", subj), ("Locatie", where), ("Organisator", org), ("Verplicht", req)]
        if opt:
            rows.append(("Optioneel", opt))
        if note:
            rows.append(("Notitie", note))
        return [P(f"**{t}**", size=9.5, space_after=1, space_before=4),
                KV(rows, label_w=0.17, size=8.5, bold_labels=False, style="lines")]

    body = [
        P("Agenda – [[Bosveld-Rampersad, Noraly|P]]", "h1", space_after=2),
        P("Dinsdag [[23 juni 2026|dt]] · Dagweergave · Ministerie van Infrastructuur en Waterstaat", size=8.5,
          space_after=6),
    ]
    body += item("08:30 – 09:00", "Voorbespreking bewindspersonenoverleg",
                 "Rijnstraat 8, kamer D-11.40",
                 "[[Bosveld-Rampersad, Noraly|P]]",
                 "[[Eijgenraam, Tobias|P]]; [[Lijftogt, Anneroos|P]]")
    body += item("09:30 – 10:30", "Bewindspersonenoverleg met minister [[Van Kuijck-Loos|min]]",
                 "Rijnstraat 8, kamer minister",
                 "Secretariaat minister ([[sg-secretariaat@minienw.nl|mb]])",
                 "minister [[Van Kuijck-Loos|min]]; staatssecretaris [[Oudemaat|min]]; "
                 "[[Bosveld-Rampersad, Noraly|P]]; [[Eijgenraam, Tobias|P]]",
                 "[[Hajji, Samir|P]] (woordvoering)",
                 "Stukken via [[Lijftogt, Anneroos|P]] uiterlijk maandag 16.00 uur")
    body += item("11:00 – 12:00", "Overleg Schiphol geluid met Kamerleden (informeel)",
                 "Tweede Kamer, Nieuwspoort-zaaltje 2",
                 "[[Lijftogt, Anneroos|P]]",
                 "[[Bosveld-Rampersad, Noraly|P]]; Kamerlid [[Ferwerda|kl]]; Kamerlid [[Jeuring|kl]]",
                 note="Let op: [[Ferwerda|kl]] neemt zijn beleidsmedewerker mee ([[Jurian Aalbersberg|P]], "
                      "[[06 2930 1187|T]])")
    body += item("13:00 – 13:30", "Bellen met [[Gerdina Rijnhout|P]] ([[Royal Schiphol Group|org]])",
                 "Teams",
                 "[[Bosveld-Rampersad, Noraly|P]]",
                 "[[Gerdina Rijnhout|P]] <[[g.rijnhout@schiphol.nl|E]]>")
    body += item("14:00 – 15:30", "MT Luchtvaart", "Rijnstraat 8, D-09.12",
                 "[[Eijgenraam, Tobias|P]]",
                 "[[Bosveld-Rampersad, Noraly|P]]; [[Eijgenraam, Tobias|P]]; [[Hajji, Samir|P]]; "
                 "[[Vroegop, Marjet|P]]; [[Lijftogt, Anneroos|P]]",
                 note="Agendapunt 3 (handhaving nachtvluchten) met [[Marjet|P]]; stuk volgt van de "
                      "[[Inspectie Leefomgeving en Transport|org]]")
    body += item("16:00 – 16:30", "Privé", "–", "[[Bosveld-Rampersad, Noraly|P]]", "–",
                 note="tandarts")
    body += [Sp(2), P("Afgedrukt door [[Lijftogt, Anneroos|P]] op [[22 juni 2026|dt]] 17:48", size=7.5)]
    return Doc("agenda_dagweergave_dg_luchtvaart_ienw.pdf", "agenda", "rl-ttf", "Lijftogt, A.",
               "Agenda 23 juni 2026", "2026-06-22", body, font="DejaVuSansCondensed", size=9.5,
               opts={"margins": (18, 18, 16, 16)},
               note="afgedrukte Outlook-dagweergave van een DG: afspraken met Onderwerp/Locatie/Organisator/"
                    "Verplicht/Optioneel als ‘Achternaam, Voornaam’ (ook een dubbele naam), minister met dubbele "
                    "naam en staatssecretaris (houden), twee Kamerleden (houden) en de beleidsmedewerker van één "
                    "met mobiel nummer (lakken), externe contactpersoon met e-mail, voornaam, secretariaatsmailbox, "
                    "‘Afgedrukt door’ onderaan")


# ------------------------------------------------------------------ e-mail forwarded twice (Chromium)

MAIL_CSS = """
@page { size: A4; margin: 16mm 18mm 18mm 18mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #000; }
.owner { font-size: 12.5pt; font-weight: bold; }
.bar { border-bottom: 2px solid #000; margin: 2px 0 8px 0; }
table.hdr { border-collapse: collapse; margin-bottom: 10px; }
table.hdr td { padding: 1px 0; vertical-align: top; }
table.hdr td.l { font-weight: bold; width: 25mm; }
p { margin: 0 0 8px 0; line-height: 1.3; }
.sig { font-size: 8.5pt; color: #333; line-height: 1.35; margin: 6px 0 12px 0; }
.h { margin: 10px 0 8px 0; line-height: 1.3; border-top: 1px solid #bfbfbf; padding-top: 6px; }
.nw { white-space: nowrap; }
.disc { font-size: 7.5pt; color: #666; margin: 4px 0 10px 0; line-height: 1.3; }
"""

DISC = ("Dit bericht kan informatie bevatten die niet voor u is bestemd. Indien u niet de geadresseerde bent of "
        "dit bericht abusievelijk aan u is toegezonden, wordt u verzocht dat aan de afzender te melden en het "
        "bericht te verwijderen. De Staat aanvaardt geen aansprakelijkheid voor schade, van welke aard ook, die "
        "verband houdt met risico's verbonden aan het elektronisch verzenden van berichten.")


def email_doorgestuurd_kamervragen_jeugdzorg():
    hdr = [("Van:", "[[Tjalsma, Hidzer|P]]"),
           ("Verzonden:", "vrijdag [[15 mei 2026|dt]] 11:52"),
           ("Aan:", "[[Ubbink, Linsey|P]]"),
           ("CC:", "[[Boutaleb, Yousra|P]]; Postbus Kamervragen VWS <[[kamervragen@minvws.nl|mb]]>"),
           ("Onderwerp:", "FW: FW: Kamervragen-[[Hekkelman|kl]] over wachtlijsten jeugd-ggz – casus Zwolle")]
    top = [
        "[[Linsey|P]],",
        "Zie hieronder. Kun jij de casus uit Zwolle verwerken in het concept-antwoord op vraag 4? Let op: we "
        "noemen geen namen of woonplaats van het gezin; de moeder heeft de minister zelf gemaild, maar dat maakt "
        "het nog niet openbaar. De minister ([[Klazien Stoutenbeek|min]]) wil het antwoord uiterlijk "
        "[[27 mei 2026|dt]] tekenen.",
        "Voor de volledigheid: de cijfers voor vraag 2 en 3 komen van het [[Nederlands Jeugdinstituut|org]]; "
        "[[Linsey|P]], wil jij die nog even laten checken bij [[Jelko Harkstede-Vrijmoed|P]] van de directie Kennis? Hij "
        "heeft de tabel in maart gemaakt. Het concept gaat daarna via de lijn naar de DG en de "
        "staatssecretaris. Die heeft in het commissiedebat van [[21 april 2026|dt]] al gezegd dat de "
        "wachttijden in de regio IJsselland boven het landelijk gemiddelde liggen.",
        "Groet,\n[[Hidzer|P]]",
    ]
    sig1 = ("[[Hidzer Tjalsma|P]]\nCoördinerend beleidsmedewerker | Directie Jeugd\nMinisterie van Volksgezondheid, "
            "Welzijn en Sport\n[[Parnassusplein 5|pl]] | 2511 VX Den Haag\nM [[06 4712 9905|T]] | "
            "[[h.tjalsma@minvws.nl|E]]")
    h2 = ("**Van:** [[Boutaleb, Yousra|P]] <[[y.boutaleb@minvws.nl|E]]>\n"
          "**Verzonden:** donderdag [[14 mei 2026|dt]] 16:20\n"
          "**Aan:** [[Tjalsma, Hidzer|P]]\n"
          "**Onderwerp:** FW: Kamervragen-[[Hekkelman|kl]] over wachtlijsten jeugd-ggz – casus Zwolle")
    mid = [
        "Hoi [[Hidzer|P]],",
        "Deze kwam binnen via het publieksloket. Ik heb de moeder vanochtend gebeld; ze vindt het goed dat we "
        "haar situatie in algemene zin gebruiken. Ze noemde ook [[Ida van Dinter-Tsjaarda|oth]], wethouder van "
        "Zwolle, die haar had doorverwezen naar het regionale expertteam. Contact bij de gemeente is "
        "[[Mijntje Westerhuis|P]] ([[038 498 27 63|T]]).",
        "[[Yousra|P]]",
    ]
    sig2 = ("[[Yousra Boutaleb|P]] | Publieksloket VWS\nT [[070 340 79 11|gn]] (algemeen) | [[www.rijksoverheid.nl|gn]]")
    h3 = ("**Van:** Publieksloket VWS <[[publieksloket@minvws.nl|mb]]>\n"
          "**Verzonden:** woensdag [[13 mei 2026|dt]] 09:03\n"
          "**Aan:** [[Boutaleb, Yousra|P]]\n"
          "**Onderwerp:** FW: wachtlijst voor mijn dochter")
    low = [
        "Doorgestuurd voor afhandeling. Bericht van burger via contactformulier.",
        "-----",
        "Naam: [[Bernadet Stelwagen|P]]\nAdres: [[Assendorperstraat 77|A]], [[8012 DG|Z]] Zwolle\n"
        "Telefoon: [[06 1884 3350|T]]\nE-mail: [[bernadet.stelwagen@gmail.com|E]]",
        "Geachte minister [[Stoutenbeek|min]],",
        "Mijn dochter van 15 staat sinds oktober op een wachtlijst. Ik las in de krant dat Kamerlid "
        "[[Hekkelman|kl]] hier vragen over heeft gesteld. Wij wachten nu al zeven maanden. Haar mentor op "
        "school, meneer [[Dobbenga|P]], maakt zich ook grote zorgen. Ik hoop dat u iets kunt doen.",
        "Vorige week is zij weer op de spoedeisende hulp geweest. De huisarts zegt dat hij niets meer kan doen "
        "zolang er geen plek is. Ik werk zelf in de thuiszorg en kan niet steeds vrij nemen. Mijn man werkt in "
        "ploegendienst. Wij willen alleen dat iemand ons vertelt wanneer zij aan de beurt is.",
        "Met vriendelijke groet,\n[[Bernadet Stelwagen|P]]",
    ]

    def html(h):
        out = [f"<div class='owner'>{h('[[Ubbink, Linsey|P]]')}</div><div class='bar'></div>",
               "<table class='hdr'>" + "".join(f"<tr><td class='l'>{k}</td><td>{h(v)}</td></tr>" for k, v in hdr)
               + "</table>"]
        out += [f"<p>{h(p)}</p>" for p in top]
        out.append(f"<div class='sig'>{h(sig1)}</div>")
        out.append(f"<div class='disc'>{DISC}</div>")
        out.append(f"<div class='h'>{h(h2)}</div>")
        out += [f"<p>{h(p)}</p>" for p in mid]
        out.append(f"<div class='sig'>{h(sig2)}</div>")
        out.append(f"<div class='disc'>{DISC}</div>")
        out.append(f"<div class='h'>{h(h3)}</div>")
        out += [f"<p>{h(p)}</p>" for p in low]
        return _page(MAIL_CSS, "".join(out))
    return Doc("email_fw_fw_kamervragen_wachtlijst_jeugd_vws.pdf", "email", "chromium", "Ubbink, L.",
               "FW: FW: Kamervragen wachtlijsten jeugd-ggz", "2026-05-15", [], html=html,
               note="Outlook-print van een twee keer doorgestuurde keten binnen een ministerie: weergavenamen "
                    "‘Achternaam, Voornaam’ (Marokkaanse naam), voornamen in aanhef en groet, handtekening met "
                    "mobiel en e-mail (lakken) naast algemeen nummer, website en eigen bezoekadres (houden), "
                    "minister in de tekst en in de aanhef van de burger (houden), Kamerlid in ‘Kamervragen-…’ "
                    "(houden), wethouder met dubbele naam (houden), gemeenteambtenaar met direct nummer, "
                    "contactformulier van een moeder met adres, mobiel en e-mail, mentor met achternaam (lakken)")


# ------------------------------------------------------------------ register of objections (Chromium, landscape)

REG_CSS = """
@page { size: A4 landscape; margin: 10mm 10mm 12mm 10mm; }
body { font-family: 'Liberation Sans Narrow', 'Liberation Sans', sans-serif; font-size: 8pt; color: #000; }
.top { display: flex; justify-content: space-between; font-size: 8.5pt; margin-bottom: 4px; }
table { border-collapse: collapse; width: 100%; }
th { background: #c6e0b4; border: 0.6px solid #7f7f7f; padding: 2px 3px; text-align: left; }
td { border: 0.6px solid #a6a6a6; padding: 2px 3px; vertical-align: top; }
td.rn, th.rn { background: #f2f2f2; color: #595959; text-align: right; }
.nw { white-space: nowrap; }
.foot { margin-top: 5px; font-size: 7.5pt; color: #404040; display: flex; justify-content: space-between; }
"""


def register_bezwaarschriften_amersfoort():
    cols = ["A", "B", "C", "D", "E", "F", "G", "H", "I"]
    head = ["Zaaknr.", "Ontvangen", "Bezwaarmaker", "Adres", "Gemachtigde", "Bestreden besluit", "Beh.",
            "Hoorzitting", "Status"]
    rows = [
        ["[[BZ26-0101|ken]]", "[[05-01-2026|dt]]", "[[Koerts, W.A.|P]]", "[[Leusderweg 214|A]]", "–",
         "omgevingsvergunning dakkapel buren", "[[MH|I]]", "[[12-02-2026|dt]]", "ongegrond"],
        ["[[BZ26-0107|ken]]", "[[08-01-2026|dt]]", "[[Oukili, Nawal|P]]", "[[Kruiskamp 9|A]]",
         "[[Het Juridisch Loket|org]]", "afwijzing bijzondere bijstand", "[[JvS|I]]", "[[19-02-2026|dt]]",
         "gegrond"],
        ["[[BZ26-0112|ken]]", "[[13-01-2026|dt]]", "[[Fietsenmakerij De Trapper|org]]", "–",
         "[[mr. S. Hengeveld|P]]", "last onder dwangsom reclamebord", "[[MH|I]]", "–", "ingetrokken"],
        ["[[BZ26-0115|ken]]", "[[14-01-2026|dt]]", "[[Tabak-Stuiver, R.|P]]", "[[Soesterweg 58|A]]",
         "–", "parkeervergunning tweede auto", "[[EdB|I]]", "[[26-02-2026|dt]]", "ongegrond"],
        ["[[BZ26-0120|ken]]", "[[20-01-2026|dt]]", "[[Van Leersum, Kobus|P]]", "[[Bisschopsweg 31|A]]",
         "[[Achmea Rechtsbijstand|org]]", "boete Wet arbeid vreemdelingen", "[[JvS|I]]", "[[5-03-2026|dt]]",
         "aangehouden"],
        ["[[BZ26-0126|ken]]", "[[22-01-2026|dt]]", "[[Menkveld, E. en Menkveld-Ardesch, J.|P]]",
         "[[Hogeweg 102|A]]", "–", "kapvergunning eik achtertuin nr. 100", "[[EdB|I]]", "[[5-03-2026|dt]]",
         "ongegrond"],
        ["[[BZ26-0131|ken]]", "[[27-01-2026|dt]]", "[[Ayvaz, Eray|P]]", "[[Schimmelpenninckkade 3|A]]",
         "[[mr. S. Hengeveld|P]]", "intrekking exploitatievergunning", "[[MH|I]]", "[[12-03-2026|dt]]",
         "in behandeling"],
        ["[[BZ26-0134|ken]]", "[[29-01-2026|dt]]", "[[Stichting Wijkcentrum Het Klooster|org]]", "–", "–",
         "subsidievaststelling 2025", "[[JvS|I]]", "–", "in behandeling"],
        ["[[BZ26-0138|ken]]", "[[03-02-2026|dt]]", "[[Dikkeboom, Fenneke|P]]", "[[Leusderweg 216|A]]", "–",
         "omgevingsvergunning dakkapel buren", "[[MH|I]]", "[[12-02-2026|dt]]", "ongegrond"],
        ["[[BZ26-0142|ken]]", "[[4-02-2026|dt]]", "[[Ngo, Thanh Binh|P]]", "[[Vlasakker 40|A]]", "–",
         "WOZ-beschikking 2026", "[[EdB|I]]", "–", "doorgezonden"],
    ]

    def html(h):
        out = ["<div class='top'><b>" + h("Register bezwaarschriften 2026 – Gemeente Amersfoort, team Juridische "
                                          "Zaken") + "</b><span>" + h("bijgewerkt [[9 februari 2026|dt]] door "
                                                                      "[[Emmelie de Bruijckere|P]]") + "</span></div>",
               "<table><tr><th class='rn'></th>" + "".join(f"<th class='rn' style='text-align:center'>{c}</th>"
                                                             for c in cols) + "</tr>",
               "<tr><td class='rn'>1</td>" + "".join(f"<th>{h(c)}</th>" for c in head) + "</tr>"]
        for i, r in enumerate(rows, 2):
            cells = []
            for j, c in enumerate(r):
                cls = " class='nw'" if j in (0, 1, 2, 3, 4, 7) else ""
                cells.append(f"<td{cls}>{h(c)}</td>")
            out.append(f"<tr><td class='rn'>{i}</td>" + "".join(cells) + "</tr>")
        out.append("</table>")
        out.append("<div class='foot'><span>" + h("Beh.: [[MH|I]] = [[Madelon Hoogeboom|P]], [[JvS|I]] = "
                                                  "[[Joram van Stralen|P]], [[EdB|I]] = [[Emmelie de Bruijckere|P]]")
                   + "</span><span>" + h("Secretariaat bezwaarcommissie: [[bezwaarcommissie@amersfoort.nl|mb]]")
                   + "</span><span>Blad1 – pagina 1 van 1</span></div>")
        return _page(REG_CSS, "".join(out))
    return Doc("register_bezwaarschriften_2026_amersfoort.pdf", "tabel", "chromium", "Bruijckere, E. de",
               "Register bezwaarschriften 2026", "2026-02-09", [], html=html,
               note="spreadsheet-afdruk (liggend, kolomletters en rijnummers) van een register van "
                    "bezwaarschriften: bezwaarmakers als ‘Achternaam, V.’ en ‘Achternaam, Voornaam’ (Marokkaanse, "
                    "Turkse en Vietnamese naam, echtpaar met dubbele naam), adressen (twee buren in één straat), "
                    "gemachtigde advocaat (lakken) naast Juridisch Loket en rechtsbijstandverzekeraar (houden), "
                    "stichting en fietsenmaker als bezwaarmaker (houden), initialen behandelaars met legenda, "
                    "zaaknummers en datums in de vorm dd-mm-jjjj")


def docs():
    return [teams_chat_n340_overijssel(), agenda_dg_print_ienw(), email_doorgestuurd_kamervragen_jeugdzorg(),
            register_bezwaarschriften_amersfoort()]
