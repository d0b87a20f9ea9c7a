"""Minutes and reports: an information evening about a high-voltage substation (reportlab TTF, DejaVu Serif), MT
minutes of a ministry directorate with initials (reportlab, Times) and minutes of a regional steering group
with office holders (python-docx -> LibreOffice, Times New Roman). The hearing report is a scan (scans.py)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


# ------------------------------------------------------------------ informatieavond (rl-ttf, DejaVu Serif)

def verslag_informatieavond_station():
    body = [
        P("Gemeente De Wolden · [[TenneT|org]]", size=8.5, space_after=6),
        P("Verslag informatieavond hoogspanningsstation Ruinerwold", "title", size=15),
        KV([("Datum", "dinsdag [[3 februari 2026|dt]], 19.30–21.45 uur"),
            ("Plaats", "Dorpshuis De Buddingh’, Ruinerwold"),
            ("Aanwezig namens TenneT", "[[Oeds Vlietstra|P]] (omgevingsmanager), [[Kacper Wieczorek|P]] "
                                       "(technisch projectleider)"),
            ("Aanwezig namens de gemeente", "wethouder [[Isis Barendrecht|oth]], [[Leendert Wesseling|P]] "
                                            "(projectleider ruimtelijke ordening)"),
            ("Gespreksleiding", "[[Bente Sluijter|P]], [[Wessing Participatie|org]]"),
            ("Aantal bezoekers", "ongeveer 140")], label_w=0.3, size=9),
        P("1. Welkom", "h2"),
        P("Wethouder [[Barendrecht|oth]] heet iedereen welkom. Zij legt uit dat het station nodig is om nieuwe "
          "zonneparken en bedrijven in Zuidwest-Drenthe aan te sluiten. De gemeente beslist over het "
          "bestemmingsplan; [[TenneT|org]] bouwt en beheert het station. Kamerlid [[Vreeswijk|kl]] is als "
          "toehoorder aanwezig."),
        P("2. Toelichting op het plan", "h2"),
        P("[[Vlietstra|P]] laat zien waar het station komt: op een perceel van 4 hectare ten zuiden van de "
          "Blankenstein, tussen de bestaande 110 kV-lijn en de weg naar Meppel. [[Wieczorek|P]] legt uit hoe "
          "het station eruitziet en hoeveel geluid de transformatoren maken. Aan de kant van de woningen komt een "
          "wal van 4 meter hoog met beplanting."),
        P("3. Vragen uit de zaal", "h2"),
        P("Mevrouw [[Nel Ketting|P]] woont aan de overkant van de weg. Zij vraagt of het station ’s nachts "
          "verlicht is. [[Vlietstra|P]] antwoordt dat er alleen bij werkzaamheden licht brandt. Mevrouw "
          "[[Ketting|P]] wil ook weten of het terrein afgesloten wordt; volgens [[Wieczorek|P]] komt er een hek "
          "met een [[ketting|w]] en een slot bij de ingang voor onderhoudswagens."),
        P("De heer [[Frits Aalders|P]], melkveehouder, vraagt of hij schadevergoeding krijgt voor de grond die hij "
          "verliest. [[Vlietstra|P]] zegt dat [[TenneT|org]] met alle grondeigenaren afzonderlijk in gesprek "
          "gaat. Meneer [[Aalders|P]] zegt dat hij nog niets heeft gehoord. Dat wordt deze maand opgepakt."),
        P("De heer [[Teunissen|P]], [[Westerveldseweg 7|A]], vraagt waarom niet gekozen is voor de locatie bij "
          "het industrieterrein. [[Wesseling|P]] legt uit dat daar geen ruimte is voor de 380 kV-aansluiting. "
          "De heer [[Teunissen|P]] vindt dat onvoldoende onderbouwd en vraagt om de vergelijking van de "
          "locaties. De gemeente stuurt die op."),
        P("Mevrouw [[Siham Moussaoui|P]] vraagt wat het station betekent voor de gezondheid van kinderen op de "
          "basisschool. [[Wieczorek|P]] antwoordt dat het magneetveld buiten het hek lager is dan de "
          "advieswaarde van het RIVM. Mevrouw [[Moussaoui|P]] vraagt om die metingen na de bouw te herhalen. "
          "Wethouder [[Barendrecht|oth]] zegt dat toe."),
        P("Een bezoeker die zijn naam niet wil noemen, vraagt of de gemeente geld krijgt van TenneT. De "
          "wethouder antwoordt dat er een gebiedsfonds komt van € 300.000 voor projecten in het dorp."),
        P("4. Vervolg", "h2"),
        P("[[Sluijter|P]] vat samen. Het ontwerpbestemmingsplan ligt naar verwachting in mei ter inzage. "
          "Iedereen kan dan een zienswijze indienen. Er komt een klankbordgroep; aanmelden kan bij "
          "[[Leendert Wesseling|P]] via [[station.ruinerwold@dewolden.nl|mb]]. Vragen aan TenneT kunnen via "
          "[[omgeving@tennet.eu|mb]] of [[0800-8366388|gn]]."),
        P("Na afloop hebben bewoners nog met de medewerkers van [[TenneT|org]] gesproken bij de tekeningen. "
          "[[Aalders|P]] en [[Teunissen|P]] hebben zich aangemeld voor de klankbordgroep."),
        P("5. Vragen die na de avond zijn binnengekomen", "h2"),
        P("Na de avond kwamen nog zes vragen binnen via het formulier op de website. De belangrijkste staan "
          "hieronder met het antwoord van [[TenneT|org]] en de gemeente."),
        Tbl([["Vraag van", "Vraag", "Antwoord"],
             ["mevrouw [[Karima Ezzahiri|P]]", "Komen er tijdens de bouw vrachtwagens door de Dorpsstraat?",
              "Nee, het bouwverkeer rijdt via de Blankenstein. [[Wieczorek|P]] maakt een verkeersplan."],
             ["de heer [[Frits Aalders|P]]", "Wanneer start het gesprek over mijn grond?",
              "[[Vlietstra|P]] neemt voor [[1 maart 2026|dt]] contact op."],
             ["[[Hielke Schoonderwoerd|P]] (Plaatselijk Belang)", "Kan het gebiedsfonds ook naar de ijsbaan?",
              "Ja, de spelregels volgen in het voorjaar."],
             ["mevrouw [[Nel Ketting|P]]", "Wordt de wal al vóór de bouw aangelegd?",
              "Ja, zodat de beplanting kan groeien. Zie de planning op de website."]],
            [0.28, 0.36, 0.36], size=8.5),
        P("Mevrouw [[Ezzahiri|P]] heeft gevraagd om een aparte bijeenkomst voor de ouders van de basisschool. "
          "Wethouder [[Barendrecht|oth]] en [[Wesseling|P]] bekijken of dat in maart kan. Plaatselijk Belang "
          "Ruinerwold heeft aangeboden de zaal van het dorpshuis daarvoor beschikbaar te stellen."),
        P("6. Planning", "h2"),
        P("Ontwerpbestemmingsplan ter inzage: mei 2026. Vaststelling door de gemeenteraad: najaar 2026. Start "
          "bouw: 2027. Het station is naar verwachting in 2029 in gebruik."),
        P("Verslag: [[Bente Sluijter|P]]. Dit verslag staat op de website van de gemeente.", size=8.5),
    ]
    return Doc("verslag_informatieavond_hoogspanningsstation.pdf", "verslag", "rl-ttf", "Sluijter, B.",
               "Verslag informatieavond station Ruinerwold", "2026-02-05", body, font="DejaVuSerif", size=9.5,
               running=[Running("Informatieavond hoogspanningsstation – [[3 februari 2026|dt]] – blad {page}",
                                "footer", "all", "center", 7)],
               opts={"margins": (24, 22, 22, 22)},
               note="verslag van een informatieavond: medewerkers van de netbeheerder (ook met Poolse naam) en "
                    "van de gemeente, gespreksleider van een bureau met persoonsnaam (bureau houden), bewoners "
                    "met naam, adres en alleen achternaam (‘meneer Aalders’), ‘Nel Ketting’ naast ‘een hek met een "
                    "ketting’ (houden), Marokkaanse naam, wethouder met achternaam alleen en Kamerlid (houden), "
                    "functionele mailboxen en 0800-nummer")


# ------------------------------------------------------------------ MT-verslag ministerie VRO (rl-std, Times)

def verslag_mt_directie_wonen():
    body = [
        P("Ministerie van Volkshuisvesting en Ruimtelijke Ordening", size=8.5, space_after=1),
        P("DG Volkshuisvesting en Bouwen – Directie Woningmarkt", size=8.5, space_after=10),
        P("Verslag MT Woningmarkt", "title", size=15),
        KV([("Datum", "[[12 mei 2026|dt]], 9.30–11.30 uur, kamer E-6.14"),
            ("Aanwezig", "[[Astrid Wormgoor|P]] ([[AW|I]], directeur, voorzitter), [[Huib Rouwenhorst|P]] "
                         "([[HR|I]]), [[Rakesh Doerga|P]] ([[RD|I]]), [[Jiayi Chow|P]] ([[JC|I]]), "
                         "[[Sanneke de Kruijf|P]] ([[SdK|I]], verslag)"),
            ("Afwezig", "[[Rini Matulessy|P]] ([[RM|I]])"),
            ("Gast", "[[Danique Kapteijns|P]] (BZK, agendapunt 3)")], label_w=0.14, size=9.5),
        P("1. Mededelingen", "h2"),
        P("[[AW|I]] meldt dat de minister, [[Gjalt Hoogerwerf|min]], op [[20 mei 2026|dt]] met de "
          "woningcorporaties spreekt over de prestatieafspraken. [[RD|I]] bereidt de gespreksnotitie voor. "
          "[[RM|I]] is deze week ziek; [[JC|I]] neemt haar punten over."),
        P("2. Verslag en actielijst vorige MT", "h2"),
        P("Het verslag van [[28 april 2026|dt]] wordt vastgesteld. Actie 31 (brief over de huurbevriezing) is "
          "afgerond. Actie 33 (reactie op het rapport van [[Aedes|org]]) loopt nog; [[HR|I]] verwacht de "
          "concepttekst vrijdag."),
        P("3. Huisvesting aandachtsgroepen", "h2"),
        P("[[Danique Kapteijns|P]] van BZK licht toe hoe gemeenten de nieuwe wet uitvoeren. Ongeveer een derde "
          "van de gemeenten heeft nog geen woonzorgvisie. [[Kapteijns|P]] stelt voor dat de twee ministeries een "
          "gezamenlijk ondersteuningsteam inrichten. [[JC|I]] steunt dat, maar wijst op de capaciteit van het "
          "team; [[Jiayi|P]] heeft al drie vacatures openstaan. [[AW|I]] vraagt [[Rakesh|P]] en [[Jiayi|P]] "
          "om samen met BZK een voorstel te maken."),
        P("4. Personeel en organisatie", "h2"),
        P("[[AW|I]] bespreekt de formatie voor 2027. De directie krijgt twee extra plaatsen voor het programma "
          "Betaalbare Huur. De vacature voor plaatsvervangend directeur wordt in juni opnieuw uitgezet. "
          "[[Huib|P]] vraagt of de interne kandidaten voorrang krijgen; [[AW|I]] bevestigt dat. Het verzoek "
          "van [[Rini Matulessy|P]] om in deeltijd te werken wordt toegekend; P&O regelt de uitvoering."),
        P("5. Kamerdebat Woningmarkt", "h2"),
        P("Het commissiedebat is verplaatst naar [[17 juni 2026|dt]]. [[HR|I]] coördineert de "
          "debatvoorbereiding en vraagt iedereen de bijdragen uiterlijk [[9 juni|dt]] aan te leveren. "
          "[[SdK|I]] verzamelt de openstaande toezeggingen."),
        P("6. Voortgang programma Betaalbare Huur", "h2"),
        P("[[JC|I]] geeft een stand van zaken. De regeling voor middenhuur is in april opengesteld; er zijn 46 "
          "aanvragen binnen, vooral uit de Randstad. Gemeenten buiten de Randstad vragen om een lagere drempel. "
          "[[RD|I]] merkt op dat de Kamer hierover in het debat waarschijnlijk vragen stelt. [[HR|I]] neemt het "
          "op in de debatvoorbereiding. [[Jiayi|P]] stelt voor de drempel in de evaluatie mee te nemen; het MT is "
          "het daarmee eens."),
        P("[[AW|I]] wijst erop dat de minister in de zomer een nieuwe brief over de woningbouwopgave wil "
          "sturen. [[Huib|P]] en [[Rakesh|P]] leveren de cijfers aan; [[SdK|I]] bewaakt de planning. De brief "
          "moet eerst langs de DG en de andere directies van het DG."),
        P("7. Bedrijfsvoering", "h2"),
        P("De directie zit in het eerste kwartaal binnen het budget. Het ziekteverzuim is gestegen naar 5,8 "
          "procent. [[AW|I]] bespreekt met P&O hoe de werkdruk in het team van [[JC|I]] kan worden verlaagd. "
          "De tijdelijke inhuur voor het programma loopt af op [[1 juli 2026|dt]]; [[RD|I]] onderzoekt of "
          "verlenging nodig is."),
        P("8. Rondvraag", "h2"),
        P("[[RD|I]] meldt dat de gemeente Almere een klacht heeft ingediend over de verdeling van de "
          "woningbouwimpuls. [[AW|I]] pakt dit op met de DG. [[Sanneke|P]] vraagt iedereen de vakantieplanning "
          "voor [[1 juni 2026|dt]] in te vullen."),
        P("Actielijst", "h2"),
        Tbl([["Nr.", "Actie", "Wie", "Gereed"],
             ["34", "Gespreksnotitie minister – corporaties", "[[RD|I]]", "[[18 mei 2026|dt]]"],
             ["35", "Voorstel ondersteuningsteam met BZK", "[[RD|I]] / [[JC|I]]", "[[2 juni 2026|dt]]"],
             ["36", "Debatvoorbereiding commissiedebat", "[[HR|I]]", "[[9 juni|dt]]"],
             ["37", "Overzicht toezeggingen", "[[SdK|I]]", "[[26 mei 2026|dt]]"],
             ["38", "Klacht Almere woningbouwimpuls", "[[AW|I]]", "[[26 mei 2026|dt]]"]],
            [0.08, 0.58, 0.16, 0.18], size=9),
    ]
    return Doc("verslag_mt_woningmarkt_vro.pdf", "verslag", "rl-std", "Kruijf, S. de",
               "Verslag MT Woningmarkt 12 mei 2026", "2026-05-12", body, font="Times-Roman", size=10.5,
               running=[Running("Verslag MT Woningmarkt [[12 mei 2026|dt]] – [[SdK|I]] – intern", "footer",
                                "all", "left", 7.5)],
               opts={"margins": (25, 22, 22, 22)},
               note="MT-verslag van een ministeriële directie: aanwezigen met initialen tussen haakjes (‘HR’, "
                    "‘SdK’), initialen in de lopende tekst en de actielijst, voornamen (Chinese en Hindoestaanse "
                    "naam), afwezige met Molukse naam en een personeelszaak, gast van een ander ministerie met "
                    "achternaam alleen, minister (houden), initialen notulist in de voettekst")


# ------------------------------------------------------------------ stuurgroep Veenkoloniën (lo, Times New Roman)

def verslag_stuurgroep_veenkolonien():
    body = [
        P("Stuurgroep Gebiedsagenda Veenkoloniën", size=9, space_after=2),
        P("Verslag vergadering stuurgroep", "title", size=15),
        KV([("Datum", "[[25 maart 2026|dt]], 14.00–16.30 uur"),
            ("Plaats", "gemeentehuis Veendam, Raadhuisplein 5"),
            ("Aanwezig", "gedeputeerde [[Ulbe Spijkerman|oth]] (provincie Groningen, voorzitter); "
                         "burgemeester [[Douwe Hagendoorn|oth]] (Veendam); wethouder [[Marrit Bekkering|oth]] "
                         "(Stadskanaal); wethouder [[Ruurd Tijink|oth]] (Pekela); dijkgraaf "
                         "[[Tsjitske Eshuis|oth]] (waterschap Hunze en Aa’s); [[Wiepke Duijvestijn|P]] "
                         "(LTO Noord)"),
            ("Ambtelijk", "[[Budi Gunawan|P]] (secretaris), [[Elske Zandbergen|P]] (programmamanager), "
                          "[[Kartika Rahardjo|P]] (provincie Drenthe)"),
            ("Afwezig", "gedeputeerde [[Rekha Doelman|oth]] (Drenthe), vervangen door [[Kartika Rahardjo|P]]"),
            ("Gast", "minister [[Chandra Pawirodikromo|min]] (LVVN), agendapunt 2")],
           label_w=0.17, size=9.5, style="grid"),
        P("1. Opening", "h2"),
        P("De voorzitter, gedeputeerde [[Spijkerman|oth]], opent de vergadering en heet minister "
          "[[Pawirodikromo|min]] welkom. Gedeputeerde [[Doelman|oth]] heeft zich afgemeld."),
        P("2. Gesprek met de minister over de Regio Deal", "h2"),
        P("De minister licht toe dat het Rijk de Regio Deal Veenkoloniën met drie jaar wil verlengen, op "
          "voorwaarde dat de regio evenveel bijdraagt. Burgemeester [[Hagendoorn|oth]] vraagt of de bijdrage van "
          "gemeenten ook in natura mag, bijvoorbeeld in ambtelijke uren. De minister staat daarvoor open. "
          "Wethouder [[Bekkering|oth]] vraagt aandacht voor de kanaalbruggen, die dringend onderhoud nodig hebben. "
          "[[Duijvestijn|P]] zegt namens LTO Noord dat de boeren zekerheid willen over de waterpeilen voordat ze "
          "investeren in nieuwe teelten."),
        P("De minister moet om 15.00 uur weg. De stuurgroep spreekt af dat [[Elske Zandbergen|P]] een "
          "voorstel voor de verlenging schrijft, samen met het ministerie."),
        P("3. Water en bodem", "h2"),
        P("Dijkgraaf [[Eshuis|oth]] laat weten dat het waterschap in de zomer van 2025 twee keer een "
          "beregeningsverbod moest instellen. Het waterschap wil met de provincies en LTO Noord een proef doen "
          "met hogere peilen in het veenweidegebied bij Pekela. Wethouder [[Tijink|oth]] steunt dat, maar wil "
          "eerst een avond voor de boeren in Pekela. [[Budi|P]] organiseert die avond samen met "
          "[[Duijvestijn|P]]."),
        P("4. Voortgang projecten", "h2"),
        Tbl([["Project", "Trekker", "Stand", "Toelichting"],
             ["Kanaalbruggen A7-zone", "[[Elske Zandbergen|P]]", "vertraagd", "aanbesteding opnieuw in mei"],
             ["Proef hogere peilen Pekela", "[[Budi Gunawan|P]]", "start", "avond voor boeren in april"],
             ["Zetmeel en eiwit (innovatie)", "[[Kartika Rahardjo|P]]", "op schema", "[[Avebe|org]] en "
              "[[Royal Cosun|org]] betrokken"],
             ["Woningen boven winkels", "[[Jerrel Verschoor|P]]", "op schema", "24 woningen in Stadskanaal"]],
            [0.3, 0.24, 0.14, 0.32], size=9),
        P("[[Jerrel Verschoor|P]] (gemeente Stadskanaal) was niet aanwezig; de stand van zijn project is "
          "schriftelijk aangeleverd. [[Kartika|P]] meldt dat [[Avebe|org]] een subsidieaanvraag heeft ingediend bij "
          "het Rijk. De stuurgroep vraagt [[Elske|P]] de aanbesteding van de bruggen strak te volgen."),
        P("5. Communicatie", "h2"),
        P("Het jaarverslag 2025 wordt in april gepubliceerd. [[Budi Gunawan|P]] stuurt het concept rond. "
          "Vragen van inwoners en pers gaan naar [[info@veenkolonien.nl|mb]]."),
        P("6. Rondvraag en sluiting", "h2"),
        P("Burgemeester [[Hagendoorn|oth]] nodigt de stuurgroep uit voor de opening van het nieuwe "
          "museumgemaal in Veendam. De voorzitter sluit de vergadering om 16.25 uur. Volgende vergadering: "
          "[[24 juni 2026|dt]] in Stadskanaal."),
    ]
    return Doc("verslag_stuurgroep_veenkolonien.pdf", "verslag", "lo", "Gunawan, B.",
               "Verslag stuurgroep Veenkoloniën 25 maart 2026", "2026-03-25", body, font="Times New Roman",
               size=11,
               running=[Running("Stuurgroep Gebiedsagenda Veenkoloniën – verslag [[25 maart 2026|dt]]", "footer",
                                "all", "center", 8)],
               opts={"margins": (25, 22, 22, 22), "space_after": 6, "line_spacing": 1.1},
               note="verslag van een bestuurlijke stuurgroep met een rastertabel: gedeputeerden, burgemeester, "
                    "wethouders, dijkgraaf en een minister als gast (houden) naast de ambtelijk secretaris, "
                    "programmamanager en een vervangend ambtenaar (Indonesische namen) en een LTO-vertegenwoordiger "
                    "(lakken), voornamen, projecttabel met trekkers, bedrijven (houden), functionele mailbox")


def docs():
    return [verslag_informatieavond_station(), verslag_mt_directie_wonen(), verslag_stuurgroep_veenkolonien()]
