"""Four nota's: a ministry memo to the minister about UWV reassessments with a paraph table (reportlab, Helvetica),
a water board nota to the dijkgraaf signed 'namens deze' with a signature image (reportlab TTF, DejaVu Sans), a
Rijkshuisstijl nota to a staatssecretaris with a colofon (reportlab TTF, DejaVu Sans Condensed) and a municipal
nota to the gemeentesecretaris with a grid header (python-docx -> LibreOffice, Arial)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


# ------------------------------------------------------------------ SZW, nota aan de minister (rl-std)

def nota_szw_herbeoordelingen_wia():
    body = [
        P("Ministerie van Sociale Zaken en Werkgelegenheid", size=8.5, space_after=1),
        P("Directoraat-Generaal Sociale Zekerheid en Integratie – Directie Arbeidsongeschiktheid", size=8.5,
          space_after=12),
        P("Nota", "title"),
        KV([("Aan", "de minister van Sociale Zaken en Werkgelegenheid"),
            ("Via", "DG SZI, [[mr. Godelieve Hoogendam-Sturm|P]]"),
            ("Van", "[[Tarek Mansour|P]], senior beleidsmedewerker"),
            ("Datum", "[[16 februari 2026|dt]]"),
            ("Kenmerk", "[[2026-0000187342|ken]]"),
            ("Kopie aan", "staatssecretaris [[Hubert Lardinois|min]]; FEZ ([[Berber Dalmeijer|P]])"),
            ("Onderwerp", "achterstand bij herbeoordelingen WIA door UWV")],
           label_w=0.17, size=9.5),
        P("Beslispunten", "h2"),
        P("1. Kunt u instemmen met een tijdelijke vrijstelling voor herbeoordelingen van mensen van 60 jaar en "
          "ouder, zodat UWV de beschikbare verzekeringsartsen inzet voor eerste aanvragen?", "bullet"),
        P("2. Gaat u akkoord met de bijgevoegde brief aan de Tweede Kamer, waarmee u ook de "
          "motie-[[Kwakkelstein|kl]] (Kamerstuk [[26 448, nr. 812|ken]]) afdoet?", "bullet"),
        P("Aanleiding", "h2"),
        P("UWV heeft op [[2 februari 2026|dt]] gemeld dat ongeveer 23.000 herbeoordelingen WIA niet op tijd "
          "kunnen worden uitgevoerd. Het tekort aan verzekeringsartsen is groter dan verwacht. De Kamer heeft in "
          "december de motie van het lid [[Kwakkelstein|kl]] aangenomen die vraagt om voorrang voor eerste "
          "aanvragen. Het lid [[Van Oosterzee-Klappe|kl]] wil voor het commissiedebat van [[11 maart 2026|dt]] "
          "weten welke keuzes u maakt."),
        P("Kern", "h2"),
        P("Onze contactpersoon bij UWV, [[Petronella Vliegen|P]], bevestigt dat de wachttijd voor een eerste "
          "beoordeling nu gemiddeld negentien weken is. Mevrouw [[Vliegen|P]] waarschuwt dat UWV niet alles "
          "tegelijk kan: ‘We moeten niet willen [[vliegen|w]] voordat we weer kunnen lopen.’ Een vrijstelling voor "
          "60-plussers levert volgens UWV ongeveer 4.500 uur artsencapaciteit op. Het onderzoek van "
          "[[Tjeerdema|au]] en [[Baldew|au]] (2026) laat zien dat bij deze groep bij een herbeoordeling zelden "
          "een andere uitkomst volgt."),
        P("Er zijn ook signalen van burgers. Mevrouw [[D. Semedo|P]] uit Tilburg schreef u op "
          "[[29 januari 2026|dt]] dat zij al dertig weken wacht op een beslissing. UWV beantwoordt haar brief; "
          "mevrouw [[Semedo|P]] krijgt daarnaast een gesprek met een arbeidsdeskundige. Burgers kunnen voor "
          "vragen terecht bij UWV Telefoon Werknemers ([[088 898 92 94|gn]])."),
        P("Juridische en financiële gevolgen", "h2"),
        P("Een vrijstelling vraagt een wijziging van het Schattingsbesluit. De Directie Wetgeving acht dat "
          "binnen zes maanden haalbaar. De kosten zijn beperkt, omdat de uitkeringen van deze groep niet "
          "veranderen. FEZ heeft geen bezwaar. [[Berber Dalmeijer|P]] heeft de berekening gecontroleerd."),
        P("Communicatie", "h2"),
        P("De brief aan de Kamer kan op [[20 februari 2026|dt]] worden verzonden. UWV informeert de betrokken "
          "uitkeringsgerechtigden per brief. Directeur [[Wolter Posthuma|P]] bespreekt de uitvoering op "
          "[[24 februari 2026|dt]] met de Raad van Bestuur van UWV."),
        Tbl([["Paraaf", "Naam", "Functie", "Datum"],
             ["[[TM|I]]", "[[Tarek Mansour|P]]", "steller", "[[16-2|dt]]"],
             ["[[WP|I]]", "[[Wolter Posthuma|P]]", "directeur AO", "[[17-2|dt]]"],
             ["[[GHS|I]]", "[[mr. Godelieve Hoogendam-Sturm|P]]", "DG SZI", "[[18-2|dt]]"]],
            [0.13, 0.43, 0.26, 0.18], size=9),
        P("Akkoord minister: [ ] ja   [ ] nee   [ ] bespreken", size=9),
        P("Contactpersoon: [[Tarek Mansour|P]], [[06 3318 7452|T]], [[t.mansour@minszw.nl|E]]. "
          "Algemeen nummer SZW: [[070 333 44 44|gn]].", size=8.5),
    ]
    return Doc("nota_szw_herbeoordelingen_wia.pdf", "nota", "rl-std", "Mansour, T.",
               "Nota achterstand herbeoordelingen WIA", "2026-02-16", body, font="Helvetica", size=12,
               running=[Running("[[2026-0000187342|ken]] – pagina {page}", "footer", "all", "right", 7.5)],
               opts={"leading": 1.5, "margins": (25, 24, 24, 24),
                     "logo": {"kind": "rijk", "lines": ["Ministerie van Sociale Zaken en", "Werkgelegenheid"]},
                     "first_top": 14},
               note="nota aan de minister met kopblok (Aan/Via/Van/Kopie aan), DG met ‘mr.’ en dubbele naam en "
                    "paraaf ‘GHS’, steller met Arabische naam, UWV-contactpersoon ‘Petronella Vliegen’ naast "
                    "‘willen vliegen’ (houden), burger met Kaapverdische naam als ‘D. Semedo’, staatssecretaris "
                    "in ‘Kopie aan’ en Kamerleden (houden), rapportauteurs (houden), mobiel naast algemeen nummer")


# ------------------------------------------------------------------ Rivierenland, nota aan dijkgraaf, getekend (rl-ttf)

def nota_rivierenland_kwel_getekend():
    body = [
        P("**Waterschap Rivierenland**", size=13, space_after=1),
        P("Afdeling Waterkeringen – team Beheer en Onderhoud", size=9, space_after=14),
        P("NOTA AAN HET DAGELIJKS BESTUUR", "h1"),
        KV([("Aan", "dijkgraaf [[Ysbrand Schoonbrood|oth]]"),
            ("Kopie aan", "heemraad [[Servaas Notermans|oth]] (portefeuille Waterveiligheid)"),
            ("Van", "[[Tjitte Wijnja|P]], teamleider Beheer en Onderhoud"),
            ("Behandelaar", "[[Nirmala Sewnath|P]], [[0344 64 93 17|T]], [[n.sewnath@wsrl.nl|E]]"),
            ("Datum", "[[3 november 2026|dt]]"),
            ("Zaaknummer", "[[WSRL-2026-004781|ken]]"),
            ("Onderwerp", "kwelwater en zandmeevoerende wellen achter de Waaldijk bij IJzendoorn")],
           label_w=0.22, size=9, style="lines"),
        P("1. Aanleiding", "h2"),
        P("Bij het hoogwater van oktober 2026 zijn achter de Waaldijk bij IJzendoorn drie wellen ontdekt "
          "die zand meevoeren. Een van de wellen ligt in een weiland van de heer [[Giel Cremers|P]], "
          "[[Waaldijk 41|A]], [[4053 JK|Z]] IJzendoorn. De heer [[Cremers|P]] heeft de wel zelf gemeld bij "
          "onze storingslijn. Hij vraagt of hij het weiland dit najaar nog kan gebruiken."),
        P("2. Wat is er gedaan", "h2"),
        P("De dijkwacht heeft de wellen met zandzakken omkaderd (opkisten). [[Grondverzet Maessen|org]] heeft "
          "daarbij geholpen met een kraan. De inspectie is gedaan door [[Nirmala Sewnath|P]] en haar collega [[Goaitsen Wypkema|P]]. "
          "[[Wypkema|P]] heeft de metingen vastgelegd in het dijkregister."),
        P("Ecoloog [[Frouke Dassen|P]] van [[Ecologisch Adviesbureau Vencken|org]] heeft op verzoek van het team "
          "gekeken naar sporen van dieren in het dijklichaam. Mevrouw [[Dassen|P]] vond geen burchten van "
          "[[dassen|w]] of vossen op dit dijkvak, wel veel gangen van muskusratten."),
        P("3. Voorstel", "h2"),
        P("Wij stellen voor om de drie wellen voor de winter met een kwelscherm te beveiligen en het weiland van "
          "de heer [[Cremers|P]] tot het voorjaar niet te laten beweiden. Het waterschap betaalt hem een "
          "vergoeding volgens de regeling gebruiksschade. Het dijkvak wordt opgenomen in het Hoogwaterbeschermings"
          "programma."),
        P("4. Financiën", "h2"),
        P("De noodmaatregelen kosten ongeveer € 64.000. De vergoeding voor gebruiksschade is naar schatting "
          "€ 3.500. Beide bedragen passen binnen het budget voor calamiteiten 2026."),
        P("5. Communicatie", "h2"),
        P("Omwonenden krijgen een brief. Vragen kunnen naar [[info@wsrl.nl|mb]] of het algemene nummer "
          "[[0344 64 90 90|gn]]. Bezoekers van het waterschapshuis aan [[De Blomboogerd 1|pl]] in Tiel kunnen "
          "de kaart met de wellen inzien."),
        P("6. Besluit gevraagd", "h2"),
        P("Wij vragen het dagelijks bestuur in te stemmen met het voorstel en de gemeente West Betuwe te "
          "informeren. Dijkgraaf [[Schoonbrood|oth]] heeft gevraagd het onderwerp op [[10 november 2026|dt]] te "
          "agenderen."),
        Sp(3),
        P("Het dagelijks bestuur van Waterschap Rivierenland,\nnamens deze,"),
        Sig(140214, w_mm=44, h_mm=16),
        P("[[T. Wijnja|S]]\nteamleider Beheer en Onderhoud", size=9.5),
    ]
    return Doc("nota_rivierenland_kwel_getekend.pdf", "nota", "rl-ttf", "Sewnath, N.",
               "Nota kwelwater Waaldijk", "2026-11-03", body, font="DejaVuSans", size=11,
               running=[Running("Waterschap Rivierenland · zaak [[WSRL-2026-004781|ken]]", "footer", "all",
                                "left", 7)],
               opts={"leading": 1.5, "margins": (24, 22, 20, 22)},
               note="nota aan de dijkgraaf (houden, ook met achternaam alleen) met heemraad "
                    "in kopie (houden), behandelaar met Hindoestaanse naam, direct nummer en e-mail, boer met adres, "
                    "ecoloog ‘Frouke Dassen’ naast ‘burchten van dassen’ (houden), adviesbureau en loonbedrijf met "
                    "familienaam (houden), ondertekening ‘namens deze’ met handtekening (SIGNATURE)")


# ------------------------------------------------------------------ IenW, nota aan staatssecretaris, colofon (rl-ttf)

def nota_ienw_geluidsschermen():
    col = ["Directoraat-Generaal Mobiliteit", "Directie Wegen en Verkeersveiligheid",
           "Rijnstraat 8\nDen Haag\nPostbus 20901\n2500 EX Den Haag", "[[www.rijksoverheid.nl/ienw|gn]]",
           "**Contactpersoon**\n[[Quang Hoàng|P]]\nbeleidsmedewerker geluid",
           "T [[070 456 18 32|T]]\nM [[06 2093 6617|T]]\n[[q.hoang@minienw.nl|E]]",
           "**Datum**\n[[7 september 2026|dt]]", "**Kenmerk**\n[[IENW/BSK-2026/211874|ken]]"]
    body = [
        P("Nota", "title"),
        KV([("Aan", "de staatssecretaris van Infrastructuur en Waterstaat"),
            ("Kopie aan", "de minister van Infrastructuur en Waterstaat, [[Dieuwertje Verbrugh|min]]"),
            ("Onderwerp", "geluidsschermen A12 bij het Prins Clausplein")],
           label_w=0.2, size=9),
        P("Aanleiding", "h2"),
        P("Bewoners van de wijk Rokkeveen in Zoetermeer klagen al jaren over het geluid van de A12. Op "
          "[[1 juli 2026|dt]] hebben de Kamerleden [[Jeurissen|kl]] en [[Dohmen-Velsink|kl]] schriftelijke "
          "vragen gesteld. U heeft toegezegd voor de begrotingsbehandeling een besluit te nemen over hogere "
          "schermen tussen het [[Prins Clausplein|pl]] en de afslag Zoetermeer-Centrum."),
        P("Stand van zaken", "h2"),
        P("Rijkswaterstaat heeft de geluidsbelasting opnieuw berekend. Op twaalf woningen wordt de grenswaarde "
          "overschreden. Omgevingsmanager [[Djamila Fortes|P]] van Rijkswaterstaat West-Nederland Zuid heeft de "
          "uitkomsten op [[2 september 2026|dt]] met de bewoners besproken. Volgens [[Fortes|P]] was de sfeer "
          "redelijk, maar bewoners vertrouwen de berekeningen niet. De voorzitter van de bewonersvereniging, de "
          "heer [[Bashar Halabi|P]], heeft gevraagd om een onafhankelijke meting. De heer [[Halabi|P]] woont "
          "zelf aan de geluidszijde van de wijk."),
        P("Het [[RIVM|org]] (onderzoek van [[Kiflom|au]] en [[Ubachs|au]], 2025) laat zien dat langdurige "
          "blootstelling aan verkeerslawaai samenhangt met slaapproblemen. Wethouder [[Antoinette Geelen|oth]] "
          "van Zoetermeer heeft u een brief gestuurd met het verzoek de schermen versneld te plaatsen. De gemeente "
          "wil bijdragen aan de kosten van een groene uitvoering."),
        P("Opties", "h2"),
        P("A. Schermen van vier meter over 1,2 kilometer, gereed in 2028 (€ 9,4 miljoen).", "bullet"),
        P("B. Stil asfalt (tweelaags ZOAB) en schermen van drie meter, gereed in 2027 (€ 7,1 miljoen).",
          "bullet"),
        P("C. Alleen stil asfalt bij het eerstvolgende onderhoud in 2029 (€ 2,3 miljoen).", "bullet"),
        P("Advies", "h2"),
        P("Wij adviseren optie B. Die vermindert het geluid het snelst en past binnen het budget van het "
          "Meerjarenprogramma Geluidsanering. Rijkswaterstaat kan een onafhankelijke meting laten doen, zoals de "
          "bewoners vragen; [[Djamila Fortes|P]] regelt dit met het meetbureau."),
        P("Communicatie", "h2"),
        P("Na uw besluit beantwoordt u de Kamervragen en stuurt u de wethouder een antwoord. Rijkswaterstaat "
          "informeert de bewoners op een avond in het stadhuis. Vragen van bewoners gaan naar "
          "[[0800-8002|gn]] of [[www.rijkswaterstaat.nl|gn]]."),
        Tbl([["Paraaf", "Naam", "Functie", "Datum"],
             ["[[QH|I]]", "[[Quang Hoàng|P]]", "steller", "[[7-9|dt]]"],
             ["[[HP|I]]", "[[Heleen Paulussen|P]]", "directeur WVV", "[[8-9|dt]]"],
             ["[[RC|I]]", "[[ir. Rens Crombach|P]]", "DG Mobiliteit", "[[9-9|dt]]"]],
            [0.13, 0.37, 0.34, 0.16], size=8.5),
    ]
    return Doc("nota_ienw_geluidsschermen_a12.pdf", "nota", "rl-ttf", "Hoàng, Q.",
               "Nota geluidsschermen A12", "2026-09-07", body, font="DejaVuSansCondensed", size=11,
               running=[Running("Kenmerk [[IENW/BSK-2026/211874|ken]] · pagina {page}", "footer", "rest",
                                "right", 7)],
               opts={"leading": 1.5, "margins": (22, 16, 42, 22), "colofon_w": 52, "colofon_size": 7.2,
                     "colofon": col, "first_top": 0,
                     "logo": {"kind": "rijk", "lines": ["Ministerie van Infrastructuur", "en Waterstaat"]}},
               note="Rijkshuisstijl-nota aan de staatssecretaris met colofon (contactpersoon met Vietnamese naam, "
                    "direct en mobiel nummer, e-mail), minister in ‘Kopie aan’, Kamerleden, wethouder en "
                    "RIVM-auteurs (houden), omgevingsmanager RWS met Kaapverdische naam en voorzitter "
                    "bewonersvereniging met Syrische naam (lakken), ‘Prins Clausplein’ (houden), parafentabel")


# ------------------------------------------------------------------ Maastricht, nota aan gemeentesecretaris (lo, Arial)

def nota_maastricht_carnaval():
    body = [
        P("**Gemeente Maastricht**", size=14, space_after=2),
        P("Team Openbare Orde en Veiligheid", size=9, space_after=10),
        P("Nota", "title"),
        KV([("Aan", "gemeentesecretaris [[drs. Jacq Beckers|P]]"),
            ("Van", "[[Marion Knapen|P]], adviseur openbare orde"),
            ("Telefoon", "[[043 350 47 26|T]] (direct), [[14 043|gn]] (algemeen)"),
            ("E-mail", "[[m.knapen@maastricht.nl|E]]"),
            ("Portefeuillehouder", "burgemeester [[Jeanne Hanckmann|oth]]"),
            ("Datum", "[[12 januari 2026|dt]]"),
            ("Registratienummer", "[[2026.00417|ken]]"),
            ("Onderwerp", "drukte op het Vrijthof tijdens carnaval 2026")],
           label_w=0.3, style="grid", size=9.5),
        P("Aanleiding", "h2"),
        P("Tijdens carnaval 2025 was het op zaterdagavond zo druk op het Vrijthof en in de Platielstraat dat de "
          "politie de toegang tijdelijk heeft afgesloten. Er raakten twee bezoekers lichtgewond bij het "
          "gedrang. De burgemeester heeft gevraagd om voor 2026 een crowdmanagementplan op te stellen."),
        P("Bevindingen", "h2"),
        P("Het team heeft het plan voorbereid met teamchef [[Ufuk Tekin|P]] van de politie Maastricht-Centrum en "
          "met [[Fons Gelissen|P]] van Veiligheidsregio Zuid-Limburg. [[Tekin|P]] adviseert een "
          "eenrichtingsroute van de [[Sint Servaasbrug|pl]] naar het Vrijthof. [[Gelissen|P]] wil extra "
          "EHBO-posten en een vrije aanrijroute voor ambulances over de Kesselskade."),
        P("Ook horeca-ondernemers zijn gesproken. De eigenaar van café ’t Pleintje, de heer "
          "[[Thei Houbiers|P]], vreest omzetverlies als de terrassen kleiner worden. De heer [[Houbiers|P]] is "
          "bereid zijn personeel in te zetten als gastheer. [[Koninklijke Horeca Nederland|org]] afdeling "
          "Maastricht steunt het plan op voorwaarde dat de afspraken vóór [[1 februari 2026|dt]] bekend zijn."),
        P("Voorstel", "h2"),
        P("1. Het crowdmanagementplan vast te stellen, met een eenrichtingsroute en camera’s voor tellingen.",
          "bullet"),
        P("2. De terrassen op het Vrijthof op carnavalszaterdag tot 60 procent te beperken.", "bullet"),
        P("3. De burgemeester te vragen het plan op [[20 januari 2026|dt]] in de driehoek te bespreken.",
          "bullet"),
        P("Financiën", "h2"),
        P("De extra kosten (verkeersregelaars, hekken, camera’s) zijn € 48.000. Dit past binnen het budget voor "
          "evenementenveiligheid."),
        P("Communicatie", "h2"),
        P("Na het besluit informeren wij bewoners en ondernemers met een brief. Vragen kunnen naar "
          "[[openbareorde@maastricht.nl|mb]]. Bezoekers worden via de website en de app ‘Vastelaovend "
          "Mestreech’ geïnformeerd."),
        Sp(2),
        Tbl([["Paraaf", "Naam", "Datum"],
             ["[[MK|I]]", "[[Marion Knapen|P]], adviseur", "[[12-1-2026|dt]]"],
             ["[[JaB|I]]", "[[drs. Jacq Beckers|P]], gemeentesecretaris", "[[13-1-2026|dt]]"]],
            [0.15, 0.6, 0.25], size=9),
    ]
    return Doc("nota_maastricht_carnaval_vrijthof.pdf", "nota", "lo", "Knapen, M.",
               "Nota drukte Vrijthof carnaval 2026", "2026-01-12", body, font="Arial", size=12,
               running=[Running("Nota [[2026.00417|ken]] – Gemeente Maastricht", "footer", "all", "right", 8)],
               opts={"leading": 1.5, "margins": (25, 22, 22, 20), "space_after": 7, "line_spacing": 1.45},
               note="gemeentelijke nota aan de gemeentesecretaris (lakken, met ‘drs.’ en paraaf ‘JaB’) met "
                    "kopblok als rastertabel, steller met direct nummer naast 14-nummer, burgemeester als "
                    "portefeuillehouder (houden), teamchef politie met Turkse naam en medewerker "
                    "veiligheidsregio met Limburgse naam (lakken), caféeigenaar (lakken), ‘Sint Servaasbrug’ "
                    "en horecaorganisatie (houden)")


def docs():
    return [nota_szw_herbeoordelingen_wia(), nota_rivierenland_kwel_getekend(), nota_ienw_geluidsschermen(),
            nota_maastricht_carnaval()]
