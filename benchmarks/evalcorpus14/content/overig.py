"""Woo decision with inventory (reportlab, Helvetica), press release (reportlab TTF, DejaVu Sans Condensed), phone
memo form (python-docx -> LibreOffice, Arial) and a citizen's letter (python-docx -> LibreOffice, DejaVu Sans)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


# ------------------------------------------------------------------ Arbeidsinspectie, Woo-besluit (rl-std)

def besluit_woo_arbeidsinspectie():
    body = [
        P("Nederlandse Arbeidsinspectie", size=12, space_after=1),
        P("Ministerie van Sociale Zaken en Werkgelegenheid", size=8.5, space_after=16),
        P("De heer [[K.R. Eijkelboom|P]]\n[[Brinkstraat 19|A]]\n[[7941 BS|Z]]  MEPPEL", space_after=14),
        KV([("Datum", "[[27 augustus 2026|dt]]"),
            ("Kenmerk", "[[WOO-NLA-2026-0193|ken]]"),
            ("Betreft", "besluit op uw Woo-verzoek over inspecties bij distributiecentra")],
           label_w=0.16, size=9.5, bold_labels=False),
        P("Geachte heer [[Eijkelboom|P]],"),
        P("Op [[4 juni 2026|dt]] heeft u een verzoek gedaan op grond van de Wet open overheid (Woo). U vraagt "
          "om documenten over inspecties van de Nederlandse Arbeidsinspectie bij distributiecentra in "
          "Drenthe en Overijssel in 2025. In deze brief leest u ons besluit."),
        P("1. Verloop", "h2"),
        P("Wij hebben de ontvangst van uw verzoek op [[5 juni 2026|dt]] bevestigd. Op [[30 juni 2026|dt]] "
          "hebben wij de beslistermijn met twee weken verlengd. Op [[8 juli 2026|dt]] heeft u telefonisch met "
          "de behandelaar, [[Lonneke Timmerhuis|P]], gesproken over de omvang van uw verzoek. U heeft toen "
          "aangegeven dat u alleen de inspectierapporten en de correspondentie met de bedrijven wilt ontvangen."),
        P("Twee bedrijven, [[Logistiek Centrum Stoffelsen B.V.|org]] en [[Koel- en Vrieshuis Hoogeveen|org]], "
          "zijn in de gelegenheid gesteld een zienswijze te geven. Het logistiek centrum heeft op "
          "[[1 augustus 2026|dt]] een zienswijze ingediend, ondertekend door de bedrijfsleider, de heer "
          "[[Levent Sarikaya|P]]. Hij vraagt de namen van uitzendkrachten en de omzetcijfers niet openbaar "
          "te maken. Het koel- en vrieshuis heeft niet gereageerd."),
        P("2. Besluit", "h2"),
        P("Wij maken de documenten deels openbaar. Welke documenten het zijn en welke gronden wij gebruiken, "
          "staat in de inventarislijst hieronder."),
        P("3. Overwegingen", "h2"),
        P("**Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo).** In de documenten staan namen en "
          "contactgegevens van medewerkers van de bedrijven, van uitzendkrachten en van onze inspecteurs. Het "
          "belang van hun privacy weegt zwaarder dan het belang van openbaarheid. Namen van bewindspersonen, "
          "zoals minister [[Annigje Steur-Bredewold|min]], maken wij wel openbaar."),
        P("**Bedrijfsgegevens (artikel 5.1, eerste lid, onder c, Woo).** De omzetcijfers en het aantal "
          "orderregels per uur zijn vertrouwelijk aan ons meegedeeld en maken wij niet openbaar."),
        P("**Persoonlijke beleidsopvattingen (artikel 5.2, eerste lid, Woo).** In interne e-mails staan "
          "meningen van inspecteurs over de aanpak. De feiten uit die e-mails maken wij openbaar."),
        P("In het inspectierapport wordt verwezen naar het onderzoek van [[Achterhof|au]] (2024) "
          "naar fysieke belasting in de logistiek. Die naam is niet weggelakt. De inspecteur die het rapport "
          "schreef, [[Koert Veldwijk|P]], wordt in de documenten aangeduid met ‘inspecteur 1’."),
        P("4. Inventarislijst", "h2"),
        Tbl([["Nr.", "Datum", "Document", "Beoordeling", "Grond"],
             ["1", "[[14-03-2025|dt]]", "inspectierapport distributiecentrum Meppel", "deels openbaar",
              "5.1.2e, 5.1.1c"],
             ["2", "[[17-03-2025|dt]]", "e-mail inspecteur aan teamleider", "deels openbaar", "5.1.2e, 5.2.1"],
             ["3", "[[02-04-2025|dt]]", "brief aan Logistiek Centrum Stoffelsen B.V.", "deels openbaar",
              "5.1.2e"],
             ["4", "[[18-04-2025|dt]]", "reactie bedrijf met bijlage roosters", "deels openbaar",
              "5.1.2e, 5.1.1c"],
             ["5", "[[09-05-2025|dt]]", "inspectierapport koel- en vrieshuis", "deels openbaar", "5.1.2e"],
             ["6", "[[12-05-2025|dt]]", "e-mail teamleider aan directie", "deels openbaar", "5.2.1"],
             ["7", "[[03-06-2025|dt]]", "boeterapport", "niet openbaar", "5.1.2e, 5.1.1c"],
             ["8", "[[24-06-2025|dt]]", "nota aan de inspecteur-generaal", "openbaar", "–"],
             ["9", "[[11-09-2025|dt]]", "hercontrole koel- en vrieshuis", "deels openbaar", "5.1.2e"]],
            [0.06, 0.15, 0.44, 0.18, 0.17], size=8.5),
        P("5. Hoe ontvangt u de documenten?", "h2"),
        P("De documenten worden gepubliceerd op [[open.overheid.nl|gn]]. U ontvangt ze ook per e-mail."),
        P("6. Bezwaar", "h2"),
        P("Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken bij de minister "
          "van Sociale Zaken en Werkgelegenheid, Postbus 90801, 2509 LV Den Haag, of via "
          "[[woo@nlarbeidsinspectie.nl|mb]]. Vragen? Bel [[0800-5151|gn]]."),
        P("Met vriendelijke groet,"),
        P("de minister van Sociale Zaken en Werkgelegenheid,\nnamens deze,\nde inspecteur-generaal van de "
          "Nederlandse Arbeidsinspectie,\nnamens deze,"),
        Sp(6),
        P("[[mr. Hendrica Zeldenthuis|P]]\nhoofd Juridische Zaken"),
        Sp(2),
        P("Behandelaar: [[Lonneke Timmerhuis|P]], [[l.timmerhuis@nlarbeidsinspectie.nl|E]], "
          "[[070 333 57 28|T]]", size=8.5),
    ]
    return Doc("besluit_woo_arbeidsinspectie_distributiecentra.pdf", "besluit", "rl-std", "Timmerhuis, L.",
               "Besluit Woo-verzoek WOO-NLA-2026-0193", "2026-08-27", body, font="Helvetica", size=11.5,
               running=[Running("Kenmerk [[WOO-NLA-2026-0193|ken]] – pagina {page}", "footer", "all", "right",
                                7.5)],
               opts={"leading": 1.6, "margins": (28, 26, 26, 26)},
               note="Woo-besluit met inventarislijst (negen documenten, gronden 5.1.2e, 5.1.1c en 5.2.1): verzoeker "
                    "als ‘K.R. Eijkelboom’ met adres, behandelaar met direct nummer en e-mail, bedrijfsleider met "
                    "Turkse naam, inspecteur, ondertekenaar ‘namens deze, namens deze’ met ‘mr.’ (lakken), "
                    "bedrijven met familienaam, minister en auteur met dubbele naam (houden), 0800-nummer en "
                    "Woo-mailbox")


# ------------------------------------------------------------------ Veiligheidsregio, persbericht (rl-ttf)

def persbericht_brandweerkazerne():
    body = [
        P("**Veiligheidsregio Noord- en Oost-Gelderland**", size=12, space_after=2),
        P("PERSBERICHT", "h1"),
        P("Zutphen, [[9 november 2026|dt]]", size=9),
        P("Nieuwe brandweerkazerne Zutphen-Noord in gebruik", "title"),
        P("**De brandweer in Zutphen heeft een nieuwe kazerne. Op zaterdag 7 november is de kazerne aan de "
          "IJsselkade officieel geopend door de voorzitter van de veiligheidsregio, burgemeester "
          "[[Geurt Wansink|oth]]. De kazerne vervangt twee oude posten en biedt ruimte aan 48 vrijwilligers.**"),
        P("De kazerne is gebouwd door [[Bouwbedrijf Rensink & Tolhoek|org]] en heeft zonnepanelen, een "
          "oefentoren en een aparte ruimte voor het reinigen van besmette kleding. Daarmee voldoet de kazerne "
          "aan de nieuwste eisen voor gezond werken."),
        P("Commandant [[Jantine Bakkenes|oth]]: ‘Onze vrijwilligers verdienen een goede plek. Hier kunnen "
          "zij veilig oefenen en na een brand schoon naar huis gaan.’ Burgemeester [[Wansink|oth]] noemde de "
          "vrijwilligers ‘de ruggengraat van de brandweer’."),
        P("De oude post aan de Spittaalstraat krijgt een nieuwe bestemming. De gemeente onderzoekt of er "
          "woningen kunnen komen. De oefentoren is genoemd naar [[Lambertus Avinkhof|oth]], de eerste "
          "commandant van de vrijwillige brandweer Zutphen (1887–1921)."),
        P("Open dag", "h2"),
        P("Op zaterdag [[21 november 2026|dt]] is er een open dag van 10.00 tot 15.00 uur. Kinderen kunnen "
          "een rondje rijden in de tankautospuit. Wie vrijwilliger wil worden, kan zich aanmelden via "
          "[[www.vnog.nl/werkenbij|gn]]."),
        HR(),
        P("**Noot voor de redactie, niet voor publicatie**", size=9),
        P("Voor meer informatie kunt u contact opnemen met [[Eppo Hilgevoord|P]], woordvoerder van dienst, "
          "via [[06 1283 9047|T]] of [[t.hilgevoord@vnog.nl|E]]. Buiten kantooruren: het persnummer "
          "[[088 246 80 00|gn]] of [[pers@vnog.nl|mb]]. Foto’s van de opening zijn te downloaden; vermeld bij "
          "gebruik ‘Foto: VNOG’. [[Eppo|P]] is bij de open dag aanwezig.", size=9),
    ]
    return Doc("persbericht_brandweerkazerne_zutphen.pdf", "persbericht", "rl-ttf", "Hilgevoord, T.",
               "Persbericht nieuwe kazerne Zutphen-Noord", "2026-11-09", body, font="DejaVuSansCondensed", size=11.5,
               opts={"leading": 1.5, "margins": (24, 24, 20, 22)},
               note="persbericht van een veiligheidsregio: burgemeester als voorzitter en commandant die in het "
                    "persbericht zelf wordt geciteerd (houden), oefentoren genoemd naar een historische "
                    "commandant (houden), bouwbedrijf met familienamen (houden), woordvoerder in de ‘noot voor de "
                    "redactie, niet voor publicatie’ met mobiel, e-mail en voornaam (lakken) naast persnummer en "
                    "persmailbox")


# ------------------------------------------------------------------ SVB, telefoonnotitie (lo)

def telefoonnotitie_svb_kinderbijslag():
    body = [
        P("**Sociale Verzekeringsbank – kantoor Roermond**", size=12, space_after=2),
        P("TELEFOONNOTITIE", "title"),
        KV([("Datum / tijd", "[[18 maart 2026|dt]], 11:40 uur"),
            ("Aangenomen door", "[[Sanna Coolhaas|P]], klantenservice"),
            ("Naam beller", "mevrouw [[E.M. Lobo Fortuna|P]]"),
            ("Geboortedatum", "[[02-11-1988|D]]"),
            ("BSN", "[[166827459|B]]"),
            ("Adres", "[[Hamstraat 27|A]], [[6041 CJ|Z]] Roermond"),
            ("Telefoon", "[[0475 71 39 08|T]] / [[06 2614 7785|T]]"),
            ("E-mail", "[[evalobofortuna@hotmail.com|E]]"),
            ("Rekeningnummer", "[[NL16 ABNA 0462 9138 57|N]]")],
           label_w=0.27, style="grid", size=10),
        P("**Onderwerp:** kinderbijslag voor dochter die in België studeert", space_before=6),
        P("**Gesprek:**"),
        P("Mevrouw [[Lobo Fortuna|P]] belt omdat de kinderbijslag voor haar dochter [[Ilda|P]] (16) is "
          "stopgezet. [[Ilda|P]] zit sinds september op een school in Maaseik (België) en woont doordeweeks bij "
          "haar tante, mevrouw [[Dulce Semedo-Ramos|P]]. Beller denkt dat zij daardoor geen recht meer heeft. "
          "Ik heb uitgelegd dat het kind tot haar huishouden kan blijven horen als zij in de weekenden thuis is "
          "en beller de kosten draagt."),
        P("Beller heeft in februari een brief gestuurd, maar heeft daarop geen antwoord gekregen. Haar ex-"
          "partner, de heer [[Djalò|P]], ontvangt volgens haar geen kinderbijslag. Ik heb beloofd dat een "
          "behandelaar haar terugbelt."),
        P("**Afspraak:** terugbellen vóór [[25 maart 2026|dt]], bij voorkeur op het mobiele nummer."),
        KV([("Doorgezet naar", "team Kinderbijslag Internationaal, [[Olof Geurts|P]] ([[OGe|I]])"),
            ("Teruggebeld", "[[20 maart 2026|dt]] door [[OGe|I]] – brief met formulier verstuurd"),
            ("Zaaknummer", "[[SVB-KB-2026-118733|ken]]")],
           label_w=0.27, style="grid", size=10),
        P("SVB kantoor Roermond · Postbus 1400 · 1000 BK Amsterdam · [[088 112 01 50|gn]] · "
          "[[www.svb.nl|gn]]", size=8),
    ]
    return Doc("telefoonnotitie_svb_kinderbijslag.pdf", "telefoonnotitie", "lo", "Coolhaas, S.",
               "Telefoonnotitie kinderbijslag", "2026-03-18", body, font="Arial", size=12,
               opts={"leading": 1.5, "margins": (22, 22, 20, 20), "space_after": 5, "line_spacing": 1.45},
               note="telefoonnotitie-formulier met rasters: beller met Kaapverdische dubbele achternaam en "
                    "initialen, geboortedatum, BSN, adres, vast en mobiel nummer, e-mail, IBAN, dochter met "
                    "voornaam, tante met dubbele naam en ex-partner met achternaam alleen, medewerkers met "
                    "paraaf ‘OGe’ (lakken), zaaknummer en algemeen nummer (houden)")


# ------------------------------------------------------------------ burgerbrief schoolroute Rotterdam (lo)

def burgerbrief_schoolroute_rotterdam():
    body = [
        P("[[Arlindo Fonseca|P]]\n[[Mathenesserweg 144-B|A]]\n[[3027 HK|Z]] Rotterdam\n[[06 5931 2074|T]]\n"
          "[[arlindo.fonseca@kpnmail.nl|E]]", space_after=14),
        P("Aan wethouder [[Jetske Verschoore|oth]]\nGemeente Rotterdam, afdeling Verkeer\nPostbus 70012\n"
          "3000 KP Rotterdam", space_after=14),
        P("Rotterdam, [[14 september 2026|dt]]"),
        P("Betreft: gevaarlijke oversteek bij de Hudsonstraat"),
        P("Geachte mevrouw [[Verschoore|oth]],"),
        P("Ik schrijf u namens een groep ouders van kinderen van basisschool [[De Klimop|org]]. Elke ochtend "
          "steken onze kinderen de Mathenesserweg over bij de Hudsonstraat. Daar is geen zebrapad en auto's "
          "rijden er veel te hard. Op [[3 september 2026|dt]] werd mijn zoon [[Djaylon|P]] bijna geschept "
          "door een bestelbus met kenteken [[VZ-208-K|L]]. Ik heb de melding gedaan bij de politie."),
        P("Een andere moeder, [[Ngozi Afolabi|P]], heeft twee weken lang elke ochtend geteld: tussen 8.00 en "
          "8.30 uur rijden er gemiddeld 26 auto's harder dan 50 km per uur. Haar buurman, de heer "
          "[[Reiger|P]], heeft foto's gemaakt van auto's die door rood rijden bij de stoplichten verderop. Er "
          "vliegt soms nog een [[reiger|w]] over, maar verder is er niets rustigs aan deze straat."),
        P("Wij vragen u om:"),
        P("een zebrapad met verkeerslichten bij de Hudsonstraat;", "bullet"),
        P("een verkeersbrigadier tot er een oversteek is;", "bullet"),
        P("een gesprek met de ouders en de school.", "bullet"),
        P("De directeur van de school, mevrouw [[Hartveld|P]], steunt ons verzoek. Ik heb eerder gebeld met de "
          "gemeente en sprak toen met een meneer [[Rijskamp|P]] van de afdeling Verkeer. Hij zei dat er geen "
          "geld is. Dat vinden wij geen antwoord. Het raadslid [[Sahin Aydoğdu|oth]] heeft aangeboden het "
          "onderwerp in de commissie te bespreken."),
        P("Onder deze brief staan de namen van de ouders die het verzoek steunen."),
        P("Met vriendelijke groet,"),
        P("[[Arlindo Fonseca|P]]"),
        Sp(3),
        Tbl([["Naam", "Adres"],
             ["[[Ngozi Afolabi|P]]", "[[Mathenesserweg 130|A]]"],
             ["[[Salma Ezzarhouni|P]]", "[[Hudsonstraat 22|A]]"],
             ["[[Tran Van Khoa|P]]", "[[Hudsonstraat 41|A]]"],
             ["fam. [[Kuipéri|P]]", "[[Vierambachtsstraat 9|A]]"],
             ["[[J.M. Reiger|P]]", "[[Mathenesserweg 132|A]]"]],
            [0.45, 0.55], size=9.5),
    ]
    return Doc("burgerbrief_schoolroute_rotterdam.pdf", "burgerbrief", "lo", "Arlindo",
               "Gevaarlijke oversteek Hudsonstraat", "2026-09-14", body, font="DejaVu Sans", size=11.5,
               opts={"leading": 1.5, "margins": (25, 25, 25, 22), "space_after": 7, "line_spacing": 1.45},
               note="brief van een ouder met Kaapverdische naam aan een wethouder (houden): afzenderblok met adres, "
                    "06-nummer en e-mail, zoon met voornaam, kenteken, moeder met Nigeriaanse naam, buurman "
                    "‘de heer Reiger’ naast ‘een reiger’ (houden), schooldirecteur en ambtenaar met achternaam "
                    "alleen, raadslid (houden), lijst van ondersteuners met adressen (Vietnamese naam, ‘fam.’, "
                    "initialen)")


def docs():
    return [besluit_woo_arbeidsinspectie(), persbericht_brandweerkazerne(), telefoonnotitie_svb_kinderbijslag(),
            burgerbrief_schoolroute_rotterdam()]
