"""Memos, advice, council information letter, press release."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def memo_paraaf_jeugdhulp():
    body = [
        P("MEMO", "title", size=18),
        KV([("Aan", "wethouder [[Nadia Boukhari|oth]] (Jeugd en Onderwijs)"),
            ("Van", "[[Tessa van den Broek|P]], senior inkoopadviseur Sociaal Domein"),
            ("Via", "[[Hidde Kingma|P]], afdelingshoofd; [[Esther Mol-de Jager|P]], directeur Samenleving"),
            ("Datum", "[[7 oktober 2024|dt]]"),
            ("Zaaknummer", "[[2024-SD-04417|ken]]"),
            ("Onderwerp", "verlenging raamovereenkomsten specialistische jeugdhulp Regio Zwolle")],
           label_w=0.2, style="lines", size=10),
        Tbl([["Paraaf", "Naam", "Functie", "Datum", "Akkoord"],
             ["[[TvdB|I]]", "[[T. van den Broek|P]]", "steller", "[[07-10|dt]]", "n.v.t."],
             ["[[HK|I]]", "[[H. Kingma|P]]", "afdelingshoofd Inkoop", "[[08-10|dt]]", "ja"],
             ["[[EMdJ|I]]", "[[E. Mol-de Jager|P]]", "directeur", "[[09-10|dt]]", "ja, zie opm."],
             ["[[ŁN|I]]", "[[Ł. Nowakowski|P]]", "jurist Contractbeheer", "[[08-10|dt]]", "ja"]],
            [0.12, 0.28, 0.28, 0.14, 0.18], size=9, shade="#e2efda"),
        P("Aanleiding", "h2"),
        P("De raamovereenkomsten voor specialistische jeugdhulp in de Regio Zwolle lopen op "
          "[[31 december 2024|dt]] af. De overeenkomsten kunnen twee keer met een jaar worden verlengd. Het "
          "Regionaal Inkoopbureau vraagt de elf gemeenten vóór [[1 november 2024|dt]] te laten weten of zij "
          "instemmen met de eerste verlenging."),
        P("Advies", "h2"),
        P("Stem in met verlenging tot en met [[31 december 2025|dt]] en vraag het Regionaal Inkoopbureau om in 2025 "
          "de tarieven voor verblijf opnieuw te toetsen. De wethouders van Kampen en Dalfsen, [[Harm Jan Wolters|oth]] "
          "en [[Ria ten Hove|oth]], hebben in het portefeuillehoudersoverleg al laten weten dat zij dit ook willen."),
        P("Toelichting", "h2"),
        P("Uit de monitor van het derde kwartaal blijkt dat de wachttijden voor traumabehandeling zijn opgelopen tot "
          "veertien weken. Dat komt vooral doordat een grote aanbieder, Horizon Jeugdzorg Oost, minder "
          "behandelaars heeft. Ons contactpersoon daar, [[Ruben Hesselink|P]], heeft toegezegd dat er in januari "
          "drie nieuwe behandelaars starten. Zonder verlenging ontstaat een risico op een zorgbreuk voor ruim 300 "
          "jeugdigen."),
        P("De jurist Contractbeheer, [[Łukasz Nowakowski|P]], wijst erop dat de verlenging alleen geldig is als alle "
          "gemeenten instemmen. Als één gemeente niet instemt, moet die gemeente zelf opnieuw aanbesteden. Volgens "
          "[[Nowakowski|P]] is dat voor onze gemeente geen reëel scenario."),
        P("Financiën", "h2"),
        P("De verlenging past binnen de begroting 2025. De indexering van 3,8 procent is al meegenomen in de "
          "kadernota. De directeur ([[EMdJ|I]]) merkt op dat de indexering in de regio ter discussie staat en "
          "adviseert in de brief aan het inkoopbureau te vragen om een gezamenlijke onderbouwing."),
        P("Communicatie", "h2"),
        P("Na uw besluit informeert [[Tessa|P]] de aanbieders via het inkoopportaal. De raad wordt via de "
          "eerstvolgende raadsinformatiebrief geïnformeerd. Vragen over deze memo kunt u stellen aan "
          "[[t.vandenbroek@zwolle.nl|E]] of via het secretariaat ([[038 498 2000|gn]])."),
        Sp(2),
        Tbl([["Besluit wethouder", ""],
             ["akkoord / niet akkoord", "paraaf wethouder:"],
             ["opmerking", "graag eerst afstemmen met [[Wolters|oth]] over de tarieven"]],
            [0.35, 0.65], size=9, shade="#f2f2f2"),
    ]
    return Doc("memo_paraaf_jeugdhulp_verlenging.pdf", "nota", "lo", "Broek, Tessa van den",
               "Memo verlenging raamovereenkomsten jeugdhulp", "2024-10-07", body,
               running=[Running("Gemeente Zwolle · memo [[2024-SD-04417|ken]]", "footer", "all", "left", 8)],
               font="Liberation Sans", size=10.5, opts={"margins": (22, 22, 20, 20)},
               note="memo aan wethouder met parafentabel (TvdB, HK, EMdJ, ŁN) en initialen in de lopende tekst")


def advies_juridisch():
    body = [
        P("Gemeente Zaanstad – Team Juridische Zaken", "h2"),
        P("Juridisch advies", "title", size=16),
        KV([("Aan", "[[Ilse Boekhorst|P]], casemanager Toezicht en Handhaving"),
            ("Van", "[[mr. Yara Mendes Moreira|P]], juridisch adviseur"),
            ("Datum", "[[3 juni 2024|dt]]"),
            ("Kenmerk", "[[JZ/2024/0392|ken]]"),
            ("Betreft", "invordering dwangsom cafetaria ‘De Smulhoek’, Westzijde")],
           label_w=0.16, style="shaded", size=9.5),
        P("1. Vraag", "h2"),
        P("Je vraagt of de gemeente kan overgaan tot invordering van de verbeurde dwangsommen bij de exploitant van "
          "cafetaria De Smulhoek, de heer [[Hendrik Kok|P]], en of het nog zin heeft een nieuwe last op te leggen "
          "nu hij een aanvraag voor een omgevingsvergunning heeft ingediend."),
        P("2. Feiten", "h2"),
        P("Bij besluit van [[14 november 2023|dt]] ([[HH-2023-1187|ken]]) is aan de heer [[Kok|P]] een last onder "
          "dwangsom opgelegd voor het zonder vergunning bouwen van een uitbouw aan de achterzijde van de "
          "cafetaria. De begunstigingstermijn liep af op [[15 februari 2024|dt]]. Bij de controles van "
          "[[19 februari|dt]], [[18 maart|dt]] en [[22 april 2024|dt]] heeft toezichthouder [[Bram Hilbrands|P]] "
          "vastgesteld dat de uitbouw er nog staat en in gebruik is als keuken. Volgens [[Hilbrands|P]] stond "
          "[[de kok|w]] tijdens de laatste controle in de uitbouw te frituren. Er is dus drie keer € 2.500 "
          "verbeurd."),
        P("Op [[6 mei 2024|dt]] heeft de gemachtigde van de heer [[Kok|P]], [[mr. Sven Kloppenburg|P]], een "
          "aanvraag omgevingsvergunning ingediend voor legalisatie van de uitbouw."),
        P("3. Beoordeling", "h2"),
        P("Uit artikel 5:37 Awb volgt dat het bestuursorgaan in beginsel verplicht is een verbeurde dwangsom in te "
          "vorderen. Alleen in bijzondere omstandigheden kan daarvan worden afgezien (zie ABRvS "
          "[[10 januari 2024|dt]], [[ECLI:NL:RVS:2024:57|ken]]). Een ingediende aanvraag om legalisatie is op "
          "zichzelf geen bijzondere omstandigheid. Dat ligt anders als er concreet zicht op legalisatie bestaat. "
          "In de literatuur wordt dit ook zo uitgelegd, zie [[Hoogland-Sarmo|au]], ‘Invordering na legalisatie’, "
          "JBplus 2023/14."),
        P("Van concreet zicht op legalisatie is hier geen sprake. De uitbouw staat op gronden met de bestemming "
          "‘Tuin’. Volgens de ruimtelijke adviseur, [[Gökhan Kaplan|P]], is afwijken alleen mogelijk als de "
          "brandveiligheid is aangetoond. Dat is nog niet gebeurd. [[Kaplan|P]] verwacht daarom dat de aanvraag "
          "zal worden geweigerd of dat nadere eisen nodig zijn."),
        P("4. Advies", "h2"),
        P("a. Vorder de verbeurde dwangsommen (€ 7.500) in met een invorderingsbesluit. Geef de heer [[Kok|P]] "
          "eerst de gelegenheid een zienswijze te geven (artikel 4:8 Awb).\n"
          "b. Leg nu geen nieuwe last op. Het maximum van de dwangsom is nog niet bereikt; de last loopt door.\n"
          "c. Neem de aanvraag voortvarend in behandeling. Als de vergunning toch wordt verleend, kan de "
          "invordering nog worden heroverwogen."),
        P("5. Risico’s", "h2"),
        P("De heer [[Kok|P]] heeft in een telefoongesprek met [[Ilse|P]] gezegd dat hij ‘het tot de rechter laat "
          "komen’. Een beroep bij de rechtbank Noord-Holland heeft geen schorsende werking, maar een voorlopige "
          "voorziening is wel mogelijk. Gezien de vaste rechtspraak schat ik de kans op succes voor de gemeente "
          "hoog in."),
        Sp(2),
        P("Ik hoor graag of je verder nog iets nodig hebt.\n[[Yara|P]]\n[[y.mendesmoreira@zaanstad.nl|E]] · "
          "[[06 28 17 40 93|T]]"),
        Sp(3),
        P("Kopie: [[juridischezaken@zaanstad.nl|mb]]", "small"),
    ]
    return Doc("advies_juridische_zaken_invordering.pdf", "nota", "rl-ttf", "Mendes Moreira, Y.",
               "Juridisch advies invordering dwangsom", "2024-06-03", body,
               running=[Running("Intern advies – niet voor verspreiding buiten de gemeente", "header", "all", "center",
                                7.5)],
               font="LiberationSerif", size=10.5, opts={"margins": (26, 24, 26, 24)},
               note="juridisch advies: exploitant Kok naast ‘de kok’, toezichthouder, gemachtigde, ECLI en literatuur")


def raadsinformatiebrief_armoede():
    body = [
        P("Raadsinformatiebrief", "title", size=17),
        KV([("Aan", "de gemeenteraad van Leeuwarden"),
            ("Van", "het college van burgemeester en wethouders"),
            ("Portefeuillehouder", "wethouder [[Saskia Veenstra-Bouali|oth]]"),
            ("Datum", "[[12 september 2024|dt]]"),
            ("Nummer", "[[RIB 2024-088|ken]]"),
            ("Onderwerp", "resultaten Armoedemonitor Leeuwarden 2024")],
           label_w=0.24, style="plain", size=9.5),
        HR(),
        P("Geachte leden van de raad,"),
        P("Met deze brief informeren wij u over de resultaten van de Armoedemonitor 2024. De monitor is voor de "
          "derde keer uitgevoerd door het lectoraat Armoede en Participatie van NHL Stenden Hogeschool. De "
          "onderzoekers, [[dr. Anne-Marije Bergsma|au]] en [[Yusuf Karakaya MSc|au]], hebben daarvoor gegevens van "
          "het CBS en van de gemeente gecombineerd met een enquête onder 1.420 huishoudens."),
        P("Belangrijkste uitkomsten", "h2"),
        P("• Het aandeel huishoudens met een inkomen onder 120 procent van het sociaal minimum daalde van 14,2 naar "
          "13,1 procent.\n"
          "• Het bereik van de Meedoenregeling steeg naar 71 procent, maar onder werkenden met een laag inkomen "
          "blijft het laag (38 procent).\n"
          "• Volgens [[Bergsma|au]] en [[Karakaya|au]] hebben vooral alleenstaande ouders in [[Heechterp-Schieringen|pl]] "
          "en [[Vrijheidswijk|pl]] nog steeds moeite om rond te komen.\n"
          "• Het aantal aanvragen voor schuldhulp is gelijk gebleven; wel melden mensen zich eerder."),
        P("Wat gaan wij doen?", "h2"),
        P("Wij nemen de aanbevelingen van de onderzoekers over. Wij gaan werkende ouders gerichter benaderen, "
          "onder meer via werkgevers in de zorg en de schoonmaak. Ook breiden wij het aantal spreekuren van "
          "Geldzaken Leeuwarden uit in de wijkcentra. Wethouder [[Veenstra-Bouali|oth]] bespreekt de uitkomsten op "
          "[[2 oktober 2024|dt]] met het Armoedeplatform."),
        P("Vragen uit de raad", "h2"),
        P("In de commissievergadering van [[4 juni 2024|dt]] vroeg raadslid [[Pieter Gorter|oth]] (GroenLinks) of "
          "de monitor ook iets zegt over energiearmoede. Dat is het geval: 9 procent van de huishoudens geeft aan "
          "dat zij in de winter niet genoeg kunnen verwarmen. Raadslid [[Fatiha Aouragh|oth]] (PvdA) vroeg naar "
          "studenten. De onderzoekers hebben studenten dit jaar apart onderzocht; de resultaten staan in hoofdstuk 6."),
        P("Cijfers per wijk", "h2"),
        P("De tabel hieronder geeft het aandeel huishoudens met een laag inkomen per wijk, en het bereik van de "
          "Meedoenregeling. De cijfers komen uit het rapport van [[Bergsma|au]] en [[Karakaya|au]] (tabel 3.2)."),
        Tbl([["Wijk", "laag inkomen 2022", "laag inkomen 2024", "bereik Meedoenregeling"],
             ["[[Heechterp-Schieringen|pl]]", "27,4 %", "25,9 %", "78 %"],
             ["[[Vrijheidswijk|pl]]", "21,8 %", "20,1 %", "74 %"],
             ["Bilgaard", "16,2 %", "15,7 %", "69 %"],
             ["Binnenstad", "15,0 %", "13,2 %", "55 %"],
             ["Zuiderburen", "4,1 %", "3,9 %", "41 %"],
             ["Leeuwarden totaal", "14,2 %", "13,1 %", "71 %"]],
            [0.34, 0.22, 0.22, 0.22], size=9),
        P("Ervaringsdeskundigen", "h2"),
        P("Aan het onderzoek hebben twaalf ervaringsdeskundigen meegewerkt. Zij hebben de vragenlijst getest en "
          "de uitkomsten besproken in twee bijeenkomsten. Op hun verzoek noemen wij hun namen niet. Zij hebben "
          "ons gewezen op het belang van één vast aanspreekpunt. Een van hen zei in de bijeenkomst van "
          "[[18 juni 2024|dt]]: ‘Je moet steeds opnieuw je verhaal vertellen, aan steeds iemand anders.’ Wij "
          "nemen dit mee bij de inrichting van de wijkteams. Ook onderzoeken wij of de aanvraag voor de "
          "Meedoenregeling automatisch kan worden verlengd voor mensen van wie het inkomen niet is veranderd."),
        P("Energiearmoede", "h2"),
        P("In de winter van 2023–2024 hebben 2.300 huishoudens een bijdrage uit het Noodfonds Energie "
          "ontvangen. Het rijk heeft aangekondigd dat het Noodfonds in 2025 niet terugkomt. Wij onderzoeken "
          "met de woningcorporaties Elkien en WoonFriesland hoe zij huurders met een hoge energierekening "
          "kunnen helpen, bijvoorbeeld door sneller te isoleren."),
        P("Vervolg", "h2"),
        P("Het rapport ‘Rondkomen in Leeuwarden 2024’ staat op [[www.leeuwarden.nl/armoedemonitor|gn]]. In het "
          "eerste kwartaal van 2025 ontvangt u een voorstel voor de herziening van het armoedebeleid. Daarin "
          "nemen wij ook de ervaringen mee van de ervaringsdeskundigen die aan het onderzoek meewerkten."),
        Sp(3),
        P("Met vriendelijke groet,"),
        P("burgemeester en wethouders van Leeuwarden,"),
        Tbl([["de secretaris,", "de burgemeester,"],
             ["[[drs. J.W. Hettinga|oth]]", "[[Wiebe Hoogterp|oth]]"]],
            [0.5, 0.5], header=False, grid=False),
        Sp(4),
        P("Contactpersoon voor inhoudelijke vragen: [[Kaj Vos|P]], beleidsadviseur Inkomen, [[06 18 47 22 90|T]], "
          "[[kaj.vos@leeuwarden.nl|E]]. Algemene vragen: [[griffie@leeuwarden.nl|mb]].", "small"),
    ]
    return Doc("raadsinformatiebrief_armoedemonitor.pdf", "brief", "rl-std", "Vos, K.",
               "Raadsinformatiebrief Armoedemonitor 2024", "2024-09-12", body,
               running=[Running("[[RIB 2024-088|ken]] – pagina {page}", "footer", "all", "right", 7.5)],
               font="Helvetica", size=10, opts={"margins": (25, 25, 25, 22)},
               note="raadsinformatiebrief: onderzoekers (auteurs), wethouder, raadsleden, burgemeester, secretaris "
                    "(houden); contactpersoon (lakken)")


def persbericht_fietsbrug():
    body = [
        P("PERSBERICHT", "h1", size=11),
        P("Nieuwe fietsbrug verbindt Meerhoven met het bos", "title", size=17),
        P("Eindhoven, [[20 juni 2024|dt]]", "small"),
        P("**Vanaf zaterdag kunnen fietsers en wandelaars vanuit Meerhoven over een nieuwe brug over het "
          "Beatrixkanaal naar [[het bos|w]] bij [[Landgoed Wolfswinkel|pl]]. De brug van 64 meter is gemaakt van "
          "hout uit Nederlandse bossen en is daarmee de langste houten fietsbrug van Noord-Brabant.**"),
        P("Gedeputeerde [[Joris van Beurden|oth]] van de provincie Noord-Brabant en wethouder "
          "[[Marloes Hendrikx-Ozturk|oth]] van Eindhoven openen de brug zaterdag om 11.00 uur. ‘Deze brug maakt "
          "het makkelijker om de auto te laten staan,’ zegt [[Van Beurden|oth]]. ‘Scholieren uit Meerhoven fietsen "
          "nu in tien minuten naar het Veldhovense Sondervick College.’"),
        P("Hout in plaats van beton", "h2"),
        P("De brug is ontworpen door ingenieursbureau Brugwerk in samenwerking met de TU Eindhoven. Het hout komt "
          "uit [[het Leenderbos|pl]] en is verwerkt tot gelamineerde liggers. Volgens woordvoerder "
          "[[Sanne Bos|oth]] van Brugwerk stoot de bouw zo’n zestig procent minder CO₂ uit dan een betonnen brug. "
          "‘We wilden laten zien dat het kan,’ zegt [[Bos|oth]]. ‘Het onderhoud is iets intensiever, maar de brug "
          "gaat minstens vijftig jaar mee.’"),
        P("Rekening houden met de natuur", "h2"),
        P("Omdat de brug in een natuurgebied ligt, is er geen verlichting op het brugdek. Langs de aanloop zijn "
          "vleermuisvriendelijke lampen geplaatst. Tijdens de bouw is met boswachters van Staatsbosbeheer "
          "afgesproken dat er in het broedseizoen niet werd geheid."),
        P("Feestelijke opening", "h2"),
        P("Na de opening is er tot 15.00 uur een programma voor bewoners, met een fietstocht langs de "
          "[[Gagelbossen|pl]] en een kinderspeurtocht. Aanmelden is niet nodig. Meer informatie: "
          "[[www.eindhoven.nl/fietsbrug|gn]]."),
        HR(),
        P("**Noot voor de redactie (niet voor publicatie)**", "small"),
        P("Voor vragen en interviewverzoeken kunt u contact opnemen met [[Ruben Smit|P]], persvoorlichter gemeente "
          "Eindhoven, via [[06 41 09 82 37|T]] of [[r.smit@eindhoven.nl|E]]. Beeldmateriaal is te downloaden via "
          "[[pers@eindhoven.nl|mb]]. Op de dag zelf is ook [[Mila Tjon-A-Fat|P]] van Brugwerk aanwezig "
          "([[+31 (0)6 2390 1748|T]]).", "small"),
    ]
    return Doc("persbericht_fietsbrug_meerhoven.pdf", "persbericht", "rl-ttf", "Smit, Ruben",
               "Persbericht fietsbrug Meerhoven", "2024-06-20", body,
               font="DejaVuSans", size=9.5,
               opts={"margins": (24, 24, 34, 24),
                     "logo": {"kind": "bar", "lines": ["**gemeente Eindhoven**"], "color": "#c8102e",
                              "italic": False, "size": 12}},
               note="persbericht: woordvoerder Bos naast ‘het bos’ (houden), gedeputeerde, wethouder; perscontact lakken")


def docs():
    return [memo_paraaf_jeugdhulp(), advies_juridisch(), raadsinformatiebrief_armoede(), persbericht_fietsbrug()]
