"""Three reports: an information evening about a district going off natural gas (reportlab TTF, DejaVu Serif), an
MT meeting of a provincial directorate with initials (reportlab, Times) and an administrative consultation on
housing in Flevoland with a grid table (python-docx -> LibreOffice, Times New Roman). The hearing report is a
scan (scans.py)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


# ------------------------------------------------------------------ informatieavond aardgasvrij (rl-ttf)

def verslag_informatieavond_aardgasvrij():
    body = [
        P("Gemeente Purmerend", size=9, space_after=2),
        P("Verslag informatieavond ‘Overwhere-Zuid van het gas af’", "title"),
        KV([("Datum", "[[15 oktober 2026|dt]], 19.30–21.45 uur"),
            ("Plaats", "buurthuis De Kolk, Purmerend"),
            ("Aanwezig namens de gemeente", "wethouder [[Margot Abbenhuis|oth]], [[Ozan Eraslan|P]] "
                                            "(projectleider warmtetransitie), [[Sieuwke Bloemhof|P]] "
                                            "(communicatie, verslag)"),
            ("Namens het warmtebedrijf", "[[Hendrawan Kwee|P]] ([[Stadsverwarming Purmerend|org]])"),
            ("Gespreksleider", "[[Linh Vermaat|P]] ([[Bureau Boschma Participatie|org]])"),
            ("Bewoners", "ongeveer 110")],
           label_w=0.3, size=9),
        P("1. Opening", "h2"),
        P("Wethouder [[Abbenhuis|oth]] opent de avond. Zij legt uit dat de gemeente wil dat de 640 woningen in "
          "Overwhere-Zuid in 2030 van het aardgas af zijn. Er is nog niets besloten over de manier waarop. "
          "De gespreksleider, [[Linh Vermaat|P]], licht de spelregels toe."),
        P("2. Presentatie", "h2"),
        P("[[Ozan Eraslan|P]] laat zien welke opties er zijn: aansluiten op het warmtenet, een all-electric "
          "warmtepomp of een hybride oplossing als tussenstap. [[Hendrawan Kwee|P]] vertelt dat het warmtenet "
          "nu voor een groot deel draait op biomassa en dat het bedrijf overstapt op aquathermie."),
        P("3. Vragen van bewoners", "h2"),
        P("De heer [[Harko Bruinewoud|P]] ([[Zeevang 14|A]]) vraagt wat het hem gaat kosten. Hij is 78 en "
          "wil niet meer verbouwen. [[Eraslan|P]] antwoordt dat er een maximum komt voor de aansluitbijdrage en "
          "dat de gemeente een lening met nul procent rente aanbiedt. Meneer [[Bruinewoud|P]] zegt dat hij dat "
          "op papier wil zien."),
        P("Mevrouw [[Chedi-Soerjan|P]] is voorzitter van de huurdersvereniging. Zij vraagt of huurders van "
          "[[Wooncompagnie|org]] mogen kiezen. Volgens mevrouw [[Chedi-Soerjan|P]] heeft de corporatie al "
          "toegezegd dat de huur niet stijgt. [[Kwee|P]] bevestigt dat voor de eerste tien jaar."),
        P("Een jonge bewoner, [[Siebrand Mulderink|P]], heeft zelf al een warmtepomp. Hij wil weten of hij "
          "verplicht wordt aan te sluiten. Wethouder [[Abbenhuis|oth]]: ‘Nee, wie al een goede oplossing heeft, "
          "hoeft niet.’ Meneer [[Mulderink|P]] vraagt dat in het verslag op te nemen."),
        P("Mevrouw [[Nour Al-Rifai|P]] vraagt of er informatie in het Arabisch komt. Veel ouderen in haar "
          "portiek begrijpen de brieven niet. [[Sieuwke Bloemhof|P]] zegt toe dat de folder in vier talen "
          "verschijnt. Een bewoner merkt op dat er ‘vooral warme woorden en weinig warmte’ zijn; daarop volgt "
          "applaus."),
        P("Een bewoner van de Rode Kolk vertelt dat zijn buurman, de heer [[Van Splunter|P]], al twee winters "
          "problemen heeft met een lekkende leiding van het warmtenet. [[Kwee|P]] neemt dit mee en belt "
          "meneer [[Van Splunter|P]] deze week."),
        P("4. Vervolg", "h2"),
        P("In januari 2027 volgt een tweede avond met de kosten per woningtype. Het Kamerlid "
          "[[Van der Grinten-Bakri|kl]], dat in Purmerend woont, was als toehoorder aanwezig en heeft niet "
          "gesproken. Bewoners kunnen vragen sturen naar [[aardgasvrij@purmerend.nl|mb]] of bellen met "
          "[[14 0299|gn]]. Het Energieloket is bereikbaar via [[0800-4536|gn]]."),
        P("Verslag: [[Sieuwke Bloemhof|P]], [[16 oktober 2026|dt]]", size=8.5),
    ]
    return Doc("verslag_informatieavond_aardgasvrij_purmerend.pdf", "verslag", "rl-ttf", "Bloemhof, S.",
               "Verslag informatieavond Overwhere-Zuid", "2026-10-16", body, font="DejaVuSerif", size=11,
               running=[Running("Informatieavond Overwhere-Zuid – [[15 oktober 2026|dt]]", "footer", "all",
                                "right", 7)],
               opts={"leading": 1.5, "margins": (24, 22, 22, 22)},
               note="verslag van een informatieavond: projectleider met Turkse naam, notulist met Friese naam, "
                    "medewerker warmtebedrijf met Chinees-Indonesische naam, gespreksleider met Vietnamese "
                    "voornaam van een bureau met persoonsnaam (bureau houden), bewoners met adres, dubbele "
                    "Hindoestaanse naam en ‘meneer Van Splunter’, wethouder en Kamerlid (houden), corporatie, "
                    "mailbox, 14- en 0800-nummer")


# ------------------------------------------------------------------ MT provincie (rl-std)

def verslag_mt_provincie_gelderland():
    body = [
        P("Provincie Gelderland – Directie Ruimte en Leefomgeving", size=9, space_after=2),
        P("Verslag MT-overleg", "title"),
        KV([("Datum", "[[2 juni 2026|dt]], 09.00–11.00 uur, Huis der Provincie, kamer 3.14"),
            ("Aanwezig", "[[Wieteke Rozenboom|P]] (directeur, voorzitter, [[WR|I]]), "
                         "[[Lex Wijnholds|P]] ([[LW|I]]), [[Souad El Mourabit|P]] ([[SEM|I]]), "
                         "[[Marnix Kalkhoven|P]] ([[MKa|I]]), [[Soenita Bisessar|P]] ([[SB|I]])"),
            ("Afwezig", "[[Barteld ter Stege|P]] ([[BtS|I]])"),
            ("Gast", "[[Weijers|P]] (BZK, agendapunt 3)"),
            ("Notulist", "[[Gauke Veldstra|P]] ([[GV|I]])")],
           label_w=0.16, size=9.5),
        P("1. Opening en mededelingen", "h2"),
        P("[[WR|I]] opent. [[BtS|I]] is afwezig wegens verlof. Gedeputeerde [[Liduina Tiemessen|oth]] "
          "heeft laten weten dat zij de komende maanden het dossier stikstof zelf trekt. [[SB|I]] meldt dat de "
          "vacature voor een senior jurist is ingevuld."),
        P("2. Verslag vorige vergadering", "h2"),
        P("Akkoord. Actiepunt 4 (planning omgevingsvisie) is afgerond door [[MKa|I]]."),
        P("3. Verstedelijkingsstrategie Arnhem-Nijmegen", "h2"),
        P("De heer [[Weijers|P]] van BZK licht toe dat het Rijk in het najaar besluit over de bijdrage aan de "
          "woningbouwlocaties. [[SEM|I]] vraagt of de provincie de infrastructuur moet voorfinancieren. "
          "[[Weijers|P]] kan daar nog niets over zeggen. Minister [[Olmo Stapelkamp|min]] komt in september op "
          "werkbezoek in Nijmegen; [[LW|I]] bereidt dat voor met het kabinet van de commissaris van de Koning."),
        P("4. Personeel", "h2"),
        P("[[Lex|P]] geeft aan dat de werkdruk in zijn team hoog is. Er zijn drie mensen langdurig afwezig. "
          "Het MT besluit twee tijdelijke krachten in te huren. [[SB|I]] regelt dit met P&O."),
        P("5. Woo-verzoeken", "h2"),
        P("Er liggen vier Woo-verzoeken over de Betuwse windparken. [[Souad|P]] wijst erop dat de termijn voor "
          "twee verzoeken al is verlopen. Het MT vraagt haar met de juristen een plan te maken. De "
          "coördinator Woo is bereikbaar via [[woo@gelderland.nl|mb]]."),
        P("6. Rondvraag", "h2"),
        P("[[Marnix|P]] meldt dat de Statenfractie van het lid [[Jolink|oth]] vragen heeft gesteld over het "
          "Veluwefonds. [[GV|I]] zet het op de agenda van het volgende MT."),
        Tbl([["Nr.", "Actie", "Wie", "Wanneer"],
             ["1", "plan achterstand Woo-verzoeken", "[[SEM|I]]", "[[16 juni|dt]]"],
             ["2", "voorbereiding werkbezoek minister", "[[LW|I]] / [[MKa|I]]", "[[1 september|dt]]"],
             ["3", "inhuur tijdelijke krachten", "[[SB|I]]", "[[30 juni|dt]]"],
             ["4", "vragen Statenfractie Veluwefonds", "[[WR|I]]", "[[9 juni|dt]]"]],
            [0.07, 0.55, 0.2, 0.18], size=9),
    ]
    return Doc("verslag_mt_provincie_gelderland.pdf", "verslag", "rl-std", "Veldstra, G.",
               "Verslag MT Ruimte en Leefomgeving 2 juni 2026", "2026-06-02", body, font="Times-Roman", size=13,
               running=[Running("MT RL [[2 juni 2026|dt]] – notulist [[GV|I]] – pagina {page}", "footer", "all",
                                "right", 7.5)],
               opts={"leading": 1.5, "margins": (25, 22, 22, 22)},
               note="MT-verslag van een provinciale directie: aanwezigen met initialen tussen haakjes (‘SEM’, "
                    "‘MKa’, ‘BtS’), Marokkaanse en Hindoestaanse namen, initialen in de lopende tekst en de "
                    "actielijst, voornamen (ook ‘Marnix’), gast van BZK met achternaam alleen, gedeputeerde, "
                    "minister en Statenlid (houden), initialen notulist in de voettekst, Woo-mailbox")


# ------------------------------------------------------------------ bestuurlijk overleg Flevoland (lo)

def verslag_bestuurlijk_overleg_flevoland():
    body = [
        P("**Verslag Bestuurlijk Overleg Woningbouw Flevoland**", size=13),
        KV([("Datum", "[[19 mei 2026|dt]], 13.30–15.30 uur"),
            ("Plaats", "Provinciehuis Flevoland, Visarenddreef 1, Lelystad"),
            ("Kenmerk", "[[BO-WF-2026-02|ken]]")],
           label_w=0.2, size=10),
        Tbl([["Aanwezig", "Rol"],
             ["[[Ulco Hoitema|oth]]", "gedeputeerde Wonen, provincie Flevoland (voorzitter)"],
             ["[[Irmgard Pelgrom|min]]", "staatssecretaris van Volkshuisvesting"],
             ["[[Kenan Yüksekdağ|oth]]", "wethouder Almere"],
             ["[[Marijn Sibum|oth]]", "wethouder Lelystad"],
             ["[[Gosewijn Wieringa|oth]]", "dijkgraaf Waterschap Zuiderzeeland"],
             ["[[Rachelle Bronsveld-Kartodikromo|P]]", "programmamanager, provincie (secretaris)"],
             ["[[Fokke Overbeek|P]]", "beleidsadviseur BZK"],
             ["[[Jo-Ann Tjong|P]]", "directeur regio, Rijksvastgoedbedrijf"]],
            [0.4, 0.6], size=9.5),
        P("Afwezig met bericht: wethouder [[Lieuwe Tjaarda|oth]] (Dronten); hij wordt vervangen door "
          "ambtenaar [[Halyna Savchenko|P]]."),
        P("1. Opening", "h2"),
        P("Gedeputeerde [[Hoitema|oth]] opent en heet staatssecretaris [[Pelgrom|min]] welkom. Het overleg gaat "
          "over de versnelling van 23.000 woningen in Almere Pampus en Lelystad Warande."),
        P("2. Stand van zaken", "h2"),
        P("[[Rachelle|P]] licht de voortgangsrapportage toe. In Almere loopt de planvorming voor Pampus op "
          "schema. Wethouder [[Yüksekdağ|oth]] wijst op de grote afhankelijkheid van de IJmeerverbinding. "
          "Wethouder [[Sibum|oth]] meldt dat in Warande twee bouwstromen stilliggen door netcongestie."),
        P("3. Water en bodem", "h2"),
        P("Dijkgraaf [[Wieringa|oth]] vraagt aandacht voor bodemdaling en de hoge grondwaterstand in Warande. "
          "Het waterschap wil vroeg in de planvorming meedenken. [[Fokke Overbeek|P]] zegt toe dat BZK dit "
          "meeneemt in de Woondeal."),
        P("4. Rijksgronden", "h2"),
        P("[[Jo-Ann Tjong|P]] meldt dat het Rijksvastgoedbedrijf 140 hectare bij Lelystad Airport kan "
          "aanbieden. De staatssecretaris vraagt om dit voor de zomer uit te werken. [[Halyna Savchenko|P]] "
          "merkt namens Dronten op dat ook Dronten-West kansen biedt."),
        P("5. Afspraken", "h2"),
        Tbl([["Afspraak", "Trekker", "Termijn"],
             ["uitwerking aanbod rijksgronden", "[[Jo-Ann Tjong|P]]", "[[1 juli 2026|dt]]"],
             ["waterparagraaf Woondeal", "[[Fokke Overbeek|P]] / waterschap", "[[15 september 2026|dt]]"],
             ["netcongestie Warande bij Liander", "wethouder [[Sibum|oth]]", "[[30 juni 2026|dt]]"],
             ["voortgangsrapportage", "[[Rachelle|P]]", "volgend overleg"]],
            [0.5, 0.3, 0.2], size=9.5),
        P("Volgend overleg: [[22 september 2026|dt]]. Stukken via [[woondeal@flevoland.nl|mb]]."),
        P("Verslag: [[R. Bronsveld-Kartodikromo|P]]", size=9),
    ]
    return Doc("verslag_bestuurlijk_overleg_woningbouw_flevoland.pdf", "verslag", "lo", "Bronsveld-Kartodikromo, R.",
               "Verslag BO Woningbouw Flevoland 19 mei 2026", "2026-05-19", body, font="Times New Roman",
               size=12.5,
               running=[Running("Bestuurlijk Overleg Woningbouw Flevoland – [[BO-WF-2026-02|ken]]", "footer", "all",
                                "right", 8)],
               opts={"leading": 1.5, "margins": (25, 22, 22, 22), "space_after": 6, "line_spacing": 1.45},
               note="verslag van een bestuurlijk overleg met een rastertabel van aanwezigen: gedeputeerde, "
                    "staatssecretaris, wethouders met Turkse en dubbele voornaam, dijkgraaf (houden) naast de "
                    "secretaris met Javaans-Surinaamse dubbele naam, BZK-ambtenaar, Rijksvastgoedbedrijf-"
                    "directeur met Chinees-Surinaamse naam en vervangend ambtenaar met Oekraïense naam (lakken), "
                    "afsprakentabel met trekkers, functionele mailbox")


def docs():
    return [verslag_informatieavond_aardgasvrij(), verslag_mt_provincie_gelderland(),
            verslag_bestuurlijk_overleg_flevoland()]
