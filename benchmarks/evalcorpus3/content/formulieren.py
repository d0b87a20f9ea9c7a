"""Forms and a scan: an incident report form, a filled-in subsidy application and a scanned
handwritten-style note with a signature."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def meldingsformulier():
    body = [
        P("Meldingsformulier agressie en geweld (incident)", "title", size=14),
        P("Gemeente Deventer · Veilig Publieke Taak · in te vullen binnen 24 uur na het incident · "
          "intern vertrouwelijk", "small"),
        P("A. Gegevens melder", "h2"),
        KV([["Naam melder", "[[Lieke Brandsma-Okafor|P]]"],
            ["Personeelsnummer", "[[D-104377|O]]"],
            ["Afdeling / functie", "Publiekszaken / baliemedewerker burgerzaken"],
            ["Telefoon (werk)", "[[0570 69 33 81|T]]"],
            ["Telefoon (privé, voor nazorg)", "[[06 11 92 45 70|T]]"],
            ["Leidinggevende", "[[Co Verhagen|P]]"]], label_w=0.32, style="grid", size=9.5),
        P("B. Incident", "h2"),
        KV([["Datum en tijd", "[[3 december 2024|dt]], ca. 11.40 uur"],
            ["Locatie", "Stadhuis, balie 4 (paspoorten en rijbewijzen)"],
            ["Soort incident", "☒ verbale agressie ☒ bedreiging ☐ fysiek geweld ☐ vernieling"],
            ["Politie ingeschakeld", "☒ ja – registratienummer [[PL0600-2024388142|ken]]"]],
           label_w=0.32, style="grid", size=9.5),
        P("C. Gegevens betrokkene (dader)", "h2"),
        KV([["Naam", "[[Dragan Marković|P]]"],
            ["Geboortedatum", "[[02-06-1988|D]]"],
            ["Adres", "[[Van Twickelostraat 31|A]], [[7411 SC|Z]] Deventer"],
            ["Kenteken voertuig", "[[62-KZN-4|L]] (zwarte Opel, volgens collega)"],
            ["Eerder bekend?", "ja, incident [[11 maart 2024|dt]] (zie melding [[VPT-24-0087|ken]])"]],
           label_w=0.32, style="grid", size=9.5),
        P("D. Beschrijving", "h2"),
        P("Meneer kwam zijn rijbewijs ophalen, maar het was nog niet binnen bij het RDW. Toen ik dat uitlegde, "
          "werd hij boos en begon hij te schreeuwen. Hij zei: ‘Ik weet waar jullie wonen.’ Hij sloeg met zijn vuist "
          "op de balie. Mijn collega [[Ramon Flink|P]] (balie 3) heeft de beveiliging gewaarschuwd. De beveiliger, "
          "[[Sjaak Lenferink|P]] (Trigion), heeft meneer naar buiten begeleid. Een bezoeker, mevrouw "
          "[[Hennie Wolterink|P]], was getuige en heeft haar nummer achtergelaten ([[06-83 02 17 96|T]])."),
        P("Ik ben erg geschrokken. Ik heb de rest van de dag in de backoffice gewerkt. [[Ramon|P]] is met mij "
          "meegelopen naar de auto. Ik wil graag een gesprek met de vertrouwenspersoon."),
        P("E. Afhandeling (in te vullen door leidinggevende)", "h2"),
        KV([["Nazorg aangeboden", "☒ ja, gesprek op [[4 december 2024|dt]] met [[C. Verhagen|P]]"],
            ["Maatregel", "☒ waarschuwingsbrief burgemeester ☐ toegangsverbod ☐ aangifte door werkgever"],
            ["Afgehandeld door", "[[CV|I]] – paraaf coördinator VPT: [[MtB|I]]"],
            ["Doorgestuurd naar", "[[vpt@deventer.nl|mb]] en [[arbo@deventer.nl|mb]]"]],
           label_w=0.32, style="grid", size=9.5),
        P("De burgemeester ([[mr. R.F. van Aalst|oth]]) ondertekent waarschuwingsbrieven op advies van de "
          "coördinator VPT.", "small"),
    ]
    return Doc("meldingsformulier_agressie_balie.pdf", "formulier", "rl-ttf", "Brandsma-Okafor, L.",
               "Meldingsformulier incident", "2024-12-03", body, font="DejaVuSans", size=9.5,
               running=[Running("Formulier VPT-01 versie 2023-2 · intern", "footer", "all", "left", 7)],
               opts={"margins": (20, 20, 20, 20)},
               note="meldingsformulier met formuliervelden in rastertabellen: melder met personeelsnummer en "
                    "privénummer, dader met geboortedatum, adres en kenteken (9-XXX-9), getuige, beveiliger, "
                    "parafen CV en MtB")


def aanvraagformulier_subsidie():
    body = [
        P("Aanvraagformulier subsidie Initiatievenfonds Leefbaarheid 2025", "title", size=15),
        P("Gemeente Súdwest-Fryslân · retour via [[subsidies@sudwestfryslan.nl|mb]] · vragen: [[14 0515|gn]]",
          "small"),
        P("1. Gegevens aanvrager (organisatie)", "h2"),
        Tbl([["Naam organisatie", "Stichting Dorpsbelang Tsjerkwert"],
             ["Rechtsvorm", "stichting (in oprichting)"],
             ["KvK-nummer", "nog niet bekend"],
             ["Correspondentieadres", "p/a [[Tsjerkewei 9|A]], [[8762 JL|Z]] Tsjerkwert"],
             ["IBAN", "[[NL75 RABO 0371 5590 48|N]] (tijdelijk op naam van de penningmeester)"]],
            [0.35, 0.65], header=False, size=9.5),
        P("2. Contactpersoon", "h2"),
        Tbl([["Voorletters en achternaam", "[[G.A. Hoitinga|P]]"],
             ["Roepnaam", "[[Geartsje|P]]"],
             ["Functie in organisatie", "secretaris"],
             ["Telefoonnummer", "[[0515 54 12 90|T]]"],
             ["Mobiel", "[[06 2931 7764|T]]"],
             ["E-mailadres", "[[geartsje.hoitinga@hotmail.com|E]]"]],
            [0.35, 0.65], header=False, size=9.5),
        P("3. Het initiatief", "h2"),
        Tbl([["Naam van het initiatief", "Een AED en een bankje bij de Sint-Pieterskerk"],
             ["Korte omschrijving",
              "Het dorp heeft geen AED binnen zes minuten aanrijtijd. Wij willen een AED in een verwarmde kast "
              "aan de muur van de kerk, plus een bankje en een informatiebord. Eigenaar van de kerk is de "
              "[[Stichting Alde Fryske Tsjerken|org]]; die heeft toestemming gegeven (brief van "
              "[[8 januari 2025|dt]])."],
             ["Wie doen mee?",
              "Voorzitter: [[Rients de Vries-Dykstra|P]]. Verder [[Geartsje Hoitinga|P]] (secretaris) en "
              "[[Mirte Sânen|P]] (penningmeester). Twaalf burgerhulpverleners hebben zich aangemeld; cursus via "
              "EHBO-vereniging Wommels. De kast wordt geplaatst door klusbedrijf [[Jelle Boersma Bouw|org]]."],
             ["Startdatum", "[[1 april 2025|dt]]"]],
            [0.35, 0.65], header=False, size=9.5),
        P("4. Begroting", "h2"),
        Tbl([["Post", "Bedrag"],
             ["AED (Zoll AED 3) inclusief kast", "€ 2.350"],
             ["Bankje en informatiebord", "€ 780"],
             ["Plaatsing en aansluiting", "€ 420"],
             ["Totaal", "€ 3.550"],
             ["Eigen bijdrage (collecte en sponsoring)", "€ 1.050"],
             ["Gevraagde subsidie", "€ 2.500"]], [0.65, 0.35], size=9.5),
        P("5. Ondertekening", "h2"),
        P("Ondergetekende verklaart dit formulier naar waarheid te hebben ingevuld."),
        Tbl([["Plaats en datum", "Tsjerkwert, [[27 januari 2025|dt]]"],
             ["Naam", "[[Geartsje Hoitinga|P]]"]], [0.35, 0.65], header=False, size=9.5),
        Sig(7719, 42, 14),
        P("[[G. Hoitinga|S]]"),
        Sp(4),
        HR(),
        P("**In te vullen door de gemeente**", "small"),
        Tbl([["Ontvangen", "[[29-01-2025|dt]]"],
             ["Zaaknummer", "[[SWF-SUB-2025-0093|ken]]"],
             ["Behandelaar", "[[Auke Tilma|P]] (dorpencoördinator)"],
             ["Wethouder", "[[Baukje Feenstra-Hylkema|oth]]"], ["Advies", "toekennen, € 2.500"]],
            [0.35, 0.65], header=False, size=9),
    ]
    return Doc("aanvraagformulier_initiatievenfonds.pdf", "formulier", "lo", "Auke",
               "Aanvraagformulier Initiatievenfonds", "2025-01-27", body, font="Verdana", size=9.5,
               running=[Running("Initiatievenfonds Leefbaarheid – aanvraagformulier 2025 – pagina", "footer",
                                "all", "right", 7)],
               opts={"margins": (22, 22, 20, 20), "line_spacing": 1.1},
               note="ingevuld aanvraagformulier (tabel): stichting i.o. met correspondentieadres en IBAN van "
                    "bestuurslid, contactpersoon met voorletters en roepnaam, Friese namen met diakriet, "
                    "handtekening; bedrijf en stichting met persoonsnaam houden")


def notitie_handgeschreven_scan():
    body = [
        P("Notitie – gesprek bij de voordeur, [[Kerkpad 3|A]]", size=15),
        P("vrijdag [[24 mei 2024|dt]], ± 15.30 u", size=13),
        Sp(3),
        P("Gesproken met mevr. [[Wilhelmina (Mien) Okkerse|P]], ± 80 jr. Woont alleen. Buren "
          "([[fam. Sarmo|P]]) maken zich zorgen: post blijft liggen, lamp brandt dag en nacht.", size=13),
        P("Mevr. [[Okkerse|P]] zegt dat het goed gaat, maar kon niet zeggen welke dag het was. Koelkast bijna "
          "leeg. Dochter woont in Canada, zoon [[Kees Okkerse|P]] in Goes: [[06-51 77 03 48|T]] (gebeld, "
          "voicemail).", size=13),
        P("Afspraak: maandag langs met [[Naima|P]] (wijkverpleging). Melding naar Veilig Thuis? → eerst "
          "overleg met [[Ger|P]] (teamleider).", size=13),
        P("Huisarts: [[dr. Van de Velde-Rijk|P]], Kapelle.", size=13),
        Sp(4),
        P("[[Sander|P]] / sociaal team Kapelle", size=13),
        Sig(2290, 40, 14),
    ]
    return Doc("notitie_huisbezoek_handgeschreven_scan.pdf", "notitie", "scan", None,
               "SCAN0042", "2024-05-27", body, font="Z003", size=13,
               opts={"margins": (28, 28, 30, 24), "line_spacing": 1.25},
               scan={"via": "lo", "mode": "gray", "seed": 424, "rot": [1.1], "noise": 8, "quality": 55,
                     "shade": 18, "specks": 0.0004, "blur": 0.4},
               note="handgeschreven-stijl notitie (script-lettertype Z003), licht gedraaid en met ruis: "
                    "oudere inwoner met roepnaam tussen haakjes, buren, zoon met mobiel, voornamen van "
                    "collega’s, huisarts; handtekening-krabbel zonder naam")


def docs():
    return [meldingsformulier(), aanvraagformulier_subsidie(), notitie_handgeschreven_scan()]
