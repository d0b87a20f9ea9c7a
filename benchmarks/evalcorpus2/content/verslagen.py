"""Minutes, telephone note, police report."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def verslag_stuurgroep():
    body = [
        P("Verslag stuurgroep Wijkaanpak Tarwewijk", "title", size=15),
        KV([("Datum", "[[15 oktober 2024|dt]], 13.30 – 15.30 uur"),
            ("Locatie", "[[Wijkcentrum De Larikshof|pl]], Rotterdam"),
            ("Aanwezig", "[[Gerda de Boer|P]] (voorzitter, programmamanager; [[GdB|I]]), "
                         "[[Rajesh Jagroep|P]] (wijkregisseur; [[RJ|I]]), "
                         "[[Soufiane El Khattabi|P]] (jongerenwerk Stichting Dock; [[SEK|I]]), "
                         "[[Xiaoming Liu|P]] (data-analist; [[XL|I]]), "
                         "[[Marieke van Tuijl|P]] (Woonstad Rotterdam; [[MvT|I]]), "
                         "[[Peter-Paul Groenendijk|P]] (wijkagent; [[PPG|I]])"),
            ("Gast", "wethouder [[Lotte Brinkhorst-Saïd|oth]] (agendapunt 3)"),
            ("Afwezig", "[[Nina Oudeman|P]] (GGD)"),
            ("Verslag", "[[Ivo Dijkhuizen|P]]")],
           label_w=0.17, style="plain", size=10),
        HR(),
        P("1. Opening en vaststelling agenda", "h2"),
        P("[[De Boer|P]] opent de vergadering en heet de wethouder welkom. De agenda wordt vastgesteld. Het "
          "verslag van [[10 september 2024|dt]] wordt ongewijzigd vastgesteld."),
        P("2. Stand van zaken veiligheid", "h2"),
        P("[[Groenendijk|P]] meldt dat het aantal woninginbraken in het derde kwartaal is gedaald. Wel is er "
          "overlast van jongeren rond het [[Mijnsherenplein|pl]]. [[El Khattabi|P]] zegt dat de groep bekend is; "
          "twee jongeren hebben inmiddels een stageplek. [[Jagroep|P]] vraagt of de camera op het plein na "
          "[[1 januari 2025|dt]] blijft hangen. Dat beslist de burgemeester, [[Cor van Dijk-Hamdan|oth]], in "
          "december."),
        P("3. Gesprek met de wethouder", "h2"),
        P("Wethouder [[Brinkhorst-Saïd|oth]] licht toe dat het college de wijkaanpak wil verlengen tot 2027. Zij "
          "vraagt de stuurgroep om vóór de begroting concrete doelen op te stellen. [[Van Tuijl|P]] zegt dat "
          "Woonstad in 2025 150 woningen aan de [[Pretorialaan|pl]] renoveert. De bewoners worden in november "
          "geïnformeerd. Er is zorg over een bewoner die weigert te verhuizen tijdens de renovatie, de heer "
          "[[Antonio Silva Gomes|P]]. [[Jagroep|P]] gaat met hem in gesprek."),
        P("4. Monitor", "h2"),
        P("[[Liu|P]] presenteert de wijkmonitor. De tevredenheid over de buitenruimte is gestegen. Het aandeel "
          "bewoners dat zich onveilig voelt is gelijk gebleven. Opvallend is dat de stadsboerderij erg gewaardeerd "
          "wordt; [[de boer|w]] die daar werkt organiseert sinds dit voorjaar kookavonden. [[Xiaoming|P]] stelt "
          "voor om de monitor voortaan per buurt te maken."),
        P("4a. Bewonersinitiatieven", "h2"),
        P("[[Jagroep|P]] bespreekt de aanvragen uit het wijkbudget. Er zijn zes aanvragen binnengekomen. De "
          "stuurgroep steunt de aanvraag van de moestuingroep aan de [[Wolphaertsbocht|pl]], ingediend door "
          "bewoonster [[Jolanda Hoogendoorn|P]], en het straatfeest in de [[Tarwestraat|pl]]. De aanvraag van "
          "de heer [[Driss Ouchan|P]] voor een buurtkeuken vraagt nog uitwerking; [[RJ|I]] neemt contact met hem "
          "op. [[El Khattabi|P]] merkt op dat de jongeren graag zelf een aanvraag willen doen voor een "
          "voetbaltoernooi in de zomer. De stuurgroep vindt dat een goed idee en vraagt [[Soufiane|P]] om de "
          "jongeren daarbij te helpen."),
        P("[[Van Tuijl|P]] meldt dat Woonstad een bijdrage wil leveren aan de inrichting van de binnentuin aan "
          "de [[Pretorialaan|pl]]. Het gaat om € 15.000. De voorwaarde is dat bewoners het onderhoud op zich "
          "nemen. [[De Boer|P]] vraagt of dit past binnen de afspraken met de gemeente over het beheer van de "
          "openbare ruimte. Dat wordt uitgezocht."),
        P("5. Rondvraag en sluiting", "h2"),
        P("[[Soufiane|P]] vraagt aandacht voor de sluiting van de sporthal aan de [[Brede Hilledijk|pl]]. "
          "[[Gerda|P]] neemt dit mee naar het ambtelijk overleg. Volgende vergadering: [[12 november 2024|dt]]."),
        P("Actielijst", "h2"),
        Tbl([["Nr.", "Actie", "Wie", "Wanneer"],
             ["24-31", "Concept-doelen wijkaanpak 2025–2027 opstellen", "[[GdB|I]] / [[RJ|I]]", "[[12-11-2024|dt]]"],
             ["24-32", "Gesprek met de heer [[Silva Gomes|P]] over tijdelijke verhuizing", "[[RJ|I]]", "[[01-11-2024|dt]]"],
             ["24-33", "Wijkmonitor per buurt uitwerken", "[[XL|I]]", "Q1 2025"],
             ["24-34", "Informatieavond renovatie Pretorialaan", "[[MvT|I]]", "[[20-11-2024|dt]]"],
             ["24-35", "Terugkoppeling cameratoezicht na besluit burgemeester", "[[PPG|I]]", "december"],
             ["24-37", "Contact met de heer [[Ouchan|P]] over buurtkeuken", "[[RJ|I]]", "[[15-11-2024|dt]]"],
             ["24-38", "Beheerafspraken binnentuin uitzoeken", "[[GdB|I]] / [[MvT|I]]", "[[12-11-2024|dt]]"],
             ["24-36", "Sporthal Brede Hilledijk agenderen in ambtelijk overleg", "[[GdB|I]]", "[[05-11-2024|dt]]"]],
            [0.1, 0.58, 0.14, 0.18], size=9, shade="#dbe5f1"),
        P("Verslag: [[I. Dijkhuizen|P]], [[i.dijkhuizen@rotterdam.nl|E]]. Opmerkingen op het verslag graag vóór "
          "[[22 oktober 2024|dt]] naar [[wijkaanpak.tarwewijk@rotterdam.nl|mb]].", "small"),
    ]
    return Doc("verslag_stuurgroep_wijkaanpak.pdf", "verslag", "rl-std", "Dijkhuizen, Ivo",
               "Verslag stuurgroep Wijkaanpak Tarwewijk", "2024-10-16", body,
               running=[Running("Stuurgroep Wijkaanpak Tarwewijk – verslag [[15-10-2024|dt]] – pagina {page}",
                                "footer", "all", "center", 7.5)],
               font="Times-Roman", size=10.5, opts={"margins": (25, 22, 25, 22)},
               note="verslag met aanwezigen + initialen, actielijst met alleen initialen, ‘De Boer’ naast ‘de boer’")


def telefoonnotitie_schuldhulp():
    body = [
        P("TELEFOONNOTITIE", "title", size=16),
        P("Gemeente Enschede · Schuldhulpverlening · intern", "small"),
        Tbl([["Datum / tijd", "[[19 maart 2024|dt]], 10.52 uur"],
             ["Aangenomen door", "[[Jelle Olthof|P]] ([[JV|I]]), klantcontactcentrum"],
             ["Beller", "mevrouw [[Ayşe Demirtaş|P]]"],
             ["Geboortedatum", "[[14-02-1979|D]]"],
             ["BSN", "[[371365120|B]]"],
             ["Adres", "[[Lasondersingel 118|A]], [[7514 BT|Z]] Enschede"],
             ["Terugbelnummer", "[[+31 (0)6-18 70 44 32|T]] (mobiel) of [[053 431 7209|T]] (thuis, na 17 uur)"],
             ["Dossier", "[[SHV-2023-4410|ken]]"],
             ["Voor", "[[Monique Kleine Koerkamp|P]], schuldhulpverlener"]],
            [0.27, 0.73], header=False, size=10, grid=True),
        P("Inhoud gesprek", "h2"),
        P("Mevrouw [[Demirtaş|P]] belt omdat zij een brief van het CJIB heeft gekregen over een verkeersboete van "
          "haar ex-man, de heer [[Cem Demirtaş|P]]. De auto staat nog op haar naam. Zij is bang dat er beslag "
          "wordt gelegd op haar loon, terwijl zij in het schuldhulptraject zit. Ze heeft eerder met "
          "[[Monique|P]] afgesproken dat nieuwe post direct wordt doorgegeven."),
        P("Zij vraagt ook of de afspraak van [[26 maart|dt]] kan worden verzet, omdat zij dan moet werken bij "
          "Zorggroep Manna. Zij kan wel op donderdag."),
        P("Afspraken", "h2"),
        P("• [[Monique|P]] belt mevrouw terug vóór vrijdag.\n"
          "• Mevrouw stuurt een foto van de brief van het CJIB naar [[schuldhulp@enschede.nl|mb]], met "
          "vermelding van het dossiernummer.\n"
          "• Ik heb mevrouw verteld dat zij het CJIB zelf ook kan bellen via het algemene nummer "
          "[[088 525 0000|gn]]."),
        P("Bijzonderheden", "h2"),
        P("Mevrouw klonk gespannen. Zij vertelde dat haar zoon [[Emir|P]] ([[08-06-2007|D]]) ook post krijgt van "
          "een incassobureau, voor een telefoonabonnement dat hij op zijn 16e heeft afgesloten. Doorgegeven aan "
          "[[Monique|P]] als aandachtspunt. Het algemene nummer van de gemeente ([[14 053|gn]]) had haar "
          "doorverbonden."),
        Sp(4),
        P("Notitie vastgelegd in Suite door [[JV|I]] om 11.06 uur.", "small"),
    ]
    return Doc("telefoonnotitie_schuldhulp.pdf", "telefoonnotitie", "rl-ttf", "Olthof, J.",
               "Telefoonnotitie", "2024-03-19", body,
               font="DejaVuSansCondensed", size=10, opts={"margins": (22, 22, 22, 22)},
               note="telefoonnotitie als rastertabel: BSN, geboortedata, +31 (0)6-notatie, vaste lijn, Twentse naam")


def proces_verbaal_verkeer():
    body = [
        P("POLITIE", "h1", size=14),
        P("Eenheid Oost-Brabant · District Eindhoven · Basisteam Eindhoven-Oost", "small"),
        Sp(2),
        P("PROCES-VERBAAL VAN BEVINDINGEN", "title", size=14),
        KV([("Proces-verbaalnummer", "[[PL2100-2024187734-1|ken]]"),
            ("Feit", "rijden terwijl de rijbevoegdheid ongeldig is verklaard (art. 9 lid 2 WVW 1994)"),
            ("Plaats", "[[Karel de Grotelaan|pl]] ter hoogte van de [[Anne Frankplaats|pl]], Eindhoven"),
            ("Datum/tijd", "[[8 augustus 2024|dt]], omstreeks 23.20 uur")],
           label_w=0.3, style="grid", size=9.5),
        P("Ik, verbalisant, [[Berend Scholte|P]], hoofdagent van politie Eenheid Oost-Brabant, "
          "dienstnummer [[OB7721|O]], verklaar het volgende."),
        P("Op donderdag [[8 augustus 2024|dt]] omstreeks 23.20 uur bevond ik mij, in uniform gekleed en met "
          "collega [[Chantal Martina|P]] (agent, [[OB8804|O]]) in een opvallend dienstvoertuig op de openbare weg, "
          "de [[Karel de Grotelaan|pl]] te Eindhoven. Ik zag dat een personenauto, merk Opel, type Corsa, voorzien "
          "van het kenteken [[3-TKS-92|L]], met een snelheid die naar mijn schatting duidelijk hoger was dan de "
          "toegestane 50 km/u reed."),
        P("Na een stopteken stopte de bestuurder. Ik vroeg hem om zijn rijbewijs. Hij toonde een Nederlands "
          "rijbewijs met nummer [[5284110937|O]]. Bij bevraging van het Centraal Register Rijbewijzen bleek dat "
          "dit rijbewijs op [[3 juni 2024|dt]] ongeldig was verklaard door het CBR."),
        P("De bestuurder gaf op te zijn:", "body"),
        Tbl([["Achternaam", "[[Tesfamariam|P]]"],
             ["Voornamen", "[[Dawit Yohannes|P]]"],
             ["Geboren", "[[21-07-1994|D]]"],
             ["Adres", "[[Prins Hendrikstraat 87|A]], [[5611 HK|Z]] Eindhoven"],
             ["Telefoon", "[[06-4419 2837|T]]"]],
            [0.3, 0.7], header=False, size=9.5, grid=True),
        P("Ik heb de verdachte medegedeeld dat hij niet tot antwoorden verplicht was. De verdachte verklaarde: "
          "‘Ik wist niet dat het al ongeldig was. Ik dacht dat ik eerst nog een cursus mocht doen.’"),
        P("Getuige", "h2"),
        P("Een bestuurder die achter de Opel reed, mevrouw [[Wilma Roozendaal|P]], stopte eveneens. Zij verklaarde "
          "dat de Opel haar op de [[Geldropseweg|pl]] met hoge snelheid had ingehaald. Mevrouw [[Roozendaal|P]] reed "
          "in een auto met kenteken [[NP-823-V|L]] en is bereikbaar via [[06 53 02 71 48|T]]."),
        P("Afhandeling", "h2"),
        P("Ik heb de auto op de plaats laten staan. De sleutels zijn afgegeven aan de eigenaar van het voertuig, "
          "de broer van de verdachte, [[Samuel Tesfamariam|P]], die ter plaatse kwam. Aan de verdachte is een "
          "dagvaarding uitgereikt voor de politierechter. De zaak is bekend onder parketnummer "
          "[[01/884213-24|ken]]. Dit proces-verbaal is doorgezonden aan het Openbaar Ministerie, "
          "parket Oost-Brabant."),
        P("Waarvan door mij is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende te Eindhoven op "
          "[[9 augustus 2024|dt]]."),
        Sp(3),
        P("[[B. Scholte|P]]\nhoofdagent"),
    ]
    return Doc("proces_verbaal_rijden_ongeldig_rijbewijs.pdf", "verslag", "rl-ttf", "Scholte B",
               "Proces-verbaal van bevindingen", "2024-08-09", body,
               running=[Running("Politie Oost-Brabant – [[PL2100-2024187734-1|ken]] – blad {page}", "footer",
                                "all", "right", 7.5)],
               font="LiberationSansNarrow", size=10, opts={"margins": (24, 22, 22, 22)},
               note="proces-verbaal: dienstnummers, rijbewijsnummer, kentekens (9-XXX-99 en XX-999-X), "
                    "Eritrese namen, getuige; straten/pleinen met persoonsnamen (houden)")


def docs():
    return [verslag_stuurgroep(), telefoonnotitie_schuldhulp(), proces_verbaal_verkeer()]
