"""Reports and minutes: an NVWA inspection report with a visit log (reportlab TTF, Rijkshuisstijl colofon),
minutes of a council committee with a speakers' list (LibreOffice), a confidential HR memo about sick leave
(reportlab, Helvetica), a chronology of a data breach (LibreOffice) and a speech of a Commissaris van de Koning
(reportlab, Times)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def inspectierapport_nvwa():
    c = [
        "**Divisie Consument & Veiligheid**",
        "Team Horeca en Ambachtelijke Bedrijven Oost",
        "Postbus 43006\n3540 AA Utrecht",
        "[[www.nvwa.nl|gn]]\nT [[0900 0388|gn]]",
        "**Inspecteur**\n[[Wouter Kraan|P]]\nT [[06 2187 4093|T]]\n[[w.kraan@nvwa.nl|E]]",
        "**Ons kenmerk**\n[[NVWA-IR/2026/041883|ken]]",
        "**Datum**\n[[27 maart 2026|dt]]",
    ]
    body = [
        P("Inspectierapport", "title"),
        P("Hygiëne en allergeneninformatie – horecabedrijf", "h3"),
        KV([["Bedrijf", "[[Eethuis Anadolu|org]] (eenmanszaak), KvK 71834529"],
            ["Vestigingsadres", "[[Stationsweg 41|pl]], Ede"],
            ["Exploitant", "[[B. (Burak) Karataş|P]]"],
            ["Adres exploitant", "[[Keesomstraat 7|A]], [[6717 AH|Z]] Ede"],
            ["Aanleiding", "melding van een consument van [[27 februari 2026|dt]]"],
            ["Wettelijk kader", "Warenwetbesluit Hygiëne van levensmiddelen; Verordening (EU) 1169/2011"]],
           label_w=0.3, style="lines", size=8.5),
        P("1. Aanleiding", "h2"),
        P("Op [[27 februari 2026|dt]] ontving de NVWA een melding van mevrouw [[N. Kwakernaak|P]] uit Bennekom. Zij "
          "kreeg na het eten van een falafelwrap van het bedrijf een allergische reactie op sesam, terwijl het "
          "personeel haar volgens de melding had verzekerd dat de wrap geen sesam bevatte. Mevrouw "
          "[[Kwakernaak|P]] is telefonisch bereikbaar op [[0318 64 29 17|T]] en heeft toestemming gegeven om "
          "haar medische gegevens in dit onderzoek te gebruiken."),
        P("2. Bezoeklog", "h2"),
        Tbl([["Datum", "Tijd", "Inspecteur", "Soort bezoek", "Namens het bedrijf aanwezig"],
             ["[[10 maart 2026|dt]]", "11.40–13.15", "[[W. Kraan|P]] ([[40719|O]])", "onaangekondigde inspectie",
              "[[Karataş|P]] (exploitant), [[Dilan|P]] (keuken)"],
             ["[[12 maart 2026|dt]]", "09.30–10.05", "[[Kraan, W.|P]]", "monstername (2 monsters)",
              "[[Karataş, B.|P]]"],
             ["[[24 maart 2026|dt]]", "14.00–14.50", "[[R. den Hartigh|P]] ([[41102|O]]) en [[W. Kraan|P]]",
              "herinspectie", "[[Burak|P]] en zijn broer [[Onur Karataş|P]]"]],
            [0.13, 0.16, 0.25, 0.2, 0.26], size=8, shade="#d9e2ec"),
        P("3. Bevindingen", "h2"),
        P("**Allergeneninformatie.** Op [[10 maart 2026|dt]] was er geen schriftelijke of mondelinge informatie "
          "over allergenen beschikbaar. De keukenmedewerker, [[Dilan|P]], wist niet dat de tahinsaus sesam "
          "bevat. De heer [[Karataş|P]] verklaarde dat de saus sinds januari van een andere leverancier komt "
          "en dat hij het etiket niet had gelezen. Overtreding van artikel 44 van Verordening (EU) 1169/2011."),
        P("**Hygiëne.** De temperatuur in de koelcel was 9 °C. In de [[hoek|w]] van de koelcel stonden "
          "onafgedekte bakken met gesneden groente op de vloer. De kraan van de handenwasgelegenheid was "
          "defect; de medewerkers wasten hun handen in de spoelbak. Waarneming en foto’s: inspecteur "
          "[[Kraan|P]]. Overtreding van artikel 4 van Verordening (EG) 852/2004."),
        P("**Monsters.** Op [[12 maart 2026|dt]] zijn twee monsters genomen (tahinsaus en falafel). "
          "[[Wageningen Food Safety Research|org]] heeft in beide monsters sesam aangetoond "
          "(analyserapport [[WFSR-26-03318|ken]])."),
        P("**Herinspectie.** Op [[24 maart 2026|dt]] hing in de zaak een allergenenkaart en was de koelcel in "
          "orde (4 °C). De kraan was vervangen. [[Onur Karataş|P]], die sinds kort in de zaak meewerkt, kon de "
          "allergenen in de gerechten juist benoemen. Inspecteur [[R. den Hartigh|P]] heeft de bevindingen met "
          "de heer [[Karataş|P]] besproken."),
        P("4. Conclusie en vervolg", "h2"),
        P("Op [[10 maart 2026|dt]] zijn twee overtredingen vastgesteld. Voor het ontbreken van "
          "allergeneninformatie wordt een rapport van bevindingen opgemaakt ([[RvB-2026-5517|ken]]); de NVWA "
          "beslist daarna over een bestuurlijke boete. Voor de hygiëne volstaat een schriftelijke waarschuwing, "
          "omdat de gebreken bij de herinspectie waren verholpen. Dit rapport is ook van belang voor de "
          "beantwoording van de Kamervragen van het lid [[Algra-Oenema|kl]] over allergeneninformatie in de "
          "horeca ([[2026Z04172|ken]])."),
        P("De exploitant kan binnen twee weken schriftelijk reageren op dit rapport via [[info@nvwa.nl|mb]], "
          "onder vermelding van het kenmerk."),
        P("Met vriendelijke groet,"),
        Sig(6412, 38, 13),
        P("[[ir. J.M. ter Haar|S]]\nteamleider Horeca en Ambachtelijke Bedrijven Oost"),
        Sp(2),
        P("Afschrift: gemeente Ede, afdeling Vergunningen en Handhaving ([[vth@ede.nl|mb]])", "small"),
    ]
    return Doc("inspectierapport_nvwa_eethuis_ede.pdf", "verslag", "rl-ttf", "Kraan, W.",
               "Inspectierapport NVWA-IR/2026/041883", "2026-03-27", body, font="DejaVuSans", size=9,
               running=[Running("NVWA · Inspectierapport · kenmerk [[NVWA-IR/2026/041883|ken]] · pagina {page}",
                                "footer", "all", "right", 7)],
               opts={"colofon": c, "colofon_w": 50, "margins": (22, 14, 40, 22), "first_top": 0,
                     "logo": {"kind": "rijk", "color": "#007bc7",
                              "lines": ["Nederlandse Voedsel- en", "Warenautoriteit", "Ministerie van Landbouw,",
                                        "Visserij, Voedselzekerheid", "en Natuur"]}},
               note="NVWA-inspectierapport met bezoeklog (tabel): inspecteurs met inspecteursnummer (OTHER), "
                    "‘Kraan, W.’ en ‘W. Kraan’ naast ‘de kraan’ (niet gemarkeerd) en ‘de hoek’, exploitant als "
                    "‘B. (Burak) Karataş’ en ‘Karataş, B.’, broer, medewerker met voornaam, melder met "
                    "gezondheidsgegeven, Kamerlid (houden), handtekening teamleider, lab en bedrijf (houden)")


def commissieverslag():
    body = [
        P("Gemeente Amersfoort – Raadscommissie Stad en Ruimte", size=9),
        P("Verslag van de vergadering van [[10 februari 2026|dt]]", "title"),
        KV([["Voorzitter", "[[Gülşen Özkan-Doorn|oth]] (GroenLinks)"],
            ["Commissiegriffier", "[[Noortje Spijker|P]]"],
            ["Raadsleden", "[[Wassenberg, E.|oth]] (VVD), [[Bijl, L.|oth]] (D66), [[Ofori, K.|oth]] (SP), "
                           "[[De Graaff, M.|oth]] (CDA), [[Van Dalfsen, T.|oth]] (PVV)"],
            ["College", "wethouder [[Sjoerd Sluis|oth]] (Wonen en Ruimte)"],
            ["Ambtelijk", "[[Tijmen Verlaan|P]] (projectleider Vathorst-Noord), [[Lente Ravenhorst|P]] (jurist)"]],
           label_w=0.22, style="grid", size=9),
        P("1. Opening en vaststelling agenda", "h2"),
        P("De voorzitter opent om 19.30 uur. Agendapunt 5 (parkeernormen) wordt op verzoek van de wethouder "
          "naar de vergadering van maart verplaatst. Mevrouw [[Bijl|oth]] betreurt dat: de bewoners die voor "
          "dit punt komen, staan nu met lege handen."),
        P("2. Spreekrecht burgers", "h2"),
        P("Voor het spreekrecht hebben zich drie insprekers aangemeld:"),
        Tbl([["Nr.", "Inspreker", "Namens", "Onderwerp"],
             ["1", "[[H.G. (Hein) Ravenhorst|P]]", "Bewonersvereniging Vathorst-Noord",
              "ontwerp-omgevingsplan Vathorst-Noord"],
             ["2", "[[Loubna Bouazza|P]]", "zichzelf", "parkeren en bomenkap Zonnebloemweg"],
             ["3", "[[Bartosz Wróblewski|P]]", "zichzelf en zijn buren", "bouwverkeer tijdens de aanleg"]],
            [0.07, 0.3, 0.3, 0.33], size=9, shade="#e7e6e6"),
        P("De heer [[Ravenhorst|P]] zegt dat de bewonersvereniging blij is met het groene karakter van het "
          "plan, maar dat de hoogte van de appartementen aan de rand van het park ‘niet is wat ons in 2023 is "
          "beloofd’. Hij vraagt de commissie het plan niet vast te stellen voordat de bezonningsstudie opnieuw "
          "is gedaan. Hij woont zelf aan de [[Bisschopsweg 112|A]] en kijkt straks op een gevel van vijf "
          "bouwlagen. (De heer [[Ravenhorst|P]] is niet familie van de ambtelijk jurist, mevrouw "
          "[[Ravenhorst|P]].)"),
        P("Mevrouw [[Bouazza|P]] vertelt dat zij al twaalf jaar aan de Zonnebloemweg woont. ‘Vroeger zongen "
          "hier in de [[lente|w]] de vogels, nu hoor je alleen nog de heistellingen.’ Zij vraagt om behoud van "
          "de rij essen langs haar straat en om een parkeerregeling voor bewoners. De heer "
          "[[Wassenberg|oth]] vraagt of zij het plan zelf heeft ingezien; mevrouw [[Bouazza|P]] antwoordt dat "
          "zij dat in het wijkcentrum heeft gedaan met hulp van een buurvrouw."),
        P("De heer [[Wróblewski|P]] spreekt namens zichzelf en zes buren aan de Ambachtsweg. Het bouwverkeer "
          "voor de eerste fase rijdt nu door hun straat, ook ’s ochtends vóór zeven uur. Hij heeft dit gemeld "
          "bij de aannemer en bij de gemeente, zonder resultaat. De heer [[Ofori|oth]] zegt dat de inspreker de "
          "[[spijker|w]] op de kop slaat en vraagt of hij de meldingen kan nasturen. De heer [[Wróblewski|P]] zegt toe dat te doen via de griffie."),
        P("3. Ontwerp-omgevingsplan Vathorst-Noord (bespreekstuk)", "h2"),
        P("Wethouder [[Sluis|oth]] licht het voorstel toe. Het plan maakt 640 woningen mogelijk, waarvan 40 "
          "procent sociale huur. De bezonningsstudie is volgens de wethouder correct uitgevoerd; de projectleider, "
          "de heer [[Verlaan|P]], heeft de insprekers aangeboden de studie met hen door te nemen."),
        P("Mevrouw [[De Graaff|oth]] (CDA) vraagt waarom de bouwhoogte is verhoogd. De wethouder antwoordt dat "
          "dit nodig was om het aantal sociale huurwoningen te halen zonder extra groen op te offeren. De heer "
          "[[Van Dalfsen|oth]] vindt dat de wethouder ‘de [[sluis|w]] openzet voor hoogbouw’ en de inspraak te laat "
          "heeft georganiseerd. De wethouder bestrijdt dat: er zijn vier inloopavonden geweest."),
        P("Over de essen aan de Zonnebloemweg zegt de wethouder toe dat [[Lente|P]] van het team Juridische "
          "Zaken uitzoekt of de kap vergunningvrij is. Mevrouw [[Özkan-Doorn|oth]] vraagt of de uitkomst vóór de "
          "raadsvergadering bekend kan zijn; dat wordt toegezegd."),
        P("Conclusie: de commissie adviseert het voorstel als **bespreekstuk** te agenderen voor de "
          "raadsvergadering van [[3 maart 2026|dt]]. GroenLinks en de SP overwegen een amendement over de "
          "bouwhoogte."),
        P("4. Toezeggingen", "h2"),
        Tbl([["Nr.", "Toezegging", "Wie", "Termijn"],
             ["T-26-07", "Bezonningsstudie bespreken met de insprekers [[Ravenhorst|P]] en [[Bouazza|P]]",
              "wethouder ([[TV|I]])", "voor [[3 maart 2026|dt]]"],
             ["T-26-08", "Memo over de vergunningplicht voor de kap van de essen aan de Zonnebloemweg",
              "wethouder ([[LR|I]])", "voor [[3 maart 2026|dt]]"],
             ["T-26-09", "Meldingen bouwverkeer Ambachtsweg doorgeleiden naar de aannemer", "griffie ([[NS|I]])",
              "direct"]],
            [0.1, 0.56, 0.18, 0.16], size=9, shade="#e7e6e6"),
        P("5. Sluiting", "h2"),
        P("Tot [[slot|w]] dankt de voorzitter de insprekers. Zij sluit de vergadering om 21.50 uur."),
        Sp(3),
        P("[[Noortje Spijker|P]], commissiegriffier ([[griffie@amersfoort.nl|mb]], [[033 469 44 40|gn]])", "small"),
    ]
    return Doc("verslag_commissie_stad_en_ruimte.pdf", "verslag", "lo", "Spijker, R.",
               "Verslag commissie Stad en Ruimte 10 februari 2026", "2026-02-12", body, font="C059", size=10,
               running=[Running("Verslag commissie Stad en Ruimte – [[10 februari 2026|dt]]", "header", "all",
                                "right", 7.5)],
               opts={"margins": (24, 22, 24, 20)},
               note="verslag van een raadscommissie met sprekerslijst: voorzitter, raadsleden (‘Wassenberg, E.’, "
                    "‘De Graaff, M.’) en wethouder Sluis (houden) naast insprekers (lakken, ‘H.G. (Hein) "
                    "Ravenhorst’, Poolse naam, adres in betoog), jurist met dezelfde achternaam, voornaam ‘Lente’ "
                    "naast ‘in de lente’, Spijker naast ‘de spijker’, Sluis naast ‘de sluis’, ‘Tot slot’, initialen in toezeggingenlijst")


def hr_memo_verzuim():
    body = [
        P("**Gemeente Súdwest-Fryslân** – HR-advies", size=10),
        P("MEMO – VERTROUWELIJK (personeelsdossier)", "h1"),
        KV([["Aan", "[[Geert-Jan Bijlsma|P]], afdelingsmanager Publiekszaken"],
            ["Van", "[[Soumaya Chaouch|P]], HR-adviseur"],
            ["Kopie", "[[drs. P. Kowalczyk|P]], bedrijfsarts (Arbo Unie)"],
            ["Datum", "[[16 april 2026|dt]]"],
            ["Betreft", "re-integratie [[S.D. (Sari) Soeratman|P]], personeelsnummer [[208814|O]]"]],
           label_w=0.18, style="lines", size=9.5),
        P("Aanleiding", "h2"),
        P("Mevrouw [[Soeratman|P]] (medewerker Burgerzaken, 32 uur per week) heeft zich op "
          "[[19 januari 2026|dt]] ziek gemeld. Volgens de probleemanalyse van de bedrijfsarts van "
          "[[26 februari 2026|dt]] is zij uitgevallen door overspanning na een periode van hoge werkdruk en "
          "mantelzorg voor haar moeder. De bedrijfsarts verwacht dat zij binnen drie maanden volledig kan "
          "hervatten. Je vroeg mij wat er de komende weken moet gebeuren."),
        P("Stand van zaken", "h2"),
        P("Het plan van aanpak is op [[5 maart 2026|dt]] door [[Sari|P]] en haar teamleider, "
          "[[Sytse Aukes|P]], ondertekend. Zij werkt sinds [[30 maart 2026|dt]] twee ochtenden per week op "
          "therapeutische basis, voorlopig niet aan de balie. [[Sari|P]] heeft aangegeven dat het contact met "
          "[[Aukes|P]] goed verloopt, maar dat zij het gesprek met de bedrijfsarts als ‘zakelijk’ ervoer. "
          "De heer [[Kowalczyk|P]] heeft daarop een tweede consult met een andere bedrijfsarts aangeboden."),
        P("Let op: de ziekmelding is op [[28 januari 2026|dt]] ook aan het UWV doorgegeven (burgerservicenummer "
          "[[119769062|B]]) omdat mevrouw [[Soeratman|P]] een tijdelijk contract heeft dat op "
          "[[31 juli 2026|dt]] afloopt. Over verlenging moet je vóór [[1 juni 2026|dt]] beslissen. Ziekte mag "
          "daarbij geen rol spelen."),
        P("Afspraken", "h2"),
        Tbl([["Wat", "Wie", "Wanneer"],
             ["Voortgangsgesprek met de medewerker", "[[SA|I]]", "elke twee weken"],
             ["Tweede consult bedrijfsarts plannen", "[[SC|I]]", "vóór [[1 mei 2026|dt]]"],
             ["Besluit over verlenging contract voorbereiden", "[[GJB|I]] / [[SC|I]]",
              "vóór [[1 juni 2026|dt]]"],
             ["Eerstejaarsevaluatie (alleen bij voortduren verzuim)", "[[SC|I]]", "week 52"]],
            [0.56, 0.2, 0.24], size=9, shade="#e1e1e1"),
        P("De medewerker is tijdens haar verzuim bereikbaar op haar privénummer [[06-48 27 19 35|T]]; zij "
          "heeft gevraagd niet vóór 10.00 uur gebeld te worden. Wethouder [[Gerlof Stroink|oth]] "
          "(portefeuille Personeel en Organisatie) is niet over deze casus geïnformeerd en hoeft dat ook niet "
          "te worden."),
        Sp(2),
        P("[[Soumaya Chaouch|P]]\nHR-adviseur, T [[0515 48 92 06|T]]"),
    ]
    return Doc("memo_hr_reintegratie_burgerzaken.pdf", "nota", "rl-std", "Chaouch, S.",
               "Memo re-integratie", "2026-04-16", body, font="Helvetica", size=9.5,
               running=[Running("Vertrouwelijk – personeelsdossier – opgesteld door [[SC|I]] – "
                                "[[hr@sudwestfryslan.nl|mb]]", "footer", "all", "left", 7)],
               opts={"margins": (24, 22, 22, 22)},
               note="vertrouwelijke HR-memo over verzuim (gezondheid: niet als truth gemarkeerd): medewerker als "
                    "‘S.D. (Sari) Soeratman’ en met voornaam, personeelsnummer, BSN, privénummer met streepje, "
                    "Friese teamleider, bedrijfsarts met Poolse naam, initialen in afsprakentabel en voettekst "
                    "(SA, SC, GJB), wethouder (houden)")


def feitenrelaas_datalek():
    rows = [["Datum en tijd", "Wie", "Wat"],
            ["[[23 maart 2026|dt]], 07.30", "verwerkingssysteem",
             "Batch van 2.114 aanslagen watersysteemheffing 2026 (Tielerwaard) aangeboden aan de printstraat van "
             "[[Centric|org]]."],
            ["[[24 maart 2026|dt]], 16.42", "[[Halima Dahir|P]], inwoner van Tiel",
             "Belt het KCC: zij heeft een aanslag ontvangen op naam van de heer [[Onno Blaauboer|P]], "
             "[[Waalbandijk 14|A]], Zaltbommel, met diens aanslagbedrag en rekeningnummer."],
            ["[[24 maart 2026|dt]], 17.05", "[[Gerdien van Wijngaarden|P]] (KCC)",
             "Registreert de melding (TOPdesk [[T2603-4417|ken]]) en mailt [[privacy@wsrl.nl|mb]]."],
            ["[[25 maart 2026|dt]], 08.50", "[[GvW|I]]",
             "Tweede melding, van de heer [[Gerrit Versteegh|P]] ([[g.versteegh@kpnmail.nl|E]]): ook hij heeft "
             "een aanslag van een ander ontvangen."],
            ["[[25 maart 2026|dt]], 09.10", "teamleider Heffingen ([[GD|I]])",
             "Stopt de verzending van de tweede batch. Steekproef van 200 aanslagen: 31 met een verkeerd adres."],
            ["[[25 maart 2026|dt]], 11.30", "privacy officer",
             "Overleg met de functionaris gegevensbescherming, [[mr. Sabine Ongering|P]]. Zij adviseert melding "
             "bij de Autoriteit Persoonsgegevens."],
            ["[[25 maart 2026|dt]], 15.20", "privacy officer",
             "Melding bij de AP gedaan (meldnummer [[M2026-018734|ken]])."],
            ["[[26 maart 2026|dt]], 09.00", "dijkgraaf",
             "Dijkgraaf [[Erik Jan Boswijk|oth]] wordt geïnformeerd en besluit tot een brief aan alle "
             "getroffen inwoners."],
            ["[[27 maart 2026|dt]]", "[[Gerlinde Dorrestijn|P]]",
             "Oorzaak gevonden: na de koppeling met de BRP is in het adresbestand één kolom verschoven voor "
             "huisnummers met een toevoeging."],
            ["[[31 maart 2026|dt]]", "afdeling Communicatie",
             "Brief aan 2.114 inwoners verzonden; de 31 getroffen inwoners worden ook gebeld. De heer "
             "[[Blaauboer|P]] wil een schriftelijke reactie van de dijkgraaf."]]
    body = [
        P("Waterschap Rivierenland", size=10),
        P("Feitenrelaas datalek aanslagen watersysteemheffing 2026", "title"),
        KV([["Opgesteld door", "[[Jan-Willem Stoutjesdijk|P]], privacy officer"],
            ["Datum", "[[2 april 2026|dt]]"],
            ["Interne registratie", "[[DL-2026-009|ken]]"],
            ["Status", "definitief, ter informatie aan het dagelijks bestuur"]], label_w=0.25, size=9.5),
        P("Dit feitenrelaas beschrijft wat er is gebeurd bij de verzending van de aanslagen "
          "watersysteemheffing 2026 voor het gebied Tielerwaard. Het is opgesteld op basis van de registraties "
          "in TOPdesk, de e-mails aan [[privacy@wsrl.nl|mb]] en gesprekken met de betrokken medewerkers."),
        P("Tijdlijn", "h2"),
        Tbl(rows, [0.2, 0.24, 0.56], size=8.5, shade="#d0e0e3"),
        P("Oorzaak en maatregelen", "h2"),
        P("De fout ontstond bij een wijziging in het koppelscript, die op [[20 maart 2026|dt]] zonder de "
          "gebruikelijke test in productie is genomen. Teamleider [[Dorrestijn|P]] heeft de werkwijze "
          "aangepast: wijzigingen in koppelingen worden voortaan door een tweede medewerker getest. "
          "Mevrouw [[Dahir|P]] en de heer [[Versteegh|P]] hebben de aanslagen van anderen teruggestuurd. Van "
          "de overige 29 verkeerd bezorgde aanslagen zijn er tot nu toe 17 retour gekomen."),
        P("Vragen over dit feitenrelaas: [[privacy@wsrl.nl|mb]] of [[0344 64 90 90|gn]].", "small"),
    ]
    return Doc("feitenrelaas_datalek_aanslagen_wsrl.pdf", "nota", "lo", "Stoutjesdijk, J.W.",
               "Feitenrelaas datalek DL-2026-009", "2026-04-02", body, font="Nimbus Sans Narrow", size=10,
               running=[Running("Feitenrelaas [[DL-2026-009|ken]] – vertrouwelijk tot besluit dagelijks bestuur",
                                "footer", "all", "left", 7.5)],
               opts={"margins": (22, 20, 22, 20)},
               note="feitenrelaas van een datalek als tijdlijntabel: inwoners die een verkeerde aanslag kregen of "
                    "wier aanslag verkeerd bezorgd werd (naam, adres, e-mail), KCC-medewerker eerst voluit en dan "
                    "als ‘GvW’, teamleider als ‘(GD)’ en voluit, FG, dijkgraaf (houden), meldnummer AP en "
                    "TOPdesk-nummer (houden)")


def toespraak_cdk():
    body = [
        P("Toespraak van de Commissaris van de Koning in Drenthe, [[Reinout Kloosterhuis|oth]], bij de uitreiking "
          "van de Drentse Vrijwilligersprijs 2026", "h1"),
        P("Assen, Provinciehuis, [[16 oktober 2026|dt]]", "h3"),
        P("Het gesproken woord geldt", "right", size=9),
        HR(),
        P("Dames en heren, beste vrijwilligers,"),
        P("Wat fijn dat u er allemaal bent. Een bijzonder welkom aan gedeputeerde [[Aafke Zwiers|oth]], aan "
          "burgemeester [[Albert Smeenge|oth]] van Borger-Odoorn, en aan Kamerlid [[Hessel Eelderink|kl]], die "
          "speciaal uit Den Haag is gekomen. En natuurlijk aan de genomineerden en hun families, die vanavond "
          "op de eerste rij zitten."),
        P("Ruim honderd jaar geleden schreef de schoolmeester [[Hindrik Jalving|oth]] uit Exloo in zijn dagboek: "
          "‘Wie zijn buurman helpt, helpt zijn dorp.’ [[Hilde Reinders|au]] citeert die zin in haar boek ‘Het "
          "Drentse noaberschap’ (2019), en zij laat zien dat het noaberschap nooit is verdwenen. Het heeft alleen "
          "andere vormen gekregen. Minister [[Femmy Karsijns|min]] zei het vorige maand nog in de Tweede "
          "Kamer: zonder vrijwilligers valt Nederland stil. Ik zou zeggen: zonder vrijwilligers valt Drenthe stil."),
        P("De genomineerden", "h2"),
        P("Neem [[Hillechien Mulderij-Bakels|P]] uit Nieuw-Buinen. Zevenentwintig jaar lang heeft zij elke "
          "dinsdagochtend de koffie geschonken in het dorpshuis. Toen het dorpshuis in 2024 dreigde te sluiten, "
          "richtte ze met haar buren een stichting op. [[Hillechien|P]], u heeft mij verteld dat u ‘gewoon niet kon "
          "stilzitten’. Ik denk dat heel Nieuw-Buinen daar blij om is."),
        P("Neem [[Rasha Haddad|P]], die in 2016 uit Syrië naar Emmen kwam. Zij geeft nu drie avonden per week "
          "taalles aan nieuwkomers, en ze doet dat in het Nederlands én met een flinke dosis humor. Een van haar "
          "cursisten schreef in de voordracht: ‘[[Rasha|P]] leert ons niet alleen de taal, maar ook hoe we hier "
          "de weg vinden.’"),
        P("En neem [[Derk Ram|P]], herder van de schaapskudde op het Balloërveld. Hij heeft vorig jaar samen "
          "met de scholen in Rolde een lespakket over de heide gemaakt. Wie hem ooit met een [[ram|w]] uit "
          "zijn kudde op het schoolplein heeft zien staan, vergeet dat niet snel. De heer [[Ram|P]] zei tegen de "
          "jury dat hij ‘alleen maar laat zien wat er al is’. Dat is precies wat goede vrijwilligers doen."),
        P("Dank", "h2"),
        P("De jury, onder voorzitterschap van burgemeester [[Smeenge|oth]], had het niet makkelijk. Ik dank "
          "de jury voor haar werk, en ik dank de mensen achter de schermen: [[Beer|P]] en [[Wiebren|P]] van "
          "ons eigen team Samenleving, die de avond hebben georganiseerd. [[Beer|P]] is trouwens geen "
          "[[beer|w]], maar hij heeft wel de kracht van een: hij heeft vanmiddag alle stoelen in deze zaal "
          "zelf neergezet."),
        P("Het rapport ‘Vrijwillige inzet in de regio’ van het [[Sociaal en Cultureel Planbureau|org]] laat zien "
          "dat in Drenthe meer mensen vrijwilligerswerk doen dan in de rest van het land. Daar mogen we trots op "
          "zijn. Maar het rapport laat ook zien dat het steeds moeilijker wordt om jonge vrijwilligers te "
          "vinden. Daarom hebben gedeputeerde [[Zwiers|oth]] en ik besloten het prijzengeld dit jaar te "
          "verdubbelen, en een aanmoedigingsprijs in te stellen voor vrijwilligers onder de 25."),
        P("En nu, dames en heren, de envelop. De Drentse Vrijwilligersprijs 2026 gaat naar …"),
        Sp(4),
        P("Contact voor de pers: team Communicatie provincie Drenthe, [[0592 36 55 55|gn]], "
          "[[post@drenthe.nl|mb]].", "small"),
    ]
    return Doc("toespraak_cdk_vrijwilligersprijs.pdf", "persbericht", "rl-std", "Kloosterhuis, R.",
               "Toespraak CdK Vrijwilligersprijs 2026", "2026-10-16", body, font="Times-Roman", size=11,
               running=[Running("Provincie Drenthe – toespraak CdK – [[16 oktober 2026|dt]]", "footer", "all",
                                "center", 7.5)],
               opts={"margins": (26, 26, 20, 20)},
               note="toespraak van een Commissaris van de Koning (houden): gedeputeerde, burgemeester, Kamerlid, "
                    "minister, burgemeester als juryvoorzitter (houden), historische schoolmeester en boekauteur (houden), "
                    "genomineerden (lakken, ook met voornaam), Ram naast ‘een ram’, voornaam Beer naast ‘geen beer’, "
                    "medewerkers alleen met voornaam")


def docs():
    return [inspectierapport_nvwa(), commissieverslag(), hr_memo_verzuim(), feitenrelaas_datalek(),
            toespraak_cdk()]
