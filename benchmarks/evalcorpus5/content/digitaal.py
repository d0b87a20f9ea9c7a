"""Printouts of digital formats: a Teams meeting transcript with speaker labels and timestamps, a municipal page
in a local weekly (two newspaper columns), an export of reports from the Signalen system (all Chromium) and a
filled-in expense claim form (LibreOffice)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def _page(css, inner):
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{inner}</body></html>"


# ------------------------------------------------------------------ Teams transcript

TR_CSS = """
@page { size: A4; margin: 18mm 20mm 18mm 20mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #242424; }
h1 { font-size: 15pt; font-weight: normal; margin: 0 0 2px 0; }
.meta { color: #616161; font-size: 8.5pt; margin-bottom: 12px; }
.e { margin: 0 0 9px 0; }
.sp { font-weight: bold; }
.ts { color: #616161; font-size: 8pt; margin-left: 8px; }
.tx { margin-top: 1px; }
.sys { color: #616161; font-style: italic; font-size: 8.5pt; margin: 6px 0 10px 0; }
"""


def transcript_teams():
    PK, SH, KS, MH = "[[Knol, Pieter|P]]", "[[Haas, Sanne|P]]", "[[Schipper, Kees|P]]", "[[Hovinga, Marjan|oth]]"
    TEL = "[[+31 6 5218 7741|T]]"
    entries = [
        ("sys", "[[Pieter Knol|P]] heeft de transcriptie gestart."),
        (PK, "0:00:03", "Oké, de opname loopt. Welkom allemaal. Wethouder [[Hovinga|oth]] schuift om half drie "
                        "aan, tot die tijd zit ik voor. Hoi [[Sanne|P]], ben jij er ook?"),
        (SH, "0:00:11", "Ja, ik ben er. [[Jurgen|P]] van [[WarmteStad|org]] belt in via de telefoon, dat is dat "
                        "nummer in de lijst."),
        (TEL, "0:00:19", "Goedemiddag, met [[Jurgen Isenia|P]]. Ik zit in de auto, dus ik doe mijn camera niet "
                         "aan. Ik hoor jullie prima."),
        (PK, "0:00:31", "Top. Punt één: de planning voor Paddepoel-Noord. [[Kees|P]], wil jij even schetsen waar "
                        "we staan?"),
        (KS, "0:00:40", "Ja. De tracékeuze is rond, de aanbesteding van het leidingwerk loopt tot eind april. Het "
                        "probleem is de vergunning voor de kruising met het Reitdiep. Als we die niet voor de "
                        "zomer hebben, dan zijn we de [[haas|w]] met de planning. Ik heb dat vorige week met "
                        "[[Sanne|P]] en met [[Bert|P]] van Juridische Zaken besproken."),
        (SH, "0:01:52", "Klopt. En we hebben gisteren nog [[van der Kooij|P]] gesproken, die klacht over de "
                        "proefsleuf in de Pinksterbloemstraat. Die is opgelost, zegt ze."),
        (PK, "0:02:07", "Sorry, wie bedoel je?"),
        (SH, "0:02:10", "Mevrouw [[van der Kooij|P]], van de bewonerscommissie. Zij wil wel dat de voorzitter, "
                        "[[Harm Wierenga|P]], voortaan de bewonersbrief meeleest voordat die de deur uit gaat."),
        (TEL, "0:02:31", "Dat lijkt me goed. Wij kunnen [[Harm|P]] ook uitnodigen voor de bouwvergadering van de "
                         "achttiende. Dan hoeft het niet allemaal via [[Sanne|P]]."),
        (KS, "0:02:49", "Prima. Dan nog de aansluitkosten. Een paar bewoners hebben een brief gestuurd aan de "
                        "raad; die komt in de commissie van april."),
        ("sys", "[[Hovinga, Marjan|oth]] is tot de vergadering toegetreden."),
        (MH, "0:29:40", "Dag allemaal, excuses voor het late aansluiten, het college liep uit. [[Pieter|P]], wat "
                        "moet ik weten?"),
        (PK, "0:29:48", "Kort: planning staat, het risico zit in de vergunning voor het Reitdiep. [[Kees|P]] zet "
                        "het in een memo voor u, dan kunt u het donderdag meenemen naar het bestuurlijk overleg "
                        "met het waterschap."),
        (MH, "0:30:15", "Goed. En zorg dat de bewonerscommissie het niet uit de krant hoeft te halen. "
                        "[[Jurgen|P]], jullie directeur belt mij daar volgende week nog over, toch?"),
        (TEL, "0:30:27", "Dat klopt, hij heeft een afspraak via uw secretariaat."),
        (MH, "0:30:34", "Dan weet ik genoeg. Dank jullie wel."),
        ("sys", "[[Pieter Knol|P]] heeft de transcriptie gestopt."),
    ]

    def html(h):
        out = [f"<h1>{h('Overleg warmtenet Paddepoel-Noord')}</h1>",
               "<div class='meta'>" + h("[[12 maart 2025|dt]], 14:02 – 14:41 · Transcript · Microsoft Teams · "
                                        "georganiseerd door [[Knol, Pieter|P]] (Gemeente Groningen)") + "</div>"]
        for e in entries:
            if e[0] == "sys":
                out.append(f"<div class='sys'>{h(e[1])}</div>")
                continue
            sp, ts, tx = e
            out.append(f"<div class='e'><span class='sp'>{h(sp)}</span><span class='ts'>{ts}</span>"
                       f"<div class='tx'>{h(tx)}</div></div>")
        return _page(TR_CSS, "".join(out))
    return Doc("transcript_teams_warmtenet.pdf", "verslag", "chromium", "Knol, Pieter",
               "Overleg warmtenet Paddepoel-Noord - transcript", "2025-03-12", [], html=html,
               note="Teams-transcript met sprekerlabels ‘Achternaam, Voornaam’ en tijdstempels: wethouder als "
                    "spreker (houden), beller als +31 6-nummer, ‘Hoi Sanne’, ‘met Bert besproken’, ‘van der Kooij’ "
                    "midden in een zin, Haas naast ‘de haas’, systeemregels ‘heeft de transcriptie gestart’")


# ------------------------------------------------------------------ municipal page in a local weekly

GP_CSS = """
@page { size: A4; margin: 12mm 12mm 14mm 12mm; }
body { font-family: 'Nimbus Sans', 'Liberation Sans', sans-serif; font-size: 9.4pt; line-height: 1.3; }
.nw { white-space: nowrap; }
.mast { background: #c8102e; color: white; padding: 6px 10px; font-size: 17pt; font-weight: bold; }
.mast span { font-size: 9pt; font-weight: normal; margin-left: 10px; }
.cols { column-count: 2; column-gap: 10mm; margin-top: 8px; }
h2 { font-size: 11.5pt; margin: 0 0 3px 0; color: #c8102e; break-after: avoid; }
p { margin: 0 0 5px 0; text-align: left; hyphens: manual; }
.photo { height: 32mm; background: #bbbbbb; margin: 4px 0 2px 0; }
.cap { font-size: 7.4pt; font-style: italic; color: #333; margin-bottom: 6px; }
.box { border: 1px solid #c8102e; padding: 4px 6px; margin: 6px 0; break-inside: avoid; }
.by { font-style: italic; }
"""


def gemeentepagina():
    arts = [
        ("h2", "De burgemeester schrijft"),
        ("p", "Wat was het een week. Na de [[storm|w]] van zaterdag lagen er in Boven-Hardinxveld meer dan dertig "
              "bomen op straat. Toen ik zondagochtend door de Peulenstraat fietste, stonden de buren al met "
              "kettingzagen klaar. ‘Ik woon hier zestig jaar, maar zo heb ik het nog nooit meegemaakt,’ zei "
              "[[Truus Hak|P]] (84), terwijl haar kleinzoon de takken uit haar voortuin sleepte."),
        ("p", "Op de dijk sprak ik [[Ahmed Bouchtaoui|P]], die met zijn trekker de weg vrijmaakte voor de "
              "brandweer. ‘Je doet het gewoon,’ zei hij. Zo is het hier. Namens het college: dank aan iedereen "
              "die heeft geholpen."),
        ("p", "De schade aan gemeentelijke bomen wordt de komende weken opgeruimd. Schade aan uw eigen huis of "
              "tuin meldt u bij uw verzekeraar."),
        ("by", "[[Dirk Blommestijn|oth]], burgemeester"),
        ("h2", "Vrijwilliger van de maand"),
        ("photo", ""),
        ("cap", "Burgemeester [[Blommestijn|oth]] reikt de bloemen uit aan [[Annet Storm|P]] in sporthal "
                "De Wielewaal. Foto: [[Gijs Vergeer|P]]"),
        ("p", "Al 22 jaar staat [[Annet Storm|P]] elke zaterdag achter de bar van de volleybalvereniging. "
              "‘Zonder [[Annet|P]] geen derde helft,’ zegt voorzitter [[Rinus Quist|P]]. Mevrouw "
              "[[Storm|P]] werd voorgedragen door haar buurvrouw. Kent u ook iemand die een bos bloemen "
              "verdient? Mail naar [[communicatie@hardinxveld-giessendam.nl|mb]]."),
        ("h2", "Wijkboa’s op de fiets"),
        ("p", "Vanaf april zijn onze boa’s [[Ricardo|P]] en [[Sem|P]] vaker op de fiets te zien, ook op de "
              "Kerkweg en rond de [[Prinses Margrietschool|org]]. Heeft u een vraag of melding? Bel "
              "[[14 0184|gn]] of gebruik de app."),
        ("h2", "Collecte en cheque"),
        ("p", "De opbrengst van de collecte voor [[Jantje Beton|org]] was dit jaar € 4.312. Wethouder "
              "[[Hennie Baggerman|oth]] nam de cheque in ontvangst van collectecoördinator [[Lies Quak|P]]."),
        ("box", "**Spreekuur burgemeester** – elke eerste dinsdag van de maand, 16.00–17.00 uur, gemeentehuis. "
                "Aanmelden via [[secretariaat@hardinxveld-giessendam.nl|mb]] of [[0184 675 900|gn]]."),
        ("box", "**Afval na de storm** – snoeiafval kunt u tot en met [[22 maart 2025|dt]] gratis brengen naar "
                "de milieustraat aan de Nieuweweg."),
    ]

    def html(h0):
        def h(t):
            s = h0(t)
            for w in ("communicatie@hardinxveld-giessendam.nl", "secretariaat@hardinxveld-giessendam.nl",
                      "Lies Quak", "Jantje Beton", "Prinses Margrietschool", "Ahmed Bouchtaoui", "Truus Hak",
                      "Rinus Quist", "Gijs Vergeer", "Annet Storm", "Hennie Baggerman", "Dirk Blommestijn"):
                s = s.replace(w, f"<span class='nw'>{w}</span>")
            return s
        out = ["<div class='mast'>Gemeentenieuws<span>Hardinxveld-Giessendam · week 11 · "
               f"{h('[[12 maart 2025|dt]]')}</span></div><div class='cols'>"]
        for k, t in arts:
            if k == "h2":
                out.append(f"<h2>{h(t)}</h2>")
            elif k == "photo":
                out.append("<div class='photo'></div>")
            elif k == "cap":
                out.append(f"<div class='cap'>{h(t)}</div>")
            elif k == "by":
                out.append(f"<p class='by'>{h(t)}</p>")
            elif k == "box":
                out.append(f"<div class='box'>{h(t).replace('**', '')}</div>")
            else:
                out.append(f"<p>{h(t)}</p>")
        out.append("</div>")
        return _page(GP_CSS, "".join(out))
    return Doc("gemeentepagina_column_burgemeester.pdf", "persbericht", "chromium", "Vergeer, G.",
               "Gemeentenieuws week 11", "2025-03-12", [], html=html,
               note="gemeentepagina in een huis-aan-huisblad (twee kolommen): column van de burgemeester (houden) "
                    "met geciteerde inwoners (lakken), Storm naast ‘de storm’, vrijwilliger met voornaam, "
                    "fotograaf, boa’s met voornaam, wethouder (houden), school en fonds met persoonsnaam (houden)")


# ------------------------------------------------------------------ Signalen export

SIG_CSS = """
@page { size: A4; margin: 14mm 14mm 16mm 14mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 8.5pt; color: #000; }
.top { display: flex; justify-content: space-between; border-bottom: 2px solid #004699; padding-bottom: 4px; }
.top b { font-size: 13pt; color: #004699; }
.rec { border: 0.6px solid #999; margin: 9px 0; break-inside: avoid; }
.rh { background: #e6eef7; padding: 3px 6px; font-weight: bold; display: flex; justify-content: space-between; }
table { border-collapse: collapse; width: 100%; }
td { padding: 2px 6px; vertical-align: top; }
td.k { width: 30mm; color: #444; }
.note { background: #fff8dc; }
"""


def signalen_export():
    recs = [
        ("[[SIG-48113|ken]]", "Overlast van personen of groep > Geluidsoverlast", [
            ("Locatie", "Beekstraat, Weert (centrum)"),
            ("Omschrijving", "Bovenburen ([[Beekstraat 32|A]]) draaien elke nacht tot 03.00 uur harde muziek. Ik heb "
                             "al drie keer aangebeld."),
            ("Melder", "[[Hans Pluijmaekers|P]] · [[hanspluijmaekers58@ziggo.nl|E]] · [[0495 53 18 62|T]]"),
            ("Toegewezen aan", "Team Handhaving"),
            ("Interne notitie", "Melder is bekend, 4e melding dit jaar. [[Lotte Kremers|P]] belt melder terug."),
        ]),
        ("[[SIG-48127|ken]]", "Wegen, verkeer, straatmeubilair > Verlaten voertuig", [
            ("Locatie", "parkeerterrein Poort van Limburg"),
            ("Omschrijving", "Witte bestelbus met kenteken [[VZ-284-H|L]] staat al drie weken op dezelfde plek, "
                             "band lek."),
            ("Melder", "anoniem"),
            ("Toegewezen aan", "[[Vogel, Remco|P]]"),
            ("Interne notitie", "RDW-bevraging: op naam van [[Hodan Warsame|P]], [[Maaspoort 15|A]]. "
                                "Sticker geplakt op [[6 maart 2025|dt]]. Overleg met [[Kees|P]] over "
                                "wegslepen."),
        ]),
        ("[[SIG-48140|ken]]", "Openbaar groen en water > Boom", [
            ("Locatie", "Emmasingel, bij de speeltuin"),
            ("Omschrijving", "Grote tak hangt half los na de wind van zondag. Er zit ook een nest van een "
                             "[[kraai|w]] in, dus voorzichtig."),
            ("Melder", "[[Gerrit Kraai|P]] · [[06 3951 0276|T]]"),
            ("Toegewezen aan", "Groenbeheer (aannemer [[Van Helvoirt Groenprojecten|org]])"),
            ("Interne notitie", "Dhr. [[Kraai|P]] wil teruggebeld worden na uitvoering."),
        ]),
        ("[[SIG-48152|ken]]", "Afval > Dumping", [
            ("Locatie", "Hushoverweg, achter de glasbak"),
            ("Omschrijving", "Zes vuilniszakken en een matras naast de container."),
            ("Melder", "[[Wilma Geraedts|P]] · [[w.geraedts@home.nl|E]]"),
            ("Toegewezen aan", "[[Vogel, Remco|P]]"),
            ("Interne notitie", "In een zak post gevonden t.n.v. fam. [[Jagesar|P]], [[Hushoverweg 101|A]]. "
                                "Aanschrijving opgesteld door [[LK|I]]."),
        ]),
        ("[[SIG-48166|ken]]", "Wegen, verkeer, straatmeubilair > Losliggende tegel", [
            ("Locatie", "Markt, voor de ingang van het stadhuis"),
            ("Omschrijving", "Ik ben over een losse tegel gevallen en heb mijn knie bezeerd. Graag snel "
                             "repareren, er lopen hier veel ouderen."),
            ("Melder", "[[Eleni Papadakis|P]] · [[+30 694 512 3318|T]] (toerist, verblijft tot 14 maart)"),
            ("Toegewezen aan", "Team Wegen"),
            ("Interne notitie", "Mogelijk aansprakelijkstelling; kopie naar [[Juridische Zaken|org]]. Tegel "
                                "dezelfde dag hersteld."),
        ]),
        ("[[SIG-48171|ken]]", "Overlast van personen of groep > Jongeren", [
            ("Locatie", "Stationsplein, fietsenstalling"),
            ("Omschrijving", "Groep jongeren intimideert reizigers in de avond."),
            ("Melder", "wijkagent [[Stefan Kampschreur|P]] (politie Weert)"),
            ("Toegewezen aan", "Team Handhaving"),
            ("Interne notitie", "Afgestemd met [[Kampschreur|P]]: extra surveillance vrijdag en zaterdag. Inzet boa "
                                "[[4417|O]] en boa [[4452|O]]."),
        ]),
    ]

    def html(h):
        out = ["<div class='top'><b>Signalen</b><span>"
               f"{h('Export meldingen [[1 maart 2025|dt]] t/m [[7 maart 2025|dt]] · gemeente Weert')}</span>"
               f"<span>{h('geëxporteerd door gebruiker [[m.kuijpers|O]]')}</span></div>"]
        for rid, cat, fields in recs:
            out.append(f"<div class='rec'><div class='rh'><span>{h(rid)}</span><span>{h(cat)}</span></div><table>")
            for k, v in fields:
                cls = " class='note'" if k == "Interne notitie" else ""
                out.append(f"<tr{cls}><td class='k'>{h(k)}</td><td>{h(v)}</td></tr>")
            out.append("</table></div>")
        out.append(f"<p style='font-size:7.5pt;color:#555'>{h('Vragen over deze export: [[signalen@weert.nl|mb]]')}</p>")
        return _page(SIG_CSS, "".join(out))
    return Doc("signalen_export_meldingen_weert.pdf", "formulier", "chromium", "m.kuijpers",
               "Signalen export", "2025-03-08", [], html=html,
               note="export uit het meldingensysteem Signalen (kaarten per melding): melders met e-mail en telefoon, "
                    "buren met huisnummer, kenteken en RDW-houder, Kraai naast ‘een kraai’, toegewezen aan "
                    "‘Vogel, Remco’, gebruikersnaam (OTHER), boa-nummers, Grieks mobiel nummer, wijkagent")


# ------------------------------------------------------------------ expense claim form

def declaratieformulier():
    body = [
        P("**Provincie Gelderland**", size=12),
        P("Declaratieformulier reis- en verblijfkosten", "h1"),
        P("Inleveren bij uw leidinggevende. Declaraties ouder dan drie maanden worden niet vergoed.", "small"),
        KV([["Naam medewerker", "[[Laura Kroon|P]]"],
            ["Personeelsnummer", "[[104877|O]]"],
            ["Afdeling / team", "Mobiliteit / team Openbaar Vervoer"],
            ["Woonadres", "[[Wilhelminastraat 44|A]], [[6881 KW|Z]] Velp"],
            ["IBAN", "[[NL15 TRIO 0391 8455 27|N]]"],
            ["Kenteken eigen auto", "[[GT-417-B|L]]"],
            ["Declaratieperiode", "februari 2025"]], label_w=0.3, style="grid", size=9.5),
        P("Specificatie", "h2"),
        Tbl([["Datum", "Van – naar", "Doel", "Vervoer", "Km", "Bedrag"],
             ["[[4 februari 2025|dt]]", "Arnhem – Apeldoorn v.v.", "overleg met wethouder [[Sevda Karaca|oth]] "
              "over busconcessie", "eigen auto", "62", "€ 14,26"],
             ["[[11 februari 2025|dt]]", "Arnhem – Zutphen v.v.", "werkbezoek gedeputeerde "
              "[[Maarten Buursink|oth]], station Zutphen", "trein", "–", "€ 18,40"],
             ["[[18 februari 2025|dt]]", "Arnhem – Utrecht v.v.", "congres OV-autoriteiten, lunch", "trein",
              "–", "€ 31,15"],
             ["[[25 februari 2025|dt]]", "Velp – Doetinchem v.v.", "bewonersavond Keppelseweg "
              "(contact: [[Bennie Wopereis|P]], dorpsraad)", "eigen auto", "48", "€ 11,04"],
             ["", "", "", "", "**Totaal**", "**€ 74,85**"]],
            [0.15, 0.2, 0.33, 0.11, 0.07, 0.14], size=8.5),
        P("Toelichting medewerker: op [[4 februari 2025|dt]] en [[25 februari 2025|dt]] was er geen "
          "geschikte OV-verbinding terug na 21.00 uur. Mw. [[Kroon|P]] reist verder met het OV."),
        KV([["Handtekening medewerker", "[[L. Kroon|P]]      datum [[3 maart 2025|dt]]"],
            ["Akkoord leidinggevende", "[[Wietske Hoogeveen|P]]      paraaf [[WH|I]]      datum "
                                       "[[5 maart 2025|dt]]"],
            ["Verwerkt door P&O", "[[pensalaris@gelderland.nl|mb]] · ref. [[DCL-25-03318|ken]]"]],
           label_w=0.3, style="lines", size=9),
    ]
    return Doc("declaratieformulier_reiskosten_gelderland.pdf", "formulier", "lo", "Kroon, L.",
               "Declaratie februari 2025", "2025-03-05", body, font="Nimbus Sans", size=10,
               opts={"margins": (20, 18, 20, 18)},
               note="ingevuld declaratieformulier (tabel): personeelsnummer (OTHER), woonadres, IBAN, kenteken, "
                    "wethouder en gedeputeerde in ritomschrijvingen (houden), dorpsraadlid, leidinggevende met "
                    "paraaf, ‘Mw. Kroon’")


def docs():
    return [transcript_teams(), gemeentepagina(), signalen_export(), declaratieformulier()]
