"""Letters: Kamerbrief and raadsinformatiebrief (nothing to redact), letters to a citizen and a company,
a subsidy decision to a foundation named after a person, a Woo decision with inventory."""
from markup import KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def kamerbrief_lnv():
    c = [
        "**Directoraat-generaal Natuur, Visserij en Landelijk Gebied**",
        "Bezuidenhoutseweg 73\n2594 AC Den Haag\nPostbus 20401\n2500 EK Den Haag",
        "**Ons kenmerk**\n[[DGNVLG / 24187302|ken]]",
        "**Uw kenmerk**\n[[2024Z05512|ken]]",
        "**Bijlage(n)**\n1",
    ]
    body = [
        P("> Retouradres Postbus 20401 2500 EK Den Haag", "small", size=6.5),
        P("De Voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n2500 EA Den Haag",
          "body"),
        Sp(6),
        P("Datum [[18 april 2024|dt]]\nBetreft Voortgang herstel kwelders en vismigratie Waddenzee", "body"),
        Sp(4),
        P("Geachte voorzitter,"),
        P("Met deze brief informeer ik uw Kamer, mede namens de minister van Infrastructuur en Waterstaat, "
          "over de voortgang van het programma Toekomst Waddenzee. Ik geef daarmee invulling aan de motie van "
          "de leden [[Van Lienden|kl]] en [[Öztaş-Bosma|kl]] (Kamerstuk 29 684, nr. 241), die de regering "
          "verzoekt jaarlijks te rapporteren over het herstel van kwelders, en aan mijn toezegging aan het lid "
          "[[Haddouchi|kl]] tijdens het commissiedebat Wadden van [[7 februari 2024|dt]]."),
        P("Kwelders", "h3"),
        P("Het rapport ‘Kwelders onder druk’ van Wageningen Marine Research ([[Gerritsen|au]] en "
          "[[Lutz-Hagedoorn|au]], 2023) laat zien dat de oppervlakte kwelder langs de vastelandskust de "
          "afgelopen tien jaar licht is toegenomen, maar dat de kwaliteit achterblijft. [[Gerritsen|au]] en "
          "[[Lutz-Hagedoorn|au]] bevelen aan om meer ruimte te geven aan natuurlijke dynamiek en minder te "
          "beweiden. Ik neem die aanbeveling over in het beheerplan dat in 2025 verschijnt."),
        P("Vismigratie", "h3"),
        P("De Vismigratierivier bij de [[Lorentzsluizen|pl]] in de Afsluitdijk is in aanbouw. Rijkswaterstaat "
          "verwacht dat de rivier in 2026 in gebruik kan worden genomen. Bij het [[Ir. D.F. Woudagemaal|pl]] "
          "bij Lemmer is de visvriendelijke aanpassing van de pompen afgerond. Dijkgraaf [[Feikema|oth]] van "
          "Wetterskip Fryslân heeft mij laten weten dat de eerste monitoringsresultaten gunstig zijn."),
        P("Samenwerking in de regio", "h3"),
        P("Op [[21 maart 2024|dt]] heb ik samen met gedeputeerde [[Walstra|oth]] van de provincie Fryslân en "
          "burgemeester [[Oosterhof-Dijkstra|oth]] van Harlingen een werkbezoek gebracht aan de kwelderwerken "
          "bij Koehool. De staatssecretaris van Infrastructuur en Waterstaat, mevrouw [[Rahimi|min]], sluit in "
          "mei aan bij het Bestuurlijk Overleg Waddengebied."),
        P("Vervolg", "h3"),
        P("Ik informeer uw Kamer in het voorjaar van 2025 opnieuw. Het lid [[Van Lienden|kl]] heeft gevraagd "
          "daarbij ook in te gaan op de gevolgen van bodemdaling door gaswinning; dat zeg ik toe. Voor vragen "
          "van burgers verwijs ik naar Informatie Rijksoverheid ([[077 465 6767|gn]]) en [[www.rijksoverheid.nl|gn]]."),
        Sp(4),
        P("De minister van Landbouw, Natuur en Voedselkwaliteit,"),
        Sp(9),
        P("[[drs. J.W. Brandsma-Oukes|min]]"),
    ]
    return Doc("kamerbrief_voortgang_waddenzee.pdf", "brief", "rl-ttf", None, "Kamerbrief voortgang Waddenzee",
               "2024-04-18", body,
               running=[Running("Pagina {page}", "footer", "all", "left", 7)],
               font="DejaVuSerif", size=9.5,
               opts={"colofon": c, "colofon_w": 50, "margins": (24, 14, 45, 24),
                     "logo": {"kind": "rijk", "color": "#01689b",
                              "lines": ["Ministerie van Landbouw,", "Natuur en Voedselkwaliteit"]}},
               note="Kamerbrief, geen lakking: minister, staatssecretaris, Kamerleden, auteurs, dijkgraaf")


def rib_enschede():
    body = [
        P("Raadsinformatiebrief", "title", size=18),
        KV([("Aan", "de leden van de gemeenteraad van Enschede"),
            ("Datum", "[[28 mei 2024|dt]]"),
            ("Onderwerp", "Stand van zaken jeugdhulp regio Twente, eerste kwartaal 2024"),
            ("Portefeuillehouder", "wethouder [[Roos Sewdien-Tuinstra|oth]]"),
            ("Nummer", "[[RIB 2024-037|ken]]")],
           label_w=0.27, style="plain", size=10),
        P("Geachte leden van de raad,"),
        P("Met deze brief informeren wij u over de ontwikkelingen in de jeugdhulp in het eerste kwartaal van "
          "2024. Daarmee voldoen wij aan de toezegging aan raadslid [[Erdoğan|oth]] (DENK) in de "
          "commissie Samen Leven van [[12 februari 2024|dt]] en geven wij uitvoering aan de motie ‘Wachtlijsten "
          "in beeld’ van de fracties van de VVD (raadslid [[Ten Brinke|oth]]) en de PvdA."),
        P("Wachttijden", "h2"),
        P("De gemiddelde wachttijd voor specialistische jeugd-GGZ is gedaald van 19 naar 15 weken. Bij "
          "[[Karakter|org]] en [[Jarabee|org]] zijn extra behandelplekken beschikbaar gekomen. De wachttijd "
          "voor dyslexiezorg blijft met 11 weken te lang; wij bespreken dit met de aanbieders in de regio."),
        P("Kosten", "h2"),
        P("De uitgaven liggen 4 % boven de begroting. Dat komt vooral door de hogere tarieven voor "
          "verblijf. Wethouder [[Sewdien-Tuinstra|oth]] heeft met de wethouders van Hengelo en Almelo "
          "afgesproken om in juni een gezamenlijk voorstel voor de tariefsystematiek te doen."),
        P("Locaties", "h2"),
        P("Het nieuwe jongerencentrum aan de rand van het [[Van Heekpark|pl]] opent in september. De "
          "voorziening voor kortdurend verblijf bij [[Het Roessingh|org]] sluit eind dit jaar; de jongeren "
          "verhuizen naar een locatie bij de [[Jan Ligthartschool|pl]], waar ook de wijkcoach spreekuur "
          "houdt. Burgemeester [[Van der Velde-Mahabier|oth]] heeft omwonenden op [[15 mei|dt]] tijdens een "
          "bijeenkomst in wijkcentrum De Magneet toegelicht wat de komst van de voorziening betekent."),
        P("Cijfers per gemeente", "h2"),
        Tbl([["Gemeente", "Jeugdigen met jeugdhulp", "Wachtenden > 9 weken", "Uitgaven Q1 (x € 1.000)"],
             ["Enschede", "4.912", "318", "14.220"],
             ["Hengelo", "2.240", "141", "6.310"],
             ["Almelo", "2.105", "163", "6.045"],
             ["Overige Twentse gemeenten", "5.870", "295", "15.980"],
             ["Totaal regio", "15.127", "917", "42.555"]],
            [0.31, 0.23, 0.22, 0.24], size=9),
        P("Het aantal jeugdigen met jeugdhulp is in Enschede licht gedaald (–2 %). Het aantal wachtenden "
          "langer dan negen weken is nog steeds hoog. Het grootste deel daarvan wacht op diagnostiek. De "
          "gemeenteraad van Hengelo heeft in april een motie aangenomen die vraagt om een regionale "
          "wachtlijstmonitor; wij ondersteunen dat voorstel en hebben de regio gevraagd de monitor vanaf het "
          "derde kwartaal te publiceren."),
        P("Toezeggingen", "h2"),
        P("In de commissie van [[12 februari 2024|dt]] hebben wij toegezegd u te informeren over de "
          "ervaringen met de praktijkondersteuner jeugd bij huisartsen. Inmiddels werken 23 van de 31 "
          "huisartsenpraktijken in Enschede met een praktijkondersteuner. Uit de eerste evaluatie blijkt dat "
          "ongeveer een derde van de jongeren die zij zien niet wordt doorverwezen naar specialistische hulp. "
          "Raadslid [[Erdoğan|oth]] vroeg ook naar de ervaringen van ouders; daarover rapporteren wij in "
          "september, na de enquête onder ouders."),
        P("Vervolg", "h2"),
        P("Wij informeren u in september over het tweede kwartaal. Inwoners met vragen over jeugdhulp "
          "kunnen terecht bij het Wijkteam via [[14 053|gn]] of [[jeugd@enschede.nl|mb]]."),
        Sp(2),
        P("Met vriendelijke groet,"),
        P("het college van burgemeester en wethouders van Enschede,"),
        Sp(2),
        P("namens dezen,\nde wethouder Jeugd en Onderwijs,\n[[Roos Sewdien-Tuinstra|oth]]"),
    ]
    return Doc("raadsinformatiebrief_jeugdhulp_twente.pdf", "brief", "lo", None, "Raadsinformatiebrief jeugdhulp",
               "2024-05-28", body,
               running=[Running("Gemeente Enschede – [[RIB 2024-037|ken]]", "footer", "all", "right", 8)],
               font="DejaVu Sans", size=10, opts={"margins": (25, 25, 25, 22)},
               note="raadsinformatiebrief, geen lakking: wethouder, burgemeester, raadsleden, instellingen")


def brief_burger_leeuwarden():
    body = [
        P("**Gemeente Leeuwarden**", "right", size=13),
        P("Oldehoofsterkerkhof 2\nPostbus 21000, 8900 JA Leeuwarden\n[[www.leeuwarden.nl|gn]]", "right", size=8),
        Sp(8),
        P("De heer [[K.J. Postma|P]]\n[[Harlingerstraatweg 86|A]]\n[[8913 HK|Z]] LEEUWARDEN"),
        Sp(8),
        KV([("Datum", "[[19 februari 2024|dt]]"),
            ("Ons kenmerk", "[[PV-2024-01762|ken]]"),
            ("Uw brief van", "[[4 februari 2024|dt]]"),
            ("Onderwerp", "Aanvraag tweede bewonersvergunning")],
           label_w=0.22, style="plain", size=9.5),
        P("Geachte heer [[Postma|P]],"),
        P("Op [[4 februari 2024|dt]] hebben wij uw aanvraag ontvangen voor een tweede "
          "bewonersparkeervergunning voor de auto met kenteken [[K-412-RT|L]]. In deze brief leest u ons "
          "besluit."),
        P("**Ons besluit**\nWij wijzen uw aanvraag af."),
        P("**Waarom wijzen wij uw aanvraag af?**\nIn de wijk Vosseparkwijk is het aantal vergunningen per adres "
          "beperkt tot één, omdat er meer vergunningen zijn uitgegeven dan er parkeerplaatsen zijn. Op uw adres "
          "staat al een vergunning op naam van mevrouw [[A. Postma-Kuipers|P]] voor het kenteken "
          "[[HT-209-N|L]]. U schrijft dat u de tweede auto nodig heeft voor uw werk in de zorg. Wij begrijpen "
          "dat, maar de regels laten geen uitzondering toe voor beroepen. U kunt wel een abonnement nemen in "
          "de parkeergarage Oldehove; bewoners krijgen daar 30 % korting."),
        P("**Bent u het niet eens met dit besluit?**\nDan kunt u binnen zes weken na de datum van deze brief "
          "bezwaar maken. Stuur uw bezwaarschrift naar het college van burgemeester en wethouders, Postbus "
          "21000, 8900 JA Leeuwarden, of mail het naar [[bezwaar@leeuwarden.nl|mb]]. Vermeld daarbij "
          "ons kenmerk."),
        P("**Heeft u nog vragen?**\nBel dan met [[Hatice Doğan|P]] van team Parkeren via telefoonnummer "
          "[[058 233 8500|gn]] (op werkdagen van 8.30 tot 17.00 uur). Mevrouw [[Doğan|P]] is op maandag, dinsdag en "
          "donderdag bereikbaar."),
        Sp(2),
        P("Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,"),
        Sp(8),
        P("[[ing. W.F. Zijlstra|P]]\nteamleider Parkeren"),
        Sp(6),
        P("Dit is een automatisch aangemaakte brief. Bewaar deze brief bij uw vergunningpapieren.", "small"),
        PB(),
        P("Bijlage bij ons besluit [[PV-2024-01762|ken]]", "h2"),
        P("**Uw gegevens zoals wij die hebben geregistreerd**"),
        Tbl([["Naam", "[[K.J. Postma|P]]"], ["Adres", "[[Harlingerstraatweg 86|A]], [[8913 HK|Z]] Leeuwarden"],
             ["Kenteken aanvraag", "[[K-412-RT|L]]"], ["Bestaande vergunning", "[[HT-209-N|L]] (vergunningnummer "
                                                                               "[[BV-2019-33871|ken]])"]],
            [0.32, 0.68], header=False, size=9.5),
        P("**Wat staat er in de regels?**"),
        P("In de Parkeerverordening Leeuwarden 2022 staat dat het college per adres één bewonersvergunning "
          "afgeeft in gebieden waar de parkeerdruk hoger is dan 90 %. De parkeerdruk in de Vosseparkwijk was bij "
          "de laatste meting in november 2023 gemiddeld 94 %. Een tweede vergunning is alleen mogelijk als "
          "er geen wachtlijst is. Op dit moment staan er 212 aanvragen op de wachtlijst."),
        P("**Wat kunt u wel doen?**"),
        P("U kunt zich laten inschrijven op de wachtlijst voor een tweede vergunning. U krijgt dan bericht "
          "als er een vergunning vrijkomt. Ook kunt u een bezoekersvergunning gebruiken voor korte periodes, of "
          "een abonnement nemen in een parkeergarage. Kijkt u voor de mogelijkheden op "
          "[[www.leeuwarden.nl|gn]]/parkeren."),
    ]
    return Doc("brief_burger_parkeervergunning.pdf", "brief", "lo", "Zijlstra, Wiebe", "Besluit bewonersvergunning",
               "2024-02-19", body,
               running=[Running("Bezoekadres Oldehoofsterkerkhof 2 · [[8911 DH|pl]] Leeuwarden · T [[058 233 8500|gn]]",
                                "footer", "all", "center", 7.5)],
               font="Liberation Sans", size=10, opts={"margins": (24, 22, 20, 20)},
               note="brief aan inwoner: adresblok, kentekens, algemeen nummer, eigen adres")


def brief_bedrijf_dwangsom():
    body = [
        P("Omgevingsdienst Noordzeekanaalgebied", "h1"),
        P("Ceylonpoort 5-25 · 2037 AA Haarlem · Postbus 1250 · 2001 BG Haarlem · [[088 567 0200|gn]]", "small"),
        Sp(6),
        P("Aangetekend en per e-mail\nMetaalrecycling Zaanstreek B.V.\nt.a.v. de heer [[F. Lakerveld|P]], "
          "directeur\nHoogtij 31\n1505 GR Zaandam"),
        Sp(4),
        KV([("Datum", "[[8 juli 2024|dt]]"), ("Zaaknummer", "[[ODNZKG-2024-112093|ken]]"),
            ("Behandeld door", "[[Ricardo Martis|P]]"), ("Telefoon", "[[06 1190 7524|T]]"),
            ("Onderwerp", "Last onder dwangsom opslag autowrakken")],
           label_w=0.22, style="lines", size=9.5),
        P("Geachte heer [[Lakerveld|P]],"),
        P("Namens het college van burgemeester en wethouders van Zaanstad houden wij toezicht op uw inrichting "
          "aan de Hoogtij 31 in Zaandam. Bij de controle op [[19 juni 2024|dt]] heeft onze toezichthouder "
          "[[Ricardo Martis|P]] (toezichthoudersnummer [[T-0419|O]]) vastgesteld dat op het terrein circa "
          "140 autowrakken werden opgeslagen op een onverharde ondergrond. Volgens de omgevingsvergunning mag "
          "opslag alleen plaatsvinden op de vloeistofdichte vloer aan de oostzijde."),
        P("Voornemen en zienswijze", "h2"),
        P("Op [[24 juni 2024|dt]] hebben wij u ons voornemen tot het opleggen van een last onder dwangsom "
          "toegestuurd. U heeft op [[2 juli 2024|dt]] telefonisch uw zienswijze gegeven aan de heer "
          "[[Martis|P]]. U stelde dat de wrakken tijdelijk buiten stonden omdat de vloer werd gerepareerd en dat "
          "de uitvoerder, de heer [[Dennis Kuijt|P]] van Kuijt Bestratingen, vertraging had opgelopen. Dit "
          "doet niet af aan de overtreding: ook tijdelijke opslag moet op de vloeistofdichte vloer plaatsvinden."),
        P("Besluit", "h2"),
        P("Wij leggen u een last onder dwangsom op. U moet uiterlijk op [[29 juli 2024|dt]] alle autowrakken "
          "hebben verplaatst naar de vloeistofdichte vloer, en daar houden. Doet u dat niet, dan verbeurt u "
          "een dwangsom van € 2.500 per geconstateerde overtreding, met een maximum van € 25.000."),
        P("Wij wijzen u erop dat bodemonderzoek nodig kan zijn als blijkt dat er olie in de bodem is "
          "terechtgekomen. Daarover ontvangt u een aparte brief van ons team Bodem."),
        P("Bezwaar", "h2"),
        P("Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het college van burgemeester en "
          "wethouders van Zaanstad, Postbus 2000, 1500 GA Zaandam. U kunt ook de voorzieningenrechter van de "
          "rechtbank Noord-Holland vragen om een voorlopige voorziening."),
        Sp(2),
        P("Hoogachtend,\nnamens het college van burgemeester en wethouders van Zaanstad,\n"
          "de directeur van de Omgevingsdienst Noordzeekanaalgebied,\nvoor deze,"),
        Sp(8),
        P("[[mr. Lotte Verhoeven-Ahmadi|P]]\nmanager Toezicht en Handhaving"),
        Sp(4),
        P("Kopie: [[handhaving@zaanstad.nl|mb]]", "small"),
    ]
    return Doc("brief_bedrijf_last_onder_dwangsom.pdf", "brief", "rl-std", "R. Martis", "Last onder dwangsom",
               "2024-07-08", body,
               running=[Running("[[ODNZKG-2024-112093|ken]] – pagina {page}", "footer", "all", "right", 7.5)],
               font="Times-Roman", size=10.5, opts={"margins": (25, 25, 22, 22)},
               note="brief aan bedrijf: contactpersoon, toezichthouder met dienstnummer")


def subsidie_haarlem():
    body = [
        P("gemeente Haarlem", "h1", size=16),
        P("Afdeling Subsidies · Zijlsingel 1 · Postbus 511 · 2003 PB Haarlem · [[subsidies@haarlem.nl|mb]] · "
          "[[14 023|gn]]", "small"),
        Sp(6),
        P("[[Stichting Jacoba Hazenberg Leesfonds|org]]\nt.a.v. mevrouw [[E.A. Vroegindeweij|P]], penningmeester\n"
          "Postbus 3021\n2001 DA Haarlem"),
        Sp(5),
        KV([("Datum", "[[11 december 2023|dt]]"), ("Kenmerk", "[[SUB/2023/0047781|ken]]"),
            ("Onderwerp", "Beschikking subsidie 2024 – project ‘Voorlezen in de wijk’")],
           label_w=0.2, style="plain", size=9.5),
        P("Geacht bestuur,"),
        P("Op [[30 september 2023|dt]] ontvingen wij uw aanvraag voor subsidie voor het project ‘Voorlezen in "
          "de wijk’ in de wijken Schalkwijk en Haarlem-Oost. In deze beschikking leest u ons besluit."),
        P("Besluit", "h2"),
        P("Wij verlenen de [[Stichting Jacoba Hazenberg Leesfonds|org]] voor 2024 een subsidie van "
          "**€ 48.600** op grond van de Algemene subsidieverordening Haarlem 2021 en de nadere regel "
          "Taal en Leesbevordering."),
        P("Motivering", "h2"),
        P("Het project sluit aan bij het doel van het leesfonds, dat in 1999 werd opgericht met de nalatenschap "
          "van de Haarlemse onderwijzeres [[Jacoba Hazenberg|oth]] (1921–1998). Vrijwilligers lezen wekelijks "
          "voor aan kinderen van 2 tot 8 jaar en hun ouders, in samenwerking met de Bibliotheek "
          "Zuid-Kennemerland en de scholen in de wijk. Voor de voorleesweek werkt de stichting samen met het "
          "[[Frans Hals Museum|org]] en [[Teylers Museum|org]]."),
        P("Uw begroting van € 52.300 is realistisch. Wij subsidiëren niet de kosten van de jubileumbijeenkomst "
          "(€ 3.700), omdat die niet bijdragen aan het doel van de regeling."),
        P("Verplichtingen", "h2"),
        P("U levert vóór [[1 mei 2025|dt]] een inhoudelijk verslag en een financieel verslag in. Uw "
          "contactpersoon bij de gemeente is [[Nadia Bensaïd|P]], accounthouder Onderwijs. U kunt haar "
          "bereiken via [[n.bensaid@haarlem.nl|E]] of [[023 511 4872|T]]."),
        P("Betaling", "h2"),
        P("Wij betalen de subsidie in vier termijnen uit op het rekeningnummer dat bij ons bekend is. De eerste "
          "termijn ontvangt u in januari."),
        P("Bezwaar", "h2"),
        P("Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken bij het college van "
          "burgemeester en wethouders van Haarlem."),
        Sp(2),
        P("Met vriendelijke groet,\nburgemeester en wethouders van Haarlem,\nnamens dezen,"),
        Sp(8),
        P("[[drs. Pauline Overdevest|P]]\nafdelingshoofd Subsidies"),
    ]
    return Doc("subsidiebeschikking_leesfonds.pdf", "besluit", "lo", "Bensaïd, Nadia", "Beschikking subsidie 2024",
               "2023-12-11", body, font="Liberation Serif", size=11, opts={"margins": (25, 25, 20, 20)},
               running=[Running("[[SUB/2023/0047781|ken]]", "footer", "all", "right", 8)],
               note="subsidiebeschikking aan stichting met persoonsnaam; historische naamgever")


def docs():
    return [kamerbrief_lnv(), rib_enschede(), brief_burger_leeuwarden(), brief_bedrijf_dwangsom(),
            subsidie_haarlem()]
