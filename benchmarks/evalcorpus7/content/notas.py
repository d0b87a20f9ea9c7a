"""Nota's and letters of the administration: a nota to a minister (reportlab TTF, Rijkshuisstijl colofon),
a Kamerbrief in concept with a reviewer's remark (reportlab TTF, DejaVu Serif), a beslisnota to the college of
B&W with a paraph table (LibreOffice) and a short memo to a wethouder (reportlab, Helvetica)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


# ------------------------------------------------------------------ nota to the minister

def nota_minister_netcongestie():
    c = [
        "**Directoraat-generaal Klimaat en Energie**",
        "Directie Elektriciteit",
        "[[Bezuidenhoutseweg 73|pl]]\n2594 AC Den Haag\nPostbus 20401\n2500 EK Den Haag",
        "[[www.rijksoverheid.nl/kgg|gn]]",
        "**Contactpersoon**\n[[Tjitske Hettema|P]]\nbeleidsmedewerker netcapaciteit",
        "T [[070 379 8911|gn]]\nM [[06 4821 7730|T]]\n[[tjitske.hettema@minkgg.nl|E]]",
        "**Kenmerk**\n[[DGKE-E/26094417|ken]]",
        "**Bijlagen**\n2",
    ]
    body = [
        P("Nota", "title"),
        KV([["Aan", "de minister van Klimaat en Groene Groei"],
            ["Van", "DG Klimaat en Energie, directie Elektriciteit"],
            ["Datum", "[[9 april 2026|dt]]"],
            ["Onderwerp", "Netcongestie Gelderse Vallei – bestuurlijk overleg met provincie, regio en "
                          "[[Liander|org]]"],
            ["Kopie aan", "[[Ottema, F.|P]] (dir. E); [[Spanjaard, L.|P]] (FEZ); "
                          "[[persvoorlichting@minkgg.nl|mb]]"]],
           label_w=0.2, style="lines", size=9),
        P("Beslispunten", "h2"),
        P("U wordt gevraagd in te stemmen met deelname aan het bestuurlijk overleg van [[23 april 2026|dt]] met "
          "gedeputeerde [[Gosse Harmelink|oth]] (Gelderland) en de wethouders van de regio Foodvalley.", "bullet"),
        P("U wordt gevraagd kennis te nemen van de concept-Kamerbrief over de uitvoering van de motie van de "
          "leden [[Dorgelo|kl]] en [[Tjepkema|kl]] (bijlage 2).", "bullet"),
        P("Aanleiding", "h2"),
        P("In de Gelderse Vallei kunnen sinds 2024 geen nieuwe grootverbruikers meer op het elektriciteitsnet "
          "worden aangesloten. De wachtrij bij [[Liander|org]] telt inmiddels 412 bedrijven, onder wie veertig uit "
          "de pluimvee- en voedingsmiddelenindustrie. Op [[18 maart 2026|dt]] heeft de Kamer de motie van de "
          "leden [[Dorgelo|kl]] en [[Tjepkema|kl]] aangenomen, die de regering verzoekt ‘met de regio te komen tot "
          "een versnellingsaanpak’. Gedeputeerde [[Harmelink|oth]] heeft u per brief van [[2 april 2026|dt]] om "
          "een bestuurlijk overleg gevraagd (bijlage 1)."),
        P("Kern", "h2"),
        P("Het rapport ‘Wachten op stroom’ van het [[Planbureau voor de Leefomgeving|org]] "
          "([[Nieuwenkamp|au]] en [[Weitkamp|au]], 2025) laat zien dat de congestie in deze regio tot 2031 "
          "aanhoudt, ook als de uitbreiding van het 150 kV-station bij Ede op tijd klaar is. Volgens de "
          "regiomanager van [[Liander|org]], [[Kenneth Sabajo|P]], is flexibel contracteren de snelste route: "
          "bedrijven die hun piekverbruik verschuiven, kunnen eerder worden aangesloten. De heer [[Sabajo|P]] "
          "heeft op [[26 maart 2026|dt]] aan de directie laten weten dat [[Liander|org]] hiervoor uiterlijk in "
          "juni een aanbod kan doen."),
        P("De ondernemers in de regio zijn ongeduldig. De voorzitter van de Ondernemersvereniging Barneveld, "
          "mevrouw [[Gülay Kocaman|P]], heeft tijdens het werkbezoek van de directie gezegd dat drie bedrijven "
          "overwegen naar Duitsland uit te wijken. Mevrouw [[Kocaman|P]] vraagt om een ‘vast aanspreekpunt bij "
          "het Rijk’. Wij stellen voor daarvoor de contactpersoon van deze nota aan te wijzen."),
        P("Krachtenveld", "h2"),
        P("De provincie wil een gezamenlijke aanpak met een eigen budget (‘Energiehub Foodvalley’). De wethouders "
          "van Ede en Barneveld, [[Ties Brongersma|oth]] en [[Evert van Hierden|oth]], steunen dat. De minister "
          "van Volkshuisvesting en Ruimtelijke Ordening, [[Hiske Wielenga|min]], heeft laten weten dat de "
          "woningbouw in Ede-Oost niet mag worden vertraagd. In de Kamer dringen de leden [[Dorgelo|kl]] en "
          "[[Tjepkema|kl]] aan op voorrang voor maatschappelijke aansluitingen (scholen, zorg, woningen); de "
          "[[ACM|org]] heeft het prioriteringskader daarvoor inmiddels vastgesteld."),
        P("Financiën", "h2"),
        P("Een rijksbijdrage aan de energiehub is niet begroot. De directie FEZ ([[Lodewijk Spanjaard|P]]) "
          "adviseert geen toezegging te doen vóór de Voorjaarsnota. [[Spanjaard|P]] wijst erop dat een bijdrage "
          "uit het Klimaatfonds wel mogelijk is als de regio voor de helft meebetaalt."),
        P("Advies", "h2"),
        P("Wij adviseren u het overleg bij te wonen en in te zetten op (1) één aanspreekpunt voor de regio, "
          "(2) versneld aanbieden van flexibele contracten door [[Liander|org]] en [[TenneT|org]] en (3) een "
          "verkenning naar cofinanciering. Directeur [[Folkert Ottema|P]] begeleidt u; [[Ottema|P]] heeft het "
          "overleg ambtelijk voorbereid met de programmamanager van de regio, [[Annelot Zwerver|P]]."),
        Sp(2),
        Tbl([["Paraaf", "Naam", "Datum"],
             ["beleidsmedewerker", "[[TH|I]]", "[[8 april 2026|dt]]"],
             ["directeur Elektriciteit", "[[Folkert Ottema|P]]", "[[8 april 2026|dt]]"],
             ["DG Klimaat en Energie", "[[drs. Minke Roelfsema-Kiers|P]]", "[[9 april 2026|dt]]"]],
            [0.34, 0.42, 0.24], size=8.5, shade="#dce6f0"),
    ]
    return Doc("nota_minister_netcongestie_gelderse_vallei.pdf", "nota", "rl-ttf", "Hettema, T.",
               "Nota netcongestie Gelderse Vallei", "2026-04-09", body, font="LiberationSans", size=9.5,
               running=[Running("Datum [[9 april 2026|dt]] | Kenmerk [[DGKE-E/26094417|ken]]", "header", "rest",
                                size=7.5),
                        Running("Pagina {page}", "footer", "all", "right", 7.5)],
               opts={"colofon": c, "colofon_w": 50, "margins": (22, 14, 42, 22), "first_top": 0,
                     "logo": {"kind": "rijk", "lines": ["Ministerie van Klimaat en", "Groene Groei"]}},
               note="nota aan de minister (Rijkshuisstijl colofon met direct en mobiel nummer), kopblok met "
                    "‘Kopie aan’ in de vorm ‘Ottema, F.’, Kamerleden, gedeputeerde, wethouders en een andere "
                    "minister (houden), rapportauteurs (houden), regiomanager netbeheerder en voorzitter "
                    "ondernemersvereniging (lakken), parafentabel met initialen en DG met dubbele naam")


# ------------------------------------------------------------------ Kamerbrief (concept in the dossier)

def kamerbrief_netcongestie():
    c = [
        "**Directoraat-generaal Klimaat en Energie**",
        "Bezoekadres\n[[Bezuidenhoutseweg 73|pl]]\n2594 AC Den Haag",
        "Postadres\nPostbus 20401\n2500 EK Den Haag",
        "[[www.rijksoverheid.nl/kgg|gn]]",
        "**Ons kenmerk**\n[[DGKE-E/26112093|ken]]",
        "**Bijlage(n)**\n1",
    ]
    body = [
        P("> Retouradres Postbus 20401 2500 EK Den Haag", size=6.5, space_after=6),
        P("De Voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG", space_after=14),
        KV([["Datum", "[[12 mei 2026|dt]]"],
            ["Betreft", "Netcongestie Gelderse Vallei en uitvoering motie-[[Dorgelo|kl]]/[[Tjepkema|kl]]"]],
           label_w=0.16, size=8.5, bold_labels=False),
        P("Op [[18 maart 2026|dt]] heeft uw Kamer de motie van de leden [[Dorgelo|kl]] (GroenLinks-PvdA) en "
          "[[Tjepkema|kl]] (NSC) aangenomen (Kamerstuk [[29 023, nr. 612|ken]]). De motie verzoekt de regering om "
          "samen met de regio te komen tot een versnellingsaanpak voor de netcongestie in de Gelderse Vallei. "
          "Met deze brief informeer ik u, mede namens de minister van Volkshuisvesting en Ruimtelijke Ordening, "
          "over de afspraken die ik daarover met de regio heb gemaakt."),
        P("Bestuurlijk overleg met de regio", "h2"),
        P("Op [[23 april 2026|dt]] heb ik in Ede gesproken met gedeputeerde [[Gosse Harmelink|oth]] van de "
          "provincie Gelderland, de wethouders [[Ties Brongersma|oth]] (Ede), [[Evert van Hierden|oth]] "
          "(Barneveld) en [[Albertine Pleijsier|oth]] (Wageningen), en met de netbeheerders [[Liander|org]] en "
          "[[TenneT|org]]. Wij delen de analyse: de wachtrij van 412 bedrijven raakt de voedselsector, de "
          "woningbouw en de verduurzaming van de regio tegelijk. Ondernemers hebben mij verteld dat zij "
          "investeringen uitstellen of naar het buitenland verplaatsen."),
        P("Het rapport ‘Wachten op stroom’ van het [[Planbureau voor de Leefomgeving|org]] laat zien dat de "
          "congestie tot 2031 aanhoudt. De auteurs, [[Nieuwenkamp|au]] en [[Weitkamp|au]], wijzen erop dat "
          "flexibel gebruik van het bestaande net de wachttijd voor een deel van de bedrijven met twee tot drie "
          "jaar kan verkorten. Die conclusie is het vertrekpunt van de afspraken."),
        P("Afspraken", "h2"),
        P("[[Liander|org]] biedt vóór 1 juli flexibele contracten aan de 60 grootste wachtenden aan;", "bullet"),
        P("provincie en regio richten één loket in, de ‘Energiehub Foodvalley’, waar ondernemers terechtkunnen "
          "voor advies over energiebesparing, opslag en het delen van netcapaciteit;", "bullet"),
        P("het Rijk verkent met de regio een bijdrage uit het Klimaatfonds voor de hub, onder de voorwaarde dat "
          "de regio de helft van de kosten draagt;", "bullet"),
        P("maatschappelijke aansluitingen (scholen, zorginstellingen, woningbouw) krijgen voorrang volgens het "
          "prioriteringskader van de [[ACM|org]].", "bullet"),
        P("[Opm. [[TH|I]]: bedrag voor de hub nog afstemmen met [[Lodewijk Spanjaard|P]] (FEZ) – gaat dit mee "
          "in de Voorjaarsnota?]", "quote", size=8.5),
        P("Woningbouw", "h2"),
        P("De minister van Volkshuisvesting en Ruimtelijke Ordening, [[Hiske Wielenga|min]], en ik vinden het "
          "van belang dat de woningbouw in Ede-Oost en Barneveld-Noord niet wordt vertraagd. Wethouder "
          "[[Brongersma|oth]] heeft toegezegd de aansluitingen van de eerste 800 woningen in 2026 met "
          "[[Liander|org]] te plannen. Gedeputeerde [[Harmelink|oth]] zal uw Kamer, via de provincie, jaarlijks "
          "over de voortgang laten rapporteren."),
        P("Vervolg", "h2"),
        P("Het lid [[Tjepkema|kl]] vroeg tijdens het commissiedebat van [[4 februari 2026|dt]] of de aanpak "
          "ook in andere regio’s kan worden toegepast. Ik zal uw Kamer vóór het zomerreces informeren over de "
          "eerste resultaten en over de mogelijkheid om de aanpak in Noord-Brabant en Limburg te herhalen. Met "
          "deze brief beschouw ik de motie-[[Dorgelo|kl]]/[[Tjepkema|kl]] als in uitvoering."),
        Sp(3),
        P("De minister van Klimaat en Groene Groei,"),
        Sp(10),
        P("[[Aleid Bronsgeest|min]]"),
    ]
    return Doc("kamerbrief_concept_netcongestie_foodvalley.pdf", "brief", "rl-ttf", "Hettema, T.",
               "Kamerbrief netcongestie Gelderse Vallei (concept v0.4)", "2026-05-06", body, font="DejaVuSerif",
               size=9.5,
               running=[Running("CONCEPT v0.4 – niet verspreiden – opsteller [[TH|I]]", "header", "all", "right",
                                7.5),
                        Running("Pagina {page}", "footer", "all", "right", 7.5)],
               opts={"colofon": c, "colofon_w": 48, "margins": (22, 14, 44, 22), "first_top": 0,
                     "logo": {"kind": "rijk", "lines": ["Ministerie van Klimaat en", "Groene Groei"]}},
               note="concept-Kamerbrief uit het dossier: minister, andere minister, Kamerleden in ‘motie-Dorgelo/"
                    "Tjepkema’, gedeputeerde, drie wethouders en rapportauteurs (allemaal houden), opsteller met "
                    "initialen in de kopregel en in een reviewopmerking met naam van een FEZ-medewerker (lakken)")


# ------------------------------------------------------------------ beslisnota to the college of B&W

def beslisnota_college():
    body = [
        P("**Gemeente Deventer**", size=12),
        P("Beslisnota college van burgemeester en wethouders", "title", size=15),
        KV([["Onderwerp", "Tijdelijke huisvesting in het voormalige kantoorpand [[Hanzeweg 14|pl]]"],
            ["Portefeuillehouder", "wethouder [[Olivier Overdijkink|oth]] (Wonen)"],
            ["Steller", "[[Ilham Ouahabi|P]], team Wonen"],
            ["Telefoon / e-mail", "[[0570 69 37 12|T]] / [[i.ouahabi@deventer.nl|E]]"],
            ["Registratienummer", "[[2026-011742|ken]]"],
            ["Datum nota", "[[3 maart 2026|dt]]"],
            ["Collegevergadering", "[[10 maart 2026|dt]]"],
            ["Openbaar", "ja, na besluitvorming"]], label_w=0.27, style="grid", size=9.5),
        P("Beslispunten", "h2"),
        P("1. In te stemmen met de huur van het voormalige kantoorpand aan de [[Hanzeweg 14|pl]] voor vijf jaar "
          "voor de tijdelijke huisvesting van 48 statushouders en 24 andere woningzoekenden (‘gemengd wonen’).\n"
          "2. Een krediet van € 1.860.000 beschikbaar te stellen voor de verbouwing.\n"
          "3. De raad te informeren met de bijgevoegde raadsinformatiebrief."),
        P("Aanleiding", "h2"),
        P("Deventer moet in 2026 volgens de taakstelling 212 statushouders huisvesten. Op [[1 maart 2026|dt]] "
          "verbleven 63 van hen, met een verblijfsvergunning, nog in een azc. Het COA heeft de gemeente gevraagd "
          "hen zo snel mogelijk over te nemen. Via de locatiemanager van het azc, [[Filmon Ghebreyesus|P]], "
          "weten wij dat het vooral om alleenstaanden gaat. Het pand aan de [[Hanzeweg 14|pl]] staat sinds 2024 "
          "leeg en is door de eigenaar, [[Hanzepoort Vastgoed B.V.|org]], te huur aangeboden."),
        P("Argumenten", "h2"),
        P("**Snel beschikbaar.** Na een verbouwing van vier maanden zijn er 72 zelfstandige studio’s. Het team "
          "Vastgoed ([[Lucas Bolks|P]]) heeft de kosten laten ramen door een extern bureau; de raming ligt binnen "
          "het budget van het Volkshuisvestingsfonds."),
        P("**Gemengd wonen werkt.** De evaluatie van de vergelijkbare locatie in Zwolle laat zien dat bewoners "
          "elkaar helpen met taal en werk. [[Ilham|P]] heeft die locatie samen met de woningcorporatie bezocht."),
        P("Kanttekeningen", "h2"),
        P("**Draagvlak in de buurt.** Tijdens de inloopavond op [[24 februari 2026|dt]] waren ongeveer zestig "
          "omwonenden aanwezig. De voorzitter van buurtvereniging Knutteldorp, mevrouw [[Maartje Siemerink|P]], "
          "vroeg om een beheerder die ’s avonds bereikbaar is. Eén omwonende, de heer [[J. Harberink|P]] "
          "([[Hanzeweg 9|A]]), heeft schriftelijk bezwaar gemaakt tegen de parkeerdruk. Wij stellen voor "
          "twintig parkeerplaatsen op het terrein van het pand voor de buurt open te stellen. Mevrouw "
          "[[Siemerink|P]] en de heer [[Harberink|P]] krijgen een uitnodiging voor de klankbordgroep."),
        P("**Juridisch.** Het bestemmingsplan staat wonen op deze plek niet toe. Een tijdelijke "
          "omgevingsvergunning voor tien jaar is mogelijk. Volgens de jurist, [[Kerem Yeşilyurt|P]], is het "
          "risico op een succesvol beroep klein, omdat het gebruik tijdelijk is en de parkeerbehoefte op eigen "
          "terrein kan worden opgevangen."),
        P("Financiën", "h2"),
        P("Het krediet van € 1.860.000 wordt gedekt uit het Volkshuisvestingsfonds (€ 1.200.000) en de "
          "rijksbijdrage voor de huisvesting van statushouders (€ 660.000). De huur en het beheer worden gedekt "
          "uit de huuropbrengst. Het team Financiën ([[Dorota Mazur|P]]) heeft de berekening gecontroleerd."),
        P("Communicatie", "h2"),
        P("Wethouder [[Overdijkink|oth]] informeert de raad met de raadsinformatiebrief en de buurt met een "
          "bewonersbrief. Vragen van omwonenden gaan naar [[wonen@deventer.nl|mb]] of [[14 0570|gn]]."),
        P("Parafen", "h2"),
        Tbl([["Functie", "Naam", "Paraaf", "Datum"],
             ["steller", "[[Ilham Ouahabi|P]]", "[[IO|I]]", "[[3 maart 2026|dt]]"],
             ["teamleider Wonen", "[[Rienk ter Brugge|P]]", "[[RtB|I]]", "[[4 maart 2026|dt]]"],
             ["juridische toets", "[[Kerem Yeşilyurt|P]]", "[[KY|I]]", "[[4 maart 2026|dt]]"],
             ["concerncontrol", "[[Dorota Mazur|P]]", "[[DM|I]]", "[[5 maart 2026|dt]]"],
             ["gemeentesecretaris", "[[drs. Hugo Schurer|P]]", "[[HS|I]]", "[[5 maart 2026|dt]]"]],
            [0.3, 0.34, 0.14, 0.22], size=9, shade="#d9d9d9"),
        KV([["Besluit college", "conform advies, [[10 maart 2026|dt]]"],
            ["de secretaris", "[[drs. Hugo Schurer|P]]"],
            ["de burgemeester", "[[Geertje Rauwerda|oth]]"]], label_w=0.27, style="shaded", size=9.5),
    ]
    return Doc("beslisnota_college_tijdelijke_huisvesting_hanzeweg.pdf", "nota", "lo", "Ouahabi, I.",
               "Beslisnota tijdelijke huisvesting Hanzeweg", "2026-03-03", body, font="Nimbus Sans", size=10,
               running=[Running("Beslisnota [[2026-011742|ken]] – pagina {page}", "footer", "all", "right", 7.5)],
               opts={"margins": (25, 20, 22, 20)},
               note="beslisnota aan het college met kopblok als rastertabel (steller met direct nummer en e-mail, "
                    "wethouder als portefeuillehouder houden), COA-locatiemanager met Eritrese naam, voornaam "
                    "steller, omwonenden met adres, parafentabel met namen en initialen (ook ‘RtB’), besluitvak met secretaris "
                    "(lakken) en burgemeester (houden), pand en eigenaar-B.V. houden")


# ------------------------------------------------------------------ memo to a wethouder

def memo_wethouder_kunstgras():
    body = [
        P("**MEMO**", size=16, space_after=2),
        P("Gemeente Nieuwegein – Maatschappelijke Ontwikkeling", size=8.5, space_after=10),
        P("Aan: wethouder [[Sterre Gortemaker|oth]]\n"
          "Van: [[Toon Verhoeks|P]], beleidsadviseur Sport\n"
          "Cc: [[Ruthmila Cijntje|P]] (teamleider), [[Lars Tijhuis|P]] (Vastgoed)\n"
          "Datum: [[19 mei 2026|dt]]\n"
          "Betreft: gesprek met [[VV Merwestein|org]] over het kunstgrasveld op Sportpark Galecop"),
        HR(),
        P("Aanleiding", "h2"),
        P("Op [[12 mei 2026|dt]] heb ik met het bestuur van [[VV Merwestein|org]] gesproken over de vervanging van "
          "het kunstgrasveld. Aanwezig namens de club waren de voorzitter, de heer [[Gerbrand Assink|P]], en de "
          "penningmeester, mevrouw [[Eva Morsink|P]]. U heeft de heer [[Assink|P]] op [[28 april 2026|dt]] "
          "toegezegd vóór de zomer duidelijkheid te geven. Deze memo bereidt uw gesprek van volgende week voor."),
        P("Wat speelt er?", "h2"),
        P("Het veld is in 2014 aangelegd met rubbergranulaat en is volgens de keuring van [[Tijhuis Sportvelden "
          "B.V.|org]] aan het einde van zijn levensduur. De club wil een veld met kurk als infill. Dat kost "
          "ongeveer € 95.000 meer dan een veld met granulaat. De club vraagt de gemeente de meerkosten te "
          "dragen en wil zelf € 20.000 bijdragen uit een sponsoractie."),
        P("De [[toon|w]] van het gesprek was constructief, maar de club voelt zich achtergesteld: het veld van "
          "de hockeyclub is vorig jaar wel met kurk vervangen. Mevrouw [[Morsink|P]] heeft een overzicht "
          "gestuurd van de ledenaantallen (640 leden, waarvan 410 jeugd)."),
        P("Advies", "h2"),
        P("Ik adviseer u de meerkosten voor de helft te dragen, op voorwaarde dat de club het onderhoud van de "
          "kurk voor haar rekening neemt. [[Lars Tijhuis|P]] heeft bevestigd dat het onderhoudsbudget een "
          "verhoging van € 3.500 per jaar niet toelaat. Het team Vastgoed ziet geen bezwaar als de club het "
          "borstelen en bijvullen zelf doet."),
        P("Let op: raadslid [[Kootstra|oth]] (VVD) heeft schriftelijke vragen aangekondigd over de "
          "gelijke behandeling van sportclubs. Een antwoord kan in dezelfde lijn."),
        P("Contact", "h2"),
        P("De heer [[Assink|P]] is het best bereikbaar op zijn mobiel, [[06 2281 5046|T]]. Voor het gesprek "
          "kan het secretariaat de club bereiken via [[sport@nieuwegein.nl|mb]] of [[14 030|gn]]."),
        Sp(3),
        P("[[Toon|P]]"),
    ]
    return Doc("memo_wethouder_kunstgras_merwestein.pdf", "nota", "rl-std", "Verhoeks, T.",
               "Memo kunstgrasveld Merwestein", "2026-05-19", body, font="Helvetica", size=9.5,
               running=[Running("Intern memo – niet voor verspreiding buiten de organisatie", "footer", "all",
                                "center", 7)],
               opts={"margins": (25, 25, 22, 22)},
               note="korte memo aan een wethouder (houden) met kopregels Aan/Van/Cc/Datum/Betreft als gewone tekstregels, "
                    "beleidsadviseur met voornaam ‘Toon’ naast ‘de toon van het gesprek’, clubvoorzitter en "
                    "penningmeester (lakken) met mobiel nummer, ambtenaar ‘Lars Tijhuis’ naast bedrijf ‘Tijhuis "
                    "Sportvelden B.V.’ (houden), raadslid (houden)")


def docs():
    return [nota_minister_netcongestie(), kamerbrief_netcongestie(), beslisnota_college(),
            memo_wethouder_kunstgras()]
