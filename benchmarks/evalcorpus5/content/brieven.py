"""Letters: a Woo request from a freelance journalist (LibreOffice, signed), a citizen's ingebrekestelling
for not deciding in time (reportlab, Times) and the municipality's letter closing a complaint about the conduct
of an enforcement officer (reportlab, DejaVu Serif, signed by the complaints coordinator)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def woo_verzoek_journalist():
    body = [
        P("[[Femke Baas|P]]\n[[Zwolseweg 212|A]]\n[[7412 AS|Z]] Deventer\n[[redactie.femke@proton.me|E]]\n"
          "[[06 4187 2093|T]]", size=10),
        Sp(6),
        P("College van burgemeester en wethouders van Deventer\nt.a.v. de Woo-coördinator\nPostbus 5000\n"
          "7400 GC Deventer"),
        Sp(4),
        P("Deventer, [[9 januari 2025|dt]]"),
        P("**Betreft: verzoek op grond van de Wet open overheid – herinrichting Brink en Nieuwe Markt**"),
        P("Geacht college,"),
        P("Als freelance journalist schrijf ik onder meer voor De Stentor en voor het platform Deventer Nieuws. "
          "Hierbij verzoek ik u op grond van artikel 4.1 van de Wet open overheid (Woo) om openbaarmaking van "
          "documenten over de herinrichting van de Brink en de Nieuwe Markt, over de periode van "
          "[[1 januari 2023|dt]] tot en met [[31 december 2024|dt]]. Het gaat mij om:"),
        P("alle e-mails, notities en verslagen van overleg tussen wethouder [[Ilse Roerdink-Morssinkhof|oth]] en de "
          "Ondernemersvereniging Binnenstad Deventer;", "bullet"),
        P("het rapport ‘Brink in balans’ van [[ir. Nadia Benhaddou|au]] ([[Kerstholt Landschapsarchitecten|org]], "
          "2023) met alle conceptversies en de opmerkingen die de gemeente daarop heeft gemaakt;", "bullet"),
        P("de interne memo’s en e-mails van en aan de projectleider, de heer [[Joost van der Veen|P]], over "
          "de kap van de vier lindes op de Brink;", "bullet"),
        P("de correspondentie met de eigenaar van het pand op de hoek van de Brink en de Assenstraat, "
          "de heer [[Gökhan Karabulut|P]], over de terrasvergunning.", "bullet"),
        P("Op [[4 december 2024|dt]] heb ik met de heer [[Van der Veen|P]] gebeld. Hij vertelde mij dat het "
          "kapbesluit ‘al lang vóór de inspraak rond was’. Na afloop van de inloopavond in het "
          "[[Etty Hillesum Centrum|org]] zei mevrouw [[Lindsay Karsten|P]] van uw afdeling Communicatie tegen "
          "mij dat de stukken ‘gewoon openbaar’ zouden worden. Dat is tot nu toe niet gebeurd. Ondernemers vroegen "
          "zich die avond hardop af wie er bij dit project eigenlijk de [[baas|w]] is; die vraag wil ik met de "
          "stukken kunnen beantwoorden."),
        P("Ik vraag u de documenten digitaal te verstrekken, bij voorkeur als doorzoekbare pdf. Persoonsgegevens "
          "van omwonenden en ondernemers hoeft u mij niet te verstrekken. Mocht mijn verzoek te ruim zijn, dan "
          "overleg ik graag over een afbakening; mevrouw [[Karsten|P]] heeft mijn gegevens."),
        P("Ik ontvang graag binnen vier weken een besluit, zoals artikel 4.4 van de Woo voorschrijft. U kunt mij "
          "het beste bereiken per e-mail of op [[06 4187 2093|T]]."),
        P("Met vriendelijke groet,"),
        Sig(5102, 40, 14),
        P("[[F. Baas|S]]"),
        Sp(3),
        P("Kopie: [[woo@deventer.nl|mb]]", "small"),
    ]
    return Doc("woo_verzoek_journalist_brink.pdf", "burgerbrief", "lo", "Femke",
               "Woo-verzoek Brink", "2025-01-09", body, font="P052", size=10.5,
               opts={"margins": (25, 25, 22, 22)},
               note="Woo-verzoek van een freelance journalist (particulier, lakken) met handtekening: wethouder en "
                    "rapportauteur (houden), projectleider ‘Joost van der Veen’ / ‘de heer Van der Veen’, "
                    "communicatiemedewerker, pandeigenaar, Baas naast ‘de baas’, naam in e-mailadres, "
                    "centrum met persoonsnaam (houden)")


def ingebrekestelling():
    body = [
        P("[[R.J. Kuiper|P]]\n[[Assendorperstraat 77|A]]\n[[8012 DJ|Z]] Zwolle\ntel. [[038 421 77 35|T]]"),
        Sp(4),
        P("Aangetekend en per e-mail ([[omgevingsloket@zwolle.nl|mb]])", "small"),
        P("Aan het college van burgemeester en wethouders van Zwolle\nPostbus 10007\n8000 GA Zwolle"),
        Sp(3),
        P("Zwolle, [[17 februari 2025|dt]]"),
        P("**Onderwerp: ingebrekestelling wegens niet tijdig beslissen – aanvraag omgevingsvergunning, "
          "zaaknummer [[Z/24/418862|ken]]**"),
        P("Geacht college,"),
        P("Op [[2 oktober 2024|dt]] heb ik, mede namens mijn echtgenote [[Aylin Kuiper-Demirci|P]], via het "
          "Omgevingsloket een aanvraag ingediend (verzoeknummer [[OLO 9283716|ken]]) voor een omgevingsvergunning "
          "voor het plaatsen van een dakkapel op onze woning aan de [[Assendorperstraat 77|A]]. De beslistermijn "
          "van acht weken is op [[27 november 2024|dt]] verstreken. Een besluit tot verdaging heb ik niet "
          "ontvangen."),
        P("Op [[9 januari 2025|dt]] heb ik telefonisch navraag gedaan. Uw medewerker, die zich voorstelde als "
          "[[Dave|P]], vertelde mij dat het dossier ‘ergens tussen Welstand en Juridische Zaken’ lag. Mijn "
          "e-mails aan de behandelaar, mevrouw [[Y. el Habchi|P]] ([[y.elhabchi@zwolle.nl|E]]), van "
          "[[13 januari|dt]] en [[27 januari 2025|dt]] zijn onbeantwoord gebleven. Mevrouw [[el Habchi|P]] "
          "heeft mij in oktober wel laten weten dat de welstandscommissie positief had geadviseerd."),
        P("Hierbij stel ik u op grond van artikel 4:17 van de Algemene wet bestuursrecht in gebreke. Neemt u niet "
          "binnen twee weken na ontvangst van deze brief een besluit, dan bent u een dwangsom verschuldigd. Ik "
          "verzoek u die te voldoen op rekening [[NL08 ASNB 0872 1664 30|N]] ten name van [[R.J. Kuiper|P]]."),
        P("Voor de vindbaarheid van het dossier: mijn burgerservicenummer is [[209940165|B]] en mijn "
          "geboortedatum is [[14-06-1971|D]]. Beide staan ook op het aanvraagformulier."),
        P("Een afschrift van deze brief stuur ik aan wethouder [[Monique Bosch-Leemreis|oth]] en aan mijn "
          "adviseur, mr. [[Tim Oosterbeek|P]] van [[Oosterbeek Bestuursrecht|org]]. Ik ben na 18.00 uur "
          "telefonisch bereikbaar op het nummer hierboven."),
        P("Hoogachtend,"),
        Sp(10),
        P("[[R.J. Kuiper|P]]"),
        Sp(4),
        P("Bijlage: ontvangstbevestiging van het Omgevingsloket van [[2 oktober 2024|dt]]", "small"),
    ]
    return Doc("ingebrekestelling_niet_tijdig_beslissen.pdf", "burgerbrief", "rl-std", "Rob",
               "ingebrekestelling", "2025-02-17", body, font="Times-Roman", size=11,
               opts={"margins": (28, 25, 25, 22), "creator": "Writer"},
               note="ingebrekestelling van een inwoner (Times): echtgenote met Turkse dubbele naam, medewerker met "
                    "alleen voornaam ‘Dave’, behandelaar ‘mevrouw Y. el Habchi’ / ‘el Habchi’ (kleine letter), "
                    "IBAN, BSN, geboortedatum, vaste lijn, adviseur naast kantoor met zijn naam (houden), wethouder")


def klachtafhandeling():
    body = [
        P("**Gemeente Alkmaar**\nDienstverlening – Klachtbehandeling", size=10),
        Sp(6),
        P("Mevrouw [[D. Lopes Tavares|P]]\n[[Nassaulaan 31|A]]\n[[1815 GJ|Z]] Alkmaar"),
        Sp(5),
        KV([["Datum", "[[24 februari 2025|dt]]"],
            ["Ons kenmerk", "[[KL-2025-0031|ken]]"],
            ["Behandeld door", "[[Carla Hoefnagel|P]], klachtcoördinator"],
            ["Telefoon", "[[072 548 93 17|T]] (direct) of [[14 072|gn]]"],
            ["Onderwerp", "afhandeling van uw klacht over bejegening"]], label_w=0.22, size=9, style="lines"),
        P("Geachte mevrouw [[Lopes Tavares|P]],"),
        P("Op [[6 januari 2025|dt]] ontvingen wij uw klacht over de manier waarop een toezichthouder van de "
          "afdeling Vergunningen, Toezicht en Handhaving u op [[19 december 2024|dt]] bij uw woning heeft "
          "bejegend. In deze brief leest u hoe wij uw klacht hebben onderzocht en wat ons oordeel is."),
        P("Uw klacht", "h2"),
        P("U schrijft dat de toezichthouder, de heer [[Timmerman|P]], onaangekondigd aanbelde terwijl uw "
          "[[timmerman|w]] bezig was met het vervangen van de kozijnen aan de voorgevel. Volgens u sprak hij u in "
          "het bijzijn van buren luid aan, noemde hij het werk ‘illegaal’ en weigerde hij zijn legitimatiebewijs "
          "te tonen. Uw dochter [[Ariana|P]] was daarbij aanwezig en heeft een deel van het gesprek gefilmd."),
        P("Hoe hebben wij uw klacht onderzocht?", "h2"),
        P("Op [[28 januari 2025|dt]] heeft de klachtcoördinator u en uw dochter op het stadskantoor gehoord. "
          "De heer [[Timmerman|P]] is dezelfde dag apart gehoord, in aanwezigheid van zijn teamleider, mevrouw "
          "[[Lan Nguyen|P]]. Ook hebben wij uw buurman, de heer [[Wouter Hakkaart|P]] ([[Nassaulaan 29|A]]), "
          "gevraagd wat hij heeft gezien en gehoord. Wij hebben de filmopname van [[Ariana|P]] bekeken. Het "
          "verslag van de hoorzitting hebben wij u op [[5 februari 2025|dt]] toegestuurd; u heeft daar geen "
          "opmerkingen over gemaakt."),
        P("Ons oordeel", "h2"),
        P("Een toezichthouder mag een bouwplaats zonder afspraak bezoeken. Hij moet zich daarbij wel uit zichzelf "
          "legitimeren (artikel 5:12 van de Algemene wet bestuursrecht). Uit de opname en de verklaring van de "
          "heer [[Hakkaart|P]] blijkt dat de heer [[Timmerman|P]] dat pas deed nadat u er twee keer om had "
          "gevraagd. Ook vinden wij dat hij het woord ‘illegaal’ niet had mogen gebruiken voordat vaststond dat "
          "voor de kozijnen een vergunning nodig was. Dat bleek niet zo te zijn. Op deze punten is uw klacht "
          "**gegrond**."),
        P("Dat de toezichthouder luid sprak, kunnen wij niet vaststellen: op de opname is vooral het geluid van "
          "de zaag te horen. Op dit punt is uw klacht **ongegrond**."),
        P("Wat doen wij met uw klacht?", "h2"),
        P("Mevrouw [[Nguyen|P]] heeft de uitkomst met de heer [[Timmerman|P]] besproken. Toezichthouders tonen hun "
          "legitimatie voortaan vóór het gesprek begint, en bij een eerste bezoek sturen wij vooraf een brief. "
          "Burgemeester [[Anja Zwanenburg|oth]], die als portefeuillehouder verantwoordelijk is voor handhaving, "
          "is over uw klacht en deze maatregelen geïnformeerd. Wij bieden u namens de gemeente onze excuses aan."),
        P("Bent u het niet eens met de afhandeling?", "h2"),
        P("Dan kunt u zich binnen een jaar wenden tot de Nationale ombudsman, via www.nationaleombudsman.nl of "
          "telefonisch op [[0800 335 5555|gn]]. Heeft u nog vragen over deze brief, bel dan met mevrouw "
          "[[Hoefnagel|P]] op het nummer hierboven."),
        Sp(2),
        P("Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van Alkmaar,"),
        Sig(6213, 42, 15),
        P("[[C.W. Hoefnagel|S]]\nklachtcoördinator"),
    ]
    return Doc("klachtafhandeling_bejegening_toezichthouder.pdf", "brief", "rl-ttf", "Hoefnagel, Carla",
               "Afhandeling klacht KL-2025-0031", "2025-02-24", body, font="DejaVuSerif", size=9.5,
               running=[Running("Gemeente Alkmaar · Postbus 53 · 1800 BC Alkmaar · [[www.alkmaar.nl|gn]] · "
                                "kenmerk [[KL-2025-0031|ken]]", "footer", "all", "center", 7)],
               opts={"margins": (25, 24, 22, 22)},
               note="afhandeling van een klacht over een toezichthouder: klager met Kaapverdiaanse naam en dochter "
                    "(voornaam), toezichthouder Timmerman naast ‘uw timmerman’, teamleider met Vietnamese naam, "
                    "buurman met huisnummer, burgemeester (houden), handtekening klachtcoördinator")


def docs():
    return [woo_verzoek_journalist(), ingebrekestelling(), klachtafhandeling()]
