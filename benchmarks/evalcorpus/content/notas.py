"""Nota's: to a minister (Rijkshuisstijl colofon), a gedeputeerde, a wethouder; a beslisnota."""
from markup import KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def nota_ienw():
    c = [
        "**Directoraat-Generaal Mobiliteit**",
        "Directie Wegen en Verkeersveiligheid",
        "[[Rijnstraat 8|pl]]\n[[2515 XP Den Haag|pl]]\nPostbus 20901\n2500 EX Den Haag",
        "[[www.rijksoverheid.nl/ienw|gn]]",
        "**Contactpersoon**\n[[Fenna Brouwers-Agyeman|P]]\nbeleidsmedewerker geluid",
        "T [[06 4137 2290|T]]\n[[fenna.brouwers-agyeman@minienw.nl|E]]",
        "**Kenmerk**\n[[IENW/BSK-2024/118734|ken]]",
        "**Bijlagen**\n2",
    ]
    body = [
        P("Nota", "title"),
        P("**Aan** de minister van Infrastructuur en Waterstaat\n**Van** DG Mobiliteit\n"
          "**Datum** [[14 maart 2024|dt]]\n**Onderwerp** Extra geluidsschermen A27 Houten–Nieuwegein", "body"),
        Sp(3),
        P("Beslispunten", "h2"),
        P("U wordt gevraagd in te stemmen met de uitbreiding van het geluidsscherm langs de A27 ter hoogte van "
          "de wijk Schonauwen in [[Houten|pl]] met 640 meter, en met de financiering daarvan binnen het "
          "programma Geluid langs Rijkswegen.", "bullet"),
        P("U wordt gevraagd de bijgevoegde beantwoording van de Kamervragen van het lid "
          "[[Veldkamp-Nasser|kl]] (NSC) te ondertekenen.", "bullet"),
        P("Aanleiding", "h2"),
        P("Bewoners van Schonauwen klagen sinds de ingebruikname van de verbrede A27 over nachtelijk geluid. "
          "Het lid [[Veldkamp-Nasser|kl]] heeft op [[20 februari 2024|dt]] schriftelijke vragen gesteld "
          "(kenmerk [[2024Z02816|ken]]). Tijdens het commissiedebat van 7 maart heeft u toegezegd de Kamer vóór "
          "het zomerreces te informeren over mogelijke aanvullende maatregelen."),
        P("Kern", "h2"),
        P("Rijkswaterstaat heeft in januari nieuwe metingen laten doen. Op vier van de negen meetpunten ligt de "
          "geluidsbelasting boven de geluidproductieplafonds. Het projectteam van Rijkswaterstaat (projectmanager "
          "[[Wessel ter Laak|P]]) adviseert het bestaande scherm van 4 meter te verlengen in plaats van het te "
          "verhogen. [[Ter Laak|P]] verwacht dat de bouw in het derde kwartaal van 2025 kan beginnen, mits de "
          "gemeente de benodigde grond tijdig beschikbaar stelt."),
        P("Een stil wegdek (tweelaags ZOAB) is onderzocht, maar levert op de lange termijn minder op: het moet "
          "elke zeven jaar worden vervangen en de reductie neemt in die periode af. Uit het overleg met het "
          "ministerie van Financiën (inspecteur [[Gijs Lange|P]]) blijkt dat de kosten passen binnen de "
          "reservering voor 2025; [[Lange|P]] vraagt wel om een nadere raming na de aanbesteding."),
        P("Draagvlak en omgeving", "h2"),
        P("Wethouder [[Aydoğan|oth]] van [[Houten|pl]] steunt het voorstel en heeft aangeboden de inpassing "
          "met het groen in de wijk af te stemmen. De bewonersvereniging Schonauwen is op "
          "[[5 maart 2024|dt]] geïnformeerd door de omgevingsmanager van Rijkswaterstaat, "
          "[[Anouk Sprenger|P]]. Zij meldt dat de vereniging de verlenging steunt maar aandringt op begroeiing "
          "aan de wijkzijde."),
        P("Juridisch", "h2"),
        P("Volgens de juridisch adviseur van de directie, [[mr. Eline Kortekaas|P]], is voor de verlenging "
          "geen tracébesluit nodig; een projectbesluit onder de Omgevingswet volstaat. [[Kortekaas|P]] wijst "
          "erop dat de procedure ongeveer negen maanden vraagt."),
        P("Communicatie", "h2"),
        P("Na uw akkoord stuurt u de antwoorden naar de Kamer. De woordvoering loopt via de directie "
          "Communicatie ([[persvoorlichting@minienw.nl|mb]], [[070 456 1500|gn]])."),
        Sp(3),
        Tbl([["Paraaf", "Naam", "Datum"],
             ["beleidsmedewerker", "[[FBA|I]]", "[[13 maart 2024|dt]]"],
             ["directeur WV", "[[Jeroen van Kesteren|P]]", "[[13 maart 2024|dt]]"],
             ["DG Mobiliteit", "[[H.W. Oudshoorn|P]]", "[[14 maart 2024|dt]]"]],
            [0.3, 0.42, 0.28], size=8.5),
    ]
    return Doc("nota_ienw_geluidsschermen_a27.pdf", "nota", "rl-ttf", "Brouwers-Agyeman, F.",
               "Nota extra geluidsschermen A27", "2024-03-14", body,
               running=[Running("Datum [[14 maart 2024|dt]] | Kenmerk [[IENW/BSK-2024/118734|ken]]",
                                "header", "rest", size=7.5),
                        Running("Pagina {page}", "footer", "all", "right", 7.5)],
               font="LiberationSans", size=9.5,
               opts={"colofon": c, "colofon_w": 52, "margins": (22, 14, 42, 22), "first_top": 0,
                     "logo": {"kind": "rijk", "lines": ["Ministerie van Infrastructuur", "en Waterstaat"]}},
               note="nota aan de minister, Rijkshuisstijl colofon, paraaf-tabel")


def docs():
    return [nota_ienw()]
