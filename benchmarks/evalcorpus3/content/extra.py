"""More layouts: a stand-alone Woo inventory list (landscape, Chromium) and a citizen's objection scanned
on a copier with an OCR text layer."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401

INV_CSS = """
@page { size: A4 landscape; margin: 12mm 12mm 14mm 12mm; }
body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-size: 8pt; }
h1 { font-size: 12pt; margin: 0 0 2px 0; }
.sub { font-size: 8pt; color: #444; margin-bottom: 8px; }
table { border-collapse: collapse; width: 100%; }
th { background: #dfe6ee; text-align: left; border: 0.6px solid #777; padding: 3px; }
td { border: 0.6px solid #999; padding: 3px; vertical-align: top; }
tr { page-break-inside: avoid; }
td:nth-child(2) { white-space: nowrap; }
.foot { margin-top: 8px; font-size: 7.5pt; color: #333; }
"""


def inventarislijst():
    rows = [
        ["1", "[[03-01-2024|dt]]", "e-mail", "Noodmaatregel zij-instromers", "[[Ravensbergen, Tessa|P]]",
         "[[Obi, Chinedu|P]]; [[Secretariaat DGPO|mb]]", "deels openbaar", "5.1.2e"],
        ["2", "[[03-01-2024|dt]]", "bijlage", "Notitie scenario’s (bijlage bij 1)", "–", "–", "openbaar", "–"],
        ["3", "[[09-01-2024|dt]]", "nota", "Nota aan minister over bekostiging", "[[J.H.M. (Hans) van der Wiel|P]]",
         "minister [[Dorien Abbink|min]]", "deels openbaar", "5.1.2e, 5.2.1"],
        ["4", "[[10-01-2024|dt]]", "e-mail", "Reactie PO-Raad", "[[a.menting@poraad.nl|E]]",
         "[[Van der Wiel, Hans|P]]", "deels openbaar", "5.1.2e"],
        ["5", "[[16-01-2024|dt]]", "verslag", "Bestuurlijk overleg met Stichting Thorbecke Academie",
         "[[Blauw, Fleur|P]] (notulist)", "deelnemers BO", "deels openbaar", "5.1.2e"],
        ["6", "[[18-01-2024|dt]]", "Teams-chat", "Planning Kamerbrief", "[[Fleur|P]]", "[[Tessa|P]]",
         "niet openbaar", "5.2.1"],
        ["7", "[[22-01-2024|dt]]", "e-mail", "Vraag van schoolleider", "[[Karim Benjelloun|P]] "
         "(schoolleider, [[k.benjelloun@obsdewerf.nl|E]])", "[[Informatie Rijksoverheid|mb]]", "deels openbaar",
         "5.1.2e"],
        ["8", "[[25-01-2024|dt]]", "brief", "Brief aan de Tweede Kamer (gepubliceerd)", "minister [[Dorien Abbink|min]]",
         "Tweede Kamer", "reeds openbaar", "–"],
        ["9", "[[29-01-2024|dt]]", "e-mail", "Groen licht financiën", "[[Obi, Chinedu|P]]",
         "[[Ravensbergen, Tessa|P]]; [[JHMvdW|I]]", "deels openbaar", "5.1.2e"],
        ["10", "[[30-01-2024|dt]]", "memo", "Juridische toets", "[[mr. Sevda Yıldırım-Ploeg|P]]",
         "[[Van der Wiel, Hans|P]]", "deels openbaar", "5.1.2e, 5.2.1"],
        ["11", "[[02-02-2024|dt]]", "sms", "Afstemming woordvoering", "[[+31 6 4122 0871|T]]",
         "[[Obi, Chinedu|P]]", "niet openbaar", "5.1.2e, 5.2.1"],
        ["12", "[[05-02-2024|dt]]", "e-mail", "Aanmelding gesprek ouders", "[[Marjan Kortenhoeven|P]] "
         "(ouder)", "[[Blauw, Fleur|P]]", "deels openbaar", "5.1.2e"],
        ["13", "[[06-02-2024|dt]]", "e-mail", "RE: aanmelding gesprek ouders", "[[Blauw, Fleur|P]]",
         "[[Marjan Kortenhoeven|P]]; [[Kortenhoeven-Dijk, Ab|P]]", "deels openbaar", "5.1.2e"],
        ["14", "[[12-02-2024|dt]]", "rapport", "Evaluatie zij-instroom, [[dr. Lotte Vermaas|au]] e.a. "
         "(gepubliceerd)", "Universiteit Utrecht", "OCW", "reeds openbaar", "–"],
        ["15", "[[14-02-2024|dt]]", "e-mail", "Doorsturen rapport [[Vermaas|au]]", "[[Tessa|P]]",
         "[[Fleur|P]]; [[Hans|P]]", "deels openbaar", "5.1.2e"],
        ["16", "[[20-02-2024|dt]]", "nota", "Vervolgnota bekostiging", "[[J.H.M. van der Wiel|P]]",
         "minister [[Dorien Abbink|min]]; staatssecretaris [[Niels Verkerk-Amrani|min]]", "deels openbaar",
         "5.1.2e, 5.2.1"],
    ]
    head = ["Nr.", "Datum", "Type", "Onderwerp", "Afzender", "Ontvanger", "Beoordeling", "Grond"]

    def html(h):
        out = [f"<html><head><meta charset='utf-8'><style>{INV_CSS}</style></head><body>"]
        out.append(f"<h1>{h('Inventarislijst Woo-verzoek noodmaatregelen lerarentekort')}</h1>")
        out.append(f"<div class='sub'>{h('Ministerie van Onderwijs, Cultuur en Wetenschap · kenmerk [[OCW/WJZ-2024/5519031|ken]] · bijlage 1 bij besluit van [[2 mei 2024|dt]]')}</div>")
        out.append("<table><colgroup><col style='width:3%'><col style='width:8%'><col style='width:7%'>"
                   "<col style='width:22%'><col style='width:18%'><col style='width:22%'>"
                   "<col style='width:10%'><col style='width:10%'></colgroup>")
        out.append("<tr>" + "".join(f"<th>{x}</th>" for x in head) + "</tr>")
        for r in rows:
            out.append("<tr>" + "".join(f"<td>{h(c)}</td>" for c in r) + "</tr>")
        out.append("</table>")
        out.append(f"<div class='foot'>{h('Toelichting: namen in de kolommen Afzender en Ontvanger zijn in deze werkversie nog niet gelakt. Vragen over deze lijst: [[woo-ocw@minocw.nl|mb]] of [[070 412 34 56|gn]] (algemeen nummer). In document 9 betekent ‘groen licht’ dat FEZ akkoord is; de [[blauw|w]] gemarkeerde regels zijn openbaar.')}</div>")
        out.append("</body></html>")
        return "".join(out)
    return Doc("inventarislijst_woo_lerarentekort.pdf", "inventaris", "chromium", "Obi, C.",
               "Inventarislijst Woo lerarentekort", "2024-05-02", [], html=html,
               note="inventarislijst (liggend, Chromium) met namen in de kolommen Afzender/Ontvanger: "
                    "‘J.H.M. (Hans) van der Wiel’, omgekeerde namen, voornamen, sms-afzender als nummer, "
                    "persoonlijke e-mail van schoolleider, minister en staatssecretaris (houden), Blauw naast ‘blauw’")


def bezwaar_woz_scan():
    body = [
        P("[[Theo Bijleveld|P]] en [[Marianne Bijleveld-de Wolff|P]]\n[[Rietkraag 17|A]]\n[[2134 NZ|Z]] Hoofddorp\n"
          "tel. [[023 - 561 44 09|T]]"),
        Sp(5),
        P("Gemeente Haarlemmermeer\nteam Belastingen (WOZ)\nPostbus 250\n2130 AG Hoofddorp"),
        Sp(3),
        P("Hoofddorp, [[18 maart 2025|dt]]"),
        P("**Betreft: bezwaar WOZ-beschikking 2025**\nAanslagnummer [[2025.0441.9087|O]] · WOZ-objectnummer "
          "[[039400012217|O]]"),
        P("Geachte heer/mevrouw,"),
        P("Wij maken bezwaar tegen de WOZ-waarde van onze woning. U heeft de waarde vastgesteld op € 612.000. "
          "Dat is 14% hoger dan vorig jaar, terwijl vergelijkbare woningen in onze straat voor minder zijn "
          "verkocht. Het huis op nummer 23 is in [[oktober 2024|dt]] verkocht voor € 548.000 en is groter."),
        P("Bovendien heeft onze woning nog de originele keuken en badkamer uit 1986 en is het dak aan vervanging "
          "toe. De taxateur die in [[april 2023|dt]] langskwam, de heer [[Ronald Stoop|P]], heeft dat destijds "
          "ook genoteerd."),
        P("Wij verzoeken u de waarde te verlagen naar € 545.000 en ons het taxatieverslag toe te sturen. "
          "Voor eventuele vragen zijn wij bereikbaar op het nummer hierboven of per mail: "
          "[[bijleveld.dewolff@kpnmail.nl|E]]."),
        P("Burgerservicenummer [[Theo Bijleveld|P]]: [[204591879|B]]"),
        Sp(2),
        P("Met vriendelijke groet,"),
        Sig(9031, 46, 15),
        P("[[T. Bijleveld|S]]"),
    ]
    return Doc("bezwaar_woz_waarde_scan.pdf", "burgerbrief", "scan", None,
               "Kopie 2025-03-20", "2025-03-20", body, font="LiberationSerif", size=11,
               opts={"margins": (26, 24, 24, 24)},
               scan={"via": "rl-ttf", "mode": "gray", "seed": 77, "rot": [-0.4], "noise": 6, "quality": 65,
                     "shade": 8, "ocr_layer": True},
               note="bezwaar WOZ van een echtpaar, copier-scan met onzichtbare OCR-laag: aanslag- en "
                    "WOZ-objectnummer (OTHER), BSN, telefoon ‘023 - ’, taxateur, handtekening")


def docs():
    return [inventarislijst(), bezwaar_woz_scan()]
