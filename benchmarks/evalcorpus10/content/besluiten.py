"""Decisions and their file: a last onder dwangsom of the RUD Zeeland to a recycling company and its director
(reportlab, Times), the toezichthouders' rapport van bevindingen behind it (python-docx -> LibreOffice) and a
letter of the Uitvoeringsorganisatie Herstel Toeslagen to a parent with BSN, IBAN and dates of birth (reportlab,
Helvetica)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


# ------------------------------------------------------------------ RUD Zeeland: last onder dwangsom

def besluit_dwangsom_vermue():
    c = ["**Regionale Uitvoeringsdienst Zeeland**",
         "Bezoekadres\n[[Kanaalweg 3b|pl]]\n4337 PA Middelburg",
         "Postbus 6016\n4330 LA Middelburg",
         "T [[0118 41 10 10|gn]]\n[[info@rud-zeeland.nl|mb]]\n[[www.rud-zeeland.nl|gn]]",
         "**Behandeld door**\n[[Jurjen Minderhoud|P]]\nT [[06 2971 4086|T]]\n[[j.minderhoud@rud-zeeland.nl|E]]",
         "**Ons kenmerk**\n[[RUDZ/HH/2026-018374|ken]]",
         "**Zaaknummer**\n[[Z-26-04417|ken]]"]
    body = [
        P("Aangetekend en per gewone post", "small"),
        P("[[Vermue Recycling B.V.|org]]\nt.a.v. de directie, de heer [[R.J. Vermue|P]]\n[[Havenweg 14|pl]]\n"
          "4455 TL  Nieuwdorp", space_after=14),
        P("Middelburg, [[9 maart 2026|dt]]"),
        P("Onderwerp: last onder dwangsom – opslag van afvalstoffen buiten de vergunde zone", space_after=10),
        P("Geachte heer, mevrouw,"),
        P("Namens het college van burgemeester en wethouders van de gemeente Borsele houdt de Regionale "
          "Uitvoeringsdienst Zeeland (RUD Zeeland) toezicht op uw inrichting aan de [[Havenweg 14|pl]] in "
          "Nieuwdorp. Met deze brief leggen wij Vermue Recycling B.V. een last onder dwangsom op. Hieronder "
          "leest u waarom en wat u moet doen om te voorkomen dat u een dwangsom verbeurt."),
        P("1. Wat hebben wij vastgesteld?", "h2"),
        P("Op [[17 februari 2026|dt]] hebben onze toezichthouders [[Jurjen Minderhoud|P]] en [[Ezgi Gündüz|P]] uw "
          "inrichting gecontroleerd naar aanleiding van klachten over stof en geluid. Zij troffen op het "
          "onverharde terrein achter hal 2 ongeveer 1.400 m³ bouw- en sloopafval aan, terwijl de "
          "omgevingsvergunning opslag alleen toestaat op de vloeistofdichte vloer in vak A tot en met D. De "
          "hoogte van de bult was op het hoogste punt ruim 9 meter, drie meter hoger dan is toegestaan. Uw "
          "bedrijfsleider, de heer [[Ewald Koppejan|P]], heeft tijdens de controle bevestigd dat de partij "
          "daar sinds begin januari ligt. De bevindingen staan in het rapport van bevindingen van "
          "[[19 februari 2026|dt]] met kenmerk [[RUDZ/TH/2026-00912|ken]], dat bij deze brief is gevoegd."),
        P("Tijdens een hercontrole op [[3 maart 2026|dt]] stelde toezichthouder [[Minderhoud|P]] vast dat de "
          "partij nog op dezelfde plek lag. Er was een vrachtwagen met kenteken [[BX-472-V|L]] bezig met het "
          "aanvoeren van nieuw materiaal."),
        P("2. Welke regels zijn overtreden?", "h2"),
        P("U handelt in strijd met voorschrift 3.2.1 en 3.2.4 van de omgevingsvergunning van "
          "[[12 mei 2021|dt]] (kenmerk [[OLO-5738211|ken]]) en met artikel 5.1 van de Omgevingswet. De "
          "opslag op onverharde grond kan leiden tot bodemverontreiniging; de hoogte van de bult veroorzaakt "
          "stofoverlast in de woonkern Nieuwdorp."),
        P("3. Uw zienswijze", "h2"),
        P("Wij hebben u op [[20 februari 2026|dt]] laten weten dat wij van plan waren een last onder dwangsom op "
          "te leggen. Uw advocaat, [[mr. Sophie Dieleman|P]], heeft namens u op [[2 maart 2026|dt]] een "
          "zienswijze gegeven. Zij stelt dat de partij tijdelijk is opgeslagen omdat de "
          "breker van [[Puinbreekbedrijf Goedegebuure Kapelle|org]] in januari defect was. Wij begrijpen dat, "
          "maar een defecte breker geeft geen recht om buiten de vergunde zone op te slaan. De zienswijze leidt "
          "niet tot een ander besluit. Wel hebben wij de begunstigingstermijn verlengd van vier naar zes weken."),
        P("4. Besluit", "h2"),
        P("Wij gelasten Vermue Recycling B.V. om binnen zes weken na verzending van dit besluit:"),
        P("het bouw- en sloopafval achter hal 2 af te voeren naar een erkende verwerker of op te slaan in "
          "vak A tot en met D;", "bullet"),
        P("de opslag in vak A tot en met D niet hoger te laten zijn dan 6 meter;", "bullet"),
        P("de afvoer aan te tonen met begeleidingsbrieven, te sturen aan [[handhaving@rud-zeeland.nl|mb]].",
          "bullet"),
        P("Voldoet u niet (volledig) aan de last, dan verbeurt u een dwangsom van € 5.000 per week dat de "
          "overtreding voortduurt, met een maximum van € 40.000. De hoogte is zo gekozen dat het voor u "
          "goedkoper is om aan de last te voldoen dan om de overtreding te laten voortbestaan."),
        P("5. Afschriften", "h2"),
        P("Een afschrift van dit besluit gaat naar burgemeester [[Gert-Jan Traas|oth]] van Borsele, die de "
          "raad heeft toegezegd hem over deze zaak te informeren, en naar wethouder [[Machteld Wisse|oth]] "
          "(Milieu). De klager uit de Kerkstraat krijgt een brief zonder bedrijfsgegevens."),
        P("Bezwaar", "h2"),
        P("Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de dag van verzending een "
          "bezwaarschrift sturen aan het college van burgemeester en wethouders van Borsele, Postbus 1, "
          "4450 AA Heinkenszand, of via [[bezwaar@borsele.nl|mb]]. Een bezwaarschrift schorst de werking van "
          "het besluit niet; u kunt de voorzieningenrechter van de rechtbank Zeeland-West-Brabant om een "
          "voorlopige voorziening vragen."),
        P("Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van Borsele,\n"
          "namens dezen,"),
        Sp(9),
        P("[[ing. Arjan Flipse|P]]\nafdelingshoofd Toezicht en Handhaving RUD Zeeland"),
        Sp(3),
        P("Bijlage: rapport van bevindingen [[RUDZ/TH/2026-00912|ken]]\nKopie: [[mr. S. Dieleman|P]], "
          "[[Dieleman & Provoost Advocaten|org]], Goes", "small"),
    ]
    return Doc("besluit_last_onder_dwangsom_vermue_recycling_nieuwdorp.pdf", "besluit", "rl-std", "Minderhoud, J.",
               "Last onder dwangsom Vermue Recycling B.V.", "2026-03-09", body, font="Times-Roman", size=10.5,
               running=[Running("Kenmerk [[RUDZ/HH/2026-018374|ken]] · pagina {page}", "footer", "all", "right", 7.5)],
               opts={"colofon": c, "colofon_w": 50, "margins": (24, 14, 42, 22), "first_top": 0,
                     "logo": {"kind": "text", "color": "#006d77", "italic": False, "size": 13,
                              "lines": ["RUD Zeeland"]}},
               note="last onder dwangsom aan een bedrijf dat de achternaam van zijn directeur draagt (bedrijf en "
                    "bedrijfsadres houden, ‘R.J. Vermue’ lakken), colofon met behandelaar, mobiel "
                    "en e-mail naast algemeen nummer en mailboxen, toezichthouders (Zeeuwse en Turkse naam), "
                    "bedrijfsleider, advocaat met kantoornaam naar haar achternaam (kantoor houden), kenteken, "
                    "burgemeester en wethouder (houden), ondertekenaar ‘namens dezen’ (lakken)")


# ------------------------------------------------------------------ rapport van bevindingen

def rapport_bevindingen_vermue():
    body = [
        P("RUD Zeeland – Team Toezicht Bedrijven", size=9, space_after=2),
        P("Rapport van bevindingen", "title", size=16),
        KV([["Kenmerk", "[[RUDZ/TH/2026-00912|ken]]"],
            ["Inrichting", "[[Vermue Recycling B.V.|org]], [[Havenweg 14|pl]], Nieuwdorp (gemeente Borsele)"],
            ["Datum en tijd", "dinsdag [[17 februari 2026|dt]], 08:55–11:20 uur"],
            ["Toezichthouders", "[[Jurjen Minderhoud|P]] (boa-nummer [[BOA-ZL-70381|O]]) en [[Ezgi Gündüz|P]]"],
            ["Aanleiding", "klachten over stof en geluid (meldingen [[M26-0144|ken]], [[M26-0151|ken]] en "
                           "[[M26-0163|ken]])"],
            ["Aanwezig namens bedrijf", "[[Koppejan, E.|P]] (bedrijfsleider), vanaf 10:15 uur ook "
                                        "[[Vermue, R.J.|P]] (directeur)"]],
           label_w=0.27, style="grid", size=9.5),
        P("1. Verloop van de controle", "h2"),
        P("Wij kwamen om 08:55 uur aan bij de poort aan de [[Havenweg 14|pl]]. Wij hebben ons gelegitimeerd bij "
          "de weegbrug, waar de heer [[Oleksandr Savchuk|P]] dienst had. Hij heeft de bedrijfsleider, de heer "
          "[[Koppejan|P]], gebeld. Die kwam na enkele minuten en is de hele controle met ons meegelopen."),
        Tbl([["Tijd", "Waarneming", "Foto"],
             ["08:58", "Op het terrein staan een shovel (Volvo L120) en een mobiele breker die niet in bedrijf "
                       "is. De shovel wordt bediend door een medewerker die zich voorstelt als [[Maciej "
                       "Jankowski|P]].", "1–2"],
             ["09:10", "Achter hal 2, op onverharde grond, ligt een bult bouw- en sloopafval (puin, hout, "
                       "kunststof, isolatiemateriaal). Geschatte omvang 1.400 m³, hoogte gemeten met "
                       "laserafstandsmeter: 9,2 m.", "3–7"],
             ["09:32", "Vrachtwagen met kenteken [[BX-472-V|L]] en oplegger [[OR-38-KT|L]] van "
                       "[[Transportbedrijf Sinke & Zn.|org]] lost een lading gemengd bouwafval in vak C. "
                       "Chauffeur [[Dariusz Pietrzak|P]] toont een begeleidingsbrief.", "8"],
             ["09:50", "Vak A tot en met D zijn vol. Afvoer naar de breker is volgens de heer [[Koppejan|P]] "
                       "sinds begin januari stil komen te liggen.", "9–10"],
             ["10:15", "Personenauto [[ZN-614-H|L]] rijdt het terrein op. De directeur, de heer [[R.J. Vermue|P]], "
                       "stapt uit. Hij zegt dat de partij ‘binnen een maand’ weg is.", "–"],
             ["10:40", "Aan de oostzijde van het terrein (grens met de Kerkstraat) is stofvorming zichtbaar "
                       "bij wind uit het westen. Er is geen sproei-installatie in werking.", "11–12"]],
            [0.1, 0.78, 0.12], size=9, shade="#d9e7e8"),
        P("2. Gesprek met de directeur", "h2"),
        P("De directeur verklaarde dat de breker van de vaste onderaannemer defect was en dat hij de "
          "aanvoer niet kon stoppen zonder klanten te verliezen. Hij gaf aan dat zijn advocaat, "
          "[[mr. Sophie Dieleman|P]], contact met de RUD zal opnemen. Op onze vraag wie de opslag achter hal 2 "
          "heeft toegestaan, antwoordde hij dat hij dat zelf heeft besloten."),
        P("3. Klachten uit de omgeving", "h2"),
        P("Op [[16 februari 2026|dt]] meldde mevrouw [[Adrie Louwerse-Risseeuw|P]], wonend aan de "
          "[[Kerkstraat 61|A]] in Nieuwdorp, dat haar auto en tuinmeubilair ‘elke dag onder het grijze stof’ "
          "zitten. Haar buurman, de heer [[Tarik Lamrini|P]] ([[Kerkstraat 63|A]]), belde op "
          "[[17 februari 2026|dt]] om 07:40 uur over het geluid van de shovel. Wij hebben beide melders na de "
          "controle teruggebeld op [[06 5382 1190|T]] en [[0113 56 27 48|T]]."),
        P("4. Conclusie", "h2"),
        P("Er is sprake van een overtreding van voorschrift 3.2.1 (opslag buiten vak A–D) en 3.2.4 (maximale "
          "hoogte 6 m) van de omgevingsvergunning. Wij adviseren de afdeling Juridische Zaken een last onder "
          "dwangsom voor te bereiden. Overleg daarover vindt plaats met [[Arjan Flipse|P]] en de gemeentelijke "
          "contactpersoon, [[Ilja Geschiere|P]] (gemeente Borsele)."),
        P("Aldus naar waarheid opgemaakt en ondertekend te Middelburg op [[19 februari 2026|dt]],"),
        Tbl([["[[J. Minderhoud|P]]\ntoezichthouder milieu", "[[E. Gündüz|P]]\ntoezichthouder milieu"]],
            [0.45, 0.45], header=False, grid=False, size=10, shade=None),
    ]
    return Doc("rapport_van_bevindingen_controle_vermue_recycling.pdf", "rapport", "lo", "Gündüz, E.",
               "Rapport van bevindingen RUDZ/TH/2026-00912", "2026-02-19", body, font="Arial", size=10,
               running=[Running("RUD Zeeland · rapport van bevindingen [[RUDZ/TH/2026-00912|ken]]", "footer",
                                "all", "left", 7.5)],
               opts={"margins": (24, 20, 20, 20), "space_after": 6, "line_spacing": 1.15},
               note="rapport van bevindingen bij de last onder dwangsom: kopblok als rastertabel met ‘Koppejan, E.’ en "
                    "‘Vermue, R.J.’, boa-nummer, waarnemingentabel met tijden en lange cellen (medewerkers met "
                    "Poolse en Oekraïense naam, drie kentekens, transportbedrijf met persoonsnaam houden), "
                    "klagers met Zeeuwse dubbele naam en Marokkaanse naam met adres en telefoon, "
                    "ondertekening als ‘J. Minderhoud’ / ‘E. Gündüz’ in een tabel zonder lijnen")


# ------------------------------------------------------------------ Herstel Toeslagen: letter to a parent

def brief_herstel_toeslagen():
    body = [
        P("**Uitvoeringsorganisatie Herstel Toeslagen**", size=12, space_after=1),
        P("Postbus 5056 · 8000 GB Zwolle · [[www.herstel.toeslagen.nl|gn]] · Hulplijn [[0800-2358358|gn]]",
          size=8),
        HR(),
        Sp(8),
        P("Mevrouw [[S.M. Tahapary|P]]\n[[Dr. Nassaulaan 27|A]]\n[[9401 HK|Z]]  Assen", space_after=16),
        KV([["Datum", "[[14 april 2026|dt]]"],
            ["Ons kenmerk", "[[UHT-IB-2026-338104|ken]]"],
            ["Burgerservicenummer", "[[167156470|B]]"],
            ["Geboortedatum", "[[3 november 1984|D]]"],
            ["Uw zaakbehandelaar", "[[Wigger Hoving|P]], T [[06 1738 2295|T]]"],
            ["Onderwerp", "uitkomst integrale beoordeling kinderopvangtoeslag 2014–2019"]],
           label_w=0.3, style="lines", size=9),
        P("Geachte mevrouw [[Tahapary|P]],"),
        P("U heeft zich in 2024 bij ons gemeld als mogelijk gedupeerde ouder. In de afgelopen maanden heeft uw "
          "zaakbehandelaar, de heer [[Wigger Hoving|P]], met u gesproken over uw situatie in de jaren 2014 tot "
          "en met 2019. In deze brief leest u de uitkomst van de integrale beoordeling."),
        P("Wat hebben wij beoordeeld?", "h2"),
        P("Wij hebben gekeken naar de kinderopvangtoeslag die u ontving voor uw kinderen [[Joshua Tahapary|P]] "
          "(geboren [[22 juni 2012|D]]) en [[Miriam Tahapary|P]] (geboren [[9 januari 2015|D]]). In 2016 is uw "
          "toeslag stopgezet en moest u € 21.340 terugbetalen. Uit ons onderzoek blijkt dat de "
          "Belastingdienst/Toeslagen de toeslag ten onrechte heeft stopgezet: de opvang bij "
          "[[Kinderopvang De Zeester|org]] was geregistreerd en u betaalde de eigen bijdrage."),
        P("Uw toenmalige partner, de heer [[Benny Souisa|P]] (geboren [[30 augustus 1981|D]]), was in die "
          "jaren medeaanvrager. Hij ontvangt over zijn deel een eigen brief."),
        P("Wat is de uitkomst?", "h2"),
        Tbl([["Onderdeel", "Bedrag"],
             ["terugbetaling van de ten onrechte teruggevorderde toeslag", "€ 21.340"],
             ["vergoeding immateriële schade (7 jaar)", "€ 3.500"],
             ["vergoeding materiële schade (forfaitair)", "€ 1.250"],
             ["al ontvangen compensatie (Catshuisregeling, 2021)", "– € 30.000"],
             ["**nog te ontvangen**", "**€ 0**"]],
            [0.75, 0.2], size=9, shade="#e4e4e4"),
        P("Omdat u in 2021 al € 30.000 heeft ontvangen, krijgt u geen aanvullend bedrag. Dat bedrag hoeft u niet "
          "terug te betalen, ook niet als het meer is dan de berekende schade."),
        P("Uitbetaling van de vergoeding voor kosten", "h2"),
        P("Wel vergoeden wij de kosten van uw adviseur, mevrouw [[Nazia Stanikzai|P]] van "
          "[[Stanikzai Juridisch Advies|org]], tot € 1.750. Wij maken dat bedrag binnen zes weken over op "
          "rekening [[NL91 INGB 0006 8294 13|N]] ten name van [[S.M. Tahapary|P]]."),
        P("Bent u het niet eens met deze beslissing?", "h2"),
        P("Dan kunt u binnen zes weken bezwaar maken. Dat kan digitaal via [[bezwaar@herstel.toeslagen.nl|mb]] of "
          "per brief aan Postbus 5056, 8000 GB Zwolle. U kunt ook eerst contact opnemen met uw zaakbehandelaar "
          "[[Hoving|P]]; hij kan u helpen met het bezwaar. Bij de Commissie Werkelijke Schade kunt u een hogere "
          "vergoeding vragen als uw schade groter is."),
        P("Met vriendelijke groet,"),
        P("Uitvoeringsorganisatie Herstel Toeslagen\nteam Integrale Beoordeling Noord"),
    ]
    return Doc("brief_herstel_toeslagen_integrale_beoordeling_assen.pdf", "brief", "rl-std", "Hoving, W.",
               "Uitkomst integrale beoordeling", "2026-04-14", body, font="Helvetica", size=10,
               running=[Running("[[UHT-IB-2026-338104|ken]] – pagina {page} van 2", "footer", "all", "right", 7.5)],
               opts={"margins": (25, 25, 22, 22)},
               note="brief van de UHT aan een ouder (Molukse namen): adresblok met ‘Dr. Nassaulaan’ (straat met "
                    "titel), kopblok met BSN en geboortedatum, zaakbehandelaar met mobiel, kinderen en "
                    "ex-partner met geboortedata, adviseur met bureau naar haar achternaam (bureau houden, "
                    "Afghaanse naam), IBAN, bedragentabel, hulplijn, website en bezwaarmailbox (houden)")


def docs():
    return [besluit_dwangsom_vermue(), rapport_bevindingen_vermue(), brief_herstel_toeslagen()]
