"""E-mail: a long thread with quoted replies (Chromium, webmail print), an Outlook desktop print with
'namens' / 'Verzonden namens' (reportlab) and a citizen's e-mail with an address block and phone numbers."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401

THREAD_CSS = """
@page { size: A4; margin: 15mm 18mm 18mm 18mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #111; }
.top { border-bottom: 2px solid #444; padding-bottom: 6px; margin-bottom: 10px; }
.top .app { font-size: 8pt; color: #777; }
.top .subj { font-size: 13pt; font-weight: bold; margin-top: 4px; }
.hdr { font-size: 9pt; margin-bottom: 8px; }
.hdr td { padding: 0 8px 1px 0; vertical-align: top; }
.hdr td.l { color: #555; width: 60px; }
p { margin: 0 0 7px 0; }
.q { border-left: 2px solid #9aa; padding-left: 8px; color: #333; margin: 6px 0 6px 0; }
.q .q { border-left-color: #c9a; }
.att { margin-top: 10px; font-size: 8.5pt; color: #555; }
"""


def thread_html(h, subject, hdr, paras, quotes, footer):
    """quotes: nested list [(intro, paras, inner_quotes)]"""
    def quote(q):
        intro, ps, inner = q
        s = f"<p>{h(intro)}</p><div class='q'>" + "".join(f"<p>{h(p)}</p>" for p in ps)
        for i in inner:
            s += quote(i)
        return s + "</div>"
    out = [f"<html><head><meta charset='utf-8'><style>{THREAD_CSS}</style></head><body>"]
    out.append(f"<div class='top'><div class='app'>Webmail gemeente Apeldoorn – afdrukweergave</div>"
               f"<div class='subj'>{h(subject)}</div></div>")
    out.append("<table class='hdr'>" + "".join(f"<tr><td class='l'>{h(k)}</td><td>{h(v)}</td></tr>"
                                               for k, v in hdr) + "</table>")
    out.append("".join(f"<p>{h(p)}</p>" for p in paras))
    for q in quotes:
        out.append(quote(q))
    out.append(f"<div class='att'>{h(footer)}</div></body></html>")
    return "".join(out)


def email_thread_bomenkap():
    def html(h):
        q3 = ("Op ma 11 mrt 2024 om 21:47 schreef [[Wouter Zomer|P]] <[[w.zomer1974@gmail.com|E]]>:",
              ["Geachte heer, mevrouw,",
               "Vanmiddag zag ik dat er rode stippen op vier eiken in de Jachtlaan zijn gezet, tegenover "
               "ons huis ([[Jachtlaan 212|A]], [[7313 CZ|Z]]). Niemand in de straat weet waarom. Gaan die bomen "
               "weg? Wij hebben daar geen bericht over gehad.",
               "Met vriendelijke groet,\n[[Wouter Zomer|P]]\n[[06 27 53 18 40|T]]"], [])
        q2 = ("Op di 12 mrt 2024 om 10:12 schreef [[Mirjam Roodbergen|P]] <[[m.roodbergen@apeldoorn.nl|E]]>:",
              ["Beste meneer [[Zomer|P]],",
               "Dank voor uw bericht. De stippen zijn gezet na de jaarlijkse boomveiligheidscontrole. Twee van de "
               "vier eiken hebben last van de eikenprocessierups én van een zwam aan de stamvoet. Mijn collega "
               "[[Thijs Oomen|P]] van het team Bomen doet deze week een nader onderzoek. Pas daarna wordt besloten "
               "of de bomen gekapt moeten worden. Zo ja, dan ontvangt u een brief en is er een "
               "omgevingsvergunning nodig waartegen u bezwaar kunt maken.",
               "Met vriendelijke groet,\n[[Mirjam Roodbergen|P]]\nadviseur openbare ruimte | gemeente Apeldoorn\n"
               "T [[055 580 19 27|T]] (ma, di, do)"], [q3])
        q1 = ("Op di 12 mrt 2024 om 13:05 schreef [[Wouter Zomer|P]] <[[w.zomer1974@gmail.com|E]]>:",
              ["Beste mevrouw [[Roodbergen|P]],",
               "Dank voor de snelle reactie. Kan ik bij het onderzoek van de heer [[Oomen|P]] aanwezig zijn? Mijn "
               "buurvrouw, [[Grietje Lansink|P]], heeft in 2019 een rapport laten maken over deze bomen (zij was "
               "toen voorzitter van de bewonersvereniging). Volgens dat rapport waren ze kerngezond.",
               "Ik werk thuis op dinsdag en donderdag. U kunt mij ook bellen op mijn werk: [[055 743 06 12|T]].",
               "Groet,\n[[Wouter|P]]"], [q2])
        paras = ["Beste [[Wouter|P]] (als ik zo vrij mag zijn),",
                 "[[Thijs|P]] heeft het onderzoek gisteren al gedaan; ik had het u eerder moeten laten weten. "
                 "Uitkomst: één eik (boom nr. [[BA-08812|ken]]) moet om veiligheidsredenen worden gekapt, de andere "
                 "drie krijgen een snoeibeurt. Het rapport van mevrouw [[Lansink|P]] hebben wij niet in ons "
                 "archief. Als u het heeft, ontvangen wij graag een kopie via [[bomen@apeldoorn.nl|mb]] zodat "
                 "[[Thijs|P]] het kan vergelijken.",
                 "Voor de kap wordt een vergunning aangevraagd. De aanvraag wordt gepubliceerd op "
                 "[[www.officielebekendmakingen.nl|gn]]; u kunt dan een zienswijze indienen. Bij spoed (bijv. een "
                 "tak die op de weg ligt) belt u [[14 055|gn]], ook buiten kantoortijd.",
                 "Met vriendelijke groet,\n[[Mirjam|P]]"]
        hdr = [["Van", "[[Mirjam Roodbergen|P]] <[[m.roodbergen@apeldoorn.nl|E]]>"],
               ["Aan", "[[Wouter Zomer|P]] <[[w.zomer1974@gmail.com|E]]>"],
               ["Cc", "[[Thijs Oomen|P]] <[[t.oomen@apeldoorn.nl|E]]>; [[Team Bomen|mb]] "
                      "<[[bomen@apeldoorn.nl|mb]]>"],
               ["Datum", "woensdag [[13 maart 2024|dt]] 08:41"]]
        return thread_html(h, "Re: Re: Re: Rode stippen eiken Jachtlaan", hdr, paras, [q1],
                           "Zaaknummer [[Z24.031187|ken]] · dit bericht is opgeslagen in het zaaksysteem")
    return Doc("email_thread_bomen_jachtlaan.pdf", "email", "chromium", "m.roodbergen",
               "Re: Re: Re: Rode stippen eiken Jachtlaan", "2024-03-13", [], html=html,
               note="webmail-print van een keten met geneste citaten (‘Op di 12 mrt 2024 om 10:12 schreef …:’), "
                    "inwoner Zomer (voornaam en achternaam los), ambtenaren, werknummer en mobiel")


def outlook_namens():
    mono_hdr = lambda rows: KV(rows, label_w=0.2, size=9.5)  # noqa: E731
    body = [
        P("**[[Lie-A-Ling, Joyce|P]]**", size=12, space_after=2),
        HR(),
        mono_hdr([["Van:", "[[Lie-A-Ling, Joyce|P]] namens [[Roelofsen, Harm|oth]]"],
                  ["Verzonden:", "donderdag [[6 juni 2024|dt]] 17:22"],
                  ["Aan:", "[[Wijkteam Noord|mb]]; [[Pauwels, Esther|P]]"],
                  ["CC:", "[[Secretariaat Burgemeester|mb]]; [[Gerritsen-Aksoy, Mehmet|P]]"],
                  ["Onderwerp:", "Bezoek burgemeester Batavierenbuurt 18 juni – aandachtspunten"],
                  ["Bijlagen:", "programma_bezoek_v3.docx"]]),
        P("Beste [[Esther|P]],"),
        P("Namens burgemeester [[Roelofsen|oth]] stuur ik je de aandachtspunten voor het werkbezoek aan de "
          "Batavierenbuurt op [[18 juni 2024|dt]]. De burgemeester wil graag met drie bewoners persoonlijk "
          "spreken. Jij hebt de volgende namen doorgegeven:"),
        P("1. Mevrouw [[Dilnoza Rahimova|P]] ([[Batavierenstraat 7|A]]), die de buurtmoestuin is begonnen;\n"
          "2. De heer [[Piet van Eerd|P]], 84 jaar, al sinds 1961 in de wijk;\n"
          "3. Het gezin [[Ploegmakers|P]] van de [[Ubbergseweg 55|A]], dat betrokken was bij de brand van vorig jaar."),
        P("Kun je bij mevrouw [[Rahimova|P]] nagaan of zij het goed vindt dat er een fotograaf bij is? Zij gaf "
          "eerder aan daar moeite mee te hebben. Haar nummer heb ik niet; jij wel, toch?"),
        P("[[Mehmet|P]] zorgt voor de route en de veiligheid. De burgemeester komt met de dienstauto, die bij de "
          "Lindenberg geparkeerd kan worden."),
        P("Groet,\n[[Joyce|P]]"),
        P("[[Joyce Lie-A-Ling|P]] | managementassistent burgemeester | gemeente Nijmegen\n"
          "[[024 329 21 76|T]] | [[j.lieaaling@nijmegen.nl|E]]\n"
          "Bereikbaar ma t/m do · Algemeen: [[14 024|gn]]", "small"),
        Sp(3),
        HR(),
        P("**Van:** [[Pauwels, Esther|P]]\n**Verzonden:** dinsdag [[4 juni 2024|dt]] 09:03\n"
          "**Aan:** [[Lie-A-Ling, Joyce|P]]\n**Onderwerp:** RE: werkbezoek", "small"),
        P("Hoi [[Joyce|P]], zie mijn voorstel hierboven verwerkt. Het gezin [[Ploegmakers|P]] wil alleen als de "
          "kinderen er niet bij hoeven te zijn. Groet, [[Esther|P]]", "small"),
        Sp(2),
        HR(),
        P("**Van:** Wijkteam Noord\n**Verzonden namens:** [[Pauwels, Esther|P]]\n**Verzonden:** vrijdag "
          "[[31 mei 2024|dt]] 15:48\n**Aan:** [[Secretariaat Burgemeester|mb]]\n**Onderwerp:** werkbezoek", "small"),
        P("Beste secretariaat, het wijkteam denkt graag mee over het werkbezoek. Reacties graag naar "
          "[[wijkteamnoord@nijmegen.nl|mb]]. Met vriendelijke groet, Wijkteam Noord", "small"),
    ]
    return Doc("outlook_namens_werkbezoek.pdf", "email", "rl-ttf", "Lie-A-Ling, Joyce",
               "Bezoek burgemeester Batavierenbuurt", "2024-06-06", body, font="LiberationSans", size=10,
               running=[Running("Afgedrukt door [[Lie-A-Ling, Joyce|P]] op 6-6-2024", "header", "all", "left", 7.5),
                        Running("{page}", "footer", "all", "center", 7.5)],
               opts={"margins": (20, 20, 22, 20), "creator": "Microsoft® Outlook® voor Microsoft 365"},
               note="Outlook-print ‘X namens Burgemeester’ en ‘Verzonden namens’; burgemeester in omgekeerde "
                    "weergavenaam (houden), bewoners met adres, gezinsnaam; naam afdrukker in koptekst")


def burger_email():
    body = [
        KV([["From:", "[[Bogdana Wiśniewska-Terpstra|P]] <[[bogdana.terpstra@outlook.com|E]]>"],
            ["Sent:", "Sunday, [[January 19, 2025|dt]] 11:26 PM"],
            ["To:", "[[info@gemeentewesterkwartier.nl|mb]]"],
            ["Subject:", "Aanvraag gehandicaptenparkeerkaart + vraag over vuilcontainer"]],
           label_w=0.14, size=9, bold_labels=True),
        HR(),
        P("Goedenavond,"),
        P("Mijn naam is [[Bogdana Wiśniewska-Terpstra|P]]. Ik schrijf namens mijn vader, [[Tjalling Terpstra|P]], "
          "geboren [[14-11-1941|D]]. Hij woont sinds kort bij ons in, omdat hij na een beroerte niet meer "
          "zelfstandig kan wonen. Ons adres is:"),
        P("[[Hoofdstraat 61a|A]]\n[[9831 PC|Z]] Aduard"),
        P("Ik wil voor hem een gehandicaptenparkeerkaart (passagierskaart) aanvragen. Op de website lees ik dat "
          "er een keuring nodig is. Kan die bij ons thuis plaatsvinden? Mijn vader kan niet lang zitten. Zijn "
          "huisarts is dokter [[Ellens|P]] in Zuidhorn. De auto waarmee wij hem vervoeren heeft kenteken "
          "[[R-772-SN|L]]."),
        P("Zijn BSN is [[180347238|B]] (ik weet niet of u dat nodig heeft, maar dan heeft u het alvast)."),
        P("Tweede vraag: wij hebben nu één grijze container voor twee huishoudens. Kunnen wij een tweede "
          "container krijgen? Vorige week heeft uw medewerker, ik meen dat hij [[Jelmer|P]] heette, gezegd "
          "dat hij het zou doorgeven, maar ik hoorde niets meer."),
        P("Overdag ben ik lastig bereikbaar (ik werk in ploegendienst in het UMCG), maar na 17.00 uur altijd."),
        P("Bij voorbaat dank!"),
        P("Met vriendelijke groet,"),
        P("[[Bogdana Wiśniewska-Terpstra|P]]\n–\nmob. [[+31 (0)6 535 808 21|T]]\nvast [[0594 - 61 28 75|T]]\n"
          "“Wie zijn vader eert, eert zichzelf” – verstuurd vanaf mijn iPhone", "small"),
        Sp(4),
        HR(),
        P("Doorgezet door KCC naar team Wmo en team Afval op [[20-01-2025|dt]] (registratie [[KCC-250120-0148|ken]]) "
          "door [[HvdL|I]].", "small"),
    ]
    return Doc("email_inwoner_parkeerkaart.pdf", "email", "rl-ttf", "KCC",
               "Aanvraag gehandicaptenparkeerkaart", "2025-01-20", body, font="DejaVuSans", size=9.5,
               opts={"margins": (22, 22, 20, 20), "creator": "Microsoft® Outlook® voor Microsoft 365"},
               note="e-mail van inwoner (Engelstalige kopregels): Pools-Friese dubbele naam, vader met "
                    "geboortedatum en BSN, adresblok, kenteken, telefoon met ‘+31 (0)6’ en ‘0594 - ’, "
                    "voornaam ambtenaar, huisarts, paraaf KCC")


def docs():
    return [email_thread_bomenkap(), outlook_namens(), burger_email()]
