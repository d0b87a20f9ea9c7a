"""Reports: a confidential intake report of an integrity report (LibreOffice), an annual report of a
bezwaarcommissie (reportlab TTF), an excerpt of a rekenkamer report with a respondents annex (LibreOffice) and an
English-language annex to a Kamerbrief (reportlab, Times)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def intake_integriteitsmelding():
    body = [
        P("VERTROUWELIJK", "right", size=9),
        P("Verslag intakegesprek integriteitsmelding", "title"),
        KV([["Meldingsnummer", "[[INT-2025-004|ken]]"],
            ["Datum gesprek", "[[3 maart 2025|dt]], 10.00–11.15 uur"],
            ["Plaats", "spreekkamer 2.14, stadhuis Apeldoorn"],
            ["Aanwezig", "[[Sanne Verhaar|P]] (melder, adviseur Inkoop)\n"
                         "[[mr. Jeroen ter Valk|P]] (integriteitscoördinator, verslag)\n"
                         "[[Marga Overduin|P]] (vertrouwenspersoon, op verzoek van de melder)"],
            ["Verspreiding", "alleen integriteitscoördinator en gemeentesecretaris"]],
           label_w=0.24, style="grid", size=9.5),
        P("1. Aanleiding", "h2"),
        P("De melder heeft op [[24 februari 2025|dt]] via de vertrouwenspersoon laten weten dat zij een vermoeden "
          "van een integriteitsschending wil melden. Dit gesprek is de intake. De melder is gewezen op de "
          "Regeling melden vermoeden van een misstand en op de mogelijkheid om advies te vragen bij het "
          "[[Huis voor Klokkenluiders|org]]."),
        P("2. Inhoud van de melding", "h2"),
        P("De melder vermoedt dat de teamleider Inkoop, [[Ronald Hamer|P]], in 2024 drie opdrachten voor "
          "onderhoud aan gemeentelijk vastgoed onderhands heeft gegund aan [[Bouwbedrijf Coşkun & Zn.|org]]. Het "
          "bedrijf is van zijn zwager, de heer [[Mehmet Coşkun|P]]. De opdrachten bleven elk net onder de grens "
          "voor meervoudig onderhandse aanbesteding. Volgens de melder heeft [[Hamer|P]] haar gevraagd de "
          "offertes van twee andere bedrijven ‘niet in het dossier te zetten’."),
        P("De melder heeft dit in januari eerst met een collega besproken. Zij noemt hem alleen bij zijn "
          "voornaam, [[Kees|P]]; hij heeft haar aangeraden naar de vertrouwenspersoon te gaan. De melder geeft aan "
          "sinds november veel spanning te ervaren en daarvoor contact te hebben met de bedrijfsarts."),
        P("3. Wensen van de melder", "h2"),
        P("De melder vraagt uitdrukkelijk om vertrouwelijke behandeling van haar identiteit. [[Sanne|P]] wil niet "
          "dat [[Hamer|P]] of de afdelingsmanager, mevrouw [[van Lamsweerde|P]], te weten komt wie de melding "
          "heeft gedaan. Zij is bereid een schriftelijke verklaring af te leggen en de e-mails waarover zij "
          "beschikt te overhandigen. Mevrouw [[Overduin|P]] blijft haar aanspreekpunt."),
        P("4. Afspraken", "h2"),
        Tbl([["Nr.", "Actie", "Wie", "Wanneer"],
             ["1", "Melding registreren in het integriteitsregister (zonder naam melder)", "[[JtV|I]]",
              "[[5 maart 2025|dt]]"],
             ["2", "Gemeentesecretaris [[Ingrid Wassink|P]] informeren; zij besluit over een vooronderzoek",
              "[[JtV|I]]", "[[7 maart 2025|dt]]"],
             ["3", "Offertes en e-mails van de melder in ontvangst nemen", "[[JtV|I]] / [[MO|I]]",
              "[[10 maart 2025|dt]]"],
             ["4", "Mogelijk extern onderzoek laten doen door [[Hoffmann Bedrijfsrecherche|org]]", "gemeentesecretaris",
              "na besluit"],
             ["5", "Nazorggesprek met de melder", "[[MO|I]]", "over vier weken"]],
            [0.07, 0.58, 0.15, 0.2], size=9),
        P("5. Overig", "h2"),
        P("Burgemeester [[Ton Heerink|oth]] is als portefeuillehouder integriteit op de hoogte van het feit dat "
          "er een melding is, niet van de inhoud. Mevrouw [[Els van Lamsweerde|P]] is nog niet ingelicht. De "
          "melder heeft het verslag op [[4 maart 2025|dt]] gelezen en akkoord bevonden."),
        P("Opgesteld door [[J. ter Valk|P]], integriteitscoördinator, [[integriteit@apeldoorn.nl|mb]]", "small"),
    ]
    return Doc("verslag_intake_integriteitsmelding.pdf", "verslag", "lo", "Valk, J. ter",
               "Intake INT-2025-004", "2025-03-04", body, font="Nimbus Sans", size=10,
               running=[Running("VERTROUWELIJK – [[INT-2025-004|ken]] – [[J. ter Valk|P]]", "header",
                                "all", "right", 7.5)],
               opts={"margins": (24, 22, 24, 22)},
               note="vertrouwelijk verslag van een intake integriteitsmelding: melder, vertrouwenspersoon en "
                    "coördinator met ‘mr.’ en initialen in een actietabel (JtV, MO), betrokken teamleider Hamer, "
                    "zwager naast bouwbedrijf met zijn naam (houden), ‘mevrouw van Lamsweerde’ met kleine letter, "
                    "gemeentesecretaris, voornaam ‘Kees’, opsteller in de koptekst, burgemeester (houden)")


def jaarverslag_bezwaarcommissie():
    stats = [["Onderwerp", "Ingekomen", "Gegrond", "Ongegrond", "Niet-ontv.", "Ingetrokken"],
             ["Wmo en jeugd", "61", "9", "31", "6", "15"],
             ["Participatiewet", "88", "12", "49", "11", "16"],
             ["Omgevingsrecht", "104", "21", "52", "8", "23"],
             ["Parkeren en verkeer", "57", "4", "30", "12", "11"],
             ["Woo", "19", "5", "9", "1", "4"],
             ["Overig", "23", "2", "11", "4", "6"],
             ["**Totaal**", "**352**", "**53**", "**182**", "**42**", "**75**"]]
    body = [
        P("Jaarverslag 2024", "title"),
        P("Commissie voor de bezwaarschriften gemeente Haarlemmermeer", "h2"),
        Sp(2),
        P("Voorwoord", "h1"),
        P("Het aantal bezwaarschriften steeg in 2024 met 14 procent, vooral door besluiten over het nieuwe "
          "parkeerbeleid in Hoofddorp-Centrum. De commissie heeft geprobeerd meer zaken informeel op te lossen: "
          "in 75 zaken trok de bezwaarmaker het bezwaar in na een telefoongesprek met het secretariaat. Ik dank "
          "de leden en het secretariaat voor hun inzet in een druk jaar."),
        P("[[mr. H.A. Schuitemaker|oth]], voorzitter", "right"),
        P("1. Samenstelling", "h1"),
        P("De commissie bestond in 2024 uit de voorzitter, [[mr. H.A. Schuitemaker|oth]], en vier leden: "
          "[[mr. Baran Aslan|P]] (plaatsvervangend voorzitter), [[drs. Wilhelmina Kreeft|P]], "
          "[[mr. Jan-Kees Plomp|P]] en, vanaf [[1 juni 2024|dt]], [[Shirin Tavakoli|P]]. Mevrouw [[Kreeft|P]] heeft "
          "per [[31 december 2024|dt]] afscheid genomen na twee termijnen. De raad heeft op voordracht van de "
          "commissie [[Arjen Nijboer|P]] als haar opvolger benoemd."),
        P("Het secretariaat werd gevoerd door [[Rachida Bouhlal|P]] en [[Bas Haverslag|P]], juristen van het team "
          "Juridische Zaken. Tijdens het verlof van [[Rachida|P]] nam [[Noor Willemse|P]] haar zaken waar."),
        P("2. Cijfers", "h1"),
        P("Tabel 1 – afgehandelde bezwaarschriften naar onderwerp", "h3"),
        Tbl(stats, [0.3, 0.14, 0.14, 0.14, 0.14, 0.14], size=9, shade="#dbe5f1"),
        P("Tabel 2 – aantal hoorzittingen per commissielid", "h3"),
        Tbl([["[[Schuitemaker|oth]]", "[[Aslan|P]]", "[[Kreeft|P]]", "[[Plomp|P]]", "[[Tavakoli|P]]"],
             ["22", "18", "15", "14", "8"]], [0.2, 0.2, 0.2, 0.2, 0.2], size=9, shade="#dbe5f1"),
        P("3. Opvallende zaken", "h1"),
        P("**Parkeren.** De meeste bezwaren tegen de parkeervergunningen gingen over de Burgemeester van "
          "Stamplein en omliggende straten. De commissie adviseerde in vier zaken het besluit te herroepen omdat "
          "de belangen van mantelzorgers niet waren gewogen."),
        P("**Privacy.** In één zaak is de naam van een bezwaarmaker, mevrouw [[Ogunleye|P]], per abuis op de "
          "openbare agenda van de hoorzitting vermeld. Dit is gemeld aan de functionaris gegevensbescherming, "
          "[[Daan Keijzer|P]], en als datalek geregistreerd. Mevrouw [[Ogunleye|P]] heeft excuses gekregen."),
        P("**Behandelduur.** Gemiddeld duurde de behandeling 13,4 weken. De commissie sluit zich aan bij de "
          "aanbevelingen uit het rapport ‘Behoorlijk omgaan met bezwaren’ van [[Margriet Hooftman|au]] en "
          "[[Pieter Kalma|au]] (Nationale ombudsman, 2023): bel de bezwaarmaker binnen twee weken."),
        P("4. Contact met het bestuur", "h1"),
        P("De voorzitter sprak tweemaal met burgemeester [[Frank Oudkerk|oth]] en eenmaal met wethouder "
          "[[Marjolein Trompetter|oth]] over de Woo-bezwaren. [[Schuitemaker|oth]] presenteerde dit jaarverslag "
          "op [[3 maart 2025|dt]] in de commissie Bestuur."),
    ]
    return Doc("jaarverslag_bezwaarcommissie_2024.pdf", "verslag", "rl-ttf", "Haverslag, B.",
               "Jaarverslag 2024 bezwaarcommissie", "2025-02-20", body, font="LiberationSerif", size=10.5,
               running=[Running("Jaarverslag 2024 · Commissie voor de bezwaarschriften Haarlemmermeer · "
                                "[[bezwaarcommissie@haarlemmermeer.nl|mb]] · [[0900 1852|gn]]", "footer", "all",
                                "center", 7.5)],
               opts={"margins": (25, 25, 22, 22)},
               note="jaarverslag van een bezwaarcommissie: voorzitter (houden, ook alleen achternaam in een tabel) "
                    "naast leden (lakken, ook alleen achternaam), secretariaat met voornaam, bezwaarmaker in een "
                    "datalek-passage, functionaris gegevensbescherming, rapportauteurs, burgemeester en wethouder, "
                    "plein met persoonsnaam")


def rekenkamer_bijlage():
    body = [
        P("Rekenkamer Oss", size=9),
        P("Eén keer bellen is genoeg?", "title"),
        P("Onderzoek naar de bereikbaarheid van het Klant Contact Centrum van de gemeente Oss", "h3"),
        P("Dit onderzoek is uitgevoerd door [[drs. Marit Ebbers|au]] (onderzoeksleider) en "
          "[[Yusuf Demiroğlu MSc|au]], onder verantwoordelijkheid van de rekenkamer: "
          "[[prof. dr. Gijsbert Kalff|au]] (voorzitter), [[Hanneke Daalmans|au]] en "
          "[[Ruud Beijers|au]].", "small"),
        HR(),
        P("3. Bevindingen", "h1"),
        P("3.1 Telefonische bereikbaarheid", "h2"),
        P("Het KCC is bereikbaar via [[14 0412|gn]] en [[info@oss.nl|mb]]. In 30 testgesprekken (mystery calls) "
          "werd de telefoon in 26 gevallen binnen de norm van 30 seconden opgenomen. In vier gesprekken gaf de "
          "medewerker het directe nummer van een vakafdeling door, bijvoorbeeld [[0412 629 418|T]]. Dat is "
          "volgens de eigen werkinstructie niet de bedoeling."),
        P("De terugbelservice werkt goed zolang de bezetting op orde is. ‘Als [[Ellen|P]] ziek is, ligt de "
          "terugbelservice eigenlijk stil,’ zei een teamleider. [[De Leeuw|P]] wees er in het interview op "
          "dat het KCC sinds 2023 drie fte minder heeft. Uit de cijfers die [[Arts|P]] ons liet zien, blijkt dat "
          "de gemiddelde wachttijd in het vierde kwartaal opliep tot 4 minuten en 40 seconden."),
        P("3.2 Vergelijking met andere gemeenten", "h2"),
        P("Wij vergeleken de resultaten met het landelijk onderzoek van [[Van der Heijden|au]] en "
          "[[Rozemeijer|au]] (2021) naar de dienstverlening van gemeenten. Oss scoort gemiddeld, maar het aandeel "
          "bellers dat binnen een werkdag wordt teruggebeld (71%) ligt onder het landelijk beeld (82%). Zie ook "
          "[[Ebbers|au]] (2022) voor de methode van de mystery calls."),
        P("3.3 Reactie van het college", "h2"),
        P("Wethouder [[Rik Bressers|oth]] (Dienstverlening) herkent het beeld. Hij heeft de gemeentesecretaris "
          "gevraagd voor de zomer met een plan te komen. In het gesprek met [[Bressers|oth]] kwam ook de "
          "samenwerking met [[Stichting Welzijn Oss|org]] aan de orde, die een deel van de vragen over "
          "toeslagen beantwoordt."),
        PB(),
        P("Bijlage 2 – Geïnterviewde personen", "h1"),
        Tbl([["Naam", "Functie", "Organisatie", "Datum interview"],
             ["[[Hein Verkuijlen|P]]", "teamleider KCC", "gemeente Oss", "[[8 oktober 2024|dt]]"],
             ["[[Ellen Jacobs-Tromp|P]]", "coördinator terugbelservice", "gemeente Oss", "[[8 oktober 2024|dt]]"],
             ["[[Cor de Leeuw|P]]", "afdelingshoofd Publiekszaken", "gemeente Oss", "[[15 oktober 2024|dt]]"],
             ["[[Kevin Arts|P]]", "informatieanalist", "gemeente Oss", "[[15 oktober 2024|dt]]"],
             ["[[Lidewij Saris|P]]", "gemeentesecretaris", "gemeente Oss", "[[29 oktober 2024|dt]]"],
             ["[[Anouschka Soekhai|P]]", "directeur", "[[Stichting Welzijn Oss|org]]", "[[5 november 2024|dt]]"],
             ["[[Rik Bressers|oth]]", "wethouder Dienstverlening", "gemeente Oss", "[[12 november 2024|dt]]"]],
            [0.28, 0.3, 0.24, 0.18], size=9, shade="#e2efda"),
        P("Wij danken alle geïnterviewden. De gespreksverslagen zijn ter verificatie aan hen voorgelegd; "
          "mevrouw [[Soekhai|P]] en de heer [[De Leeuw|P]] hebben aanvullingen gestuurd."),
        P("Bijlage 3 – Bronnen", "h1"),
        P("[[Ebbers|au]], M. (2022). Mystery calls als meetinstrument. Den Haag: NVRR.\n"
          "[[Van der Heijden|au]], P. & [[Rozemeijer|au]], S. (2021). Gemeentelijke dienstverlening in "
          "beeld. Utrecht: Berenschot.\n"
          "Gemeente Oss (2023). Werkinstructie KCC, versie 4.", "small"),
    ]
    return Doc("rekenkamer_bereikbaarheid_kcc_bijlagen.pdf", "nota", "lo", "Demiroglu, Y.",
               "Rekenkamer Oss KCC", "2025-01-31", body, font="Liberation Serif", size=10.5,
               running=[Running("Rekenkamer Oss – Eén keer bellen is genoeg?", "footer", "all", "right", 7.5)],
               opts={"margins": (25, 22, 24, 22)},
               note="rekenkamerrapport (uittreksel) met auteurs en rekenkamerleden (houden), geciteerde literatuur, "
                    "bijlage geïnterviewden (ambtenaren en stichtingsdirecteur lakken, wethouder houden), ‘De Leeuw’ "
                    "aan het zinsbegin, Arts als achternaam, voornaam in citaat, direct nummer naast 14 0412")


def annex_kamerbrief_english():
    body = [
        P("Annex 2 to the letter of the Minister of Infrastructure and Water Management of "
          "[[4 March 2025|dt]], reference [[IENW/BSK-2025/61427|ken]]", "small"),
        P("Report of the Dutch–Flemish working visit on maintenance dredging in the Scheldt estuary", "title"),
        P("Vlissingen and Antwerp, [[11–12 February 2025|dt]]", "h3"),
        P("1. Participants", "h1"),
        Tbl([["Name", "Role", "Organisation"],
             ["[[Robbert Tasma|min]]", "Minister of Infrastructure and Water Management", "Ministry of IenW"],
             ["[[Annelies Goossens-Verbeke|min]]", "Flemish Minister for Mobility and Public Works",
              "Flemish Government"],
             ["[[Thijs Dekkers|P]]", "senior policy officer", "DG Water and Soil, IenW"],
             ["[[Özlem Korkmaz|P]]", "legal adviser", "Rijkswaterstaat Sea and Delta"],
             ["[[Joris Vandenbempt|P]]", "head of unit", "Department of Mobility and Public Works, Maritime Access"],
             ["[[Katrien De Smedt|P]]", "project engineer", "Department of Mobility and Public Works"],
             ["[[Willem Kodde|oth]]", "Mayor", "Municipality of Vlissingen"],
             ["[[Liesbeth Vercammen|P]]", "secretary", "Flemish-Dutch Scheldt Commission (VNSC)"],
             ["[[Hendrik Meeusen|P]]", "harbour master", "Port of Antwerp-Bruges"]],
            [0.28, 0.4, 0.32], size=9, shade="#dddddd"),
        P("2. Summary of the discussions", "h1"),
        P("Minister [[Tasma|min]] opened the visit in Vlissingen. Mayor [[Kodde|oth]] described the importance "
          "of the fishing fleet and the ferry to Breskens for the town. Mr [[Dekkers|P]] presented the "
          "monitoring results for 2024, which follow the sediment model of [[Van Rompaey|au]] and "
          "[[Baeyens|au]] (2023). The volume dredged in the Western Scheldt remained within the permit."),
        P("Ms [[Korkmaz|P]] explained the legal framework under the 2005 Scheldt Treaties and the role of the "
          "VNSC. Ms [[De Smedt|P]] and Mr [[Vandenbempt|P]] presented the Flemish plans for the disposal of "
          "dredged material near the Walsoorden sandbar. Harbour master [[Meeusen|P]] noted that larger "
          "container vessels increasingly depend on the tide window."),
        P("On [[12 February 2025|dt]] the delegation visited a dredging vessel of [[Jan De Nul|org]] near "
          "Bath. The ministers agreed to ask the VNSC for a joint assessment of the disposal strategy before "
          "the summer. Member of Parliament [[Eline Westerbeek|kl]] had asked about this assessment in the "
          "committee debate of [[29 January 2025|dt]]; it will be sent to the House of Representatives."),
        P("3. Follow-up", "h1"),
        P("Action points are coordinated by Mr [[Dekkers|P]] ([[t.dekkers@minienw.nl|E]], [[+31 6 4172 8830|T]]) "
          "and, on the Flemish side, by the Maritime Access department ([[maritieme.toegang@vlaanderen.be|mb]], "
          "[[+32 3 222 08 11|gn]]). The secretariat of the VNSC can be reached at [[secretariaat@vnsc.eu|mb]]."),
        P("The Dutch delegation thanks [[Özlem|P]] and [[Liesbeth|P]] for organising the visit at short notice, "
          "and the crew of the survey vessel for their hospitality."),
    ]
    return Doc("annex_kamerbrief_scheldt_working_visit.pdf", "brief", "rl-std", "Dekkers, T.",
               "Annex 2 working visit Scheldt", "2025-03-04", body, font="Times-Roman", size=10.5,
               running=[Running("Annex 2 – Working visit Scheldt estuary – [[IENW/BSK-2025/61427|ken]]", "footer",
                                "all", "center", 7.5)],
               opts={"margins": (25, 25, 22, 22)},
               note="Engelstalige bijlage bij een Kamerbrief: Nederlandse en Vlaamse minister, burgemeester, "
                    "Kamerlid en auteurs (houden), Nederlandse en Vlaamse ambtenaren met ‘Mr/Ms’ (lakken), Vlaamse "
                    "‘De Smedt’ met hoofdletter, havenmeester, baggerbedrijf met persoonsnaam (houden), voornamen in "
                    "dankwoord, +31 6 privé naast +32 algemeen")



def lijst_ingekomen_stukken():
    rows = [["Nr.", "Datum", "Afzender", "Onderwerp", "Voorstel afdoening", "Beh."],
            ["1", "[[3 maart 2025|dt]]", "[[Rami Al-Khatib|P]], Harderwijk",
             "Verzoek om een gehandicaptenparkeerplaats bij zijn woning aan de [[Stationslaan 61|A]]; de heer "
             "[[Al-Khatib|P]] gebruikt een rolstoel.", "In handen van het college ter afdoening", "[[GK|I]]"],
            ["2", "[[5 maart 2025|dt]]", "[[Vereniging Oud Harderwijk|org]]",
             "Zienswijze over de sloop van de oude visafslag.", "Betrekken bij de behandeling van het raadsvoorstel "
             "Boulevard Zuid", "[[TvL|I]]"],
            ["3", "[[5 maart 2025|dt]]", "[[P. Visser|P]], beroepsvisser",
             "Bezwaar tegen het nieuwe havenreglement. De heer [[Visser|P]] vraagt om een gesprek met de "
             "havenmeester.", "In handen van het college ter afdoening", "[[TvL|I]]"],
            ["4", "[[6 maart 2025|dt]]", "Minister van Binnenlandse Zaken en Koninkrijksrelaties, "
             "[[Marieke Ossewaarde|min]]", "Circulaire over de gemeentefondsuitkering 2025.", "Ter kennisname",
             "–"],
            ["5", "[[10 maart 2025|dt]]", "[[Farida Noorzai|P]] en 23 andere bewoners van de Vondellaan",
             "Petitie tegen het kappen van de lindes. Contactpersoon: mevrouw [[Noorzai|P]], "
             "[[f.noorzai@outlook.com|E]].", "Agenderen voor de commissie Ruimte", "[[GK|I]]"],
            ["6", "[[11 maart 2025|dt]]", "Commissaris van de Koning [[Hendrik-Jan Vennegoor|oth]]",
             "Uitnodiging voor de Dag van de Gelderse Gemeenteraden.", "Ter kennisname", "–"],
            ["7", "[[12 maart 2025|dt]]", "[[João Furtado|P]], namens [[Stichting Vrienden van het "
             "Catharinagasthuis|org]]", "Verzoek om een bijdrage in de restauratie van het gasthuis.",
             "In handen van het college ter afdoening", "[[MdJ|I]]"],
            ["8", "[[14 maart 2025|dt]]", "[[Baker Tilly|org]], accountant",
             "Managementletter 2024.", "Betrekken bij de behandeling van de jaarrekening in de auditcommissie",
             "[[MdJ|I]]"],
            ["9", "[[17 maart 2025|dt]]", "[[Shu Fen Chan|P]], Hierden",
             "Klacht over de afhandeling van haar melding over geluidsoverlast van de Zeebodemweg. Mevrouw "
             "[[Chan|P]] schreef hierover eerder op [[2 december 2024|dt]].",
             "Doorgeleiden naar de klachtcoördinator", "[[GK|I]]"],
            ["10", "[[18 maart 2025|dt]]", "raadslid [[Jorien Weggeman|oth]] (ChristenUnie)",
             "Technische vragen over de grondexploitatie Drielanden-West.", "Beantwoording door het college",
             "[[MdJ|I]]"],
            ["11", "[[19 maart 2025|dt]]", "[[Kees-Jan Molenaar|P]], bewonersgroep Stadsdennen",
             "Verzoek om in te spreken over de kap; de [[molenaar|w]] van molen De Hoop steunt het verzoek.",
             "Inspreken in de commissie Ruimte van [[1 april 2025|dt]]", "[[TvL|I]]"],
            ["12", "[[20 maart 2025|dt]]", "anoniem",
             "Brief over het functioneren van een medewerker van Burgerzaken (naam bekend bij de griffie).",
             "Niet in behandeling; anonieme brieven worden niet geagendeerd", "–"]]
    body = [
        P("Gemeenteraad Harderwijk", size=10),
        P("Lijst van ingekomen stukken", "title"),
        P("voor de raadsvergadering van [[10 april 2025|dt]] (periode [[3 maart|dt]] – [[20 maart 2025|dt]])", "h3"),
        P("Het presidium stelt de raad voor de stukken af te doen zoals in de laatste kolom staat. Raadsleden "
          "kunnen tot de vergadering voorstellen een stuk anders af te doen. De stukken liggen ter inzage bij de "
          "griffie; brieven van inwoners alleen voor raadsleden."),
        Tbl(rows, [0.05, 0.12, 0.2, 0.33, 0.22, 0.08], size=8.5, shade="#fbe5d6"),
        P("Beh. = behandelend medewerker van de griffie of het ambtelijk contact (initialen).", "small"),
        P("Vragen over deze lijst: [[griffie@harderwijk.nl|mb]] of [[0341 411 911|gn]]. Contactpersoon griffie: "
          "[[Tamara van Lochem|P]] ([[TvL|I]]).", "small"),
    ]
    return Doc("lijst_ingekomen_stukken_raad.pdf", "inventaris", "rl-ttf", "Lochem, T. van",
               "Lijst ingekomen stukken 10 april 2025", "2025-03-21", body, font="LiberationSansNarrow", size=10,
               running=[Running("Griffie gemeente Harderwijk – lijst ingekomen stukken – raad [[10 april 2025|dt]]",
                                "footer", "all", "left", 7.5)],
               opts={"margins": (20, 18, 20, 20)},
               note="lijst van ingekomen stukken voor de gemeenteraad (tabel): inwoners als afzender met adres, "
                    "e-mail en gezondheidsgegeven (lakken), vereniging, stichting en accountant met persoonsnaam "
                    "(houden), minister, CdK en raadslid (houden), Molenaar naast ‘de molenaar’, Visser naast "
                    "‘beroepsvisser’, Chinees-Nederlandse en Arabische dubbele naam, initialen in een kolom")


def docs():
    return [intake_integriteitsmelding(), jaarverslag_bezwaarcommissie(), rekenkamer_bijlage(),
            annex_kamerbrief_english(), lijst_ingekomen_stukken()]
