"""Letters and decisions: a Kamerbrief answering Kamervragen, a nota to a staatssecretaris, a lawyer's
letter, a Woo decision with an inventory annex and a provincial press release."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def kamerbrief_overwegen():
    body = [
        Sp(4),
        P("> Retouradres Postbus 20901 2500 EX Den Haag", "small"),
        P("De voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG"),
        Sp(6),
        KV([["Datum", "[[4 maart 2025|dt]]"],
            ["Betreft", "Antwoorden op Kamervragen over onbewaakte overwegen in Gelderland en Overijssel"]],
           label_w=0.16, size=9.5),
        Sp(2),
        P("Hierbij beantwoord ik, mede namens de minister van Infrastructuur en Waterstaat, de vragen van de leden "
          "[[El Idrissi|kl]] (GroenLinks-PvdA) en [[Kuipers-Oldenzaal|kl]] (NSC) over de veiligheid van onbewaakte "
          "overwegen (ingezonden [[22 januari 2025|dt]], kenmerk [[2025Z01127|ken]])."),
        P("**Vraag 1**\nBent u bekend met het bericht ‘Weer bijna-ongeluk op boerenovergang bij Wijhe’?"),
        P("**Antwoord 1**\nJa."),
        P("**Vraag 2**\nHoeveel onbewaakte overwegen liggen er nog op het hoofdspoorwegnet, en hoeveel daarvan "
          "liggen op particuliere erven?"),
        P("**Antwoord 2**\nVolgens de opgave van ProRail lagen er op [[1 januari 2025|dt]] nog 148 niet-actief "
          "beveiligde overwegen (NABO’s) op het hoofdspoorwegnet. Van deze overwegen liggen er 61 op of direct "
          "naast particuliere erven, vooral op de lijnen Zwolle–Deventer en Zutphen–Hengelo. De verdeling per "
          "provincie staat in de bijlage bij deze brief."),
        P("**Vraag 3**\nWanneer zijn alle onbewaakte overwegen opgeheven of beveiligd?"),
        P("**Antwoord 3**\nHet programma NABO loopt tot en met 2030. In de voortgangsbrief van "
          "[[14 november 2024|dt]] heb ik de Kamer gemeld dat het programma vertraging oploopt doordat "
          "grondverwerving langer duurt dan voorzien. Ik verwacht dat 120 overwegen vóór eind 2028 zijn opgeheven "
          "of beveiligd. Voor de overige overwegen onderzoekt ProRail samen met de gemeenten alternatieve "
          "ontsluitingen, zoals parallelwegen of een gezamenlijke onderdoorgang.¹"),
        P("**Vraag 4**\nDeelt u de mening dat de veiligheid van omwonenden voorrang moet hebben boven de kosten "
          "van een onderdoorgang?"),
        P("**Antwoord 4**\nVeiligheid staat voorop. Tegelijk laat het rapport ‘Overwegen in het buitengebied’ "
          "van [[ir. Wendela Hoogenboezem|au]] en [[Sjoerd Pals|au]] (Kennisinstituut voor Mobiliteitsbeleid, 2023) "
          "zien dat het opheffen van een overweg zonder goed alternatief kan leiden tot langere omrijroutes en "
          "meer verkeer langs scholen. [[Hoogenboezem|au]] en [[Pals|au]] adviseren daarom per overweg een "
          "afweging te maken. Ik neem dat advies over."),
        P("**Vraag 5**\nIs er contact geweest met de gemeente Olst-Wijhe en met de bewoners van de betreffende "
          "boerderij?"),
        P("**Antwoord 5**\nJa. Op [[6 februari 2025|dt]] heeft ProRail met de gemeente en de provincie "
          "Overijssel gesproken. Gedeputeerde [[Annerieke Slot-Boerema|oth]] heeft toegezegd dat de provincie "
          "meebetaalt aan een parallelweg. Met de bewoners is afzonderlijk gesproken; over de inhoud van die "
          "gesprekken doe ik uit privacyoverwegingen geen mededelingen."),
        P("**Vraag 6**\nKunt u deze vragen afzonderlijk en vóór het commissiedebat Spoor beantwoorden?"),
        P("**Antwoord 6**\nHet is helaas niet gelukt de vragen binnen de gebruikelijke termijn te beantwoorden, "
          "omdat de gegevens van ProRail eerst moesten worden gecontroleerd. Het lid [[Brakenhoff|kl]] (VVD) "
          "heeft in de procedurevergadering van [[29 januari 2025|dt]] gevraagd het commissiedebat uit te stellen; "
          "de antwoorden zijn daardoor tijdig voor het debat beschikbaar."),
        Sp(4),
        P("De staatssecretaris van Infrastructuur en Waterstaat –\nOpenbaar Vervoer en Milieu,"),
        Sp(10),
        P("[[Jochem Wiersema-Tol|min]]"),
        Sp(6),
        HR(),
        P("¹ De gegevens zijn aangeleverd door de afdeling Spoorveiligheid van ProRail en gecontroleerd door de "
          "directie Openbaar Vervoer en Spoor (behandelaars: [[drs. M.C. Ottevanger|P]] en [[Priya Ramcharan|P]]). "
          "Vragen over de bijlage kunnen worden gesteld via [[ovs-secretariaat@minienw.nl|mb]].", "small"),
    ]
    return Doc("kamerbrief_antwoorden_overwegen.pdf", "brief", "rl-ttf", "Ramcharan, Priya",
               "Antwoorden Kamervragen onbewaakte overwegen", "2025-03-04", body,
               running=[Running("Ons kenmerk [[IENW/BSK-2025/41822|ken]]", "header", "all", "right", 7.5),
                        Running("Pagina {page}", "footer", "all", "right", 7.5)],
               font="LiberationSans", size=9.5,
               opts={"margins": (28, 40, 28, 24), "logo": {"kind": "rijk", "lines": [
                   "Ministerie van Infrastructuur", "en Waterstaat"]}, "first_top": 8,
                   "creator": "Microsoft® Word 2016"},
               note="Kamerbrief met antwoorden: Kamerleden (houden), staatssecretaris, gedeputeerde, rapportauteurs; "
                    "ambtelijke behandelaars alleen in een voetnoot")


def nota_staatssecretaris():
    body = [
        P("Nota", "title", size=18),
        KV([["Aan", "de staatssecretaris van Financiën – Fiscaliteit en Belastingdienst"],
            ["Van", "directeur-generaal Fiscale Zaken"],
            ["Datum", "[[17 september 2024|dt]]"],
            ["Kenmerk", "[[2024-0000318821|ken]]"],
            ["Onderwerp", "Hersteloperatie kinderopvangtoeslag – stand van zaken integrale beoordeling"],
            ["Kopie aan", "DG Belastingdienst; plv. DGFZ [[H.J. (Hanneke) Oosterwijk-Baan|P]]; "
                          "directie Financieel-Economische Zaken, t.a.v. [[Roel Stuivenberg|P]]; "
                          "Directie Communicatie, t.a.v. [[Noor ten Hagen-Smits|P]]; "
                          "[[Dienst Toeslagen|org]] (UHT)"]],
           label_w=0.18, style="lines", size=9.5),
        P("Aanleiding", "h2"),
        P("U heeft gevraagd om een overzicht van de voortgang van de integrale beoordeling, voorafgaand aan het "
          "commissiedebat Hersteloperatie van [[2 oktober 2024|dt]]. Deze nota geeft dat overzicht en vraagt uw "
          "akkoord op de voorgestelde aanpak van de langst wachtende ouders."),
        P("Geadviseerd besluit", "h2"),
        P("– Akkoord te gaan met een aparte behandelroute voor ouders die langer dan twee jaar wachten.\n"
          "– Akkoord te gaan met bijgaande conceptbrief aan de Kamer (bijlage 1)."),
        P("Kernpunten", "h2"),
        P("1. Van de circa 74.000 aanmelders hebben er 41.000 een integrale beoordeling ontvangen. Het tempo ligt "
          "met 1.150 beoordelingen per maand onder de planning van 1.400."),
        P("2. De achterstand zit vooral bij dossiers met een schuldencomponent. Het team van [[Stuivenberg|P]] "
          "heeft berekend dat een aparte route de doorlooptijd met gemiddeld vijf maanden kan verkorten, tegen "
          "extra uitvoeringskosten van € 6,2 mln in 2025."),
        P("3. De Commissie Werkelijke Schade heeft laten weten dat zij de voorgestelde route steunt. De voorzitter, "
          "[[Marlies Veldhuijzen|oth]], heeft daarover op [[9 september 2024|dt]] een brief aan u gestuurd."),
        P("4. Uit de gesprekken met ouders blijkt dat vooral de onzekerheid zwaar weegt. Een ouder schreef aan het "
          "Ouderpanel dat zij ‘liever vandaag een eerlijk nee krijgt dan over een jaar een misschien’. Het "
          "Ouderpanel (contact via [[ouderpanel@toeslagen.nl|mb]]) wordt vóór de Kamerbrief gehoord."),
        P("Politieke context", "h2"),
        P("Het lid [[Brinkhorst-Ates|kl]] heeft in het vorige debat een motie ingediend die vraagt om een "
          "‘noodremprocedure’ voor de langst wachtenden. De voorgestelde route komt grotendeels tegemoet aan die "
          "motie. Het lid [[Vermeulen-Öztürk|kl]] heeft schriftelijke vragen aangekondigd over de kosten."),
        P("Communicatie", "h2"),
        P("De Directie Communicatie bereidt een Q&A voor. Het woordvoeringslijnenoverleg is op "
          "[[20 september 2024|dt]]; [[Noor|P]] stemt dat af met het kabinet van de staatssecretaris."),
        Sp(3),
        Tbl([["Paraaf", "Naam / rol", "Datum"],
             ["[[HJOB|I]]", "plv. DGFZ", "[[17-09-2024|dt]]"],
             ["[[RS|I]]", "FEZ", "[[16-09-2024|dt]]"],
             ["[[NtH|I]]", "DCo", "[[17-09-2024|dt]]"]], [0.2, 0.5, 0.3], size=9),
        HR(),
        P("**Colofon**", "small"),
        P("Contactpersoon: [[mr. drs. Ilias Benali|P]], senior beleidsmedewerker Hersteloperatie\n"
          "T [[070 342 91 57|T]]  M [[06 4813 2209|T]]\n"
          "E [[i.benali@minfin.nl|E]]\n"
          "Korte Voorhout 7, 2511 CW Den Haag · Postbus 20201, 2500 EE Den Haag · [[www.rijksoverheid.nl|gn]]",
          "small"),
    ]
    return Doc("nota_staatssecretaris_hersteloperatie.pdf", "nota", "lo", "Benali, I.",
               "Nota stand van zaken integrale beoordeling", "2024-09-17", body,
               font="Calibri", size=10,
               running=[Running("Directoraat-generaal Fiscale Zaken – kenmerk [[2024-0000318821|ken]]", "header",
                                "all", "left", 7.5),
                        Running("Behandelaar: [[I. Benali|P]]", "footer", "all", "left", 7.5)],
               opts={"margins": (25, 25, 22, 22), "line_spacing": 1.1},
               note="nota aan staatssecretaris met ‘Kopie aan’-regel (initialen met roepnaam, dubbele naam), "
                    "parafentabel (HJOB, RS, NtH), colofon met direct en mobiel nummer; behandelaar in voettekst")


def advocaatbrief():
    body = [
        P("**Veldhoen Rozemond Advocaten**", size=13),
        P("Catharijnesingel 52 · 3511 GC Utrecht · T [[030 231 44 90|gn]] · [[www.veldhoenrozemond.nl|gn]]",
          "small"),
        HR(),
        Sp(4),
        P("Aangetekend en per e-mail ([[bezwaarschriften@nieuwegein.nl|mb]])"),
        P("College van burgemeester en wethouders van Nieuwegein\nt.a.v. de Commissie bezwaarschriften\n"
          "Postbus 1\n3430 AA Nieuwegein"),
        Sp(3),
        KV([["Datum", "[[21 oktober 2024|dt]]"],
            ["Uw kenmerk", "[[Z/24/188403|ken]]"],
            ["Ons kenmerk", "[[2024.0917/AV|ken]]"],
            ["Behandeld door", "mr. [[A.L. Verheul|P]]"],
            ["Betreft", "bezwaar tegen last onder dwangsom – [[Mohamed Aarab|P]]"]], label_w=0.22, size=10),
        P("Geacht college,"),
        P("Namens mijn cliënt, de heer [[Mohamed Aarab|P]], geboren op [[3 augustus 1979|D]], wonende aan "
          "de [[Fokkesteeg 18|A]], [[3432 BK|Z]] Nieuwegein, maak ik hierbij bezwaar tegen uw besluit van "
          "[[12 september 2024|dt]] (verzonden [[13 september 2024|dt]]), waarbij aan cliënt een last onder "
          "dwangsom is opgelegd wegens het zonder vergunning gebruiken van de garage als werkplaats."),
        P("1. Feiten", "h2"),
        P("Cliënt repareert in zijn vrije tijd fietsen voor buurtbewoners. Hij doet dat sinds 2016 in de garage "
          "achter zijn woning. Hij vraagt daarvoor een kleine vergoeding. Op [[27 juni 2024|dt]] heeft een "
          "toezichthouder, de heer [[Sven Hakkert|P]], de garage bezocht naar aanleiding van een klacht van een "
          "buurman. Van dat bezoek is een rapport opgemaakt (bijlage 2). In dat rapport staat dat ‘een "
          "commerciële fietsenwerkplaats’ wordt geëxploiteerd. Dat is onjuist."),
        P("De buurman die de klacht heeft ingediend, de heer [[Gerben Wolthuis|P]], woont op [[Fokkesteeg 22|A]]. "
          "Tussen hem en cliënt loopt al langer een burenconflict over de erfgrens. Cliënt heeft daarover in "
          "2023 contact gehad met de wijkagent."),
        P("2. Gronden", "h2"),
        P("**a. Geen overtreding.** Van bedrijfsmatig gebruik is geen sprake. Cliënt heeft geen inschrijving bij de "
          "Kamer van Koophandel, maakt geen reclame en repareert gemiddeld drie fietsen per week. De Afdeling "
          "bestuursrechtspraak heeft in vergelijkbare gevallen geoordeeld dat kleinschalige hobbymatige "
          "activiteiten passen binnen het woongebruik (zie [[ECLI:NL:RVS:2021:1436|ken]])."),
        P("**b. Zorgvuldigheid.** Cliënt is niet gehoord voordat het besluit werd genomen. In de vooraankondiging "
          "van [[15 juli 2024|dt]] stond dat hij zijn zienswijze kon geven bij mevrouw [[Evelien Bosschaart|P]] "
          "van team Handhaving. Cliënt heeft haar op [[22 juli|dt]] gebeld; zij zou terugbellen, maar dat is niet "
          "gebeurd. Het dossier bevat geen gespreksverslag."),
        P("**c. Evenredigheid.** De hoogte van de dwangsom (€ 500 per week, maximaal € 10.000) staat in geen "
          "verhouding tot de gestelde overtreding. Cliënt heeft een inkomen op bijstandsniveau."),
        P("3. Verzoek", "h2"),
        P("Ik verzoek u het besluit te herroepen. Cliënt wenst te worden gehoord. Ik verzoek u mij daarvoor "
          "tijdig uit te nodigen en mij een kopie van het volledige dossier te sturen, inclusief de klacht van de "
          "heer [[Wolthuis|P]] en eventuele foto’s."),
        P("Tevens verzoek ik u, gelet op artikel 7:15 Awb, de kosten van rechtsbijstand te vergoeden. De "
          "toevoeging van de Raad voor Rechtsbijstand is aangevraagd onder nummer [[4KT8821|O]]."),
        P("Met vriendelijke groet,"),
        Sig(4471, 44, 15),
        P("mr. [[Anouk Verheul|S]]\nadvocaat\nDirect: [[030 231 44 97|T]] · [[a.verheul@veldhoenrozemond.nl|E]]"),
        Sp(2),
        P("Bijlagen: 1. bestreden besluit; 2. toezichtrapport; 3. machtiging van cliënt", "small"),
    ]
    return Doc("advocaatbrief_bezwaar_dwangsom.pdf", "burgerbrief", "lo", "AV",
               "Bezwaar Aarab", "2024-10-21", body, font="Georgia", size=10.5,
               running=[Running("Veldhoen Rozemond Advocaten is ingeschreven bij de KvK onder nummer "
                                "[[30198722|ken]]. Op al onze diensten zijn de algemene voorwaarden van toepassing.",
                                "footer", "all", "center", 7)],
               opts={"margins": (25, 25, 20, 22), "line_spacing": 1.12},
               note="advocatenbrief namens cliënt: cliënt, toezichthouder, klagende buurman met adres, "
                    "toevoegingsnummer, advocaat met handtekening en direct nummer; kantoornummer en KvK houden")


def woo_besluit_stikstof():
    inv = [["Nr.", "Datum", "Soort", "Afzender / ontvanger", "Beoordeling", "Grond"],
           ["1", "[[08-02-2024|dt]]", "e-mail", "[[Huisintveld, Pieter|P]] → [[Lussenburg, Kevin|P]]",
            "deels openbaar", "5.1.2e"],
           ["2", "[[08-02-2024|dt]]", "bijlage bij 1", "–", "openbaar", "–"],
           ["3", "[[15-02-2024|dt]]", "memo", "[[R. Hardeman|P]] aan gedeputeerde [[Van Houweninge|oth]]",
            "deels openbaar", "5.1.2e, 5.2.1"],
           ["4", "[[19-02-2024|dt]]", "e-mail", "[[Boer-Tillema, Gea de|P]] → "
                                               "[[woo@gelderland.nl|mb]]", "deels openbaar", "5.1.2e"],
           ["5", "[[04-03-2024|dt]]", "verslag", "Bestuurlijk overleg; gedeputeerde [[Van Houweninge|oth]], "
                                                "wethouder [[Ilona Schuttevaer|oth]]", "openbaar", "–"],
           ["6", "[[11-03-2024|dt]]", "app-bericht", "[[Kevin|P]] → [[Roos|P]]", "niet openbaar", "5.1.2i"],
           ["7", "[[12-03-2024|dt]]", "e-mail", "[[Lussenburg, Kevin|P]] → Rijksdienst voor Ondernemend "
                                               "Nederland", "deels openbaar", "5.1.2e, 5.1.1c"],
           ["8", "[[26-03-2024|dt]]", "brief", "veehouder ([[Hendrikus Klompenhouwer|P]]) → GS",
            "deels openbaar", "5.1.2e"]]
    body = [
        P("Provincie Gelderland", size=14),
        P("Postbus 9090 · 6800 GX Arnhem · [[026 359 90 00|gn]] · [[post@gelderland.nl|mb]]", "small"),
        Sp(6),
        P("Aangetekend\n[[Mw. drs. C.E. (Carolien) van Dooren-Ezinga|P]]\n[[Klarenbeekseweg 104|A]]\n"
          "[[6815 AG|Z]]  ARNHEM"),
        Sp(4),
        KV([["Datum", "[[14 mei 2024|dt]]"],
            ["Zaaknummer", "[[2024-006712|ken]]"],
            ["Onderwerp", "Besluit op uw Woo-verzoek over de opkoopregeling veehouderijen Veluwe"]],
           label_w=0.2, size=9.5),
        P("Geachte mevrouw [[Van Dooren-Ezinga|P]],"),
        P("Op [[26 maart 2024|dt]] hebben wij uw verzoek op grond van de Wet open overheid (Woo) ontvangen. U vraagt "
          "om alle documenten over de gesprekken tussen de provincie en veehouders in het gebied rond Barneveld "
          "over vrijwillige beëindiging, in de periode [[1 januari 2024|dt]] tot en met [[25 maart 2024|dt]]."),
        P("Besluit", "h2"),
        P("Wij hebben acht documenten gevonden. Wij maken vier documenten deels openbaar, één document niet "
          "openbaar en drie documenten volledig openbaar. De documenten staan in de inventarislijst in bijlage 1."),
        P("Overwegingen", "h2"),
        P("**Persoonlijke levenssfeer (artikel 5.1, tweede lid, onder e, Woo).** In de documenten staan namen en "
          "contactgegevens van medewerkers van de provincie en van veehouders. Medewerkers die niet in de "
          "openbaarheid treden hebben er belang bij dat hun naam niet openbaar wordt. Namen van gedeputeerden en "
          "wethouders maken wij wel openbaar, omdat zij in hun publieke rol optreden."),
        P("**Bedrijfsgegevens (artikel 5.1, eerste lid, onder c, Woo).** Document 7 bevat gegevens over de "
          "mestproductie van een individueel bedrijf die vertrouwelijk aan de provincie zijn meegedeeld."),
        P("**Persoonlijke beleidsopvattingen (artikel 5.2 Woo).** Document 3 is een interne memo met "
          "opvattingen van een medewerker over mogelijke scenario’s. Feitelijke passages maken wij openbaar."),
        P("**Goed functioneren van de provincie (artikel 5.1, tweede lid, onder i, Woo).** Document 6 is een "
          "persoonlijk appbericht tussen twee medewerkers dat geen bestuurlijke aangelegenheid betreft."),
        P("Zienswijze", "h2"),
        P("Eén veehouder is in de gelegenheid gesteld een zienswijze te geven. Hij heeft op [[30 april 2024|dt]] "
          "laten weten geen bezwaar te hebben, mits zijn naam en bedrijfsadres niet openbaar worden. Daaraan "
          "komen wij tegemoet."),
        P("Bezwaar", "h2"),
        P("Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending bezwaar maken "
          "bij Gedeputeerde Staten van Gelderland. Meer informatie vindt u op [[www.gelderland.nl/bezwaar|gn]]."),
        P("Met vriendelijke groet,\nGedeputeerde Staten van Gelderland,\nnamens dezen,"),
        Sp(8),
        P("[[ing. Bastiaan Wolbers|P]]\nteamleider Informatievoorziening"),
        PB(),
        P("Bijlage 1 – Inventarislijst zaak [[2024-006712|ken]]", "h1"),
        Tbl(inv, [0.06, 0.13, 0.13, 0.36, 0.17, 0.15], size=8.5),
        P("Toelichting: in de kolom ‘Afzender / ontvanger’ zijn voor deze lijst de oorspronkelijke namen "
          "weergegeven. Bij openbaarmaking worden de namen van medewerkers en veehouders weggelakt.", "small"),
    ]
    return Doc("woo_besluit_opkoopregeling_veluwe.pdf", "besluit", "lo", "Wolbers, B.",
               "Besluit Woo-verzoek opkoopregeling", "2024-05-14", body, font="Arial", size=10,
               running=[Running("Zaaknummer [[2024-006712|ken]]", "footer", "all", "right", 7.5)],
               opts={"margins": (24, 22, 20, 20), "line_spacing": 1.1},
               note="Woo-besluit met inventarislijst als tabel: ‘Achternaam, Voornaam’ met pijlen in de kolom "
                    "Afzender/ontvanger, gedeputeerde en wethouder (houden), verzoeker met initialen+roepnaam")


def persbericht_dijkversterking():
    body = [
        P("PERSBERICHT", "title", size=16),
        P("Zeeland, [[9 april 2025|dt]]", "small"),
        P("**Provincie en waterschap starten dijkversterking Oesterdam: fietspad twee jaar dicht**", size=12),
        P("De provincie Zeeland en Waterschap Scheldestromen beginnen in juni met de versterking van de "
          "Oesterdam tussen Tholen en Bergen op Zoom. Het fietspad over de dam is vanaf [[2 juni 2025|dt]] "
          "twee jaar afgesloten. Fietsers worden omgeleid via de Kreekrakdam."),
        P("“Dit is een flinke ingreep voor iedereen die hier dagelijks fietst,” zegt gedeputeerde "
          "[[Marjolein van Haaften-Lievense|oth]]. “Maar de dam moet klaar zijn voor de zeespiegelstijging. We "
          "zorgen voor een goede omleiding en een pendelbus voor scholieren.”"),
        P("Dijkgraaf [[Koen Ouwerkerk|oth]] van Waterschap Scheldestromen: “De Oesterdam beschermt het "
          "achterland tegen het water van de Oosterschelde. Uit de laatste toetsing blijkt dat de bekleding op "
          "drie kilometer niet meer voldoet.”"),
        P("Onderzoek", "h2"),
        P("De aanpak is gebaseerd op het rapport ‘Bekleding en zeespiegel’ van [[prof. dr. Hanneke Dekker-Moens|au]] "
          "(TU Delft, 2024). Volgens [[Dekker-Moens|au]] kan de dam met een nieuwe basaltbekleding tot 2075 mee. De "
          "Commissaris van de Koning, [[Arjen Vrijhoef|oth]], opent de werkzaamheden op [[16 juni 2025|dt]] bij "
          "het [[Pieter Zeemanpaviljoen|pl]]."),
        P("Natuur", "h2"),
        P("Tijdens het werk wordt rekening gehouden met vogels die broeden op de dam. De [[Stichting Johan Verburgh Natuurfonds|org]] begeleidt de aannemer. “Er gaat hier geen [[kluit|w]] aarde weg zonder dat we eerst kijken,” zegt woordvoerder [[Ineke Kluit|oth]] van het waterschap. Volgens [[Kluit|oth]] "
          "controleren ecologen de dam elke ochtend."),
        P("Informatieavonden", "h2"),
        P("Omwonenden zijn welkom op informatieavonden op [[22 april|dt]] in Tholen (Het Zoete Water) en op "
          "[[24 april|dt]] in Bergen op Zoom (Theater De Maagd). Aanmelden via [[oesterdam@zeeland.nl|mb]]."),
        HR(),
        P("**Noot voor de redactie** (niet voor publicatie)\nPersvoorlichting provincie Zeeland: "
          "[[0118 63 17 00|gn]] (bereikbaar 24/7), [[pers@zeeland.nl|mb]]. Beeldmateriaal: "
          "[[www.zeeland.nl/pers|gn]].", "small"),
    ]
    return Doc("persbericht_dijkversterking_oesterdam.pdf", "persbericht", "rl-std", "Provincie Zeeland",
               "Persbericht Oesterdam", "2025-04-09", body, font="Times-Roman", size=11,
               opts={"margins": (30, 30, 28, 24), "logo": {"kind": "bar", "color": "#00557a", "lines": [
                   "Provincie Zeeland"]}, "first_top": 4},
               note="persbericht: gedeputeerde, dijkgraaf, CdK, geciteerde woordvoerder Kluit naast ‘een kluit aarde’, "
                    "rapportauteur; stichting en paviljoen met persoonsnamen; alleen algemene perscontacten")


def docs():
    return [kamerbrief_overwegen(), nota_staatssecretaris(), advocaatbrief(), woo_besluit_stikstof(),
            persbericht_dijkversterking()]
