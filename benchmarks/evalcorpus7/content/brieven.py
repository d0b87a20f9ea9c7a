"""Outgoing letters: a decision on a citizen's request for enforcement against a neighbour (LibreOffice,
DejaVu Serif) and a letter to a company announcing the award decision of a tender (HTML -> Chromium)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def _page(css, inner):
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{inner}</body></html>"


# ------------------------------------------------------------------ letter to a citizen

def brief_handhavingsverzoek():
    body = [
        P("**gemeente Breda**", size=13, space_after=1),
        P("[[Claudius Prinsenlaan 10|pl]] · Postbus 90156 · 4800 RH Breda", "small"),
        Sp(6),
        P("Mevrouw [[M.J. Winklaar|P]]\n[[Lovensdijkstraat 63|A]]\n[[4818 RE|Z]]  BREDA"),
        Sp(5),
        KV([["Datum", "[[21 april 2026|dt]]"],
            ["Ons kenmerk", "[[HH-2026-0388|ken]]"],
            ["Uw brief van", "[[2 februari 2026|dt]]"],
            ["Behandeld door", "[[Yassine Essafi|P]]"],
            ["Telefoon", "[[076 529 47 18|T]]"],
            ["E-mail", "[[y.essafi@breda.nl|E]]"],
            ["Onderwerp", "besluit op uw verzoek om handhaving"]], label_w=0.22, size=9, bold_labels=False),
        P("Geachte mevrouw [[Winklaar|P]],"),
        P("Op [[2 februari 2026|dt]] heeft u ons gevraagd handhavend op te treden tegen een schuur met "
          "overkapping in de achtertuin van uw buren aan de [[Lovensdijkstraat 65|A]]. De schuur is volgens u "
          "hoger dan toegestaan en neemt licht weg uit uw keuken. In deze brief leest u ons besluit."),
        P("Wat is er gebeurd?", "h2"),
        P("Uw zoon, [[Giovanni|P]], heeft op [[27 januari 2026|dt]] al telefonisch een melding gedaan bij het "
          "KCC. Op [[9 februari 2026|dt]] heeft onze toezichthouder, mevrouw [[Willemijn Poort|P]], de situatie "
          "bekeken vanuit uw tuin. De eigenaar, de heer [[O. Yavuz|P]], was niet thuis. Mevrouw [[Poort|P]] heeft "
          "de schuur opgemeten: de goothoogte is 3,10 meter en de nokhoogte 4,25 meter. De schuur staat op "
          "0,8 meter van de erfgrens, direct naast de [[poort|w]] naar het achterpad."),
        P("Op [[16 februari 2026|dt]] hebben wij de heer [[Yavuz|P]] gesproken. Hij verklaarde dat hij dacht dat "
          "de schuur vergunningvrij was, omdat de aannemer, [[Bouwbedrijf Van Esch|org]], hem dat had verteld. "
          "Hij heeft ons foto’s gestuurd van de bouw. Mevrouw [[Poort|P]] heeft die foto’s vergeleken met haar "
          "eigen metingen; ze komen overeen."),
        P("Wat zeggen de regels?", "h2"),
        P("Een bijbehorend bouwwerk in het achtererfgebied is vergunningvrij als het niet hoger is dan 3 meter. "
          "Heeft het een schuin dak, dan mag de nok 5 meter hoog zijn, maar de goot niet hoger dan 3 meter "
          "(Besluit bouwwerken leefomgeving, artikel 2.29). De goot van de schuur ligt 10 centimeter boven die "
          "grens. Daarvoor is een omgevingsvergunning nodig, en die is niet aangevraagd. De overkapping aan de "
          "kant van uw woning is niet hoger dan 3 meter en is wel vergunningvrij."),
        P("Ons besluit", "h2"),
        P("Wij treden op tegen de schuur. Wij leggen de heer [[Yavuz|P]] een last onder dwangsom op: hij moet "
          "binnen acht weken de goot verlagen tot 3 meter, of binnen die termijn een omgevingsvergunning "
          "aanvragen. Doet hij dat niet, dan verbeurt hij een dwangsom van € 500 per week, tot ten hoogste "
          "€ 5.000. Dat besluit sturen wij hem tegelijk met deze brief. Uw verzoek om ook de overkapping te laten "
          "verwijderen, wijzen wij af, omdat die aan de regels voldoet."),
        P("Heeft u nog vragen?", "h2"),
        P("Neem dan contact op met de heer [[Essafi|P]]. Wethouder [[Noa Bartelds|oth]], aan wie u op "
          "[[4 februari 2026|dt]] een e-mail stuurde, heeft een afschrift van deze brief ontvangen."),
        P("Bezwaar", "h2"),
        P("Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de verzenddatum bezwaar maken "
          "bij ons college. Dat kan digitaal via [[www.breda.nl/bezwaar|gn]] of per post: Postbus 90156, "
          "4800 RH Breda. Ook de heer [[Yavuz|P]] kan bezwaar maken tegen de last onder dwangsom."),
        Sp(2),
        P("Met vriendelijke groet,\nburgemeester en wethouders van Breda,\nnamens dezen,"),
        Sp(9),
        P("[[ing. Marisela Leito|P]]\nteamleider Toezicht en Handhaving"),
        Sp(3),
        P("Bijlage: foto’s van de situatie op [[9 februari 2026|dt]] (3)", "small"),
    ]
    return Doc("brief_besluit_handhavingsverzoek_lovensdijkstraat.pdf", "brief", "lo", "Essafi, Y.",
               "Besluit op verzoek om handhaving", "2026-04-21", body, font="DejaVu Serif", size=9.5,
               running=[Running("Gemeente Breda · [[14 076|gn]] · kenmerk [[HH-2026-0388|ken]] · pagina {page}",
                                "footer", "all", "center", 7)],
               opts={"margins": (25, 22, 20, 20)},
               note="besluit op een handhavingsverzoek aan een inwoner (Antilliaanse naam) met adresblok en "
                    "kopgegevens zonder vette labels: buurman met adres (lakken), zoon met voornaam, toezichthouder "
                    "‘Willemijn Poort’ / ‘mevrouw Poort’ naast ‘de poort’, behandelaar met direct nummer, "
                    "ondertekenaar met ‘ing.’ (lakken), wethouder (houden), aannemer met persoonsnaam (houden), "
                    "eigen bezoekadres (houden)")


# ------------------------------------------------------------------ letter to a company (tender)

GUN_CSS = """
@page { size: A4; margin: 18mm 20mm 20mm 24mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.8pt; color: #111; }
.lh { display: flex; justify-content: space-between; align-items: flex-start; margin-bottom: 14mm; }
.logo { font-size: 17pt; font-weight: bold; color: #b01d23; letter-spacing: 0.5px; }
.logo span { display: block; font-size: 8pt; color: #444; font-weight: normal; letter-spacing: 0; }
.org { font-size: 7.6pt; color: #333; text-align: right; line-height: 1.45; }
.nw { white-space: nowrap; }
.addr { line-height: 1.4; margin-bottom: 10mm; }
table.meta { border-collapse: collapse; font-size: 8.6pt; margin-bottom: 8mm; }
table.meta td { padding: 1px 10px 1px 0; vertical-align: top; }
table.meta td.l { color: #666; width: 34mm; }
p { margin: 0 0 7px 0; line-height: 1.38; }
h3 { font-size: 10pt; margin: 10px 0 4px 0; }
table.sc { border-collapse: collapse; width: 100%; font-size: 8.8pt; margin: 4px 0 10px 0; }
table.sc th { background: #f1d9da; text-align: left; border: 0.6px solid #999; padding: 3px 5px; }
table.sc td { border: 0.6px solid #999; padding: 3px 5px; }
.sig { margin-top: 16mm; line-height: 1.4; }
.cc { margin-top: 8mm; font-size: 8pt; color: #444; }
"""


def brief_gunningsbeslissing():
    meta = [("Datum", "[[8 april 2026|dt]]"),
            ("Ons kenmerk", "[[PU-INK-2026-0173|ken]]"),
            ("TenderNed-kenmerk", "[[418277|ken]]"),
            ("Behandeld door", "[[Paweł Kaczmarek|P]]"),
            ("Doorkiesnummer", "[[030 258 27 14|T]]"),
            ("Onderwerp", "mededeling gunningsbeslissing perceel 2")]
    paras1 = [
        "Geachte mevrouw [[Demir|P]],",
        "Op [[17 maart 2026|dt]] heeft u namens [[Hazelaar Groen & Infra B.V.|org]] ingeschreven op de "
        "Europese openbare aanbesteding ‘Groenonderhoud provinciale wegen 2026–2030’, perceel 2 (Utrechtse "
        "Heuvelrug). Met deze brief laten wij u weten dat wij van plan zijn de opdracht te gunnen aan "
        "[[Gebroeders Pierik Infra B.V.|org]] te Veenendaal. Uw inschrijving is geldig, maar is als tweede "
        "geëindigd.",
    ]
    h3a = "Uitslag"
    paras2 = [
        "De beoordelingscommissie bestond uit [[Wytske Sipma|P]] (projectleider), [[Jeltje Miedema|P]] "
        "(wegbeheerder) en [[Stanley Wattimena|P]] (inkoop). De commissie heeft de kwaliteitsplannen "
        "onafhankelijk van elkaar beoordeeld en daarna in consensus gescoord. De prijs is pas na de "
        "kwaliteitsbeoordeling geopend.",
    ]
    h3b = "Motivering"
    paras3 = [
        "**Plan van aanpak verkeersmaatregelen (25%).** Uw plan is degelijk, maar beschrijft niet hoe u "
        "werkt op de smalle wegen rond Leersum zonder de weg af te sluiten. De winnende inschrijver stelt een "
        "vaste verkeersregelaar in en werkt buiten de spits. Uw plan noemt wel een ervaren uitvoerder, de heer "
        "[[Oene Dijkhof|P]], maar geen werktijden.",
        "**Biodiversiteit (20%).** Uw voorstel voor gefaseerd maaien is goed uitgewerkt. Het plan van "
        "[[Gebroeders Pierik Infra B.V.|org]] gaat verder, met een bloemrijk bermbeheer dat samen met de "
        "[[Vlinderstichting|org]] is opgesteld.",
        "**Duurzaam materieel (15%).** Beide inschrijvers zetten elektrisch materieel in. U scoort hier gelijk.",
    ]
    h3c = "Opschortende termijn"
    paras4 = [
        "Wij gunnen de opdracht niet definitief vóór het einde van een termijn van twintig kalenderdagen na "
        "de dag van verzending van deze brief. Bent u het niet eens met deze beslissing, dan kunt u binnen die "
        "termijn een kort geding aanhangig maken bij de voorzieningenrechter van de rechtbank Midden-Nederland. "
        "Daarna is de gunning definitief.",
        "Wilt u een toelichting? Neem dan contact op met de heer [[Kaczmarek|P]] of stuur een e-mail naar "
        "[[inkoop@provincie-utrecht.nl|mb]] onder vermelding van het kenmerk.",
    ]

    def html(h):
        def hp(t):
            # the mailbox must not break at its hyphen
            return h(t).replace("inkoop@provincie-utrecht.nl",
                                "<span class='nw'>inkoop@provincie-utrecht.nl</span>")
        rows = [["Inschrijver", "Prijs (40)", "Kwaliteit (60)", "Totaal", "Rang"],
                ["[[Gebroeders Pierik Infra B.V.|org]]", "36,0", "51,6", "87,6", "1"],
                ["[[Hazelaar Groen & Infra B.V.|org]]", "38,4", "43,8", "82,2", "2"],
                ["[[Vinke Cultuurtechniek B.V.|org]]", "40,0", "37,2", "77,2", "3"]]
        out = ["<div class='lh'><div class='logo'>Provincie Utrecht<span>Domein Mobiliteit</span></div>"
               "<div class='org'>" + h("[[Archimedeslaan 6|pl]], 3584 BA Utrecht\nPostbus 80300, 3508 TH Utrecht\n"
                                      "T [[030 258 91 11|gn]]") + "<br><span class='nw'>"
               + h("[[www.provincie-utrecht.nl|gn]]") + "</span></div></div>",
               "<div class='addr'>" + h("[[Hazelaar Groen & Infra B.V.|org]]\nt.a.v. mevrouw drs. [[B. Demir|P]], "
                                        "directeur\nIndustrieweg 41\n3992 BA Houten") + "</div>",
               "<table class='meta'>" + "".join(f"<tr><td class='l'>{k}</td><td>{h(v)}</td></tr>" for k, v in meta)
               + "</table>"]
        out += [f"<p>{h(p)}</p>" for p in paras1]
        out.append(f"<h3>{h3a}</h3>")
        out.append("<table class='sc'>" + "".join(
            "<tr>" + "".join((f"<th>{h(c)}</th>" if i == 0 else f"<td>{h(c)}</td>") for c in r) + "</tr>"
            for i, r in enumerate(rows)) + "</table>")
        out += [f"<p>{h(p)}</p>" for p in paras2]
        out.append(f"<h3>{h3b}</h3>")
        out += [f"<p>{h(p)}</p>" for p in paras3]
        out.append(f"<h3>{h3c}</h3>")
        out += [f"<p>{hp(p)}</p>" for p in paras4]
        out.append("<div class='sig'>" + h("Met vriendelijke groet,\nGedeputeerde Staten van Utrecht,\nnamens dezen,"
                                           "\n\n\n[[Roderick Sillé|P]]\nteamleider Inkoop en Contractmanagement")
                   + "</div>")
        out.append("<div class='cc'>" + h("Afschrift ter kennisname: gedeputeerde [[Lolkje Westra|oth]] (Mobiliteit)")
                   + "</div>")
        return _page(GUN_CSS, "".join(out))
    return Doc("brief_gunningsbeslissing_groenonderhoud_perceel2.pdf", "brief", "chromium", "Kaczmarek, P.",
               "Mededeling gunningsbeslissing perceel 2", "2026-04-08", [], html=html,
               note="brief aan een bedrijf (mededeling gunningsbeslissing) met briefhoofd in twee kolommen: "
                    "directeur als ‘mevrouw drs. B. Demir’ (lakken) naast haar B.V. met persoonsnaam (houden), "
                    "scoretabel met drie B.V.’s met persoonsnamen (houden), leden van de beoordelingscommissie "
                    "en uitvoerder (lakken), behandelaar met Poolse naam en doorkiesnummer, ondertekenaar namens GS "
                    "(lakken), gedeputeerde in afschrift (houden), functionele mailbox en algemeen nummer")


def docs():
    return [brief_handhavingsverzoek(), brief_gunningsbeslissing()]
