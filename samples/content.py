"""Text of the sample documents. Every person, address, number and e-mail address here is
invented for redactor; organisations and places are ordinary Dutch ones.

Each document is a list of blocks. A block is ("h", text) heading, ("p", text) paragraph,
("kv", [(key, value), ...]) a two-column header or form block, ("table", rows) a table,
("lines", [..]) lines printed as they are. `redact` lists strings that must be gone from
the published PDF, `keep` strings that must stay (office holders, organisations, generic
numbers, ordinary words that are also surnames).
"""

NOTA = {
    "file": "nota_subsidieregeling_buurthuizen.pdf",
    "kind": "nota",
    "blocks": [
        ("kv", [("Aan", "de minister van Binnenlandse Zaken en Koninkrijksrelaties"),
                ("Van", "Directie Participatie en Lokaal Bestuur"),
                ("Contactpersoon", "mr. Femke Dijkhuizen"),
                ("T", "06 2793 1184"),
                ("E", "femke.dijkhuizen@minbzk.nl"),
                ("Datum", "4 juni 2024"),
                ("Kenmerk", "2024-0000412977")]),
        ("h", "Nota"),
        ("kv", [("Onderwerp", "Evaluatie subsidieregeling buurthuizen")]),
        ("h", "1. Aanleiding"),
        ("p", "In het commissiedebat van 12 april heeft minister Van Gelderen-Brink toegezegd de regeling "
              "voor buurthuizen te laten evalueren. Het lid Harmsen-Tuinstra (GroenLinks-PvdA) vroeg daarbij "
              "aandacht voor kleine gemeenten. Deze nota geeft de uitkomsten en een voorstel voor de brief aan de Kamer."),
        ("h", "2. Kernpunten"),
        ("p", "Het onderzoeksbureau heeft 212 aanvragen bekeken. Femke Dijkhuizen en Ruben Oosterbeek van de afdeling "
              "Lokaal Bestuur hebben de cijfers gecontroleerd. Dijkhuizen constateert dat gemeenten met minder dan "
              "20.000 inwoners de regeling nauwelijks gebruiken. Oosterbeek stelt voor het aanvraagformulier te "
              "vereenvoudigen. De evaluatie is uitgevoerd door het Verwey-Jonker Instituut; het rapport "
              "'Buurthuizen in beeld' van Hoogeveen en Lammers (2023) is als bijlage toegevoegd."),
        ("p", "De VNG heeft groen licht gegeven voor een proef in de winter van 2024. Voor vragen van gemeenten blijft "
              "het algemene nummer 1400 beschikbaar, en het postadres Postbus 20011."),
        ("h", "3. Advies"),
        ("p", "Wij adviseren u in te stemmen met de bijgaande conceptbrief. Staatssecretaris Doornbos is geïnformeerd."),
        ("table", [["Rol", "Naam", "Paraaf"],
                   ["Opsteller", "F. Dijkhuizen", "FD 03-06"],
                   ["Directeur PLB", "drs. W.J. Kranenburg", "WJK 04-06"]]),
    ],
    "redact": ["Femke Dijkhuizen", "Dijkhuizen", "06 2793 1184", "femke.dijkhuizen@minbzk.nl",
               "Ruben Oosterbeek", "Oosterbeek", "F. Dijkhuizen", "W.J. Kranenburg", "WJK"],
    "keep": ["Van Gelderen-Brink", "Harmsen-Tuinstra", "Verwey-Jonker Instituut", "Hoogeveen", "Lammers",
             "groen licht", "winter", "1400", "Doornbos", "2024-0000412977", "Postbus 20011",
             "Directie Participatie en Lokaal Bestuur"],
}

BRIEF = {
    "file": "brief_bezwaar_parkeervergunning.pdf",
    "kind": "brief",
    "blocks": [
        ("lines", ["Gemeente Zutphen", "Retouradres: Postbus 15, 7200 AA Zutphen", "",
                   "De heer T.H. Bosschaart", "Spittaalstraat 41", "7201 EE ZUTPHEN"]),
        ("kv", [("Datum", "17 september 2024"), ("Ons kenmerk", "Z-24-07781"),
                ("Behandeld door", "Lotte Wijnands"), ("Telefoon", "14 0575"),
                ("E-mail", "l.wijnands@zutphen.nl"), ("Onderwerp", "Besluit op uw bezwaar parkeervergunning")]),
        ("p", "Geachte heer Bosschaart,"),
        ("p", "Op 2 augustus 2024 ontvingen wij uw bezwaarschrift tegen de weigering van een tweede "
              "parkeervergunning voor uw auto met kenteken 7-XKT-42. U schrijft dat u door uw werk als "
              "wijkverpleegkundige afhankelijk bent van de auto. Wethouder Kuipers-Adema heeft uw bezwaar "
              "besproken met de commissie bezwaarschriften."),
        ("p", "Uw bezwaar is gegrond. U ontvangt de vergunning binnen twee weken per post. Het bedrag van "
              "€ 84,00 wordt teruggestort op rekening NL91 ABNA 0417 1643 00."),
        ("p", "Heeft u vragen? Bel dan Lotte Wijnands op 14 0575 of mail naar info@zutphen.nl."),
        ("lines", ["Met vriendelijke groet,", "", "namens burgemeester en wethouders van Zutphen,",
                   "", "Lotte Wijnands", "juridisch medewerker"]),
    ],
    "redact": ["T.H. Bosschaart", "Bosschaart", "Spittaalstraat 41", "7201 EE", "Lotte Wijnands",
               "l.wijnands@zutphen.nl", "7-XKT-42", "NL91 ABNA 0417 1643 00"],
    "keep": ["Gemeente Zutphen", "Postbus 15", "14 0575", "Kuipers-Adema", "info@zutphen.nl", "per post",
             "Z-24-07781", "17 september 2024"],
}

EMAIL = {
    "file": "email_planning_informatieavond.pdf",
    "kind": "email",
    "blocks": [
        ("kv", [("Van:", "Oosterbeek, Ruben <ruben.oosterbeek@minbzk.nl>"),
                ("Verzonden:", "dinsdag 14 mei 2024 09:12"),
                ("Aan:", "Vermaat, Iris <iris.vermaat@utrecht.nl>"),
                ("CC:", "Dijkhuizen, Femke; Postbus Woo <woo@minbzk.nl>"),
                ("Onderwerp:", "RE: planning informatieavond buurthuizen")]),
        ("p", "Hoi Iris,"),
        ("p", "Dank voor je bericht. Femke en ik kunnen op donderdag 23 mei. Wethouder Bakker opent de avond; "
              "daarna presenteert Femke de eerste cijfers. Kun jij de zaal in het Stadskantoor reserveren? "
              "Mijn collega Sanjay Ramcharan regelt de catering, hij is bereikbaar op 06-41 22 90 17."),
        ("p", "Groet,"),
        ("lines", ["Ruben", "", "Ruben Oosterbeek", "Senior beleidsmedewerker", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
                   "M 06 1835 6620 | ruben.oosterbeek@minbzk.nl"]),
        ("lines", ["", "-----Oorspronkelijk bericht-----"]),
        ("kv", [("Van:", "Vermaat, Iris <iris.vermaat@utrecht.nl>"),
                ("Verzonden:", "maandag 13 mei 2024 16:40"),
                ("Aan:", "Oosterbeek, Ruben"),
                ("Onderwerp:", "planning informatieavond buurthuizen")]),
        ("p", "Beste Ruben,"),
        ("p", "Zullen we de informatieavond eind mei houden? Iris' voorstel: de grote zaal van het Stadskantoor. "
              "Ik hoor graag wanneer jullie kunnen."),
        ("lines", ["Met vriendelijke groet,", "Iris Vermaat", "Gemeente Utrecht, afdeling Maatschappelijke Ontwikkeling"]),
    ],
    "redact": ["Oosterbeek, Ruben", "ruben.oosterbeek@minbzk.nl", "Vermaat, Iris", "iris.vermaat@utrecht.nl",
               "Dijkhuizen, Femke", "Iris", "Femke", "Sanjay Ramcharan", "06-41 22 90 17", "Ruben",
               "Ruben Oosterbeek", "06 1835 6620", "Iris Vermaat"],
    "keep": ["woo@minbzk.nl", "Bakker", "Stadskantoor", "Gemeente Utrecht", "Senior beleidsmedewerker",
             "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"],
}

VERSLAG = {
    "file": "verslag_overleg_jeugdzorg.pdf",
    "kind": "verslag",
    "blocks": [
        ("h", "Verslag regio-overleg jeugdzorg"),
        ("kv", [("Datum", "9 oktober 2024"), ("Locatie", "Provinciehuis, Arnhem"),
                ("Aanwezig", "gedeputeerde Zwanenburg (voorzitter), Marco de Wit (secretaris), "
                             "Yasmina El Khatib, Joris van 't Veld, Annelies Storm-Hakkert"),
                ("Afwezig", "Pieter Groen (bericht van verhindering)")]),
        ("h", "1. Opening"),
        ("p", "De voorzitter opent het overleg. Gedeputeerde Zwanenburg meldt dat de storm van vorige week "
              "geen gevolgen had voor de locaties."),
        ("h", "2. Wachtlijsten"),
        ("p", "Yasmina El Khatib licht de cijfers toe. Van 't Veld vraagt naar de oorzaken van de wachttijd in "
              "de Achterhoek. Storm-Hakkert antwoordt dat vooral specialistische zorg ontbreekt. Groen had vooraf "
              "laten weten dit punt te steunen."),
        ("h", "3. Actiepunten"),
        ("table", [["Nr.", "Actie", "Wie", "Wanneer"],
                   ["1", "Cijfers per gemeente uitsplitsen", "YEK", "1 november"],
                   ["2", "Gesprek met zorgaanbieders plannen", "JvtV", "15 november"],
                   ["3", "Verslag rondsturen", "MdW", "14 oktober"]]),
    ],
    "redact": ["Marco de Wit", "Yasmina El Khatib", "Joris van 't Veld", "Annelies Storm-Hakkert",
               "Pieter Groen", "Van 't Veld", "Storm-Hakkert", "Groen", "YEK", "JvtV", "MdW"],
    "keep": ["Zwanenburg", "storm", "Provinciehuis", "Achterhoek", "9 oktober 2024"],
}

BURGERBRIEF = {
    "file": "burgerbrief_verzoek_kwijtschelding.pdf",
    "kind": "burgerbrief",
    "blocks": [
        ("lines", ["Mustafa Aydoğan", "Wilhelminastraat 112", "6524 AW Nijmegen",
                   "telefoon: 024-3601 775", "e-mail: m.aydogan82@ziggo.nl", "",
                   "Aan het college van burgemeester en wethouders", "Postbus 9105", "6500 HG Nijmegen", "",
                   "Nijmegen, 3 maart 2024"]),
        ("p", "Betreft: verzoek om kwijtschelding gemeentelijke belastingen"),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "Hierbij vraag ik kwijtschelding van de aanslag gemeentelijke belastingen 2024. Mijn BSN is "
              "111222333 en ik ben geboren op 14-07-1982. Sinds januari ben ik werkloos en mijn vrouw "
              "Elif Aydoğan-Kaya heeft alleen een kleine baan. Ons rekeningnummer is NL20 INGB 0001 2345 67."),
        ("p", "Onze buurvrouw, mevrouw Hendrika Smit, kan bevestigen dat wij sinds 2019 op dit adres wonen."),
        ("lines", ["Met vriendelijke groet,", "", "Mustafa Aydoğan"]),
    ],
    "redact": ["Mustafa Aydoğan", "Wilhelminastraat 112", "6524 AW", "024-3601 775", "m.aydogan82@ziggo.nl",
               "111222333", "14-07-1982", "Elif Aydoğan-Kaya", "NL20 INGB 0001 2345 67", "Hendrika Smit"],
    "keep": ["Postbus 9105", "Nijmegen", "3 maart 2024"],
}

KAMERBRIEF = {
    "file": "kamerbrief_buurthuizen.pdf",
    "kind": "brief",
    "blocks": [
        ("lines", ["Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "",
                   "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Postbus 20018",
                   "2500 EA Den Haag"]),
        ("kv", [("Datum", "24 juni 2024"), ("Betreft", "Evaluatie subsidieregeling buurthuizen")]),
        ("p", "Tijdens het commissiedebat van 12 april 2024 heb ik het lid Harmsen-Tuinstra toegezegd de Kamer te "
              "informeren over de evaluatie van de subsidieregeling buurthuizen. Met deze brief doe ik die toezegging gestand."),
        ("p", "Het Verwey-Jonker Instituut heeft de regeling geëvalueerd. De onderzoekers Hoogeveen en Lammers "
              "concluderen dat kleine gemeenten de regeling weinig gebruiken. Burgemeester Tilstra van "
              "Westerkwartier en wethouder Kuipers-Adema van Zutphen hebben mij hun ervaringen toegelicht."),
        ("p", "Ik zal de regeling vereenvoudigen. De Vereniging van Nederlandse Gemeenten (VNG) is hierbij betrokken."),
        ("lines", ["De minister van Binnenlandse Zaken en Koninkrijksrelaties,", "", "", "M.A. van Gelderen-Brink"]),
    ],
    "redact": [],
    "keep": ["Harmsen-Tuinstra", "Verwey-Jonker Instituut", "Hoogeveen", "Lammers", "Tilstra", "Kuipers-Adema",
             "M.A. van Gelderen-Brink", "Vereniging van Nederlandse Gemeenten"],
}

DOCUMENTS = [NOTA, BRIEF, EMAIL, VERSLAG, BURGERBRIEF, KAMERBRIEF]
