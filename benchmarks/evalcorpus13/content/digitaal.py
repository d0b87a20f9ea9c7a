"""E-mail prints: an omgevingsdienst forward of a citizen's report (reportlab TTF, DejaVu Sans), a provincial chain
about a ferry breakdown (reportlab TTF, Liberation Sans Narrow), a forwarded parent's complaint about school
transport printed from Outlook via Word (python-docx -> LibreOffice) and a ministry chain about Kamervragen
(reportlab, Helvetica)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def _hdr(rows, size=9):
    return KV(rows, label_w=0.15, size=size, bold_labels=True)


# ------------------------------------------------------------------ ODZOB, asbest, doorgestuurd (rl-ttf)

def email_odzob_asbest():
    body = [
        P("**[[Scheper, Fardau|P]]**", size=11, space_after=2),
        HR(),
        _hdr([("Van:", "[[Scheper, Fardau|P]] <[[f.scheper@odzob.nl|E]]>"),
              ("Verzonden:", "woensdag [[11 maart 2026|dt]] 08:52"),
              ("Aan:", "[[Bayram, Hakan|P]] <[[h.bayram@odzob.nl|E]]>"),
              ("CC:", "Handhaving Deurne <[[handhaving@deurne.nl|mb]]>"),
              ("Onderwerp:", "RE: FW: melding asbest brandend in tuin – [[Z2026-11873|ken]]")]),
        P("Hoi [[Hakan|P]],"),
        P("Dank voor je snelle actie. Ik wil dit dossier graag bij jou laten. Wil je de buurman, de heer "
          "[[Kemperman|P]], schriftelijk laten weten dat hij het restant van de golfplaten binnen twee weken "
          "door een gecertificeerd bedrijf moet laten afvoeren? Als hij dat niet doet, starten we een last onder "
          "dwangsom. Ik heb wethouder [[Ceren Ergün|oth]] van Deurne gisteren kort ingelicht, omdat zij ook door "
          "andere buren is gebeld."),
        P("Mevrouw [[Sikora|P]] krijgt van ons een terugkoppeling. Wil jij haar bellen? Zij is overdag "
          "bereikbaar."),
        P("Groet,\n[[Fardau|P]]"),
        P("[[Fardau Scheper|P]] | teamleider Toezicht en Handhaving\nOmgevingsdienst Zuidoost-Brabant\n"
          "M [[06 2290 4417|T]] | T [[040 259 81 00|gn]] (algemeen) | [[www.odzob.nl|gn]]", size=8),
        HR(),
        _hdr([("Van:", "[[Bayram, Hakan|P]] <[[h.bayram@odzob.nl|E]]>"),
              ("Verzonden:", "dinsdag [[10 maart 2026|dt]] 16:37"),
              ("Aan:", "[[Scheper, Fardau|P]] <[[f.scheper@odzob.nl|E]]>"),
              ("Onderwerp:", "FW: melding asbest brandend in tuin – [[Z2026-11873|ken]]")]),
        P("Hoi [[Fardau|P]],"),
        P("Ter info. Ik ben vanmiddag bij het adres geweest. In de tuin van de heer [[Kemperman|P]] lag een "
          "stapel gebroken golfplaten naast een vuurkorf. Er was niets meer aan het branden. Ik heb een monster "
          "genomen; de uitslag komt donderdag. De heer [[Kemperman|P]] zegt dat het dak van zijn schuur in "
          "januari is gesloopt door [[Sloopbedrijf Gebr. Baltus|org]] en dat hij alleen ‘wat resten’ heeft "
          "verbrand. Het sloopbedrijf heeft volgens hem een melding gedaan; die kan ik niet vinden in het "
          "Omgevingsloket."),
        P("Kun jij bepalen of we handhaven of eerst een waarschuwing geven? De melding van mevrouw "
          "[[Sikora|P]] staat hieronder."),
        P("Gr. [[Hakan|P]]"),
        P("[[Hakan Bayram|P]] | toezichthouder milieu\nM [[06 3851 2270|T]] | [[h.bayram@odzob.nl|E]]",
          size=8),
        HR(),
        _hdr([("Van:", "Informatie ODZOB <[[info@odzob.nl|mb]]>"),
              ("Verzonden:", "dinsdag [[10 maart 2026|dt]] 09:05"),
              ("Aan:", "[[Bayram, Hakan|P]] <[[h.bayram@odzob.nl|E]]>"),
              ("Onderwerp:", "FW: melding asbest brandend in tuin")]),
        P("Melding via het webformulier, doorgestuurd naar toezicht. Zaak aangemaakt: [[Z2026-11873|ken]]."),
        P("Met vriendelijke groet,\nTeam Informatie ODZOB", size=9),
        HR(),
        _hdr([("Van:", "[[Wiktoria Sikora|P]] <[[wiktoria.sikora@outlook.com|E]]>"),
              ("Verzonden:", "maandag [[9 maart 2026|dt]] 21:48"),
              ("Aan:", "[[info@odzob.nl|mb]]"),
              ("Onderwerp:", "melding asbest brandend in tuin")]),
        P("Geachte heer, mevrouw,"),
        P("Mijn buurman op nummer 25 verbrandt sinds zaterdag golfplaten in een vuurkorf. Ik denk dat er asbest "
          "in zit, want het dak van zijn schuur was heel oud. De rook komt zo in onze tuin, waar mijn kinderen "
          "spelen. Ik heb hem er zelf op aangesproken, maar hij zegt dat het geen asbest is."),
        P("Mijn adres is [[Molenakker 23|A]], [[5753 CL|Z]] Deurne. U kunt mij bellen op "
          "[[06 1927 6648|T]]. Ik heb foto’s gemaakt, die kan ik mailen."),
        P("Met vriendelijke groet,\n[[Wiktoria Sikora|P]]"),
    ]
    return Doc("email_odzob_asbest_melding_doorgestuurd.pdf", "email", "rl-ttf", "Scheper, F.",
               "RE: FW: melding asbest brandend in tuin", "2026-03-11", body, font="DejaVuSans", size=9,
               running=[Running("Afgedrukt door [[Scheper, Fardau|P]] – [[11-03-2026|dt]] – pagina {page}",
                                "footer", "all", "left", 7)],
               opts={"margins": (20, 20, 18, 20)},
               note="Outlook-print van een keten (melding van een inwoner met Poolse naam, doorgestuurd via de "
                    "infomailbox naar een toezichthouder en de teamleider): weergavenamen ‘Achternaam, Voornaam’ "
                    "(ook in de titelregel en ‘Afgedrukt door’), voornamen in aanhef en groet (‘Gr. Hakan’), "
                    "mobiel naast algemeen nummer, buurman met achternaam, adres en 06-nummer van de melder, "
                    "sloopbedrijf met familienaam en wethouder (houden), functionele mailboxen")


# ------------------------------------------------------------------ Zeeland, veerdienst (rl-ttf narrow)

def email_zeeland_veerdienst():
    body = [
        P("**[[Tjalma, Jiskje|P]]**", size=11, space_after=2),
        HR(),
        _hdr([("Van:", "[[Sling, Shurendy|P]]"),
              ("Verzonden:", "vrijdag [[7 augustus 2026|dt]] 14:12"),
              ("Aan:", "[[Tjalma, Jiskje|P]]"),
              ("CC:", "Piket Veerdienst; Secretariaat gedeputeerde [[Deniz Uçar|oth]]"),
              ("Onderwerp:", "RE: storing Prins Willem-Alexander – reactie reiziger")], size=8.5),
        P("[[Jiskje|P]],"),
        P("Update voor de gedeputeerde en het persbericht. De monteur heeft de boegschroef vervangen en de proefvaart "
          "om 13.30 uur was goed. Kapitein [[Kołodziej|P]] heeft bevestigd dat de boot morgen vanaf de eerste "
          "afvaart (06.10 uur) weer volgens dienstregeling vaart. De [[Koningin Máxima|org]] blijft tot en met zondag "
          "als extra boot in de vaart, zodat de wachtrijen in Breskens en Vlissingen kunnen worden weggewerkt."),
        P("Voor het persbericht kun je het algemene nummer van de veerdienst noemen ([[0118 46 59 05|gn]]) en de "
          "website. Zet er alsjeblieft geen namen van de bemanning in; de kapitein wil niet in de krant. Reizigers "
          "die kosten hebben gemaakt, kunnen een declaratie indienen via [[veerdienst@zeeland.nl|mb]]. De "
          "klachten die vandaag zijn binnengekomen (17 stuks) pak ik maandag op met de rederij."),
        P("Dank voor het snelle werk vandaag.\n[[Shurendy|P]]"),
        P("[[Shurendy Sling|P]] | Piket Veerdienst | M [[06 2063 7714|T]]", size=8.5),
        HR(),
        _hdr([("Van:", "[[Tjalma, Jiskje|P]]"),
              ("Verzonden:", "vrijdag [[7 augustus 2026|dt]] 11:20"),
              ("Aan:", "[[Sling, Shurendy|P]]; Piket Veerdienst"),
              ("CC:", "Communicatie Provincie Zeeland; [[pers@zeeland.nl|mb]]"),
              ("Onderwerp:", "RE: storing [[Prins Willem-Alexander|org]] – reactie reiziger")], size=8.5),
        P("Hi [[Shurendy|P]],"),
        P("Ik heb een reactie voor mevrouw [[Nugroho|P]] klaargezet (zie onder). Gedeputeerde "
          "[[Deniz Uçar|oth]] wil vanmiddag om 15.00 uur een update, omdat [[Omroep Zeeland|org]] heeft gebeld. "
          "Kun jij vóór 14.30 uur laten weten of de boot morgen weer vaart? Dan zet ik dat in het persbericht."),
        P("Tekst voor mevrouw [[Nugroho|P]]: ‘Beste mevrouw [[Nugroho|P]], wat vervelend dat u gisteren twee uur "
          "in Breskens heeft moeten wachten. De storing aan de boegschroef kwam onverwacht. U kunt de kosten van "
          "uw taxi declareren via het formulier op onze website.’"),
        P("Groet, [[Jiskje|P]]\n[[Jiskje Tjalma|P]] – adviseur communicatie – [[06 4718 2095|T]]", size=8.5),
        HR(),
        _hdr([("Van:", "[[Sling, Shurendy|P]]"),
              ("Verzonden:", "vrijdag [[7 augustus 2026|dt]] 09:02"),
              ("Aan:", "[[Tjalma, Jiskje|P]]"),
              ("Onderwerp:", "FW: storing Prins Willem-Alexander – reactie reiziger")], size=8.5),
        P("[[Jiskje|P]], kun jij deze oppakken? Zie de mail van mevrouw [[Nugroho|P]] hieronder. Stand van zaken "
          "storing: kapitein [[Jakub Kołodziej|P]] van [[Westerschelde Ferry|org]] meldt dat de monteur van de "
          "werf vanochtend aan boord is gegaan. Zodra ik meer weet, hoor je het van me. Ik heb ook "
          "[[Kołodziej|P]] gevraagd om een kort verslag voor de gedeputeerde."),
        P("Voor reizigers: de snelle fietsboot vaart volgens dienstregeling; de informatielijn is "
          "[[0118 46 59 05|gn]]."),
        P("[[Shurendy Sling|P]]\nPiket Veerdienst, Provincie Zeeland\nM [[06 2063 7714|T]]", size=8.5),
        HR(),
        _hdr([("Van:", "[[Lakshmi Nugroho|P]] <[[lnugroho@zeelandnet.nl|E]]>"),
              ("Verzonden:", "donderdag [[6 augustus 2026|dt]] 22:15"),
              ("Aan:", "[[veerdienst@zeeland.nl|mb]]"),
              ("Onderwerp:", "klacht veerboot")], size=8.5),
        P("Geachte heer/mevrouw,"),
        P("Vandaag stond ik met mijn moeder van 87 twee uur te wachten in Breskens. Er was geen informatie en geen "
          "plek om te zitten. Uiteindelijk hebben wij een taxi genomen via de tunnel, dat kostte € 96. Ik wil "
          "dat bedrag graag terug. Mijn telefoonnummer is [[06 5532 0186|T]]."),
        P("Met vriendelijke groet,\n[[Lakshmi Nugroho|P]]\n[[Badhuisstraat 41|A]], [[4381 LM|Z]] Vlissingen"),
    ]
    return Doc("email_zeeland_veerdienst_storing.pdf", "email", "rl-ttf", "Tjalma, J.",
               "RE: storing Prins Willem-Alexander", "2026-08-07", body, font="LiberationSansNarrow", size=9.5,
               opts={"margins": (22, 22, 18, 18)},
               note="Outlook-print van een korte keten bij een provincie (Liberation Sans Narrow): weergavenamen "
                    "zonder e-mailadres, voornamen in aanhef, ‘Hi Shurendy’, kapitein van de veerdienst met Poolse "
                    "naam (lakken) naast de rederij en een veerboot met de naam van een persoon (houden), reiziger "
                    "met Indonesische naam, adres, 06-nummer en e-mail, gedeputeerde en omroep (houden), "
                    "informatielijn en functionele mailboxen")


# ------------------------------------------------------------------ Emmen, leerlingenvervoer (lo)

def email_emmen_leerlingenvervoer():
    body = [
        P("**[[Frerichs, Lolke|P]]**", size=12, space_after=2),
        HR(),
        _hdr([("Van:", "Planning Taxi Hondebrink <[[planning@taxihondebrink.nl|mb]]>"),
              ("Verzonden:", "dinsdag [[20 oktober 2026|dt]] 15:26"),
              ("Aan:", "[[Frerichs, Lolke|P]]"),
              ("CC:", "[[Karijopawiro, Usha|P]]"),
              ("Onderwerp:", "RE: FW: klacht vervoer [[Navin|P]] – rit De Wegwijzer – [[LLV-26-3318|ken]]")],
             size=9),
        P("Beste [[Lolke|P]],"),
        P("Dank voor je mail. Hieronder onze reactie op je vragen."),
        P("Op [[14 oktober|dt]] en [[15 oktober|dt]] reed een invalchauffeur, omdat de vaste chauffeur ziek was. "
          "De invaller heeft de route in de verkeerde volgorde gereden. Dat had niet mogen gebeuren.", "bullet"),
        P("Meneer [[Greving|P]] heeft op woensdag getankt met de kinderen in de bus. Hij zegt dat hij de bus niet "
          "heeft verlaten, maar de kinderen konden hem niet zien omdat hij bij de kassa stond. Wij hebben hem "
          "erop aangesproken; dit is tegen onze regels.", "bullet"),
        P("Vanaf maandag [[26 oktober 2026|dt]] rijdt de vaste chauffeur, [[Mimoun Lahlali|P]], deze "
          "rit weer. Hij begint bij De Wegwijzer-route met [[Navin|P]], zodat de rit korter wordt.", "bullet"),
        P("Wij bellen mevrouw [[Raghoebier|P]] zelf om excuses aan te bieden, als de gemeente daar geen bezwaar "
          "tegen heeft."),
        P("Met vriendelijke groet,\n[[Kyra Wevers|P]]\nplanner leerlingenvervoer\nTaxibedrijf Hondebrink | "
          "[[0591 62 10 77|gn]] | [[06 5071 3389|T]] (dienst)", size=9),
        HR(),
        _hdr([("Van:", "[[Frerichs, Lolke|P]]"),
              ("Verzonden:", "maandag [[19 oktober 2026|dt]] 10:41"),
              ("Aan:", "'[[planning@taxihondebrink.nl|mb]]'"),
              ("CC:", "[[Karijopawiro, Usha|P]]; Leerlingenvervoer Emmen"),
              ("Onderwerp:", "FW: klacht vervoer [[Navin|P]] – rit De Wegwijzer – [[LLV-26-3318|ken]]")],
             size=9),
        P("Beste [[Kyra|P]],"),
        P("Hieronder de klacht van mevrouw [[Raghoebier|P]] over de rit naar [[Sbo De Wegwijzer|org]]. Dit is de "
          "derde klacht over deze rit in een maand. Ik wil graag uiterlijk woensdag van jullie weten:"),
        P("waarom [[Navin|P]] op [[14 oktober|dt]] en [[15 oktober|dt]] pas om 9.05 uur op school was;",
          "bullet"),
        P("of het klopt dat de chauffeur, meneer [[Greving|P]], de kinderen alleen in de bus heeft laten "
          "wachten;", "bullet"),
        P("hoe jullie ervoor zorgen dat er voortaan een vaste chauffeur op deze rit rijdt.", "bullet"),
        P("Volgens ons contract met [[Taxibedrijf Hondebrink|org]] mag een rit niet langer dan 45 minuten "
          "duren. Mijn teamleider, [[Usha Karijopawiro|P]], staat in de CC. Wethouder [[Julia Sprenkels|oth]] "
          "heeft gevraagd om in november een overzicht van alle klachten."),
        P("Met vriendelijke groet,"),
        P("[[Lolke Frerichs|P]]\nconsulent leerlingenvervoer\nGemeente Emmen\nT [[0591 68 54 37|T]] | "
          "algemeen [[14 0591|gn]]\n[[leerlingenvervoer@emmen.nl|mb]]", size=9),
        HR(),
        _hdr([("Van:", "Leerlingenvervoer Emmen"),
              ("Verzonden:", "vrijdag [[16 oktober 2026|dt]] 16:02"),
              ("Aan:", "[[Frerichs, Lolke|P]]"),
              ("Onderwerp:", "FW: klacht vervoer [[Navin|P]]")], size=9),
        P("[[Lolke|P]], voor jou, dit is jouw route. Groet, [[Usha|P]]"),
        HR(),
        _hdr([("Van:", "[[Sharmila Raghoebier|P]] <[[sharmila.r@hotmail.com|E]]>"),
              ("Verzonden:", "donderdag [[15 oktober 2026|dt]] 20:17"),
              ("Aan:", "[[leerlingenvervoer@emmen.nl|mb]]"),
              ("Onderwerp:", "klacht vervoer [[Navin|P]]")], size=9),
        P("Beste mensen van de gemeente,"),
        P("Mijn zoon [[Navin|P]] ([[Navin Raghoebier|P]], groep 6) gaat met de taxibus naar De Wegwijzer. Deze "
          "week was hij twee keer te laat op school. De bus stond om 8.05 uur voor de deur, maar reed daarna "
          "eerst naar Klazienaveen en Erica. [[Navin|P]] zat bijna een uur in de bus. Op woensdag heeft de "
          "chauffeur de kinderen tien minuten alleen in de bus laten zitten bij een tankstation."),
        P("[[Navin|P]] heeft door zijn medische indicatie recht op vervoer dat niet langer dan drie kwartier "
          "duurt. Dat staat in de beschikking. Ik wil dat dit wordt opgelost. Ik heb ook de planner van het "
          "taxibedrijf gebeld, maar [[Kyra|P]] zei dat zij er niets aan kon doen."),
        P("Ik woon op [[Houtweg 61|A]], [[7823 PC|Z]] Emmen. U kunt mij bellen op [[06 4306 9152|T]], het beste "
          "na 15.00 uur."),
        P("Met vriendelijke groet,\n[[Sharmila Raghoebier|P]]"),
    ]
    return Doc("email_emmen_leerlingenvervoer_klacht.pdf", "email", "lo", "Frerichs, L.",
               "FW: klacht vervoer", "2026-10-19", body, font="Liberation Sans", size=10,
               running=[Running("[[Frerichs, Lolke|P]] – afgedrukt [[19-10-2026|dt]]", "header", "all", "left", 8)],
               opts={"margins": (20, 20, 20, 18), "space_after": 5, "line_spacing": 1.1},
               note="Outlook-print via Word van een doorgestuurde klacht: weergavenamen ‘Achternaam, Voornaam’ "
                    "(ook in de koptekst), ouder met Hindoestaanse naam, kind met voornaam (ook in de "
                    "onderwerpregels), planner van het taxibedrijf met voornaam alleen, chauffeur met "
                    "achternaam, teamleider met Javaans-Surinaamse naam in CC en met voornaam in de groet, "
                    "taxibedrijf met familienaam, school en wethouder (houden), mailboxen van gemeente en "
                    "taxibedrijf (houden)")


# ------------------------------------------------------------------ OCW, Kamervragen (rl-std)

def email_ocw_kamervragen():
    body = [
        P("**[[Ekkelenkamp, Petra|P]]**", size=11, space_after=2),
        HR(),
        _hdr([("Van:", "[[Ekkelenkamp, Petra|P]]"),
              ("Verzonden:", "dinsdag [[8 september 2026|dt]] 17:05"),
              ("Aan:", "[[Zerrouki, Zakaria|P]]; Parlementaire Zaken OCW"),
              ("CC:", "DGFEW-secretariaat"),
              ("Onderwerp:", "RE: Kamervragen-[[Wernet|kl]] laaggeletterdheid – concept antwoorden v2")]),
        P("Dag [[Zakaria|P]],"),
        P("Dank voor de tweede versie. Een paar punten:"),
        P("Bij vraag 3 noem je de cijfers van de Stichting Lezen & Schrijven. Kun je bij [[Magdalena Jankowska|P]] "
          "navragen of die cijfers al openbaar zijn? Anders moeten we naar het rapport van [[Wijchers|au]] "
          "(2025) verwijzen.", "bullet"),
        P("Bij vraag 5 staat dat de minister ‘in gesprek is met gemeenten’. Minister [[Tolga Yavuzer|min]] "
          "heeft dat gesprek nog niet gevoerd; graag formuleren als ‘gaat in gesprek’.", "bullet"),
        P("Het lid [[Wernet|kl]] vraagt bij vraag 6 naar Caribisch Nederland. Wil je dat afstemmen met de "
          "collega’s van BES-zaken?", "bullet"),
        P("De deadline van Parlementaire Zaken is vrijdag 12.00 uur. Kun je donderdag een definitieve versie "
          "sturen?"),
        P("Groet,\n[[PE|I]]"),
        P("[[Petra Ekkelenkamp|P]] | coördinerend beleidsmedewerker | Directie Middelbaar Beroepsonderwijs\n"
          "Ministerie van Onderwijs, Cultuur en Wetenschap | Rijnstraat 50 | Den Haag\n"
          "M [[06 2813 4409|T]] | [[p.ekkelenkamp@minocw.nl|E]]", size=8),
        HR(),
        _hdr([("Van:", "[[Zerrouki, Zakaria|P]]"),
              ("Verzonden:", "maandag [[7 september 2026|dt]] 13:48"),
              ("Aan:", "[[Ekkelenkamp, Petra|P]]"),
              ("Onderwerp:", "Kamervragen-[[Wernet|kl]] laaggeletterdheid – concept antwoorden v2")]),
        P("Hoi [[Petra|P]],"),
        P("Bijgaand de tweede versie van de antwoorden op de vragen van het lid [[Wernet|kl]] (kenmerk "
          "[[2026Z14470|ken]]). Ik heb de opmerkingen van [[Jankowska|P]] (Lezen & Schrijven) verwerkt in de "
          "antwoorden op vraag 2 en 3. Zij belt mij morgen nog terug over de regionale cijfers."),
        P("Vraag 4 (over de taalmeter in het mbo) heb ik afgestemd met [[Judith|P]] van de MBO Raad; zij is akkoord. "
          "Het antwoord op vraag 7 volgt, omdat ik nog wacht op SZW."),
        P("Groet, [[Zakaria|P]]"),
        P("[[Zakaria Zerrouki|P]] | beleidsmedewerker laaggeletterdheid\nT [[070 412 37 84|T]] | algemeen "
          "[[070 412 34 56|gn]] | [[parlementairezaken@minocw.nl|mb]]", size=8),
        HR(),
        _hdr([("Van:", "Parlementaire Zaken OCW <[[parlementairezaken@minocw.nl|mb]]>"),
              ("Verzonden:", "donderdag [[27 augustus 2026|dt]] 10:02"),
              ("Aan:", "[[Zerrouki, Zakaria|P]]"),
              ("CC:", "[[Ekkelenkamp, Petra|P]]"),
              ("Onderwerp:", "Kamervragen-[[Wernet|kl]] laaggeletterdheid – [[2026Z14470|ken]] – "
                             "uiterlijk [[11 september|dt]]")]),
        P("Beste [[Zakaria|P]],"),
        P("Hierbij de vragen van het lid [[Wernet|kl]] over laaggeletterdheid onder jongeren in het mbo, "
          "ingezonden [[26 augustus 2026|dt]]. De termijn van drie weken verloopt op [[16 september 2026|dt]]; "
          "wij willen de antwoorden uiterlijk [[11 september|dt]] 12.00 uur ontvangen. De vragen:"),
        P("1. Bent u bekend met het bericht ‘Eén op de vier mbo-studenten leest te slecht voor zijn opleiding’?",
          "quote"),
        P("2. Hoeveel mbo-studenten hebben volgens de laatste meting een leesniveau onder 2F?", "quote"),
        P("3. Welke rol spelen de taalhuizen en de Stichting Lezen & Schrijven bij het bereiken van deze "
          "jongeren?", "quote"),
        P("4. Bent u bereid een taalmeter in te voeren bij de start van elke mbo-opleiding?", "quote"),
        P("5. Gaat u met gemeenten in gesprek over de aansluiting tussen mbo en volwasseneneducatie?", "quote"),
        P("6. Hoe is de situatie in Caribisch Nederland, waar veel jongeren in het Papiaments zijn opgegroeid?",
          "quote"),
        P("7. Kunt u deze vragen beantwoorden voor de begrotingsbehandeling van OCW?", "quote"),
        P("Met vriendelijke groet,\nTeam Parlementaire Zaken\nMinisterie van Onderwijs, Cultuur en Wetenschap",
          size=9),
        HR(),
        P("Bijlage: Concept antwoorden Kamervragen [[2026Z14470|ken]] v2.docx", size=8.5),
    ]
    return Doc("email_ocw_kamervragen_laaggeletterdheid.pdf", "email", "rl-std", "Ekkelenkamp, P.",
               "RE: Kamervragen laaggeletterdheid", "2026-09-08", body, font="Helvetica", size=9.5,
               running=[Running("[[Ekkelenkamp, Petra|P]] · afgedrukt [[9-9-2026|dt]]", "footer", "all",
                                "right", 7)],
               opts={"margins": (22, 22, 20, 20)},
               note="Outlook-print van een keten binnen een ministerie over Kamervragen: ‘Kamervragen-Wernet’ in de "
                    "onderwerpregels (houden, Antilliaanse naam), minister (houden), weergavenamen in Van/Aan en "
                    "in de titelregel en voettekst, ondertekening met initialen ‘PE’, voornamen ‘Dag Zakaria’ en "
                    "‘Hoi Petra’, een voornaam van iemand van een andere organisatie (‘Judith van de MBO Raad’), "
                    "medewerker van een stichting met Poolse naam (lakken), auteur (houden), mobiel en direct "
                    "nummer naast algemeen nummer")


def docs():
    return [email_odzob_asbest(), email_zeeland_veerdienst(), email_emmen_leerlingenvervoer(),
            email_ocw_kamervragen()]
