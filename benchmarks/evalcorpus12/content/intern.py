"""Internal and supervisory documents: a participants list of a regional meeting (reportlab TTF, DejaVu Sans
Condensed), a ministry note with footnotes citing published authors next to an internal memo (reportlab TTF,
DejaVu Serif), the minutes of a general meeting of a playground association attached to a subsidy file (reportlab,
Helvetica) and a GGD inspection report on a day-care centre (python-docx -> LibreOffice)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


# ------------------------------------------------------------------ participants list (reportlab TTF)

def deelnemerslijst_regiodag_warmte_drenthe():
    rows = [["Nr.", "Naam", "Organisatie", "Functie", "Sessie"],
            ["1", "[[Lubbert Kiewiet|oth]]", "Provincie Drenthe", "gedeputeerde Energie", "plenair (opening)"],
            ["2", "[[Jitske Wolders|P]]", "Provincie Drenthe", "programmamanager Warmte", "A"],
            ["3", "[[Gonda Zeevalkink|oth]]", "Gemeente Emmen", "wethouder Duurzaamheid", "A"],
            ["4", "[[Hendra Wijaya|P]]", "Gemeente Emmen", "adviseur warmtetransitie", "A"],
            ["5", "[[Eelco Harbrink|oth]]", "Gemeente Assen", "wethouder", "B"],
            ["6", "[[Ursula Ribbink|P]]", "Gemeente Assen", "projectleider wijkaanpak", "B"],
            ["7", "[[Ubbo Meinsma|oth]]", "Gemeente Westerveld", "burgemeester", "plenair"],
            ["8", "[[Ferdi Langeveld|P]]", "[[RES Drenthe|org]]", "programmasecretaris", "A"],
            ["9", "[[Twan Brummelhuis|P]]", "[[Enexis Netbeheer|org]]", "accountmanager gemeenten", "B"],
            ["10", "[[Lammert Jelsma|P]]", "[[Woonservice Drenthe|org]]", "strategisch adviseur vastgoed", "B"],
            ["11", "[[Olaf Hummelink|P]]", "[[Installatiebedrijf Meppelink & Zn.|org]]", "werkvoorbereider", "A"],
            ["12", "[[Dieuwke Rienstra|P]]", "[[Energiecoöperatie Drentsche Aa|org]]", "vrijwilliger", "A"],
            ["13", "[[Chun Lei Deng|P]]", "[[TNO|org]]", "onderzoeker warmtenetten", "B"],
            ["14", "[[Kwesi Asamoah|P]]", "Rijksuniversiteit Groningen", "student (stage RES)", "A"],
            ["15", "[[Derkje Bakhuis|P]]", "Provincie Drenthe", "verslag", "A en B"]]
    body = [
        P("**Regiodag Warmtetransitie Drenthe**", size=14, space_after=2),
        P("[[9 april 2026|dt]] · Drents Museum, Assen · 13.00–17.00 uur", size=9, space_after=8),
        P("Deelnemerslijst (stand [[7 april 2026|dt]])", "h2"),
        Tbl(rows, [0.06, 0.24, 0.27, 0.27, 0.16], size=8.5, shade="#cfe2f3"),
        P("Sessie A: wijkgerichte aanpak en bewonersparticipatie (zaal 1). Sessie B: netcongestie en collectieve "
          "warmte (zaal 2). De gedeputeerde opent om 13.00 uur; burgemeester [[Meinsma|oth]] sluit af.",
          size=8.5),
        P("Dieetwensen en bijzonderheden: [[Dieuwke|P]] (rolstoel, graag zaal 1 op de begane grond), "
          "[[Kwesi|P]] (vegetarisch).", size=8.5),
        P("Afmeldingen: [[Ludger Tiemens|P]] ([[Gemeente Tynaarlo|org]]) en [[Derya Ünlüer|P]] "
          "([[Enexis Netbeheer|org]]); [[Twan|P]] neemt de presentatie van [[Derya|P]] over.", size=8.5),
        Sp(2),
        HR(),
        P("Aanmelden en vragen: [[regiodagwarmte@drenthe.nl|mb]] · Provinciehuis, [[Westerbrink 1|pl]], Assen · "
          "[[0592 365 555|gn]]", size=7.5),
        P("Lijst bijgehouden door [[Derkje Bakhuis|P]] ([[06 3817 2045|T]])", size=7.5),
    ]
    return Doc("deelnemerslijst_regiodag_warmtetransitie_drenthe.pdf", "tabel", "rl-ttf", "Bakhuis, A.",
               "Deelnemerslijst Regiodag Warmte", "2026-04-07", body, font="DejaVuSansCondensed", size=9.5,
               opts={"margins": (20, 18, 18, 18)},
               note="deelnemerslijst van een regiodag (tabel naam / organisatie / functie / sessie): gedeputeerde, "
                    "twee wethouders en een burgemeester (houden) in dezelfde kolom als ambtenaren, medewerkers "
                    "van netbeheerder, corporatie en installateur, vrijwilliger, onderzoeker en student (lakken), "
                    "installatiebedrijf met persoonsnaam (houden), dieetwensen met voornamen, afmeldingen met "
                    "Turkse naam, mailbox, provinciehuis en algemeen nummer (houden), bijhouder met 06-nummer")


# ------------------------------------------------------------------ note with footnotes (reportlab TTF)

def nota_voetnoten_laaggeletterdheid_ocw():
    fn = 8
    body = [
        P("Ministerie van Onderwijs, Cultuur en Wetenschap", size=8.5, space_after=1),
        P("Directie Voortgezet Onderwijs", size=8.5, space_after=12),
        P("NOTA", "title"),
        KV([("Aan", "de staatssecretaris van OCW"),
            ("Van", "[[Jorinde Wassenbergh|P]], senior beleidsmedewerker"),
            ("Kopie aan", "[[Overgoor, T.|P]] (DVO); [[Lindhout, S.|P]] (FEZ); Kabinet (woordvoering)"),
            ("Datum", "[[24 februari 2026|dt]]"),
            ("Kenmerk", "[[OCW/VO-2026/418853|ken]]"),
            ("Onderwerp", "reactie op het onderzoek naar laaggeletterdheid onder ouders van vo-leerlingen")],
           label_w=0.18, size=9),
        P("1. Aanleiding", "h2"),
        P("Op [[10 februari 2026|dt]] verscheen het onderzoek ‘Ouders buiten beeld’ naar laaggeletterdheid onder "
          "ouders van leerlingen in het voortgezet onderwijs.¹ De onderzoekers, [[Kloosterziel|au]] en "
          "[[Aissati|au]], schatten dat 1 op de 7 ouders moeite heeft met brieven en apps van school. "
          "[[Kloosterziel|au]] heeft de resultaten op [[12 februari 2026|dt]] in het NOS Journaal toegelicht. U "
          "heeft de Kamer toegezegd vóór het zomerreces een reactie te sturen (motie-[[Zuidhof|kl]]).²"),
        P("2. Wat staat er in het onderzoek?", "h2"),
        P("Scholen communiceren vooral schriftelijk en digitaal. Ouders met een beperkte taalvaardigheid missen "
          "daardoor informatie over verzuim, toetsen en de overstap naar het vervolgonderwijs. De onderzoekers "
          "bevelen aan om elke school een vast aanspreekpunt voor ouders te laten aanwijzen en om de "
          "[[Stichting Lezen & Schrijven|org]] structureel te betrekken. De [[Inspectie van het Onderwijs|org]] "
          "kwam eerder tot een vergelijkbare conclusie.³"),
        P("3. Financiële ruimte", "h2"),
        P("Volgens een interne analyse van FEZ is er in 2026 geen ruimte binnen de begroting; vanaf 2027 kan "
          "€ 4 miljoen vrijkomen uit de onderuitputting van de regeling Schoolkosten.⁴ [[Senna Lindhout|P]] (FEZ) "
          "wijst erop dat dit bedrag ook voor andere moties is gereserveerd. [[Lindhout|P]] adviseert "
          "daarom geen bedrag in de Kamerbrief te noemen."),
        Sp(3), HR(),
        P("¹ [[Kloosterziel, R.|au]] en [[Aissati, D.|au]] (2026), Ouders buiten beeld. Laaggeletterdheid en "
          "ouderbetrokkenheid in het vo. Utrecht: [[Oberon|org]].", size=fn, space_after=2),
        P("² Kamerstuk [[31 293, nr. 804|ken]], motie van het lid [[Zuidhof|kl]] c.s.", size=fn, space_after=2),
        P("³ [[Inspectie van het Onderwijs|org]] (2025), De Staat van het Onderwijs 2025, p. 112.", size=fn,
          space_after=2),
        P("⁴ Memo van [[S. Lindhout|P]] aan de DG, ‘Dekking ouderbetrokkenheid’, [[18 februari 2026|dt]], niet "
          "openbaar; cijfers bijgewerkt door [[Tijn Overgoor|P]].", size=fn, space_after=2),
        PB(),
        P("4. Advies", "h2"),
        P("Wij adviseren u in de Kamerbrief de aanbevelingen over het aanspreekpunt over te nemen en de "
          "overige aanbevelingen te laten uitwerken met de VO-raad. Uw collega, minister "
          "[[Gerritsma-Eze|min]], heeft in het overleg van [[19 februari 2026|dt]] aangegeven dat de ouderapp "
          "van de rijksoverheid hierbij kan helpen. Staatssecretaris [[Van Lierop|min]] (SZW) is "
          "verantwoordelijk voor het programma Tel mee met Taal; afstemming met SZW loopt via "
          "[[Tijn|P]] (DVO)."),
        P("5. Vervolg", "h2"),
        P("Na uw akkoord stellen wij een concept-Kamerbrief op. [[Kloosterziel|au]] heeft aangeboden het "
          "onderzoek op [[16 maart 2026|dt]] aan u toe te lichten; wij raden aan die uitnodiging aan te "
          "nemen.⁵ Contactpersoon voor de onderzoekers bij [[Oberon|org]] is de projectsecretaris, "
          "[[Elin Groenhart|P]]."),
        P("Akkoord staatssecretaris: ☐ ja ☐ nee ☐ bespreken"),
        Sp(3), HR(),
        P("⁵ Uitnodiging per e-mail van [[Elin Groenhart|P]] ([[e.groenhart@oberon.nl|E]]), "
          "[[20 februari 2026|dt]].", size=fn, space_after=2),
    ]
    return Doc("nota_staatssecretaris_laaggeletterdheid_ouders_ocw.pdf", "nota", "rl-ttf", "Wassenbergh, J.",
               "Nota reactie onderzoek laaggeletterdheid ouders", "2026-02-24", body, font="DejaVuSerif", size=9.5,
               running=[Running("[[OCW/VO-2026/418853|ken]] · pagina {page}", "footer", "all", "right", 7)],
               opts={"margins": (25, 22, 22, 22),
                     "logo": {"kind": "rijk", "lines": ["Ministerie van Onderwijs, Cultuur", "en Wetenschap"]}},
               note="nota aan de staatssecretaris met voetnoten onderaan elke pagina: onderzoekers van een "
                    "gepubliceerd rapport in de tekst en in de voetnoot als ‘Achternaam, V.’ (houden) naast een "
                    "interne memo van een FEZ-medewerker in een voetnoot (lakken), ‘Kopie aan’ als ‘Achternaam, "
                    "V.’, voornaam van een collega, projectsecretaris van het onderzoeksbureau met e-mail (lakken), "
                    "minister met dubbele naam, staatssecretaris van een ander ministerie en Kamerlid in "
                    "‘motie-…’ (houden)")


# ------------------------------------------------------------------ minutes of a general meeting (reportlab, Helvetica)

def notulen_alv_speeltuinvereniging():
    body = [
        P("**Speeltuinvereniging De Klauterhoek**", size=13, space_after=1),
        P("opgericht 1961 · KvK [[40357819|ken]] · [[secretaris@klauterhoek.nl|mb]]", size=8, space_after=10),
        P("Notulen algemene ledenvergadering", "h1", space_after=2),
        P("[[23 januari 2026|dt]], 20.00 uur, clubhuis aan de Lorentzlaan, Schiedam", size=9.5, space_after=6),
        P("Aanwezig: bestuur ([[Khadija Ech-Chafi|P]], voorzitter; [[Gerbrig Dijkman|P]], secretaris; "
          "[[Wigbold Kroeskop|P]], penningmeester; [[Jozef Kaczmarczyk|P]], lid) en 23 leden. Gast: wethouder "
          "[[Hinke Valkenier|oth]] (agendapunt 4) en [[Sjors Mostert|P]], consulent sport en spel van de "
          "gemeente. Notulen: [[Gerbrig|P]]."),
        P("1. Opening", "h2"),
        P("[[Khadija|P]] opent de vergadering en heet in het bijzonder de wethouder welkom. Er is een minuut "
          "stilte voor [[Roelina van Wieringen-Veurink|P]], veertig jaar lid en jarenlang de vaste kracht achter het "
          "paaseieren zoeken."),
        P("2. Jaarverslag secretaris", "h2"),
        P("[[Gerbrig|P]] licht het jaarverslag toe. Het ledental steeg van 212 naar 241 gezinnen. Er waren 38 "
          "vrijwilligers actief; [[Sinan Gökalp|P]] en [[Lotje Sterrenburg|P]] stoppen na dit seizoen als "
          "coördinatoren van de kiosk."),
        P("3. Financiën", "h2"),
        P("[[Wigbold|P]] presenteert de jaarrekening 2025. Het saldo op de rekening van de vereniging "
          "([[NL67 INGB 0006 5432 10|gn]]) was op [[31 december 2025|dt]] € 18.420. De kascommissie "
          "([[Karlijn Goudzwaard|P]] en [[Crispijn Ramdhani|P]]) heeft de stukken gecontroleerd en stelt voor het "
          "bestuur decharge te verlenen. Zo besloten. [[Lotje|P]] heeft € 146,30 voorgeschoten voor verf; dit "
          "wordt terugbetaald op haar rekening [[NL07 RABO 0318 8024 57|N]]."),
        P("4. Nieuwe speeltoestellen en subsidie", "h2"),
        P("Wethouder [[Valkenier|oth]] vertelt dat de gemeente in 2026 een budget heeft voor speelplekken in "
          "Schiedam-Noord. [[Sjors|P]] helpt met de aanvraag; hij vraagt het bestuur een offerte van "
          "[[Speeltoestellen Kompan|org]] en deze notulen mee te sturen. Een lid, de heer [[Lamrabet|P]], vraagt "
          "of er ook een toestel komt dat geschikt is voor kinderen in een rolstoel. [[Khadija|P]] zegt toe dat "
          "het bestuur dit meeneemt."),
        P("5. Bestuursverkiezing", "h2"),
        P("[[Jozef|P]] is aftredend en herkiesbaar en wordt bij acclamatie herkozen. [[Karlijn Goudzwaard|P]] "
          "stelt zich kandidaat als algemeen lid en wordt gekozen."),
        P("6. Rondvraag", "h2"),
        P("Mevrouw [[Sterrenburg|P]] vraagt of de openingstijden in de zomer kunnen worden verlengd. Het bestuur "
          "zoekt hiervoor vrijwilligers; aanmelden bij [[Gerbrig|P]] via de mailbox van de secretaris."),
        P("Actiepunten", "h2"),
        Tbl([["Wat", "Wie", "Wanneer"],
             ["Offerte speeltoestellen opvragen", "[[WK|I]]", "[[16 februari 2026|dt]]"],
             ["Subsidieaanvraag met consulent", "[[KE|I]] / [[GD|I]]", "[[1 maart 2026|dt]]"],
             ["Terugbetaling voorschot", "[[WK|I]]", "z.s.m."]],
            [0.56, 0.2, 0.24], size=9),
        P("Vastgesteld in de bestuursvergadering van [[5 februari 2026|dt]].", size=9),
    ]
    return Doc("notulen_alv_speeltuinvereniging_klauterhoek_schiedam.pdf", "verslag", "rl-std", "Gerbrig",
               "Notulen ALV 23 januari 2026", "2026-02-05", body, font="Helvetica", size=10,
               running=[Running("Notulen ALV [[23 januari 2026|dt]] – bijlage bij subsidieaanvraag "
                                "[[SUB-SPL-2026-014|ken]]", "footer", "all", "left", 7.5)],
               opts={"margins": (24, 22, 20, 22)},
               note="notulen van een ledenvergadering van een vereniging, als bijlage bij een subsidieaanvraag: "
                    "bestuursleden, kascommissie, vrijwilligers en leden (Marokkaanse, Poolse en Turkse naam; "
                    "lakken), overleden lid met dubbele naam, consulent van de gemeente, wethouder als gast "
                    "(houden), rekening van de vereniging (houden) naast het IBAN van een lid voor terugbetaling "
                    "(lakken), KvK-nummer en mailbox van de vereniging (houden), initialen in de actielijst")


# ------------------------------------------------------------------ GGD inspection report day care (LibreOffice)

def inspectierapport_ggd_kinderopvang_lent():
    body = [
        P("**GGD Gelderland-Zuid**", size=13, space_after=0),
        P("Toezicht Kinderopvang", size=9, space_after=12),
        P("Inspectierapport kinderdagverblijf", "title", size=16),
        KV([("Naam voorziening", "KDV De Wolkenfabriek"),
            ("Adres", "[[Griftdijk 14|pl]], 6663 AW Lent"),
            ("LRK-nummer", "[[208463715|ken]]"),
            ("Houder", "[[Kinderopvang De Wolkenfabriek B.V.|org]]"),
            ("Type onderzoek", "onaangekondigd incidenteel onderzoek"),
            ("Datum onderzoek", "[[11 februari 2026|dt]]"),
            ("Toezichthouder", "[[Ytje Roelvink|P]]"),
            ("Zaaknummer", "[[GGD-KO-26-1184|ken]]")],
           label_w=0.3, size=9.5, style="grid"),
        P("Aanleiding", "h2"),
        P("De gemeente Nijmegen heeft de GGD gevraagd een incidenteel onderzoek te doen na een melding van een "
          "ouder over de veiligheid op de buitenspeelplaats. Tijdens het onderzoek is gesproken met de "
          "locatiemanager, mevrouw [[Lianne Pekelharing|P]], en met twee beroepskrachten, [[Kasia Dąbrowska|P]] "
          "en [[Rintje Dolleman|P]]. De houder werd telefonisch vertegenwoordigd door de directeur-bestuurder, "
          "de heer [[Laurens Hulsebosch|P]]."),
        P("Bevindingen", "h2"),
        P("Bij aankomst om 9.40 uur speelden acht kinderen op de buitenspeelplaats onder toezicht van "
          "[[Kasia|P]]. Het hek naar de parkeerplaats stond open. Volgens [[Rintje|P]] wordt het hek ’s ochtends "
          "open gezet voor ouders die hun kinderen brengen en daarna gesloten; dat was die ochtend niet "
          "gebeurd. Mevrouw [[Pekelharing|P]] heeft het hek direct laten sluiten."),
        P("In het ongevallenregister staat op [[3 februari 2026|dt]] dat een peuter ([[Liv|P]], 2 jaar) via "
          "het hek naar de parkeerplaats is gelopen en door een ouder is teruggebracht. De ouders van het kind "
          "zijn diezelfde dag geïnformeerd. De melding aan de gemeente kwam van een andere ouder, de heer "
          "[[Jurriaan Peppelenbos|P]]."),
        P("Het veiligheidsbeleid noemt het hek wel, maar niet wie verantwoordelijk is voor het sluiten. De "
          "beroepskrachten kenden de afspraak, maar niet de tijd waarop het hek dicht moet. Eén invalkracht van "
          "het uitzendbureau, [[Yasemin Karakoyun|P]], was niet gekoppeld aan de houder in het Personenregister "
          "Kinderopvang; de houder heeft dat op de dag van het onderzoek hersteld."),
        P("Getoetste voorwaarden", "h2"),
        Tbl([["Domein", "Voorwaarde", "Oordeel"],
             ["Veiligheid en gezondheid", "De houder voert een beleid waardoor de veiligheid zoveel mogelijk is "
              "gewaarborgd (art. 1.49 Wet kinderopvang)", "niet voldaan"],
             ["Veiligheid en gezondheid", "Beroepskrachten zijn op de hoogte van het beleid", "niet voldaan"],
             ["Personeel", "Inschrijving en koppeling in het Personenregister Kinderopvang", "voldaan na herstel"],
             ["Personeel", "Beroepskracht-kindratio op de buitenspeelplaats", "voldaan"]],
            [0.26, 0.56, 0.18], size=8.5),
        P("Conclusie en advies aan de gemeente", "h2"),
        P("De houder voldoet niet aan twee voorwaarden. De toezichthouder adviseert de gemeente Nijmegen om de "
          "houder een aanwijzing te geven. De houder heeft in het gesprek toegezegd het veiligheidsbeleid "
          "binnen twee weken aan te passen. Mevrouw [[Pekelharing|P]] bespreekt de aanpassing in het teamoverleg "
          "van [[18 februari 2026|dt]]."),
        P("Zienswijze houder", "h2"),
        P("De heer [[Hulsebosch|P]] laat namens de houder weten dat het hek inmiddels is voorzien van een "
          "automatische sluiter. Hij betreurt het voorval en heeft de ouders van [[Liv|P]] persoonlijk "
          "gesproken."),
        P("Afschrift aan: wethouder [[Veerle Oldenhof-Ruiz|oth]] (Onderwijs en Kinderopvang) en het team "
          "Handhaving Kinderopvang van de gemeente Nijmegen. Vragen: [[toezichtkinderopvang@ggdgelderlandzuid.nl|mb]] "
          "of [[088 144 71 11|gn]].", size=8.5),
    ]
    return Doc("inspectierapport_ggd_kinderdagverblijf_wolkenfabriek_lent.pdf", "rapport", "lo", "Roelvink, G.",
               "Inspectierapport KDV De Wolkenfabriek", "2026-02-16", body, font="Arial", size=10,
               running=[Running("GGD Gelderland-Zuid · inspectierapport LRK [[208463715|ken]] · "
                                "[[11 februari 2026|dt]]", "footer", "all", "left", 7.5)],
               opts={"margins": (22, 20, 20, 20), "space_after": 5, "line_spacing": 1.15},
               note="inspectierapport van de GGD over een kinderdagverblijf: kopblok als rastertabel met "
                    "LRK-nummer van negen cijfers (houden, geen geldig BSN), houder-B.V. en locatieadres (houden), "
                    "toezichthouder, locatiemanager, beroepskrachten (Poolse naam), directeur-bestuurder, melder en "
                    "invalkracht (Turkse naam) (lakken), peuter met voornaam, voornamen en achternamen na "
                    "‘mevrouw’/‘de heer’, oordelentabel, wethouder met dubbele naam (houden)")


def docs():
    return [deelnemerslijst_regiodag_warmte_drenthe(), nota_voetnoten_laaggeletterdheid_ocw(),
            notulen_alv_speeltuinvereniging(), inspectierapport_ggd_kinderopvang_lent()]
