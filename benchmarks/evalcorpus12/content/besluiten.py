"""Letters and decisions: a raadsinformatiebrief with a two-column signature block (reportlab, Times), a notice of
intent to refuse a certificate of conduct (VOG) from Justis (reportlab TTF, DejaVu Sans), a nomination for a royal
decoration (python-docx -> LibreOffice), a citizen's liability claim after a fall on the pavement (python-docx ->
LibreOffice) and a citizen's plain-text e-mail with a quoted answer, printed in Courier (reportlab)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


# ------------------------------------------------------------------ raadsinformatiebrief (reportlab, Times)

def raadsinformatiebrief_parkeren_station_dijk_en_waard():
    body = [
        P("**Gemeente Dijk en Waard**", size=14, space_after=14),
        P("RAADSINFORMATIEBRIEF", "title", size=15),
        KV([("Nummer", "[[RIB-2026-017|ken]]"),
            ("Datum", "[[3 maart 2026|dt]]"),
            ("Portefeuillehouder", "wethouder [[Casimir Mantingh|oth]]"),
            ("Informatie bij", "[[Dorine Vorst|P]], [[072 541 28 63|T]], [[d.vorst@dijkenwaard.nl|E]]"),
            ("Onderwerp", "parkeerdruk rond station Heerhugowaard en het bewonersinitiatief ‘Groen Plein’")],
           label_w=0.24, size=10, style="lines"),
        P("**Kennisnemen van**", space_after=3),
        P("Met deze brief informeren wij u over de uitkomsten van het verkeersonderzoek rond het station, over "
          "de schade door [[de vorst|w]] van begin februari aan het parkeerterrein en over het bewonersinitiatief "
          "‘Groen Plein’. Daarmee beantwoorden wij ook de vragen van raadslid [[Van der Wolk|oth]] van "
          "[[22 januari 2026|dt]]."),
        P("**Verkeersonderzoek**", space_after=3),
        P("In het najaar van 2025 heeft [[Goudappel|org]] de parkeerdruk in de wijken rond het station gemeten. "
          "De onderzoekers, [[Spierings|au]] en [[Geertsema|au]], concluderen dat de druk overdag in de "
          "Stationsbuurt boven 90 procent ligt en dat een derde van de geparkeerde auto’s van forenzen is. Het "
          "rapport is openbaar en staat op de website van de gemeente. [[Spierings|au]] heeft het rapport op "
          "[[10 februari 2026|dt]] in de commissie Ruimte toegelicht."),
        P("**Schade aan het parkeerterrein**", space_after=3),
        P("Door [[de vorst|w]] is het asfalt op het P+R-terrein op meerdere plekken gescheurd. Op "
          "[[18 februari 2026|dt]] is daar een fietser gevallen; hij heeft de gemeente aansprakelijk gesteld. De "
          "eigenaar van een beschadigde auto, de heer [[Diederick Plekkenpol|P]], heeft dat ook gedaan. Beide "
          "aansprakelijkstellingen behandelen wij apart. Het terrein is sinds [[24 februari 2026|dt]] weer "
          "volledig open; het definitieve herstel volgt als [[de vorst|w]] voorbij is en het asfalt droog is."),
        P("De kosten van het tijdelijke herstel bedragen ongeveer € 38.000. Dat bedrag vangen wij op binnen het "
          "budget voor onderhoud van wegen. Het definitieve herstel nemen wij mee in het parkeerplan, omdat de "
          "inrichting van het terrein mogelijk verandert."),
        P("**Bewonersinitiatief ‘Groen Plein’**", space_after=3),
        P("Een groep bewoners van de Stationsbuurt wil een deel van het parkeerterrein aan de Middenweg omvormen "
          "tot een groen plein met speelplek. Het initiatief is genomen door mevrouw [[Wendeline Holtrop|P]]; 146 "
          "bewoners hebben het ondersteund. Mevrouw [[Holtrop|P]] heeft het plan op [[14 januari 2026|dt]] aan de "
          "wethouder aangeboden. Ook de [[Ondernemersvereniging Middenwaard|org]] heeft gereageerd; haar voorzitter "
          "vreest voor minder klanten als er parkeerplaatsen verdwijnen."),
        P("Wij nemen het initiatief mee in het parkeerplan dat wij u in juni voorleggen. Wethouder "
          "[[Mantingh|oth]] gaat in april met de initiatiefnemers en de ondernemers in gesprek. Mevrouw "
          "[[Vorst|P]] is voor beide groepen het aanspreekpunt."),
        P("**Uitkomsten per straat**", space_after=3),
        Tbl([["Straat", "Parkeerplaatsen", "Bezetting overdag", "Bezetting ’s avonds", "Aandeel forenzen"],
             ["Stationsplein", "84", "97 %", "41 %", "52 %"],
             ["Middenweg (P+R)", "310", "92 %", "18 %", "71 %"],
             ["Zuidtangent", "46", "88 %", "79 %", "22 %"],
             ["Bonte Hoek", "62", "81 %", "86 %", "9 %"],
             ["Van Veenweg", "38", "94 %", "73 %", "34 %"]],
            [0.26, 0.17, 0.19, 0.2, 0.18], size=9.5),
        P("**Communicatie**", space_after=3),
        P("Wij informeren de bewoners van de Stationsbuurt met een bewonersbrief over de uitkomsten van het "
          "onderzoek. In mei organiseren wij twee inloopavonden in het stadhuis. Daar kunnen bewoners en "
          "ondernemers reageren op de varianten. De initiatiefnemers van het Groen Plein krijgen de gelegenheid "
          "hun plan op een van die avonden toe te lichten. Vragen kunnen bewoners stellen via "
          "[[parkeren@dijkenwaard.nl|mb]] of het algemene nummer [[14 072|gn]]."),
        P("**Vervolg**", space_after=3),
        P("Wij verwachten het parkeerplan in het tweede kwartaal aan u voor te leggen. Daarin werken wij drie "
          "varianten uit: betaald parkeren in de Stationsbuurt, een vergunningstelsel voor bewoners en een "
          "uitbreiding van het P+R-terrein. Voor elke variant laten wij de gevolgen voor het Groen Plein zien."),
        Sp(4),
        P("Het college van burgemeester en wethouders van Dijk en Waard,", space_after=4),
        Tbl([["de secretaris,", "de burgemeester,"],
             ["", ""],
             ["[[drs. R.W. Swart|P]]", "[[Maurits Godschalk|oth]]"]],
            [0.45, 0.45], header=False, grid=False, size=10.5),
    ]
    return Doc("raadsinformatiebrief_parkeerdruk_station_dijk_en_waard.pdf", "brief", "rl-std", "Vorst, D.",
               "RIB-2026-017 parkeerdruk station", "2026-03-03", body, font="Times-Roman", size=11,
               running=[Running("Raadsinformatiebrief [[RIB-2026-017|ken]] – pagina {page}", "footer", "all",
                                "right", 7.5)],
               opts={"margins": (25, 22, 22, 22)},
               note="raadsinformatiebrief met kopblok met lijnen (contactambtenaar met direct nummer en e-mail, "
                    "wethouder als portefeuillehouder), achternaam ‘Vorst’ naast ‘de vorst’ (woord), "
                    "onderzoekers van een openbaar rapport (houden), raadslid met tussenvoegsel (houden), "
                    "gedupeerde en initiatiefneemster (lakken), ondertekening in twee kolommen: secretaris met "
                    "‘drs.’ (lakken) naast burgemeester (houden)")


# ------------------------------------------------------------------ VOG notice of intent (reportlab TTF)

def voornemen_weigering_vog_justis():
    body = [
        P("Justis", size=8.5, space_after=1),
        P("Ministerie van Justitie en Veiligheid", size=8.5, space_after=16),
        P("De heer [[T. Amezzane|P]]\n[[Kanaalweg 88|A]]\n[[7902 LK|Z]] Hoogeveen", space_after=16),
        KV([("Datum", "[[9 april 2026|dt]]"),
            ("Aanvraagnummer", "[[3318740-26|ken]]"),
            ("Contactpersoon", "[[Oğuz Erdem|P]]"),
            ("Telefoon", "[[070 370 93 46|T]]"),
            ("Onderwerp", "voornemen tot weigering verklaring omtrent het gedrag")],
           label_w=0.25, size=9, bold_labels=False),
        P("Geachte heer [[Amezzane|P]],"),
        P("U heeft via uw toekomstige werkgever, [[Taxicentrale Scherpenzeel B.V.|org]], een verklaring omtrent het "
          "gedrag (VOG) aangevraagd voor de functie chauffeur leerlingenvervoer. De aanvraag is bij ons "
          "binnengekomen op [[19 maart 2026|dt]]. In deze brief leest u dat wij van plan zijn de VOG te "
          "weigeren, en wat u daartegen kunt doen."),
        KV([("Naam", "[[Tariq Amezzane|P]]"),
            ("Geboren", "[[29 september 1994|D]] te Utrecht"),
            ("Burgerservicenummer", "[[191598744|B]]"),
            ("Functie", "chauffeur leerlingenvervoer (profiel 45, functieaspect 84)")],
           label_w=0.25, size=9, style="shaded"),
        P("Waarom wij van plan zijn de VOG te weigeren", "h2"),
        P("Voor deze functie kijken wij naar justitiële gegevens uit de afgelopen vijf jaar. In het Justitieel "
          "Documentatiesysteem staat over u een strafbeschikking uit 2023 voor rijden onder invloed, en een "
          "veroordeling uit 2024 voor het rijden tijdens een rijverbod. Beide feiten hebben te maken met het "
          "besturen van een voertuig. Als chauffeur vervoert u kinderen die zich niet zelf kunnen beschermen. "
          "Het risico voor de samenleving weegt daarom zwaarder dan uw belang bij een VOG."),
        P("Uw werkgever heeft ons laten weten dat u al twee jaar zonder klachten als taxichauffeur werkt. Mevrouw "
          "[[Martine Spaargaren|P]], planner bij [[Taxicentrale Scherpenzeel B.V.|org]], heeft dat bevestigd. "
          "Dat weegt mee, maar is niet genoeg om het risico weg te nemen."),
        P("Hoe wij beoordelen", "h2"),
        P("Bij elke aanvraag kijken wij eerst of er justitiële gegevens zijn die, als ze zich herhalen, een "
          "risico vormen voor de functie (het objectieve criterium). Daarna wegen wij uw belang bij de VOG af "
          "tegen het belang van de samenleving (het subjectieve criterium). Daarbij letten wij onder meer op:"),
        P("hoe lang geleden de feiten zijn gepleegd;", "bullet"),
        P("hoe vaak u met justitie in aanraking bent geweest;", "bullet"),
        P("de afloop van de zaak en de hoogte van de straf;", "bullet"),
        P("uw leeftijd ten tijde van de feiten en wat u sindsdien heeft gedaan.", "bullet"),
        P("Omdat de feiten recent zijn en rechtstreeks samenhangen met de taken van een chauffeur, kunnen wij op "
          "dit moment niet anders dan uitgaan van een risico. Als u nieuwe informatie heeft, bijvoorbeeld over "
          "een afgeronde cursus of een verklaring van een hulpverlener, dan nemen wij die mee."),
        P("Wat gebeurt er met uw gegevens?", "h2"),
        P("Wij gebruiken uw gegevens alleen voor de beoordeling van deze aanvraag. Wij bewaren het dossier vijf "
          "jaar. Uw werkgever krijgt geen inzage in de justitiële gegevens. Meer informatie over de "
          "privacyverklaring van Justis vindt u op de website."),
        P("Wat kunt u doen?", "h2"),
        P("U kunt binnen 14 dagen na de datum van deze brief uw zienswijze geven. Dat kan schriftelijk, per "
          "e-mail naar [[zienswijze@justis.nl|mb]] of telefonisch bij de contactpersoon. Noem daarbij het "
          "aanvraagnummer [[3318740-26|ken]]. U kunt ook iemand vragen dit voor u te doen, bijvoorbeeld een "
          "advocaat of het [[Juridisch Loket|org]]."),
        P("Geeft u geen zienswijze, dan nemen wij na 14 dagen een besluit. Wij laten uw werkgever alleen weten "
          "of de VOG is afgegeven of geweigerd, niet waarom."),
        P("Met vriendelijke groet,\nde minister van Justitie en Veiligheid,\nnamens deze,", space_before=4),
        Sp(6),
        P("[[mr. Wendelmoet Gelderblom-Hofland|P]]\nafdelingshoofd Screening Natuurlijke Personen"),
        Sp(2),
        P("Justis · Postbus 20300 · 2500 EH Den Haag · [[070 370 72 00|gn]] · [[www.justis.nl|gn]]", size=7.5),
    ]
    return Doc("voornemen_weigering_vog_leerlingenvervoer_justis.pdf", "brief", "rl-ttf", "Erdem, O.",
               "Voornemen weigering VOG 3318740-26", "2026-04-09", body, font="DejaVuSans", size=9.5,
               running=[Running("Aanvraagnummer [[3318740-26|ken]] · pagina {page}", "footer", "all", "right", 7)],
               opts={"margins": (25, 22, 22, 22),
                     "logo": {"kind": "rijk", "lines": ["Ministerie van Justitie", "en Veiligheid"]}},
               note="voornemen tot weigering van een VOG (Rijkshuisstijl): aanvrager met voorletter in het "
                    "adresblok en voluit in een gekleurd kader met geboortedatum en BSN (Marokkaanse naam), "
                    "contactpersoon met Turkse naam en direct nummer, planner van de werkgever, ondertekenaar met "
                    "‘mr.’ en dubbele naam (lakken), taxibedrijf met persoonsnaam, Juridisch Loket, zienswijze-"
                    "mailbox, algemeen nummer en website (houden); strafrechtelijke gegevens in de tekst (geen "
                    "truth-item)")


# ------------------------------------------------------------------ royal decoration nomination (LibreOffice)

def voordracht_lintje_midden_groningen():
    body = [
        P("**Gemeente Midden-Groningen** – Kabinetszaken", size=12, space_after=2),
        P("Voorstel voor een Koninklijke onderscheiding – Algemene Gelegenheid 2027", "h1", space_after=2),
        P("Dossier [[KO-2026-031|ken]] · ontvangen [[28 mei 2026|dt]]", size=9, space_after=8),
        P("1. Kandidaat", "h2"),
        KV([("Achternaam", "[[Frimpong-Kruisinga|P]]"),
            ("Voornamen (voluit)", "[[Adjoa Efia|P]]"),
            ("Roepnaam", "[[Adjoa|P]]"),
            ("Geboortedatum", "[[12 juni 1957|D]]"),
            ("Geboorteplaats", "Kumasi (Ghana)"),
            ("BSN", "[[154793565|B]]"),
            ("Adres", "[[Borgweg 22|A]], [[9611 CD|Z]] Sappemeer"),
            ("Telefoon", "[[0598 39 41 67|T]]")],
           label_w=0.3, size=9.5, style="grid"),
        P("2. Aanvrager", "h2"),
        KV([("Naam", "[[Egbertus Kleinhesselink|P]]"),
            ("Relatie tot kandidaat", "buurman en medevrijwilliger bij de voedselbank"),
            ("Telefoon en e-mail", "[[06 1592 8830|T]] · [[e.kleinhesselink@kpnmail.nl|E]]")],
           label_w=0.3, size=9.5, style="grid"),
        P("3. Verdiensten", "h2"),
        Tbl([["Organisatie", "Functie", "Periode", "Uur/week"],
             ["[[Stichting Voedselbank Midden-Groningen|org]]", "coördinator uitgifte Sappemeer", "2011 – heden",
              "12"],
             ["[[Protestantse Gemeente Sappemeer|org]]", "koster en lid van de diaconie", "1998 – heden", "6"],
             ["[[Ghanese Vereniging Akwaaba Groningen|org]]", "secretaris", "2005 – 2019", "4"],
             ["Buurtvereniging Borgstee", "organisator kerstmarkt", "2014 – heden", "seizoen"]],
            [0.4, 0.32, 0.16, 0.12], size=9),
        P("4. Toelichting van de aanvrager", "h2"),
        P("Mevrouw [[Frimpong-Kruisinga|P]] kwam in 1984 naar Nederland. Zij werkte dertig jaar in de "
          "thuiszorg en is sinds haar pensioen bijna elke dag als vrijwilliger bezig. Bij de voedselbank "
          "regelt [[Adjoa|P]] de uitgifte op vrijdag en zorgt zij dat nieuwe klanten zich welkom voelen. Veel "
          "klanten spreken geen Nederlands; zij helpt hen in het Engels en het Twi. In de kerk is zij al meer dan "
          "25 jaar koster. Toen haar man in 2020 ziek werd, ging zij gewoon door."),
        P("Bij de voedselbank begon zij in 2011 als chauffeur van de koelbus. Een jaar later nam zij de "
          "coördinatie van de uitgifte in Sappemeer over. Zij stelt elke week het rooster voor ruim twintig "
          "vrijwilligers op, houdt contact met de supermarkten die producten doneren en zorgt dat de uitgifte "
          "ook in de zomer doorgaat. Tijdens de coronajaren bracht zij de pakketten zelf rond bij klanten die "
          "niet naar buiten konden. Bij de Ghanese vereniging organiseerde zij taallessen en hielp zij "
          "nieuwkomers met formulieren van de gemeente en de Belastingdienst."),
        P("De aanvrager schat dat mevrouw [[Frimpong-Kruisinga|P]] gemiddeld ruim twintig uur per week "
          "vrijwilligerswerk doet, al meer dan veertig jaar. Zij weet niet dat zij wordt voorgedragen."),
        P("5. Referenten", "h2"),
        Tbl([["Naam", "Organisatie", "Telefoon"],
             ["[[Hermien Plaggenborg|P]]", "voorzitter [[Stichting Voedselbank Midden-Groningen|org]]",
              "[[06 2247 6019|T]]"],
             ["[[Kwadwo Antwi|P]]", "voorzitter [[Ghanese Vereniging Akwaaba Groningen|org]]",
              "[[050 313 82 94|T]]"]],
            [0.3, 0.5, 0.2], size=9),
        P("6. Advies burgemeester", "h2"),
        P("De burgemeester van Midden-Groningen, [[Mathilde Lamain|oth]], steunt het voorstel en stelt "
          "een benoeming tot Lid in de Orde van Oranje-Nassau voor. Het advies gaat vóór [[1 juli 2026|dt]] naar "
          "de commissaris van de Koning in Groningen."),
        P("Behandeld door [[Fientje Tuinhof|P]], kabinetszaken ([[0598 37 35 12|T]]). Algemeen: "
          "[[kabinet@midden-groningen.nl|mb]], [[0598 37 37 37|gn]].", size=8.5),
    ]
    return Doc("voordracht_koninklijke_onderscheiding_sappemeer.pdf", "formulier", "lo", "Tuinhof, F.",
               "Voorstel Koninklijke onderscheiding KO-2026-031", "2026-06-02", body, font="Arial", size=10,
               running=[Running("VERTROUWELIJK – niet met de kandidaat delen · dossier [[KO-2026-031|ken]]",
                                "header", "all", "right", 7.5)],
               opts={"margins": (22, 20, 22, 20), "space_after": 5, "line_spacing": 1.15},
               note="voorstel voor een lintje (formulier met rastervakken): kandidaat met dubbele achternaam "
                    "(Ghanees-Nederlands) en voornamen voluit in aparte vakken, roepnaam ook in de tekst, "
                    "geboortedatum, BSN, adres en vast nummer, aanvrager met e-mail, referenten met telefoon, "
                    "behandelaar kabinetszaken met direct nummer (lakken), voedselbank, kerk en vereniging als "
                    "organisaties (houden; kerklidmaatschap is geen truth-item), burgemeester (houden), "
                    "vertrouwelijkheidskop")


# ------------------------------------------------------------------ liability claim by a citizen (LibreOffice)

def aansprakelijkstelling_valpartij_leiden():
    body = [
        P("[[Indah Sumantri|P]]\n[[Kooilaan 63|A]]\n[[2315 HP|Z]] Leiden", space_after=14),
        P("Gemeente Leiden\nt.a.v. afdeling Juridische Zaken\nPostbus 9100\n2300 PC Leiden", space_after=12),
        P("Leiden, [[6 mei 2026|dt]]", space_after=10),
        P("**Betreft: aansprakelijkstelling voor mijn val op de stoep aan de Haarlemmerstraat (uw meldnummer "
          "[[MOR-26-07715|ken]])**"),
        P("Geachte heer, mevrouw,"),
        P("Op [[14 april 2026|dt]] ben ik rond 11.00 uur gevallen over een losliggende stoeptegel voor "
          "nummer 212 in de Haarlemmerstraat. Ik ben geboren op [[8 januari 1949|D]] en loop nog goed, maar de "
          "tegel stak bijna vijf centimeter omhoog. Ik stel de gemeente aansprakelijk voor de schade."),
        P("De tegel lag al weken los. Ik heb dat op [[21 maart 2026|dt]] gemeld via de app ‘Fixi’. Op "
          "[[25 maart 2026|dt]] belde een meneer van de buitendienst, de heer [[Van Wamel|P]], dat het binnen "
          "twee weken zou worden gemaakt. Dat is niet gebeurd."),
        P("Mijn buurman, de heer [[Valentijn Vollenbroek|P]], liep met mij mee en heeft de val gezien. Hij wil "
          "dat graag verklaren ([[071 514 88 36|T]]). Hij heeft ook de foto’s gemaakt die ik meestuur."),
        P("Door de val heb ik mijn pols gebroken. Ik ben behandeld op de spoedeisende hulp van het LUMC en ben "
          "nu onder behandeling bij [[Fysiotherapiepraktijk Bosschieter|org]], bij mevrouw [[Ursula Kiewit|P]]. "
          "Mijn zorgverzekeraar is [[Zilveren Kruis|org]], polisnummer [[488170236|O]]."),
        P("Mijn schade tot nu toe:"),
        Tbl([["Post", "Bedrag"],
             ["Bril (nieuw glas en montuur, [[Hans Anders|org]])", "€ 289,00"],
             ["Winterjas (gescheurd)", "€ 119,95"],
             ["Eigen risico zorgverzekering 2026", "€ 385,00"],
             ["Taxi naar LUMC en fysiotherapie (6 ritten)", "€ 138,60"],
             ["Totaal", "€ 932,55"]],
            [0.7, 0.3], size=10),
        P("Ik verzoek u dit bedrag binnen vier weken over te maken op mijn rekening "
          "[[NL76 SNSB 0947 2216 38|N]] ten name van [[I. Sumantri|P]]. Smartengeld en de kosten van hulp in de "
          "huishouding breng ik later in rekening."),
        P("Deze brief is voor mij getypt door mijn dochter, [[Sekar Sumantri|P]]. Als u vragen heeft, kunt u ook "
          "haar bellen: [[06 4830 1177|T]] of mailen: [[sekar.sumantri@gmail.com|E]]."),
        P("Met vriendelijke groet,", space_before=4),
        Sp(6),
        P("[[Indah Sumantri|P]]"),
        P("Bijlagen: foto’s van de tegel (4), nota’s bril en jas, brief SEH", size=9),
    ]
    return Doc("aansprakelijkstelling_valpartij_stoeptegel_leiden.pdf", "burgerbrief", "lo", "Sekar",
               "aansprakelijkstelling gemeente", "2026-05-06", body, font="Liberation Serif", size=11.5,
               opts={"margins": (25, 25, 22, 22), "space_after": 7, "line_spacing": 1.2},
               note="brief van een inwoner (Indonesisch-Nederlandse naam) die de gemeente aansprakelijk stelt na een "
                    "val: afzender met adres, geboortedatum in de lopende tekst, buitendienstmedewerker alleen met "
                    "achternaam, buurman als getuige met vast nummer, fysiotherapeut (lakken) naast praktijk met "
                    "achternaam als naam (houden), polisnummer zorgverzekering (lakken, OTHER), schadetabel, IBAN, "
                    "dochter met 06-nummer en gmail, meldnummer (houden); letsel in de tekst (geen truth-item)")


# ------------------------------------------------------------------ plain-text e-mail print (reportlab, Courier)

def email_platte_tekst_boomwortels_meppel():
    hdr = ("Onderwerp: Re: Boomwortels stoep Esdoornlaan – uw melding [[2026-04417|ken]]\n"
           "Van:       [[Niek Oostendorp|P]] <[[niek.oostendorp@ziggo.nl|E]]>\n"
           "Datum:     [[27-04-2026|dt]] 22:13\n"
           "Aan:       Gemeente Meppel <[[info@meppel.nl|mb]]>")
    body = [
        P(hdr, size=9, space_after=10),
        P("Geachte mevrouw [[Mulock|P]],", size=9.5),
        P("Dank voor uw antwoord. Maar het is niet zo dat alleen mijn stoep\nomhoog komt. Ook bij mijn "
          "buurvrouw, mevrouw [[Snijdewind|P]] op nummer 11,\nligt de stoep scheef. Zij loopt met een rollator "
          "en is vorige week\nbijna gevallen.", size=9.5),
        P("U schrijft dat de bomen in 2027 aan de beurt zijn. Dat duurt te lang.\nKan iemand van de gemeente "
          "komen kijken? Ik ben thuis na 16 uur.", size=9.5),
        P("--\n[[Niek Oostendorp|P]]\n[[Esdoornlaan 9|A]]\n[[7943 BR|Z]] Meppel\n[[06 2815 3074|T]]", size=9.5),
        P("Op [[24-04-2026|dt]] 15:02 schreef Gemeente Meppel <[[info@meppel.nl|mb]]>:", size=9.5),
        P("> Geachte heer [[Oostendorp|P]],\n>\n> Op [[9 april 2026|dt]] meldde u dat de wortels van de "
          "esdoorns de\n> stoep voor uw huis omhoog drukken. Onze medewerker [[Melle|P]] heeft\n> de "
          "situatie op [[16 april 2026|dt]] bekeken. De bomen aan de Esdoornlaan\n> staan in het "
          "onderhoudsplan voor 2027. Tot die tijd vullen wij de\n> ergste plekken op.\n>\n> Met "
          "vriendelijke groet,\n>\n> [[Elvira Mulock|P]]\n> Team Openbare Ruimte\n> T "
          "[[0522 85 44 19|T]] (direct) | algemeen [[14 0522|gn]]\n> [[www.meppel.nl|gn]]", size=9.5),
    ]
    return Doc("email_platte_tekst_boomwortels_esdoornlaan_meppel.pdf", "email", "rl-std", "Mulock, E.",
               "Re: Boomwortels stoep Esdoornlaan", "2026-04-28", body, font="Courier", size=9.5,
               running=[Running("Afgedrukt uit postvak Openbare Ruimte op [[28-04-2026|dt]] door "
                                "[[Mulock, Elvira|P]]", "header", "all", "left", 7)],
               opts={"margins": (22, 20, 22, 20), "leading": 1.25},
               note="platte-tekst e-mail van een inwoner (Courier, vaste regelbreedte) met geciteerd antwoord "
                    "(‘> ’ voor elke regel): afzender in de kopregel met e-mail, aanhef met achternaam van de "
                    "ambtenaar, buurvrouw met achternaam, handtekening na ‘--’ met adres en 06-nummer, "
                    "medewerker met voornaam en ambtenaar met direct nummer in het citaat (lakken), algemeen "
                    "nummer, website, infomailbox en meldingsnummer (houden), afdrukregel met ‘Achternaam, "
                    "Voornaam’")


def docs():
    return [raadsinformatiebrief_parkeren_station_dijk_en_waard(), voornemen_weigering_vog_justis(),
            voordracht_lintje_midden_groningen(), aansprakelijkstelling_valpartij_leiden(),
            email_platte_tekst_boomwortels_meppel()]
