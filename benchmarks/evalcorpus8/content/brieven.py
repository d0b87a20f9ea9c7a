"""Letters and decisions: a waterschap's decision on a damage claim to two citizens (python-docx ->
LibreOffice), a waterschap's water permit for a jetty with a bezwaarclausule (reportlab, Times), a veiligheidsregio's
advice to an events company (reportlab TTF, DejaVu Serif) and a GGD letter answering a citizen (LibreOffice)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


# ------------------------------------------------------------------ waterschap: damage claim

def brief_waterschap_schadeclaim():
    body = [
        P("**Waterschap Aa en Maas**", size=14, space_after=0),
        P("[[Pettelaarpark 70|pl]], 5216 PP ’s-Hertogenbosch · Postbus 5049, 5201 GA ’s-Hertogenbosch · "
          "[[073 615 66 66|gn]] · [[www.aaenmaas.nl|gn]]", size=8),
        HR(),
        Sp(6),
        P("De heer [[K. Ouled Ali|P]] en mevrouw [[H. Azzaoui|P]]\n[[Kerkeind 17|A]]\n[[5469 PK|Z]]  Erp",
          space_after=14),
        KV([["Datum", "[[2 juli 2026|dt]]"],
            ["Ons kenmerk", "[[AM-26.08812|ken]]"],
            ["Uw brief van", "[[11 mei 2026|dt]]"],
            ["Behandeld door", "[[Jelmer Jorritsma|P]]"],
            ["Telefoon", "[[073 615 67 34|T]]"],
            ["Onderwerp", "besluit op uw verzoek om schadevergoeding"]], label_w=0.22, size=9,
           bold_labels=False),
        P("Geachte heer [[Ouled Ali|P]] en mevrouw [[Azzaoui|P]],"),
        P("Op [[11 mei 2026|dt]] vroeg u ons om een vergoeding van de schade aan uw woning en tuin door de "
          "wateroverlast van [[18 april 2026|dt]]. Die nacht viel er in korte tijd meer dan 60 millimeter regen en "
          "viel het gemaal Erp-Noord twee uur uit door een storing in de stroomvoorziening. Het water uit de "
          "watergang achter uw perceel stroomde daardoor uw tuin en kruipruimte in. In deze brief leest u ons "
          "besluit."),
        P("Wat hebben wij onderzocht?", "h2"),
        P("Op [[24 mei 2026|dt]] heeft onze medewerker [[Jelmer Jorritsma|P]] samen met een schade-expert van "
          "[[Crawford & Company|org]], mevrouw [[Lotte Schoenmakers|P]], de schade bij u opgenomen. Mevrouw "
          "[[Schoenmakers|P]] schat de schade aan de vloer, de cv-ketel en de tuin op € 8.460. Uw buren, de "
          "familie [[Van de Rijt|P]] op [[Kerkeind 19|A]], hebben vergelijkbare schade gemeld; hun verzoek "
          "behandelen wij apart."),
        P("Heemraad [[Noortje Bisschops|oth]] heeft op [[4 juni 2026|dt]] met de bewoners van het Kerkeind "
          "gesproken. Zij heeft toegezegd dat het gemaal een noodstroomvoorziening krijgt. Het werk wordt in "
          "het najaar uitgevoerd door [[Aannemingsbedrijf Van der Heijden Veghel B.V.|org]]."),
        P("Ons besluit", "h2"),
        P("Wij kennen u een schadevergoeding toe van € 6.345. Dat is de geschatte schade min het eigen risico "
          "van uw opstalverzekering, dat u al vergoed heeft gekregen. Wij maken het bedrag binnen vier weken "
          "over op rekening [[NL77 RABO 7206 8158 17|N]] ten name van [[K. Ouled Ali|P]]. De schade aan de "
          "schuur vergoeden wij niet: die stond al vóór [[18 april 2026|dt]] regelmatig onder water, zoals "
          "blijkt uit de foto’s die [[Jorritsma|P]] bij een eerder bezoek heeft gemaakt."),
        P("Bent u het niet eens met dit besluit?", "h2"),
        P("Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken bij het dagelijks bestuur van "
          "Waterschap Aa en Maas, Postbus 5049, 5201 GA ’s-Hertogenbosch, of via "
          "[[bezwaarschriften@aaenmaas.nl|mb]]. Vermeld daarbij ons kenmerk. Wilt u eerst overleggen? Bel dan "
          "met [[Jelmer|P]] op het nummer hierboven."),
        P("Met vriendelijke groet,\nhet dagelijks bestuur van Waterschap Aa en Maas,"),
        Tbl([["de secretaris-directeur,", "de dijkgraaf,"],
             ["\n\n[[drs. Yvette Pluijmen|P]]", "\n\n[[Hendrik-Jan Rutjes|oth]]"]],
            [0.5, 0.5], header=False, grid=False, size=10, shade=None),
    ]
    return Doc("brief_waterschap_besluit_schadeclaim_erp.pdf", "brief", "lo", "Jorritsma, J.",
               "Besluit verzoek schadevergoeding Kerkeind 17", "2026-07-02", body, font="Arial", size=10,
               running=[Running("Ons kenmerk [[AM-26.08812|ken]]", "footer", "all", "right", 7.5)],
               opts={"margins": (25, 22, 20, 20), "space_after": 7, "line_spacing": 1.15},
               note="besluit op een schadeclaim aan twee inwoners (Marokkaanse namen, adresblok met ‘K. Ouled Ali’), "
                    "kopgegevens zonder vette labels met behandelaar (Friese naam) en direct nummer, schade-expert van "
                    "een bedrijf (lakken, bedrijf houden), buren als familie met adres, IBAN, heemraad en dijkgraaf "
                    "(houden) naast secretaris-directeur (lakken) in een ondertekeningstabel, aannemer met "
                    "persoonsnaam (houden), bezwaarclausule met functionele mailbox, eigen bezoekadres (houden)")


# ------------------------------------------------------------------ waterschap: water permit (besluit)

def besluit_watervergunning_steiger():
    body = [
        P("WATERSCHAP LIMBURG", size=13, space_after=0),
        P("[[Parklaan 10|pl]], Roermond · Postbus 314, 6040 AH Roermond · [[088 888 66 66|gn]]", size=8.5),
        HR(),
        Sp(4),
        P("Mevrouw [[M.J.H. Hendriks-Bemelmans|P]]\n[[Oosterweg 4|A]]\n[[6301 PK|Z]]  Valkenburg", space_after=12),
        P("Roermond, [[16 juni 2026|dt]]\nKenmerk: [[WL-2026-04471|ken]]\nOnderwerp: watervergunning steiger "
          "in de Geul", space_after=10),
        P("BESLUIT", "h1"),
        P("Het dagelijks bestuur van Waterschap Limburg,"),
        P("gelet op de aanvraag van mevrouw [[Hendriks-Bemelmans|P]] van [[2 april 2026|dt]], ontvangen op "
          "[[7 april 2026|dt]], om een watervergunning voor het plaatsen van een houten steiger van 4 bij 1,5 "
          "meter in de oever van de Geul ter hoogte van [[Oosterweg 4|A]] in Valkenburg;"),
        P("gelet op artikel 6.6 van de Omgevingswet en de Waterschapsverordening Waterschap Limburg;"),
        P("overwegende dat:", space_after=3),
        P("de steiger in de beschermingszone van een primaire watergang ligt en de doorstroming van de beek bij "
          "hoog water niet mag belemmeren;", "bullet"),
        P("onze toezichthouder, de heer [[Mark Sloot|P]], op [[12 mei 2026|dt]] ter plaatse heeft vastgesteld dat "
          "de steiger buiten het stroomprofiel kan blijven als hij 0,5 meter lager wordt gebouwd dan "
          "aangevraagd; de heer [[Sloot|P]] heeft dit met de aanvrager besproken;", "bullet"),
        P("de buurman, de heer [[Bèr Houben|P]] ([[Oosterweg 6|A]]), op [[20 mei 2026|dt]] heeft laten weten "
          "dat hij vreest voor aanslibbing in de [[sloot|w]] naast zijn tuin; uit de stromingsberekening blijkt dat de beek "
          "daar niet meer slib afzet dan nu;", "bullet"),
        P("de steiger wordt gebouwd door [[Aannemersbedrijf Lemmens-Knops B.V.|org]], met als uitvoerder "
          "de heer [[Ivan Rosalia|P]];", "bullet"),
        P("BESLUIT:", "h2"),
        P("I. aan mevrouw [[M.J.H. Hendriks-Bemelmans|P]] een watervergunning te verlenen voor het plaatsen van een "
          "steiger in de oever van de Geul, onder de volgende voorschriften:"),
        P("de bovenkant van de steiger ligt niet hoger dan 0,30 meter boven het zomerpeil;", "bullet"),
        P("er worden geen palen in het stroomprofiel van de beek geplaatst;", "bullet"),
        P("de vergunninghouder meldt het begin van de werkzaamheden ten minste twee werkdagen vooraf via "
          "[[vergunningen@waterschaplimburg.nl|mb]];", "bullet"),
        P("de steiger wordt op eerste aanzegging van het waterschap verwijderd als onderhoud van de Geul dat "
          "nodig maakt;", "bullet"),
        P("II. de overige leges van € 312 in rekening te brengen."),
        Sp(2),
        P("Het dagelijks bestuur van Waterschap Limburg,\nnamens dezen,"),
        Sp(8),
        P("[[ing. Paul Ruijters|P]]\nteamleider Vergunningverlening"),
        Sp(3),
        P("Afschrift aan: heemraad [[Jo Wetzelaer|oth]] (portefeuille Water en Ruimte); gemeente "
          "Valkenburg aan de Geul", "small"),
        P("Bezwaar", "h2"),
        P("Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de dag waarop het besluit is "
          "verzonden een bezwaarschrift indienen. Ook de buren en andere belanghebbenden kunnen bezwaar maken. "
          "Het bezwaarschrift moet zijn ondertekend en ten minste bevatten: uw naam en adres, de datum, een "
          "omschrijving van het besluit waartegen het bezwaar is gericht en de redenen van het bezwaar. U "
          "stuurt het aan het dagelijks bestuur van Waterschap Limburg, Postbus 314, 6040 AH Roermond, of "
          "digitaal via [[bezwaar@waterschaplimburg.nl|mb]]. Het indienen van een bezwaarschrift schorst de "
          "werking van dit besluit niet. Als u vindt dat de zaak spoed heeft, kunt u de voorzieningenrechter "
          "van de rechtbank Limburg om een voorlopige voorziening vragen. Voor vragen over dit besluit kunt u "
          "bellen met het klantcontactcentrum op [[088 888 66 66|gn]]."),
        P("Dijkgraaf [[Pierre Lhoëst|oth]] heeft op [[26 mei 2026|dt]] namens het bestuur toegezegd dat het "
          "waterschap in 2027 de oevers van de Geul tussen Valkenburg en Houthem herstelt. Deze vergunning "
          "loopt daar niet op vooruit.", "small"),
    ]
    return Doc("besluit_watervergunning_steiger_geul_valkenburg.pdf", "besluit", "rl-std", "Ruijters, P.",
               "Besluit watervergunning steiger Geul", "2026-06-16", body, font="Times-Roman", size=10.5,
               running=[Running("Waterschap Limburg – kenmerk [[WL-2026-04471|ken]] – pagina {page}", "footer",
                                "all", "center", 7.5)],
               opts={"margins": (25, 25, 22, 22)},
               note="watervergunning aan een inwoner (Limburgse dubbele naam met drie voorletters) met "
                    "overwegingen, voorschriften en bezwaarclausule: toezichthouder ‘Mark Sloot’ / ‘de heer Sloot’ "
                    "naast ‘de sloot’ (woord), buurman met adres, uitvoerder (Antilliaanse naam) bij een aannemer met "
                    "dubbele familienaam (houden), ondertekenaar ‘namens dezen’ (lakken), heemraad en dijkgraaf "
                    "(houden), functionele mailboxen en klantcontactnummer")


# ------------------------------------------------------------------ veiligheidsregio: advice to a company

def brief_veiligheidsregio_evenement():
    c = [
        "**Veiligheidsregio Zuid-Limburg**",
        "Bezoekadres\n[[Prins Bisschopsingel 51|pl]]\nMaastricht",
        "Postbus 1024\n6201 BA Maastricht",
        "T [[088 119 70 00|gn]]\n[[evenementen@vrzl.nl|mb]]",
        "**Behandelaar**\n[[Andi Hartono|P]]\nM [[06 2937 4410|T]]\n[[a.hartono@vrzl.nl|E]]",
        "**Kenmerk**\n[[VRZL/EV/26-0318|ken]]",
    ]
    body = [
        P("[[Evenementenbureau Jo Kleijnen B.V.|org]]\nt.a.v. de heer [[R. Kurtuluş|P]]\nIndustrieweg 12\n"
          "6222 NZ  Maastricht", space_after=16),
        P("Maastricht, [[3 maart 2026|dt]]", space_after=4),
        P("**Betreft: advies veiligheidsplan Zomerfestival Geuldal 2026**", space_after=10),
        P("Geachte heer [[Kurtuluş|P]],"),
        P("Op verzoek van de burgemeester van Valkenburg aan de Geul, mevrouw [[Daphne Tossings-Keulen|oth]], "
          "hebben wij het veiligheidsplan voor het Zomerfestival Geuldal van 10 tot en met 12 juli beoordeeld. "
          "Het plan is op [[9 februari 2026|dt]] door uw collega mevrouw [[Merel Kleijnen|P]] ingediend. "
          "Burgemeester [[Tossings-Keulen|oth]] is het bevoegd gezag voor de evenementenvergunning; ons advies is "
          "aan haar gericht, met een afschrift aan u."),
        P("Onze bevindingen", "h2"),
        P("Het terrein aan de Geul heeft één toegang voor hulpdiensten. Bij 9.000 bezoekers per dag is dat te "
          "weinig. Wij vragen u een tweede calamiteitenroute via de Plenkertstraat open te houden. Verder "
          "ontbreekt in het plan een scenario voor hitte. De GGD Zuid-Limburg ([[Liam Wijdenbosch|P]]) "
          "adviseert minimaal zes gratis watertappunten."),
        P("De evenementencoördinator van de politie, mevrouw [[Razan Alhamwi|P]], vraagt de verkeersregelaars "
          "vanaf 16.00 uur in te zetten op de N590. Mevrouw [[Alhamwi|P]] sluit aan bij het schouwoverleg. De "
          "beveiliging wordt volgens uw plan verzorgd door [[Securitas|org]]; wij vragen de naam van de "
          "hoofdbeveiliger uiterlijk twee weken voor het festival door te geven."),
        P("Vervolg", "h2"),
        P("Wij stellen voor het plan op [[17 maart 2026|dt]] te bespreken in het multidisciplinaire "
          "evenementenoverleg. Wilt u vóór die datum een aangepaste versie sturen naar "
          "[[evenementen@vrzl.nl|mb]]? Voor vragen kunt u mij bellen op het mobiele nummer hiernaast."),
        P("Met vriendelijke groet,", space_after=2),
        P("namens de commandant Brandweer Zuid-Limburg,"),
        Sp(8),
        P("[[Andi Hartono|P]]\nadviseur evenementenveiligheid"),
        Sp(4),
        P("Afschrift: burgemeester van Valkenburg aan de Geul; politie Limburg, district Heuvelland", "small"),
    ]
    return Doc("brief_veiligheidsregio_advies_zomerfestival_geuldal.pdf", "brief", "rl-ttf", "Hartono, A.",
               "Advies veiligheidsplan Zomerfestival Geuldal", "2026-03-03", body, font="DejaVuSerif", size=9.5,
               running=[Running("Kenmerk [[VRZL/EV/26-0318|ken]] – pagina {page}", "footer", "all", "right", 7)],
               opts={"colofon": c, "colofon_w": 52, "margins": (22, 14, 40, 22),
                     "logo": {"kind": "text", "color": "#c8102e", "italic": False, "size": 12,
                              "lines": ["Veiligheidsregio Zuid-Limburg"]}},
               note="brief aan een evenementenbureau met persoonsnaam (houden) en contactpersoon met Turkse naam en "
                    "initiaal (lakken), colofon met behandelaar (Indonesische naam), mobiel nummer en e-mail naast "
                    "algemeen nummer en functionele mailbox, burgemeester met dubbele naam (houden), collega met "
                    "dezelfde achternaam als het bedrijf (lakken), GGD-medewerker met Surinaamse naam, politie­"
                    "coördinator met Syrische naam, beveiligingsbedrijf (houden)")


# ------------------------------------------------------------------ GGD: answer to a citizen

def brief_ggd_antwoord_inwoner():
    body = [
        P("**GGD Fryslân**", size=13, space_after=0),
        P("Team Medische Milieukunde · [[Harlingerstraatweg 4|pl]], Leeuwarden · [[088 229 92 22|gn]]", size=8.5),
        HR(),
        Sp(6),
        P("De heer [[S. Weldeab|P]]\n[[Sint Jacobsstraat 41|A]]\n[[9101 EH|Z]]  Dokkum", space_after=14),
        P("Leeuwarden, [[22 september 2026|dt]]\nOns kenmerk: [[MMK-26-0977|ken]]\n"
          "Onderwerp: uw vragen over de nieuwe zendmast aan de Woudweg", space_after=10),
        P("Geachte heer [[Weldeab|P]],"),
        P("U belde ons op [[8 september 2026|dt]] en sprak met mijn collega [[Hylke Dijkhuis|P]] over de nieuwe "
          "zendmast aan de Woudweg, op ongeveer 150 meter van uw huis. U maakt zich zorgen over de straling, "
          "omdat uw kinderen in de tuin spelen. In deze brief geven wij antwoord op uw vragen."),
        P("Is de straling van de mast schadelijk?", "h2"),
        P("De Rijksinspectie Digitale Infrastructuur heeft op [[15 september 2026|dt]] bij de mast gemeten. De "
          "hoogste waarde op de openbare weg was minder dan 2 procent van de wettelijke limiet. De "
          "[[Gezondheidsraad|org]] concludeert in zijn advies ‘Zendmasten en gezondheid’ ([[Verschuur|au]] e.a., 2024) dat "
          "er bij deze waarden geen aanwijzingen zijn voor gezondheidsschade. Wij zien dan ook geen reden om "
          "uw kinderen binnen te houden."),
        P("Kan de mast worden verplaatst?", "h2"),
        P("Daarover beslist de gemeente Noardeast-Fryslân, niet de GGD. Wethouder [[Aukje Sipkema-Sijbesma|oth]] "
          "heeft in de raad gezegd dat de gemeente met de eigenaar, [[Cellnex Netherlands|org]], in gesprek is. "
          "Uw buurvrouw, mevrouw [[Tjitske Wouda|P]], heeft ons dezelfde vraag gesteld; wij hebben haar verwezen "
          "naar de gemeente."),
        P("Meer weten?", "h2"),
        P("Op [[www.antennebureau.nl|gn]] vindt u de meetresultaten. U kunt ook een e-mail sturen naar "
          "[[mmk@ggdfryslan.nl|mb]]. Mijn collega [[Hylke|P]] belt u in oktober nog om te horen of u nog vragen "
          "heeft."),
        P("Met vriendelijke groet,"),
        Sp(8),
        P("[[Anneke Galama-Sinnema|P]]\narts medische milieukunde"),
    ]
    return Doc("brief_ggd_antwoord_vragen_zendmast_dokkum.pdf", "brief", "lo", "Galama-Sinnema, A.",
               "Antwoord vragen zendmast", "2026-09-22", body, font="Liberation Serif", size=11,
               opts={"margins": (25, 22, 20, 20), "space_after": 7, "line_spacing": 1.15},
               note="brief van de GGD aan een inwoner (Eritrese naam) met adresblok en kopregels als gewone tekst: "
                    "collega met Friese naam en voornaam, geciteerde rapportauteur (houden), wethouder met "
                    "tussenvoegsel en dubbele naam (houden), buurvrouw (lakken), eigenaar van de mast (houden), "
                    "ondertekenaar met dubbele naam (lakken), functionele mailbox en website")


def docs():
    return [brief_waterschap_schadeclaim(), besluit_watervergunning_steiger(), brief_veiligheidsregio_evenement(),
            brief_ggd_antwoord_inwoner()]
