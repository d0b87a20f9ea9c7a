"""A Woo decision with an inventory list (reportlab, Helvetica), a press release (reportlab TTF, DejaVu Sans), a
telephone-memo form (python-docx -> LibreOffice, Arial) and a citizens' letter with a list of neighbours
(python-docx -> LibreOffice, DejaVu Sans)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


# ------------------------------------------------------------------ Woo-besluit Drenthe (rl-std, Helvetica)

def besluit_woo_zandwinning_drenthe():
    inv = [["Nr.", "Datum", "Omschrijving", "Beoordeling", "Grond"],
           ["1", "[[8 januari 2025|dt]]", "Aanvraag ontgrondingsvergunning [[Zand- en Grindhandel Stolk B.V.|org]]",
            "deels openbaar", "5.1.2e"],
           ["2", "[[3 februari 2025|dt]]", "Ecologisch onderzoek [[Arcadis|org]]", "openbaar", "–"],
           ["3", "[[17 februari 2025|dt]]", "E-mail bedrijf over winningsdiepte en productiecijfers",
            "deels openbaar", "5.1.1c, 5.1.2e"],
           ["4", "[[4 maart 2025|dt]]", "Advies [[Waterschap Hunze en Aa's|org]]", "openbaar", "–"],
           ["5", "[[20 maart 2025|dt]]", "Interne notitie juridische toets", "deels openbaar", "5.2.1, 5.1.2e"],
           ["6", "[[2 april 2025|dt]]", "Zienswijze omwonende", "deels openbaar", "5.1.2e"],
           ["7", "[[15 april 2025|dt]]", "Verslag overleg met het bedrijf", "deels openbaar", "5.1.2e"],
           ["8", "[[6 mei 2025|dt]]", "Nota aan Gedeputeerde Staten", "deels openbaar", "5.2.1, 5.1.2e"],
           ["9", "[[13 mei 2025|dt]]", "Besluit ontgrondingsvergunning", "openbaar", "–"],
           ["10", "[[30 juni 2025|dt]]", "Bankgarantie bedrijf", "niet openbaar", "5.1.1c"]]
    body = [
        P("**Provincie Drenthe**", size=14, space_after=1),
        P("Westerbrink 1 · Postbus 122 · 9400 AC Assen", size=8, space_after=14),
        P("De heer [[Y. Belhaj|P]]\n[[Torenlaan 19|A]]\n[[9401 HN|Z]] Assen", space_after=14),
        KV([("Datum", "[[29 januari 2026|dt]]"),
            ("Ons kenmerk", "[[Z2026-004417|ken]]"),
            ("Uw verzoek", "[[10 november 2025|dt]]"),
            ("Behandelaar", "[[Sandra Huijgens|P]]"),
            ("Telefoon", "[[0592 36 54 18|T]]"),
            ("Onderwerp", "besluit op uw Woo-verzoek zandwinning Gasselte")],
           label_w=0.22, size=9.5, bold_labels=False),
        P("Geachte heer [[Belhaj|P]],"),
        P("Op [[10 november 2025|dt]] heeft u ons gevraagd om alle documenten openbaar te maken over de "
          "ontgrondingsvergunning voor de zandwinning bij Gasselte. U heeft uw verzoek gedaan op grond van de Wet "
          "open overheid (Woo). Op [[4 december 2025|dt]] hebben wij de termijn met twee weken verdaagd en op "
          "[[18 december 2025|dt]] hebben wij het bedrijf om een zienswijze gevraagd. In deze brief leest u ons "
          "besluit."),
        P("Besluit", "h2"),
        P("Wij maken de documenten openbaar zoals vermeld in de inventarislijst. Van tien documenten maken wij er "
          "drie volledig openbaar, zes gedeeltelijk en één niet."),
        P("Inventarislijst", "h2"),
        Tbl(inv, [0.07, 0.18, 0.45, 0.17, 0.13], size=8.5),
        P("Overwegingen", "h2"),
        P("**Persoonsgegevens (artikel 5.1, tweede lid, onder e Woo).** In de documenten staan namen en "
          "contactgegevens van medewerkers van de provincie, van het bedrijf en van omwonenden. Deze gegevens "
          "maken wij niet openbaar. Het belang van de bescherming van de persoonlijke levenssfeer weegt zwaarder "
          "dan het belang van openbaarheid. Dat geldt bijvoorbeeld voor de bedrijfsleider van het bedrijf, "
          "mevrouw [[Tuba Akgül|P]], en voor de ecoloog van Arcadis, mevrouw [[Paulina Kowalski|P]], die het "
          "onderzoek heeft uitgevoerd. Hun functies blijven zichtbaar."),
        P("In document 6 staat de zienswijze van een omwonende, de heer [[Rudsel Ignacio|P]]. Hij heeft ons "
          "laten weten dat hij er geen bezwaar tegen heeft dat zijn zienswijze openbaar wordt, maar wel dat zijn "
          "naam en adres bekend worden. Wij lakken daarom zijn naam en zijn adres aan de "
          "[[Heidelaan 5|A]] in Gasselte."),
        P("De namen van gedeputeerde [[Siem Wigman|oth]], die de vergunning heeft verleend, en van de leden van "
          "Provinciale Staten die vragen hebben gesteld, maken wij wel openbaar. Zij treden in het openbaar op in "
          "hun functie."),
        P("**Bedrijfsgegevens (artikel 5.1, eerste lid, onder c Woo).** Document 3 bevat productiecijfers en "
          "document 10 de bankgarantie van het bedrijf. Het bedrijf heeft deze gegevens vertrouwelijk aan de "
          "provincie gegeven. In document 3 lakken wij alleen de cijfers; document 10 maken wij niet openbaar."),
        P("**Persoonlijke beleidsopvattingen (artikel 5.2, eerste lid, Woo).** Documenten 5 en 8 zijn opgesteld "
          "voor intern beraad. Feiten maken wij openbaar, persoonlijke meningen van medewerkers niet. De "
          "juridische toets in document 5 is grotendeels feitelijk en maken wij daarom bijna helemaal openbaar."),
        P("Wijze van openbaarmaking", "h2"),
        P("Wij sturen u de documenten digitaal toe. Ook plaatsen wij dit besluit en de documenten op "
          "[[www.provincie.drenthe.nl/woo|gn]]. Dat doen wij niet eerder dan twee weken na de datum van dit besluit, "
          "zodat het bedrijf bezwaar kan maken."),
        P("Bezwaar", "h2"),
        P("Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van verzending bezwaar "
          "maken bij Gedeputeerde Staten van Drenthe, Postbus 122, 9400 AC Assen. Heeft u vragen? Neem dan "
          "contact op met [[Sandra Huijgens|P]], telefoon [[0592 36 54 18|T]] of e-mail "
          "[[s.huijgens@drenthe.nl|E]]. U kunt ook het algemene nummer [[0592 36 55 55|gn]] bellen of mailen "
          "naar [[woo@drenthe.nl|mb]]."),
        P("Met vriendelijke groet,\nGedeputeerde Staten van Drenthe,\nnamens deze,", space_before=4),
        Sp(8),
        P("[[Mathijs Buijsrogge|P]]\nafdelingshoofd Omgevingsvergunningen"),
        PB(),
        P("Bijlage – Toegepaste artikelen van de Wet open overheid", "h2"),
        P("**Artikel 5.1**", space_after=2),
        P("1. Het openbaar maken van informatie ingevolge deze wet blijft achterwege voor zover dit: (...) c. "
          "bedrijfs- en fabricagegegevens betreft, die door natuurlijke personen of rechtspersonen vertrouwelijk "
          "aan de overheid zijn meegedeeld; (...)", "quote"),
        P("2. Het openbaar maken van informatie blijft eveneens achterwege voor zover het belang daarvan niet "
          "opweegt tegen een van de volgende belangen: (...) e. de eerbiediging van de persoonlijke levenssfeer; "
          "(...)", "quote"),
        P("**Artikel 5.2**", space_after=2),
        P("1. In geval van een verzoek om informatie uit documenten, opgesteld ten behoeve van intern beraad, "
          "wordt geen informatie verstrekt over daarin opgenomen persoonlijke beleidsopvattingen. Onder "
          "persoonlijke beleidsopvattingen worden geen feiten, prognoses, beleidsalternatieven, de gevolgen van "
          "een bepaald beleidsalternatief of andere onderdelen met een overwegend objectief karakter verstaan. "
          "(...)", "quote"),
        P("**Artikel 4.4**", space_after=2),
        P("1. Het bestuursorgaan beslist op het verzoek zo spoedig mogelijk, doch uiterlijk binnen vier weken "
          "na de dag waarop het verzoek is ontvangen. 2. Het bestuursorgaan kan de termijn met twee weken "
          "verdagen, indien het van oordeel is dat het verzoek zo omvangrijk of zo gecompliceerd is dat de "
          "termijn van vier weken niet toereikend is. (...)", "quote"),
        P("**Zienswijze derde-belanghebbende**", space_after=2),
        P("[[Zand- en Grindhandel Stolk B.V.|org]] heeft op [[8 januari 2026|dt]] een zienswijze ingediend. Het "
          "bedrijf vraagt de productiecijfers en de bankgarantie niet openbaar te maken. Wij hebben dit verzoek "
          "gevolgd, zoals in dit besluit is toegelicht. Het bedrijf vroeg ook de naam van de bedrijfsleider "
          "niet openbaar te maken; ook dat hebben wij gedaan."),
    ]
    return Doc("besluit_woo_zandwinning_drenthe.pdf", "besluit", "rl-std", "Huijgens, S.",
               "Besluit Woo-verzoek Z2026-004417", "2026-01-29", body, font="Helvetica", size=10,
               running=[Running("Provincie Drenthe – kenmerk [[Z2026-004417|ken]] – pagina {page}", "footer",
                                "all", "right", 7.5)],
               opts={"margins": (25, 24, 22, 24)},
               note="Woo-besluit met inventarislijst (tien documenten, gronden 5.1.2e, 5.1.1c en 5.2.1): verzoeker "
                    "met Marokkaanse naam als ‘Y. Belhaj’ en adres, behandelaar met direct nummer en e-mail, "
                    "bedrijfsleider met Turkse naam, ecoloog met Poolse naam, omwonende met Antilliaanse naam en "
                    "adres (lakken), bedrijf, adviesbureau, waterschap en gedeputeerde (houden), ondertekenaar "
                    "‘namens deze’, algemeen nummer, website en Woo-mailbox")


# ------------------------------------------------------------------ persbericht Venlo (rl-ttf, DejaVu Sans)

def persbericht_bibliotheek_venlo():
    body = [
        P("**Gemeente Venlo**", size=13, space_after=0),
        P("PERSBERICHT", "h1", space_after=2),
        P("Venlo, [[2 oktober 2026|dt]]", size=9),
        P("Nieuwe bibliotheek in oude postkantoor opent in januari", "h1"),
        P("**De nieuwe centrale bibliotheek van Venlo opent op [[9 januari 2027|dt]] in het voormalige "
          "postkantoor aan de Nassaustraat. Het gebouw krijgt naast boeken ook een leescafé, studieplekken en een "
          "taalhuis voor mensen die beter willen leren lezen en schrijven.**"),
        P("Het monumentale postkantoor stond sinds 2019 leeg. Architectenbureau [[Mecanoo|org]] heeft het gebouw "
          "verbouwd. De oude loketten zijn bewaard en worden de uitleenbalie. Het leescafé wordt genoemd naar de "
          "Venlose schrijfster [[Walburga Mastboom|oth]] (1881–1958), die in haar romans over het leven aan de "
          "Maas schreef."),
        P("Wethouder [[Aletta Brethouwer|oth]] (cultuur): “Een bibliotheek is veel meer dan een plek voor "
          "boeken. Hier kunnen inwoners elkaar ontmoeten, hulp krijgen met formulieren en samen leren. Ik ben er "
          "trots op dat dit prachtige gebouw weer van de stad is.”"),
        P("Directeur [[Büşra Yurtsever|oth]] van [[Bibliotheek Venlo|org]]: “We verwachten in het eerste jaar "
          "400.000 bezoekers. Het taalhuis doen we samen met [[Stichting Lezen & Schrijven|org]] en het "
          "[[Gilde Opleidingen|org]]. Iedereen is welkom, ook wie nog nooit in een bibliotheek is geweest.”"),
        P("De verbouwing kostte € 14,2 miljoen. De provincie Limburg droeg € 2 miljoen bij. Tijdens de opening "
          "is er een programma voor kinderen, met voorlezen door burgemeester [[Marciano Vanderveld|oth]]."),
        P("Meer informatie: [[www.venlo.nl/bibliotheek|gn]]", size=9),
        HR(),
        P("**Noot voor de redactie, niet voor publicatie**", size=8.5),
        P("Voor vragen kunt u contact opnemen met [[Tijs Knijnenburg|P]], woordvoerder, telefoon "
          "[[06 4419 2870|T]], e-mail [[t.knijnenburg@venlo.nl|E]]. Algemeen persnummer: [[077 359 66 00|gn]], "
          "[[pers@venlo.nl|mb]]. Journalisten zijn welkom bij de persrondleiding op [[6 januari 2027|dt]]; "
          "aanmelden bij [[Tijs|P]] voor [[4 januari 2027|dt]].", size=8.5),
    ]
    return Doc("persbericht_bibliotheek_venlo.pdf", "persbericht", "rl-ttf", "Knijnenburg, T.",
               "Persbericht nieuwe bibliotheek Venlo", "2026-10-02", body, font="DejaVuSans", size=9.5,
               opts={"margins": (24, 24, 20, 22)},
               note="persbericht: geciteerde wethouder en directeur van de bibliotheek (Turkse naam) en burgemeester "
                    "(houden), leescafé genoemd naar een historische schrijfster (houden), architectenbureau en "
                    "stichtingen (houden), woordvoerder in de ‘noot voor de redactie, niet voor publicatie’ met "
                    "06-nummer, e-mail en voornaam (lakken) naast algemeen persnummer en persmailbox")


# ------------------------------------------------------------------ telefoonnotitie Schiedam (lo, Arial)

def telefoonnotitie_kwijtschelding_schiedam():
    body = [
        P("**Gemeente Schiedam** – Team Belastingen", size=12, space_after=4),
        P("TELEFOONNOTITIE", "title", size=16),
        KV([("Datum / tijd", "[[11 februari 2026|dt]], 10.25 uur"),
            ("Aangenomen door", "[[Siem Versteeg|P]] (KCC)"),
            ("Naam beller", "mevrouw [[S. Ramdas-Kanhai|P]]"),
            ("Geboortedatum", "[[4 november 1979|D]]"),
            ("BSN", "[[779096393|B]]"),
            ("Adres", "[[Vlaardingerdijk 188|A]], [[3117 ER|Z]] Schiedam"),
            ("Telefoon", "[[010 471 38 26|T]] (thuis), [[06 1842 7705|T]] (mobiel)"),
            ("Aanslagnummer", "[[6100.2284.9137|O]]"),
            ("Onderwerp", "kwijtschelding afvalstoffenheffing 2026")], label_w=0.27, size=10, style="grid"),
        P("Notitie", "h2"),
        P("Mevrouw [[Ramdas-Kanhai|P]] belt over de aanslag gemeentelijke belastingen 2026. Zij heeft in "
          "december kwijtschelding aangevraagd, maar nog niets gehoord. Inmiddels is de eerste termijn van de "
          "automatische incasso afgeschreven. Haar man, [[Ravish Ramdas|P]], is sinds januari werkloos en het "
          "gezin heeft alleen nog haar parttime inkomen."),
        P("Zij vraagt of het bedrag terug kan op haar rekening [[NL20 INGB 0007 3819 42|N]] als de kwijtschelding "
          "wordt toegekend. Ik heb gezegd dat dit automatisch gebeurt."),
        P("Haar dochter [[Kavita|P]] helpt haar met de formulieren; mevrouw vraagt of de brief naar het e-mailadres "
          "van haar dochter kan ([[kavita.ramdas@live.nl|E]]). Ik heb uitgelegd dat wij alleen per post naar de "
          "belastingplichtige schrijven of via de Berichtenbox van MijnOverheid."),
        P("Actie", "h2"),
        KV([("Terugbellen door", "[[Cemal Bozkurt|P]] (behandelaar kwijtschelding)"),
            ("Uiterlijk", "[[13 februari 2026|dt]]"),
            ("Doorgezet naar", "[[belastingen@schiedam.nl|mb]] en [[CB|I]] in de werkvoorraad")],
           label_w=0.27, size=10, style="grid"),
        P("Afgehandeld: ☐   Teruggebeld op: ____________   Paraaf: ______", size=9),
        Sp(2),
        P("Gemeente Schiedam · [[Stadserf 1|pl]] · [[14 010|gn]] · [[www.schiedam.nl|gn]]", size=8),
    ]
    return Doc("telefoonnotitie_kwijtschelding_schiedam.pdf", "telefoonnotitie", "lo", "Versteeg, S.",
               "Telefoonnotitie kwijtschelding", "2026-02-11", body, font="Arial", size=10,
               opts={"margins": (22, 22, 20, 20), "space_after": 5, "line_spacing": 1.15},
               note="telefoonnotitie-formulier met rasters: beller met dubbele Hindoestaanse naam en initiaal, "
                    "geboortedatum, BSN, adres, vast en mobiel nummer, aanslagnummer (OTHER), IBAN, echtgenoot en "
                    "dochter (voornaam en e-mail), medewerker KCC en behandelaar (lakken), initialen in "
                    "‘doorgezet naar’, eigen adres, 14-nummer en mailbox (houden)")


# ------------------------------------------------------------------ burgerbrief Lingewaard (lo, DejaVu Sans)

def burgerbrief_drempels_lingewaard():
    body = [
        P("[[Ewelina Jabłońska|P]]\n[[Julianastraat 63|A]]\n[[6681 BK|Z]] Bemmel\n[[06 2375 8841|T]]\n"
          "[[e.jablonska@gmail.com|E]]", space_after=14),
        P("Gemeente Lingewaard\nt.a.v. wethouder [[Teuntje Mentink|oth]]\nPostbus 15\n6680 AA Bemmel",
          space_after=14),
        P("Bemmel, [[8 juni 2026|dt]]", space_after=10),
        P("Betreft: te hard rijden in de Julianastraat – verzoek om drempels", space_after=10),
        P("Geachte mevrouw [[Mentink|oth]],"),
        P("Namens de bewoners van de Julianastraat vraag ik u om maatregelen tegen het te hard rijden in onze "
          "straat. Sinds de Dorpsstraat is afgesloten voor de werkzaamheden aan de riolering, gebruiken veel "
          "auto’s en busjes onze straat als sluiproute. Er wordt veel te hard gereden, vaak 50 of 60 km per uur "
          "in een 30-kilometerzone."),
        P("Op [[29 mei 2026|dt]] werd het zoontje van de buren, [[Milo|P]], bijna aangereden door een bestelbus "
          "met kenteken [[58-KTL-3|L]]. De bestuurder reed door. Een week later zagen wij een auto met kenteken "
          "[[HZ-604-R|L]] over de stoep rijden om een vuilniswagen in te halen. Ik heb beide voorvallen gemeld bij "
          "de wijkagent, meneer [[Pengel|P]]. Hij zei dat de politie niet vaak genoeg kan controleren en dat wij "
          "ons beter tot de gemeente kunnen wenden."),
        P("Wij vragen u om:"),
        P("twee verkeersdrempels, bij huisnummer 20 en bij de speeltuin;", "bullet"),
        P("borden met de snelheid, zolang de Dorpsstraat afgesloten is;", "bullet"),
        P("een gesprek met de bewoners over de omleiding.", "bullet"),
        P("Ik heb met meneer [[Opdam|P]] van nummer 14 de handtekeningen verzameld. Hieronder staan de bewoners "
          "die deze brief steunen. Er hebben 31 huishoudens getekend; de volledige lijst stuur ik mee als "
          "bijlage."),
        Tbl([["Naam", "Adres", "Handtekening"],
             ["fam. [[Siebelink|P]]", "[[Julianastraat 12|A]]", "getekend"],
             ["[[R. Opdam|P]]", "[[Julianastraat 14|A]]", "getekend"],
             ["[[Zhiwei Leung|P]]", "[[Julianastraat 21|A]]", "getekend"],
             ["[[A. Gerding|P]]", "[[Julianastraat 27|A]]", "getekend"],
             ["[[Sandra Speelman|P]]", "[[Julianastraat 40|A]]", "getekend"],
             ["[[M. Pattiradjawane|P]]", "[[Julianastraat 55|A]]", "getekend"],
             ["[[Ewelina Jabłońska|P]]", "[[Julianastraat 63|A]]", "getekend"]],
            [0.4, 0.35, 0.25], size=9),
        P("Mevrouw [[Speelman|P]], die zelf in een rolstoel zit, vraagt ook om de stoep bij de speeltuin te "
          "verlagen. Zij kan nu niet veilig oversteken."),
        P("Ik heb dit ook aan de gemeenteraad laten weten. Raadslid [[Melchior Hooijer|oth]] heeft gezegd dat "
          "hij het onderwerp in de commissie wil bespreken. Ik hoop dat u snel iets kunt doen, voordat er een "
          "ongeluk gebeurt. U kunt mij bereiken op het nummer hierboven of per e-mail."),
        P("Met vriendelijke groet,"),
        Sp(6),
        P("[[Ewelina Jabłońska|P]]\nmede namens de bewoners van de Julianastraat"),
        P("Bijlage: handtekeningenlijst (31 huishoudens)", size=8.5),
    ]
    return Doc("burgerbrief_verkeersdrempels_lingewaard.pdf", "burgerbrief", "lo", "Ewelina",
               "Verzoek drempels Julianastraat", "2026-06-08", body, font="DejaVu Sans", size=10,
               opts={"margins": (25, 25, 25, 22), "space_after": 7, "line_spacing": 1.2},
               note="brief van een inwoner met Poolse naam namens de straat aan een wethouder (houden): afzenderblok "
                    "met adres, 06-nummer en e-mail, buurjongen met voornaam, twee kentekens, wijkagent met "
                    "achternaam, lijst van ondersteuners met namen en adressen (Chinese en Molukse naam, "
                    "‘fam.’, initialen), een buurvrouw in een rolstoel (persoon lakken, feit niet gemarkeerd), "
                    "raadslid (houden)")


def docs():
    return [besluit_woo_zandwinning_drenthe(), persbericht_bibliotheek_venlo(),
            telefoonnotitie_kwijtschelding_schiedam(), burgerbrief_drempels_lingewaard()]
