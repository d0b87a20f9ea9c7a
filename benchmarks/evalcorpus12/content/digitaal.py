"""Digital documents, all HTML -> Chromium: a web form submission (change of address) as printed by the back office,
a landscape slide print of a project team ('wie is wie', avatars with initials), a weekly roster of a customer
contact centre with first names in a grid, and a CRM contact history with user names of staff."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def _page(css, inner):
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{inner}</body></html>"


# ------------------------------------------------------------------ web form submission (Chromium)

FORM_CSS = """
@page { size: A4; margin: 12mm 15mm 14mm 15mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #222; }
.bar { background: #004b87; color: #fff; padding: 6px 10px; font-size: 11pt; font-weight: bold; }
.crumb { font-size: 7.5pt; color: #555; margin: 4px 0 8px 0; }
.ok { border: 1px solid #2e7d32; background: #e8f5e9; padding: 6px 8px; margin-bottom: 8px; }
h2 { font-size: 10.5pt; color: #004b87; margin: 10px 0 4px 0; border-bottom: 1px solid #c5d3e0; padding-bottom: 2px; }
.row { display: flex; padding: 2px 0; }
.row .k { width: 62mm; color: #555; }
.row .v { flex: 1; }
table.m { border-collapse: collapse; width: 100%; margin-top: 2px; }
table.m th { text-align: left; background: #eef3f8; border-bottom: 1px solid #9fb3c8; padding: 3px; font-weight: bold; }
table.m td { border-bottom: 1px solid #dde4ec; padding: 3px; }
.foot { margin-top: 12px; font-size: 7.5pt; color: #666; border-top: 1px solid #ccc; padding-top: 4px; line-height: 1.4; }
.nw { white-space: nowrap; }
"""


def webformulier_verhuizing_hoorn():
    def rows(pairs):
        return "".join(f"<div class='row'><div class='k'>{k}</div><div class='v'>{v}</div></div>" for k, v in pairs)

    def html(h):
        out = [f"<div class='bar'>{h('Gemeente Hoorn – Verhuizing doorgeven')}</div>",
               "<div class='crumb'>" + h("Formulieren › Burgerzaken › Verhuizing binnen de gemeente › Samenvatting "
                                         "van uw aanvraag") + "</div>",
               "<div class='ok'>" + h("Bedankt. Uw verhuizing is ontvangen onder referentienummer "
                                      "**[[VHZ-2026-041877|ken]]**. U ontvangt binnen vijf werkdagen bericht.")
               + "</div>",
               f"<h2>{h('Ingediend door')}</h2>",
               rows([(h("Ingelogd met"), h("DigiD (niveau Midden)")),
                     (h("Burgerservicenummer"), h("[[663285689|B]]")),
                     (h("Voornamen"), h("[[Roshni Anjali|P]]")),
                     (h("Achternaam"), h("[[Sewtahal|P]]")),
                     (h("Geboortedatum"), h("[[07-11-1991|D]]")),
                     (h("Datum en tijd indienen"), h("[[16-03-2026|dt]] 21:47"))]),
               f"<h2>{h('Oud en nieuw adres')}</h2>",
               rows([(h("Huidig adres"), h("[[Kleine Oost 14|A]], [[1621 GS|Z]] Hoorn")),
                     (h("Nieuw adres"), "<span class='nw'>" + h("[[Draafsingel 203|A]]") + "</span>, "
                      + h("[[1623 LH|Z]] Hoorn")),
                     (h("Verhuisdatum"), h("[[1 april 2026|dt]]")),
                     (h("Soort woning"), h("huurwoning, verhuurder [[Intermaris|org]]")),
                     (h("Wonen er al mensen op het nieuwe adres?"),
                      h("ja: [[G. Haverkort|P]] (vorige huurder, vertrekt [[31 maart 2026|dt]])"))]),
               f"<h2>{h('Wie verhuizen er mee?')}</h2>",
               "<table class='m'><tr><th>Naam</th><th>Geboortedatum</th><th>BSN</th><th>Relatie</th></tr>"]
        for r in [("[[Radjesh Autar|P]]", "[[23-05-1989|D]]", "[[899571207|B]]", "partner"),
                  ("[[Kavya Autar|P]]", "[[02-09-2019|D]]", "[[664154773|B]]", "kind")]:
            out.append("<tr>" + "".join(f"<td>{h(c)}</td>" for c in r) + "</tr>")
        out.append("</table>")
        out += [f"<h2>{h('Contactgegevens')}</h2>",
                rows([(h("E-mailadres"), h("[[roshni.sewtahal@outlook.com|E]]")),
                      (h("Telefoonnummer"), h("[[06 2971 4408|T]]")),
                      (h("Toestemming voor e-mail over deze aanvraag"), h("ja"))]),
                f"<h2>{h('Verklaring')}</h2>",
                "<div>" + h("Ik verklaar dat ik dit formulier naar waarheid heb ingevuld en dat ik toestemming heb "
                            "van de meeverhuizende partner. ☑") + "</div>",
                "<div class='foot'>" + h("Verzonden vanaf IP-adres [[83.161.27.204|O]] · formulier VHZ v3.2 · "
                                         "afgedrukt [[17-03-2026|dt]] 08:52 door [[bwentink|O]] (team "
                                         "Burgerzaken)\nVragen over uw verhuizing? Bel [[14 0229|gn]] of mail "
                                         "[[burgerzaken@hoorn.nl|mb]].") + "</div>"]
        return _page(FORM_CSS, "".join(out))
    return Doc("webformulier_verhuizing_doorgeven_hoorn.pdf", "formulier", "chromium", "bwentink",
               "Verhuizing VHZ-2026-041877", "2026-03-17", [], html=html,
               note="afgedrukte samenvatting van een webformulier ‘Verhuizing doorgeven’ (DigiD): voornamen en "
                    "achternaam in aparte velden (Surinaams-Hindoestaanse naam), BSN, geboortedatum dd-mm-jjjj, oud "
                    "en nieuw adres, meeverhuizers in een tabel met geboortedatum en BSN, vorige huurder met "
                    "voorletter, e-mail en 06-nummer, IP-adres en gebruikersnaam van de medewerker in de voetregel "
                    "(lakken, OTHER), referentienummer, corporatie, 14-nummer en mailbox (houden)")


# ------------------------------------------------------------------ slide print: project team (Chromium, landscape)

SLIDE_CSS = """
@page { size: A4 landscape; margin: 0; }
body { margin: 0; font-family: 'Liberation Sans', sans-serif; color: #222; }
.slide { position: relative; width: 297mm; height: 209mm; page-break-after: always; overflow: hidden; }
.slide:last-child { page-break-after: auto; }
.band { position: absolute; left: 0; top: 0; width: 297mm; height: 24mm; background: #c8102e; }
.title { position: absolute; left: 16mm; top: 6mm; font-size: 22pt; font-weight: bold; color: #fff; }
.cards { position: absolute; left: 16mm; top: 34mm; width: 265mm; display: flex; flex-wrap: wrap; gap: 7mm 8mm; }
.card { width: 80mm; display: flex; align-items: flex-start; }
.av { width: 17mm; height: 17mm; border-radius: 50%; background: #6b7c8f; color: #fff; font-size: 15pt;
      font-weight: bold; text-align: center; line-height: 17mm; margin-right: 4mm; flex: none; }
.av.photo { background: #c9ced6; color: #7a828c; font-size: 8pt; font-weight: normal; }
.nm { font-size: 12pt; font-weight: bold; }
.rl { font-size: 10pt; color: #555; margin: 1px 0; }
.ct { font-size: 9pt; color: #333; white-space: nowrap; }
.foot { position: absolute; left: 16mm; right: 16mm; bottom: 7mm; font-size: 8pt; color: #777;
        display: flex; justify-content: space-between; }
table.t { position: absolute; left: 16mm; top: 34mm; width: 265mm; border-collapse: collapse; font-size: 11pt; }
table.t th { background: #f3d3d9; text-align: left; padding: 4px 6px; }
table.t td { border-bottom: 1px solid #ddd; padding: 4px 6px; vertical-align: top; }
.note { position: absolute; left: 16mm; top: 128mm; width: 265mm; font-size: 11pt; line-height: 1.4; }
"""


def slides_projectteam_malburgen():
    team = [
        (None, "[[Nana Yeboah-Arends|oth]]", "wethouder Wonen, bestuurlijk opdrachtgever", ""),
        ("[[GA|I]]", "[[Godfried Aalderink|P]]", "projectleider gemeente Arnhem", "[[06 4418 2290|T]]"),
        ("[[XG|I]]", "[[Xiu Ying Guo|P]]", "omgevingsmanager", "[[x.guo@arnhem.nl|E]]"),
        ("[[TS|I]]", "[[Tomek Szymański|P]]", "wijkregisseur Malburgen-Oost", "[[06 2093 5517|T]]"),
        ("[[LB|I]]", "[[Leontien Baarspul|P]]", "projectleider [[Vivare|org]]", "[[l.baarspul@vivare.nl|E]]"),
        ("[[DH|I]]", "[[Durkje Hoekzema|P]]", "communicatieadviseur", "via het secretariaat"),
    ]

    def html(h):
        cards = []
        for av, nm, rl, ct in team:
            a = "<div class='av photo'>foto</div>" if av is None else f"<div class='av'>{h(av)}</div>"
            cards.append(f"<div class='card'>{a}<div><div class='nm'>{h(nm)}</div><div class='rl'>{h(rl)}</div>"
                         f"<div class='ct'>{h(ct)}</div></div></div>")
        s1 = ("<div class='slide'><div class='band'></div><div class='title'>" + h("Wie is wie – projectteam "
                                                                                  "Wijkvernieuwing Malburgen")
              + "</div><div class='cards'>" + "".join(cards) + "</div>"
              + "<div class='note' style='top:150mm'>" + h("Secretariaat: [[wijkvernieuwing@arnhem.nl|mb]] · "
                                                         "algemeen nummer [[14 026|gn]]") + "</div>"
              + "<div class='foot'><span>" + h("Bewonersavond Malburgen · [[12 maart 2026|dt]]")
              + "</span><span>2</span></div></div>")
        rows = [("Buurt", "Aanspreekpunt", "Spreekuur"),
                ("Malburgen-Oost (noord)", "[[Tomek|P]]", "dinsdag 9–11 uur, buurthuis"),
                ("Malburgen-Oost (zuid)", "[[Xiu Ying|P]]", "donderdag 14–16 uur, bouwkeet"),
                ("Huurders [[Vivare|org]]", "[[Leontien|P]]", "op afspraak"),
                ("Bewonerscommissie", "[[Ayşegül Taşdemir|P]] (voorzitter)", "eerste maandag van de maand")]
        tb = "<table class='t'>" + "".join(
            "<tr>" + "".join((f"<th>{h(c)}</th>" if i == 0 else f"<td>{h(c)}</td>") for c in r) + "</tr>"
            for i, r in enumerate(rows)) + "</table>"
        s2 = ("<div class='slide'><div class='band'></div><div class='title'>" + h("Aanspreekpunten per buurt")
              + "</div>" + tb
              + "<div class='note'>" + h("Vragen over de sloop van de flats aan de Huissensestraat? [[Godfried|P]] "
                                         "en [[Leontien|P]] houden op [[26 maart 2026|dt]] een inloop. Wethouder "
                                         "[[Yeboah-Arends|oth]] is daarbij aanwezig. Klachten over de bouw: "
                                         "[[Durkje|P]] of het secretariaat.") + "</div>"
              + "<div class='foot'><span>" + h("Bewonersavond Malburgen · [[12 maart 2026|dt]]")
              + "</span><span>3</span></div></div>")
        return _page(SLIDE_CSS, s1 + s2)
    return Doc("presentatie_wie_is_wie_wijkvernieuwing_malburgen.pdf", "presentatie", "chromium", "Hoekzema, D.",
               "Bewonersavond Malburgen", "2026-03-12", [], html=html,
               note="afdruk van twee dia’s (liggend, PowerPoint-stijl): teamdia met ronde avatars met initialen "
                    "naast naam, rol en 06-nummer of e-mail, wethouder met fotovak en dubbele naam (houden), "
                    "projectleider corporatie (lakken) naast de corporatie (houden), tabel met aanspreekpunten "
                    "alleen op voornaam (Chinese dubbele voornaam), voorzitter bewonerscommissie (Turkse naam), "
                    "secretariaatsmailbox en 14-nummer (houden), diapaginanummers")


# ------------------------------------------------------------------ weekly roster KCC (Chromium)

ROSTER_CSS = """
@page { size: A4; margin: 12mm 12mm 14mm 12mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9pt; color: #000; }
h1 { font-size: 13pt; margin: 0 0 2px 0; }
.sub { font-size: 8.5pt; color: #444; margin-bottom: 8px; }
table.r { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.r th { background: #1f3864; color: #fff; padding: 4px; border: 1px solid #1f3864; font-size: 9pt; }
table.r td { border: 1px solid #8ea9db; padding: 4px; height: 12mm; vertical-align: top; font-size: 9.5pt; }
table.r td.s { background: #d9e1f2; font-weight: bold; width: 30mm; font-size: 8.5pt; }
.leg { margin-top: 10px; font-size: 8.5pt; line-height: 1.5; }
.leg table { border-collapse: collapse; }
.leg td { padding: 1px 10px 1px 0; }
.foot { margin-top: 12px; font-size: 7.5pt; color: #555; }
"""


def rooster_kcc_dordrecht():
    days = ["ma [[30-03|dt]]", "di [[31-03|dt]]", "wo [[01-04|dt]]", "do [[02-04|dt]]", "vr [[03-04|dt]]"]
    grid = [
        ("Telefoon 08:30–12:30", ["[[Kemal|P]], [[Chitra|P]]", "[[Xander|P]], [[Hui Min|P]]",
                                  "[[Kemal|P]], [[Iwona|P]]", "[[Chitra|P]], [[Xander|P]]", "[[Hui Min|P]], [[Iwona|P]]"]),
        ("Telefoon 12:30–17:00", ["[[Xander|P]]", "[[Kemal|P]]", "[[Hui Min|P]]", "[[Iwona|P]]", "[[Kemal|P]]"]),
        ("Balie Stadskantoor", ["[[Iwona|P]]", "[[Chitra|P]]", "[[Xander|P]]", "[[Kemal|P]]", "[[Chitra|P]]"]),
        ("Chat en WhatsApp", ["[[Hui Min|P]]", "[[Iwona|P]]", "[[Chitra|P]]", "[[Hui Min|P]]", "[[Xander|P]]"]),
        ("Afwezig", ["[[Sunil|P]] (verlof)", "[[Sunil|P]] (verlof)", "[[Quirine|P]] (cursus)", "–", "–"]),
    ]

    def html(h):
        out = [f"<h1>{h('Rooster Klantcontactcentrum – week 14')}</h1>",
               "<div class='sub'>" + h("Gemeente Dordrecht · Stadskantoor, [[Spuiboulevard 300|pl]] · versie 2, "
                                       "gemaakt door [[Willemien Scheer|P]]") + "</div>",
               "<table class='r'><tr><th></th>" + "".join(f"<th>{h(d)}</th>" for d in days) + "</tr>"]
        for slot, cells in grid:
            out.append(f"<tr><td class='s'>{h(slot)}</td>" + "".join(f"<td>{h(c)}</td>" for c in cells) + "</tr>")
        out.append("</table>")
        legend = [("[[Kemal Doğanay|P]]", "coördinator van dienst, bereikbaar via de teamtelefoon"),
                  ("[[Chitra Dewkoemar|P]]", "32 uur"), ("[[Xander Stroosnijder|P]]", "36 uur"),
                  ("[[Hui Min Chong|P]]", "24 uur, ook backoffice Parkeren"), ("[[Iwona Grabowska|P]]", "32 uur"),
                  ("[[Sunil Gangaram|P]]", "verlof t/m [[31-03|dt]]"),
                  ("[[Quirine Fokkens|P]]", "cursus Klantgericht schrijven")]
        out.append("<div class='leg'><b>Team</b><table>" + "".join(
            f"<tr><td>{h(a)}</td><td>{h(b)}</td></tr>" for a, b in legend) + "</table></div>")
        out.append("<div class='leg'>" + h("Ruilen alleen na overleg met de teamleider ([[Willemien|P]], "
                                           "[[06 5102 8836|T]]). Storing telefonie: meld het bij de servicedesk "
                                           "([[servicedesk@dordrecht.nl|mb]]). Publieksnummer: [[14 078|gn]].")
                   + "</div>")
        out.append("<div class='foot'>" + h("Afgedrukt [[27-03-2026|dt]] · KCC-rooster 2026 · blad week 14")
                   + "</div>")
        return _page(ROSTER_CSS, "".join(out))
    return Doc("rooster_klantcontactcentrum_week14_dordrecht.pdf", "tabel", "chromium", "Scheer, W.",
               "Rooster KCC week 14", "2026-03-27", [], html=html,
               note="weekrooster van een klantcontactcentrum: raster met alleen voornamen per dagdeel (ook een "
                    "Chinese dubbele voornaam, ‘(verlof)’, ‘(cursus)’), legenda met volledige namen (Turkse, "
                    "Surinaamse, Poolse naam), teamleider met 06-nummer en voornaam (lakken), stadskantooradres, "
                    "servicedeskmailbox en 14-nummer (houden), datums als dd-mm")


# ------------------------------------------------------------------ CRM contact history (Chromium)

CRM_CSS = """
@page { size: A4; margin: 12mm 14mm 14mm 14mm; }
body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-size: 8.5pt; color: #1b1b1b; }
.app { background: #3a3f44; color: #fff; padding: 4px 8px; font-size: 9pt; display: flex; justify-content: space-between; }
.kb { border: 1px solid #9aa3ab; margin: 8px 0; padding: 6px 8px; background: #f5f7f9; }
.kb table td { padding: 1px 10px 1px 0; vertical-align: top; }
.kb .l { color: #555; }
h2 { font-size: 10pt; margin: 10px 0 4px 0; }
table.h { border-collapse: collapse; width: 100%; }
table.h th { background: #dfe4e8; text-align: left; padding: 3px; border: 1px solid #b7c0c7; }
table.h td { border: 1px solid #cfd6db; padding: 3px; vertical-align: top; line-height: 1.35; }
.nw { white-space: nowrap; }
.foot { margin-top: 10px; font-size: 7.5pt; color: #666; }
"""


def crm_contacthistorie_almere():
    hist = [
        ("[[03-03-2026|dt]] 09:14", "telefoon", "[[asarpong|O]]",
         "Klant belt over de afwijzing van kwijtschelding gemeentelijke belastingen (zaak [[Z26-118402|ken]]). "
         "Begrijpt de brief niet. Uitgelegd dat bankafschriften van drie maanden ontbreken. Doorgezet naar "
         "backoffice Belastingen, t.a.v. [[Ratih|P]]."),
        ("[[05-03-2026|dt]] 14:02", "e-mail", "[[rlestari|O]]",
         "Uitleg per mail gestuurd vanuit [[belastingen@almere.nl|mb]]; termijn aanleveren tot [[19-03-2026|dt]]."),
        ("[[11-03-2026|dt]] 10:40", "balie", "[[asarpong|O]]",
         "Klant aan de balie met dochter [[Elanur|P]], die namens hem het woord doet (machtiging in dossier). "
         "Afschriften ingenomen en gescand. Klant vraagt ook naar hulp bij schulden; verwezen naar "
         "[[Schuldhulpverlening Almere|org]] en het wijkteam."),
        ("[[12-03-2026|dt]] 16:55", "telefoon", "[[bsusilo|O]]",
         "Terugbelverzoek: dochter wil door [[Ratih Lestari|P]] worden gebeld op [[06 4072 1938|T]] (na 15 uur). "
         "Vraagt of de buurman, de heer [[Oosterbaan|P]], als getuige mag tekenen voor de machtiging: nee."),
        ("[[18-03-2026|dt]] 11:20", "brief", "systeem",
         "Herzien besluit kwijtschelding verzonden (zaak [[Z26-118402|ken]]). Status: afgehandeld."),
    ]

    def html(h):
        out = ["<div class='app'><span>KlantBeeld 4.2 – Gemeente Almere</span><span>"
               + h("ingelogd: [[bsusilo|O]]") + "</span></div>",
               "<div class='kb'><table>"]
        kb = [("Klant", "[[Volkan Kahraman|P]]"), ("BSN", "[[437842836|B]]"), ("Geboren", "[[14-06-1968|D]]"),
              ("Adres", "[[Operetteweg 41|A]], [[1323 VB|Z]] Almere"), ("Telefoon", "[[036 521 77 04|T]]"),
              ("Gekoppeld", "[[Elanur Kahraman|P]] (dochter, gemachtigde)"),
              ("Signaal", "betalingsachterstand – zie wijkteam")]
        for k, v in kb:
            out.append(f"<tr><td class='l'>{h(k)}</td><td>{h(v)}</td></tr>")
        out.append("</table></div>")
        out.append(f"<h2>{h('Contacthistorie (5)')}</h2>")
        out.append("<table class='h'><tr><th style='width:24mm'>Datum/tijd</th><th style='width:15mm'>Kanaal</th>"
                   "<th style='width:19mm'>Medewerker</th><th>Notitie</th></tr>")
        for d, k, m, n in hist:
            out.append(f"<tr><td class='nw'>{h(d)}</td><td>{h(k)}</td><td>{h(m)}</td><td>{h(n)}</td></tr>")
        out.append("</table>")
        out.append("<div class='foot'>" + h("Afgedrukt [[20-03-2026|dt]] 09:03 door [[bsusilo|O]] · "
                                            "vertrouwelijk · KCC Almere [[14 036|gn]]") + "</div>")
        return _page(CRM_CSS, "".join(out))
    return Doc("crm_contacthistorie_kwijtschelding_almere.pdf", "formulier", "chromium", "bsusilo",
               "KlantBeeld contacthistorie", "2026-03-20", [], html=html,
               note="afdruk van een klantbeeld uit een CRM-systeem: klant met BSN, geboortedatum, adres en vast "
                    "nummer (Turkse naam), dochter als gemachtigde met voornaam en 06-nummer, buurman met "
                    "achternaam, medewerkers alleen als gebruikersnaam (‘asarpong’, ‘rlestari’, ‘bsusilo’; lakken, "
                    "OTHER) en één medewerker met voor- en achternaam in de notitie, zaaknummer, mailbox, "
                    "schuldhulporganisatie en 14-nummer (houden)")


def docs():
    return [webformulier_verhuizing_hoorn(), slides_projectteam_malburgen(), rooster_kcc_dordrecht(),
            crm_contacthistorie_almere()]
