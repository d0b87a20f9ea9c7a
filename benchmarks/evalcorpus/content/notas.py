"""Nota's: to a minister (Rijkshuisstijl colofon), a gedeputeerde, a wethouder; a beslisnota."""
from markup import KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def nota_ienw():
    c = [
        "**Directoraat-Generaal Mobiliteit**",
        "Directie Wegen en Verkeersveiligheid",
        "[[Rijnstraat 8|pl]]\n[[2515 XP Den Haag|pl]]\nPostbus 20901\n2500 EX Den Haag",
        "[[www.rijksoverheid.nl/ienw|gn]]",
        "**Contactpersoon**\n[[Fenna Brouwers-Agyeman|P]]\nbeleidsmedewerker geluid",
        "T [[06 4137 2290|T]]\n[[fenna.brouwers-agyeman@minienw.nl|E]]",
        "**Kenmerk**\n[[IENW/BSK-2024/118734|ken]]",
        "**Bijlagen**\n2",
    ]
    body = [
        P("Nota", "title"),
        P("**Aan** de minister van Infrastructuur en Waterstaat\n**Van** DG Mobiliteit\n"
          "**Datum** [[14 maart 2024|dt]]\n**Onderwerp** Extra geluidsschermen A27 Houten–Nieuwegein", "body"),
        Sp(3),
        P("Beslispunten", "h2"),
        P("U wordt gevraagd in te stemmen met de uitbreiding van het geluidsscherm langs de A27 ter hoogte van "
          "de wijk Schonauwen in [[Houten|pl]] met 640 meter, en met de financiering daarvan binnen het "
          "programma Geluid langs Rijkswegen.", "bullet"),
        P("U wordt gevraagd de bijgevoegde beantwoording van de Kamervragen van het lid "
          "[[Veldkamp-Nasser|kl]] (NSC) te ondertekenen.", "bullet"),
        P("Aanleiding", "h2"),
        P("Bewoners van Schonauwen klagen sinds de ingebruikname van de verbrede A27 over nachtelijk geluid. "
          "Het lid [[Veldkamp-Nasser|kl]] heeft op [[20 februari 2024|dt]] schriftelijke vragen gesteld "
          "(kenmerk [[2024Z02816|ken]]). Tijdens het commissiedebat van 7 maart heeft u toegezegd de Kamer vóór "
          "het zomerreces te informeren over mogelijke aanvullende maatregelen."),
        P("Kern", "h2"),
        P("Rijkswaterstaat heeft in januari nieuwe metingen laten doen. Op vier van de negen meetpunten ligt de "
          "geluidsbelasting boven de geluidproductieplafonds. Het projectteam van Rijkswaterstaat (projectmanager "
          "[[Wessel ter Laak|P]]) adviseert het bestaande scherm van 4 meter te verlengen in plaats van het te "
          "verhogen. [[Ter Laak|P]] verwacht dat de bouw in het derde kwartaal van 2025 kan beginnen, mits de "
          "gemeente de benodigde grond tijdig beschikbaar stelt."),
        P("Een stil wegdek (tweelaags ZOAB) is onderzocht, maar levert op de [[lange termijn|w]] minder op: het moet "
          "elke zeven jaar worden vervangen en de reductie neemt in die periode af. Uit het overleg met het "
          "ministerie van Financiën (inspecteur [[Gijs Lange|P]]) blijkt dat de kosten passen binnen de "
          "reservering voor 2025; [[Lange|P]] vraagt wel om een nadere raming na de aanbesteding."),
        P("Draagvlak en omgeving", "h2"),
        P("Wethouder [[Aydoğan|oth]] van [[Houten|pl]] steunt het voorstel en heeft aangeboden de inpassing "
          "met het groen in de wijk af te stemmen. De bewonersvereniging Schonauwen is op "
          "[[5 maart 2024|dt]] geïnformeerd door de omgevingsmanager van Rijkswaterstaat, "
          "[[Anouk Sprenger|P]]. Zij meldt dat de vereniging de verlenging steunt maar aandringt op begroeiing "
          "aan de wijkzijde."),
        P("Juridisch", "h2"),
        P("Volgens de juridisch adviseur van de directie, [[mr. Eline Kortekaas|P]], is voor de verlenging "
          "geen tracébesluit nodig; een projectbesluit onder de Omgevingswet volstaat. [[Kortekaas|P]] wijst "
          "erop dat de procedure ongeveer negen maanden vraagt."),
        P("Communicatie", "h2"),
        P("Na uw akkoord stuurt u de antwoorden naar de Kamer. De woordvoering loopt via de directie "
          "Communicatie ([[persvoorlichting@minienw.nl|mb]], [[070 456 1500|gn]])."),
        Sp(3),
        Tbl([["Paraaf", "Naam", "Datum"],
             ["beleidsmedewerker", "[[FBA|I]]", "[[13 maart 2024|dt]]"],
             ["directeur WV", "[[Jeroen van Kesteren|P]]", "[[13 maart 2024|dt]]"],
             ["DG Mobiliteit", "[[H.W. Kamsteeg|P]]", "[[14 maart 2024|dt]]"]],
            [0.3, 0.42, 0.28], size=8.5),
    ]
    return Doc("nota_ienw_geluidsschermen_a27.pdf", "nota", "rl-ttf", "Brouwers-Agyeman, F.",
               "Nota extra geluidsschermen A27", "2024-03-14", body,
               running=[Running("Datum [[14 maart 2024|dt]] | Kenmerk [[IENW/BSK-2024/118734|ken]]",
                                "header", "rest", size=7.5),
                        Running("Pagina {page}", "footer", "all", "right", 7.5)],
               font="LiberationSans", size=9.5,
               opts={"colofon": c, "colofon_w": 52, "margins": (22, 14, 42, 22), "first_top": 0,
                     "logo": {"kind": "rijk", "lines": ["Ministerie van Infrastructuur", "en Waterstaat"]}},
               note="nota aan de minister, Rijkshuisstijl colofon, paraaf-tabel")




def nota_overijssel():
    body = [
        P("MEMO AAN GEDEPUTEERDE STATEN", "title", size=14),
        KV([("Aan", "gedeputeerde [[Hanneke Stoelinga|oth]] (Natuur en Landschap)"),
            ("Van", "[[Rik Hylkema|P]], team Natuur en Water"),
            ("Via", "[[Bram in 't Veld|P]], teammanager"),
            ("Datum", "[[2 april 2024|dt]]"),
            ("Zaaknummer", "[[2024-004417|ken]]"),
            ("Onderwerp", "De [[wolf|w]] in Salland: preventieve rasters en schaderegeling")],
           label_w=0.2, style="shaded", size=9.5),
        P("1. Aanleiding", "h2"),
        P("Sinds het najaar van 2023 is de [[wolf|w]] meerdere keren waargenomen in Salland, onder meer bij "
          "[[Heeten|pl]] en [[Raalte|pl]]. Op [[11 maart 2024|dt]] zijn op een bedrijf aan de "
          "[[Kolkweg 18|A]] bij [[Heeten|pl]] zeven schapen gedood. De eigenaar, de heer "
          "[[Hendrik Wubbels|P]], heeft de provincie gevraagd om vergoeding en om hulp bij het plaatsen van "
          "rasters. De heer [[Wubbels|P]] heeft ook contact gezocht met de pers."),
        P("2. Wat vragen wij van u", "h2"),
        P("Wij vragen u (a) in te stemmen met het openstellen van de subsidieregeling preventieve middelen "
          "voor heel Salland en (b) kennis te nemen van de stand van zaken rond de schademeldingen. In het "
          "portefeuillehoudersoverleg van [[9 april 2024|dt]] kunt u aangeven of u de regeling nog dit "
          "voorjaar in GS wilt brengen."),
        P("3. Toelichting", "h2"),
        P("[[In 't Veld|P]] heeft met BIJ12 afgestemd hoe de schade wordt getaxeerd. Een taxateur heeft het "
          "bedrijf op [[13 maart 2024|dt]] bezocht; het rapport verwachten wij eind april. Voor de rasters "
          "adviseert de ecoloog van ons team, [[Sietske Wolf|P]], een hoogte van 1,20 meter met vier "
          "stroomdraden. Volgens mevrouw [[Wolf|P]] is dit de norm die ook in Gelderland en Drenthe wordt "
          "gebruikt. Zij heeft de kosten geraamd op € 9 à € 12 per strekkende meter."),
        P("Het Landgoed [[Het Everloo|pl]] en de [[Stichting IJssel en Sallandse Heuvelrug|org]] willen als "
          "proeftuin meedoen. Hun contactpersoon, [[Serkan Arslan|P]], heeft toegezegd dat zij de rasters op "
          "eigen terrein zelf onderhouden."),
        Tbl([["Melding", "Locatie", "Datum", "Dieren", "Status"],
             ["M-24-031", "[[Heeten|pl]], [[Kolkweg 18|A]]", "11-03-2024", "7 schapen", "taxatie"],
             ["M-24-027", "Lemelerveld", "02-03-2024", "2 kalveren", "afgewezen (hond)"],
             ["M-24-019", "[[Raalte|pl]], buitengebied", "14-02-2024", "3 schapen", "toegekend"]],
            [0.14, 0.34, 0.16, 0.16, 0.2], size=8.5),
        P("4. Financiën", "h2"),
        P("De regeling vraagt € 350.000 uit het budget Natuurinclusieve landbouw. Controller "
          "[[Joost Haverkamp|P]] heeft bevestigd dat dit budget nog niet volledig is belegd."),
        P("5. Communicatie", "h2"),
        P("Wij stellen voor dat u na het GS-besluit een persbericht laat uitgaan. Vragen van inwoners kunnen "
          "naar [[wolf@overijssel.nl|mb]] of het algemene nummer [[038 499 88 99|gn]]."),
        Sp(4),
        P("[[RH|I]] / [[BitV|I]]", "small"),
        PB(),
        P("Bijlage 1 – Reacties uit de omgeving (samenvatting)", "h2"),
        P("Sinds de aanval in [[Heeten|pl]] hebben wij 37 reacties ontvangen. Hieronder een selectie; de volledige "
          "lijst staat in het zaakdossier."),
        Tbl([["Datum", "Van", "Kern van de reactie"],
             ["[[12-03-2024|dt]]", "[[Hendrik Wubbels|P]]", "Vraagt om volledige vergoeding en om hulp bij "
                                                          "rasters; overweegt te stoppen met schapen."],
             ["[[14-03-2024|dt]]", "LTO Noord, afdeling Salland", "Wil een vast aanspreekpunt bij de provincie en "
                                                                   "snellere taxaties."],
             ["[[15-03-2024|dt]]", "[[Geesje Roelofs-Hulshof|P]]", "Houdt zes pony's in de wei aan de "
                                                                  "[[Holterweg 77|A]] en vraagt of ook "
                                                                  "paardenhouders subsidie kunnen krijgen."],
             ["[[18-03-2024|dt]]", "Natuurmonumenten", "Steunt preventie; vraagt aandacht voor doorgangen voor "
                                                        "reeën en dassen."],
             ["[[21-03-2024|dt]]", "[[Arend-Jan Meulman|P]]", "Vindt dat de [[wolf|w]] moet worden afgeschoten; "
                                                             "dreigt met een petitie."]],
            [0.14, 0.28, 0.58], size=8.5),
        P("[[Hylkema|P]] heeft alle indieners een ontvangstbevestiging gestuurd. Wij stellen voor de reacties "
          "mee te nemen in de evaluatie van de regeling na één jaar."),
        P("Bijlage 2 – Stand van zaken schademeldingen 2023–2024", "h2"),
        P("In 2023 zijn in Overijssel 41 schademeldingen gedaan, waarvan er 29 zijn toegekend. Het totale "
          "uitgekeerde bedrag was € 38.400. In de eerste drie maanden van 2024 zijn al 14 meldingen gedaan. "
          "Mevrouw [[Wolf|P]] verwacht dat het aantal meldingen in het voorjaar verder stijgt, omdat in het "
          "lammerseizoen meer dieren buiten lopen."),
    ]
    return Doc("memo_gedeputeerde_wolf_salland.pdf", "nota", "rl-std", "Rik Hylkema", "Memo GS wolf Salland",
               "2024-04-02", body,
               running=[Running("Provincie Overijssel | Luttenbergstraat 2, Zwolle | [[www.overijssel.nl|gn]]",
                                "footer", "all", "center", 7)],
               font="Helvetica", size=9.5,
               opts={"margins": (24, 24, 30, 22),
                     "logo": {"kind": "bar", "lines": ["**Provincie Overijssel**"], "color": "#6a1e3c",
                              "italic": False, "size": 12}},
               note="memo aan gedeputeerde, gekleurde balk, kader-kopblok")


def nota_apeldoorn():
    body = [
        P("Gemeente Apeldoorn", "h1", size=15),
        P("Nota aan de wethouder", "h2"),
        KV([("Aan", "wethouder [[Daan Kloosterboer|oth]]"),
            ("Van", "[[Shanti Bhoelai|P]], beleidsadviseur Werk en Inkomen"),
            ("Datum", "[[23 januari 2024|dt]]"),
            ("Onderwerp", "Evaluatie vroegsignalering schulden 2023"),
            ("Registratienummer", "[[Z24.00871|ken]]"),
            ("Afstemming met", "[[Tomasz Wiśniewski|P]] (data-analist), [[Marieke de Groot|P]] (team "
                               "Schuldhulpverlening), juridische zaken")],
           label_w=0.28, style="grid", size=9.5),
        P("Waarom deze nota", "h2"),
        P("In 2023 hebben wij voor het eerst een volledig jaar gewerkt met signalen van woningcorporaties, "
          "energie- en drinkwaterbedrijven en zorgverzekeraars. U heeft gevraagd om een evaluatie voordat de "
          "raad in maart over de verlenging besluit. Deze nota geeft de belangrijkste uitkomsten en een "
          "voorstel voor de informatie aan de raad."),
        P("Uitkomsten", "h2"),
        P("We ontvingen 3.412 signalen; bij 1.187 huishoudens is contact gelegd, 402 huishoudens zijn "
          "doorgestroomd naar schuldhulp. Een [[groot deel|w]] van de signalen (61 %) kwam van de woningcorporaties. "
          "[[Wiśniewski|P]] heeft de cijfers gekoppeld aan de wijkindeling: in Zuidbroek en De Maten is het "
          "bereik het hoogst, in het centrum het laagst."),
        P("[[De Groot|P]] merkt op dat de doorlooptijd tussen signaal en huisbezoek is opgelopen tot gemiddeld "
          "23 dagen. Dat komt vooral door de personele bezetting in het najaar. Volgens [[Marieke|P]] werkt "
          "de samenwerking met [[Humanitas Thuisadministratie|org]] en het [[Leger des Heils|org]] goed, maar "
          "is het bereik onder zzp'ers beperkt."),
        P("Privacy", "h2"),
        P("De functionaris gegevensbescherming heeft de werkwijze in december getoetst. Het advies is om "
          "signalen die na 90 dagen niet tot contact hebben geleid te verwijderen. Dit gebeurt nu na 180 "
          "dagen. Wij stellen voor het advies over te nemen."),
        P("Voorstel", "h2"),
        P("1. De raad met een raadsinformatiebrief informeren over de evaluatie (concept bijgevoegd).", "body"),
        P("2. De bewaartermijn van signalen verkorten tot 90 dagen.", "body"),
        P("3. In het voorjaar een werkbezoek brengen aan het team Schuldhulpverlening aan de "
          "[[Marktplein 1|pl]].", "body"),
        P("Risico's", "h2"),
        P("Het budget voor 2024 is gebaseerd op 1,0 fte extra. Als de aantallen blijven stijgen, is dat niet "
          "genoeg. Dit punt bespreken wij graag met u in het portefeuilleoverleg van [[30 januari|dt]]."),
        Sp(2),
        P("Met vriendelijke groet,\n[[Shanti|P]]"),
    ]
    return Doc("nota_wethouder_vroegsignalering.pdf", "nota", "lo", "Bhoelai, Shanti", "Nota wethouder evaluatie "
               "vroegsignalering", "2024-01-23", body,
               running=[Running("Nota aan de wethouder – behandelaar [[S. Bhoelai|P]] – [[Z24.00871|ken]]",
                                "header", "all", "right", 8),
                        Running("Gemeente Apeldoorn · Postbus 9033 · 7300 ES Apeldoorn · telefoon [[055 580 1000|gn]]",
                                "footer", "all", "center", 8)],
               font="Arial", size=10.5, opts={"margins": (25, 22, 25, 22)},
               note="nota aan wethouder, kopblok als tabel met rasters, naam in koptekst")


def beslisnota_bzk():
    body = [
        P("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "small"),
        P("Directoraat-Generaal Overheidsorganisatie – Rijksvastgoedbedrijf", "small"),
        Sp(2),
        P("BESLISNOTA", "title"),
        KV([("Onderwerp", "Huisvesting rijksdiensten Zwolle: keuze voor de Zwolse Poort"),
            ("Datum", "[[6 juni 2024|dt]]"),
            ("Kenmerk", "[[2024-0000318804|ken]]"),
            ("Ter beslissing aan", "staatssecretaris Koninkrijksrelaties en Digitalisering"),
            ("Opsteller", "[[Mei-Lin Tjoa|P]]"),
            ("Telefoon", "[[06 2581 4406|T]]")],
           label_w=0.27, style="lines", size=11),
        P("Beslispunt", "h2"),
        P("Kiezen voor variant B: nieuwbouw van een rijkskantoor bij het station van [[Zwolle|pl]] "
          "(Zwolse Poort), te betrekken door het CJIB, de Belastingdienst en DUO, met oplevering in 2029."),
        P("Toelichting", "h2"),
        P("De huidige kantoren aan de [[Lübeckplein|pl]] en de [[Zeven Alleetjes|pl]] voldoen vanaf 2030 niet "
          "meer aan de eisen voor energielabel A. Renovatie (variant A) is volgens de doorrekening van het "
          "Rijksvastgoedbedrijf circa 14 % duurder over de looptijd van 25 jaar. Het projectteam onder "
          "leiding van [[Geert-Jan van den Heuvel|P]] heeft de varianten in april met de drie diensten "
          "besproken."),
        P("[[Van den Heuvel|P]] signaleert dat DUO bezwaar heeft tegen het gedeelde restaurant; de "
          "facilitair manager van DUO, [[Yasmina Ait Taleb|P]], vraagt om een eigen ontvangstruimte voor "
          "studenten. Dat is in variant B inpasbaar. Mevrouw [[Ait Taleb|P]] is akkoord met de planning."),
        P("Financiën", "h2"),
        P("De investering bedraagt € 186 mln. (prijspeil 2024). De Inspectie der Rijksfinanciën is "
          "geïnformeerd. De gemeente [[Zwolle|pl]] draagt bij aan de openbare ruimte rond het station; "
          "wethouder [[Okkema|oth]] heeft dat in een brief van [[22 mei 2024|dt]] bevestigd."),
        P("Risico's", "h2"),
        P("De stikstofdepositie tijdens de bouw is nog niet definitief berekend. Als een "
          "natuurvergunning nodig is, schuift de oplevering ongeveer een jaar op."),
        P("Parafering", "h2"),
        Tbl([["Functie", "Naam", "Paraaf", "Datum", "Opmerking"],
             ["opsteller", "[[Mei-Lin Tjoa|P]]", "[[MLT|I]]", "[[5-6-2024|dt]]", ""],
             ["projectdirecteur", "[[Geert-Jan van den\nHeuvel|P]]", "[[GJvdH|I]]", "[[5-6-2024|dt]]",
              "akkoord"],
             ["directeur Portfolio", "[[drs. Rutger\nSchoemaker|P]]", "[[RS|I]]", "[[6-6-2024|dt]]",
              "akkoord, wel risico stikstof benoemen in Kamerbrief"],
             ["plv. DGOO", "[[Ifeoma|P]]\n[[Okonkwo-Brands|P]]", "[[IOB|I]]", "[[6-6-2024|dt]]", ""],
             ["staatssecretaris", "", "", "", "akkoord / niet akkoord"]],
            [0.22, 0.26, 0.12, 0.14, 0.26], size=9.5),
        P("Ter kennisname aan: [[Coördinatiepunt Woo BZK|mb]], Financieel-Economische Zaken.", "small"),
    ]
    return Doc("beslisnota_rijkskantoor_zwolle.pdf", "nota", "lo", "Tjoa, M.L.", "Beslisnota huisvesting "
               "rijksdiensten Zwolle", "2024-06-06", body,
               running=[Running("Kenmerk [[2024-0000318804|ken]]", "footer", "all", "left", 8)],
               font="Times New Roman", size=11, opts={"margins": (28, 22, 22, 20)},
               note="beslisnota met parafentabel, namen afgebroken in cellen")


def docs():
    return [nota_ienw(), nota_overijssel(), nota_apeldoorn(), beslisnota_bzk()]
