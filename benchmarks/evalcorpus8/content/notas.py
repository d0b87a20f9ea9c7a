"""Nota's: a nota to Gedeputeerde Staten of Noord-Brabant with a grid header block and a paraph table
(reportlab TTF, Liberation Sans) and a short internal memo of UWV with plain header lines (reportlab, Helvetica)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


# ------------------------------------------------------------------ nota to Gedeputeerde Staten

def nota_gs_dorpsbus():
    body = [
        P("**Provincie Noord-Brabant**", size=12, space_after=2),
        P("Nota aan Gedeputeerde Staten", "title", size=15),
        KV([["Onderwerp", "Subsidieregeling buurtbus en dorpsbus Peelland 2027–2030"],
            ["Portefeuillehouder", "gedeputeerde [[Anouk Kerkhofs|oth]] (Mobiliteit)"],
            ["Opsteller", "[[Reshma Mangal-Rai|P]], cluster Openbaar Vervoer"],
            ["Telefoon", "[[06 4419 2873|T]] (ook via [[073 681 28 12|gn]])"],
            ["E-mail", "[[rmangalrai@brabant.nl|E]]"],
            ["Documentnummer", "[[C2261487|ken]]"],
            ["Datum", "[[17 augustus 2026|dt]]"],
            ["Vergadering GS", "[[1 september 2026|dt]]"],
            ["Kopie aan", "[[Wetzels, H.|P]] (Juridische Zaken); [[Vankan, M.|P]] (Financiën)"]],
           label_w=0.25, style="grid", size=9),
        P("Beslispunten", "h2"),
        P("De subsidieregeling buurtbus en dorpsbus Peelland voor de periode 2027–2030 vast te stellen, met een "
          "plafond van € 1,2 miljoen.", "bullet"),
        P("Provinciale Staten met de bijgevoegde Statenmededeling te informeren.", "bullet"),
        P("Aanleiding", "h2"),
        P("Sinds de nieuwe concessie Oost-Brabant rijdt [[Hermes|org]] in de Peel alleen nog op de hoofdlijnen. "
          "De kleine kernen worden bediend door veertien buurtbusverenigingen met samen ruim 300 vrijwillige "
          "chauffeurs. De huidige regeling loopt op 31 december af. In de Statenvergadering van [[3 juli 2026|dt]] "
          "heeft Statenlid [[Van Kempen-Aarts|oth]] gevraagd om een regeling die ook voor dorpsbussen zonder "
          "vaste dienstregeling openstaat; gedeputeerde [[Kerkhofs|oth]] heeft dat toegezegd."),
        P("Kern", "h2"),
        P("Het rapport ‘Kleinschalig vervoer in krimpregio’s’ van het [[Kennisinstituut voor Mobiliteitsbeleid|org]] "
          "([[Harmsen|au]] en [[El Morabet|au]], 2025) laat zien dat buurtbussen vooral door ouderen en scholieren "
          "worden gebruikt en dat het tekort aan chauffeurs het grootste risico is. Dat beeld herkennen wij. De "
          "voorzitter van de Buurtbusvereniging Someren, de heer [[Wim Keijzers|P]], meldde in juni dat twee "
          "ritten per dag zijn geschrapt. De heer [[Keijzers|P]] vraagt een vergoeding voor de medische keuring "
          "van chauffeurs boven de 75 jaar; die nemen wij in de regeling op."),
        P("Een inwoner van Asten, de heer [[Rami Al-Jundi|P]], heeft ons per e-mail laten weten dat hij voor "
          "zijn werk in Helmond afhankelijk is van de vroege rit van de dorpsbus. Naar aanleiding daarvan "
          "onderzoeken wij met de gemeenten Asten en Someren of de eerste rit kan aansluiten op de trein. "
          "Voor de ritten op afroep werken de verenigingen samen met [[Taxicentrale Van Bakel B.V.|org]] in "
          "Deurne. Onze medewerker [[Ivo van Bakel|P]] heeft met die vervoerder geen familieband; hij is om "
          "die reden wel buiten de voorbereiding van de aanbesteding gehouden."),
        P("Financiën", "h2"),
        P("De regeling wordt gedekt uit de begrotingspost Openbaar Vervoer. [[Harrie Wetzels|P]] (Juridische "
          "Zaken) heeft de regeling getoetst aan de Algemene subsidieverordening; [[Wetzels|P]] adviseert de "
          "aanvraagtermijn te verlengen tot acht weken. [[Maud Vankan|P]] van Financiën heeft bevestigd dat het "
          "plafond binnen de begroting past. [[Vankan|P]] merkt wel op dat een indexering voor 2029 en 2030 "
          "nog moet worden geregeld."),
        P("Communicatie", "h2"),
        P("Na vaststelling ontvangen de verenigingen een brief van de gedeputeerde. Vragen van de pers gaan naar "
          "[[pers@brabant.nl|mb]]. [[Reshma|P]] bezoekt in september de jaarvergaderingen van de verenigingen "
          "in Asten, Someren en Deurne."),
        Sp(2),
        Tbl([["Paraaf", "Naam", "Datum"],
             ["opsteller", "[[RJ|I]]", "[[14 augustus 2026|dt]]"],
             ["teamleider Openbaar Vervoer", "[[Willeke van den Eijnden|P]]", "[[14 augustus 2026|dt]]"],
             ["directeur Mobiliteit", "[[ir. B. Szczepański|P]]", "[[17 augustus 2026|dt]]"],
             ["gedeputeerde", "[[A. Kerkhofs|oth]]", "[[18 augustus 2026|dt]]"]],
            [0.36, 0.4, 0.24], size=8.5, shade="#e4dccf"),
    ]
    return Doc("nota_gs_subsidie_dorpsbus_peelland.pdf", "nota", "rl-ttf", "Mangal-Rai, R.",
               "GS-nota buurtbus en dorpsbus Peelland", "2026-08-17", body, font="LiberationSans", size=10,
               running=[Running("GS-nota [[C2261487|ken]] – pagina {page}", "footer", "all", "right", 7.5)],
               opts={"margins": (24, 22, 30, 24),
                     "logo": {"kind": "bar", "color": "#8c1d40", "italic": False, "size": 11,
                              "lines": ["Provincie Noord-Brabant"]}},
               note="nota aan GS met kopblok als rastertabel (opsteller met dubbele Surinaams-Hindoestaanse naam, "
                    "mobiel nummer naast algemeen nummer, ‘Kopie aan’ als ‘Wetzels, H.’), gedeputeerde en Statenlid "
                    "met dubbele naam (houden), rapportauteurs (houden), buurtbusvoorzitter en inwoner (Syrische "
                    "naam) (lakken), ambtenaar ‘Ivo van Bakel’ naast ‘Taxicentrale Van Bakel B.V.’ (houden), "
                    "parafentabel met initialen, teamleider met tussenvoegsel, directeur met Poolse naam, "
                    "gedeputeerde als ‘A. Kerkhofs’ (houden)")


# ------------------------------------------------------------------ UWV memo

def memo_uwv_banenmarkt():
    body = [
        P("**UWV WERKbedrijf – Regio Zuid-Limburg**", size=9, space_after=10),
        P("MEMO", "title", size=16),
        P("Aan: [[Coenen, J.|P]], manager werkgeversdienstverlening\n"
          "Van: [[Sharon Deekman|P]], adviseur werkgeversdienstverlening\n"
          "Cc: [[Janga, S.|P]]; Regionaal Werkbedrijf Zuid-Limburg\n"
          "Datum: [[9 oktober 2026|dt]]\n"
          "Betreft: evaluatie Banenmarkt Parkstad [[24 september 2026|dt]]", space_after=8),
        HR(),
        P("**Opkomst.** Op de banenmarkt in het Glaspaleis in Heerlen kwamen 412 werkzoekenden op 38 werkgevers af. "
          "Volgens de werkgevers schoten we met de opzet per sector in de [[roos|w]]: de gesprekken waren korter "
          "en gerichter dan vorig jaar. Tot nu toe zijn 46 mensen uitgenodigd voor een tweede gesprek."),
        P("**Werkgevers.** De meeste vacatures kwamen van [[Transportbedrijf Knoops Heerlen B.V.|org]] en de "
          "zorginstellingen. De HR-manager van Knoops, mevrouw [[Gisella Maduro|P]], wil in het voorjaar een "
          "eigen wervingsdag in Kerkrade. Ik heb haar gevraagd dat met [[Roos Lenssen|P]] af te stemmen, die de "
          "logistieke sector binnen ons team doet. [[Roos|P]] neemt contact op met de gemeente Kerkrade."),
        P("**Statushouders.** Via de gemeente Heerlen kwamen 31 statushouders mee. Een van hen, de heer "
          "[[Omar Haj Mohammad|P]], kon direct beginnen als heftruckchauffeur. Wethouder "
          "[[Ramon Schrijnemakers|oth]] (Werk en Inkomen) heeft hem samen met mij gesproken en wil zijn verhaal "
          "gebruiken in de nieuwsbrief; de heer [[Haj Mohammad|P]] heeft daar nog geen toestemming voor gegeven."),
        P("**Knelpunten.** Zoals [[SM|I]] in het regio-overleg al aangaf, komen werkzoekenden uit Brunssum en "
          "Landgraaf moeilijk naar Heerlen zonder eigen vervoer. Wij stellen voor volgend jaar een pendelbus in "
          "te zetten. De minister van Sociale Zaken en Werkgelegenheid, [[Jorien Meulendijks|min]], heeft in haar "
          "brief over regionale mobiliteitsteams voor zulke initiatieven ruimte geboden."),
        P("**Vervolg.** Graag bespreek ik de evaluatie in het MT van [[21 oktober 2026|dt]]. Werkgevers met "
          "vragen verwijs ik naar het Werkgeversservicepunt ([[088 898 92 95|gn]], "
          "[[wsp.parkstad@uwv.nl|mb]]); mijn eigen nummer is [[06 1538 7046|T]]."),
        Sp(3),
        P("[[SD|I]] / [[9 oktober 2026|dt]]", "small"),
    ]
    return Doc("memo_uwv_evaluatie_banenmarkt_parkstad.pdf", "nota", "rl-std", "Deekman, S.",
               "Memo evaluatie Banenmarkt Parkstad", "2026-10-09", body, font="Helvetica", size=10,
               opts={"margins": (25, 25, 25, 22)},
               note="korte UWV-memo met kopregels Aan/Van/Cc als gewone tekst (‘Coenen, J.’, ‘Janga, S.’), "
                    "Antilliaanse en Surinaamse namen, voornaam ‘Roos’ naast ‘in de roos’, HR-manager bij een "
                    "bedrijf met familienaam (bedrijf houden), statushouder met Syrische naam, wethouder en "
                    "minister (houden), initialen in de tekst en als paraaf, mobiel nummer naast algemeen nummer "
                    "en functionele mailbox")


def docs():
    return [nota_gs_dorpsbus(), memo_uwv_banenmarkt()]
