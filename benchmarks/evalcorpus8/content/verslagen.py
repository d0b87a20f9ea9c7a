"""Minutes and lists: the minutes of a local safety meeting (politie, gemeente, corporatie, veiligheidsregio) with
attendees, initials and an action list (python-docx -> LibreOffice) and a complaints register printed from a
spreadsheet (HTML -> Chromium, landscape)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def _page(css, inner):
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{inner}</body></html>"


# ------------------------------------------------------------------ safety meeting minutes

def verslag_veiligheidsoverleg():
    body = [
        P("Politie Limburg · Basisteam Roermond · Gemeente Roermond", size=9, space_after=2),
        P("Verslag veiligheidsoverleg Roermond-Oost", "title", size=15),
        KV([["Datum", "donderdag [[15 oktober 2026|dt]], 10.00–11.45 uur, politiebureau Roermond"],
            ["Aanwezig", "[[Wouter Hanssen|P]] ([[WK|I]], teamchef, voorzitter), [[Ferdinand Soemodihardjo|P]] "
                         "([[FS|I]]), [[Zeynep Aydın|P]] ([[ZY|I]]), [[Bram Cuypers|P]] ([[BC|I]], gemeente), "
                         "[[Lina Khoury|P]] ([[LK|I]], [[Wonen Limburg|org]]), [[Piotr Wójcik|P]] ([[PW|I]], "
                         "Veiligheidsregio Limburg-Noord)"],
            ["Afwezig", "[[Anouar Bouzerda|P]] (jongerenwerk)"],
            ["Verslag", "[[Fenne Heuts|P]] ([[FH|I]])"]], label_w=0.17, style="shaded", size=9),
        P("1. Opening", "h2"),
        P("[[WK|I]] opent het overleg. Burgemeester [[Nathalie Vleugels-Lenders|oth]] heeft in de driehoek gevraagd "
          "om voor de jaarwisseling een gezamenlijk beeld van de drie wijken in Roermond-Oost. Dit overleg levert "
          "daarvoor de bouwstenen."),
        P("2. Overlast Kloosterwandstraat", "h2"),
        P("[[FS|I]] licht toe: elf meldingen sinds september over de woning [[Kloosterwandstraat 88|A]]. De "
          "bewoner, de heer [[Wahyudi|P]], is aangesproken door [[FS|I]] en [[ZY|I]]. De scooter met kenteken "
          "[[F-842-JT|L]] is twee keer aangehouden. [[LK|I]] meldt dat de huurder een huurachterstand heeft en "
          "dat de corporatie een gesprek plant. Mevrouw [[Vaessen-Moonen|P]] wil anoniem blijven; [[BC|I]] zorgt "
          "dat haar naam niet in de brief van de burgemeester komt."),
        P("Actie: [[BC|I]] stelt een waarschuwingsbrief op; [[FS|I]] en [[ZY|I]] organiseren met [[LK|I]] een "
          "buurtgesprek."),
        P("3. Jongeren bij het winkelcentrum", "h2"),
        P("Rond het winkelcentrum aan de Donderbergweg hangen ’s avonds groepen jongeren. Er zijn geen "
          "strafbare feiten gemeld, wel veel klachten over geluid en afval. [[Anouar|P]] van "
          "[[Stichting Synthese|org]] kon niet aanwezig zijn, maar heeft laten weten dat het jongerenwerk "
          "vanaf november twee avonden extra in de wijk is. [[ZY|I]] kent de meeste jongeren en loopt mee. "
          "Wethouder [[Marco Bongaerts|oth]] wil in december met de jongeren zelf in gesprek."),
        P("Actie: [[ZY|I]] stemt de avonden af met het jongerenwerk."),
        P("4. Brandveiligheid kamerbewoning", "h2"),
        P("[[PW|I]] heeft samen met een toezichthouder van de gemeente de woning [[Godsweerdersingel 5|A]] "
          "bezocht, waar volgens de buren acht arbeidsmigranten wonen. Er waren geen rookmelders en de "
          "vluchtweg was geblokkeerd. De eigenaar, de heer [[J.P.M. Stevens|P]], heeft toegezegd binnen een "
          "week rookmelders te plaatsen. [[PW|I]] controleert dat; [[BC|I]] onderzoekt of er een "
          "omzettingsvergunning nodig is. [[Piotr|P]] merkt op dat de bewoners Pools spreken en biedt aan "
          "bij het volgende bezoek te tolken."),
        P("Actie: [[PW|I]] / [[BC|I]]."),
        P("5. Jaarwisseling", "h2"),
        P("De veiligheidsregio deelt in november het draaiboek. [[WK|I]] vraagt iedereen de capaciteit voor "
          "31 december door te geven aan [[Fenne|P]]. Het Openbaar Ministerie is vertegenwoordigd door "
          "[[mr. Eline Hameleers|P]], die bij het volgende overleg aansluit."),
        P("6. Rondvraag en sluiting", "h2"),
        P("[[LK|I]] vraagt of meldingen over woonoverlast voortaan ook naar [[woonoverlast@wonenlimburg.nl|mb]] "
          "kunnen. Dat wordt afgesproken. [[WK|I]] sluit om 11.45 uur."),
        P("Actielijst", "h2"),
        Tbl([["Nr.", "Actie", "Wie", "Gereed"],
             ["1", "Waarschuwingsbrief burgemeester Kloosterwandstraat", "[[BC|I]]", "[[29 oktober 2026|dt]]"],
             ["2", "Buurtgesprek Kloosterwandstraat", "[[FS|I]] / [[ZY|I]] / [[LK|I]]", "november"],
             ["3", "Extra avonden jongerenwerk afstemmen", "[[ZY|I]]", "[[5 november 2026|dt]]"],
             ["4", "Controle rookmelders Godsweerdersingel", "[[PW|I]]", "[[22 oktober 2026|dt]]"],
             ["5", "Onderzoek omzettingsvergunning", "[[BC|I]]", "[[12 november 2026|dt]]"],
             ["6", "Capaciteit jaarwisseling doorgeven", "allen, aan [[FH|I]]", "[[1 december 2026|dt]]"]],
            [0.07, 0.58, 0.17, 0.18], size=9, shade="#d9e2f3"),
        P("Volgend overleg: [[19 november 2026|dt]], 10.00 uur.", "small"),
    ]
    return Doc("verslag_veiligheidsoverleg_roermond_oost.pdf", "verslag", "lo", "Heuts, F.",
               "Verslag veiligheidsoverleg Roermond-Oost", "2026-10-16", body, font="Liberation Sans Narrow",
               size=10,
               running=[Running("Verslag veiligheidsoverleg Roermond-Oost – [[15 oktober 2026|dt]] – [[FH|I]]",
                                "footer", "all", "right", 7)],
               opts={"margins": (22, 20, 20, 20), "line_spacing": 1.2},
               note="verslag van een lokaal veiligheidsoverleg met politie, gemeente, corporatie en "
                    "veiligheidsregio: Aanwezig/Afwezig/Verslag met initialen tussen haakjes, initialen in de tekst "
                    "en in ‘Actie:’-regels en een actielijst (‘FS / ZY / LK’), voornamen, Turkse, Syrische, Poolse, "
                    "Marokkaanse en Limburgse namen, dezelfde personen als in de politiemail, adressen van woningen, "
                    "kenteken, eigenaar met drie voorletters, officier van justitie (lakken), burgemeester en "
                    "wethouder (houden), corporatie en welzijnsstichting (houden), initialen notulist in voettekst")


# ------------------------------------------------------------------ complaints register (spreadsheet print)

KL_CSS = """
@page { size: A4 landscape; margin: 12mm 12mm 14mm 12mm; }
body { font-family: 'Liberation Sans Narrow', 'Liberation Sans', sans-serif; font-size: 8.5pt; color: #000; }
.top { display: flex; justify-content: space-between; font-size: 8pt; margin-bottom: 6px; }
h1 { font-size: 12pt; margin: 0 0 6px 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.6px solid #9e9e9e; padding: 2px 4px; vertical-align: top; text-align: left; }
th { background: #dde8cb; font-weight: bold; }
td.n { text-align: right; }
.foot { font-size: 7.5pt; text-align: center; margin-top: 8px; color: #333; }
.nw { white-space: nowrap; }
"""


def klachtenregister_n279():
    rows = [
        ["Nr", "Ontvangen", "Melder", "Adres", "Contact", "Klacht", "Beh.", "Status"],
        ["1", "[[06-04-2026|dt]]", "dhr. [[A.J. van Dinther|P]]", "[[Heuvelstraat 22|A]], Asten",
         "[[06 3321 9087|T]]", "Trillingen in woning door heiwerk bij de brug", "[[RJ|I]]", "Afgehandeld"],
        ["2", "[[09-04-2026|dt]]", "mw. [[Ç. Akbulut|P]]", "[[Molenstraat 3|A]], Someren",
         "[[c.aksoy@kpnmail.nl|E]]", "Omleiding via woonstraat, vrachtverkeer ’s nachts", "[[IvG|I]]",
         "Afgehandeld"],
        ["3", "[[14-04-2026|dt]]", "[[Transportbedrijf Van Asseldonk Asten B.V.|org]]", "–",
         "[[info@vanasseldonktransport.nl|mb]]", "Laad- en losplaats niet bereikbaar", "[[IvG|I]]", "In behandeling"],
        ["4", "[[22-04-2026|dt]]", "fam. [[Verhofstad|P]]", "[[Heuvelstraat 24|A]], Asten", "[[0493 69 12 40|T]]",
         "Scheur in gevel na heiwerk (zie nr. 1)", "[[RJ|I]]", "Doorgezet naar schade-expert"],
        ["5", "[[28-04-2026|dt]]", "[[Lodewijks, T.|P]]", "[[Kerkstraat 9|A]], Deurne", "[[06 1472 8830|T]]",
         "Stof en modder op fietspad", "[[ES|I]]", "Afgehandeld"],
        ["6", "[[04-05-2026|dt]]", "dhr. [[M. Wijnhoven|P]]", "[[Lindenlaan 15|A]], Asten",
         "[[mwijnhoven@gmail.com|E]]", "Geen bereikbaarheid huisartsenpraktijk tijdens afsluiting", "[[ES|I]]",
         "Afgehandeld"],
        ["7", "[[11-05-2026|dt]]", "mw. [[Sri Wahyuningsih|P]]", "[[Burgemeester Wijnenstraat 7|A]], Someren",
         "[[06 2750 1183|T]]", "Bussen rijden niet via de halte Kerkplein", "[[RJ|I]]", "Doorgezet naar [[Hermes|org]]"],
        ["8", "[[18-05-2026|dt]]", "via Statenlid [[Van Kempen-Aarts|oth]]", "–", "–",
         "Vragen over planning tweede fase; beantwoord door gedeputeerde [[Kerkhofs|oth]]", "[[ES|I]]", "Afgehandeld"],
        ["9", "[[26-05-2026|dt]]", "dhr. [[Hamza Doğru-Coolen|P]]", "[[Heuvelstraat 31|A]], Asten",
         "[[06 4106 3392|T]]", "Geluid van nachtwerk, slaapt slecht", "[[IvG|I]]", "In behandeling"],
        ["10", "[[02-06-2026|dt]]", "[[Vorstenbosch, D.|P]]", "[[Stationsstraat 40|A]], Deurne", "[[d.vorstenbosch77@hotmail.com|E]]",
         "Afzetting fietsroute naar school onduidelijk", "[[ES|I]]", "Afgehandeld"],
        ["11", "[[15-06-2026|dt]]", "Dorpsraad Liessel", "–", "[[dorpsraadliessel@gmail.com|mb]]",
         "Verzoek om bewonersavond tweede fase", "[[RJ|I]]", "Avond gepland [[7 juli 2026|dt]]"],
    ]

    def html(h):
        out = ["<div class='top'><span>Klachten_N279_Q2_2026.xlsx</span><span>" + h("[[30-06-2026|dt]]")
               + "</span></div>",
               "<h1>Klachtenregister reconstructie N279 Veghel–Asten, 2e kwartaal 2026</h1><table>"]
        for i, r in enumerate(rows):
            tag = "th" if i == 0 else "td"
            cells = []
            for j, c in enumerate(r):
                v = h(c)
                if j in (2, 3, 4):
                    v = f"<span class='nw'>{v}</span>"
                cells.append(f"<{tag}{' class=n' if j == 0 and i else ''}>{v}</{tag}>")
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</table>")
        out.append("<div class='foot'>Beh.: behandelaar (initialen) · Vragen over het register: "
                   + h("[[n279@brabant.nl|mb]]") + " · Blad1 · Pagina 1</div>")
        return _page(KL_CSS, "".join(out))
    return Doc("klachtenregister_n279_tweede_kwartaal.pdf", "formulier", "chromium", "Mangal-Rai, R.",
               "Klachten_N279_Q2_2026", "2026-06-30", [], html=html,
               note="klachtenregister uit een spreadsheet (liggend, rasterlijnen, bestandsnaam en ‘Blad1’): namen "
                    "van melders in wisselende vormen (‘dhr. A.J. van Dinther’, ‘mw. Ç. Akbulut’, ‘fam. Verhofstad’, "
                    "‘Lodewijks, T.’, ‘Vorstenbosch, D.’), Indonesische naam, dubbele Turks-Limburgse naam, adressen, "
                    "mobiele en vaste nummers, particuliere e-mail, behandelaars als initialen (‘IvG’), transport"
                    "bedrijf met persoonsnaam en dorpsraad met gmail-adres (houden), straat met persoonsnaam, "
                    "Statenlid en gedeputeerde (houden)")


def docs():
    return [verslag_veiligheidsoverleg(), klachtenregister_n279()]
