"""Two scans: a newspaper clipping pasted on an A4 sheet for the press file (Chromium, serif newspaper columns;
grey scan) and a typewritten building permit from 1979 taken from the archive for a Woo request (reportlab
Courier; bilevel scan)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def _page(css, inner):
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{inner}</body></html>"


KN_CSS = """
@page { size: A4; margin: 16mm 18mm 16mm 18mm; }
body { font-family: 'Nimbus Roman', 'Liberation Serif', serif; font-size: 10.8pt; }
.sheet { font-family: 'Liberation Sans', sans-serif; font-size: 8.5pt; color: #333; margin-bottom: 8px; }
.clip { border: 1px solid #999; padding: 10px 12px; width: 160mm; }
.paper { font-family: 'Liberation Sans', sans-serif; font-size: 8.5pt; font-weight: bold; border-bottom: 1.5px solid #000; padding-bottom: 2px; margin-bottom: 6px; }
h1 { font-size: 19pt; line-height: 1.1; margin: 2px 0 6px 0; }
.by { font-family: 'Liberation Sans', sans-serif; font-size: 8.5pt; font-weight: bold; margin-bottom: 6px; }
.cols { column-count: 2; column-gap: 7mm; }
p { margin: 0 0 5px 0; line-height: 1.32; text-align: left; hyphens: manual; }
.nw { white-space: nowrap; }
.photo { height: 34mm; background: #c4c4c4; margin: 2px 0 3px 0; }
.cap { font-family: 'Liberation Sans', sans-serif; font-size: 7.6pt; margin-bottom: 6px; }
.stamp { display: inline-block; margin-top: 12px; border: 2px solid #1a3d8f; color: #1a3d8f; padding: 4px 10px;
         font-family: 'Liberation Sans', sans-serif; font-size: 10pt; font-weight: bold; transform: rotate(-2deg); }
"""


def krantenknipsel_scan():
    paras = [
        "ZUIDHORN – In het oude gemeentehuis van Zuidhorn worden vanaf donderdag zestig asielzoekers "
        "opgevangen. Burgemeester [[Wouter Hummelen|oth]] noemt de opvang ‘een noodgreep, maar wel een die past "
        "bij dit dorp’. De opvang duurt in elk geval tot 1 juli.",
        "Omwonenden kregen dinsdagavond een brief. Niet iedereen is blij met de korte termijn. ‘Ze hadden ons "
        "eerder moeten vertellen’, zegt [[Eppie Nienhuis|P]] (71), die recht tegenover het gebouw woont. ‘Ik heb "
        "niks tegen die mensen, maar ik wil wel weten wie ik moet bellen als er wat is.’ Volgens "
        "[[Nienhuis|P]] is hij inmiddels door de gemeente gebeld.",
        "Buurvrouw [[Trijntje Zijlma|P]] heeft al een doos speelgoed klaargezet. ‘Mijn kleinkinderen zijn te "
        "groot, dus het kan hier beter gebruikt worden.’",
        "Het COA laat via woordvoerder [[Freek Hartgers|oth]] weten dat het vooral om gezinnen gaat. ‘Dit is een "
        "tijdelijke oplossing. We zoeken samen met de provincie naar een plek voor langere tijd.’",
        "Het Rode Kruis heeft twintig vrijwilligers op de been. Een van hen is student [[Stijn Rozema|P]] (22) uit "
        "Grijpskerk. ‘Ik heb vorig jaar ook in Ter Apel geholpen. Hier is het kleinschaliger, dat maakt het "
        "persoonlijker.’",
        "Burgemeester [[Hummelen|oth]] komt donderdagochtend zelf kijken. ‘We doen het samen, met het dorp. "
        "Wie vragen heeft, kan altijd bellen met het algemene nummer van de gemeente.’ Dat is "
        "[[14 0594|gn]].",
    ]

    letter = [
        "Als vrijwilliger in het dorpshuis zie ik elke week hoeveel mensen willen helpen. Maar wie helpt de "
        "vrijwilligers? De gemeente had de buurt veel eerder moeten betrekken, in plaats van alleen een brief "
        "op dinsdagavond. Dat burgemeester [[Hummelen|oth]] zelf komt kijken, waardeer ik. Maar kom dan ook "
        "naar de koffieochtend in het dorpshuis, zou ik zeggen.",
        "[[Aukje Boelens|P]], Zuidhorn",
    ]

    def html(h0):
        def h(t):
            s = h0(t)
            for w in ("Wouter Hummelen", "Eppie Nienhuis", "Trijntje Zijlma", "Freek Hartgers", "Stijn Rozema", "14 0594", "Aukje Boelens"):
                s = s.replace(w, f"<span class='nw'>{w}</span>")
            return s
        out = ["<div class='sheet'>" + h("Knipselkrant Communicatie – gemeente Westerkwartier – "
                                         "[[5 maart 2026|dt]]") + "</div>",
               "<div class='clip'><div class='paper'>" + h("Dagblad van het Noorden · donderdag "
                                                           "[[5 maart 2026|dt]] · Westerkwartier · 7") + "</div>",
               "<h1>Noodopvang in oude gemeentehuis: ‘We doen het samen’</h1>",
               "<div class='by'>" + h("Door [[Anke Wielsma|au]]") + "</div>",
               "<div class='cols'><div class='photo'></div><div class='cap'>Vrijwilligers richten de slaapzalen "
               "in. Foto DvhN</div>"]
        for p in paras:
            out.append(f"<p>{h(p)}</p>")
        out.append("</div></div>")
        out.append("<div class='clip' style='margin-top:10px'><div class='paper'>" + h("Dagblad van het Noorden · "
                   "vrijdag [[6 maart 2026|dt]] · Lezers schrijven · 14") + "</div>"
                   "<h2 style='font-size:13pt;margin:2px 0 5px 0'>Laat Zuidhorn niet alleen</h2>")
        for p in letter:
            out.append(f"<p>{h(p)}</p>")
        out.append("</div>")
        out.append("<div class='stamp'>" + h("ONTVANGEN COMMUNICATIE [[05-03-2026|dt]] · [[TK|I]]") + "</div>")
        return _page(KN_CSS, "".join(out))
    return Doc("knipsel_dvhn_noodopvang_scan.pdf", "persbericht", "scan", None,
               "Scan knipselkrant 2026-03-05", "2026-03-05", [], html=html,
               scan={"via": "chromium", "mode": "gray", "seed": 6611, "rot": [-0.6], "noise": 6, "quality": 62,
                     "shade": 10, "specks": 0.0003},
               note="krantenknipsel op een A4 voor de knipselkrant, grijze scan: burgemeester en COA-woordvoerder "
                    "(houden), journalist in de byline (auteur, houden), geciteerde buurtbewoners en een "
                    "vrijwilliger (lakken; dezelfde personen als in de Signal-groep), lezersbrief met naam en "
                    "woonplaats van de schrijver (lakken), algemeen 14-nummer, ontvangststempel met paraaf")


def bouwvergunning_1979_scan():
    body = [
        P("**GEMEENTE HAARLEM**", "center", size=13),
        P("Dienst Bouw- en Woningtoezicht\nZijlvest 39 - Haarlem - telefoon [[023-319140|gn]]", "center", size=10),
        HR(),
        KV([["Haarlem,", "[[14 augustus 1979|dt]]"],
            ["No.", "[[BWT 79/2316|ken]]"],
            ["Onderwerp:", "bouwvergunning"]], label_w=0.2, size=11, bold_labels=False),
        P("Aan de heer [[A.J. Tuinema|P]]\n[[Kleverparkweg 88|A]]\nH A A R L E M"),
        Sp(3),
        P("Burgemeester en Wethouders van Haarlem;"),
        P("gelezen het verzoek van de heer [[A.J. Tuinema|P]], wonende [[Kleverparkweg 88|A]] alhier, "
          "ingekomen op [[2 mei 1979|dt]], om vergunning voor het bouwen van een garage met daarboven een "
          "hobbyruimte op het perceel, kadastraal bekend gemeente Haarlem, [[sectie E, nr. 2817|O]];"),
        P("gelet op de bouwtekeningen van het architectenbureau [[Dijkema & Stroeve|org]] te Heemstede "
          "(ontwerper ir. [[F. Dijkema|P]]);"),
        P("overwegende, dat de eigenaar van het belendende perceel, de heer [[C. Overmars|P]], "
          "[[Kleverparkweg 90|A]], bij brief van [[21 mei 1979|dt]] bezwaar heeft gemaakt tegen de hoogte van de "
          "garage; dat het bouwplan na aanpassing van de nokhoogte tot 4,80 meter voldoet aan de "
          "Bouwverordening en het bezwaar van de heer [[Overmars|P]] daarmee is ondervangen;"),
        P("B E S L U I T E N :", "center"),
        P("aan de heer [[Tuinema|P]] vergunning te verlenen voor het bouwen van een garage met hobbyruimte "
          "overeenkomstig de bij dit besluit behorende, gewaarmerkte tekeningen, onder de voorwaarde dat met de "
          "bouw niet wordt begonnen dan nadat het peil door de Dienst is uitgezet."),
        Sp(3),
        P("Burgemeester en Wethouders voornoemd,"),
        Tbl([["De Secretaris,", "De Burgemeester,"],
             ["", ""],
             ["[[mr. J.W. van Lith|P]]", "[[drs. H.J.M. Kieviet|oth]]"]],
            [0.45, 0.45], header=False, grid=False, size=11),
        P("Behandeld door: [[ing. K. Schollema|P]], toestel 288", size=9.5),
        Sp(6),
        P("ARCHIEF - Woo-verzoek [[2026-0413|ken]] - ingezien [[GvdL|I]] [[3-11-2026|dt]]", size=10.5),
    ]
    return Doc("bouwvergunning_1979_kleverparkweg_scan.pdf", "besluit", "scan", None,
               "Scan archief BWT 79-2316", "2026-11-03", body, font="Courier", size=11,
               opts={"margins": (24, 22, 20, 20), "leading": 1.3},
               scan={"via": "rl-std", "mode": "bilevel", "seed": 7913, "rot": [0.5], "noise": 8, "threshold": 165,
                     "shade": 6, "blur": 0.35, "streak": True, "producer_meta": "KONICA MINOLTA bizhub C300i",
                     "creator_meta": "KONICA MINOLTA bizhub C300i"},
               note="getypte bouwvergunning uit 1979 uit het archief (Courier), bilevel scan met kopieerstreep: "
                    "aanvrager en buurman met adres, kadastrale aanduiding, ontwerper naast architectenbureau met "
                    "zijn naam (houden), secretaris (lakken) naast burgemeester (houden), behandelaar, "
                    "archiefstempel met paraaf bij een Woo-verzoek")


def docs():
    return [krantenknipsel_scan(), bouwvergunning_1979_scan()]
