"""Minutes of a works council (ondernemingsraad) and of a neighbourhood meeting."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def verslag_or():
    body = [
        P("Ondernemingsraad gemeente Zaanstad", "small"),
        P("Verslag overlegvergadering OR – bestuurder", "title", size=15),
        KV([["Datum", "dinsdag [[8 oktober 2024|dt]], 14.00–16.15 uur"],
            ["Locatie", "Stadhuis Zaandam, vergaderzaal De Hemmes"],
            ["Aanwezig OR", "[[Ruud Meerburg|P]] (voorzitter), [[Fatima Zeroual|P]] (secretaris), "
                            "[[Erik Koopman|P]], [[Henny van 't Hof|P]], [[Yusuf Demirel|P]], "
                            "[[Sanne Heijboer|P]]"],
            ["Namens bestuurder", "[[Anita Brouwershaven|P]] (gemeentesecretaris), [[Dennis Oude Luttikhuis|P]] "
                                  "(HR-adviseur)"],
            ["Gast", "wethouder [[Gijs Overtoom|oth]] (personeel en organisatie), agendapunt 3"],
            ["Afwezig", "[[Joost Liefting|P]] (met bericht)"],
            ["Notulist", "[[Marleen Kroeze|P]], ambtelijk secretaris OR"]],
           label_w=0.22, style="shaded", size=9),
        P("1. Opening en mededelingen", "h2"),
        P("[[Ruud|P]] opent de vergadering. [[Joost|P]] is afwezig wegens ziekte. Mevrouw [[Brouwershaven|P]] deelt "
          "mee dat de reorganisatie van het Klant Contact Centrum (KCC) een maand is uitgesteld, omdat het "
          "adviesbureau zijn rapport later oplevert. De OR vraagt het rapport zodra het er is te ontvangen."),
        P("2. Verslag vorige vergadering ([[10 september 2024|dt]])", "h2"),
        P("Het verslag wordt vastgesteld met één correctie: bij punt 4 stond dat [[SG|I]] voorstander was van "
          "flexplekken; dat moet zijn: ‘voorstander van een proef met flexplekken’."),
        P("3. Adviesaanvraag thuiswerkbeleid", "h2"),
        P("Wethouder [[Overtoom|oth]] licht toe waarom het college thuiswerken wil beperken tot twee dagen per "
          "week. Volgens hem is de samenwerking tussen afdelingen achteruitgegaan. [[EK|I]] vraagt waarop dat is "
          "gebaseerd. De heer [[Oude Luttikhuis|P]] verwijst naar het medewerkersonderzoek 2024; daarin geeft 41% "
          "aan collega’s van andere teams minder vaak te spreken. [[YD|I]] merkt op dat hetzelfde onderzoek laat "
          "zien dat de tevredenheid over thuiswerken juist hoog is (7,9)."),
        P("[[Henny|P]] brengt naar voren dat medewerkers met mantelzorgtaken extra geraakt worden. Zij vraagt om "
          "een hardheidsclausule. Mevrouw [[Brouwershaven|P]] zegt toe dat te bekijken."),
        P("De voorzitter vat samen: de OR wil eerst de onderbouwing zien. Volgens [[Erik|P]] opereert de "
          "bestuurder nu ‘als een [[koopman|w]] die eerst de prijs noemt en dan pas de waar laat zien’. "
          "Mevrouw [[Brouwershaven|P]] bestrijdt dat, maar zegt toe de onderliggende analyse te delen."),
        P("4. Instemmingsaanvraag regeling piket Buitendienst", "h2"),
        P("[[Fatima|P]] meldt dat de commissie Arbo de regeling heeft besproken met medewerkers van de "
          "Buitendienst. Knelpunt: de bereikbaarheidsvergoeding geldt niet voor medewerkers die verder dan 25 "
          "km van Zaandam wonen. Een medewerker, [[Rinus de Graaf-Mooij|P]], heeft daarover een brief aan de "
          "OR gestuurd. De bestuurder onderzoekt een uitzondering. De OR neemt het instemmingsbesluit in de "
          "vergadering van [[5 november 2024|dt]]."),
        P("5. Rondvraag", "h2"),
        P("[[SG|I]] vraagt of de OR-verkiezingen in 2025 digitaal kunnen. Mevrouw [[Brouwershaven|P]]: ja, "
          "de leverancier is al gecontracteerd. [[HvtH|I]] vraagt om een extra scholingsdag voor nieuwe "
          "OR-leden; de bestuurder stemt in. Vragen van medewerkers kunnen blijven binnenkomen via "
          "[[or@zaanstad.nl|mb]]."),
        P("Actiepunten", "h2"),
        Tbl([["Nr.", "Actie", "Wie", "Wanneer"],
             ["24-31", "Onderliggende analyse thuiswerken delen", "[[AR|I]]", "[[22 oktober|dt]]"],
             ["24-32", "Hardheidsclausule mantelzorgers uitwerken", "[[DOL|I]]", "[[5 november|dt]]"],
             ["24-33", "Reactie op brief [[De Graaf-Mooij|P]]", "[[FZ|I]] / [[DOL|I]]", "[[22 oktober|dt]]"],
             ["24-34", "Planning verkiezingen 2025", "[[RM|I]] / [[MK|I]]", "december"]],
            [0.1, 0.55, 0.17, 0.18], size=9),
        P("Vastgesteld in de vergadering van [[5 november 2024|dt]].\n[[R. Meerburg|P]], voorzitter", "small"),
    ]
    return Doc("verslag_overlegvergadering_or.pdf", "verslag", "rl-std", "Kroeze, M.",
               "Verslag OV 8 oktober 2024", "2024-10-10", body, font="Helvetica", size=10,
               running=[Running("OR Zaanstad – verslag overlegvergadering [[8 oktober 2024|dt]] – pagina {page}",
                                "footer", "all", "center", 7.5)],
               opts={"margins": (24, 24, 22, 22)},
               note="OR-verslag: aanwezigen met rol, voornamen en initialen (SG, EK, YD, HvtH, DOL) in de lopende "
                    "tekst en actielijst, Koopman naast ‘een koopman’, wethouder als gast (houden)")


def verslag_buurtbijeenkomst():
    body = [
        P("Verslag bewonersavond herinrichting Vogelbuurt-Oost", "title", size=14),
        P("Gemeente Almere · wijkteam Haven · woensdag [[19 februari 2025|dt]], 19.30 uur, buurthuis De Kolibrie",
          "small"),
        P("Namens de gemeente: [[Wim Verduijn|P]] (projectleider), [[Ayşe Kandemir|P]] (verkeerskundige), "
          "[[Bram Schouwink|P]] (wijkregisseur). Gespreksleider: [[Tamara Eijkelenboom|P]] (bureau Stadsgesprek). "
          "Wethouder [[Loes IJpelaar|oth]] was het eerste halfuur aanwezig. Er waren ongeveer 45 bewoners."),
        P("Opening", "h2"),
        P("Wethouder [[IJpelaar|oth]] heet iedereen welkom. Zij legt uit dat de gemeente de riolering in de "
          "Merelstraat, de Lijsterstraat en de Spreeuwstraat vervangt en dat de straten daarna opnieuw worden "
          "ingericht. ‘We willen dat niet vóór u, maar mét u doen.’"),
        P("Presentatie ontwerp", "h2"),
        P("[[Ayşe|P]] laat drie varianten zien. In variant B wordt de Merelstraat éénrichtingsverkeer en komt er "
          "een groenstrook met wadi’s. Parkeren gaat van 62 naar 51 plaatsen."),
        P("Vragen en reacties", "h2"),
        P("– Een bewoner van de [[Merelstraat 14|A]], de heer [[Johan Vlaskamp|P]], vraagt waar de elf plaatsen "
          "blijven. Hij heeft een bedrijfsbus ([[VXR-28-T|L]]) die hij voor zijn werk nodig heeft. "
          "[[Wim|P]] zegt toe te onderzoeken of er in de Spreeuwstraat extra plaatsen kunnen komen.\n"
          "– Mevrouw [[Claudia Meeuwsen|P]] (Lijsterstraat) is blij met het groen, maar vreest dat de wadi’s "
          "gevaarlijk zijn voor jonge kinderen. Zij vraagt om een hekje.\n"
          "– Een bewoner die niet met naam in het verslag wil, vraagt naar de kap van de twee platanen bij "
          "nummer 3. [[Bram|P]] legt uit dat die bomen blijven staan.\n"
          "– De heer [[Ahmed Ouazzani|P]] spreekt namens de VvE Spreeuwstraat. Hij vraagt om de werkzaamheden "
          "niet in de zomervakantie te doen, omdat veel ouderen dan geen familie in de buurt hebben. Hij is "
          "bereikbaar via [[06-42 19 88 03|T]] voor het klankbordgroepje.\n"
          "– Mevrouw [[Meeuwsen|P]] en de heer [[Vlaskamp|P]] melden zich ook aan voor de klankbordgroep."),
        P("Klankbordgroep", "h2"),
        P("De klankbordgroep komt in maart twee keer bij elkaar. Deelnemers: [[J. Vlaskamp|P]], [[C. Meeuwsen|P]], "
          "[[A. Ouazzani|P]] en mevrouw [[Gonnie Spaan|P]] ([[Lijsterstraat 40|A]], [[1324 KW|Z]] Almere). "
          "Mevrouw [[Spaan|P]] is niet op de avond aanwezig geweest maar heeft zich per mail aangemeld "
          "([[gonnie1952@ziggo.nl|E]]). Over de vraag of een [[spaan|w]] hout in een wadi kwaad kan, is "
          "gelachen; [[Ayşe|P]] beantwoordt dat in de klankbordgroep."),
        P("Vervolg", "h2"),
        P("Het verslag komt op [[www.almere.nl/vogelbuurt|gn]]. Reacties kunnen tot [[7 maart 2025|dt]] naar "
          "[[vogelbuurt@almere.nl|mb]] of via [[14 036|gn]]. De gemeenteraad besluit in juni over het ontwerp."),
        P("Verslag: [[T. Eijkelenboom|P]]", "small"),
    ]
    return Doc("verslag_bewonersavond_vogelbuurt.pdf", "verslag", "rl-ttf", "Tamara E.",
               "Verslag bewonersavond Vogelbuurt-Oost", "2025-02-21", body, font="DejaVuSansCondensed", size=9.5,
               opts={"margins": (22, 22, 22, 22), "logo": {"kind": "text", "lines": ["Gemeente Almere"],
                                                          "italic": False, "size": 12}, "first_top": 10},
               note="verslag bewonersavond: ambtenaren en gespreksleider, bewoners met huisnummer en kenteken, "
                    "Spaan naast ‘een spaan hout’, wethouder IJpelaar (houden); straatnamen zonder nummer houden")


def docs():
    return [verslag_or(), verslag_buurtbijeenkomst()]
