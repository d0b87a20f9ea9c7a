"""Citizens' letters and a signed agreement: one text PDF (LibreOffice) and two scans.
Counts of the scans refer to the text the page images were rendered from (text/<stem>.txt)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def klachtbrief_bijstand():
    body = [
        P("[[R.J. Winter|P]]\n[[Amerikaweg 155|A]]\n[[2717 AT|Z]] Zoetermeer"),
        P("Telefoon: [[06 19 47 30 82|T]] / [[079-3614287|T]]\nE-mail: [[roelie.winter@live.nl|E]]"),
        Sp(6),
        P("Aan het college van burgemeester en wethouders van Zoetermeer\nt.a.v. de klachtencoördinator\n"
          "Postbus 15\n2700 AA Zoetermeer"),
        Sp(4),
        P("Zoetermeer, [[2 december 2024|dt]]", "right"),
        P("**Betreft: klacht over de behandeling van mijn aanvraag bijzondere bijstand**"),
        P("Geachte heer, mevrouw,"),
        P("Hierbij dien ik een klacht in over de manier waarop mijn aanvraag voor bijzondere bijstand is "
          "behandeld. Ik heb op [[9 september 2024|dt]] bijzondere bijstand aangevraagd voor de "
          "eindafrekening van mijn energieleverancier. Ik moest € 1.240 bijbetalen, omdat mijn oude cv-ketel "
          "[[in de winter|w]] veel meer gas verbruikte dan verwacht."),
        P("Mijn gegevens, zodat u mijn dossier kunt vinden:"),
        Tbl([["Naam", "[[Roelie Winter|P]]"],
             ["BSN", "[[223 547 463|B]]"],
             ["Geboortedatum", "[[30-04-1961|D]]"],
             ["IBAN", "[[NL68 ABNA 7333 1138 79|N]] (t.n.v. [[R.J. Winter|P]])"],
             ["Kenmerk aanvraag", "[[BB-2024-09-3387|ken]]"]],
            [0.3, 0.7], header=False, size=10.5),
        P("Wat is er gebeurd?", "h2"),
        P("Ik heb na mijn aanvraag drie keer gebeld, op [[1 oktober|dt]], [[15 oktober|dt]] en "
          "[[5 november|dt]]. Elke keer kreeg ik te horen dat mijn klantmanager, de heer [[Bruinsma|P]], mij zou "
          "terugbellen. Dat is nooit gebeurd. Op [[12 november|dt]] kreeg ik een brief dat mijn aanvraag was "
          "afgewezen omdat ik ‘geen gegevens had aangeleverd’. Maar niemand heeft mij om gegevens gevraagd."),
        P("Toen ik op [[14 november|dt]] aan de balie kwam, zei een medewerkster, mevrouw [[Fenna Hoekman|P]], "
          "dat het verzoek om gegevens naar mijn oude e-mailadres was gestuurd. Dat adres gebruik ik al sinds "
          "2022 niet meer. Mijn nieuwe adres staat al twee jaar in uw systeem. Mevrouw [[Hoekman|P]] was "
          "overigens heel vriendelijk en heeft een kopie van mijn bankafschriften gemaakt."),
        P("Mijn dochter, [[Lisanne Winter|P]], heeft daarna namens mij een e-mail gestuurd naar "
          "[[stefan.bruinsma@zoetermeer.nl|E]]. Daarop kwam een automatisch antwoord dat de heer "
          "[[Stefan Bruinsma|P]] afwezig was en dat we contact moesten opnemen met [[werkeninkomen@zoetermeer.nl|mb]]. "
          "Ook daarop is nooit gereageerd."),
        P("Wat wil ik?", "h2"),
        P("1. Dat mijn aanvraag opnieuw wordt beoordeeld, met de gegevens die ik op [[14 november|dt]] heb "
          "gegeven.\n2. Dat iemand mij belt en uitlegt wat er mis is gegaan. Overdag ben ik het best bereikbaar "
          "op mijn mobiele nummer, [[+31 6 1947 3082|T]] (zo staat het in mijn WhatsApp).\n"
          "3. Dat berichten voortaan naar mijn juiste e-mailadres gaan."),
        P("Ik heb ook de Nationale ombudsman gebeld ([[0800 33 55 555|gn]]). Die zei dat ik eerst bij u een "
          "klacht moet indienen. Als dit niet wordt opgelost, ga ik daar alsnog naartoe."),
        P("Ik hoop op een snelle reactie, want de energieleverancier heeft mij al een aanmaning gestuurd."),
        Sp(2),
        P("Met vriendelijke groet,"),
        Sp(8),
        P("[[Roelie Winter|P]]"),
        Sp(3),
        P("Bijlagen: eindafrekening energie, afwijzingsbrief van [[12 november 2024|dt]], bankafschriften "
          "augustus–oktober", "small"),
    ]
    return Doc("burgerbrief_klacht_bijzondere_bijstand.pdf", "burgerbrief", "lo", "Roelie",
               "klacht bijzondere bijstand", "2024-12-02", body,
               font="DejaVu Serif", size=10.5, opts={"margins": (28, 25, 25, 22), "line_spacing": 1.15},
               note="klachtbrief van inwoner (getypt, LibreOffice): BSN met spaties, IBAN, geboortedatum, "
                    "telefoon in drie notaties, Winter naast ‘in de winter’")


def zienswijze_scan():
    body = [
        P("[[J. en S. Hellinga-Hiemstra|P]]\n[[Skrédyk 6|A]]\n[[8541 RK|Z]] Akkrum\n[[0566 65 21 93|T]]\n"
          "[[hellinga.akkrum@gmail.com|E]]"),
        Sp(6),
        P("Aan de gemeenteraad van Heerenveen\nPostbus 15000\n8440 GA Heerenveen"),
        Sp(4),
        P("Akkrum, [[24 juli 2024|dt]]"),
        P("Onderwerp: zienswijze ontwerp-omgevingsplan ‘Akkrum-Noord, zonnepark Boarnsterhim’"),
        Sp(2),
        P("Geachte leden van de raad,"),
        P("Wij wonen sinds 1998 aan de Skrédyk, direct naast het perceel waar het zonnepark komt. Wij willen een "
          "zienswijze indienen tegen het ontwerp-omgevingsplan dat van [[13 juni|dt]] tot en met "
          "[[25 juli 2024|dt]] ter inzage ligt."),
        P("1. Het zonnepark komt op 25 meter van onze woning. In de toelichting staat dat er een afstand van "
          "50 meter wordt aangehouden, maar dat geldt alleen voor de omvormers. De panelen staan veel dichterbij."),
        P("2. Er is geen rekening gehouden met de weidevogels. Onze buurman, [[Tjeerd Sikkema|P]], telt al twintig "
          "jaar de grutto’s voor de Vogelwacht. Volgens hem broeden er elk jaar minstens zes paar op dit perceel."),
        P("3. Tijdens de informatieavond van [[4 april|dt]] heeft een medewerker van de gemeente, mevrouw "
          "[[Sietske van der Meer|P]], ons toegezegd dat er een groene wal van twee meter hoog zou komen. Die "
          "staat niet in het plan."),
        P("Wij vragen de raad om het plan aan te passen: een afstand van minimaal 50 meter tot woningen en een "
          "wal met beplanting langs de Skrédyk. Wethouder [[Wypke Brouwer|oth]] heeft in de krant gezegd dat "
          "‘omwonenden moeten kunnen meeprofiteren’. Wij horen graag hoe dat hier gebeurt."),
        P("Wij willen graag worden gehoord als de raadscommissie het plan bespreekt."),
        Sp(3),
        P("Met vriendelijke groet,"),
        Tbl([["[[Jan Hellinga|P]]", "[[Sytske Hellinga-Hiemstra|P]]"]], [0.5, 0.5], header=False, grid=False, size=10),
        Sig(8812, 44, 15),
        P("[[J. Hellinga|S]]"),
        Sig(3307, 46, 16),
        P("[[S. Hellinga-Hiemstra|S]]"),
    ]
    return Doc("zienswijze_zonnepark_akkrum_scan.pdf", "burgerbrief", "scan", None,
               "Scan_0724_1", "2024-07-26", body, font="LiberationSerif", size=11,
               opts={"margins": (26, 24, 24, 24)},
               scan={"via": "rl-ttf", "mode": "gray", "seed": 88, "rot": [-0.6, 0.4], "noise": 7,
                     "quality": 58, "shade": 14, "specks": 0.0003},
               note="zienswijze van een echtpaar, scan met twee handtekeningen; Friese namen, buurman, ambtenaar")


def vaststellingsovereenkomst_scan():
    body = [
        P("VASTSTELLINGSOVEREENKOMST SCHADE", "title", size=14),
        P("Gemeente Lelystad – Team Openbare Ruimte – dossier [[SCH-2024-0219|ken]]", "small"),
        P("**Partijen**"),
        P("1. De gemeente Lelystad, hierbij vertegenwoordigd door mevrouw [[Annemieke Smit|P]], afdelingshoofd "
          "Openbare Ruimte, handelend namens het college (hierna: de gemeente);\n"
          "2. De heer [[Wojciech Zieliński|P]], wonende aan de [[Zuigerplasdreef 73|A]], [[8224 AJ|Z]] Lelystad, "
          "geboren op [[11-12-1983|D]] (hierna: de heer [[Zieliński|P]])."),
        P("**Overwegende dat**"),
        P("– op [[18 april 2024|dt]] tijdens een storm een tak van een gemeentelijke es is gevallen op de auto "
          "van de heer [[Zieliński|P]], een Skoda Octavia met kenteken [[GX-218-P|L]], die geparkeerd stond aan "
          "de [[Jol|pl]];\n"
          "– de schade is vastgesteld door expertisebureau Veenman Schadeexpertise op € 3.186,40;\n"
          "– de gemeente aansprakelijkheid niet erkent, maar partijen een procedure willen voorkomen;"),
        P("**komen het volgende overeen**"),
        P("1. De gemeente betaalt de heer [[Zieliński|P]] een bedrag van € 2.400 ineens, ter finale kwijting.\n"
          "2. Betaling vindt plaats binnen 30 dagen na ondertekening op rekeningnummer "
          "[[NL61 SNSB 8113 5119 71|N]] ten name van [[W. Zieliński|P]].\n"
          "3. Met deze betaling zijn alle aanspraken van de heer [[Zieliński|P]] op de gemeente over deze "
          "gebeurtenis vervallen.\n"
          "4. Partijen houden de inhoud van deze overeenkomst voor zich, behalve voor zover de wet openbaarmaking "
          "verplicht."),
        P("Aldus overeengekomen en in tweevoud getekend te Lelystad op [[3 juli 2024|dt]]."),
        Sp(3),
        Tbl([["De gemeente Lelystad,", "De heer [[Zieliński|P]],"]], [0.5, 0.5], header=False, grid=False, size=10.5),
        Sig(5120, 46, 15),
        P("[[A. Smit|S]], afdelingshoofd Openbare Ruimte"),
        Sig(6604, 50, 16),
        P("[[Wojtek Zieliński|S]]"),
        Sp(4),
        P("Contact: [[openbareruimte@lelystad.nl|mb]] · [[0320 278 278|gn]]", "small"),
    ]
    return Doc("vaststellingsovereenkomst_stormschade_scan.pdf", "besluit", "scan", None,
               "Scan 2024-07-05 13.41", "2024-07-05", body, font="Arial", size=10.5,
               opts={"margins": (25, 22, 22, 22)},
               running=[Running("[[SCH-2024-0219|ken]]", "footer", "all", "right", 8)],
               scan={"via": "lo", "mode": "bilevel", "seed": 19, "rot": [0.5], "noise": 9,
                     "threshold": 150, "specks": 0.0002, "streak": True},
               note="vaststellingsovereenkomst, bilevel scan met kopieerstreep, handtekeningen van burger en ambtenaar")


def docs():
    return [klachtbrief_bijstand(), zienswijze_scan(), vaststellingsovereenkomst_scan()]
