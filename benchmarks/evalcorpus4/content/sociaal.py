"""Social domain and staff: a Wmo keukentafelgesprek report, a memo printed with its review comments in a
margin column, and a job advertisement with contact persons."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def keukentafelgesprek():
    body = [
        P("Verslag keukentafelgesprek Wmo", "title", size=15),
        P("Gemeente Emmen · Team Wmo-consulenten · vertrouwelijk – niet voor derden", "small"),
        KV([["Cliënt", "mevrouw [[G. (Dineke) Hemmes-Lubbers|P]]"],
            ["Geboortedatum", "[[07-03-1946|D]]"],
            ["BSN", "[[155386840|B]]"],
            ["Adres", "[[Weerdingerstraat 212|A]], [[7822 TK|Z]] Emmen"],
            ["Telefoon", "[[0591 64 27 13|T]]"],
            ["Melding", "[[23 januari 2025|dt]], via de huisarts (zaak [[WMO-2025-0417|ken]])"],
            ["Gesprek", "[[4 februari 2025|dt]], bij cliënt thuis"],
            ["Aanwezig", "cliënt; dochter [[Natasja Hemmes|P]] (mantelzorger); consulent [[Ilse Wubben|P]]"]],
           label_w=0.22, style="shaded", size=9.5),
        P("1. Aanleiding", "h2"),
        P("Mevrouw [[Hemmes-Lubbers|P]] (zij wil ‘[[Dineke|P]]’ genoemd worden) is in december gevallen en heeft "
          "daarbij haar heup gebroken. Na de revalidatie in Zorgcentrum De Holtstek woont zij weer thuis. Haar "
          "huisarts, dokter [[Ter Welle|P]], heeft de melding gedaan omdat zij moeite heeft met het huishouden en "
          "met douchen."),
        P("2. Situatie", "h2"),
        P("[[Dineke|P]] woont alleen in een eengezinswoning met de slaapkamer en badkamer boven. Zij loopt met een "
          "rollator en durft de trap alleen op als er iemand bij is. Haar dochter [[Natasja|P]] komt drie keer per "
          "week na haar werk langs en doet de boodschappen. Zoon [[Roy|P]] woont in Hoogeveen en helpt in het "
          "weekend. [[Natasja|P]] geeft aan dat zij het zwaar vindt; zij werkt 32 uur en heeft zelf twee kinderen. "
          "Buurvrouw mevrouw [[Kasanpawiro|P]] kijkt ’s ochtends even om het hoekje."),
        P("De wijkverpleegkundige van Icare ([[Harmke|P]]) komt twee keer per week voor de steunkousen. Zij heeft "
          "geadviseerd een traplift of een slaapkamer beneden te overwegen."),
        P("3. Wat wil mevrouw zelf?", "h2"),
        P("Zo lang mogelijk thuis blijven wonen. Ze wil niet naar een verzorgingshuis: ‘Ik heb hier 51 jaar "
          "gewoond, met mijn man zaliger.’ Ze wil graag weer zelf naar de markt kunnen."),
        P("4. Afspraken en advies", "h2"),
        Tbl([["Wat", "Wie", "Wanneer"],
             ["Aanvraag hulp bij het huishouden (3 uur per week)", "consulent ([[IW|I]])", "vóór [[18 februari 2025|dt]]"],
             ["Ergotherapeut beoordeelt traplift of badkamer beneden", "[[IW|I]] vraagt aan", "februari"],
             ["Informatie over scootmobiel en Regiotaxi", "[[Natasja Hemmes|P]]", "–"],
             ["Mantelzorgondersteuning: gesprek met Welzijnsgroep Sedna", "[[Natasja|P]]", "maart"],
             ["Contact met buurvrouw over sleutelkluisje", "cliënt", "–"]],
            [0.58, 0.22, 0.2], size=9),
        P("5. Afstemming", "h2"),
        P("Met toestemming van mevrouw heb ik telefonisch overlegd met collega [[Jurre|P]] van het sociaal "
          "wijkteam Emmen-Noord. Hij kent de familie nog van de aanvraag van haar overleden echtgenoot in 2019. "
          "Contact met de dochter verloopt via [[06 2244 9180|T]] of [[natasja.hemmes@live.nl|E]]."),
        P("6. Beoordeling consulent", "h2"),
        P("Mevrouw is door de heupfractuur beperkt in haar mobiliteit en in de zelfzorg. Zij heeft een helder "
          "beeld van haar eigen situatie en kan goed aangeven wat ze nodig heeft. De mantelzorg door [[Natasja|P]] "
          "is op dit moment niet langer vol te houden zonder ondersteuning: de mantelzorgscan geeft ‘zwaar "
          "belast’. [[Roy|P]] kan niet meer doen dan hij nu doet, omdat hij in ploegendienst werkt. Ik stel daarom "
          "hulp bij het huishouden voor en een onderzoek naar woningaanpassing. Een verhuizing naar een "
          "gelijkvloerse woning is besproken; mevrouw wil daar nu niet over nadenken. Over zes maanden evalueren "
          "we. Eigen bijdrage: het abonnementstarief van het CAK; mevrouw is hierover geïnformeerd."),
        P("Mevrouw gaf aan dat haar overleden echtgenoot, de heer [[Jan Hemmes|P]], in 2019 een scootmobiel "
          "via de gemeente had. Die is na zijn overlijden teruggegaan naar de leverancier. Zij vraagt of zij die "
          "opnieuw kan krijgen; dat wordt meegenomen in het onderzoek door de ergotherapeut."),
        P("Contactpersonen", "h3"),
        Tbl([["Relatie", "Naam", "Telefoon"],
             ["dochter (eerste contactpersoon)", "[[Natasja Hemmes|P]]", "[[06 2244 9180|T]]"],
             ["zoon", "[[Roy Hemmes|P]]", "[[06 5327 7741|T]]"],
             ["buurvrouw (sleutel)", "mevr. [[Kasanpawiro|P]], nr. 214", "–"],
             ["huisarts", "dokter [[Ter Welle|P]], Gezondheidscentrum Angelslo", "[[0591 61 30 00|gn]]"]],
            [0.34, 0.42, 0.24], size=9),
        P("7. Ondertekening", "h2"),
        P("Mevrouw heeft het verslag op [[7 februari 2025|dt]] ontvangen en is akkoord. Een beschikking volgt "
          "binnen twee weken."),
        KV([["Consulent", "[[Ilse Wubben|P]], Wmo-consulent"],
            ["Bereikbaar", "ma/di/do, [[0591 68 54 02|T]], of via het algemene nummer [[14 0591|gn]]"]],
           label_w=0.22, size=9),
    ]
    return Doc("verslag_keukentafelgesprek_wmo.pdf", "verslag", "rl-ttf", "Wubben, I.",
               "Verslag keukentafelgesprek", "2025-02-04", body, font="DejaVuSans", size=9.5,
               running=[Running("Zaak [[WMO-2025-0417|ken]] · consulent [[IW|I]] · pagina {page}", "footer",
                                "all", "right", 7)],
               opts={"margins": (22, 22, 22, 22)},
               note="Wmo-keukentafelverslag: cliënt met roepnaam tussen haakjes, geboortedatum en BSN, dochter en "
                    "zoon (voornamen), huisarts ‘Ter Welle’, Surinaams-Javaanse buurvrouw, consulent met initialen "
                    "in actietabel en voettekst")


def memo_met_opmerkingen():
    text = [
        ("**Aanleiding**\nDe raad heeft op [[30 januari 2025|dt]] de motie ‘Hitteplan voor kwetsbare ouderen’ "
         "aangenomen (indiener raadslid [[Akkerman-Çelik|oth]]). Deze memo geeft wethouder [[Annelies Brouns|oth]] "
         "een voorstel voor de uitvoering.",
         "**Opmerking [**[[HvE1|I]]**]:** Klopt deze datum? Volgens de griffie was het [[6 februari 2025|dt]]."),
        ("**Wat er al is**\nDe GGD Gelderland-Zuid heeft een landelijk model hitteplan. In 2023 heeft het RIVM "
         "het rapport ‘Hitte en gezondheid in de stad’ gepubliceerd, van [[dr. Tamara Zeldenrust|au]] e.a. "
         "[[Zeldenrust|au]] beveelt aan om ouderen die alleen wonen actief te bellen bij een hittegolf.",
         "**Opmerking [**[[TZ2|I]]**]:** Zou ik [[Zeldenrust|au]] niet letterlijk citeren? Dan is het sterker voor "
         "de wethouder."),
        ("**Voorstel**\nWe starten in mei 2025 een belteam van vrijwilligers. Het Rode Kruis levert de "
         "vrijwilligers, de gemeente de lijst van inwoners die hulp willen. [[Wouter Lindeboom|P]] (team Zorg) "
         "en [[Esmée Çetinkaya|P]] (team Veiligheid) werken het draaiboek uit.",
         "**Opmerking [**[[WL3|I]]**]:** Ik kan pas vanaf juni, ik ben in mei met verlof. Misschien kan "
         "[[Esmée|P]] starten?\n**Opmerking [**[[HvE4|I]]**]:** Akkoord, ik pas het aan."),
        ("**Privacy**\nVoor de lijst vragen we inwoners om toestemming. We gebruiken geen gegevens uit de "
         "Wmo-administratie zonder toestemming. Een inwoner, mevrouw [[B. Ploeger-Hamersma|P]], heeft al laten "
         "weten dat zij gebeld wil worden; haar zoon belde daarvoor met het KCC.",
         "**Opmerking [**[[FO5|I]]**]:** Naam van mevrouw weghalen uit een memo aan de wethouder? Ze staat ook in "
         "het contactverslag van [[17 januari|dt]]. – [[Fenna Oldenkamp|P]], privacy officer"),
        ("**Kosten**\nDe kosten zijn € 12.000 per jaar voor training en telefoonkosten. Dekking uit het budget "
         "Klimaatadaptatie.",
         "**Opmerking [**[[JB6|I]]**]:** Budgethouder ben ik niet; vraag [[Kees|P]] van Financiën. "
         "– [[J. Baldewsingh|P]]"),
        ("**Communicatie**\nWe informeren inwoners via de Nijmeegse ouderenbonden, de huisartsen en de "
         "wijkkrant. Het persbericht wordt afgestemd met woordvoerder [[Rutger Meijerink|P]]. De wethouder "
         "lanceert het belteam op de Ouderendag van [[1 mei 2025|dt]] in het [[Jacques Wonnink Huis|org]].",
         "**Opmerking [**[[RV7|I]]**]:** Liever een eigen persmoment; de Ouderendag is al vol. Bel me even: "
         "[[06 1738 2046|T]].\n**Opmerking [**[[HvE8|I]]**]:** Prima, ik bel je maandag, [[Rutger|P]]."),
        ("**Risico’s**\nTe weinig vrijwilligers in de zomervakantie; inwoners die niet opnemen. Voor die "
         "inwoners spreken we een vaste buur of familielid af. Bij twijfel belt het belteam de "
         "huisartsenpost of 112.",
         "**Opmerking [**[[TZ9|I]]**]:** Ook de wijkverpleging noemen? Zij kennen de meest kwetsbare "
         "ouderen. (Mijn zus werkt daar, dus ik weet hoe druk ze het hebben.)"),
        ("**Besluit gevraagd**\nIs de wethouder akkoord met het voorstel, zodat het college het op "
         "[[25 februari 2025|dt]] kan vaststellen?", ""),
    ]
    rows = [["Tekst", "", "Opmerkingen"]] + [[a, "", b] for a, b in text]
    body = [
        P("MEMO", "title", size=18),
        KV([["Aan", "wethouder [[Annelies Brouns|oth]]"],
            ["Van", "[[Hanneke van Essen|P]], beleidsadviseur Zorg en Welzijn"],
            ["Cc", "[[Wouter Lindeboom|P]]; [[Esmée Çetinkaya|P]]"],
            ["Datum", "[[10 februari 2025|dt]]"],
            ["Onderwerp", "Uitvoering motie hitteplan (CONCEPT met opmerkingen)"]], label_w=0.16, size=9.5),
        P("Afgedrukt met ‘Alle markeringen’: opmerkingen van reviewers staan in de rechterkolom.", "small"),
        Tbl(rows, [0.56, 0.1, 0.34], header=True, grid=False, size=10),
    ]
    return Doc("memo_hitteplan_met_opmerkingen.pdf", "nota", "rl-ttf", "Hanneke van Essen",
               "Memo hitteplan (concept)", "2025-02-10", body, font="LiberationSerif", size=10.5,
               running=[Running("Gemeente Nijmegen · concept v0.3 · [[H. van Essen|P]] · {page}", "footer", "all", "right", 7)],
               opts={"margins": (20, 20, 20, 20)},
               note="memo-concept met reviewopmerkingen in een kantlijnkolom (‘Opmerking [HvE1]:’), initialen "
                    "van reviewers (‘TZ9’ heeft dezelfde initialen als de geciteerde auteur), auteur en raadslid en "
                    "wethouder (houden), inwoner in de tekst, privacy officer die ondertekent met naam")


def vacature():
    body = [
        P("Werken bij de gemeente Waalwijk", "small"),
        P("Beleidsadviseur Klimaatadaptatie", "title", size=18),
        P("32–36 uur · schaal 11 (max. € 6.110 bruto) · reageren tot en met [[16 maart 2025|dt]] · "
          "vacaturenummer [[VAC-2025-014|ken]]", "small"),
        P("Wat ga je doen?", "h2"),
        P("Waalwijk krijgt vaker te maken met hoosbuien, droogte en hitte. Jij zorgt dat we daar klaar voor "
          "zijn. Je schrijft het uitvoeringsprogramma Klimaatadaptatie 2026–2030, je werkt samen met het "
          "waterschap Brabantse Delta en je haalt bewoners op in wijken als Besoyen en Baardwijk. Je adviseert "
          "wethouder [[Ricardo Oosterling|oth]], die klimaat in zijn portefeuille heeft."),
        P("‘We hebben iemand nodig die met een schop in de grond durft te staan en de volgende dag een "
          "raadsvoorstel schrijft,’ zegt wethouder [[Oosterling|oth]]."),
        P("Wie zijn wij?", "h2"),
        P("Je komt in het team Ruimte en Leefomgeving van 14 collega’s. Teamleider [[Pieter-Jan Zwaan|P]]: ‘Bij "
          "ons ben je geen nummer. Je krijgt ruimte, en wie goed werk levert, voelt zich hier een [[zwaan|w]] in "
          "de vijver.’ Je nieuwe maatje wordt [[Gülsen Aktaş|P]], die de afgelopen drie jaar het hitteplan heeft "
          "gemaakt."),
        P("Wat vragen we?", "h2"),
        P("• een afgeronde hbo- of wo-opleiding, bijvoorbeeld ruimtelijke ordening of watermanagement;\n"
          "• ervaring met participatie en met het schrijven voor bestuurders;\n"
          "• je kent het Deltaplan Ruimtelijke Adaptatie en het rapport ‘Water en bodem sturend’ van "
          "[[prof. dr. Joost Haaksman|au]] (2022)."),
        P("Wat bieden we?", "h2"),
        P("Een individueel keuzebudget van 17,05%, hybride werken in het nieuwe [[Huis van de Stad|pl]] en een "
          "bijdrage in je reiskosten. Lees meer op [[www.werkenbijwaalwijk.nl|gn]]."),
        P("Interesse?", "h2"),
        P("Solliciteer via de website. Inhoudelijke vragen? Bel [[Pieter-Jan|P]] op [[06 4310 7782|T]]. Vragen over "
          "de procedure: [[Nadia Amajjoud|P]], HR-adviseur, via [[0416 68 31 00|gn]] (algemeen nummer) of "
          "[[werving@waalwijk.nl|mb]]. De eerste gesprekken zijn op [[25 maart 2025|dt]]; in de commissie zitten "
          "[[Pieter-Jan Zwaan|P]], [[Gülsen|P]] en een lid van de OR."),
        P("Een assessment kan deel uitmaken van de procedure. Acquisitie naar aanleiding van deze vacature "
          "wordt niet op prijs gesteld.", "small"),
    ]
    return Doc("vacature_beleidsadviseur_klimaat.pdf", "persbericht", "rl-ttf", "Amajjoud, N.",
               "Vacature Beleidsadviseur Klimaatadaptatie", "2025-02-24", body, font="LiberationSans", size=10,
               opts={"margins": (24, 24, 22, 22)},
               note="vacaturetekst: teamleider Zwaan naast ‘een zwaan in de vijver’, mobiel teamleider, HR-adviseur "
                    "met algemeen nummer, geciteerde wethouder en rapportauteur (houden), Turkse collega met "
                    "diakrieten, voornamen")


def docs():
    return [keukentafelgesprek(), memo_met_opmerkingen(), vacature()]
