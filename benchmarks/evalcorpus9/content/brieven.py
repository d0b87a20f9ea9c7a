"""Letters, decisions and memos: a minister's letter to a municipality with a contact person in the colofon
(reportlab TTF, Liberation Sans), a youth-care decision to the parents of a child (python-docx -> LibreOffice),
a payment overview of a municipal collection team (reportlab TTF, DejaVu Sans Condensed), an award advice memo
of a tender (reportlab, Helvetica) and a report of findings of an enforcement officer (reportlab TTF, DejaVu
Serif)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


# ------------------------------------------------------------------ minister of BZK to a municipality

def brief_minister_bzk_grensregio():
    c = [
        "**Directoraat-generaal Openbaar Bestuur en Democratische Rechtsstaat**",
        "Directie Bestuur, Regio en Grensregio’s",
        "Turfmarkt 147\nDen Haag\nPostbus 20011\n2500 EA Den Haag",
        "[[www.rijksoverheid.nl|gn]]",
        "**Contactpersoon**\n[[Yaw Osei|P]]\nT [[06 4813 2975|T]]\n[[yaw.osei@minbzk.nl|E]]",
        "**Kenmerk**\n[[2026-0000481237|ken]]",
        "**Uw kenmerk**\n[[TNZ/BO/26-0112|ken]]",
    ]
    body = [
        P("Aan het college van burgemeester en wethouders\nvan de gemeente Terneuzen\nPostbus 35\n"
          "4530 AA  Terneuzen", space_after=18),
        KV([["Datum", "[[18 augustus 2026|dt]]"],
            ["Betreft", "Specifieke uitkering grensoverschrijdende samenwerking Kanaalzone 2026–2028"]],
           label_w=0.16, size=9, bold_labels=False),
        P("Geacht college,"),
        P("Met uw brief van [[30 juni 2026|dt]] vraagt u een specifieke uitkering voor het programma "
          "grensoverschrijdende samenwerking in de Kanaalzone Gent–Terneuzen. Met deze brief informeer ik u "
          "over de uitkomst van de beoordeling."),
        P("Ik ken u voor de jaren 2026 tot en met 2028 een bijdrage toe van ten hoogste € 1.450.000. Daarmee "
          "geef ik uitvoering aan de motie van het lid [[Ünal|kl]] over de versterking van grensregio’s. Het "
          "Kamerlid [[Nesrin Ünal|kl]] heeft in het commissiedebat van [[4 juni 2026|dt]] gevraagd om de "
          "Kanaalzone als voorbeeldregio te nemen; ik zeg de Kamer toe over de resultaten te rapporteren."),
        P("De Commissaris van de Koning in Zeeland, de heer [[Hubertus Simanjuntak|oth]], heeft mij laten weten "
          "dat de provincie een even groot bedrag bijdraagt. Uw burgemeester, mevrouw [[Corien Nasution|oth]], "
          "heeft in het bestuurlijk overleg met de gouverneur van Oost-Vlaanderen afgesproken dat de Belgische "
          "partners in september hun deel bevestigen."),
        P("Ambtelijk is het programma voorbereid met uw projectleider, de heer [[Milan Claassen|P]]. Mijn "
          "medewerkers [[Yaw Osei|P]] en mevrouw [[X. Huang|P]] zijn uw aanspreekpunt voor de uitvoering en "
          "de verantwoording via SiSa. Wilt u de eerste voortgangsrapportage vóór [[1 april 2027|dt]] sturen "
          "naar [[grensregios@minbzk.nl|mb]]?"),
        P("Ik wens u veel succes met de uitvoering."),
        P("De minister van Binnenlandse Zaken en Koninkrijksrelaties,", space_after=22),
        P("[[Corien Koeiman|min]]"),
    ]
    return Doc("brief_minister_bzk_specifieke_uitkering_kanaalzone.pdf", "brief", "rl-ttf", "Osei, Y.",
               "Specifieke uitkering grensoverschrijdende samenwerking Kanaalzone", "2026-08-18", body,
               font="LiberationSans", size=9.5,
               running=[Running("Pagina {page} van 1", "footer", "all", "right", 7)],
               opts={"colofon": c, "colofon_w": 55, "margins": (22, 14, 52, 22), "first_top": 0,
                     "logo": {"kind": "rijk", "lines": ["Ministerie van Binnenlandse Zaken en",
                                                        "Koninkrijksrelaties"]}},
               note="brief van een minister (houden) aan een college met colofon: contactpersoon met Ghanese naam, "
                    "mobiel en e-mail (lakken) naast website en functionele mailbox, collega als ‘X. Huang’ "
                    "(Chinese naam), projectleider van de gemeente (lakken), Kamerlid als ‘het lid Ünal’ en met "
                    "volledige naam, Commissaris van de Koning en burgemeester (Indonesische namen, houden), "
                    "twee kenmerken")


# ------------------------------------------------------------------ youth care decision to parents

def brief_jeugdhulp_beschikking():
    body = [
        P("**Sociaal Team Deventer**", size=13, space_after=0),
        P("Gemeente Deventer · Postbus 5000, 7400 GC Deventer · [[14 0570|gn]] · [[www.deventer.nl|gn]]",
          size=8.5),
        HR(),
        Sp(4),
        P("Aan de ouders van [[Milan Ramlal|P]]\nMevrouw [[R.A. Sytsma|P]]\n[[Zwolseweg 211|A]]\n"
          "[[7412 AK|Z]]  Deventer", space_after=12),
        KV([["Datum", "[[27 oktober 2026|dt]]"],
            ["Zaaknummer", "[[JH-2026-07719|ken]]"],
            ["Behandeld door", "[[Merijn Heijink|P]], jeugdconsulent"],
            ["Telefoon", "[[0570 69 32 18|T]] (dinsdag t/m vrijdag)"],
            ["Onderwerp", "beschikking jeugdhulp – ambulante gezinsbegeleiding"]], label_w=0.23, size=9.5,
           bold_labels=False),
        P("Beste mevrouw [[Sytsma|P]] en meneer [[Ramlal|P]],"),
        P("Op [[29 september 2026|dt]] hebben wij met u beiden en met [[Milan|P]] gesproken over de situatie "
          "thuis en op school. U vertelde dat [[Milan|P]] sinds de scheiding veel boos is en dat het lastig is "
          "om afspraken tussen de twee huizen op één lijn te krijgen. In deze brief leest u wat wij hebben "
          "besloten."),
        P("Gegevens van uw kind", "h2"),
        Tbl([["Naam", "Geboortedatum", "BSN", "School"],
             ["[[Milan Ramlal|P]]", "[[14-02-2016|D]]", "[[408066283|B]]", "[[obs De Zonnewijzer|org]], groep 7"]],
            [0.28, 0.2, 0.2, 0.32], size=9, shade="#e2efd9"),
        P("Wat hebben wij besloten?", "h2"),
        P("Wij kennen [[Milan|P]] ambulante gezinsbegeleiding toe van [[1 november 2026|dt]] tot en met "
          "[[30 april 2027|dt]], gemiddeld drie uur per week. De begeleiding wordt gegeven door [[Stichting "
          "Kadera Jeugd|org]]. Uw begeleider daar is mevrouw [[Ayla Çakıroğlu|P]]; zij neemt binnen twee weken "
          "contact met u op. Zij komt afwisselend bij u, mevrouw [[Sytsma|P]], en bij meneer [[Anand Ramlal|P]] "
          "aan de [[Boxbergerweg 64|A]] thuis."),
        P("De intern begeleider van de school, juf [[Renske|P]], heeft ons met uw toestemming verteld hoe het "
          "in de klas gaat. Zij sluit aan bij het eerste evaluatiegesprek. Wethouder [[Tjalle Atsma|oth]] heeft "
          "in de raad toegezegd dat kinderen die op de wachtlijst staan binnen zes weken hulp krijgen; dat is "
          "hier gelukt."),
        P("Waarom hebben wij dit besloten?", "h2"),
        P("Wij vinden dat [[Milan|P]] en u als ouders hulp nodig hebben om thuis en op school weer rust te "
          "krijgen. Lichtere hulp, zoals het oudercursusaanbod van het wijkteam, is volgens ons niet genoeg. "
          "Zwaardere hulp is op dit moment niet nodig."),
        P("Niet eens met dit besluit?", "h2"),
        P("Dan kunt u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders, Postbus "
          "5000, 7400 GC Deventer, of via [[bezwaar@deventer.nl|mb]]. Wilt u eerst met ons praten? Bel dan "
          "met [[Merijn|P]] op het nummer bovenaan deze brief."),
        P("Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,", space_after=16),
        P("[[Merijn Heijink|P]]\njeugdconsulent Sociaal Team Deventer"),
        P("Kopie: meneer [[A. Ramlal|P]], [[Boxbergerweg 64|A]], [[7413 EH|Z]] Deventer", "small"),
    ]
    return Doc("beschikking_jeugdhulp_gezinsbegeleiding_deventer.pdf", "besluit", "lo", "Heijink, M.",
               "Beschikking jeugdhulp JH-2026-07719", "2026-10-27", body, font="Calibri", size=10.5,
               running=[Running("Zaaknummer [[JH-2026-07719|ken]] – vertrouwelijk", "footer", "all", "left", 7.5)],
               opts={"margins": (24, 22, 20, 20), "space_after": 6, "line_spacing": 1.15},
               note="beschikking jeugdhulp aan de ouders van een kind: naam, geboortedatum en BSN van het kind "
                    "in een tabel, voornaam ‘Milan’ zes keer, gescheiden ouders (Friese en Surinaams-Hindoestaanse "
                    "naam) met twee adressen, jeugdconsulent met direct nummer, begeleider van een stichting "
                    "(Turkse naam), intern begeleider als ‘juf Renske’, school en stichting (houden), wethouder "
                    "(houden), 14-nummer en bezwaarmailbox")


# ------------------------------------------------------------------ payment overview collection team

def betalingsoverzicht_invordering():
    body = [
        P("**Gemeente Vlissingen** · Team Belastingen en Invordering", size=10, space_after=0),
        P("Postbus 3000, 4380 GV Vlissingen · [[14 0118|gn]] · [[invordering@vlissingen.nl|mb]]", size=8),
        HR(),
        Sp(3),
        P("De heer [[J.C. Girigorie|P]]\n[[Paul Krugerstraat 23|A]]\n[[4382 BK|Z]]  Vlissingen", space_after=10),
        KV([["Datum", "[[6 februari 2026|dt]]"],
            ["Debiteurnummer", "[[30418827|O]]"],
            ["BSN", "[[575786334|B]]"],
            ["Regelingsnummer", "[[BR-2025-3318|ken]]"],
            ["Contactpersoon", "[[Imane Zerouali|P]], T [[0118 48 72 66|T]]"]], label_w=0.25, style="shaded",
           size=8.5),
        P("Betalingsoverzicht betalingsregeling gemeentelijke belastingen", "h2"),
        P("Geachte heer [[Girigorie|P]],"),
        P("U heeft met ons een betalingsregeling getroffen voor de aanslag gemeentelijke belastingen 2025. "
          "Hieronder ziet u welke termijnen wij hebben ontvangen. De aanslag staat op naam van u en uw "
          "partner, mevrouw [[G.M. Francisca|P]]; u bent beiden aansprakelijk voor de betaling."),
        Tbl([["Datum", "Omschrijving", "Van rekening", "Bedrag"],
             ["[[15 september 2025|dt]]", "termijn 1 van 6", "[[NL93 INGB 0006 2873 41|N]]", "€ 118,50"],
             ["[[15 oktober 2025|dt]]", "termijn 2 van 6", "[[NL93 INGB 0006 2873 41|N]]", "€ 118,50"],
             ["[[17 november 2025|dt]]", "termijn 3 van 6", "[[NL81 ABNA 0417 3298 65|N]]", "€ 118,50"],
             ["[[15 december 2025|dt]]", "termijn 4 van 6", "—", "niet ontvangen"],
             ["[[15 januari 2026|dt]]", "termijn 5 van 6", "[[NL93 INGB 0006 2873 41|N]]", "€ 237,00"],
             ["", "**Nog te betalen**", "", "**€ 118,50**"]],
            [0.22, 0.28, 0.32, 0.18], size=8.5, shade="#d9d9d9"),
        P("De derde termijn is betaald van de rekening van mevrouw [[Francisca|P]]. Dat is geen probleem; wij "
          "hebben het bedrag op uw regeling geboekt. De vierde termijn hebben wij niet ontvangen; die is in "
          "januari met de vijfde termijn bijbetaald."),
        P("U kunt de laatste termijn van € 118,50 overmaken op rekening [[NL50 BNGH 0285 1732 46|gn]] ten name "
          "van Gemeente Vlissingen, onder vermelding van uw debiteurnummer [[30418827|O]]. Betaalt u vóór "
          "[[20 februari 2026|dt]], dan is de regeling afgerond."),
        P("Heeft u vragen over dit overzicht? Bel dan met mevrouw [[Zerouali|P]] op het nummer hierboven of "
          "met ons algemene nummer [[14 0118|gn]]. Kunt u de laatste termijn niet betalen, neem dan contact op; "
          "wij kunnen u ook in contact brengen met de schuldhulpverlening van [[Stichting Juvans|org]]."),
        P("Met vriendelijke groet,\nTeam Belastingen en Invordering", space_after=10),
        P("Dit overzicht is automatisch aangemaakt en daarom niet ondertekend. KvK-nummer gemeente: "
          "[[20168636|ken]].", "small"),
    ]
    return Doc("betalingsoverzicht_betalingsregeling_belastingen_vlissingen.pdf", "formulier", "rl-ttf",
               "Zerouali, I.", "Betalingsoverzicht BR-2025-3318", "2026-02-06", body,
               font="DejaVuSansCondensed", size=9,
               running=[Running("Gemeente Vlissingen – betalingsoverzicht [[BR-2025-3318|ken]]", "footer", "all",
                                "left", 7)],
               opts={"margins": (22, 20, 20, 20)},
               note="betalingsoverzicht van een invorderingsteam: debiteurnummer en BSN in een kopblok, "
                    "Antilliaanse namen van de belastingplichtige en partner (initialen), adres in een straat "
                    "met persoonsnaam, twee particuliere IBAN’s in een tabel (één drie keer) naast het IBAN van "
                    "de gemeente (houden), contactpersoon (Marokkaanse naam) met direct nummer naast 14-nummer, "
                    "KvK-nummer van de gemeente (houden), stichting (houden)")


# ------------------------------------------------------------------ tender award advice memo

def memo_gunningsadvies_schoonmaak():
    body = [
        P("Gemeente Lelystad", size=9, space_after=0),
        P("MEMO GUNNINGSADVIES", "title", size=15),
        KV([["Aan", "college van burgemeester en wethouders, t.a.v. wethouder [[Hanane Charrouf|oth]]"],
            ["Van", "beoordelingscommissie aanbesteding schoonmaakdienstverlening"],
            ["Via", "[[Berhane, M.|P]] (teamleider Inkoop)"],
            ["Datum", "[[20 april 2026|dt]]"],
            ["Kenmerk", "[[INK-2026-011|ken]] / TenderNed [[412877|ken]]"]], label_w=0.14, style="plain",
           size=9.5),
        HR(),
        P("1. Aanleiding", "h2"),
        P("Op [[19 januari 2026|dt]] is de Europese openbare aanbesteding voor de schoonmaak van 23 "
          "gemeentelijke gebouwen gepubliceerd. Het contract loopt vier jaar met twee keer één jaar optie. "
          "Op de sluitingsdatum, [[2 maart 2026|dt]], waren drie inschrijvingen ontvangen. Deze memo bevat het "
          "advies van de beoordelingscommissie over de gunning."),
        P("2. Beoordelingscommissie", "h2"),
        Tbl([["Naam", "Functie", "Rol"],
             ["[[Grzegorz Lewandowski|P]]", "inkoopadviseur", "voorzitter, procesbegeleiding"],
             ["[[Chandni Jagessar|P]]", "contractmanager Facilitaire Zaken", "beoordelaar kwaliteit"],
             ["[[Wulan Sitompul|P]]", "adviseur duurzaamheid", "beoordelaar duurzaamheid en SROI"],
             ["[[Tiemen Klompmaker|P]]", "jurist", "toets op de aanbestedingsregels (geen stem)"]],
            [0.3, 0.36, 0.34], size=9),
        P("De commissie heeft de inschrijvingen eerst individueel en daarna in een consensusbijeenkomst op "
          "[[23 maart 2026|dt]] beoordeeld. Geen van de leden heeft een belang bij een van de inschrijvers."),
        P("3. Inschrijvers en contactpersonen", "h2"),
        Tbl([["Inschrijver", "KvK", "Contactpersoon", "E-mail / telefoon"],
             ["[[Schoonmaakbedrijf Eikelboom B.V.|org]]", "[[39067215|ken]]", "[[Roxanne Eikelboom|P]] "
              "(directeur)", "[[roxanne@eikelboom.nl|E]]"],
             ["[[Glansrijk Facilitair B.V.|org]]", "[[72841306|ken]]", "[[Kwasi Appiah|P]] (accountmanager)",
              "[[k.appiah@glansrijk.nl|E]]\n[[06 1947 3382|T]]"],
             ["[[Flevo Clean Services B.V.|org]]", "[[81130947|ken]]", "[[Jun Cheung|P]] (tendermanager)",
              "[[tenders@flevoclean.nl|mb]]"]],
            [0.29, 0.13, 0.27, 0.31], size=8.5),
        P("4. Beoordeling", "h2"),
        Tbl([["Criterium (weging)", "Eikelboom", "Glansrijk", "Flevo Clean"],
             ["Prijs (40%)", "34,1", "40,0", "37,2"],
             ["Kwaliteit schoonmaakplan (30%)", "27,0", "21,0", "24,0"],
             ["Duurzaamheid en SROI (20%)", "18,0", "12,0", "14,0"],
             ["Implementatie (10%)", "8,0", "6,0", "8,0"],
             ["**Totaal**", "**87,1**", "**79,0**", "**83,2**"]],
            [0.37, 0.21, 0.21, 0.21], size=8.5),
        P("Schoonmaakbedrijf Eikelboom scoort het hoogst op kwaliteit en duurzaamheid. Het bedrijf zet voor "
          "ten minste acht medewerkers met een afstand tot de arbeidsmarkt in. Glansrijk is het goedkoopst, "
          "maar het schoonmaakplan bevat weinig concrete afspraken over de vervanging bij ziekte. In het "
          "verificatiegesprek op [[30 maart 2026|dt]] kon de heer [[Appiah|P]] niet toelichten hoe het bedrijf "
          "de afspraken over de SROI nakomt. De heer [[Cheung|P]] heeft na de sluitingsdatum nog een "
          "aangepaste prijs gestuurd; die is niet meegenomen."),
        P("5. Advies", "h2"),
        P("De commissie adviseert de opdracht voorlopig te gunnen aan [[Schoonmaakbedrijf Eikelboom B.V.|org]] "
          "en de andere inschrijvers daarover te berichten met inachtneming van de Alcateltermijn van twintig "
          "dagen. Mevrouw [[Roxanne Eikelboom|P]] is telefonisch op de hoogte gebracht dat de gunningsbeslissing "
          "op [[28 april 2026|dt]] wordt verstuurd. Vragen over deze memo kunnen naar "
          "[[inkoop@lelystad.nl|mb]]."),
        P("Parafen", "h2"),
        Tbl([["Voorzitter commissie", "Teamleider Inkoop", "Jurist", "Portefeuillehouder"],
             ["[[GL|I]]  [[20-04-2026|dt]]", "[[MB|I]]  [[21-04-2026|dt]]", "[[TK|I]]  [[21-04-2026|dt]]",
              "akkoord, [[H. Charrouf|oth]]"]],
            [0.25, 0.25, 0.2, 0.3], size=8.5),
    ]
    return Doc("memo_gunningsadvies_schoonmaak_lelystad.pdf", "nota", "rl-std", "Lewandowski, G.",
               "Memo gunningsadvies schoonmaakdienstverlening", "2026-04-20", body, font="Helvetica", size=9.5,
               running=[Running("Vertrouwelijk – concurrentiegevoelig – [[INK-2026-011|ken]]", "footer", "all",
                                "left", 7)],
               opts={"margins": (22, 20, 20, 20)},
               note="gunningsadvies van een aanbesteding: beoordelingscommissie in een tabel (Poolse, "
                    "Surinaams-Hindoestaanse en Indonesische naam), teamleider als "
                    "‘Berhane, M.’, inschrijvers met KvK-nummers (houden) en contactpersonen met e-mail en mobiel "
                    "(Ghanese en Chinese naam), directeur ‘Roxanne Eikelboom’ naast ‘Schoonmaakbedrijf Eikelboom "
                    "B.V.’ (houden), tenders@-mailbox (houden), parafentabel met initialen en wethouder (houden)")


# ------------------------------------------------------------------ enforcement officer's report

def rapport_boa_afvaldumping():
    body = [
        P("Gemeente Helmond · Team Toezicht en Handhaving Openbare Ruimte", size=9, space_after=2),
        P("Rapport van bevindingen", "title", size=15),
        KV([["Onderwerp", "illegale dumping bouwafval, Stiphoutse Bossen (parkeerplaats Geldropseweg)"],
            ["Datum/tijd", "[[8 juli 2026|dt]], 06.40 uur"],
            ["Opgemaakt door", "[[Mats Beukers|P]], boa, nummer [[BOA-31.0472|O]]"],
            ["Tweede boa", "[[Roeland Dirksen|P]], nummer [[BOA-31.0519|O]]"],
            ["Registratie", "[[THOR-26-4471|ken]]"]], label_w=0.24, style="grid", size=9),
        P("Bevindingen", "h2"),
        P("Tijdens een surveillance op de parkeerplaats aan de Geldropseweg zagen wij, verbalisanten, een witte "
          "bestelbus met kenteken [[VZ-627-H|L]] met de achterdeuren open staan naast een stapel gipsplaten, "
          "isolatiemateriaal en twee zakken met tegelresten. Een man was bezig een derde zak uit de bus te "
          "tillen. Op de zijkant van de bus stond ‘[[Mercelina Klus & Onderhoud|org]]’ met een telefoonnummer."),
        P("Wij spraken de man aan. Hij legitimeerde zich met een rijbewijs. Het betrof:"),
        KV([["Naam", "[[Jeffrey Mercelina|P]]"],
            ["Geboortedatum", "[[03-11-1988|D]]"],
            ["Adres", "[[Brandevoortse Dreef 118|A]], [[5706 KM|Z]] Helmond"],
            ["Telefoon", "[[06 5530 8194|T]]"]], label_w=0.24, style="plain", size=9),
        P("De heer [[J. Mercelina|P]] verklaarde dat hij het afval ‘even tijdelijk’ had neergezet omdat de "
          "milieustraat pas om acht uur opengaat. Wij hebben hem erop gewezen dat het storten van afval buiten "
          "een inrichting verboden is (artikel 10.2 Wet milieubeheer). Hij heeft het afval in ons bijzijn weer "
          "ingeladen."),
        P("Getuige", "h2"),
        P("Een wandelaar, mevrouw [[Ewa Kamińska|P]] ([[06 2294 7710|T]]), verklaarde dat zij dezelfde bus op "
          "[[1 juli 2026|dt]] ook op deze parkeerplaats had gezien. Zij had toen een foto gemaakt; die toont de "
          "bus ([[VZ-627-H|L]]) en een tweede auto, een grijze personenauto met kenteken [[J-318-KF|L]]. "
          "Mevrouw [[Kamińska|P]] heeft de foto op ons verzoek naar [[handhaving@helmond.nl|mb]] gestuurd."),
        P("Afhandeling", "h2"),
        P("Aan de heer [[J. Mercelina|P]] is een bestuurlijke strafbeschikking milieu uitgereikt. Van de "
          "personenauto is via de RDW de houder opgevraagd. Wethouder [[Ama Tuhumury|oth]] is door de "
          "teamleider ingelicht, omdat zij in de raad heeft toegezegd het aantal dumpingen in de Stiphoutse "
          "Bossen terug te dringen."),
        P("Dit rapport is naar waarheid opgemaakt, gesloten en ondertekend te Helmond op [[8 juli 2026|dt]].",
          space_after=14),
        P("[[Mats Beukers|P]]", space_after=2),
        P("buitengewoon opsporingsambtenaar, gemeente Helmond · [[14 0492|gn]]", "small"),
    ]
    return Doc("rapport_bevindingen_boa_afvaldumping_helmond.pdf", "rapport", "rl-ttf", "Beukers, M.",
               "Rapport van bevindingen THOR-26-4471", "2026-07-08", body, font="DejaVuSerif", size=9.5,
               running=[Running("[[THOR-26-4471|ken]] – rapport van bevindingen", "footer", "all", "right", 7)],
               opts={"margins": (24, 22, 20, 20)},
               note="rapport van bevindingen van twee boa’s met boa-nummers (lakken), kenteken van een bestelbus "
                    "(twee keer) en van een personenauto, overtreder met Antilliaanse naam, geboortedatum, adres "
                    "en mobiel nummer in een kopblok, bedrijfsnaam op de bus met dezelfde achternaam (houden), "
                    "getuige met Poolse naam en 06-nummer, wethouder (houden), handhavingsmailbox en 14-nummer")


def docs():
    return [brief_minister_bzk_grensregio(), brief_jeugdhulp_beschikking(), betalingsoverzicht_invordering(),
            memo_gunningsadvies_schoonmaak(), rapport_boa_afvaldumping()]
