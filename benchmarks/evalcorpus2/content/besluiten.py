"""Decisions: Woo-besluit with inventory, subsidy decision, permit decision."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def woo_windpark():
    inv = [["Nr.", "Datum", "Omschrijving", "Beoordeling", "Grond"],
           ["1", "[[12-01-2023|dt]]", "E-mail initiatiefnemer aan provincie over planning", "deels openbaar", "5.1.2e"],
           ["2", "[[02-02-2023|dt]]", "Verslag overleg dorpsbelang Hegebeintum", "deels openbaar", "5.1.2e"],
           ["3", "[[16-02-2023|dt]]", "Notitie slagschaduw, versie 0.3", "openbaar", "–"],
           ["4", "[[08-03-2023|dt]]", "E-mailwisseling [[Wijbenga|P]] en Windkoöperaasje Noard", "deels openbaar",
            "5.1.2e"],
           ["5", "[[21-03-2023|dt]]", "Geluidsrapport Bureau Lûd en Lân", "reeds openbaar", "–"],
           ["6", "[[04-04-2023|dt]]", "Intern memo aan gedeputeerde [[Rinsma|oth]]", "deels openbaar", "5.1.2e, 5.2.1"],
           ["7", "[[19-04-2023|dt]]", "Brief van omwonende over vergunningprocedure", "deels openbaar", "5.1.2e"],
           ["8", "[[11-05-2023|dt]]", "Agenda en presentatie informatieavond Ferwert", "openbaar", "–"],
           ["9", "[[30-05-2023|dt]]", "Appberichten projectteam (export)", "deels openbaar", "5.1.2e"],
           ["10", "[[14-06-2023|dt]]", "Concept-besluit GS, met tekstvoorstellen", "niet openbaar", "5.2.1"],
           ["11", "[[27-06-2023|dt]]", "Aantekeningen telefoongesprek met [[mevrouw Tadesse|P]]", "deels openbaar",
            "5.1.2e"],
           ["12", "[[03-07-2023|dt]]", "Besluit Gedeputeerde Staten (gepubliceerd)", "reeds openbaar", "–"]]
    body = [
        P("Provinsje Fryslân · Provincie Fryslân", "small"),
        Sp(6),
        P("Aangetekend en per e-mail\nMevrouw [[B. Hoekstra-Yılmaz|P]]\n[[Dijkshoek 23|A]]\n[[9172 GM|Z]] Ferwert"),
        Sp(4),
        KV([("Ons kenmerk", "[[WOO-FRL-2024-0137|ken]]"), ("Uw verzoek van", "[[9 januari 2024|dt]]"),
            ("Behandeld door", "[[Oane Wijbenga|P]]"), ("Telefoon", "[[058 292 84 17|T]]"),
            ("E-mail", "[[o.wijbenga@fryslan.frl|E]]"), ("Datum", "[[5 maart 2024|dt]]")],
           label_w=0.25, style="plain", size=9),
        P("Onderwerp: besluit op uw Woo-verzoek over Windpark Hegebeintum", "h2"),
        P("Geachte mevrouw [[Hoekstra-Yılmaz|P]],"),
        P("Op [[9 januari 2024|dt]] hebben wij uw verzoek ontvangen op grond van de Wet open overheid (Woo). U "
          "vraagt om alle documenten over de vergunningverlening voor Windpark Hegebeintum uit de periode januari "
          "tot en met juli 2023. In deze brief leest u ons besluit."),
        P("Verloop van de procedure", "h3"),
        P("Wij hebben de ontvangst van uw verzoek bevestigd op [[11 januari 2024|dt]]. Op [[2 februari 2024|dt]] "
          "hebben wij de beslistermijn met twee weken verdaagd, omdat de initiatiefnemer Windkoöperaasje Noard U.A. "
          "de gelegenheid moest krijgen een zienswijze te geven. De coöperatie heeft op [[16 februari 2024|dt]] "
          "laten weten geen bezwaar te hebben tegen openbaarmaking, behalve van de namen en contactgegevens van "
          "haar medewerkers en leden."),
        P("Zoekslag", "h3"),
        P("De zoekslag is uitgevoerd in het zaaksysteem, de mailboxen van de betrokken medewerkers van de afdeling "
          "Omgeving en in de projectmap. Ook is gezocht in de mailbox van het secretariaat van gedeputeerde "
          "[[Klaske Rinsma|oth]]. Dat leverde 12 documenten op. Die staan in de inventarislijst in de bijlage."),
        P("Besluit", "h3"),
        P("Wij maken de documenten 3, 8 geheel openbaar en de documenten 1, 2, 4, 6, 7, 9 en 11 gedeeltelijk. "
          "Document 10 maken wij niet openbaar. De documenten 5 en 12 zijn al openbaar; u vindt ze op "
          "[[www.fryslan.frl/windpark-hegebeintum|gn]]. Het geluidsrapport (document 5) is geschreven door "
          "[[ir. Marten Oosterhof|au]] en [[Lysbeth Zandstra|au]] van Bureau Lûd en Lân; wij verwijzen naar "
          "de gepubliceerde versie."),
        P("Overwegingen", "h3"),
        P("In de documenten staan namen, telefoonnummers en e-mailadressen van medewerkers van de provincie en van "
          "de coöperatie, en gegevens van omwonenden. Het belang van openbaarheid weegt niet op tegen de "
          "bescherming van hun persoonlijke levenssfeer (artikel 5.1, tweede lid, onder e, Woo). Namen van "
          "gedeputeerden en van de burgemeester van Noardeast-Fryslân, de heer [[Durk Stellingwerf|oth]], maken "
          "wij wel openbaar, omdat zij hun publieke functie uitoefenen."),
        P("Document 10 is een concept met persoonlijke beleidsopvattingen van medewerkers, bedoeld voor intern "
          "beraad. Het definitieve besluit is al openbaar. Wij zien geen reden om het concept toch te verstrekken "
          "(artikel 5.2, eerste lid, Woo)."),
        P("Bezwaar", "h3"),
        P("Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending bezwaar "
          "maken bij Gedeputeerde Staten van Fryslân, Postbus 20120, 8900 HM Leeuwarden, of via "
          "[[woo@fryslan.frl|mb]]. Heeft u vragen? Bel dan ons algemene nummer [[058 292 59 25|gn]]."),
        Sp(3),
        P("Gedeputeerde Staten van Fryslân,\nnamens dezen,"),
        Sp(8),
        P("[[mr. Hylke Dijkstra-Bouma|P]]\nafdelingshoofd Juridische Zaken"),
        PB(),
        P("Bijlage – Inventarislijst [[WOO-FRL-2024-0137|ken]]", "h2"),
        Tbl(inv, [0.07, 0.14, 0.47, 0.17, 0.15], size=8.5),
        P("Toelichting: de gronden zijn aangeduid als artikelnummer van de Woo. ‘Reeds openbaar’ betekent dat het "
          "document al op de website van de provincie staat.", "small"),
        P("Bij document 7 en 11: het gaat om een omwonende die ons meerdere keren heeft gebeld over de afstand van "
          "de turbines tot haar woning. Haar naam en adres zijn gelakt. Hetzelfde geldt voor de namen van de "
          "leden van dorpsbelang in document 2.", "small"),
    ]
    return Doc("besluit_woo_windpark_hegebeintum.pdf", "besluit", "rl-ttf", "Wijbenga, O.",
               "Besluit Woo-verzoek Windpark Hegebeintum", "2024-03-05", body,
               running=[Running("[[WOO-FRL-2024-0137|ken]] · pagina {page}", "footer", "all", "right", 7.5)],
               font="DejaVuSerif", size=9.5,
               opts={"margins": (24, 22, 40, 22),
                     "logo": {"kind": "text", "lines": ["**Provincie Fryslân**"], "italic": False, "size": 13,
                              "color": "#0d4f8b"}},
               note="Woo-besluit met inventaristabel, verzoeker met Turks-Friese dubbele naam, ondertekening namens GS")


def subsidie_sport():
    body = [
        P("Gemeente Tilburg", "h1"),
        P("Stadhuisplein 130 · Postbus 90155 · 5000 LH Tilburg · [[14 013|gn]]", "small"),
        Sp(4),
        P("Stichting Buurtsport Reeshof\nt.a.v. mevrouw [[D. Akgündüz|P]], secretaris\nPostbus 4012\n5004 JA Tilburg"),
        Sp(4),
        Tbl([["Datum", "Kenmerk", "Behandelaar", "Doorkiesnummer"],
             ["[[18 april 2024|dt]]", "[[SUB-2024-00488|ken]]", "[[Marek Sadowski|P]]", "[[013 549 31 06|T]]"]],
            [0.22, 0.26, 0.28, 0.24], size=9, grid=False, shade=None),
        P("Onderwerp: subsidieverlening buurtsportcoach 2024–2025", "h2"),
        P("Geachte mevrouw [[Akgündüz|P]],"),
        P("Op [[4 maart 2024|dt]] heeft u namens Stichting Buurtsport Reeshof subsidie aangevraagd voor het project "
          "‘Reeshof Beweegt’. Met deze brief beslissen wij op uw aanvraag."),
        P("Besluit", "h2"),
        P("Wij verlenen u een subsidie van ten hoogste € 48.600 voor de periode [[1 mei 2024|dt]] tot en met "
          "[[30 april 2025|dt]]. Wij baseren dit besluit op de Algemene subsidieverordening Tilburg 2022 en de "
          "Subsidieregeling sport en bewegen in de wijk."),
        P("Wat gaat u doen?", "h2"),
        P("U zet twee buurtsportcoaches in op [[Sportpark Stokhasselt|pl]] en in de gymzalen van de "
          "[[Cornelis Bloemaertschool|org]] en de [[Prins Bernhardschool|org]]. U organiseert ten minste 120 "
          "activiteiten voor kinderen van 6 tot 14 jaar. In uw aanvraag noemt u de beoogde coaches bij naam, "
          "[[Jeroen Smulders|P]] en [[Anouar Bakkali|P]]. Wij hebben geen bezwaar tegen een andere invulling, "
          "zolang de coaches een diploma sport en bewegen niveau 4 hebben."),
        P("Voorwaarden en verplichtingen", "h2"),
        P("• U meldt wijzigingen in het project direct bij de behandelaar.\n"
          "• U levert vóór [[1 november 2024|dt]] een voortgangsverslag aan.\n"
          "• U vermeldt in communicatie over het project dat de gemeente het mogelijk maakt.\n"
          "• U werkt samen met het wijkteam Reeshof en met de [[Stichting Jan Pieter Heije Fonds|org]], die de "
          "zwemlessen betaalt."),
        P("Betaling", "h2"),
        P("Wij betalen een voorschot van 80 procent in vier termijnen op het rekeningnummer van de stichting dat "
          "bij ons bekend is. Het restant betalen wij na vaststelling."),
        P("Vaststelling", "h2"),
        P("U vraagt de vaststelling aan binnen dertien weken na afloop van het project. Daarbij stuurt u een "
          "inhoudelijk verslag en een financieel verslag. Wethouder [[Gijs Oomen-Ramdin|oth]] wil graag een "
          "werkbezoek brengen aan een van de activiteiten; uw contactpersoon bij de gemeente neemt daarover "
          "contact met u op."),
        P("Bezwaar", "h2"),
        P("Bent u het niet eens met dit besluit? Stuur dan binnen zes weken na de datum van deze brief een "
          "bezwaarschrift naar het college van burgemeester en wethouders, Postbus 90155, 5000 LH Tilburg. Meer "
          "informatie vindt u op [[www.tilburg.nl/bezwaar|gn]]."),
        Sp(2),
        P("Met vriendelijke groet,\nburgemeester en wethouders van Tilburg,\nnamens dezen,"),
        Sp(6),
        P("[[Ellen Verhoeven-Lataster|P]]\nteamleider Sport en Bewegen"),
        Sp(4),
        P("Kopie: [[Postbus Subsidiebureau|mb]] ([[subsidies@tilburg.nl|mb]])", "small"),
    ]
    return Doc("subsidiebeschikking_buurtsport_reeshof.pdf", "besluit", "lo", "Sadowski, Marek",
               "Subsidieverlening buurtsportcoach", "2024-04-18", body,
               running=[Running("[[SUB-2024-00488|ken]]", "header", "rest", "right", 8),
                        Running("Gemeente Tilburg – Sport en Bewegen", "footer", "all", "left", 7.5)],
               font="Liberation Sans Narrow", size=11, opts={"margins": (25, 25, 22, 20)},
               note="subsidiebeschikking aan stichting; kopregel als tabel met behandelaar; coaches bij naam")


def vergunning_mantelzorg():
    body = [
        P("Gemeente Rijssen-Holten", "title", size=14),
        P("Besluit omgevingsvergunning", "h1"),
        KV([("Zaaknummer", "[[OLO-8821047|ken]] / [[Z-2024-0711|ken]]"),
            ("Aanvragers", "de heer [[M. Bondarenko|P]] en mevrouw [[O. Bondarenko-Kramer|P]]"),
            ("Adres aanvragers", "[[Esstraat 51|A]], [[7461 BW|Z]] Rijssen"),
            ("Locatie activiteit", "[[Esstraat 51|A]] (achtererf)"),
            ("Activiteit", "bouwen van een mantelzorgwoning (bijgebouw, 58 m²)"),
            ("Datum besluit", "[[22 mei 2024|dt]]")],
           label_w=0.27, style="grid", size=10),
        P("Aanvraag", "h2"),
        P("Op [[2 april 2024|dt]] hebben wij uw aanvraag ontvangen voor het bouwen van een woonunit op het achtererf "
          "van uw woning. De unit is bestemd voor de moeder van mevrouw [[Bondarenko-Kramer|P]], die zorg nodig "
          "heeft. Uw aanvraag is ingediend door uw architect, [[Wietse Haagsma|P]] van Bouwadviesbureau Reggedal."),
        P("Besluit", "h2"),
        P("Wij verlenen de omgevingsvergunning voor de activiteiten ‘bouwen’ en ‘afwijken van het "
          "bestemmingsplan’. De vergunning geldt zolang er sprake is van mantelzorg. Als de mantelzorg stopt, moet "
          "de unit binnen een jaar weer als bijgebouw in gebruik zijn."),
        P("Overwegingen", "h2"),
        P("Het perceel ligt in het bestemmingsplan ‘Rijssen Kern 2019’. Het bijgebouw past niet binnen de regels "
          "over de maximale oppervlakte, maar artikel 22 van bijlage II bij het Besluit omgevingsrecht maakt een "
          "mantelzorgwoning op het erf mogelijk. De buurman, de heer [[Albert Koster|P]], heeft vooraf laten "
          "weten dat hij geen bezwaar heeft. Hij vroeg wel om een groene erfafscheiding."),
        P("Het achtererf grenst aan de oude pastorie, waar vroeger [[de koster|w]] van de [[Schildkerk|pl]] woonde. "
          "De pastorie is een gemeentelijk monument. De adviseur erfgoed heeft het ontwerp beoordeeld en vindt het "
          "passend, omdat de unit lager is dan de pastorie en een zadeldak met gebakken pannen krijgt."),
        P("Welstand", "h2"),
        P("Het ontwerp is op [[25 april 2024|dt]] voorgelegd aan de adviseur ruimtelijke kwaliteit, "
          "[[ing. Roelof Bannink|P]]. Hij adviseert positief."),
        P("Voorschriften", "h2"),
        P("1. U meldt de start van de bouw uiterlijk twee werkdagen van tevoren via [[toezicht@rijssen-holten.nl|mb]].\n"
          "2. Het bouwwerk wordt gebouwd volgens de goedgekeurde tekeningen (bijlage 1 tot en met 4).\n"
          "3. U meldt ons schriftelijk wanneer de mantelzorg is beëindigd.\n"
          "4. Bij het gereedmelden stuurt u de gegevens van de installateur mee."),
        P("Bezwaar", "h2"),
        P("Belanghebbenden kunnen binnen zes weken na verzending van dit besluit bezwaar maken bij het college. "
          "Vragen over dit besluit kunt u stellen via [[0548 854 854|gn]]."),
        Sp(2),
        P("Burgemeester en wethouders van Rijssen-Holten,\nnamens dezen,"),
        Sp(6),
        P("[[Femke Koster|P]]\nteamleider Vergunningen"),
        Sp(3),
        P("Dit besluit is ook verzonden aan: de heer [[A. Koster|P]], [[Esstraat 49|A]], Rijssen (ter informatie).",
          "small"),
    ]
    return Doc("omgevingsvergunning_mantelzorgwoning.pdf", "besluit", "lo", "Femke Koster",
               "Besluit omgevingsvergunning Esstraat", "2024-05-22", body,
               running=[Running("Besluit [[Z-2024-0711|ken]] – pagina", "footer", "all", "right", 8)],
               font="Times New Roman", size=11, opts={"margins": (27, 22, 22, 20)},
               note="omgevingsvergunning: aanvragers en buurman (lakken), teamleider Koster naast ‘de koster’ (houden)")


def docs():
    return [woo_windpark(), subsidie_sport(), vergunning_mantelzorg()]
