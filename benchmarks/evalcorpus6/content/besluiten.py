"""Decisions to named citizens: the designation of a private house as a municipal monument (LibreOffice,
with cadastral data), a planschade decision with IBAN and a double signature (LibreOffice) and a horeca
operating licence with an annex of managers (reportlab TTF, DejaVu Sans Condensed)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def aanwijzing_monument():
    body = [
        P("**Gemeente Leiden**\nStedelijke Ontwikkeling – team Erfgoed", size=10.5),
        Sp(5),
        P("Aangetekend en per gewone post", "small"),
        P("De heer [[R.J. Baptista Correia|P]] en mevrouw [[A.C. Correia-Roukema|P]]\n[[Hooigracht 63|A]]\n"
          "[[2312 KR|Z]] Leiden"),
        Sp(4),
        KV([["Datum", "[[12 mei 2026|dt]]"],
            ["Ons kenmerk", "[[ERF-2026-0117|ken]]"],
            ["Behandeld door", "[[Jesse Keuning|P]]"],
            ["Telefoon", "[[071 516 84 27|T]]"],
            ["E-mail", "[[j.keuning@leiden.nl|E]]"],
            ["Onderwerp", "aanwijzing als gemeentelijk monument"]], label_w=0.22, size=9.5),
        P("Geachte heer [[Baptista Correia|P]] en mevrouw [[Correia-Roukema|P]],"),
        P("Op [[17 februari 2026|dt]] hebben wij u laten weten dat wij van plan zijn uw woning aan de "
          "[[Hooigracht 63|A]] aan te wijzen als gemeentelijk monument. Met deze brief ontvangt u ons besluit. "
          "Wij hebben besloten het pand aan te wijzen. Hieronder leest u waarom, en wat dit voor u betekent."),
        P("Het pand", "h2"),
        P("Het woonhuis met de voormalige pakzolder is in 1911 gebouwd naar een ontwerp van architect "
          "[[H.W. Vreedenburgh|oth]] (1874–1948) voor de sigarenfabrikant [[Cornelis Goedewaagen|oth]]. Het pand "
          "is kadastraal bekend als gemeente Leiden, [[sectie L, nummer 4127|O]]. Het bouwhistorisch onderzoek "
          "van [[drs. Anne Pluimert|au]] (‘Een fabrikantenwoning uit de late jugendstil aan de Hooigracht’, "
          "[[Bureau Bouwhistorie Rijnland|org]], 2025) laat zien dat de voorgevel, het trappenhuis met "
          "glas-in-loodramen en de kapconstructie vrijwel gaaf bewaard zijn. [[Pluimert|au]] noemt het pand "
          "‘het best bewaarde voorbeeld van Vreedenburghs woonhuizen in de binnenstad’."),
        P("Uw zienswijze en die van uw buurman", "h2"),
        P("Op [[2 maart 2026|dt]] heeft u een zienswijze ingediend, mede namens uw dochter [[Inês|P]], die de "
          "bovenwoning bewoont. U vreest dat de aanwijzing het plaatsen van zonnepanelen en het isoleren van de "
          "kap onmogelijk maakt. Ook de eigenaar van het buurpand [[Hooigracht 65|A]], de heer "
          "[[Zhou Jianhua|P]], heeft een zienswijze ingediend. De heer [[Zhou|P]] vreest dat de aanwijzing de "
          "waarde van zijn eigen pand beïnvloedt, omdat beide panden een gemeenschappelijke muur hebben."),
        P("De Commissie Erfgoed en Ruimtelijke Kwaliteit heeft op [[26 maart 2026|dt]] over de aanwijzing en de "
          "zienswijzen geadviseerd. Commissielid [[ir. Casper Blokzijl|P]] heeft het pand op "
          "[[19 maart 2026|dt]] met u bezocht. De commissie adviseert positief. Zij wijst erop dat "
          "zonnepanelen op het achterdakvlak, dat vanaf de straat niet zichtbaar is, goed mogelijk zijn. "
          "Wij nemen dat advies over. De aanwijzing geldt alleen voor [[Hooigracht 63|A]]; de gemeenschappelijke "
          "muur valt er niet onder. Wij verwachten daarom geen gevolgen voor het pand van de heer [[Zhou|P]]."),
        P("Wat betekent dit voor u?", "h2"),
        P("Voor het wijzigen, slopen of verstoren van het monument heeft u een omgevingsvergunning nodig. Voor "
          "onderhoud in dezelfde materialen en vorm is geen vergunning nodig. U kunt subsidie aanvragen voor "
          "het onderhoud via de Erfgoedsubsidieregeling Leiden. Voor vragen kunt u terecht bij de heer "
          "[[Keuning|P]]."),
        P("Bezwaar", "h2"),
        P("Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de dag van verzending bezwaar "
          "maken bij ons college, Postbus 9100, 2300 PC Leiden."),
        Sp(2),
        P("Met vriendelijke groet,\nburgemeester en wethouders van Leiden,\nnamens dezen,"),
        Sp(8),
        P("[[Mirthe Lamberink|oth]]\nwethouder Cultuur en Erfgoed"),
        Sp(3),
        P("Afschrift: [[erfgoed@leiden.nl|mb]]; de heer [[Zhou|P]] (zienswijze)", "small"),
        P("Bijlage – gegevens van het monument", "h1"),
        KV([["Adres", "[[Hooigracht 63|A]], [[2312 KR|Z]] Leiden"],
            ["Kadastrale aanduiding", "[[Leiden L 4127|O]] (184 m²)"],
            ["Eigenaren", "[[R.J. Baptista Correia|P]] en [[A.C. Correia-Roukema|P]]"],
            ["Bouwjaar", "1911"],
            ["Architect", "[[H.W. Vreedenburgh|oth]]"],
            ["Bronnen", "bouwhistorisch onderzoek [[drs. Anne Pluimert|au]] (2025); Erfgoed Leiden en "
                        "Omstreken, bouwdossier 1911/288"]], label_w=0.28, style="grid", size=9.5),
        P("Redengevende omschrijving", "h2"),
        P("Vrijstaand woonhuis van drie bouwlagen onder een mansardekap, met een symmetrische voorgevel in "
          "gele verblendsteen met banden van natuursteen. Boven de entree een tegeltableau met de "
          "initialen van de eerste bewoner en het jaartal 1911. In het trappenhuis drie glas-in-loodramen met "
          "een motief van tabaksbladeren. Het pand heeft architectuurhistorische waarde als gaaf voorbeeld van "
          "een fabrikantenwoning in de late jugendstil en stedenbouwkundige waarde door de ligging aan de "
          "Hooigracht, waar het de gevelwand markeert."),
        P("Het pand is van belang voor de sociaaleconomische geschiedenis van Leiden als woonhuis van een "
          "sigarenfabrikant in de tijd dat de tabaksindustrie in de stad een belangrijke werkgever was."),
    ]
    return Doc("aanwijzing_gemeentelijk_monument_hooigracht.pdf", "besluit", "lo", "Keuning, J.",
               "Aanwijzing gemeentelijk monument Hooigracht", "2026-05-12", body, font="URW Bookman", size=9.5,
               running=[Running("Gemeente Leiden · Postbus 9100 · 2300 PC Leiden · [[14 071|gn]] · "
                                "[[www.leiden.nl|gn]] · kenmerk [[ERF-2026-0117|ken]]", "footer", "all",
                                "center", 7)],
               opts={"margins": (25, 22, 22, 20)},
               note="aanwijzing van een woonhuis als gemeentelijk monument: eigenaren met Portugese dubbele namen, "
                    "kadastrale aanduiding in twee vormen (OTHER), dochter met voornaam, Chinese buurman (achternaam "
                    "eerst, ‘de heer Zhou’), commissielid erfgoedcommissie, architect en fabrikant uit 1911 en "
                    "bouwhistoricus (houden), wethouder ondertekent namens het college (houden)")


def planschade():
    body = [
        P("**Gemeente Hoeksche Waard**", size=12),
        P("Postbus 1000 · 3260 AA Oud-Beijerland", "small"),
        Sp(5),
        P("De heer [[R. Bhagwandin|P]] en mevrouw [[S. Bhagwandin-Jhinkoe|P]]\n[[Molendijk 27|A]]\n"
          "[[3262 BL|Z]] Oud-Beijerland"),
        Sp(4),
        KV([["Verzonden", "[[9 juli 2026|dt]]"],
            ["Zaaknummer", "[[Z-2025-08813|ken]]"],
            ["Contactpersoon", "[[Thera Luijendijk|P]], team Juridische Zaken"],
            ["Telefoon", "[[14 0186|gn]] of mobiel [[06 1530 7284|T]]"],
            ["Onderwerp", "besluit op uw aanvraag om tegemoetkoming in planschade"]], label_w=0.24, size=9.5,
           style="lines"),
        P("Geachte heer en mevrouw [[Bhagwandin|P]],"),
        P("Op [[14 november 2025|dt]] heeft u ons gevraagd om een tegemoetkoming in planschade. U stelt dat uw "
          "woning aan de [[Molendijk 27|A]], kadastraal bekend gemeente Oud-Beijerland, [[sectie C, nummer 2931|O]], "
          "in waarde is gedaald door het bestemmingsplan ‘Bedrijventerrein Oud-Beijerland Noord, tweede "
          "herziening’. Dat plan maakt een distributiehal van 18 meter hoog op 60 meter van uw achtergevel "
          "mogelijk. In deze brief leest u ons besluit."),
        P("Ons besluit", "h2"),
        P("Wij kennen u een tegemoetkoming toe van **€ 9.400**, vermeerderd met de wettelijke rente vanaf "
          "[[14 november 2025|dt]]. Het recht dat u voor de aanvraag heeft betaald (€ 300) krijgt u terug."),
        P("Hoe zijn wij tot dit besluit gekomen?", "h2"),
        P("Wij hebben [[SAOZ|org]] gevraagd ons te adviseren. De adviseurs, [[mr. ing. Liesje van Zessen|P]] en "
          "[[Koray Tunç|P]], hebben uw woning op [[3 februari 2026|dt]] bezocht in aanwezigheid van de heer "
          "[[Bhagwandin|P]] en uw zoon [[Vikash|P]]. Een taxateur, de heer [[Dirk-Jan Pronk|P]] van "
          "[[Pronk Makelaardij|org]], heeft de waarde van de woning vóór en na de planwijziging bepaald: "
          "€ 470.000 en € 450.000. Het verschil is € 20.000."),
        P("Een deel van de schade blijft voor uw rekening: het normaal maatschappelijk risico. Wij stellen dat "
          "vast op 2 procent van de waarde vóór de planwijziging, € 9.400. Dat sluit aan bij de vaste lijn in "
          "de rechtspraak (zie onder meer [[ECLI:NL:RVS:2024:2187|ken]]) en bij de literatuur "
          "([[Van Ravesteyn|au]] en [[Buitelaar|au]], Nadeelcompensatie en planschade, 2022, p. 214). Daarnaast "
          "heeft [[SAOZ|org]] een voordeel verrekend van € 1.200: de nieuwe ontsluitingsweg verkort uw "
          "reistijd naar de A29. Zo komt de tegemoetkoming uit op € 9.400."),
        P("Op [[24 april 2026|dt]] heeft u op het conceptadvies gereageerd. U schrijft dat de taxateur geen "
          "rekening heeft gehouden met het geluid van laden en lossen ’s nachts. De adviseurs hebben daarop "
          "het advies aangevuld; mevrouw [[Van Zessen|P]] heeft dat op [[12 mei 2026|dt]] met u besproken. "
          "Het nachtelijke geluid blijft binnen de normen van het plan en leidt niet tot een hogere schade. Wij "
          "nemen het advies van [[SAOZ|org]] over en voegen het bij dit besluit."),
        P("Betaling", "h2"),
        P("Wij maken het bedrag binnen zes weken over op rekeningnummer [[NL92 RABO 0964 1275 71|N]] ten name van "
          "[[R. Bhagwandin|P]], zoals vermeld op het aanvraagformulier."),
        P("Bezwaar", "h2"),
        P("Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de dag van verzending bezwaar "
          "maken. Stuur uw bezwaarschrift aan ons college, Postbus 1000, 3260 AA Oud-Beijerland, of gebruik het "
          "formulier op [[www.gemeentehw.nl|gn]]. Heeft u vragen, bel dan mevrouw [[Luijendijk|P]]."),
        Sp(2),
        P("Met vriendelijke groet,\nburgemeester en wethouders van Hoeksche Waard,"),
        Sp(6),
        Tbl([["de secretaris,", "de burgemeester,"],
             ["[[drs. C.M. Veltkamp-Oerlemans|P]]", "[[Govert Verboom|oth]]"]],
            [0.45, 0.45], header=False, grid=False, size=10),
        P("Bijlage: advies [[SAOZ|org]] van [[20 mei 2026|dt]] (kenmerk [[SAOZ/2026/0412|ken]])", "small"),
    ]
    return Doc("besluit_planschade_molendijk.pdf", "besluit", "lo", "Luijendijk, Thera",
               "Besluit planschade Z-2025-08813", "2026-07-09", body, font="Liberation Sans", size=10,
               opts={"margins": (25, 22, 22, 20)},
               note="planschadebesluit aan een echtpaar (Surinaams-Hindoestaanse namen): adres, kadastrale aanduiding, "
                    "IBAN, zoon met voornaam, adviseurs van SAOZ, taxateur naast makelaardij met zijn naam (houden), "
                    "literatuur en ECLI (houden), secretaris en burgemeester naast elkaar in een tabel")


def exploitatievergunning():
    body = [
        P("**De burgemeester van Tilburg**", size=12),
        P("Besluit exploitatievergunning horecabedrijf", "title"),
        KV([["Aanvraag ontvangen", "[[2 februari 2026|dt]]"],
            ["Zaaknummer", "[[HOR-2026-00147|ken]]"],
            ["Aanvrager", "Grand Café De Zwarte Kat V.O.F., vennoten [[Bart Vergouwen|P]] en "
                          "[[Aïcha Mansouri|P]]"],
            ["Correspondentieadres", "[[Ringbaan-Oost 212|A]], [[5013 CD|Z]] Tilburg"],
            ["Horecabedrijf", "Grand Café De Zwarte Kat, [[Piusplein 14|pl]], Tilburg"],
            ["Behandelaar", "[[Job Pijnenburg|P]], team Horeca en Evenementen"]], label_w=0.27,
           style="shaded", size=9),
        P("De aanvraag", "h2"),
        P("De vennoten van Grand Café De Zwarte Kat V.O.F. hebben een exploitatievergunning aangevraagd voor "
          "het horecabedrijf aan het [[Piusplein 14|pl]]. Het café had een vergunning op naam van de vorige "
          "exploitant. De heer [[Vergouwen|P]] en mevrouw [[Mansouri|P]] hebben het bedrijf per "
          "[[1 maart 2026|dt]] overgenomen. Zij willen ook een terras van 40 m² en openingstijden tot 02.00 uur "
          "in het weekend."),
        P("Toetsing", "h2"),
        P("**Leidinggevenden.** Volgens de Alcoholwet moeten de leidinggevenden van het bedrijf van goed "
          "levensgedrag zijn en een Verklaring Sociale Hygiëne hebben. De leidinggevenden staan in de bijlage "
          "bij dit besluit. Uit de justitiële documentatie blijkt niets wat aan de vergunning in de weg "
          "staat."),
        P("**Bibob.** Wij hebben een eigen onderzoek gedaan op grond van de Wet Bibob. Er is geen aanleiding "
          "gevonden om advies te vragen aan het [[Landelijk Bureau Bibob|org]]. De financiering van de overname "
          "is voldoende aangetoond met een lening van de bank en een lening van de vader van mevrouw "
          "[[Mansouri|P]], de heer [[Abdelkader Mansouri|P]]."),
        P("**Openbare orde en woon- en leefklimaat.** De politie heeft op [[23 februari 2026|dt]] geadviseerd. "
          "Wijkagent [[Mark Hamelink|P]] ziet geen bezwaren, mits de deur van het café ’s nachts gesloten "
          "blijft. Eén omwonende, mevrouw [[Jopie Koppelaar|P]] ([[Telegraafstraat 9|A]]), heeft laten weten "
          "dat zij in 2025 vaak last had van geluid van het terras na middernacht. Mevrouw "
          "[[Koppelaar|P]] is op [[4 maart 2026|dt]] door de heer [[Pijnenburg|P]] gebeld; zij heeft er geen "
          "bezwaar tegen dat de vergunning wordt verleend als het terras om 23.00 uur sluit."),
        P("Besluit", "h2"),
        P("Ik verleen Grand Café De Zwarte Kat V.O.F. een exploitatievergunning voor het horecabedrijf aan het "
          "[[Piusplein 14|pl]] te Tilburg, met een terras van ten hoogste 40 m², onder de volgende voorschriften:"),
        P("het terras is uiterlijk om 23.00 uur leeg en opgeruimd;", "bullet"),
        P("de buitendeur is na 23.00 uur gesloten, behalve om gasten binnen te laten of te laten vertrekken;",
          "bullet"),
        P("tijdens de openingsuren is altijd een van de leidinggevenden uit de bijlage aanwezig;", "bullet"),
        P("een wijziging van leidinggevenden meldt u vooraf via [[horeca@tilburg.nl|mb]].", "bullet"),
        P("De vergunning geldt voor onbepaalde tijd en is persoonsgebonden. Bij een nieuwe overname is een "
          "nieuwe vergunning nodig."),
        Sp(2),
        P("Tilburg, [[16 maart 2026|dt]]"),
        P("De burgemeester van Tilburg,"),
        Sig(6607, 40, 14),
        P("[[Frederique Kalkman|oth]]"),
        P("Bezwaar: binnen zes weken na verzending bij de burgemeester van Tilburg, Postbus 90155, 5000 LH "
          "Tilburg. Vragen: [[14 013|gn]] of rechtstreeks bij de behandelaar, [[013 542 87 16|T]].", "small"),
        PB(),
        P("Bijlage – Aanhangsel leidinggevenden", "h1"),
        P("behorend bij de exploitatievergunning van [[16 maart 2026|dt]], zaaknummer [[HOR-2026-00147|ken]]",
          "small"),
        Tbl([["Naam", "Geboortedatum", "Verklaring Sociale Hygiëne", "Functie", "Akkoord politie"],
             ["[[Bart Vergouwen|P]]", "[[19-08-1984|D]]", "[[SVH 2014-117362|O]]", "vennoot",
              "[[23 februari 2026|dt]]"],
             ["[[Aïcha Mansouri|P]]", "[[02-11-1990|D]]", "[[SVH 2017-208441|O]]", "vennoot",
              "[[23 februari 2026|dt]]"],
             ["[[Michał Grabowski|P]]", "[[23-05-1996|D]]", "[[SVH 2022-039915|O]]", "bedrijfsleider",
              "[[23 februari 2026|dt]]"]],
            [0.26, 0.16, 0.25, 0.15, 0.18], size=9, shade="#dfe7ef"),
        P("Een leidinggevende die niet op dit aanhangsel staat, mag het bedrijf niet leiden. De heer "
          "[[Grabowski|P]] was al bedrijfsleider bij de vorige exploitant en is opnieuw getoetst."),
        P("Gezien en akkoord voor de administratie: [[JP|I]]", "small"),
    ]
    return Doc("exploitatievergunning_grand_cafe_piusplein.pdf", "besluit", "rl-ttf", "Pijnenburg, Job",
               "Exploitatievergunning HOR-2026-00147", "2026-03-16", body, font="DejaVuSansCondensed", size=9.5,
               running=[Running("Gemeente Tilburg – exploitatievergunning [[HOR-2026-00147|ken]] – pagina {page}",
                                "footer", "all", "right", 7)],
               opts={"margins": (24, 22, 22, 22)},
               note="exploitatievergunning van de burgemeester (houden, handtekening) met aanhangsel leidinggevenden "
                    "(geboortedata, SVH-nummers als OTHER), vennoten, vader van een vennoot, wijkagent, klagende "
                    "omwonende met adres, Poolse bedrijfsleider, adres van het café (houden), paraaf behandelaar")


def docs():
    return [aanwijzing_monument(), planschade(), exploitatievergunning()]
