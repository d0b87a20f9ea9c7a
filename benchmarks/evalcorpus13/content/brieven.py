"""Letters: a Kamerbrief without anything to redact (reportlab TTF, DejaVu Serif) and a municipal decision letter
to an inhabitant (python-docx -> LibreOffice, Arial). The minister's letter to a burgemeester is a scan (scans.py)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


# ------------------------------------------------------------------ Kamerbrief, zero redactions (rl-ttf)

def kamerbrief_energiearmoede():
    body = [
        P("> Retouradres Postbus 20401 2500 EK Den Haag", size=7, space_after=10),
        P("De Voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n2500 EA  Den Haag",
          space_after=16),
        KV([("Datum", "[[23 april 2026|dt]]"),
            ("Betreft", "Voortgang aanpak energiearmoede")], label_w=0.16, size=9.5, bold_labels=False),
        P("Geachte voorzitter,"),
        P("Met deze brief informeer ik uw Kamer over de voortgang van de aanpak van energiearmoede. Ik doe "
          "daarmee de toezegging gestand die ik op [[11 december 2025|dt]] heb gedaan in het commissiedebat "
          "Klimaat en Energie, en ik reageer op de motie-[[Lagerweij|kl]]/[[Sutanto|kl]] (Kamerstuk "
          "[[31 239, nr. 412|ken]])."),
        P("1. Stand van zaken", "h2"),
        P("Volgens het onderzoek van [[Noppen|au]] en [[Rijnders|au]] (2025), uitgevoerd in opdracht van "
          "[[TNO|org]], leven ongeveer 480.000 huishoudens in energiearmoede. Dat zijn er minder dan in 2023, "
          "vooral door lagere energieprijzen en het Nationaal Isolatieprogramma. Tegelijk blijft de groep met "
          "een hoge energierekening én een slecht geïsoleerde huurwoning groot. Het [[Nibud|org]] ziet dat "
          "vooral alleenstaanden met een laag inkomen hun rekening niet kunnen betalen."),
        P("2. Wat gemeenten doen", "h2"),
        P("Gemeenten hebben in 2025 ruim 210.000 huishoudens geholpen met energieadvies en kleine maatregelen. "
          "Ik heb met wethouder [[Romeo Vanenburg|oth]] van Rotterdam, namens de G40 en de VNG, afgesproken "
          "dat gemeenten hun aanpak delen via het kennisplatform. De commissaris van de Koning in Groningen, "
          "[[Wobbe Mollema|oth]], heeft gevraagd om extra aandacht voor de aardbevingsregio. Samen met de "
          "staatssecretaris van Herstel Groningen, [[Nicolaas Grootveld|min]], werk ik aan een gerichte aanpak "
          "voor huurders in Groningen en Noord-Drenthe."),
        P("3. Fondsen en maatschappelijke partners", "h2"),
        P("Het Tijdelijk Noodfonds Energie is in 2025 voor het laatst opengesteld. Voor 2026 werk ik samen met "
          "de [[Dr. Hoefnagels Stichting|org]] en de energiebanken aan een regeling voor huishoudens die buiten "
          "de gemeentelijke hulp vallen. De stichting, genoemd naar de arts [[Cornelia Hoefnagels|oth]] die in de "
          "jaren dertig in Tilburg gratis spreekuren hield, draagt € 4 miljoen bij."),
        P("4. Motie-[[Lagerweij|kl]]/[[Sutanto|kl]]", "h2"),
        P("De motie vraagt de regering om de energietoeslag structureel te maken. Ik heb dit onderzocht. Een "
          "structurele toeslag kost ongeveer € 600 miljoen per jaar en bereikt veel huishoudens die geen hulp "
          "nodig hebben. Ik kies daarom voor gerichte steun via gemeenten en voor isolatie. Het lid "
          "[[Ben Haddou|kl]] heeft gevraagd naar de gevolgen voor huurders van particuliere verhuurders; daarop "
          "kom ik terug in de brief over de Wet betaalbare huur."),
        P("5. Vervolg", "h2"),
        P("Ik informeer uw Kamer voor [[1 november 2026|dt]] opnieuw. Huishoudens die hulp nodig hebben, kunnen "
          "terecht bij hun gemeente of bij het Energieloket ([[0800-3746|gn]], "
          "[[www.verbeterjehuis.nl|gn]])."),
        Sp(4),
        P("De minister van Klimaat en Groene Groei,"),
        Sp(8),
        P("[[Xiuying Kwok|min]]"),
    ]
    return Doc("kamerbrief_voortgang_energiearmoede.pdf", "brief", "rl-ttf", "Ministerie van KGG",
               "Kamerbrief voortgang aanpak energiearmoede", "2026-04-23", body, font="DejaVuSerif", size=9.5,
               running=[Running("Ons kenmerk [[DGKE / 26145871|ken]]", "header", "rest", "right", 7)],
               opts={"margins": (24, 50, 30, 22), "first_top": 8,
                     "logo": {"kind": "rijk", "lines": ["Ministerie van Klimaat en", "Groene Groei"]}},
               note="Kamerbrief zonder lakking: minister met Chinese naam, staatssecretaris, Kamerleden in "
                    "‘motie-Lagerweij/Sutanto’ en met Marokkaanse naam, rapportauteurs, wethouder en commissaris "
                    "van de Koning (houden), stichting genoemd naar een historische persoon en die persoon "
                    "(houden), 0800-nummer en website")


# ------------------------------------------------------------------ Zwijndrecht, brief aan inwoner (lo, Arial)

def brief_zwijndrecht_uitrit():
    body = [
        P("**Gemeente Zwijndrecht**", size=15, space_after=2),
        P("Bouwensstraat 16 · Postbus 15 · 3330 AA Zwijndrecht", size=8, space_after=16),
        P("De heer [[G.J. Kartosen|P]]\n[[Lindelaan 37|A]]\n[[3331 KP|Z]] Zwijndrecht", space_after=16),
        KV([("Datum", "[[17 februari 2026|dt]]"),
            ("Ons kenmerk", "[[OLO-2026-00871|ken]]"),
            ("Behandeld door", "[[Izabela Mazurek|P]]"),
            ("Telefoonnummer", "[[078 770 44 86|T]]"),
            ("E-mail", "[[i.mazurek@zwijndrecht.nl|E]]"),
            ("Onderwerp", "besluit op uw aanvraag voor een uitrit")],
           label_w=0.25, size=9.5, bold_labels=False),
        P("Geachte heer [[Kartosen|P]],"),
        P("Op [[5 januari 2026|dt]] heeft u een omgevingsvergunning aangevraagd voor het aanleggen van een uitrit "
          "bij uw woning aan de [[Lindelaan 37|A]]. U wilt uw camper (kenteken [[VF-318-K|L]]) op eigen terrein "
          "parkeren. In deze brief leest u ons besluit."),
        P("Ons besluit", "h2"),
        P("Wij verlenen de vergunning, met de voorwaarden die hieronder staan. Het besluit en de voorwaarden zijn "
          "als bijlage bij deze brief gevoegd."),
        P("Waarom wij de vergunning verlenen", "h2"),
        P("Een uitrit mag niet ten koste gaan van de verkeersveiligheid, van parkeerplaatsen in de straat of van "
          "bomen. Wij hebben uw aanvraag daarop beoordeeld. Door de uitrit vervalt één openbare parkeerplaats. "
          "In de Lindelaan is daar genoeg ruimte voor: bij onze telling op [[22 januari 2026|dt]] was 's avonds "
          "ongeveer een kwart van de plaatsen vrij."),
        P("De linde voor uw woning blijft staan. Onze boomdeskundige, mevrouw [[Jasmijn Kornelis|P]], heeft de "
          "boom op [[27 januari 2026|dt]] bekeken. Zij adviseert de uitrit met een smalle overgang aan te "
          "leggen, zodat de wortels niet worden beschadigd. Mevrouw [[Kornelis|P]] wil bij het graven aanwezig "
          "zijn."),
        P("Zienswijze van uw buurvrouw", "h2"),
        P("Uw buurvrouw, mevrouw [[Yeung|P]], heeft laten weten dat zij bang is dat de camper het uitzicht vanuit "
          "haar woonkamer wegneemt. Wij begrijpen dat, maar het parkeren van een camper op eigen terrein is "
          "toegestaan zolang het voertuig niet hoger is dan 3,5 meter. Wij hebben mevrouw [[Yeung|P]] hierover "
          "een aparte brief gestuurd."),
        P("Voorwaarden", "h2"),
        P("De uitrit wordt aangelegd door een stratenmaker die door de gemeente is goedgekeurd. U kunt daarvoor "
          "bijvoorbeeld [[Stratenmakersbedrijf Van 't Riet|org]] vragen, dat voor de gemeente het onderhoud in "
          "uw wijk doet.", "bullet"),
        P("De overgang bij de linde is maximaal 3 meter breed.", "bullet"),
        P("U meldt de start van het werk minimaal vijf werkdagen van tevoren via [[14 078|gn]].", "bullet"),
        P("De kosten voor het verleggen van de parkeerplaats (€ 1.150) betaalt u aan de gemeente.", "bullet"),
        P("Leges", "h2"),
        P("Voor deze vergunning betaalt u € 186,40 aan leges. U ontvangt hiervoor een aparte rekening."),
        P("Bezwaar", "h2"),
        P("Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken. Dat geldt ook voor "
          "uw buurvrouw. Stuur uw bezwaar naar het college van burgemeester en wethouders, Postbus 15, 3330 AA "
          "Zwijndrecht, of mail naar [[bezwaar@zwijndrecht.nl|mb]]. Wethouder [[Cengiz Erkan|oth]] is "
          "verantwoordelijk voor dit onderwerp."),
        P("Vragen", "h2"),
        P("Heeft u vragen over deze brief? Neem dan contact op met [[Izabela Mazurek|P]] via het nummer hierboven, "
          "of bel het algemene nummer [[14 078|gn]]. U kunt ook mailen naar [[info@zwijndrecht.nl|mb]]. Ons "
          "gemeentehuis aan de [[Bouwensstraat 16|pl]] is open van maandag tot en met vrijdag."),
        P("Met vriendelijke groet,\nburgemeester en wethouders van Zwijndrecht,\nnamens deze,", space_before=6),
        Sp(10),
        P("[[Rohan Zaalman|P]]\nteamleider Vergunningen"),
        P("Bijlage: besluit met voorwaarden en tekening", size=8.5),
        PB(),
        P("Bijlage – Besluit omgevingsvergunning uitrit", "h1"),
        KV([("Aanvrager", "[[G.J. Kartosen|P]]"),
            ("Locatie", "[[Lindelaan 37|A]], Zwijndrecht (kadastraal perceel ZWD00-K-2218)"),
            ("Activiteit", "aanleggen uitrit / wijzigen openbare weg"),
            ("Zaak", "[[OLO-2026-00871|ken]]")], label_w=0.22, size=9.5, style="grid"),
        P("Het college van burgemeester en wethouders van Zwijndrecht besluit de omgevingsvergunning te "
          "verlenen, met de volgende voorschriften:"),
        P("1. De uitrit heeft een breedte van ten hoogste 3 meter, gemeten aan de rand van de rijbaan.",
          "bullet"),
        P("2. De band wordt verlaagd met inritbanden; de rest van het trottoir blijft op hoogte.", "bullet"),
        P("3. Binnen 2 meter van de stam van de linde wordt niet machinaal gegraven. Het werk wordt begeleid door "
          "de boomdeskundige van de gemeente.", "bullet"),
        P("4. De openbare parkeerplaats voor de woning vervalt; de markering wordt door de gemeente verwijderd.",
          "bullet"),
        P("5. Toezicht tijdens de aanleg: [[Wendel Pellikaan|P]], toezichthouder openbare ruimte. Meld de start "
          "van het werk via [[14 078|gn]]; de toezichthouder neemt dan contact met u op.", "bullet"),
        P("6. De vergunning vervalt als de uitrit niet binnen een jaar na dit besluit is aangelegd.", "bullet"),
        P("Tekening: situatie uitrit [[Lindelaan 37|A]], schaal 1:200, d.d. [[5 januari 2026|dt]] (ingediend door "
          "aanvrager), met aantekeningen van [[J. Kornelis|P]] over de wortelzone.", size=9.5),
        P("Dit besluit is verzonden op [[17 februari 2026|dt]]. Publicatie in het Gemeenteblad zonder "
          "persoonsgegevens.", size=9),
    ]
    return Doc("brief_zwijndrecht_besluit_uitrit.pdf", "brief", "lo", "Mazurek, I.",
               "Besluit uitrit OLO-2026-00871", "2026-02-17", body, font="Arial", size=10,
               running=[Running("Kenmerk [[OLO-2026-00871|ken]]", "footer", "all", "right", 7.5)],
               opts={"margins": (25, 22, 22, 22), "space_after": 6, "line_spacing": 1.2},
               note="besluit aan een inwoner (Javaans-Surinaamse naam) met adresblok en kopblok zonder vette "
                    "labels: adres twee keer, kenteken van een camper, buurvrouw met Chinese achternaam, "
                    "boomdeskundige met achternaam alleen, behandelaar met Poolse naam en direct nummer, "
                    "ondertekenaar ‘namens deze’ (lakken), stratenmaker met persoonsnaam, wethouder, 14-nummer, "
                    "mailboxen en eigen adres (houden)")


def docs():
    return [kamerbrief_energiearmoede(), brief_zwijndrecht_uitrit()]
