"""College proposal and decision on objection."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def collegevoorstel_markt():
    body = [
        P("Collegevoorstel", "title", size=17),
        Tbl([["Portefeuillehouder", "Steller", "Afdeling", "Registratienummer"],
             ["wethouder [[Bart Oude Wesselink|oth]]", "[[Jorrit Bakker|P]]", "Ruimte en Economie", "[[2024/118302|ken]]"]],
            [0.28, 0.22, 0.24, 0.26], size=9, shade="#fde9d9"),
        KV([("Onderwerp", "herinrichting Marktplein en verplaatsing weekmarkt"),
            ("Collegevergadering", "[[26 november 2024|dt]]"),
            ("Geheim", "nee"),
            ("Raadsvoorstel", "ja, ter besluitvorming in de raad van [[28 januari 2025|dt]]")],
           label_w=0.25, style="lines", size=10),
        P("Beslispunten", "h2"),
        P("1. Het voorlopig ontwerp ‘Marktplein Hengelo’ vast te stellen.\n"
          "2. De weekmarkt tijdens de werkzaamheden te verplaatsen naar de [[Enschedesestraat|pl]].\n"
          "3. De raad voor te stellen een krediet van € 6,4 miljoen beschikbaar te stellen.\n"
          "4. De reacties uit de inspraak te beantwoorden zoals in de bijlage staat."),
        P("Inleiding", "h2"),
        P("Het Marktplein is sinds de jaren zeventig niet meer vernieuwd. In het coalitieakkoord is afgesproken "
          "het plein groener te maken. Het ontwerp is gemaakt door landschapsarchitect [[Karin Westerveld|au]] "
          "van bureau Open Ruimte; haar ontwerpvisie ‘Het plein als huiskamer’ is in [[maart 2024|dt]] "
          "gepubliceerd en in de raad besproken."),
        P("Inspraak", "h2"),
        P("Op het voorlopig ontwerp zijn 37 reacties binnengekomen. De marktkooplieden vragen vooral om "
          "voldoende stroompunten. [[De bakker|w]] met de grootste kraam wil graag dat de markt op dezelfde "
          "plek blijft staan; dat kan niet tijdens de werkzaamheden. Een aantal reacties in de tabel hieronder "
          "vraagt om een persoonlijke reactie."),
        Tbl([["Nr.", "Indiener", "Samenvatting", "Voorstel"],
             ["12", "[[F. Nijkamp|P]], bewoner [[Marktstraat 14|A]]", "vreest geluid van laden en lossen", "gesprek"],
             ["19", "[[Hülya Şahin|P]], ondernemer", "wil terras vergroten", "meenemen in definitief ontwerp"],
             ["23", "Marktvereniging Hengelo, [[Geert Pluimers|P]]", "stroompunten en toiletten", "overnemen"],
             ["31", "[[Dmytro Melnyk|P]]", "mist fietsenstalling aan oostzijde", "overnemen"]],
            [0.08, 0.34, 0.36, 0.22], size=9),
        P("Argumenten", "h2"),
        P("1.1 Het ontwerp maakt het plein groener en koeler. Er komen 46 bomen bij en het regenwater wordt "
          "opgevangen in een wadi.\n"
          "1.2 De raad heeft in [[2023|dt]] gevraagd om meer verblijfsruimte in het centrum.\n"
          "2.1 De [[Enschedesestraat|pl]] is breed genoeg voor 60 kramen en is goed bereikbaar met het "
          "openbaar vervoer."),
        P("Kanttekeningen", "h2"),
        P("De ondernemers aan de westzijde hebben tijdens de werkzaamheden minder passanten. Wij stellen voor "
          "hen via het ondernemersfonds te compenseren. Projectleider [[Bakker|P]] heeft dit besproken met "
          "de voorzitter van de ondernemersvereniging, de heer [[Ruud ter Avest|P]]."),
        P("Communicatie", "h2"),
        P("Na het collegebesluit ontvangen alle indieners een brief. Met indiener 12 voert [[Jorrit|P]] een "
          "gesprek. Vragen van de pers gaan naar [[communicatie@hengelo.nl|mb]]; algemene vragen naar "
          "[[14 074|gn]]."),
        Sp(2),
        Tbl([["Paraaf steller", "Paraaf teamleider", "Paraaf concerncontroller"],
             ["[[JB|I]]", "[[AvdV|I]] ([[Anouk van de Velde|P]])", "[[HMS|I]]"]],
            [0.33, 0.34, 0.33], size=9, shade="#f2f2f2"),
        P("Besluit college: conform. Secretaris: [[ing. M.P. Leferink|oth]].", "small"),
    ]
    return Doc("collegevoorstel_marktplein_hengelo.pdf", "nota", "lo", "Jorrit Bakker",
               "Collegevoorstel herinrichting Marktplein", "2024-11-26", body,
               running=[Running("Collegevoorstel [[2024/118302|ken]] – steller [[J. Bakker|P]]", "header", "all",
                                "right", 8)],
               font="Arial", size=10.5, opts={"margins": (25, 22, 25, 22)},
               note="collegevoorstel: steller in koptekst, inspraaktabel met indieners, parafen, Bakker naast "
                    "‘De bakker’, ontwerper als auteur (houden)")


def beslissing_op_bezwaar():
    body = [
        P("Gemeente Schiedam", "h1"),
        P("Postbus 1501 · 3100 EA Schiedam · telefoon [[14 010|gn]]", "small"),
        Sp(4),
        P("Aangetekend\n[[mr. Floor Hazeleger|P]]\nMaasstad Vastgoedrecht\nPostbus 2291\n3000 CG Rotterdam"),
        Sp(3),
        KV([("Datum", "[[17 februari 2025|dt]]"), ("Ons kenmerk", "[[BZ-2024-0388|ken]]"),
            ("Uw kenmerk", "[[FH/24.117/RK|ken]]"), ("Behandeld door", "[[Daphne Ramkisoen|P]]"),
            ("Onderwerp", "beslissing op bezwaar – kamerverhuurvergunning [[Singel 201|A]]")],
           label_w=0.22, style="plain", size=9.5),
        P("Geachte mevrouw [[Hazeleger|P]],"),
        P("Namens uw cliënt, de heer [[Ramazan Güler|P]], heeft u op [[4 oktober 2024|dt]] bezwaar gemaakt tegen "
          "ons besluit van [[29 augustus 2024|dt]]. In dat besluit hebben wij de vergunning geweigerd om de "
          "woning [[Singel 201|A]] te verhuren aan vier kamerbewoners. In deze brief leest u onze beslissing op "
          "het bezwaar."),
        P("Beslissing", "h2"),
        P("Wij verklaren het bezwaar ongegrond en handhaven het besluit van [[29 augustus 2024|dt]], met een "
          "aangepaste motivering."),
        P("Het advies van de commissie", "h2"),
        P("De Commissie bezwaarschriften Schiedam heeft uw cliënt en u gehoord op [[9 december 2024|dt]]. De "
          "commissie bestond uit [[mr. Hans Zoutendijk|P]] (voorzitter), [[Carla Ooms|P]] en "
          "[[Mohamed Azaouagh|P]]. De commissie adviseert het bezwaar ongegrond te verklaren, maar de motivering "
          "aan te vullen. Wij nemen dat advies over. Het advies is bijgevoegd."),
        P("Overwegingen", "h2"),
        P("U stelt dat de straat niet ‘overbelast’ is, omdat in het bouwblok slechts twee andere panden in "
          "kamers worden verhuurd. Uit onze registratie blijkt dat het er vijf zijn. De commissie heeft dit "
          "ter zitting met u besproken. U heeft dat niet weersproken."),
        P("U voert ook aan dat de bewoners van nummer 199, de familie [[Verbeek|P]], geen bezwaar hebben. Dat "
          "is voor de beoordeling niet doorslaggevend. De Huisvestingsverordening Schiedam 2023 bevat een "
          "quotum per straat. Dat quotum is bereikt."),
        P("Verder stelt u dat de gemeente in 2021 een vergunning heeft verleend voor [[Singel 187|pl]]. Dat is "
          "juist, maar toen gold het quotum nog niet. Van ongelijke behandeling is dus geen sprake. Wij verwijzen "
          "naar de uitspraak van de rechtbank Rotterdam van [[14 maart 2024|dt]], [[ECLI:NL:RBROT:2024:2291|ken]]."),
        P("Wat kunt u nu doen?", "h2"),
        P("Bent u het niet eens met deze beslissing? Dan kan uw cliënt binnen zes weken beroep instellen bij de "
          "rechtbank Rotterdam. Heeft u vragen? Neem dan contact op met [[mevrouw Ramkisoen|P]] via "
          "[[010 246 91 37|T]] of [[d.ramkisoen@schiedam.nl|E]], of met het algemene adres "
          "[[bezwaar@schiedam.nl|mb]]."),
        Sp(2),
        P("Met vriendelijke groet,\nburgemeester en wethouders van Schiedam,\nnamens dezen,"),
        Sp(7),
        P("[[drs. Thijs Vermeulen-Obi|P]]\nmanager Wonen en Vergunningen"),
        Sp(3),
        P("Afschrift: de heer [[R. Güler|P]], [[Broersvest 12a|A]], [[3111 EJ|Z]] Schiedam", "small"),
    ]
    return Doc("beslissing_op_bezwaar_kamerverhuur.pdf", "besluit", "rl-std", "Ramkisoen, D.",
               "Beslissing op bezwaar kamerverhuur Singel", "2025-02-17", body,
               running=[Running("[[BZ-2024-0388|ken]] – pagina {page}", "footer", "rest", "right", 8)],
               font="Times-Roman", size=11, opts={"margins": (28, 24, 28, 22)},
               note="beslissing op bezwaar aan gemachtigde: cliënt, commissieleden, buren; verhuurde woning als adres "
                    "(lakken) naast ander pand in dezelfde straat (houden)")


def docs():
    return [collegevoorstel_markt(), beslissing_op_bezwaar()]
