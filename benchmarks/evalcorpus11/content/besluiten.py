"""Decisions and a lawyer's letter: a Woo decision with an inventory table (python-docx -> LibreOffice), a WOZ
objection decision of a tax cooperation (reportlab, Times), a subsidy decision with a citizen's IBAN next to the
municipality's IBAN (reportlab TTF, DejaVu Serif) and a lawyer's letter on behalf of a client (python-docx ->
LibreOffice)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


# ------------------------------------------------------------------ Woo decision with inventory (LibreOffice)

def woo_besluit_zomerfestival_apeldoorn():
    body = [
        P("**Gemeente Apeldoorn**", size=15, space_after=14),
        P("Retouradres: Postbus 9033, 7300 ES Apeldoorn", size=7.5, space_after=10),
        P("De heer [[M.W. Haaksbergen|P]]\n[[Loolaan 61|A]]\n[[7315 AB|Z]] Apeldoorn", space_after=14),
        KV([("Datum", "[[9 april 2026|dt]]"),
            ("Ons kenmerk", "[[WOO-2026-0187|ken]]"),
            ("Uw verzoek van", "[[12 februari 2026|dt]]"),
            ("Behandeld door", "[[Sigrid Veldhoen|P]]"),
            ("Telefoon", "[[055 580 32 17|T]] (rechtstreeks)"),
            ("E-mail", "[[s.veldhoen@apeldoorn.nl|E]]"),
            ("Onderwerp", "besluit op uw Woo-verzoek over het Zomerfestival 2025")],
           label_w=0.24, size=9.5, bold_labels=False),
        P("Geachte heer [[Haaksbergen|P]],"),
        P("Op [[12 februari 2026|dt]] hebben wij uw verzoek ontvangen op grond van de Wet open overheid (Woo). U "
          "vraagt om alle documenten over de evenementenvergunning voor het Zomerfestival 2025 in het Oranjepark, "
          "inclusief klachten over geluid en de evaluatie met de organisatie. Op [[3 maart 2026|dt]] hebben wij de "
          "beslistermijn met twee weken verdaagd, omdat wij derden om hun zienswijze hebben gevraagd."),
        P("Besluit", "h2"),
        P("Wij maken de documenten openbaar zoals aangegeven in de inventarislijst hieronder. Een deel van de "
          "documenten maken wij gedeeltelijk openbaar: namen en contactgegevens van medewerkers, omwonenden en "
          "vrijwilligers lakken wij op grond van artikel 5.1, tweede lid, onder e Woo. Eén document maken wij niet "
          "openbaar, omdat het bedrijfsgegevens bevat die vertrouwelijk aan de gemeente zijn meegedeeld (artikel "
          "5.1, eerste lid, onder c Woo)."),
        P("Inventarislijst", "h2"),
        Tbl([["Nr.", "Datum", "Document", "Beoordeling", "Grond"],
             ["1", "[[14 januari 2025|dt]]", "Aanvraag evenementenvergunning [[Stichting Zomerfestival Apeldoorn|org]]",
              "deels openbaar", "5.1.2e"],
             ["2", "[[6 februari 2025|dt]]", "Advies brandweer [[VNOG|org]]",
              "openbaar", "–"],
             ["3", "[[20 februari 2025|dt]]", "Geluidsrapport [[Peutz|org]], met meetpunten", "openbaar", "–"],
             ["4", "[[11 maart 2025|dt]]", "E-mail organisatie over begroting en sponsors", "niet openbaar",
              "5.1.1c"],
             ["5", "[[2 april 2025|dt]]", "Vergunning met voorschriften", "openbaar", "–"],
             ["6", "[[28 juni 2025|dt]]", "Klacht omwonende over geluid na 23.00 uur", "deels openbaar", "5.1.2e"],
             ["7", "[[30 juni 2025|dt]]", "Verslag handhaving festivalweekend", "deels openbaar", "5.1.2e"],
             ["8", "[[9 september 2025|dt]]", "Evaluatie met de organisatie", "deels openbaar", "5.1.2e"]],
            [0.07, 0.2, 0.43, 0.17, 0.13], size=8.5),
        P("Toelichting", "h2"),
        P("In document 1 staan de naam en het mobiele nummer van de voorzitter van de stichting, de heer "
          "[[Reyer Tjoelker|P]]. Hij treedt niet namens de gemeente of in een publieke functie op; zijn gegevens "
          "lakken wij. De naam van de stichting blijft zichtbaar. Document 6 is een klacht van een omwonende, "
          "mevrouw [[Gerritje Spelbos|P]]. Zij heeft laten weten geen bezwaar te hebben tegen openbaarmaking van de "
          "inhoud, maar wel tegen openbaarmaking van haar naam en adres aan de [[Molenstraat-Centrum|pl]]."),
        P("In document 7 staan de namen van twee toezichthouders en van de dienstdoende teamleider "
          "[[Ferhat Yilmazer|P]]. Medewerkers van de gemeente die niet in de openbaarheid treden, noemen wij niet "
          "bij naam. Dat geldt niet voor burgemeester [[Coenraad Hoogduin-Lub|oth]], die de vergunning heeft "
          "verleend, en wethouder [[Metje Arpots|oth]], die bij de evaluatie (document 8) aanwezig was; hun "
          "namen blijven staan."),
        P("Document 4 bevat de begroting van het festival met bedragen per sponsor. De stichting heeft in haar "
          "zienswijze van [[17 maart 2026|dt]] aangegeven dat openbaarmaking haar onderhandelingspositie schaadt. "
          "Wij volgen dat."),
        P("Bezwaar", "h2"),
        P("Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending bezwaar "
          "maken bij ons college. Stuur uw bezwaarschrift naar Postbus 9033, 7300 ES Apeldoorn of mail naar "
          "[[bezwaarschriften@apeldoorn.nl|mb]]. Heeft u vragen over dit besluit? Bel dan [[14 055|gn]] of mail "
          "naar [[woo@apeldoorn.nl|mb]] en noem het kenmerk [[WOO-2026-0187|ken]]."),
        P("Met vriendelijke groet,\nburgemeester en wethouders van Apeldoorn,\nnamens dezen,"),
        Sp(8),
        P("[[mr. Afra Brinkmeijer|P]]\nteamleider Informatiebeheer en Woo"),
        P("Bijlage: documenten 1 tot en met 8 (bij dit besluit gevoegd)", size=8.5),
    ]
    return Doc("besluit_woo_verzoek_zomerfestival_apeldoorn.pdf", "besluit", "lo", "Veldhoen, S.",
               "Besluit Woo-verzoek WOO-2026-0187", "2026-04-09", body, font="Liberation Sans", size=10,
               running=[Running("Gemeente Apeldoorn · [[WOO-2026-0187|ken]]", "footer", "all", "right", 7.5)],
               opts={"margins": (25, 22, 20, 20), "space_after": 6, "line_spacing": 1.15},
               note="Woo-besluit met inventarislijst (datum, document, beoordeling, grond): verzoeker met adres, "
                    "behandelaar met direct nummer en e-mail in een kopblok zonder rasters, voorzitter van een "
                    "stichting, omwonende en teamleider (lakken), burgemeester met dubbele naam en wethouder "
                    "(houden), veiligheidsregio en adviesbureau in de tabel (houden), ondertekenaar met ‘mr.’, "
                    "kenmerk in de voettekst")


# ------------------------------------------------------------------ WOZ objection decision (reportlab, Times)

def uitspraak_woz_bezwaar_gblt():
    col = ["**GBLT**", "Gemeentelijk Belastingkantoor\nLococensus-Tricijn", "Postbus 1271\n8001 BG Zwolle",
           "T [[088 064 55 55|gn]]\n[[www.gblt.nl|gn]]", "**Datum**\n[[21 mei 2026|dt]]",
           "**Ons kenmerk**\n[[BZW-26-044913|ken]]", "**Aanslagnummer**\n[[8402.1177.3106|O]]",
           "**Behandelaar**\n[[R.J. Tamminga-Vellekoop|P]]", "**Doorkiesnummer**\n[[088 064 57 31|T]]"]
    body = [
        P("De heer en mevrouw [[Kortenhorst|P]]\n[[Kerkstraat 118|A]]\n[[8051 GP|Z]] Hattem", space_after=20),
        P("**Uitspraak op uw bezwaarschrift tegen de WOZ-beschikking 2026**", size=12, space_after=10),
        P("Geachte heer en mevrouw [[Kortenhorst|P]],"),
        P("Op [[3 maart 2026|dt]] hebben wij uw bezwaarschrift ontvangen tegen de WOZ-waarde van uw woning aan de "
          "[[Kerkstraat 118|A]] in Hattem (WOZ-objectnummer [[024400018812|O]]). Wij hebben de waarde vastgesteld "
          "op € 412.000 naar de waardepeildatum [[1 januari 2025|dt]]. U vindt deze waarde te hoog en vraagt om "
          "een waarde van € 365.000."),
        P("**Wat u aanvoert**", space_after=3),
        P("U stelt dat uw woning achterstallig onderhoud heeft aan het dak en de kozijnen, en dat de woningen "
          "waarmee wij hebben vergeleken groter en beter onderhouden zijn. U heeft foto’s en een offerte van "
          "[[Dakdekkersbedrijf Frieswijk|org]] meegestuurd. Op [[14 april 2026|dt]] heeft onze taxateur, de heer "
          "[[Jorick Sandkuijl|P]], uw woning van binnen bekeken in aanwezigheid van mevrouw "
          "[[Kortenhorst|P]]."),
        P("**Onze beoordeling**", space_after=3),
        P("De taxateur heeft uw woning vergeleken met drie verkochte woningen in dezelfde buurt:"),
        Tbl([["Vergelijkingsobject", "Verkoopdatum", "Verkoopprijs", "Inhoud", "Onderhoud"],
             ["[[Kerkstraat 96|A]]", "[[12 oktober 2024|dt]]", "€ 429.000", "405 m³", "goed"],
             ["[[Bitterstraat 7|A]]", "[[8 februari 2025|dt]]", "€ 398.000", "370 m³", "redelijk"],
             ["[[Graafschapstraat 23|A]]", "[[27 november 2024|dt]]", "€ 441.000", "430 m³", "goed"]],
            [0.34, 0.2, 0.17, 0.13, 0.16], size=9.5),
        P("Bij de inpandige opname is gebleken dat de dakbedekking en een deel van de kozijnen aan vervanging toe "
          "zijn. Dat was bij de oorspronkelijke taxatie niet bekend. De taxateur heeft daarom de onderhoudsstaat "
          "van uw woning aangepast van ‘goed’ naar ‘matig’. Met de verschillen in inhoud en onderhoud is rekening "
          "gehouden. De grootte van de kavel geeft geen aanleiding tot een verdere verlaging."),
        P("**Uitspraak**", space_after=3),
        P("Uw bezwaar is gedeeltelijk gegrond. Wij verminderen de WOZ-waarde van uw woning naar € 389.000. De "
          "aanslag onroerendezaakbelasting (aanslagnummer [[8402.1177.3106|O]]) wordt daarop aangepast. U ontvangt "
          "hiervan binnen acht weken een verminderingsbeschikking. Omdat het bezwaar gedeeltelijk gegrond is, "
          "vergoeden wij de kosten van de bijstand door [[WOZ Wijzer B.V.|org]] volgens het Besluit proceskosten "
          "bestuursrecht. De vergoeding maken wij over op de rekening van uw gemachtigde, ter attentie van de heer "
          "[[Damian Hofstetter|P]]."),
        P("**Beroep**", space_after=3),
        P("Bent u het niet eens met deze uitspraak, dan kunt u binnen zes weken beroep instellen bij de rechtbank "
          "Gelderland. Vragen? Bel [[088 064 55 55|gn]] of mail naar [[bezwaar@gblt.nl|mb]] onder vermelding van "
          "kenmerk [[BZW-26-044913|ken]]."),
        P("Hoogachtend,\nde heffingsambtenaar van de gemeente Hattem,\nnamens deze,", space_before=6),
        Sp(6),
        P("[[J.H. Ottenhof|P]]\nteamleider Bezwaar en Beroep"),
    ]
    return Doc("uitspraak_woz_bezwaar_kerkstraat_hattem.pdf", "besluit", "rl-std", "Tamminga-Vellekoop, R.J.",
               "Uitspraak op bezwaar BZW-26-044913", "2026-05-21", body, font="Times-Roman", size=10.5,
               running=[Running("[[BZW-26-044913|ken]] – pagina {page}", "footer", "all", "right", 7.5)],
               opts={"colofon": col, "colofon_w": 48, "colofon_size": 7.5, "first_top": 8,
                     "margins": (24, 18, 24, 22),
                     "logo": {"kind": "text", "lines": ["Gemeentelijk Belastingkantoor Lococensus-Tricijn"],
                              "italic": False, "size": 10, "color": "#006c5b"}},
               note="uitspraak op een WOZ-bezwaar met colofon rechts (behandelaar met dubbele naam en "
                    "doorkiesnummer, aanslagnummer, algemeen nummer en website): belanghebbenden alleen met "
                    "achternaam, adres twee keer, WOZ-objectnummer en aanslagnummer (lakken, OTHER), tabel met "
                    "adressen van vergelijkingswoningen (lakken), taxateur, medewerker gemachtigde en "
                    "ondertekenaar (lakken), dakdekker en bezwaarbureau (houden)")


# ------------------------------------------------------------------ subsidy decision with two IBANs (reportlab TTF)

def beschikking_subsidie_isolatie_zutphen():
    body = [
        P("**Gemeente Zutphen**", size=14, space_after=2),
        P("Team Duurzaamheid en Wonen · Postbus 41 · 7200 AA Zutphen", size=8, space_after=16),
        P("Mevrouw [[Y.C. Rinkema|P]]\n[[Weg naar Laren 142|A]]\n[[7203 HN|Z]] Zutphen", space_after=14),
        KV([("Datum", "[[2 juni 2026|dt]]"), ("Zaaknummer", "[[SUB-2026-00871|ken]]"),
            ("Burgerservicenummer", "[[232887263|B]]"),
            ("Contactpersoon", "[[Tiemo Roelink|P]], [[0575 59 44 18|T]]"),
            ("Betreft", "verlening en vaststelling subsidie Isolatie Eigen Woning")],
           label_w=0.3, size=9, style="lines"),
        P("Beste mevrouw [[Rinkema|P]],"),
        P("Op [[22 april 2026|dt]] heeft u subsidie aangevraagd voor het isoleren van de vloer en het dak van uw "
          "woning. De aanvraag is gedaan op grond van de Subsidieregeling Isolatie Eigen Woning Zutphen 2026. "
          "U heeft de offerte en de factuur van [[Isolatiebedrijf Berkelland|org]] meegestuurd, en het "
          "adviesrapport van energiecoach [[Wilhelmien Ovink|P]] van het [[Energieloket Achterhoek|org]]."),
        P("Besluit", "h2"),
        P("Wij verlenen u een subsidie van € 2.860,00 en stellen deze direct vast op hetzelfde bedrag. De "
          "maatregelen zijn volgens de factuur uitgevoerd op [[30 maart 2026|dt]] en voldoen aan de eisen van "
          "artikel 4 van de regeling (Rd-waarde vloer ten minste 3,7 en dak ten minste 6,3)."),
        Tbl([["Maatregel", "m²", "Subsidie per m²", "Bedrag"],
             ["Vloerisolatie", "52", "€ 20,00", "€ 1.040,00"],
             ["Dakisolatie (binnenzijde)", "65", "€ 28,00", "€ 1.820,00"],
             ["Totaal", "", "", "€ 2.860,00"]],
            [0.45, 0.12, 0.22, 0.21], size=9),
        P("Betaling", "h2"),
        P("Wij maken het bedrag binnen vier weken over op uw rekening [[NL35 RABO 8785 7492 05|N]] ten name van "
          "[[Y.C. Rinkema|P]]. Dit rekeningnummer heeft u in het aanvraagformulier opgegeven. Klopt het "
          "rekeningnummer niet? Neem dan vóór [[16 juni 2026|dt]] contact op met de contactpersoon."),
        P("Als bij een controle blijkt dat de maatregelen niet zijn uitgevoerd zoals u heeft opgegeven, kunnen "
          "wij de subsidie terugvorderen. U betaalt het bedrag dan terug op rekening "
          "[[NL42 BNGH 3433 3451 53|gn]] ten name van Gemeente Zutphen, onder vermelding van het zaaknummer "
          "[[SUB-2026-00871|ken]]."),
        P("Controle", "h2"),
        P("Wij controleren steekproefsgewijs of de maatregelen zijn uitgevoerd. Uw woning is geselecteerd. Onze "
          "medewerker [[Kas Tuitert|P]] neemt contact met u op om een afspraak te maken. Hij kan u ook vragen "
          "om foto’s van de isolatie onder de vloer."),
        P("Deze regeling is in [[januari 2026|dt]] vastgesteld op voorstel van wethouder [[Gerarda Hulshoff-Brakel|oth]] "
          "(Duurzaamheid). Het subsidieplafond voor 2026 is € 450.000; daarvan is na deze beschikking "
          "€ 187.340 verleend."),
        P("Bezwaar", "h2"),
        P("Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken bij burgemeester en "
          "wethouders, Postbus 41, 7200 AA Zutphen, of via [[bezwaar@zutphen.nl|mb]]."),
        P("Met vriendelijke groet,\nnamens burgemeester en wethouders van Zutphen,"),
        Sp(6),
        P("[[drs. H.M. Wissink|P]]\nteammanager Duurzaamheid en Wonen"),
        Sp(2),
        P("Algemene vragen: [[14 0575|gn]] of [[duurzaamwonen@zutphen.nl|mb]]", size=8.5),
    ]
    return Doc("beschikking_subsidie_isolatie_eigen_woning_zutphen.pdf", "besluit", "rl-ttf", "Roelink, T.",
               "Beschikking SUB-2026-00871", "2026-06-02", body, font="DejaVuSerif", size=9.5,
               running=[Running("Zaaknummer [[SUB-2026-00871|ken]] · pagina {page}", "footer", "all", "right", 7)],
               opts={"margins": (24, 22, 22, 22)},
               note="subsidiebeschikking aan een inwoner: BSN in een kopblok met lijnen, IBAN van de inwoner "
                    "(lakken) naast het BNG-rekeningnummer van de gemeente voor terugbetaling (houden), "
                    "contactpersoon met direct nummer, energiecoach en controleur (lakken), isolatiebedrijf en "
                    "energieloket (houden), wethouder met dubbele naam (houden), ondertekenaar met ‘drs.’")


# ------------------------------------------------------------------ lawyer's letter for a client (LibreOffice)

def brief_advocaat_dwangsom_ede():
    body = [
        P("**BRINKGREVE & MOLHUYSEN ADVOCATEN**", size=13, space_after=0),
        P("Arnhemseweg 12 · 6711 HA Ede · T [[0318 43 90 00|gn]] · [[secretariaat@brinkhorstmulders.nl|mb]]",
          size=8, space_after=16),
        P("Aan het college van burgemeester en wethouders\nvan de gemeente Ede\nPostbus 9022\n6710 HK Ede",
          space_after=12),
        KV([("Datum", "[[18 maart 2026|dt]]"), ("Uw kenmerk", "[[HH-2026-0311|ken]]"),
            ("Ons kenmerk", "[[2026.0142/CO|ken]]"), ("Behandeld door", "[[mr. C.E. Oostervink|P]]"),
            ("Direct", "[[0318 43 90 27|T]] / [[c.oostervink@brinkhorstmulders.nl|E]]"),
            ("Betreft", "bezwaar last onder dwangsom – [[Dolf Weerdenburg|P]], [[Bosrand 4|A]], Lunteren")],
           label_w=0.22, size=9.5, bold_labels=True),
        P("Geacht college,"),
        P("Namens mijn cliënt, de heer [[Dolf Weerdenburg|P]], geboren op [[4 november 1971|D]] en wonend aan "
          "de [[Bosrand 4|A]], [[6741 KM|Z]] Lunteren, maak ik bezwaar tegen uw besluit met "
          "kenmerk [[HH-2026-0311|ken]] van [[9 februari 2026|dt]]. Daarin legt u cliënt een last onder dwangsom op "
          "van € 500 per week, met een maximum van € 15.000, voor het gebruik van een bijgebouw als "
          "recreatiewoning. Een machtiging van cliënt is bijgevoegd."),
        P("1. Feiten", "h2"),
        P("Cliënt heeft het bijgebouw in 2019 laten bouwen met een omgevingsvergunning. Sinds het overlijden van "
          "zijn vader woont zijn moeder, mevrouw [[A.G. Weerdenburg-Hakvoort|P]], er tijdelijk. Van verhuur aan "
          "toeristen is geen sprake. De toezichthouder, de heer [[Rijkeboer|P]], heeft bij zijn controle op "
          "[[12 januari 2026|dt]] alleen met de buurman, de heer [[Van Oudheusden|P]] van nummer 6, gesproken en "
          "niet met cliënt zelf. In het controlerapport staat dat er ‘regelmatig wisselende auto’s’ staan; dat "
          "zijn de auto’s van de thuiszorg."),
        P("2. Gronden", "h2"),
        P("Het besluit is onvoldoende gemotiveerd. De last gaat uit van bewoning door derden, terwijl de moeder "
          "van cliënt tot het gezin behoort. Volgens vaste rechtspraak valt mantelzorg in een bijgebouw onder "
          "vergunningvrij gebruik als aan de voorwaarden van het Besluit bouwwerken leefomgeving is voldaan. U "
          "heeft niet onderzocht of dat zo is."),
        P("Verder is de begunstigingstermijn van vier weken te kort. Cliënt heeft geen andere woonruimte voor zijn "
          "moeder. Burgemeester [[Reinier van Doorneveld|oth]] heeft in de raadsvergadering van "
          "[[29 januari 2026|dt]] toegezegd dat bij mantelzorgsituaties maatwerk wordt geleverd. Wethouder "
          "[[Sjanie Bolderdijk|oth]] heeft dat in haar brief aan de raad herhaald."),
        P("3. Verzoek", "h2"),
        P("Ik verzoek u het besluit te herroepen en de last in te trekken, en cliënt in de gelegenheid te stellen "
          "te worden gehoord. Tevens verzoek ik om vergoeding van de kosten van rechtsbijstand. Daarnaast vraag "
          "ik u de begunstigingstermijn op te schorten totdat op het bezwaar is beslist; anders zal ik de "
          "voorzieningenrechter om een voorlopige voorziening vragen."),
        P("Voor een hoorzitting ben ik niet beschikbaar in de week van [[6 april 2026|dt]]. Mijn secretaresse, "
          "mevrouw [[Iefke Gortzak|P]], kan met uw secretariaat een datum afstemmen."),
        P("Hoogachtend,"),
        Sp(8),
        P("[[mr. C.E. Oostervink|P]]\nadvocaat"),
        P("Bijlagen: machtiging, besluit van [[9 februari 2026|dt]], verklaring huisarts (niet bijgevoegd in "
          "afschrift)", size=8.5),
    ]
    return Doc("brief_advocaat_bezwaar_dwangsom_bijgebouw_lunteren.pdf", "brief", "lo", "Oostervink, C.E.",
               "Bezwaar last onder dwangsom", "2026-03-18", body, font="Liberation Serif", size=11,
               running=[Running("Op al onze diensten zijn de algemene voorwaarden van [[Brinkgreve & Molhuysen "
                                "Advocaten|org]] van toepassing.", "footer", "all", "center", 7)],
               opts={"margins": (25, 22, 20, 20), "space_after": 6, "line_spacing": 1.15},
               note="brief van een advocaat namens een cliënt (bezwaar tegen een last onder dwangsom): cliënt met "
                    "geboortedatum en adres in de betreft-regel en de tekst, moeder met dubbele naam, "
                    "toezichthouder en buurman alleen met achternaam, advocaat met ‘mr.’ en secretaresse (lakken), "
                    "advocatenkantoor met persoonsnamen, algemeen nummer en secretariaatsmailbox (houden), "
                    "burgemeester en wethouder (houden), twee kenmerken")


def docs():
    return [woo_besluit_zomerfestival_apeldoorn(), uitspraak_woz_bezwaar_gblt(),
            beschikking_subsidie_isolatie_zutphen(), brief_advocaat_dwangsom_ede()]
