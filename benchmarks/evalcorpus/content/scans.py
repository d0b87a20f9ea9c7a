"""Scanned documents: image-only PDFs (one with a copier-style invisible OCR layer).
Counts refer to the text the page images were rendered from (text/<stem>.txt)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def burgerbrief_kwijtschelding():
    body = [
        P("[[Dewi Sastrowardoyo-Pinas|P]]\n[[Burgemeester Grothestraat 41|A]]\n[[1782 CK|Z]] Den Helder\n"
          "tel. [[06 2418 9930|T]]\n[[dewi.pinas@outlook.com|E]]"),
        Sp(8),
        P("Gemeente Den Helder\nt.a.v. afdeling Belastingen\nPostbus 36\n1780 AA Den Helder"),
        Sp(6),
        P("Den Helder, [[3 juni 2024|dt]]"),
        P("Betreft: bezwaar tegen afwijzing kwijtschelding, aanslagnummer [[2024.118.40672|ken]]"),
        Sp(3),
        P("Geachte heer, mevrouw,"),
        P("Hierbij maak ik bezwaar tegen uw besluit van [[21 mei 2024|dt]] waarin u mijn verzoek om "
          "kwijtschelding van de gemeentelijke belastingen 2024 afwijst. Mijn gegevens zijn:"),
        Tbl([["Naam", "[[D. Sastrowardoyo-Pinas|P]]"],
             ["Geboortedatum", "[[17-08-1986|D]]"],
             ["BSN", "[[3909.96.038|B]]"],
             ["Rekeningnummer", "[[NL41 RABO 0318 8224 09|N]]"]],
            [0.3, 0.7], header=False, size=10.5, grid=False),
        P("U schrijft dat ik te veel vermogen heb omdat mijn auto meer waard zou zijn dan € 3.350. Dat klopt "
          "niet. Het gaat om een Toyota Yaris uit 2011 met kenteken [[58-HNK-4|L]] en ruim 240.000 km op de "
          "teller. Volgens de ANWB is de auto hooguit € 2.100 waard. Ik heb de auto nodig om mijn moeder te "
          "verzorgen, die in Julianadorp woont."),
        P("Ook heeft u het spaargeld van mijn zoon [[Rayen|P]] meegeteld. Dat geld staat op zijn eigen "
          "rekening en is van zijn bijbaan bij de Albert Heijn. Hij is 17 en dat geld is niet van mij."),
        P("Ik heb op [[28 mei|dt]] gebeld met uw afdeling. Ik sprak een mevrouw die zei dat ze [[Lisanne|P]] "
          "heette. Zij zei dat ik een bezwaar moest sturen met een taxatie van de auto. Die stuur ik mee. Ook "
          "stuur ik de bankafschriften van de laatste drie maanden mee."),
        P("Mijn buurvrouw, mevrouw [[Tineke Schaap|P]], wil bevestigen dat de auto al maanden problemen heeft "
          "met de koppeling. U kunt haar bellen op [[06 5190 2273|T]]."),
        P("Ik vraag u om het besluit te herzien en mij alsnog kwijtschelding te geven. Als u vragen heeft, "
          "kunt u mij het best na 16.00 uur bellen."),
        Sp(4),
        P("Met vriendelijke groet,"),
        Sig(4711, 52, 18),
        P("[[D. Sastrowardoyo|S]]"),
        Sp(6),
        P("Bijlagen: taxatierapport auto, bankafschriften maart–mei", "small"),
    ]
    return Doc("burgerbrief_bezwaar_kwijtschelding_scan.pdf", "burgerbrief", "scan", None,
               "Scan 20240605 0914", "2024-06-05", body, font="LiberationSerif", size=11,
               opts={"margins": (28, 25, 28, 25)},
               scan={"via": "rl-ttf", "mode": "gray", "seed": 31, "rot": [0.7, -0.4], "noise": 8,
                     "quality": 60, "shade": 12, "specks": 0.0003},
               note="brief van inwoner met BSN, IBAN, geboortedatum, kenteken, buurvrouw; handtekening")


def verslag_hoorzitting():
    body = [
        P("Commissie bezwaarschriften gemeente Amersfoort", "h2"),
        P("Verslag van de hoorzitting", "title", size=15),
        KV([("Datum en tijd", "[[10 april 2024|dt]], 14.00 – 15.10 uur"),
            ("Zaaknummer", "[[BZW-2024-0093|ken]]"),
            ("Bezwaar van", "de heer [[A.H. (Arjen) de Vries-Lammertink|P]]"),
            ("Tegen", "het besluit van [[9 januari 2024|dt]] tot weigering van een omgevingsvergunning voor "
                      "een dakopbouw op de woning [[Kapelweg 58|A]]")],
           label_w=0.25, style="plain", size=10),
        P("Aanwezig", "h3"),
        P("Commissie: [[mr. Ingrid Scheffer|P]] (voorzitter),\n[[drs. Gerrit Nijhof|P]] (lid),\n"
          "[[mr. Chantal Wijnhoud-Kaddouri|P]] (lid)\nSecretaris: [[Marco Ravelli|P]]\n"
          "Bezwaarmaker: de heer [[De Vries-Lammertink|P]], bijgestaan door [[mr. Johan Tersteeg|P]] "
          "(advocaat, Tersteeg Advocaten)\nNamens het college: [[Pauline Brink|P]] (jurist) en "
          "[[Ahmed Bouzidi|P]] (vergunningverlener)"),
        P("Opening", "h3"),
        P("De voorzitter opent de zitting en legt uit dat de commissie onafhankelijk is en het college "
          "adviseert. Zij wijst erop dat een verslag wordt gemaakt dat bij het advies wordt gevoegd."),
        P("Toelichting bezwaarmaker", "h3"),
        P("[[Mr. Tersteeg|P]] voert aan dat het college ten onrechte heeft aangenomen dat de dakopbouw het "
          "straatbeeld aantast. In dezelfde straat hebben de nummers 44 en 62 al een opbouw. De welstandscommissie "
          "heeft volgens hem alleen naar de kleur van de gevelbekleding gekeken. De heer "
          "[[De Vries-Lammertink|P]] vult aan dat hij de opbouw nodig heeft omdat zijn schoonmoeder bij het "
          "gezin komt wonen. Hij heeft in 2022 met de toenmalige behandelaar, de heer [[Bouzidi|P]], gesproken "
          "en kreeg toen de indruk dat een vergunning haalbaar was."),
        P("Toelichting college", "h3"),
        P("Mevrouw [[Brink|P]] licht toe dat de woningen 44 en 62 vóór 2015 zijn vergund, onder het oude "
          "bestemmingsplan. Het huidige plan staat een opbouw alleen toe als die minimaal 3 meter terugligt "
          "van de voorgevel. [[Bouzidi|P]] bevestigt het gesprek in 2022, maar zegt dat hij toen uitdrukkelijk "
          "heeft gewezen op die eis."),
        P("Vragen van de commissie", "h3"),
        P("[[Nijhof|P]] vraagt of een aangepast ontwerp met een teruggelegde opbouw is overwogen. De "
          "bezwaarmaker antwoordt dat dan de trap niet meer past. Mevrouw [[Wijnhoud-Kaddouri|P]] vraagt of er "
          "een mogelijkheid is om af te wijken van het bestemmingsplan. Mevrouw [[Brink|P]] zegt dat dit "
          "kan met een buitenplanse omgevingsplanactiviteit, maar dat het college dat tot nu toe niet heeft "
          "gedaan voor opbouwen aan de voorzijde."),
        P("Afsluiting", "h3"),
        P("De voorzitter sluit de zitting om 15.10 uur. De commissie brengt binnen zes weken advies uit aan het "
          "college. Partijen ontvangen een afschrift van dit verslag. Voor vragen: "
          "[[bezwaarschriften@amersfoort.nl|mb]]."),
        Sp(4),
        P("Vastgesteld door de secretaris, [[M. Ravelli|P]]", "small"),
    ]
    return Doc("verslag_hoorzitting_dakopbouw_scan.pdf", "verslag", "scan", "Ravelli, M.",
               "Verslag hoorzitting", "2024-04-12", body, font="Arial", size=11,
               opts={"margins": (25, 22, 22, 20)},
               running=[Running("Verslag hoorzitting [[BZW-2024-0093|ken]]", "footer", "all", "right", 8)],
               scan={"via": "lo", "mode": "bilevel", "seed": 57, "rot": [-0.5, 0.3], "noise": 10,
                     "threshold": 150, "specks": 0.0002},
               note="verslag hoorzitting bezwaarcommissie, bilevel scan")


def aanvraag_milieuzone():
    body = [
        P("**Gemeente Arnhem** – Aanvraag ontheffing milieuzone", "h1", size=13),
        P("Stuur dit formulier naar Gemeente Arnhem, Postbus 9200, 6800 HA Arnhem of mail het naar "
          "[[milieuzone@arnhem.nl|mb]]. Vragen? Bel [[14 026|gn]].", "small"),
        Tbl([["1. Gegevens aanvrager", ""],
             ["Voorletters en achternaam", "[[P.W.M. van Kessel|P]]"],
             ["Geboortedatum", "[[03-11-1958|D]]"],
             ["Straat en huisnummer", "[[Sonsbeeksingel 112|A]]"],
             ["Postcode en plaats", "[[6814 AG|Z]] Arnhem"],
             ["Telefoon", "[[026 442 7310|T]]"],
             ["E-mail", "[[pwm.vankessel@kpnmail.nl|E]]"]],
            [0.38, 0.62], header=True, size=10, shade="#cfcfcf"),
        Tbl([["2. Gegevens voertuig", ""],
             ["Kenteken", "[[VR-86-LX|L]]"],
             ["Merk en type", "Volkswagen Transporter (diesel, 2008)"],
             ["Euroklasse", "4"]],
            [0.38, 0.62], header=True, size=10, shade="#cfcfcf"),
        Tbl([["3. Reden van de aanvraag", ""],
             ["Soort ontheffing", "[X] dagontheffing   [ ] jaarontheffing   [ ] ontheffing voor bijzonder voertuig"],
             ["Toelichting", "Ik ben gepensioneerd schilder en help op 14 en 15 juni mijn dochter met de "
                             "verhuizing naar de [[Steenstraat|pl]]. Een nieuwe bus kan ik niet betalen."]],
            [0.38, 0.62], header=True, size=10, shade="#cfcfcf"),
        Tbl([["4. Ondertekening", ""],
             ["Plaats en datum", "Arnhem, [[27 mei 2024|dt]]"],
             ["Naam", "[[P.W.M. van Kessel|P]]"],
             ["Handtekening", ""]],
            [0.38, 0.62], header=True, size=10, shade="#cfcfcf"),
        Sig(9902, 42, 14),
        Sp(4),
        P("In te vullen door de gemeente", "h3"),
        Tbl([["Ontvangen", "[[28-05-2024|dt]]", "Behandelaar", "[[N. Oskam|P]]"],
             ["Besluit", "toegekend (2 dagen)", "Zaaknummer", "[[MZ-2024-03318|ken]]"]],
            [0.2, 0.3, 0.2, 0.3], header=False, size=9),
    ]
    return Doc("aanvraag_ontheffing_milieuzone_scan.pdf", "burgerbrief", "scan", None,
               "Scan formulier", "2024-05-28", body, font="Helvetica", size=10,
               opts={"margins": (20, 20, 18, 18)},
               scan={"via": "rl-std", "mode": "gray", "seed": 77, "rot": [-0.9], "noise": 6, "quality": 70,
                     "shade": 6, "ocr_layer": True},
               note="ingevuld aanvraagformulier, scan met onzichtbare OCR-laag (kopieerapparaat)")


def proces_verbaal():
    body = [
        P("PROCES-VERBAAL VAN BEVINDINGEN", "h1", size=12),
        P("Gemeente Rotterdam – Stadsbeheer, afdeling Toezicht en Handhaving", "body"),
        P("Nummer: [[PV-ROT-2024-071455|ken]]", "body"),
        HR(),
        P("Ik, verbalisant, [[Marvin Sedney|P]], buitengewoon opsporingsambtenaar, werkzaam bij de gemeente "
          "Rotterdam, BOA-nummer [[B-20331|O]], verklaar het volgende:"),
        P("Op dinsdag [[20 augustus 2024|dt]], omstreeks 14.20 uur, bevond ik mij in uniform, samen met mijn "
          "collega [[Jolanda Rijsdijk|P]] (BOA-nummer [[B-19872|O]]), op de [[Beijerlandselaan|pl]] ter hoogte "
          "van perceel 161 te Rotterdam."),
        P("Daar zag ik dat naast een ondergrondse container een hoeveelheid huisraad was neergezet: een "
          "matras, twee keukenstoelen en vier vuilniszakken. In een van de zakken trof ik een envelop aan "
          "gericht aan:"),
        P("[[J. Kromodikoro|P]]\n[[Hilledijk 88-C|A]]\n[[3074 CE|Z]] Rotterdam", "mono"),
        P("Op hetzelfde moment zag ik dat een persoon uit een bestelauto, kenteken [[VSK-41-D|L]], een vijfde "
          "zak bij de container zette. Ik heb de persoon aangesproken. Op mijn vordering gaf hij op te zijn:"),
        Tbl([["Achternaam", "[[Kromodikoro|P]]"], ["Voornamen", "[[Johnny Ravindra|P]]"],
             ["Geboren", "[[09-04-1991|D]] te Paramaribo"], ["Adres", "[[Hilledijk 88-C|A]], Rotterdam"],
             ["Identiteitsbewijs", "rijbewijs, nummer [[5301844921|O]]"]],
            [0.3, 0.7], header=False, size=10, grid=False),
        P("De heer [[Kromodikoro|P]] verklaarde: “Ik ben aan het verhuizen en de grofvuildienst kan pas over "
          "drie weken komen. Ik dacht dat het hier wel kon.” Ik heb hem meegedeeld dat hij een bestuurlijke "
          "strafbeschikking zal ontvangen wegens het plaatsen van afval naast een container (artikel 10.22 "
          "APV). Mijn collega [[Rijsdijk|P]] heeft foto's gemaakt (bijlage 1 t/m 4)."),
        P("De heer [[Kromodikoro|P]] heeft het afval op mijn aanwijzing in de bestelauto teruggeplaatst."),
        P("Waarvan door mij is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende te Rotterdam op "
          "[[20 augustus 2024|dt]]."),
        Sp(4),
        P("De verbalisant,\n[[M. Sedney|P]]"),
    ]
    return Doc("proces_verbaal_afvaldumping_scan.pdf", "verslag", "scan", "Sedney, M.",
               "PV bevindingen", "2024-08-21", body, font="Courier", size=10,
               opts={"margins": (25, 25, 25, 22), "mono": "Courier", "leading": 1.35},
               scan={"via": "rl-std", "mode": "gray", "seed": 12, "rot": [0.45], "noise": 9, "quality": 55,
                     "shade": 14, "streak": True},
               note="proces-verbaal boa: boa-nummers, geboortedatum, rijbewijsnummer, kenteken")


def besluit_burgemeester():
    body = [
        P("DE BURGEMEESTER VAN VENLO", "center", size=13),
        Sp(4),
        P("Besluit aanwijzing veiligheidsrisicogebied Venlo-Oost", "title", size=14),
        P("Kenmerk [[BM/2024/0311|ken]]", "small"),
        P("De burgemeester van Venlo,"),
        P("overwegende dat in de periode van [[1 februari|dt]] tot en met [[15 maart 2024|dt]] in het gebied "
          "rond de [[Sint Martinuskerk|pl]] en de [[Keulsepoort|pl]] vijf incidenten met vuurwapens en "
          "explosieven hebben plaatsgevonden;"),
        P("overwegende dat de politie, in de persoon van de districtschef, op [[18 maart 2024|dt]] heeft "
          "geadviseerd het gebied aan te wijzen als veiligheidsrisicogebied;"),
        P("gelet op artikel 151b van de Gemeentewet en artikel 2:76 van de Algemene Plaatselijke Verordening "
          "Venlo 2023;"),
        P("gehoord de gemeenteraad in de vergadering van [[20 maart 2024|dt]], waarbij de raadsleden "
          "[[Pouwels|oth]] (Venlokaal) en [[El Bouazzaoui|oth]] (GroenLinks) vragen hebben gesteld over de "
          "duur van de aanwijzing;"),
        P("BESLUIT:", "h2"),
        P("1. Het gebied zoals aangegeven op de kaart in de bijlage aan te wijzen als veiligheidsrisicogebied "
          "voor de periode van [[22 maart 2024|dt]] tot en met [[21 juni 2024|dt]]."),
        P("2. Dit besluit in te trekken zodra de officier van justitie de bevoegdheid tot preventief "
          "fouilleren niet langer nodig acht."),
        P("3. Dit besluit bekend te maken in het Gemeenteblad."),
        Sp(3),
        P("Venlo, [[21 maart 2024|dt]]"),
        P("de burgemeester van Venlo,"),
        Sig(1234, 46, 16),
        P("[[A.M.J. Roelofs-Scheepers|oth]]"),
        Sp(4),
        P("Bezwaar: binnen zes weken na bekendmaking bij de burgemeester van Venlo, Postbus 3434, 5902 RK "
          "Venlo.", "small"),
    ]
    return Doc("besluit_burgemeester_veiligheidsrisicogebied_scan.pdf", "besluit", "scan", None,
               "Scan besluit", "2024-03-21", body, font="Times New Roman", size=11.5,
               opts={"margins": (28, 25, 28, 25)},
               scan={"via": "lo", "mode": "gray", "seed": 5, "rot": [-0.6], "noise": 7, "quality": 58, "shade": 8},
               note="besluit burgemeester, scan; geen lakking (burgemeester, raadsleden; handtekening burgemeester)")


def docs():
    return [burgerbrief_kwijtschelding(), verslag_hoorzitting(), aanvraag_milieuzone(), proces_verbaal(),
            besluit_burgemeester()]
