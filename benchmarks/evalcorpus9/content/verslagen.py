"""Minutes and reports: the minutes of a hearing of a municipal objections committee (python-docx -> LibreOffice),
a draft inspection report of the healthcare inspectorate on a care home (python-docx -> LibreOffice) and the
minutes of a council committee with citizens who spoke (reportlab, Times)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


# ------------------------------------------------------------------ hearing of the objections committee

def verslag_hoorzitting_bezwaar():
    body = [
        P("Gemeente Hardenberg · Commissie bezwaarschriften", size=9, space_after=2),
        P("Verslag van de hoorzitting", "title", size=16),
        KV([["Datum", "dinsdag [[12 mei 2026|dt]], 14.00–15.10 uur"],
            ["Plaats", "gemeentehuis Hardenberg, vergaderkamer De Vecht"],
            ["Zaaknummer", "[[BZ-2026-0142|ken]]"],
            ["Bezwaarmaker", "[[Schuttenbelt, L.H.|P]], [[Haarweg 7|A]], [[7772 PD|Z]] Hardenberg"],
            ["Bestreden besluit", "omgevingsvergunning voor het kappen van een walnotenboom op het perceel "
                                  "[[Haarweg 9|A]], verleend op [[3 februari 2026|dt]]"]],
           label_w=0.24, style="lines", size=10),
        P("Aanwezig", "h2"),
        P("Commissie: [[mr. Jozien Kasteleijn|P]] (voorzitter), [[Hüseyin Altıntaş|P]] en "
          "[[Dirkje Hoekema|P]] (leden); secretaris: [[mr. Tammo Scholtenhuis|P]]."),
        P("Namens bezwaarmaker: de heer [[L.H. Schuttenbelt|P]], bijgestaan door zijn gemachtigde "
          "[[mr. N. Kabbani|P]] ([[Kabbani & Bultman Advocaten|org]], Zwolle)."),
        P("Namens het college: de heer [[Wopke Kuperus|P]] (juridisch adviseur) en de heer [[Ivar Pruim|P]] "
          "(boomdeskundige, team Openbare Ruimte)."),
        P("Derde-belanghebbende: mevrouw [[Małgorzata Wróblewska|P]], vergunninghouder."),
        P("1. Opening", "h2"),
        P("De voorzitter opent de hoorzitting en stelt de aanwezigen voor. Zij wijst erop dat de commissie "
          "onafhankelijk is en het college adviseert; het college beslist op het bezwaar. Van de hoorzitting "
          "wordt een verslag gemaakt dat bij het advies wordt gevoegd."),
        P("2. Toelichting bezwaarmaker", "h2"),
        P("[[mr. Kabbani|P]] licht het bezwaarschrift van [[2 maart 2026|dt]] toe. De walnoot staat op de "
          "erfgrens en is volgens bezwaarmaker ruim zeventig jaar oud. Hij geeft schaduw aan beide tuinen en is "
          "beeldbepalend voor de Haarweg. Het college heeft volgens [[mr. Kabbani|P]] niet onderzocht of "
          "snoeien voldoende was geweest. De bomen-effectanalyse van [[Boomadviesbureau Eppinga|org]] is pas "
          "na het besluit opgesteld."),
        P("De heer [[Schuttenbelt|P]] vult aan dat hij al in 2019 met de vorige bewoners heeft afgesproken dat "
          "de boom zou blijven staan. Hij heeft ook een oude [[pruim|w]] in zijn eigen tuin laten staan, "
          "hoewel die veel blad geeft. Hij vraagt de commissie de boom te bezoeken."),
        P("3. Toelichting namens het college", "h2"),
        P("De heer [[Kuperus|P]] stelt dat de boom niet op de lijst van monumentale bomen staat en dat de "
          "aanvraag voldoet aan de regels van de bomenverordening. De heer [[Pruim|P]] heeft de boom op "
          "[[14 januari 2026|dt]] bekeken. De stam is aan de zuidkant ingerot en een van de twee hoofdtakken "
          "hangt over het dak van de woning. Snoeien zou de boom volgens hem verder verzwakken. Het college "
          "heeft een herplantplicht opgelegd: een nieuwe boom van ten minste 16–18 cm stamomtrek."),
        P("Op een vraag van de heer [[Altıntaş|P]] antwoordt de heer [[Pruim|P]] dat hij geen "
          "trekproef heeft laten doen. Mevrouw [[Hoekema|P]] vraagt waarom de bomen-effectanalyse pas later "
          "is gemaakt. De heer [[Kuperus|P]] antwoordt dat het college die analyse alleen bij twijfel vraagt."),
        P("4. Reactie derde-belanghebbende", "h2"),
        P("Mevrouw [[Wróblewska|P]] verklaart dat zij de woning in 2025 heeft gekocht. In de storm van "
          "november is een tak op haar schuur gevallen. Zij wil de boom weg hebben voordat er iets ernstigers "
          "gebeurt, maar is bereid een nieuwe walnoot op de erfgrens te planten als de buurman daaraan "
          "meebetaalt. Wethouder [[Klaasje Rypma|oth]] heeft haar bij een bezoek aan de wijk toegezegd dat de "
          "gemeente bij de keuze van de nieuwe boom helpt."),
        P("5. Afsluiting", "h2"),
        P("De voorzitter vraagt partijen of zij openstaan voor een gesprek onder leiding van een mediator van de "
          "gemeente. Beide partijen stemmen daarmee in. De secretaris, [[mr. Scholtenhuis|P]], neemt daarover "
          "contact op via [[bezwaarschriften@hardenberg.nl|mb]]. De commissie bezoekt de boom op "
          "[[26 mei 2026|dt]]; partijen mogen daarbij aanwezig zijn. De voorzitter sluit de zitting om "
          "15.10 uur."),
        Sp(4),
        P("Vastgesteld door de voorzitter,", space_after=14),
        P("[[mr. J. Kasteleijn|P]]", space_after=2),
        P("Verslag: [[G. Scholtenhuis|P]], secretaris", "small"),
    ]
    return Doc("verslag_hoorzitting_bezwaarcommissie_kapvergunning_hardenberg.pdf", "verslag", "lo",
               "Scholtenhuis, G.", "Verslag hoorzitting BZ-2026-0142", "2026-05-13", body,
               font="Liberation Serif", size=11,
               running=[Running("Hoorzitting [[BZ-2026-0142|ken]] – [[12 mei 2026|dt]]", "footer", "all", "right",
                                7.5)],
               opts={"margins": (25, 22, 20, 20), "space_after": 6, "line_spacing": 1.15},
               note="verslag van een hoorzitting van een bezwaarschriftencommissie over een kapvergunning: "
                    "bezwaarmaker als ‘Schuttenbelt, L.H.’ met adres, gemachtigde ‘mr. N. Kabbani’ naast het "
                    "advocatenkantoor ‘Kabbani & Bultman Advocaten’ (houden), commissieleden en secretaris (Turkse "
                    "en Friese namen, lakken), boomdeskundige ‘Ivar Pruim’ / ‘de heer Pruim’ naast ‘een oude "
                    "pruim’ (woord), vergunninghouder met Poolse naam, boomadviesbureau met persoonsnaam en "
                    "wethouder (houden), functionele mailbox")


# ------------------------------------------------------------------ draft inspection report IGJ

def inspectierapport_igj_woonzorg():
    body = [
        P("Inspectie Gezondheidszorg en Jeugd", size=10, space_after=0),
        P("Ministerie van Volksgezondheid, Welzijn en Sport", size=8.5, space_after=8),
        P("CONCEPT – niet openbaar – voor hoor en wederhoor", size=9, space_after=10),
        P("Rapport van het toezichtbezoek aan Woonzorglocatie De Klaproos, Hoogeveen", "title", size=15),
        KV([["Zorgaanbieder", "[[Zorggroep Reestdal|org]]"],
            ["Locatie", "Woonzorglocatie De Klaproos, [[Van Echtenstraat 40|pl]], Hoogeveen"],
            ["Datum bezoek", "[[9 september 2026|dt]]"],
            ["Inspecteurs", "[[Luwam Woldemichael|P]], senior inspecteur\n[[drs. Ruth Krawczyk|P]], inspecteur"],
            ["Zaaknummer", "[[IGJ-2026-18824|ken]]"],
            ["Datum concept", "[[1 oktober 2026|dt]]"]], label_w=0.25, style="grid", size=9.5),
        P("1. Aanleiding en werkwijze", "h1"),
        P("De inspectie bezocht De Klaproos onaangekondigd naar aanleiding van twee meldingen van familieleden "
          "over de bezetting in de avond- en nachtdiensten. Het bezoek is gedaan aan de hand van het toetsingskader "
          "voor verpleeghuiszorg van de inspectie en het Kwaliteitskader Verpleeghuiszorg van het "
          "[[Zorginstituut Nederland|org]]. De inspecteurs spraken met medewerkers en bestuurders, liepen mee "
          "in een avonddienst en bekeken twaalf zorgdossiers."),
        P("Gesprekken", "h2"),
        Tbl([["Naam", "Functie", "Onderwerp"],
             ["[[drs. M.R. Pattiasina|P]]", "lid raad van bestuur, [[Zorggroep Reestdal|org]]",
              "sturing op kwaliteit en personeelsbeleid"],
             ["[[Sriati Kromodimedjo|P]]", "locatiemanager De Klaproos", "roosters, inzet flexkrachten"],
             ["[[Shurandy Koolman|P]]", "teamleider afdeling Linde (psychogeriatrie)",
              "overdracht tussen diensten"],
             ["[[Imke Zheng|P]]", "eerst verantwoordelijk verzorgende", "zorgplannen en "
              "medicatieoverdracht"],
             ["[[Geke Bleijenberg-Arkema|P]]", "voorzitter cliëntenraad", "ervaringen van bewoners en familie"]],
            [0.27, 0.38, 0.35], size=8.5, shade="#dde4ee"),
        P("2. Bevindingen", "h1"),
        P("Personeel", "h2"),
        P("Op de afdeling Linde werken in de avond twee medewerkers voor 24 bewoners. Volgens de locatiemanager, "
          "mevrouw [[Kromodimedjo|P]], is dat conform de norm van de zorggroep. De inspecteurs zagen dat een van "
          "beide medewerkers een invalkracht was die de bewoners niet kende. Mevrouw [[Zheng|P]] vertelde dat zij "
          "in de week van het bezoek drie avonddiensten achter elkaar alleen vaste kracht was. De teamleider, de "
          "heer [[Koolman|P]], erkent dat de overdracht aan invalkrachten mondeling gebeurt en niet wordt "
          "vastgelegd."),
        P("Zorgplannen", "h2"),
        P("In acht van de twaalf dossiers was het zorgplan in de afgelopen zes maanden geëvalueerd. In vier "
          "dossiers ontbrak een actuele afspraak over de wijze van benaderen bij onrust. Onderzoek van "
          "[[Ligthart|au]] en [[Hamdaoui|au]] (2024) laat zien dat juist dit soort afspraken het aantal "
          "incidenten in de avond vermindert. De bestuurder, [[Pattiasina|P]], gaf aan dat de zorggroep een "
          "digitaal dossier invoert waarmee de evaluaties beter worden bewaakt."),
        P("Cliëntenraad", "h2"),
        P("De cliëntenraad is betrokken bij het personeelsbeleid, maar krijgt de roosters niet te zien. "
          "Mevrouw [[Bleijenberg-Arkema|P]] zei dat familieleden vaak niet weten wie er ’s avonds dienst heeft."),
        P("3. Conclusie en vervolg", "h1"),
        P("De inspectie stelt vast dat De Klaproos op twee van de vijf getoetste normen niet voldoet: de "
          "overdracht tussen diensten en de actualiteit van de zorgplannen. De inspectie verwacht binnen zes "
          "weken een verbeterplan. Het plan kan worden gestuurd naar [[meldpunt@igj.nl|mb]] onder vermelding "
          "van het zaaknummer. Voor vragen over dit concept kunt u bellen met het algemene nummer van de "
          "inspectie, [[088 120 50 00|gn]]."),
        P("Reacties op de feitelijke juistheid van dit concept ontvangen wij graag binnen tien werkdagen. "
          "Verzonden aan: [[Pattiasina, M.R.|P]] (raad van bestuur); in afschrift aan de locatiemanager.",
          "small"),
    ]
    return Doc("conceptrapport_igj_toezichtbezoek_woonzorg_hoogeveen.pdf", "rapport", "lo", "Woldemichael, L.",
               "Conceptrapport toezichtbezoek De Klaproos", "2026-10-01", body, font="Arial", size=10,
               running=[Running("IGJ | Conceptrapport [[IGJ-2026-18824|ken]] | pagina", "footer", "all", "left", 7)],
               opts={"margins": (25, 22, 22, 20), "space_after": 6, "line_spacing": 1.2},
               note="conceptrapport van een inspectie over een verpleeghuis: inspecteurs in een rasterkop "
                    "(Eritrese en Poolse naam, lakken), gesprekstabel met namen en functies in smalle kolommen "
                    "(Molukse, Surinaams-Javaanse, Antilliaanse en Chinese naam, cliëntenraad met dubbele naam), "
                    "achternamen in de tekst, verzendlijst als ‘Pattiasina, M.R.’, zorgaanbieder, Zorginstituut en "
                    "bezoekadres (houden), geciteerde auteurs (houden), functionele mailbox en algemeen nummer")


# ------------------------------------------------------------------ council committee minutes

def verslag_commissie_ruimte():
    body = [
        P("GEMEENTERAAD GOUDA – commissie Ruimte", size=9, space_after=2),
        P("Verslag van de openbare vergadering van [[9 juni 2026|dt]]", "title", size=15),
        KV([["Voorzitter", "[[Shirley Anthonia|oth]] (raadslid)"],
            ["Aanwezig", "de raadsleden [[Everhard Pasman|oth]], [[Aline de Wind|oth]], [[Tiemen Hagens|oth]] "
                         "en [[Ciska Spanjersberg-Kolkman|oth]]; wethouder [[Hubertus Wanrooij|oth]]"],
            ["Griffie", "[[Anneloes Goudriaan|P]] (commissiegriffier), [[Milan Speksnijder|P]] (verslag)"],
            ["Insprekers", "[[Geke Verweij|P]], [[Abdelkarim Azarkan|P]], [[Reinder Troost|P]]"]],
           label_w=0.18, style="plain", size=9.5),
        P("1. Opening en vaststelling agenda", "h2"),
        P("De voorzitter opent de vergadering om 19.30 uur. Zij meldt dat drie insprekers zich hebben "
          "aangemeld bij de griffie voor agendapunt 3. De agenda wordt ongewijzigd vastgesteld."),
        P("2. Mededelingen", "h2"),
        P("Wethouder [[Wanrooij|oth]] meldt dat de provincie de subsidie voor de fietsbrug over de Gouwe heeft "
          "toegekend. Mevrouw [[De Wind|oth]] vraagt wanneer de raad de planning ontvangt; de wethouder zegt "
          "die voor het zomerreces toe."),
        P("3. Raadsvoorstel woningbouw Kattensingel-West", "h2"),
        P("Mevrouw [[Geke Verweij|P]] spreekt in namens [[Bewonersvereniging Kattensingel|org]]. De vereniging "
          "is niet tegen woningbouw, maar vindt negen bouwlagen te hoog. Uit het klimaatonderzoek blijkt dat er "
          "op de hoek bij de school veel [[wind|w]] zal staan. Zij woont zelf op [[Kattensingel 58|A]] en ziet "
          "straks vanuit haar keuken alleen nog gevel. Mevrouw [[Verweij|P]] overhandigt een petitie met 412 "
          "handtekeningen."),
        P("De heer [[Abdelkarim Azarkan|P]] is eigenaar van een kapsalon aan de Kattensingel. Hij vreest "
          "dat zijn klanten tijdens de bouw twee jaar lang niet kunnen parkeren. Hij heeft daarover op "
          "[[11 mei 2026|dt]] gemaild met de projectleider van de gemeente, maar geen antwoord gekregen. "
          "Hij is bereikbaar op [[06 2874 1190|T]]."),
        P("De heer [[Reinder Troost|P]] spreekt op persoonlijke titel. Hij woont sinds 1987 aan de "
          "[[Nieuwe Veerstal 3|A]] en is blij dat er eindelijk woningen komen voor jongeren; zijn dochter "
          "staat al negen jaar ingeschreven. Dat er 30 procent sociale huur komt, noemt hij een schrale "
          "[[troost|w]]: hij had op de helft gehoopt."),
        P("Vragen aan de insprekers", "h3"),
        P("De heer [[Pasman|oth]] vraagt mevrouw [[Verweij|P]] of de vereniging met de ontwikkelaar heeft "
          "gesproken. Dat is twee keer gebeurd. Mevrouw [[Spanjersberg-Kolkman|oth]] vraagt de heer "
          "[[Azarkan|P]] hoeveel parkeerplaatsen hij nodig heeft; hij noemt er vier. De heer [[Hagens|oth]] "
          "heeft geen vragen."),
        P("Bespreking", "h3"),
        P("De fracties zijn in meerderheid positief over het aantal woningen. Mevrouw [[De Wind|oth]] dient "
          "namens haar fractie een amendement in om de bouwhoogte te beperken tot zeven lagen. De wethouder "
          "ontraadt het amendement, omdat dan 46 woningen verloren gaan. Hij zegt toe dat de projectleider "
          "binnen een week contact opneemt met de heer [[Azarkan|P]] over tijdelijk parkeren op het terrein "
          "van [[Sportpark Groenhovenpark|pl]]."),
        P("Conclusie: het voorstel gaat als bespreekstuk naar de raad van [[24 juni 2026|dt]].", "body"),
        P("4. Rondvraag en sluiting", "h2"),
        P("De heer [[Hagens|oth]] vraagt naar de stand van zaken van de Woo-verzoeken over de Kattensingel. "
          "De commissiegriffier, mevrouw [[Goudriaan|P]], zegt toe dat de raad een overzicht ontvangt via "
          "[[griffie@gouda.nl|mb]]. De voorzitter sluit de vergadering om 21.40 uur."),
    ]
    return Doc("verslag_commissie_ruimte_kattensingel_gouda.pdf", "verslag", "rl-std", "Speksnijder, M.",
               "Verslag commissie Ruimte 9 juni 2026", "2026-06-11", body, font="Times-Roman", size=10.5,
               running=[Running("Verslag commissie Ruimte – [[9 juni 2026|dt]] – pagina {page}", "footer", "all",
                                "center", 7.5)],
               opts={"margins": (25, 25, 22, 22)},
               note="verslag van een raadscommissie: voorzitter en raadsleden (Antilliaanse naam, dubbele naam, "
                    "‘Aline de Wind’ / ‘mevrouw De Wind’ naast ‘wind’ als woord) en wethouder houden, "
                    "commissiegriffier en notulist lakken, drie insprekers (lakken, Marokkaanse naam, "
                    "‘Reinder Troost’ naast ‘een schrale troost’) met adressen en 06-nummer, "
                    "bewonersvereniging en sportpark (houden), griffiemailbox")


def docs():
    return [verslag_hoorzitting_bezwaar(), inspectierapport_igj_woonzorg(), verslag_commissie_ruimte()]
