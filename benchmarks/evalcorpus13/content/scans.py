"""Three scans (image-only PDFs): a minister's letter to a burgemeester with the minister's signature (reportlab,
Times; grey JPEG), a citizen's objection letter with a signature and a vet's statement (reportlab TTF, DejaVu
Serif; grey JPEG) and the report of a hearing of an objections committee with the chair's signature
(python-docx -> LibreOffice, Arial; bilevel with copier streak)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


# ------------------------------------------------------------------ minister JenV aan burgemeester (scan via rl-std)

def brief_minister_burgemeester_drugslabs_scan():
    body = [
        P("> Retouradres Postbus 20301 2500 EH Den Haag", size=7.5, space_after=10),
        P("De burgemeester van Kerkrade\nde heer [[mr. R. Tahar|oth]]\nPostbus 600\n6460 AP  Kerkrade",
          space_after=16),
        KV([("Datum", "[[30 juni 2026|dt]]"),
            ("Ons kenmerk", "[[6817342|ken]]"),
            ("Uw brief", "[[2 juni 2026|dt]]"),
            ("Onderwerp", "drugslabs in het buitengebied van Parkstad")], label_w=0.2, size=10.5,
           bold_labels=False),
        P("Geachte heer [[Tahar|oth]],"),
        P("In uw brief vraagt u om steun bij de aanpak van drugslabs in het buitengebied van Kerkrade en de andere "
          "Parkstadgemeenten. U beschrijft dat in het afgelopen jaar elf labs zijn opgerold, waarvan drie in "
          "schuren van boeren die onder druk waren gezet. U vraagt om extra capaciteit bij politie en Openbaar "
          "Ministerie en om geld voor het opruimen van drugsafval."),
        P("Ik deel uw zorg. Criminelen zoeken steeds vaker afgelegen plekken op, juist in grensgebieden. Het "
          "[[RIEC Limburg|org]] heeft mij laten weten dat de samenwerking met de Duitse autoriteiten goed "
          "verloopt, maar dat het aantal meldingen blijft stijgen."),
        P("Politie en Openbaar Ministerie", "h2"),
        P("Ik heb uw brief besproken met de politie-eenheid Limburg. De teamchef van het basisteam Parkstad, "
          "[[Marlon Trinidad|P]], heeft voorgesteld om in het najaar een speciaal team in te zetten dat zich "
          "richt op de buitengebieden. Het Openbaar Ministerie zal daarbij een vaste officier van justitie "
          "aanwijzen; [[mr. Hetty Brandhorst|P]] heeft zich hiervoor beschikbaar gesteld."),
        P("De teamchef heeft mij ook laten weten dat boeren die worden benaderd om een schuur te verhuren, "
          "anoniem kunnen melden bij Meld Misdaad Anoniem ([[0800-7000|gn]]). Ik vraag u deze mogelijkheid in uw "
          "contacten met de agrariërs in Parkstad onder de aandacht te brengen. De Landelijke Informatiepunt "
          "Ondermijning heeft daarvoor voorlichtingsmateriaal gemaakt dat gemeenten kunnen gebruiken."),
        P("Bestuurlijke maatregelen", "h2"),
        P("U vraagt ook of burgemeesters meer bevoegdheden kunnen krijgen om een schuur of loods te sluiten "
          "waarin een drugslab is aangetroffen. Artikel 13b van de Opiumwet geeft u die bevoegdheid al. Ik "
          "begrijp uit uw brief dat er twijfel is of dit artikel ook geldt voor een loods die leeg staat en "
          "waar alleen nog drugsafval is aangetroffen. Ik laat dit uitzoeken en kom daar voor het einde van het "
          "jaar op terug. Het wetsvoorstel dat de sluitingsbevoegdheid verruimt, ligt op dit moment bij de Raad "
          "van State."),
        P("Opruimen van drugsafval", "h2"),
        P("Gemeenten en grondeigenaren kunnen sinds 2024 een bijdrage krijgen voor het opruimen van drugsafval. "
          "Ik verhoog dit budget in 2027 met € 2 miljoen. Het lid [[Römer|kl]] heeft in de Tweede Kamer gevraagd "
          "om boeren die slachtoffer zijn, beter te helpen. Ik werk dat uit samen met de minister van Landbouw."),
        P("Vervolg", "h2"),
        P("Ik stel voor dat mijn medewerkers in september met u en de andere burgemeesters van Parkstad "
          "spreken. Contactpersoon is [[Kamil Nowacki|P]], bereikbaar op [[06 2948 5107|T]] of via "
          "[[k.nowacki@minjenv.nl|E]]. Een afschrift van deze brief stuur ik aan de commissaris van de Koning "
          "in Limburg, de heer [[Eldrick Coffie|oth]]."),
        P("Hoogachtend,"),
        P("de minister van Justitie en Veiligheid,"),
        Sig(130701, w_mm=46, h_mm=16),
        P("[[Elise Noordhoek|min]]"),
    ]
    return Doc("brief_minister_burgemeester_drugslabs_scan.pdf", "brief", "scan", None,
               "Scan brief minister JenV 6817342", "2026-07-03", body, font="Times-Roman", size=11.5,
               running=[Running("Pagina {page} van 2 · kenmerk [[6817342|ken]]", "footer", "all", "right", 8)],
               opts={"margins": (26, 24, 26, 24), "first_top": 10,
                     "logo": {"kind": "rijk", "lines": ["Ministerie van Justitie en", "Veiligheid"]}},
               scan={"via": "rl-std", "mode": "gray", "seed": 13071, "rot": [0.5, -0.4], "noise": 6,
                     "quality": 64, "shade": 10, "specks": 0.0003},
               note="brief van de minister aan een burgemeester (houden, ‘mr. R. Tahar’ en ‘heer Tahar’), grijze scan "
                    "met handtekening van de minister (geen lakking): teamchef politie met Antilliaanse naam, "
                    "officier van justitie met ‘mr.’ en contactpersoon met Poolse naam, mobiel en e-mail "
                    "(lakken), Kamerlid en commissaris van de Koning (houden), RIEC (houden)")


# ------------------------------------------------------------------ burgerbrief bezwaar hondenbelasting (scan via rl-ttf)

def burgerbrief_bezwaar_hondenbelasting_scan():
    body = [
        P("[[C.A. Fraenkel|P]]\n[[Kruisstraat 77|A]]\n[[5341 BL|Z]] Oss\ntel. [[06 3318 9024|T]]", space_after=14),
        P("Gemeente Oss\nafdeling Belastingen\nPostbus 5\n5340 BA  Oss", space_after=14),
        P("Oss, [[22 maart 2026|dt]]", space_after=10),
        P("**Betreft: bezwaar aanslag hondenbelasting 2026**\naanslagnummer [[7302.5518.0946|O]]",
          space_after=10),
        P("Geachte heer, mevrouw,"),
        P("Hierbij maak ik bezwaar tegen de aanslag hondenbelasting 2026 die ik op [[27 februari 2026|dt]] heb "
          "ontvangen. Mijn burgerservicenummer is [[432785577|B]] en mijn geboortedatum is [[17-06-1968|D]]."),
        P("Mijn hond is op [[12 december 2025|dt]] overleden. Ik heb toen meteen een formulier ingevuld op uw "
          "website om de hond af te melden, maar ik heb daar nooit een bevestiging van gekregen. Op "
          "[[3 februari 2026|dt]] heb ik gebeld met meneer [[Kieboom|P]] van uw afdeling. Hij zei dat de afmelding "
          "niet in het systeem stond en dat ik bezwaar moest maken als ik toch een aanslag zou krijgen."),
        P("Ik stuur een verklaring van de dierenarts mee. Mijn buurvrouw, mevrouw [[Wróbel|P]], kan ook "
          "bevestigen dat ik sinds december geen hond meer heb. Zij liet hem vaak uit als ik moest werken."),
        P("Het bedrag is al van mijn rekening afgeschreven. Ik vraag u het bedrag van € 131,40 terug te storten "
          "op rekening [[NL79 RABO 0318 2647 51|N]] ten name van [[C.A. Fraenkel|P]]."),
        P("Met vriendelijke groet,"),
        Sig(130322, w_mm=44, h_mm=15),
        P("[[Cheryl Fraenkel|S]]"),
        PB(),
        P("**Dierenkliniek Maasland**", size=12, space_after=2),
        P("Molenstraat 118 · 5341 GE Oss · 0412 62 31 40", size=9, space_after=14),
        P("VERKLARING", "h1"),
        P("Hierbij verklaar ik dat de hond (reu, kruising, chipnummer [[528140000719245|O]]) van mevrouw "
          "[[C.A. Fraenkel|P]], wonende te Oss, op [[12 december 2025|dt]] in onze kliniek is ingeslapen."),
        P("Oss, [[16 maart 2026|dt]]"),
        Sp(6),
        P("[[drs. Lieske Lewicki|P]]\ndierenarts"),
    ]
    return Doc("burgerbrief_bezwaar_hondenbelasting_scan.pdf", "burgerbrief", "scan", None,
               "Scan bezwaar hondenbelasting", "2026-03-24", body, font="DejaVuSerif", size=10.5,
               opts={"margins": (26, 24, 24, 24)},
               scan={"via": "rl-ttf", "mode": "gray", "seed": 13322, "rot": [-0.6, 0.3], "noise": 6,
                     "quality": 62, "shade": 9, "specks": 0.0003},
               note="brief van een inwoner (bezwaar hondenbelasting), grijze scan: adres, 06-nummer, aanslagnummer "
                    "(OTHER), BSN, geboortedatum dd-mm-jjjj, IBAN, ambtenaar en buurvrouw alleen met achternaam, "
                    "handtekening met gedrukte naam (SIGNATURE), tweede pagina met verklaring van de dierenarts: "
                    "chipnummer van de hond (OTHER) en dierenarts met ‘drs.’ (lakken), kliniek (niet gemarkeerd)")


# ------------------------------------------------------------------ verslag hoorzitting (scan via lo, bilevel)

def verslag_hoorzitting_mantelzorgwoning_scan():
    body = [
        P("**Gemeente Hoeksche Waard**", size=13, space_after=1),
        P("Commissie bezwaarschriften", size=10, space_after=10),
        P("Verslag van de hoorzitting", "title", size=16),
        KV([("Datum", "[[16 juni 2026|dt]], 10.00 uur"),
            ("Zaaknummer", "[[BZ-2026-0093|ken]]"),
            ("Bezwaarmakers", "de heer [[Thom Jurriaans|P]] en mevrouw [[Guusje Jurriaans-Spek|P]], "
                              "[[Sluisdijk 12|A]], Mijnsheerenland"),
            ("Gemachtigde", "[[mr. Arnout Vedder|P]], [[ARAG|org]]"),
            ("Vergunninghouder", "de heer [[Errol Amatmoekrim|P]]"),
            ("Namens het college", "[[Hiltje Weststrate|P]], vergunningverlener"),
            ("Commissie", "[[mr. Tjardo Tuijn|P]] (voorzitter), [[Bagus Setiawan|P]], "
                          "[[drs. Klasina Lensink|P]]"),
            ("Secretaris", "[[Femmie Brugmans|P]]")], label_w=0.27, size=10.5, style="grid"),
        P("1. Opening", "h2"),
        P("De voorzitter opent de hoorzitting en legt uit hoe de commissie werkt. De commissie geeft het college "
          "een advies; het college beslist."),
        P("2. Toelichting bezwaarmakers", "h2"),
        P("[[Mr. Vedder|P]] licht het bezwaar toe. Het college heeft op [[3 maart 2026|dt]] een "
          "omgevingsvergunning verleend voor een mantelzorgwoning in de achtertuin van de heer "
          "[[Amatmoekrim|P]]. De woning staat op 2 meter van de erfgrens. Volgens de gemachtigde neemt de woning "
          "licht en uitzicht weg en is niet goed onderzocht of de woning op een andere plek in de tuin kan staan."),
        P("Mevrouw [[Jurriaans-Spek|P]] vult aan dat de woning recht voor haar keukenraam staat. ‘Wij zijn niet "
          "tegen mantelzorg, maar we zitten hier ook niet voor [[spek|w]] en bonen. Niemand heeft met ons "
          "gepraat.’ De heer [[Jurriaans|P]] zegt dat hij de bouwtekeningen pas heeft gezien toen de fundering al "
          "werd gestort."),
        P("3. Reactie van het college", "h2"),
        P("Mevrouw [[Weststrate|P]] zegt dat de mantelzorgwoning vergunningvrij had kunnen worden gebouwd als "
          "hij iets kleiner was geweest. De vergunning is verleend omdat de woning 6 m² groter is. Zij erkent "
          "dat de buren niet vooraf zijn geïnformeerd; dat is bij een vergunning als deze ook niet verplicht."),
        P("4. Reactie vergunninghouder", "h2"),
        P("De heer [[Amatmoekrim|P]] legt uit dat zijn moeder bij hem komt wonen omdat zij niet meer alleen kan "
          "wonen. Een andere plek in de tuin is niet mogelijk vanwege de leidingen en een grote walnotenboom. Hij "
          "heeft aangeboden een hoge haag te planten langs de erfgrens."),
        P("5. Vragen van de commissie", "h2"),
        P("De heer [[Setiawan|P]] vraagt of de woning na de mantelzorg weer wordt weggehaald. Mevrouw "
          "[[Weststrate|P]] bevestigt dat de vergunning tijdelijk is. Mevrouw [[Lensink|P]] vraagt of partijen "
          "bereid zijn tot mediation. [[Mr. Vedder|P]] zegt dat zijn cliënten daarvoor openstaan als de bouw "
          "zolang wordt stilgelegd. De heer [[Amatmoekrim|P]] wil daar niet op wachten."),
        P("6. Sluiting", "h2"),
        P("De voorzitter dankt de aanwezigen en sluit de hoorzitting om 11.40 uur. De commissie brengt binnen "
          "zes weken advies uit. Het verslag wordt aan partijen toegestuurd. Vragen: [[14 0186|gn]]."),
        Sp(3),
        P("Voor akkoord, de voorzitter:"),
        Sig(130616, w_mm=42, h_mm=14),
        P("[[T. Tuijn|S]]"),
        P("Secretaris: [[F. Brugmans|P]]", size=10),
    ]
    return Doc("verslag_hoorzitting_mantelzorgwoning_scan.pdf", "verslag", "scan", None,
               "Scan verslag hoorzitting BZ-2026-0093", "2026-06-18", body, font="Arial", size=11,
               running=[Running("Verslag hoorzitting [[BZ-2026-0093|ken]]", "footer", "all", "right", 8)],
               opts={"margins": (24, 22, 20, 20), "space_after": 6, "line_spacing": 1.15},
               scan={"via": "lo", "mode": "bilevel", "seed": 13616, "rot": [0.4, -0.3], "noise": 6,
                     "threshold": 150, "shade": 8, "blur": 0.3, "streak": True,
                     "producer_meta": "KONICA MINOLTA bizhub C300i", "creator_meta": "KONICA MINOLTA bizhub C300i"},
               note="verslag van een hoorzitting van de bezwaarcommissie (bilevel scan met kopieerstreep): voorzitter "
                    "met ‘mr.’ en handtekening (SIGNATURE), leden (Indonesische naam, ‘drs.’) en secretaris, "
                    "echtpaar met dubbele naam en ‘voor spek en bonen’ (houden), gemachtigde als ‘Mr. Vedder’, "
                    "vergunninghouder met Surinaamse naam, vergunningverlener (allemaal lakken), "
                    "rechtsbijstandsverzekeraar en 14-nummer (houden)")


def docs():
    return [brief_minister_burgemeester_drugslabs_scan(), burgerbrief_bezwaar_hondenbelasting_scan(),
            verslag_hoorzitting_mantelzorgwoning_scan()]
