"""Decisions of a college: a besluitenlijst of a collegevergadering (LibreOffice table), a subsidy decision
to a private couple (LibreOffice, signed) and the college's answer to a council member's written questions."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def besluitenlijst_college():
    rows = [
        ["Nr.", "Onderwerp", "Portefeuille-houder", "Ambtelijk contact", "Besluit"],
        ["1", "Vaststellen besluitenlijst collegevergadering [[4 maart 2025|dt]]", "[[Tielemans|oth]]",
         "[[T. Verbakel|P]]", "Conform vastgesteld."],
        ["2", "Wateroverlast [[Lindenlaan 23|A]] in Schijndel: brief van de familie [[Van Gerwen-Bekkers|P]]", "[[Van Kuringen|oth]]",
         "[[Lisette Groen|P]] (Ruimte), [[0413 38 12 47|T]]",
         "Brief wordt beantwoord conform concept. Het openbaar [[groen|w]] aan de Lindenlaan wordt in het "
         "najaar verlaagd aangelegd, zodat regenwater beter wegzakt. Mevrouw [[Groen|P]] neemt vooraf contact "
         "op met de familie."],
        ["3", "Subsidie 2025 [[Stichting Piet van Thiel Muziekfonds|org]]", "[[El Ouakili|oth]]",
         "[[Ayoub Ziani|P]]", "Subsidie van € 18.500 verleend; de stichting wordt gevraagd een "
                             "jeugdorkest in Veghel op te zetten."],
        ["4", "Verzoek om handhaving tegen bewoning van een bedrijfspand aan de [[Kapelweg 8a|A]] te Erp.\nVerzoeker:\n"
              "[[J.W. (Jan-Willem) Rovers|P]]", "[[Tielemans|oth]]",
         "[[Merve van Dongen-Ateş|P]] (Vergunningen)",
         "Het college besluit een last onder dwangsom op te leggen. De toezichthouder ([[RdK|I]]) legt vooraf "
         "een controlebezoek af. Verzoeker [[Rovers|P]] ontvangt een afschrift."],
        ["5", "Benoeming leden Adviesraad Sociaal Domein", "[[Lamers-Rutten|oth]]", "[[Ayoub Ziani|P]]",
         "Benoemd per [[1 april 2025|dt]]: mevrouw [[Winnie Sluijters|P]], de heer [[Orlando Wijngaarde|P]] en "
         "mevrouw [[Agata Nowacka|P]]. De heer [[Wijngaarde|P]] wordt voorzitter."],
        ["6", "Schriftelijke vragen van raadslid [[Hamidi|oth]] (Lokaal Meierijstad) over parkeren op de "
              "Markt in Veghel", "[[Van Kuringen|oth]]", "[[Daan Hurkmans|P]], [[06 1837 5529|T]]",
         "Antwoorden vastgesteld; ze gaan vóór [[13 maart 2025|dt]] naar de raad."],
        ["7", "Evaluatie Veiligheidsregio Brabant-Noord", "[[Tielemans|oth]]", "[[Rianne Swinkels|P]]",
         "Kennisgenomen. Reactie via de regionale werkgroep ([[Rianne|P]] coördineert)."],
        ["8", "Ingekomen brief van [[Cor|P]] en [[Tiny van Lieshout-Raaijmakers|P]] over de kermis in Sint-Oedenrode",
         "[[El Ouakili|oth]]", "[[Lisette Groen|P]]", "Doorgestuurd naar de kermiscommissie; [[Groen|P]] stuurt een "
                                                     "ontvangstbevestiging."],
        ["9", "Mandaatbesluit Omgevingswet 2025", "[[Tielemans|oth]]", "mr. [[Joep Habraken|P]] (Juridische Zaken)",
         "Vastgesteld. Mandaat voor besluiten tot € 250.000 voor de teamleiders Vergunningen en Toezicht:\n"
         "[[Merve van Dongen-Ateş|P]]\nen [[R. de Kort|P]]."],
        ["10", "Aanwijzing [[Piet van Thielplein|pl]] als evenemententerrein", "[[Van Kuringen|oth]]",
         "[[Daan Hurkmans|P]]", "Aangehouden tot [[25 maart 2025|dt]]; eerst gesprek met ondernemers en omwonenden."],
    ]
    body = [
        P("**Gemeente Meierijstad**", size=13),
        P("Besluitenlijst collegevergadering van burgemeester en wethouders", "title", size=15),
        KV([["Datum", "dinsdag [[11 maart 2025|dt]], 9.00–12.30 uur"],
            ["Plaats", "Stadhuis Veghel, kamer van de burgemeester"],
            ["Aanwezig", "burgemeester [[Bart Tielemans|oth]] (voorzitter), wethouders [[Sjef van Kuringen|oth]], "
                         "[[Fadoua el Ouakili|oth]] en [[Hennie Lamers-Rutten|oth]]; gemeentesecretaris "
                         "[[Marieke Scheepens|P]]"],
            ["Verslag", "[[Tim Verbakel|P]], bestuursadviseur"],
            ["Afwezig", "–"]], label_w=0.18, size=9.5),
        P("De besluiten zijn openbaar tenzij anders vermeld. Geheime punten staan op een aparte lijst.", "small"),
        Tbl(rows, [0.05, 0.27, 0.16, 0.22, 0.30], size=8.5),
        P("Mededelingen", "h2"),
        P("Burgemeester [[Tielemans|oth]] meldt dat het werkbezoek van de commissaris van de Koning "
          "is verplaatst naar [[2 april 2025|dt]]. Wethouder [[El Ouakili|oth]] meldt dat de gesprekken met "
          "de zorgaanbieders over de jeugdhulp zijn afgerond; een raadsinformatiebrief volgt. De "
          "gemeentesecretaris meldt dat [[Marieke|P]] (zijzelf) van 17 tot en met [[21 maart 2025|dt]] "
          "afwezig is; [[Rianne Swinkels|P]] vervangt haar."),
        P("Geheime besluiten", "h2"),
        P("Eén besluit is geheim (artikel 25 Gemeentewet, grond: bedrijfs- en fabricagegegevens). Het staat op de "
          "geheime lijst, die bij de secretaris ([[Marieke Scheepens|P]]) ter inzage ligt voor raadsleden."),
        P("Ondertekening", "h2"),
        P("Vastgesteld in de vergadering van [[18 maart 2025|dt]].\nDe secretaris, [[M. Scheepens|P]] · "
          "de voorzitter, [[B. Tielemans|oth]]"),
        P("Volgende vergadering: [[18 maart 2025|dt]]. Vragen over deze lijst: [[bestuurssecretariaat@meierijstad.nl|mb]]"
          " of [[14 0413|gn]]."),
    ]
    return Doc("besluitenlijst_college_meierijstad.pdf", "verslag", "lo", "Verbakel, Tim",
               "Besluitenlijst college 11 maart 2025", "2025-03-11", body, font="Arial", size=10,
               running=[Running("Opsteller: [[T. Verbakel|P]] · besluitenlijst B&W [[11 maart 2025|dt]]", "header",
                                "all", "right", 7.5)],
               opts={"margins": (20, 18, 22, 20)},
               note="besluitenlijst B&W als tabel: portefeuillehouders met alleen achternaam (houden), ambtelijke "
                    "contactpersonen met nummer, Groen naast ‘openbaar groen’, familienaam en adressen in "
                    "onderwerpen, benoemde adviesraadsleden, raadslid (houden), opsteller in koptekst")


def subsidiebeschikking_isolatie():
    body = [
        P("**Gemeente Leeuwarden**\nSubsidies en Regelingen", size=10),
        Sp(6),
        P("De heer [[T.J. Tjeerdsma|P]] en mevrouw [[R.M. Tjeerdsma-Sahetapy|P]]\n[[Marshallstraat 37|A]]\n"
          "[[8924 GX|Z]] Leeuwarden"),
        Sp(5),
        KV([["Datum", "[[26 februari 2025|dt]]"],
            ["Ons kenmerk", "[[LWD-SUB-2025-01188|ken]]"],
            ["Aanvraagnummer", "[[SVEW-2025-00872|ken]]"],
            ["Behandeld door", "[[Koen Snel|P]]"],
            ["Telefoon", "[[058 233 41 96|T]] (direct) of [[14 058|gn]]"],
            ["Onderwerp", "Subsidie Verduurzaming Eigen Woning"]], label_w=0.22, size=9),
        P("Geachte heer [[Tjeerdsma|P]] en mevrouw [[Tjeerdsma-Sahetapy|P]],"),
        P("Op [[3 februari 2025|dt]] hebben wij uw aanvraag ontvangen voor een subsidie voor het isoleren van de "
          "vloer en het dak van uw woning aan de [[Marshallstraat 37|A]]. In deze brief leest u ons besluit."),
        P("Besluit", "h2"),
        P("Wij verlenen u een subsidie van **€ 3.240,00**. Dit is 40% van de kosten in de offerte van "
          "[[Jan Wiersma Installatietechniek B.V.|org]] van [[20 januari 2025|dt]] (€ 8.100,00), met een "
          "maximum van € 3.500,00."),
        P("Waarom krijgt u deze subsidie?", "h2"),
        P("Uw woning is gebouwd in 1934 en heeft energielabel F. Na de isolatie verwacht de energiecoach, "
          "mevrouw [[Siti Tuasikal|P]], dat de woning label C krijgt. Zij heeft de woning op "
          "[[28 januari 2025|dt]] bezocht. Uw aanvraag voldoet aan de voorwaarden van de Subsidieregeling "
          "Verduurzaming Eigen Woning Leeuwarden 2024."),
        P("Betaling", "h2"),
        P("Wij betalen 80% (€ 2.592,00) binnen vier weken als voorschot op rekening "
          "[[NL57 INGB 0008 1439 76|N]] ten name van [[T.J. Tjeerdsma|P]]. Het restant betalen wij nadat u de "
          "factuur en foto’s van het werk heeft gestuurd. Wij handelen dat zo snel mogelijk af."),
        P("Voorwaarden", "h2"),
        P("1. Het werk is uiterlijk op [[31 december 2025|dt]] klaar.\n"
          "2. Het werk wordt uitgevoerd door een erkend installatiebedrijf. Bij de eindafrekening stuurt u de "
          "verklaring van de aannemer mee, ondertekend door de heer [[J. Wiersma|P]] of een andere "
          "bevoegde persoon.\n"
          "3. U werkt mee aan een controle. Een medewerker kan daarvoor bij u langskomen.\n"
          "4. Verkoopt u de woning binnen twee jaar, dan meldt u dat aan ons."),
        P("Bent u het niet eens met dit besluit?", "h2"),
        P("Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken. Stuur uw bezwaarschrift naar "
          "het college van burgemeester en wethouders, Postbus 21000, 8900 JA Leeuwarden, of gebruik het "
          "formulier op www.leeuwarden.nl/bezwaar. Wilt u eerst overleggen? Bel dan met [[Koen Snel|P]]."),
        Sp(3),
        P("Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van Leeuwarden,"),
        Sig(4411, 44, 15),
        P("[[Marloes Everts|S]]\nteamleider Subsidies en Regelingen"),
    ]
    return Doc("subsidiebeschikking_isolatie_particulier.pdf", "besluit", "lo", "Snel, Koen",
               "Beschikking SVEW-2025-00872", "2025-02-26", body, font="Calibri", size=10.5,
               running=[Running("Ons kenmerk [[LWD-SUB-2025-01188|ken]] · Gemeente Leeuwarden · Postbus 21000 · "
                                "8900 JA Leeuwarden · [[www.leeuwarden.nl|gn]]", "footer", "all", "center", 7.5)],
               opts={"margins": (25, 22, 22, 22)},
               note="subsidiebeschikking aan een particulier echtpaar (Fries-Molukse dubbele naam): adresblok met "
                    "straat naar een persoon, IBAN, direct nummer behandelaar Snel naast ‘zo snel mogelijk’, "
                    "energiecoach, ‘J. Wiersma’ (lakken) naast bedrijf ‘Jan Wiersma Installatietechniek B.V.’ "
                    "(houden), handtekening teamleider")


def raadsvragen_antwoord():
    body = [
        P("**Gemeente Gooise Meren**", size=12),
        P("Beantwoording schriftelijke vragen (artikel 41 Reglement van orde)", "h1"),
        KV([["Vragensteller", "[[Yvonne Kalsbeek-Owusu|oth]] (D66)"],
            ["Ingekomen", "[[6 januari 2025|dt]]"],
            ["Nummer", "[[RV-2025-003|ken]]"],
            ["Portefeuillehouder", "wethouder [[Maarten Helmich|oth]]"],
            ["Datum beantwoording", "[[4 februari 2025|dt]]"]], label_w=0.27, style="lines", size=10),
        P("**Inleiding van de vragensteller**\nBewoners van de Brediusweg in Bussum klagen al maanden over "
          "sluipverkeer sinds de afsluiting van de Huizerweg. Eén bewoner, de heer [[Olav van Loenhout|P]], heeft "
          "zelf verkeerstellingen gedaan en kwam op ruim 4.000 auto’s per dag. Hij vertelde mij dat zijn "
          "dochter niet meer alleen naar school durft te fietsen."),
        P("**Vraag 1.** Is het college bekend met de tellingen van de heer [[Van Loenhout|P]]?"),
        P("**Antwoord.** Ja. De heer [[Van Loenhout|P]] heeft zijn tellingen in november aan de gemeente gestuurd. "
          "Onze eigen tellingen van [[12 november 2024|dt]] komen uit op gemiddeld 3.650 motorvoertuigen per "
          "etmaal. Dat is bijna het dubbele van vóór de afsluiting."),
        P("**Vraag 2.** Welke maatregelen neemt het college?"),
        P("**Antwoord.** Het college plaatst in maart twee verkeersremmende plateaus en een tijdelijke "
          "snelheidsdisplay. Daarnaast onderzoekt adviesbureau Mobycon een knip in de Brediusweg. Mobycon "
          "heeft in 2024 voor de regio het rapport ‘Sluipverkeer in ’t Gooi’ gepubliceerd (auteurs "
          "[[Frank Hoeksema|au]] en [[Anouk Vredenburg|au]]). [[Hoeksema|au]] en [[Vredenburg|au]] laten zien "
          "dat een knip alleen werkt als de hoofdroute tegelijk wordt verbeterd."),
        P("**Vraag 3.** Betrekt het college de bewoners bij de keuze?"),
        P("**Antwoord.** Ja. Op [[27 februari 2025|dt]] is er een bewonersavond in het Bussumse raadhuis. "
          "Een klein aantal bewoners heeft zich al aangemeld als klankbordgroep. Aanmelden kan via "
          "[[verkeer@gooisemeren.nl|mb]]."),
        P("**Vraag 4.** Wanneer informeert het college de raad?"),
        P("**Antwoord.** Voor de zomer, na de bewonersavond en het onderzoek. Raadslid [[Kalsbeek-Owusu|oth]] "
          "ontvangt deze antwoorden ook per e-mail."),
        Sp(4),
        P("Burgemeester en wethouders van Gooise Meren"),
        Sp(4),
        HR(),
        P("Ambtelijke informatie: mevrouw [[A.S. Klein|P]], team Mobiliteit, [[035 699 14 62|T]], "
          "[[a.klein@gooisemeren.nl|E]]. Algemeen: [[14 035|gn]].", "small"),
    ]
    return Doc("antwoord_raadsvragen_sluipverkeer.pdf", "brief", "rl-std", "Klein, Annemiek",
               "Beantwoording schriftelijke vragen RV-2025-003", "2025-02-04", body, font="Times-Roman", size=11,
               opts={"margins": (25, 25, 22, 22)},
               note="antwoord op raadsvragen: raadslid als vragensteller en wethouder (houden), bewoner bij naam in "
                    "de vraag, rapportauteurs (houden), ambtelijk contact Klein naast ‘een klein aantal’ en in "
                    "e-mailadres")



def nota_zienswijzen():
    rows = [
        ["Nr.", "Samenvatting zienswijze", "Reactie van het college", "Aanpassing"],
        ["1", "Indiener 1 vreest verkeersoverlast op de Hofakkerweg tijdens de bouw en vraagt om een bouwroute via "
              "de Nieuweweg.", "De bouwroute loopt via de Nieuweweg; dat wordt in het bouwverkeersplan vastgelegd.",
         "ja"],
        ["2", "Indieners 2 en 3 (echtpaar [[Van Wely|P]]) vinden de woningen aan de noordkant te hoog en vrezen "
              "verlies van zonlicht in hun achtertuin.", "Uit de bezonningsstudie van [[Studio Beuker Architecten|org]] "
              "blijkt dat de tuin van de heer en mevrouw [[Van Wely|P]] in maart en september ten hoogste een uur "
              "minder zon krijgt.", "nee"],
        ["3", "Indiener 4, de [[Stichting Behoud Hofakker|org]], vraagt de oude perenboomgaard te sparen.",
         "Twaalf van de achttien perenbomen blijven staan. De eerste [[steen|w]] wordt pas gelegd na het "
         "broedseizoen.", "deels"],
        ["4", "Indiener 5 vraagt om meer sociale huurwoningen.", "Het plan voldoet aan de woonvisie (30% sociale "
              "huur). Wethouder [[Lotte Bijsterbosch|oth]] heeft dit met de corporatie Talis besproken.", "nee"],
        ["5", "Indiener 6 (gemachtigde [[mr. R. Tjin-A-Tsoi|P]], [[Tjin Advocaten|org]]) stelt dat het plan in "
              "strijd is met het Besluit kwaliteit leefomgeving (geluid).", "Het akoestisch onderzoek van "
              "[[ing. Bart Swagemakers|au]] (2024) laat zien dat de voorkeursgrenswaarde niet wordt overschreden.",
         "nee"],
    ]
    body = [
        P("Gemeente Wijchen", size=11),
        P("Nota van zienswijzen", "title", size=16),
        P("Ontwerp-omgevingsplan ‘Woningbouw Hofakker’ · ter inzage van [[9 januari|dt]] tot en met "
          "[[19 februari 2025|dt]] · zaaknummer [[Z/24/118472|ken]]"),
        P("1. Inleiding", "h2"),
        P("Het ontwerp heeft zes weken ter inzage gelegen. Er zijn zes zienswijzen binnengekomen. De namen en "
          "adressen van de indieners staan in bijlage 1; die bijlage wordt niet gepubliceerd. Hieronder vat het "
          "college de zienswijzen samen en geeft het een reactie. Portefeuillehouder is wethouder "
          "[[Lotte Bijsterbosch|oth]]."),
        P("2. Zienswijzen en reactie", "h2"),
        Tbl(rows, [0.05, 0.38, 0.45, 0.12], size=8.5),
        P("3. Conclusie", "h2"),
        P("Het college stelt de raad voor het omgevingsplan met de genoemde aanpassingen vast. Ambtelijk "
          "contactpersoon: [[Roel Steen|P]], team Ruimte, [[024 750 83 19|T]]. Mevrouw [[Vogelzang|P]] van team "
          "Juridische Zaken heeft de juridische toets gedaan."),
        PB(),
        P("Bijlage 1 – Indieners (niet openbaar)", "h1"),
        Tbl([["Nr.", "Naam", "Adres", "Ontvangen"],
             ["1", "[[K.P.M. (Kees) Willemsen|P]]", "[[Hofakkerweg 4|A]], [[6602 BK|Z]] Wijchen", "[[12-01-2025|dt]]"],
             ["2", "[[H. van Wely|P]]", "[[Hofakkerweg 11|A]], [[6602 BL|Z]] Wijchen", "[[30-01-2025|dt]]"],
             ["3", "[[M. van Wely-Ouédraogo|P]]", "idem", "[[30-01-2025|dt]]"],
             ["4", "[[Stichting Behoud Hofakker|org]]\nsecretaris:\n[[Ingrid Peeters-Vrolijk|P]]",
              "p/a [[Nieuweweg 87|A]], [[6603 AD|Z]] Wijchen", "[[14-02-2025|dt]]"],
             ["5", "[[Youssef Belhadj|P]]", "[[Graafseweg 213|A]], Wijchen; e-mail [[y.belhadj@gmail.com|E]]",
              "[[17-02-2025|dt]]"],
             ["6", "[[Hendrikje Koppens|P]], gemachtigde: [[mr. R. Tjin-A-Tsoi|P]]",
              "Tjin Advocaten, Postbus 1402, 6501 BK Nijmegen", "[[19-02-2025|dt]]"]],
            [0.06, 0.4, 0.38, 0.16], size=9),
        P("De indieners hebben een ontvangstbevestiging gekregen. Indiener 5 is op [[24 februari 2025|dt]] "
          "door [[Roel Steen|P]] gebeld ([[06 8204 1175|T]], opgegeven door indiener) over zijn vraag.", "small"),
    ]
    return Doc("nota_zienswijzen_hofakker.pdf", "nota", "lo", "Steen, Roel",
               "Nota van zienswijzen Hofakker", "2025-03-04", body, font="Liberation Sans Narrow", size=10.5,
               running=[Running("Nota van zienswijzen Woningbouw Hofakker – versie voor de raad", "footer", "all",
                                "left", 7.5)],
               opts={"margins": (22, 20, 22, 20)},
               note="nota van zienswijzen: samenvattingen met ‘indiener n’ maar één echtpaar bij naam, bijlage met "
                    "indieners (adres, postcode, e-mail), stichting met secretaris en p/a-adres, advocaat ‘mr. R. "
                    "Tjin-A-Tsoi’ naast kantoor ‘Tjin Advocaten’ (houden), ambtenaar Steen naast ‘de eerste steen’, "
                    "Vogelzang, architectenbureau en akoestisch onderzoeker (houden)")


def docs():
    return [besluitenlijst_college(), subsidiebeschikking_isolatie(), raadsvragen_antwoord(), nota_zienswijzen()]
