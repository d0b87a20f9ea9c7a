"""Four nota's: a ministry memo to a staatssecretaris with a paraph table (reportlab, Helvetica), a provincial
nota to a gedeputeerde signed 'namens deze' with a signature image (reportlab TTF, DejaVu Sans), a Rijkshuisstijl
nota to a minister with a colofon (reportlab TTF, DejaVu Sans Condensed) and a municipal nota to a director with
a grid header (python-docx -> LibreOffice, Arial)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


# ------------------------------------------------------------------ Financiën, nota aan de staatssecretaris (rl-std)

def nota_fin_massaal_bezwaar_box3():
    body = [
        P("Ministerie van Financiën", size=8.5, space_after=1),
        P("Directoraat-Generaal Fiscaliteit – Directie Directe Belastingen", size=8.5, space_after=12),
        P("Nota", "title"),
        KV([("Aan", "de staatssecretaris van Financiën – Fiscaliteit en Belastingdienst"),
            ("Via", "DG Fiscaliteit, [[drs. Tirza Leeflang-Oving|P]]"),
            ("Van", "[[Bregje Wagenvoort|P]], beleidsmedewerker box 3"),
            ("Datum", "[[9 maart 2026|dt]]"),
            ("Kenmerk", "[[2026-0000061827|ken]]"),
            ("Kopie aan", "Directie Juridische Zaken ([[Nordin Belkadi|P]]); Belastingdienst, "
                          "programma Herstel box 3"),
            ("Onderwerp", "afhandeling massaal bezwaar box 3 over 2024")],
           label_w=0.17, size=9.5),
        P("Beslispunten", "h2"),
        P("1. Stemt u ermee in dat de Belastingdienst de ongeveer 41.000 bezwaarschriften over 2024 in één "
          "collectieve uitspraak afdoet, zoals in de bijlage is uitgewerkt?", "bullet"),
        P("2. Gaat u akkoord met de bijgevoegde brief aan de Tweede Kamer, waarin u de motie-[[Vugts|kl]] "
          "(Kamerstuk [[32 140, nr. 217|ken]]) afdoet?", "bullet"),
        P("Aanleiding", "h2"),
        P("Na de uitspraken van de Hoge Raad over box 3 hebben veel belastingplichtigen bezwaar gemaakt tegen hun "
          "aanslag over 2024. De Kamer heeft op [[12 februari 2026|dt]] de motie van het lid [[Vugts|kl]] "
          "aangenomen, die vraagt om deze bezwaren vóór de zomer af te handelen. Het lid [[Sevgi Turan|kl]] "
          "heeft in het commissiedebat gevraagd hoe lang burgers nog moeten wachten. U heeft toegezegd de Kamer "
          "in maart te informeren."),
        P("Kern", "h2"),
        P("Een collectieve uitspraak is sneller dan individuele behandeling en voorkomt verschillen tussen "
          "burgers. De landsadvocaat, [[mr. Floortje Brinkers|P]] van [[Pels Rijcken|org]], acht de route "
          "juridisch houdbaar, mits de uitspraak in de Staatscourant wordt gepubliceerd en belanghebbenden "
          "een nieuwe bezwaartermijn krijgen. [[Nordin Belkadi|P]] (DJZ) sluit zich daarbij aan. Volgens "
          "het onderzoek van [[Stappers|au]] en [[Kusuma|au]] (2025) leidt een collectieve uitspraak in ruim 90 "
          "procent van de gevallen tot dezelfde uitkomst als individuele behandeling."),
        P("Een aantal burgers heeft u rechtstreeks geschreven. Zo vraagt de heer [[Huub Roeleveld|P]] uit Zeist "
          "in zijn brief van [[3 maart 2026|dt]] of zijn bezwaar ook onder de collectieve uitspraak valt. Dat is "
          "zo. De Belastingdienst beantwoordt deze brieven; een antwoord aan de heer [[Roeleveld|P]] is in "
          "voorbereiding. Burgers met vragen kunnen de BelastingTelefoon bellen ([[0800-0543|gn]])."),
        P("Financiële gevolgen", "h2"),
        P("De uitvoeringskosten zijn met de collectieve route ongeveer € 6 miljoen lager. De budgettaire gevolgen "
          "van de uitspraak zelf zijn al in de Voorjaarsnota verwerkt. Directie Begrotingszaken heeft geen "
          "bezwaar."),
        P("Communicatie", "h2"),
        P("De Belastingdienst publiceert op de dag van de uitspraak een nieuwsbericht. De brief aan de Kamer kan "
          "op [[17 maart 2026|dt]] worden verzonden, zodat die vóór het commissiedebat van "
          "[[25 maart 2026|dt]] bij de Kamer is."),
        Tbl([["Paraaf", "Naam", "Functie", "Datum"],
             ["[[BW|I]]", "[[Bregje Wagenvoort|P]]", "steller", "[[9-3|dt]]"],
             ["[[EC|I]]", "[[Ewoud Catsburg|P]]", "directeur DB", "[[10-3|dt]]"],
             ["[[TLO|I]]", "[[drs. Tirza Leeflang-Oving|P]]", "DG Fiscaliteit", "[[11-3|dt]]"]],
            [0.14, 0.4, 0.28, 0.18], size=9),
        P("Akkoord staatssecretaris: [ ] ja   [ ] nee   [ ] bespreken", size=9),
        P("Contactpersoon: [[Bregje Wagenvoort|P]], [[06 4172 3396|T]], [[b.wagenvoort@minfin.nl|E]]. "
          "Secretariaat DB: [[070 342 80 00|gn]].", size=8.5),
    ]
    return Doc("nota_fin_massaal_bezwaar_box3.pdf", "nota", "rl-std", "Wagenvoort, B.",
               "Nota afhandeling massaal bezwaar box 3", "2026-03-09", body, font="Helvetica", size=10,
               running=[Running("[[2026-0000061827|ken]] – pagina {page}", "footer", "all", "right", 7.5)],
               opts={"margins": (25, 22, 22, 24),
                     "logo": {"kind": "rijk", "lines": ["Ministerie van Financiën"]}, "first_top": 14},
               note="nota aan de staatssecretaris met kopblok (Aan/Via/Van/Kopie aan), DG met ‘drs.’ en dubbele "
                    "naam, jurist met Marokkaanse naam, landsadvocaat (lakken) naast haar kantoor (houden), "
                    "burger die de staatssecretaris schreef, Kamerleden in ‘motie-Vugts’ (houden), rapportauteurs "
                    "(houden), parafentabel met initialen, mobiel nummer en e-mail steller naast algemene nummers")


# ------------------------------------------------------------------ Fryslân, nota aan gedeputeerde, getekend (rl-ttf)

def nota_fryslan_brugbediening_getekend():
    body = [
        P("**Provincie Fryslân**", size=13, space_after=1),
        P("Afdeling Vaarwegen en Bruggen", size=9, space_after=14),
        P("NOTA AAN GEDEPUTEERDE STATEN", "h1"),
        KV([("Aan", "gedeputeerde [[Sytze Jongsma|oth]] (Mobiliteit en Vaarwegen)"),
            ("Van", "[[Jouwert Talsma|P]], afdelingshoofd Vaarwegen en Bruggen"),
            ("Behandelend ambtenaar", "[[Pytsje Ruurdsma|P]], [[058 292 57 43|T]], [[p.ruurdsma@fryslan.frl|E]]"),
            ("Datum", "[[14 april 2026|dt]]"),
            ("Zaaknummer", "[[01982734|ken]]"),
            ("Onderwerp", "bediening van de brug bij Uitwellingerga in het vaarseizoen 2026")],
           label_w=0.27, size=9, style="lines"),
        P("1. Aanleiding", "h2"),
        P("In het vaarseizoen 2025 stond de brug bij Uitwellingerga op drukke dagen vaak lang open. Aan beide "
          "kanten ontstonden files van auto’s en fietsers. Tegelijk klaagden schippers over wachttijden van "
          "meer dan een uur. De gemeente Súdwest-Fryslân en [[Wetterskip Fryslân|org]] hebben gevraagd om "
          "vaste bedieningstijden."),
        P("2. Wat is er gebeurd", "h2"),
        P("Op zaterdag [[19 juli 2025|dt]] liep de wachtrij voor de brug op tot 23 schepen. De dienstdoende "
          "brugwachter, [[Eelke Andringa|P]], heeft toen in overleg met de meldkamer de brug twintig minuten "
          "langer open gehouden. Eén schipper, de heer [[Binne Haaksma|P]], heeft daarover een klacht "
          "ingediend. Hij schreef: ‘Nou breekt mijn [[klomp|w]]: een uur wachten voor één brug.’ De heer "
          "[[Haaksma|P]] vaart beroepsmatig met een rondvaartboot en kreeg zijn passagiers niet op tijd terug. "
          "De tweede brugwachter die dag, [[Sjouke Klomp|P]], heeft in zijn rapport vastgelegd dat de "
          "bedieningsinstallatie twee keer storing gaf."),
        P("3. Voorstel", "h2"),
        P("Wij stellen voor om in het seizoen 2026 op zaterdag en zondag te werken met vaste blokken: de brug "
          "gaat elk heel uur en elk half uur open, en blijft dan maximaal tien minuten open. Beroepsvaart en "
          "hulpdiensten krijgen voorrang. De proef duurt van [[1 mei|dt]] tot en met [[30 september 2026|dt]]."),
        P("[[Jachtwerf Poelstra|org]] en de watersportvereniging zijn geraadpleegd. Zij steunen de proef, "
          "maar vragen om goede informatie op de website en bij de jachthavens. [[Klomp|P]] en [[Andringa|P]] "
          "hebben aangegeven dat vaste blokken voor de brugwachters het werk rustiger maken."),
        P("4. Financiën", "h2"),
        P("De proef kost ongeveer € 18.000 voor extra borden en communicatie. Dit past binnen het budget "
          "Vaarwegen 2026."),
        P("5. Communicatie", "h2"),
        P("Na uw akkoord informeren wij de schippers via de nieuwsbrief en de website. Vragen van inwoners en "
          "schippers gaan naar [[vaarwegen@fryslan.frl|mb]] of het algemene nummer [[058 292 59 25|gn]]. "
          "De bezoekers van het provinciehuis aan de [[Tweebaksmarkt 52|pl]] kunnen een folder meenemen."),
        P("6. Besluit gevraagd", "h2"),
        P("Wij vragen u in te stemmen met de proef met vaste bedieningsblokken en de gemeente en het Wetterskip "
          "daarover te informeren."),
        Sp(3),
        P("Gedeputeerde Staten van Fryslân,\nnamens deze,"),
        Sig(130214, w_mm=44, h_mm=16),
        P("[[J.W. Talsma|S]]\nafdelingshoofd Vaarwegen en Bruggen", size=9.5),
        Sp(2),
        P("Akkoord gedeputeerde: ______________________ datum: ____________", size=9),
    ]
    return Doc("nota_fryslan_brugbediening_getekend.pdf", "nota", "rl-ttf", "Ruurdsma, P.",
               "Nota brugbediening Uitwellingerga", "2026-04-14", body, font="DejaVuSans", size=9.5,
               running=[Running("Provincie Fryslân · zaak [[01982734|ken]]", "footer", "all", "left", 7)],
               opts={"margins": (24, 22, 20, 22)},
               note="nota aan de gedeputeerde (houden) met kopblok met lijnen, behandelend ambtenaar met direct "
                    "nummer en e-mail, brugwachters ‘Eelke Andringa’ en ‘Sjouke Klomp’ naast ‘nou breekt mijn "
                    "klomp’ (houden), schipper met klacht (lakken), jachtwerf met familienaam (houden), "
                    "ondertekening ‘namens deze’ met handtekening en gedrukte naam (SIGNATURE), eigen bezoekadres")


# ------------------------------------------------------------------ Defensie, nota aan de minister, colofon (rl-ttf)

def nota_defensie_laagvliegen():
    col = ["Directoraat-Generaal Beleid", "Directie Ruimte en Omgeving",
           "Kalvermarkt 32\nDen Haag\nPostbus 20701\n2500 ES Den Haag", "[[www.defensie.nl|gn]]",
           "**Contactpersoon**\n[[Ashwin Soekhlal|P]]\nsenior beleidsadviseur",
           "T [[070 441 82 56|T]]\nM [[06 5127 8840|T]]\n[[a.soekhlal@mindef.nl|E]]",
           "**Datum**\n[[2 juni 2026|dt]]", "**Kenmerk**\n[[BS2026019337|ken]]"]
    body = [
        P("Nota", "title"),
        KV([("Aan", "de minister van Defensie"),
            ("Kopie aan", "de staatssecretaris van Defensie, [[Volkert Zegers|min]]"),
            ("Onderwerp", "klachten over laagvliegende helikopters boven de Peel")],
           label_w=0.2, size=9),
        P("Aanleiding", "h2"),
        P("Sinds het najaar van 2025 ontvangt Defensie meer klachten over laagvliegende helikopters boven de "
          "gemeenten Uden, Gemert-Bakel en Boekel. De Kamerleden [[Hetharia|kl]] en [[Van Ooijen|kl]] hebben "
          "op [[21 mei 2026|dt]] schriftelijke vragen gesteld (nr. [[2026Z09412|ken]]). Burgemeester "
          "[[Prinsen|oth]] van Uden heeft u op [[14 mei 2026|dt]] gevraagd om een gesprek met de bewoners."),
        P("Feiten", "h2"),
        P("Het Defensie Helikopter Commando oefent sinds oktober vaker in laagvlieggebied 10. Volgens "
          "luitenant-kolonel [[Radosław Kubiak|P]], hoofd operaties van het DHC, komt dat door de inzet van "
          "nieuwe bemanningen die hun kwalificaties moeten halen. In 2025 kwamen 212 klachten binnen, tegen 64 "
          "in 2024. Een bewonerscomité onder leiding van [[Tonny Geurtsen|P]] heeft een petitie met 1.340 "
          "handtekeningen aangeboden. De familie [[Tebbes|P]], die een paardenhouderij heeft, meldt dat twee "
          "paarden bij een overvlucht in paniek door een hek zijn gegaan."),
        P("Het TNO-onderzoek van [[Mulckhuyse|au]] en [[Tettero|au]] (2024) laat zien dat de hinder vooral "
          "wordt bepaald door de vlieghoogte en het aantal overvluchten na 22.00 uur, niet door het totale aantal "
          "vlieguren."),
        P("Advies", "h2"),
        P("1. Ga in op het verzoek van burgemeester [[Prinsen|oth]] en laat de staatssecretaris het gesprek met de "
          "bewoners voeren. Het DHC kan daarbij toelichting geven; [[Kubiak|P]] is bereid aan te schuiven.",
          "bullet"),
        P("2. Beperk de oefeningen na 22.00 uur tot twee avonden per week en maak het rooster vooraf bekend via "
          "de website.", "bullet"),
        P("3. Laat de afhandeling van de schade bij de familie [[Tebbes|P]] lopen via de Commissie "
          "Schadevergoedingen, zodat de familie niet naar de rechter hoeft.", "bullet"),
        P("Kamervragen", "h2"),
        P("De antwoorden op de vragen van [[Hetharia|kl]] en [[Van Ooijen|kl]] zijn in concept bijgevoegd. Wij "
          "stellen voor ze na het gesprek met de bewoners te versturen, zodat u de uitkomst kunt noemen. "
          "[[Geurtsen|P]] heeft laten weten dat het comité ook contact heeft gezocht met de Kamerleden."),
        P("Gevoeligheden", "h2"),
        P("De provincie Noord-Brabant werkt aan een gebiedsplan voor de Peel. Gedeputeerde Staten willen niet "
          "dat de oefeningen de plannen voor recreatie en natuur in de weg zitten. De minister van Landbouw, "
          "[[Chandra Pawirodikromo|min]], is over de paardenhouderij geïnformeerd."),
        Tbl([["Paraaf", "Naam", "Functie", "Datum"],
             ["[[ASo|I]]", "[[Ashwin Soekhlal|P]]", "steller", "[[2-6|dt]]"],
             ["[[GE|I]]", "[[Giselle Elhage|P]]", "directeur Ruimte en Omgeving", "[[3-6|dt]]"],
             ["[[WZ|I]]", "[[mr. Wout Zomerdijk|P]]", "plv. DG Beleid", "[[4-6|dt]]"]],
            [0.13, 0.37, 0.34, 0.16], size=8.5),
    ]
    return Doc("nota_defensie_laagvliegen_peel.pdf", "nota", "rl-ttf", "Soekhlal, A.",
               "Nota laagvliegen Peel", "2026-06-02", body, font="DejaVuSansCondensed", size=9.5,
               running=[Running("Kenmerk [[BS2026019337|ken]] · pagina {page}", "footer", "rest", "right", 7)],
               opts={"margins": (22, 16, 42, 22), "colofon_w": 52, "colofon_size": 7.2,
                     "colofon": col, "first_top": 0,
                     "logo": {"kind": "rijk", "lines": ["Ministerie van Defensie"]}},
               note="Rijkshuisstijl-nota aan de minister met colofon (contactpersoon met Surinaamse naam, direct en "
                    "mobiel nummer, e-mail), staatssecretaris en andere minister (houden), Kamerleden, burgemeester "
                    "met achternaam alleen en TNO-auteurs (houden), officier met Poolse naam, comitévoorzitter en "
                    "een familie (lakken), parafentabel met initialen ‘ASo’, ‘GE’, ‘WZ’ en ‘mr.’ bij de plv. DG")


# ------------------------------------------------------------------ Tilburg, nota aan directeur (lo, Arial)

def nota_tilburg_reisdocumenten():
    body = [
        P("**Gemeente Tilburg**", size=14, space_after=2),
        P("Nota", "title", size=15),
        KV([("Aan", "[[Klaartje Oortwijn|P]], directeur Publiekszaken"),
            ("Van", "[[Erdal Polat|P]], teamleider Burgerzaken"),
            ("Datum", "[[26 januari 2026|dt]]"),
            ("Registratienummer", "[[TB-2026-004175|ken]]"),
            ("Onderwerp", "wachttijden paspoorten en identiteitskaarten voorjaar 2026")],
           label_w=0.26, size=9.5, style="grid"),
        P("Aanleiding", "h2"),
        P("In 2026 verlopen veel paspoorten en identiteitskaarten die in 2016 zijn uitgegeven. Vanaf maart "
          "verwachten wij twee keer zoveel aanvragen als normaal. De [[RvIG|org]] heeft alle gemeenten gevraagd "
          "zich hierop voor te bereiden. De minister van Binnenlandse Zaken, [[Annechien Uiterwijk|min]], heeft "
          "in een brief aan de gemeenten gevraagd om de wachttijd onder de vier weken te houden."),
        P("Huidige situatie", "h2"),
        P("De wachttijd voor een afspraak is nu 19 dagen. In december was dat nog 8 dagen. Op piekdagen zijn "
          "alle balies bezet. Planner [[Yoshira Rosaria|P]] heeft berekend dat wij vanaf maart ongeveer 600 "
          "extra afspraken per week nodig hebben. [[Mingyu Liang|P]] en [[Stef Vrielink|P]] hebben in december "
          "een proef gedaan met avondopenstelling op dinsdag; die was binnen een dag volgeboekt."),
        P("Klachten", "h2"),
        P("Het aantal klachten neemt toe. Mevrouw [[Wientjes|P]] schreef de burgemeester dat zij haar vakantie "
          "moest annuleren omdat ze niet op tijd een paspoort kon krijgen. Burgemeester [[Bertus Winkelman|oth]] "
          "heeft gevraagd om een voorstel. Ook wethouder [[Fadime Sezer|oth]] (dienstverlening) wil in februari "
          "worden bijgepraat."),
        P("Voorstel", "h2"),
        P("1. Van maart tot en met juni op dinsdag en donderdag avondopenstelling in het Stadskantoor.",
          "bullet"),
        P("2. Zes tijdelijke medewerkers inhuren; [[Yoshira|P]] maakt het rooster.", "bullet"),
        P("3. Een campagne ‘Kijk nu naar je paspoort’ via de website en de lokale media. [[Lieve Klok|P]] van "
          "Communicatie heeft een plan gemaakt.", "bullet"),
        P("4. Spoedaanvragen alleen via het algemene nummer [[14 013|gn]] of "
          "[[burgerzaken@tilburg.nl|mb]].", "bullet"),
        P("Kosten", "h2"),
        P("De extra kosten zijn ongeveer € 240.000. Daar staan extra leges tegenover van ongeveer € 150.000. Het "
          "verschil kan uit de reserve Dienstverlening worden betaald."),
        P("Risico’s", "h2"),
        P("Het grootste risico is dat wij niet op tijd genoeg mensen kunnen werven. Volgens [[Klok|P]] wordt het "
          "een race tegen de [[klok|w]] als mensen die hun paspoort pas in de zomer nodig hebben, niet nu al een "
          "afspraak maken. [[Liang|P]] wijst erop dat het nieuwe afsprakensysteem pas in mei "
          "klaar is."),
        P("Gevraagd besluit", "h2"),
        P("Stemt u in met het voorstel en de dekking? Dan leg ik het voor aan wethouder [[Sezer|oth]]."),
        PB(),
        P("Bijlage 1 – Aanvragen en prognose", "h2"),
        P("Aantal aanvragen reisdocumenten per maand (2016 werkelijk, 2026 prognose RvIG en eigen planning)."),
        Tbl([["Maand", "2016", "2026 prognose", "Capaciteit nu", "Tekort"],
             ["januari", "2.310", "2.450", "2.600", "–"],
             ["februari", "2.480", "2.900", "2.600", "300"],
             ["maart", "3.950", "4.800", "2.600", "2.200"],
             ["april", "4.420", "5.300", "2.600", "2.700"],
             ["mei", "4.610", "5.450", "2.600", "2.850"],
             ["juni", "4.380", "5.100", "2.600", "2.500"],
             ["juli", "2.970", "3.400", "2.300", "1.100"]],
            [0.2, 0.15, 0.22, 0.22, 0.21], size=9),
        P("Bijlage 2 – Inzet medewerkers avondopenstelling (concept)", "h2"),
        Tbl([["Avond", "Balie 1", "Balie 2", "Balie 3", "Coördinatie"],
             ["di [[3 maart|dt]]", "[[Mingyu Liang|P]]", "[[Stef Vrielink|P]]", "inhuur", "[[Yoshira Rosaria|P]]"],
             ["do [[5 maart|dt]]", "[[Stef Vrielink|P]]", "inhuur", "inhuur", "[[Erdal Polat|P]]"],
             ["di [[10 maart|dt]]", "[[Mingyu Liang|P]]", "inhuur", "inhuur", "[[Yoshira Rosaria|P]]"]],
            [0.16, 0.22, 0.2, 0.16, 0.26], size=9),
        P("De inzet van tijdelijke medewerkers wordt in februari ingevuld. [[Vrielink|P]] werkt de nieuwe "
          "collega’s in. Bij ziekte belt de coördinator het uitzendbureau via het algemene nummer.", size=9.5),
    ]
    return Doc("nota_tilburg_wachttijden_reisdocumenten.pdf", "nota", "lo", "Polat, O.",
               "Nota wachttijden reisdocumenten", "2026-01-26", body, font="Arial", size=10,
               running=[Running("Nota wachttijden reisdocumenten – steller [[E. Polat|P]]", "header", "all",
                                "right", 7.5)],
               opts={"margins": (25, 22, 22, 20), "space_after": 6, "line_spacing": 1.15},
               note="nota aan een directeur (lakken) met kopblok als rastertabel, steller in de koptekst als ‘E. "
                    "Polat’ (Turkse naam), planner met Antilliaanse naam en voornaam alleen, medewerkers met "
                    "Chinese en Nederlandse naam, inwoner alleen met achternaam, ‘Lieve Klok’ / ‘Klok’ naast ‘een race tegen de klok’ "
                    "(houden), minister, burgemeester en wethouder (houden), 14-nummer en mailbox")


def docs():
    return [nota_fin_massaal_bezwaar_box3(), nota_fryslan_brugbediening_getekend(), nota_defensie_laagvliegen(),
            nota_tilburg_reisdocumenten()]
