"""Minutes, a telefoonnotitie form, a persbericht, a memo citing a report, a visit programme, a Woo decision."""
from markup import HR, KV, PB, Doc, P, Running, Sp, Tbl  # noqa: F401


def verslag_mt():
    body = [
        P("Verslag overleg managementteam Sociaal Domein", "title", size=15),
        KV([("Datum", "[[16 april 2024|dt]], 9.30 – 11.45 uur"),
            ("Locatie", "Stadhuis Zaandam, kamer 4.12 / Teams"),
            ("Aanwezig", "[[Karin Oosterwijk|P]] ([[KO|I]], voorzitter), [[Hamza Tahiri|P]] ([[HT|I]]), "
                         "[[Lotte Vrij|P]] ([[LV|I]]), [[Dirk-Jan van Ommeren|P]] ([[DJvO|I]]), "
                         "[[Sunita Mangroe|P]] ([[SM|I]]), [[Katarzyna Lewandowska|P]] ([[KLe|I]])"),
            ("Afwezig", "[[Bart Schenk|P]] ([[BS|I]]), met bericht"),
            ("Gast", "[[Olumide Adeyemi|P]], GGD Zaanstreek-Waterland (punt 3)"),
            ("Verslag", "[[Thirza Blom|P]] ([[TB|I]])")],
           label_w=0.16, style="lines", size=9),
        P("1. Opening en mededelingen", "h2"),
        P("[[KO|I]] opent de vergadering. [[Bart|P]] is op cursus. [[Sunita|P]] meldt dat de "
          "accountantscontrole op de Wmo-uitgaven is afgerond zonder bevindingen. Wethouder "
          "[[Kleinjan|oth]] heeft gevraagd het MT te bedanken voor de snelle afhandeling van de raadsvragen over "
          "de wachtlijst huishoudelijke hulp."),
        P("2. Verslag vorige vergadering en actielijst", "h2"),
        P("Het verslag van [[26 maart 2024|dt]] wordt vastgesteld. Actie 14 (evaluatie pilot schuldhulp) is "
          "afgerond. Actie 17 blijft staan: [[Van Ommeren|P]] heeft nog geen reactie van de corporaties."),
        P("3. Hittestress en kwetsbare inwoners (gast: GGD)", "h2"),
        P("[[Adeyemi|P]] licht het hitteplan van de GGD toe. Vorige zomer zijn 140 inwoners gebeld die bij de "
          "thuiszorg bekend zijn. Het voorstel is om dit uit te breiden met inwoners boven de 80 die alleen "
          "wonen. [[Lotte|P]] wijst erop dat daarvoor een grondslag nodig is; zij vraagt de privacy officer, "
          "[[Jurgen Hazelzet|P]], om advies. Het MT steunt het plan in principe."),
        P("4. Formatie en vacatures", "h2"),
        P("[[Tahiri|P]] meldt dat er zes vacatures openstaan, waarvan drie langer dan een half jaar. Het MT "
          "bespreekt de mogelijkheid om de functie van consulent Wmo breder te maken. De middag van "
          "[[30 april|dt]] blijft [[vrij|w]] voor een werksessie. [[Katarzyna|P]] maakt een voorstel."),
        P("5. Woo-verzoek over jeugdhulp", "h2"),
        P("Er is een Woo-verzoek binnengekomen over de inkoop van jeugdhulp 2023. [[Dirk-Jan|P]] coördineert de "
          "aanlevering; de Woo-coördinator ([[woo@zaanstad.nl|mb]]) heeft de termijn gezet op [[7 mei|dt]]. "
          "[[Vrij|P]] merkt op dat ook de appjes in de MT-groep onder het verzoek kunnen vallen."),
        P("6. Kadernota 2025", "h2"),
        P("[[Sunita|P]] presenteert de eerste cijfers voor de kadernota. Het sociaal domein heeft voor 2025 een "
          "verwacht tekort van € 3,1 miljoen, vooral door de stijging van de jeugdhulpkosten en de nieuwe "
          "cao-afspraken voor de thuiszorg. [[Tahiri|P]] vraagt of de taakstelling op de inkoop haalbaar is; "
          "volgens [[Mangroe|P]] is dat alleen zo als de nieuwe tarieven voor verblijf per 1 juli ingaan."),
        P("Het MT besluit de wethouder drie scenario's voor te leggen: (a) de tekorten dekken uit de algemene "
          "reserve, (b) de eigen bijdrage voor de Wmo verhogen waar de wet dat toelaat, (c) een deel van de "
          "subsidies aan welzijnsorganisaties met een jaar bevriezen. [[Karin|P]] bespreekt de scenario's in "
          "het portefeuillehoudersoverleg van [[23 april|dt]]. [[Lewandowska|P]] werkt de gevolgen van "
          "scenario (c) uit voor de buurthuizen en het steunpunt mantelzorg."),
        P("7. Samenwerking met de wijkteams", "h2"),
        P("[[Van Ommeren|P]] meldt dat de wijkteams in Poelenburg en Kogerveld klagen over de doorlooptijd "
          "van Wmo-aanvragen. Het MT wil eerst de cijfers zien. [[Thirza|P]] vraagt de managementinformatie "
          "op bij het team Bedrijfsvoering. In mei komt het onderwerp terug, met de teamleiders van beide "
          "wijkteams, [[Esther Groenewoud|P]] en [[Ridouan Chaara|P]], als gasten."),
        P("8. Rondvraag en sluiting", "h2"),
        P("[[SM|I]] vraagt aandacht voor de verhuizing van het archief naar de [[Peperstraat|pl]]. De voorzitter "
          "sluit om 11.45 uur."),
        P("Actielijst", "h2"),
        Tbl([["Nr", "Actie", "Wie", "Wanneer", "Status"],
             ["17", "Reactie corporaties op convenant huisuitzettingen", "[[DJvO|I]]", "[[14-05-2024|dt]]", "loopt"],
             ["19", "Advies grondslag belronde hitteplan", "[[LV|I]] / [[Jurgen\nHazelzet|P]]", "[[30-04-2024|dt]]",
              "nieuw"],
             ["20", "Voorstel brede functie consulent Wmo", "[[KLe|I]]", "[[30-04-2024|dt]]", "nieuw"],
             ["21", "Aanlevering Woo-verzoek jeugdhulp", "[[DJvO|I]], [[SM|I]]", "[[07-05-2024|dt]]", "nieuw"],
             ["22", "Planning verhuizing archief", "[[SM|I]] / [[TB|I]]", "[[28-05-2024|dt]]", "nieuw"]],
            [0.07, 0.5, 0.19, 0.13, 0.11], size=8.5),
    ]
    return Doc("verslag_mt_sociaal_domein.pdf", "verslag", "rl-ttf", "Thirza Blom", "Verslag MT Sociaal Domein",
               "2024-04-16", body,
               running=[Running("Verslag MT Sociaal Domein [[16 april 2024|dt]] – verslag [[TB|I]] – pagina {page}",
                                "footer", "all", "left", 7)],
               font="DejaVuSans", size=9, opts={"margins": (22, 22, 22, 22)},
               note="MT-verslag: aanwezigen met initialen, actielijst, initialen in voettekst")


def telefoonnotitie():
    L = "#dde3ea"
    body = [
        P("Gemeente Groningen – Klantcontactcentrum", "small"),
        P("TELEFOONNOTITIE", "title", size=16),
        Tbl([["Datum / tijd", "[[3 oktober 2024|dt]], 10.42 uur"],
             ["Gesprek met", "mevrouw [[Akua Boateng-de Wit|P]]"],
             ["Namens", "zichzelf en haar zoon [[Kojo Boateng|P]] (geb. [[12-02-2009|D]])"],
             ["Telefoonnummer", "[[06 8320 1147|T]] (terugbellen na 15.00 uur)"],
             ["BSN zoon", "[[131860914|B]]"],
             ["Aangenomen door", "[[Rowan de Bruijn|P]], KCC"],
             ["Onderwerp", "Vermissing paspoort zoon tijdens schoolreis"]],
            [0.27, 0.73], header=False, size=10),
        P("Samenvatting gesprek", "h2"),
        P("Mevrouw [[Boateng-de Wit|P]] belt omdat het paspoort van haar zoon (nummer [[NW7K2P9L1|O]]) "
          "waarschijnlijk is gestolen tijdens een schoolreis naar Berlijn op [[27 september|dt]]. Er is aangifte "
          "gedaan bij de Berlijnse politie; zij heeft het proces-verbaal (in het Duits) en wil weten of dat "
          "voldoende is. Haar zoon gaat op [[19 oktober|dt]] met de familie naar Ghana en heeft dus snel een nieuw "
          "document nodig."),
        P("Ik heb uitgelegd dat een Duitse aangifte volstaat als er een vertaling of een Nederlandse "
          "verklaring van vermissing bij komt, en dat een spoedaanvraag mogelijk is. Mevrouw wil graag dat "
          "iemand van Reisdocumenten haar terugbelt, omdat zij niet weet of haar zoon zelf mee moet naar de "
          "balie. Zij werkt tot 15.00 uur."),
        P("Afspraken", "h2"),
        P("Doorgezet naar team Reisdocumenten (Kreupelstraat) met verzoek om vandaag terug te bellen. "
          "Zij ontvangt een bevestiging per e-mail op [[akua.boateng@ziggo.nl|E]]."),
        Tbl([["Doorgestuurd aan", "team Reisdocumenten, t.a.v. [[Esra Yıldız|P]]"],
             ["Afgehandeld", "ja – teruggebeld door [[E. Yıldız|P]] op [[3 oktober 2024|dt]], 15.20 uur; "
                             "afspraak balie [[7 oktober|dt]]"],
             ["Algemeen nummer", "[[14 050|gn]]"]],
            [0.27, 0.73], header=False, size=10),
        P("Paraaf behandelaar: [[RdB|I]]", "small"),
    ]
    for b in body:
        if isinstance(b, Tbl):
            b.shade = None
    return Doc("telefoonnotitie_reisdocument.pdf", "telefoonnotitie", "lo", "Bruijn, Rowan de",
               "Telefoonnotitie", "2024-10-03", body, font="Liberation Sans Narrow", size=11,
               opts={"margins": (22, 22, 20, 20)},
               note="telefoonnotitie-formulier: BSN, geboortedatum, paspoortnummer, 06-nummer")


def persbericht():
    body = [
        P("PERSBERICHT", "h1", size=18),
        P("Gemeente ’s-Hertogenbosch · [[12 augustus 2024|dt]] · nr. [[PB-2024-088|ken]]", "small"),
        HR(),
        P("Nieuw zwembad De Vliert opent op 1 september", "title", size=15),
        P("Na twee jaar bouwen opent op zondag 1 september het nieuwe zwembad bij Sportpark De Vliert. Het "
          "bad heeft een wedstrijdbad van 50 meter, een instructiebad en een buitenbad met zonnepanelen op het "
          "dak. Het oude bad aan de Zuiderparkweg wordt gesloopt."),
        P("Wethouder [[Nadia van der Hoeven-Mouhcine|oth]] (Sport): “Met dit bad kunnen alle kinderen in de "
          "stad weer dicht bij huis zwemles krijgen. Dat is hard nodig: één op de tien kinderen in de Graafsewijk "
          "heeft geen zwemdiploma.” [[Van der Hoeven-Mouhcine|oth]] verricht de opening om 11.00 uur samen met "
          "zwemmers van de Bossche Zwemclub."),
        P("Samenwerking met scholen", "h3"),
        P("Leerlingen van het [[Koning Willem I College|org]] hebben de inrichting van de kantine ontworpen. "
          "Exploitant Optisport gaat het bad beheren. “We verwachten 300.000 bezoekers per jaar”, zegt "
          "woordvoerder [[Eline Maas|oth]] van Optisport. “De eerste maand is elke zaterdagochtend vrij zwemmen "
          "gratis.”"),
        P("Duurzaam", "h3"),
        P("Het zwembad is aangesloten op het warmtenet van de [[Maas|pl]] en gebruikt de warmte van het "
          "rioolwater. Daarmee bespaart het bad 70 % energie ten opzichte van het oude bad."),
        P("Bereikbaarheid", "h3"),
        P("Het bad ligt aan de Vlietdijk en is bereikbaar met buslijn 1. Er zijn 280 parkeerplaatsen en een "
          "fietsenstalling voor 600 fietsen. Meer informatie: [[www.s-hertogenbosch.nl/zwembad|gn]]."),
        Sp(4),
        HR(),
        P("**Noot voor de redactie, niet voor publicatie**", "small"),
        P("Persfotografen zijn welkom bij de opening vanaf 10.45 uur; aanmelden via [[pers@s-hertogenbosch.nl|mb]]. "
          "Voor meer informatie kunt u contact opnemen met [[Tim Verbruggen|P]], communicatieadviseur, via "
          "[[06 2007 4381|T]] of [[t.verbruggen@s-hertogenbosch.nl|E]]. Buiten kantoortijd: persdienst "
          "[[073 615 5911|gn]].", "small"),
    ]
    return Doc("persbericht_zwembad_de_vliert.pdf", "persbericht", "rl-ttf", "Tim Verbruggen",
               "Persbericht zwembad De Vliert", "2024-08-12", body, font="DejaVuSansCondensed", size=10.5,
               opts={"margins": (25, 25, 38, 25),
                     "logo": {"kind": "text", "color": "#c8102e", "italic": False, "size": 16,
                              "lines": ["**gemeente ’s-Hertogenbosch**"]}},
               note="persbericht: geciteerde wethouder en woordvoerder (houden), contact in noot (lakken)")


def memo_rapport():
    body = [
        P("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties · DG Openbaar Bestuur en Democratische "
          "Rechtsstaat", "small"),
        P("MEMO", "title", size=20),
        Tbl([["Aan", "Van", "Datum"],
             ["[[Annemarie Hofstede|P]], directeur Democratie en Bestuur",
              "[[Jelmer Kooistra|P]], [[Roel Hoek|P]] (team Lokale Democratie)", "[[9 september 2024|dt]]"]],
            [0.42, 0.38, 0.2], size=9, grid=False, shade=None),
        P("**Betreft:** duiding rapport ‘Vertrouwen op afstand’ (SCP, 2024) voor het gesprek met de VNG"),
        HR(),
        P("Aanleiding", "h2"),
        P("Op [[3 september 2024|dt]] verscheen het rapport ‘Vertrouwen op afstand. Burgers over hun gemeente’ "
          "van het Sociaal en Cultureel Planbureau, geschreven door [[Azzouzi|au]], [[Stegeman|au]] en "
          "[[Van der Ploeg-Hamid|au]]. U spreekt op [[17 september|dt]] met de VNG over de uitkomsten. Deze memo "
          "geeft de kern en onze eerste duiding."),
        P("Kern van het rapport", "h2"),
        P("Volgens [[Azzouzi|au]] c.s. is het vertrouwen in de gemeente sinds 2019 gedaald van 58 naar 49 procent. "
          "De daling is het grootst in kleine gemeenten die zijn heringedeeld. De auteurs schrijven: "
          "“Inwoners ervaren niet zozeer dat de gemeente slecht presteert, maar dat zij niet meer weten wie "
          "er over hun straat beslist.” [[Stegeman|au]] en [[Van der Ploeg-Hamid|au]] wijzen op het verdwijnen "
          "van loketten in kernen en op de afstand tot de raad."),
        P("Het rapport bouwt voort op eerder werk van de Raad voor het Openbaar Bestuur en van het "
          "[[Verwey-Jonker Instituut|org]]. De cijfers over heringedeelde gemeenten sluiten aan bij de "
          "evaluatie van de Wet arhi door [[Boogaard|au]] en [[Rinsma-Claessens|au]] (2021)."),
        P("Het rapport krijgt veel aandacht. Kritiek komt ook uit onverwachte [[hoek|w]]: de Vereniging van "
          "Griffiers vindt dat de raad in het onderzoek te weinig aan het woord komt."),
        P("Onze duiding", "h2"),
        P("[[Kooistra|P]] en [[Hoek|P]] zien drie aandachtspunten voor het gesprek:"),
        P("De aanbevelingen over kernen en loketten liggen vooral bij gemeenten zelf; het Rijk kan "
          "faciliteren via het programma Versterking lokale democratie.", "bullet"),
        P("Het rapport noemt de rol van lokale media nauwelijks, terwijl uit onze eigen monitor blijkt dat "
          "dit een belangrijke factor is.", "bullet"),
        P("Het onderzoek loopt tot voorjaar 2024 en zegt nog niets over de effecten van de nieuwe wijkaanpak "
          "in [[Emmen|pl]] en [[Súdwest-Fryslân|pl]].", "bullet"),
        P("[[Jelmer|P]] heeft op [[5 september|dt]] informeel gesproken met [[Azzouzi|au]], die bereid is een "
          "presentatie te geven in het DG-overleg. [[Hoek|P]] heeft contact gehad met de VNG-beleidsadviseur, "
          "[[Linda Mastenbroek|P]]; de VNG wil het rapport gebruiken in haar lobby voor meer middelen."),
        P("Voorstel", "h2"),
        P("Wij stellen voor dat u in het gesprek de analyse onderschrijft, maar de discussie over middelen "
          "doorverwijst naar het Bestuurlijk Overleg Financiële verhoudingen. Minister [[Terlingen|min]] heeft in "
          "het debat van [[4 juli|dt]] toegezegd de Kamer na de zomer te informeren; wij schrijven daarvoor een "
          "conceptbrief. Kamerlid [[Oussaid|kl]] heeft schriftelijke vragen aangekondigd."),
        P("Bijlage: kerncijfers uit het rapport", "h2"),
        Tbl([["Indicator", "2019", "2021", "2023", "Bron"],
             ["Vertrouwen in de eigen gemeente", "58 %", "54 %", "49 %", "SCP, tabel 3.1"],
             ["Vertrouwen in de gemeenteraad", "47 %", "44 %", "41 %", "SCP, tabel 3.2"],
             ["Weet wie de burgemeester is", "71 %", "69 %", "64 %", "SCP, tabel 4.4"],
             ["Heeft contact gehad met de gemeente", "62 %", "57 %", "59 %", "SCP, tabel 2.6"],
             ["Stemt bij raadsverkiezingen (zelfrapportage)", "66 %", "63 %", "–", "SCP, tabel 5.1"]],
            [0.44, 0.11, 0.11, 0.11, 0.23], size=8.5),
        P("Toelichting: de cijfers voor heringedeelde gemeenten staan in hoofdstuk 6. [[Azzouzi|au]] en "
          "[[Stegeman|au]] tekenen daarbij aan dat de steekproef in kleine gemeenten beperkt is (n = 412), "
          "zodat verschillen van minder dan vijf procentpunten niet significant zijn.", "small"),
        P("Gesprekspunten voor de VNG", "h2"),
        P("Herkent de VNG het beeld dat heringedeelde gemeenten achterblijven, en welke gemeenten hebben "
          "goede ervaringen met kernenbeleid?", "bullet"),
        P("Is de VNG bereid samen met BZK een leernetwerk op te zetten, zoals voorgesteld door "
          "[[Van der Ploeg-Hamid|au]] in het slothoofdstuk?", "bullet"),
        P("Hoe kijkt de VNG naar de rol van lokale omroepen? [[Hoek|P]] heeft hierover een notitie in "
          "voorbereiding.", "bullet"),
        Sp(2),
        P("Contact: [[Jelmer Kooistra|P]], [[06 1837 5562|T]] · [[jelmer.kooistra@minbzk.nl|E]]", "small"),
    ]
    return Doc("memo_duiding_scp_rapport.pdf", "nota", "rl-std", "Kooistra, Jelmer", "Memo duiding SCP-rapport",
               "2024-09-09", body, font="Helvetica", size=10,
               running=[Running("Intern memo – niet voor verspreiding", "header", "all", "right", 7)],
               opts={"margins": (26, 26, 24, 22)},
               note="memo met citaat uit gepubliceerd rapport: auteurs houden, eigen medewerkers lakken")


def bezoekprogramma():
    body = [
        P("Waterschap Rivierenland", "h1"),
        P("Programma werkbezoek Zijne Majesteit de Koning", "title", size=15),
        P("Dijkversterking Tiel-Waardenburg · woensdag [[25 september 2024|dt]]", "h2"),
        P("**VERTROUWELIJK – niet verspreiden vóór de aankondiging door de RVD**", "small"),
        P("Algemeen", "h2"),
        P("[[Zijne Majesteit de Koning|oth]] brengt een werkbezoek aan de dijkversterking tussen Tiel en "
          "Waardenburg, een van de grootste projecten van het Hoogwaterbeschermingsprogramma. [[De Koning|oth]] "
          "wordt ontvangen door de [[Commissaris van de Koning|oth]] in Gelderland, de heer [[Meerveld|oth]], "
          "en dijkgraaf [[Geertruida van Wijhe|oth]]. Ook minister [[Holwerda-Ngata|min]] van Infrastructuur en "
          "Waterstaat en burgemeester [[Hoogendijk|oth]] van Tiel zijn aanwezig."),
        Tbl([["Tijd", "Onderdeel", "Aanwezig / begeleiding"],
             ["10.00", "Aankomst bij het projectkantoor aan de Waalbandijk; ontvangst",
              "CdK [[Meerveld|oth]], dijkgraaf [[Van Wijhe|oth]], burgemeester [[Hoogendijk|oth]]; protocol: "
              "[[Saskia Rijkenberg|P]]"],
             ["10.15", "Presentatie door de projectdirecteur",
              "[[Thomas Verkerk-Aziz|P]] (projectdirecteur), [[Gonny Heikoop|P]] (omgevingsmanager)"],
             ["10.45", "Wandeling over de dijk; gesprek met dijkwerkers",
              "[[Henk Bouwhuis|P]] (uitvoerder), [[Dragan Petrović|P]] (machinist), "
              "[[Yusuf Kılıç|P]] (leerling-dijkwerker)"],
             ["11.30", "Gesprek met bewoners van Zennewijnen",
              "[[Gerda Blokland|P]] en [[Wim Blokland|P]], [[Harriët Schouten|P]] (dorpsraad)"],
             ["12.00", "Leerlingen van de [[Koningin Julianaschool|org]] laten hun dijkmodel zien",
              "juf [[Anouk Broekmans|P]], groep 7"],
             ["12.30", "Vertrek", "wethouder [[Kaya|oth]]; begeleiding RVD: [[Maarten Rozenburg|P]]"]],
            [0.09, 0.43, 0.48], size=8.5),
        P("Praktisch", "h2"),
        P("De pers wordt door de RVD begeleid en verzamelt om 9.30 uur bij het projectkantoor. Medewerkers "
          "van het waterschap dragen de gele hesjes met het logo. Het terrein wordt afgezet door de politie; "
          "aanspreekpunt is [[inspecteur Coen Wagenaar|P]]. Omwonenden zijn met een brief geïnformeerd; vragen "
          "kunnen naar [[info@wsrl.nl|mb]] of [[0344 649 090|gn]]."),
        PB(),
        P("Deelnemerslijst (intern)", "h2"),
        Tbl([["Naam", "Organisatie / functie", "Rol", "Telefoon"],
             ["[[Geertruida van Wijhe|oth]]", "Waterschap Rivierenland, dijkgraaf", "gastvrouw", "via secretariaat"],
             ["[[Thomas Verkerk-Aziz|P]]", "projectdirecteur Tiel-Waardenburg", "presentatie", "[[06 2280 6143|T]]"],
             ["[[Gonny Heikoop|P]]", "omgevingsmanager", "bewonersgesprek", "[[06 1472 3390|T]]"],
             ["[[Saskia Rijkenberg|P]]", "bestuurssecretariaat, protocol", "draaiboek", "[[06 5547 0218|T]]"],
             ["[[Wendelien Oude\nNijhuis|P]]", "communicatieadviseur", "pers", "[[06 3011 8724|T]]"],
             ["[[Henk Bouwhuis|P]]", "aannemerscombinatie, uitvoerder", "rondleiding", "–"],
             ["[[Maarten Rozenburg|P]]", "RVD", "begeleiding pers", "–"],
             ["[[Coen Wagenaar|P]]", "politie Oost-Nederland", "veiligheid", "–"]],
            [0.27, 0.36, 0.17, 0.2], size=8.5),
        P("Achtergrond voor de gesprekken", "h2"),
        P("De dijkversterking Tiel-Waardenburg is 20 kilometer lang en wordt in 2025 afgerond. Op een aantal "
          "plaatsen is de dijk naar binnen verlegd; daarvoor zijn elf woningen aangekocht. De bewoners van "
          "Zennewijnen hebben via de dorpsraad meegedacht over de inrichting van het nieuwe dijktalud. Mevrouw "
          "[[Schouten|P]] van de dorpsraad zal vertellen over de overlast tijdens de bouw en over de "
          "afspraken die daarover zijn gemaakt. Het echtpaar [[Blokland|P]] woont sinds 1987 aan de dijk en "
          "heeft het hoogwater van 1995 meegemaakt."),
        P("Voor de leerlingen van de [[Koningin Julianaschool|org]] is het bezoek onderdeel van het lesprogramma "
          "‘Leven met water’. Foto's van kinderen worden alleen gemaakt met toestemming van de ouders."),
        P("Draaiboekhouder: [[Saskia Rijkenberg|P]] ([[06 5547 0218|T]]). Bij uitval neemt [[Gonny|P]] het over.",
          "small"),
    ]
    return Doc("programma_werkbezoek_koning.pdf", "verslag", "lo", "Rijkenberg, Saskia",
               "Programma werkbezoek", "2024-09-10", body, font="Arial", size=10,
               running=[Running("Waterschap Rivierenland · De Blomboogerd 1, Tiel · [[www.waterschaprivierenland.nl|gn]]",
                                "footer", "all", "center", 7.5)],
               opts={"margins": (22, 20, 20, 20)},
               note="bezoekprogramma: de Koning, CdK, dijkgraaf, minister, burgemeester; medewerkers en bewoners")


def woo_besluit():
    inv = [["Nr.", "Datum", "Omschrijving", "Beoordeling", "Grond"],
           ["1", "[[14-03-2023|dt]]", "Principeverzoek Solarveld Sneek B.V.", "deels openbaar", "5.1.2e"],
           ["2", "[[02-05-2023|dt]]", "E-mail projectleider aan initiatiefnemer over netcapaciteit",
            "deels openbaar", "5.1.2e"],
           ["3", "[[02-05-2023|dt]]", "Bijlage bij 2: netimpactanalyse Liander", "niet openbaar", "5.1.1c"],
           ["4", "[[11-05-2023|dt]]", "Verslag gesprek met [[Dorpsbelang Goënga|org]]", "deels openbaar", "5.1.2e"],
           ["5", "[[30-05-2023|dt]]", "Collegeadvies principeverzoek", "deels openbaar", "5.1.2e, 5.2.1"],
           ["6", "[[06-06-2023|dt]]", "Collegebesluit principeverzoek", "reeds openbaar", "–"],
           ["7", "[[21-08-2023|dt]]", "Zienswijze omwonenden (12 stuks)", "deels openbaar", "5.1.2e"],
           ["8", "[[04-10-2023|dt]]", "Interne e-mails beoordeling zienswijzen", "deels openbaar", "5.1.2e, 5.2.1"],
           ["9", "[[16-11-2023|dt]]", "Landschappelijk inpassingsplan (versie 3)", "openbaar", "–"],
           ["10", "[[12-12-2023|dt]]", "Appberichten projectleider en wethouder", "deels openbaar", "5.1.2e"],
           ["11", "[[08-01-2024|dt]]", "Verslag overleg met [[Wetterskip Fryslân|org]]", "openbaar", "–"]]
    body = [
        P("Gemeente [[Súdwest-Fryslân|pl]]", "h1", size=14),
        P("Postbus 10000 · 8600 HA Sneek · [[14 0515|gn]] · [[www.sudwestfryslan.nl|gn]]", "small"),
        Sp(8),
        P("Aangetekend\nMevrouw [[T.F. Anema|P]]\n[[Oosterdijk 102|A]]\n[[8601 BX|Z]] Sneek"),
        Sp(6),
        KV([("Datum", "[[22 april 2024|dt]]"), ("Ons kenmerk", "[[Z/24/118203-WOO|ken]]"),
            ("Behandeld door", "[[Jildou Reitsma|P]]"), ("Onderwerp", "Besluit op uw Woo-verzoek zonnepark Goënga")],
           label_w=0.22, style="plain", size=9.5),
        P("Geachte mevrouw [[Anema|P]],"),
        P("Op [[28 februari 2024|dt]] heeft u ons gevraagd om alle documenten over het zonnepark bij "
          "Goënga openbaar te maken. Uw verzoek valt onder de Wet open overheid (Woo). In deze brief leest u "
          "ons besluit."),
        P("1. Verloop", "h2"),
        P("Wij hebben de ontvangst van uw verzoek bevestigd op [[1 maart 2024|dt]]. Op [[20 maart 2024|dt]] "
          "hebben wij de beslistermijn met twee weken verlengd, omdat wij de initiatiefnemer in de "
          "gelegenheid wilden stellen een zienswijze te geven. Solarveld Sneek B.V. heeft op "
          "[[5 april 2024|dt]] laten weten bezwaar te hebben tegen openbaarmaking van document 3."),
        P("2. Besluit", "h2"),
        P("Wij maken de documenten 1, 2, 4, 5 en 7 tot en met 11 geheel of gedeeltelijk openbaar. Document 3 "
          "maken wij niet openbaar. Document 6 is al openbaar; u vindt het op de website van de gemeente. Een "
          "overzicht van de documenten vindt u in de inventarislijst in de bijlage."),
        P("3. Overwegingen", "h2"),
        P("**Persoonlijke levenssfeer (artikel 5.1, tweede lid, onder e Woo).** In de documenten staan namen en "
          "contactgegevens van medewerkers van de gemeente, van de initiatiefnemer en van omwonenden. Het belang "
          "van openbaarheid weegt niet op tegen hun recht op privacy. Namen van bestuurders, zoals wethouder "
          "[[Rinse Haitsma|oth]], maken wij wel openbaar."),
        P("**Bedrijfs- en fabricagegegevens (artikel 5.1, eerste lid, onder c Woo).** De netimpactanalyse "
          "(document 3) is vertrouwelijk aan de gemeente verstrekt en bevat gegevens over de capaciteit van het "
          "net die concurrentiegevoelig zijn."),
        P("**Persoonlijke beleidsopvattingen (artikel 5.2 Woo).** In de documenten 5 en 8 staan opvattingen "
          "van ambtenaren die bedoeld zijn voor intern beraad. Feitelijke informatie maken wij openbaar."),
        P("4. Wijze van openbaarmaking", "h2"),
        P("De documenten sturen wij u digitaal toe. Tegelijk publiceren wij dit besluit en de documenten op "
          "[[www.sudwestfryslan.nl/woo|gn]], waarbij uw naam en adres onleesbaar zijn gemaakt."),
        P("Heeft u vragen? Neem dan contact op met [[Jildou Reitsma|P]] via [[woo@sudwestfryslan.nl|mb]]. "
          "Wilt u bezwaar maken? Dat kan binnen zes weken na de dag van verzending van dit besluit."),
        Sp(2),
        P("Met vriendelijke groet,\nburgemeester en wethouders van [[Súdwest-Fryslân|pl]],\nnamens dezen,"),
        Sp(8),
        P("[[Sjoukje Wijnstra|P]]\nteamleider Juridische Zaken"),
        PB(),
        P("Bijlage – inventarislijst Woo-verzoek [[Z/24/118203-WOO|ken]]", "h2"),
        Tbl(inv, [0.06, 0.13, 0.5, 0.16, 0.15], size=8.5),
        P("Toelichting: ‘deels openbaar’ betekent dat persoonsgegevens zijn weggelakt. Bij document 10 zijn "
          "de appberichten van wethouder [[Haitsma|oth]] openbaar; het telefoonnummer van de projectleider, "
          "[[Auke Bergsma-Idema|P]], is weggelakt.", "small"),
    ]
    return Doc("besluit_woo_zonnepark_goenga.pdf", "besluit", "rl-ttf", "J. Reitsma",
               "Besluit Woo-verzoek zonnepark", "2024-04-22", body, font="DejaVuSansCondensed", size=10,
               running=[Running("[[Z/24/118203-WOO|ken]] · pagina {page}", "footer", "all", "right", 7.5)],
               opts={"margins": (25, 24, 24, 22)},
               note="Woo-besluit met inventarislijst; verzoeker, behandelaar, ondertekenaar")


def docs():
    return [verslag_mt(), telefoonnotitie(), persbericht(), memo_rapport(), bezoekprogramma(), woo_besluit()]
