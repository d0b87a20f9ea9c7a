"""Digital-born prints: a WhatsApp group export (HTML -> Chromium, monospace text file print), a Word print with
tracked changes and comment balloons (HTML -> Chromium), a slide deck for residents (HTML -> Chromium, 16:9) and
an Outlook print of an e-mail forwarded twice with a long signature and disclaimer (reportlab TTF, DejaVu
Sans)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def _page(css, inner):
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{inner}</body></html>"


# ------------------------------------------------------------------ WhatsApp export

WA_CSS = """
@page { size: A4; margin: 15mm 16mm 16mm 16mm; }
body { font-family: 'DejaVu Sans Mono', monospace; font-size: 8.6pt; color: #111; }
.hd { font-family: 'Liberation Sans', sans-serif; font-size: 9pt; border-bottom: 1px solid #888; padding-bottom: 4px;
      margin-bottom: 10px; }
.l { white-space: pre-wrap; margin: 0 0 5px 0; line-height: 1.35; }
"""


def whatsapp_hoosbui_kampen():
    RD, W, BR = "[[Rana Hallak|P]]", "Wethouder [[Afke Jellema|oth]]", "[[Brahim|P]]"
    JP = "[[+31 6 4172 8830|T]]"
    lines = [
        ("03-07-2026 21:02:11", None, f"{RD} heeft groep ‘Hoosbui Brunnepe’ aangemaakt"),
        ("03-07-2026 21:02:40", None, f"{RD} heeft {W}, {BR} en {JP} toegevoegd"),
        ("03-07-2026 21:03:15", RD, "Meldkamer: ruim 40 meldingen van water in kelders en woningen in Brunnepe. "
                                   "Twee pompwagens van de brandweer zijn onderweg."),
        ("03-07-2026 21:05:02", W, "Dank [[Rana|P]]. Hoe staat het met het gemaal aan de Noordweg?"),
        ("03-07-2026 21:06:47", BR, "Gemaal draait op volle kracht. Het probleem zit in het riool van de "
                                    "Oranjestraat, dat kan dit niet aan."),
        ("03-07-2026 21:09:30", JP, "Hoi allemaal, met [[Jip|P]] van Stadsbeheer. We staan met twee man in de "
                                    "Oranjestraat. Er staat een auto op de put, kenteken [[VK-318-N|L]]. Kan iemand "
                                    "handhaving bellen?"),
        ("03-07-2026 21:10:02", RD, "@" + BR + " kun jij handhaving regelen?"),
        ("03-07-2026 21:10:30", BR, "Doe ik"),
        ("03-07-2026 21:18:55", RD, "Mevrouw [[Emine Yücel|P]], [[Oranjestraat 27|A]], belt steeds: 20 cm water in "
                                   "de woonkamer, ze is alleen met een baby. Haar nummer is [[06 3921 7740|T]]. "
                                   "Kan [[Jip|P]] daar als eerste langs?"),
        ("03-07-2026 21:20:12", JP, "Komen eraan"),
        ("03-07-2026 21:31:40", W, "Ik ga om 22.00 uur met burgemeester [[Boonstoppel|oth]] naar de Oranjestraat. "
                                   "Wie kan ons daar ontvangen?"),
        ("03-07-2026 21:33:05", BR, "Ik. Pers graag naar [[crisiscommunicatie@kampen.nl|mb]], inwoners met "
                                    "vragen naar [[14 038|gn]]."),
        ("03-07-2026 21:40:18", RD, "<Media weggelaten>"),
        ("03-07-2026 21:40:44", RD, "Foto van de buurman van mevrouw [[Yücel|P]], de heer [[Ekkelkamp|P]] "
                                   "([[Oranjestraat 29|A]]). Hij heeft zelf zandzakken gelegd en wil weten wie de "
                                   "schade betaalt."),
        ("03-07-2026 21:52:03", JP, "Auto is weggesleept. Put is weer vrij, water zakt."),
        ("03-07-2026 22:47:09", W, "Dank jullie wel, ook namens de burgemeester. [[Rana|P]], wil je morgen een "
                                   "raadsinformatiebrief voorbereiden? Graag zonder namen van bewoners."),
        ("03-07-2026 22:48:30", RD, "Komt goed, [[Afke|oth]]. Ik vraag [[Jip|P]] en [[Brahim|P]] om een lijst van "
                                   "de adressen met schade."),
        ("04-07-2026 07:55:12", JP, "Goedemorgen. Vannacht nog 12 kelders leeggepompt. Bij [[Oranjestraat 27|A]] "
                                    "staat een bouwdroger. Gr [[Jip|P]]"),
        ("04-07-2026 08:01:40", BR, "Top. Ik heb mevrouw [[Yücel|P]] gebeld, ze slaapt bij haar zus."),
        ("04-07-2026 08:03:22", None, f"{W} heeft de groep verlaten"),
    ]

    def html(h):
        out = ["<div class='hd'><b>WhatsApp-chat met Hoosbui Brunnepe</b> · export (zonder media) · "
               "toegevoegd aan Woo-besluit " + h("[[WOO-2026-0093|ken]]") + " van " + h("[[10 juli 2026|dt]]")
               + "</div>"]
        for ts, who, txt in lines:
            t = h(txt)
            if who is None:
                out.append(f"<div class='l'>[{ts}] {t}</div>")
            else:
                out.append(f"<div class='l'>[{ts}] {h(who)}: {t}</div>")
        return _page(WA_CSS, "".join(out))
    return Doc("whatsapp_export_hoosbui_brunnepe_kampen.pdf", "email", "chromium", "Hallak, R.",
               "WhatsApp-chat Hoosbui Brunnepe", "2026-07-10", [], html=html,
               note="WhatsApp-groepsexport (tekstbestand, monospace): weergavenamen met volledige naam (Syrische "
                    "naam), alleen voornaam (‘Brahim’) en alleen een nummer (+31 6 …, vijf keer samen met "
                    "systeemregels), @-vermelding, voornaam ‘Jip’ in de tekst, wethouder als ‘Wethouder Afke "
                    "Jellema’ en ‘Afke’ (houden), burgemeester met achternaam (houden), inwoner met Turkse naam, "
                    "adressen, 06-nummer, kenteken, buurman met achternaam, persmailbox en 14-nummer")


# ------------------------------------------------------------------ Word print with tracked changes and comments

WD_CSS = """
@page { size: A4; margin: 16mm 10mm 16mm 18mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.6pt; color: #000; }
table.w { border-collapse: collapse; width: 100%; }
td.t { width: 62%; vertical-align: top; padding: 0 8px 8px 0; line-height: 1.35; border-right: 1px dotted #b00; }
td.b { width: 38%; vertical-align: top; padding: 0 0 8px 8px; }
.bal { border: 1px solid #b00; background: #fbeaea; font-size: 7.6pt; padding: 3px 4px; margin-bottom: 4px;
       line-height: 1.3; }
.bal.c { border-color: #2f5597; background: #e9eff8; }
ins { color: #2f5597; text-decoration: underline; }
del { color: #b00; text-decoration: line-through; }
h1 { font-size: 13pt; margin: 0 0 4px 0; }
.meta { font-size: 8pt; color: #444; margin-bottom: 10px; }
.foot { font-size: 7pt; color: #444; margin-top: 10px; border-top: 1px solid #999; padding-top: 3px; }
.nw { white-space: nowrap; }
"""


def word_opmerkingen_stationsplein():
    def bal(label, text, h, comment=True):
        cls = "bal c" if comment else "bal"
        return f"<div class='{cls}'><b>{label}</b> {h(text)}</div>"

    def op(init, text, h):
        return f"<div class='bal c'><b>Opmerking [{h(init)}]:</b> {h(text)}</div>"

    rows = [
        ("<p><b>1. Inleiding</b></p>" "{p1}",
         ["op", "[[BK1|I]]", "Kunnen we hier ook de provinciale bijdrage noemen? [[Mounir|P]] weet het bedrag."]),
        ("{p2}", ["del", "Verwijderd:", "in het voorjaar van 2027"],
         ["op", "[[OT2|I]]", "Planning is afhankelijk van ProRail, liever geen datum noemen."]),
        ("{p3}", ["op", "[[BK3|I]]", "Naam van de ondernemer eruit halen, dit stuk wordt openbaar. Zie ook de "
                                     "reactie van [[Orhan|P]] hieronder."],
         ["op", "[[OT4|I]]", "Eens. Ik heb [[Kiran Lachmansingh|P]] op [[6 mei 2026|dt]] gebeld; hij vindt het goed "
                             "dat we zijn zorgen anoniem noemen."]),
        ("{p4}", ["op", "[[BK5|I]]", "Gedeputeerde [[Riemer Vlielander|oth]] heeft de bijdrage op "
                                     "[[14 april 2026|dt]] per brief bevestigd (kenmerk [[DRN/2026/11842|ken]])."],
         ["fmt", "Met opmaak:", "Lettertype: Vet"]),
        ("{p5}", ["op", "[[OT6|I]]", "Wethouder wil dit punt zelf toelichten in de commissie. Afstemmen met "
                                     "[[Benthe|P]]."]),
    ]
    p1 = ("<p>Het Stationsplein is de entree van Emmen. Het plein is versleten, onoverzichtelijk en niet "
          "ingericht op het groeiende aantal fietsers. Met dit voorstel vraagt het college de raad om een krediet "
          "van € 6,4 miljoen voor de herinrichting. <ins>De provincie Drenthe draagt € 2,1 miljoen bij uit het "
          "programma Bereikbaarheid.</ins></p>")
    p2 = ("<p><b>2. Planning</b></p><p>De uitvoering begint na de oplevering van de nieuwe fietsenstalling "
          "<del>in het voorjaar van 2027</del> en duurt ongeveer een jaar. Tijdens de werkzaamheden blijven het "
          "station en de bushaltes bereikbaar.</p>")
    p3 = ("<p><b>3. Participatie</b></p><p>Het voorlopig ontwerp is op twee avonden besproken met omwonenden, "
          "reizigers en ondernemers. <del>De eigenaar van {rw}, de heer {ks}, vreest dat zijn winkel tijdens de "
          "bouw slecht bereikbaar is.</del> <ins>Enkele ondernemers vrezen dat hun winkel tijdens de bouw slecht "
          "bereikbaar is.</ins> Het college neemt maatregelen om de bereikbaarheid te garanderen.</p>")
    p4 = ("<p><b>4. Financiën</b></p><p>Het krediet van € 6,4 miljoen wordt gedekt uit de reserve "
          "Binnenstad (€ 2,8 miljoen), de provinciale bijdrage (€ 2,1 miljoen) en de bijdrage van ProRail voor de "
          "fietsenstalling (€ 1,5 miljoen).</p>")
    p5 = ("<p><b>5. Voorstel</b></p><p>Het college stelt de raad voor een krediet van € 6,4 miljoen beschikbaar "
          "te stellen. Wethouder {weth} is portefeuillehouder. <ins>Het college heeft op {dt} ingestemd met het "
          "voorlopig ontwerp.</ins></p>")

    def html(h):
        fill = {"p1": p1, "p2": p2,
                "p3": p3.format(rw=h("[[Rijwielhandel Lachmansingh|org]]"), ks=h("[[Kiran Lachmansingh|P]]")),
                "p4": p4,
                "p5": p5.format(weth=h("[[Abena Acheampong|oth]]"), dt=h("[[28 april 2026|dt]]"))}
        out = ["<h1>Raadsvoorstel Herinrichting Stationsplein</h1>",
               "<div class='meta'>Concept versie 0.3 · gemeente Emmen · zaak " + h("[[Z/26/118204|ken]]")
               + "</div>", "<table class='w'>"]
        for row in rows:
            txt = row[0].replace("{p1}", fill["p1"]).replace("{p2}", fill["p2"]).replace("{p3}", fill["p3"]) \
                .replace("{p4}", fill["p4"]).replace("{p5}", fill["p5"])
            bals = []
            for b in row[1:]:
                if b[0] == "op":
                    bals.append(op(b[1], b[2], h))
                elif b[0] == "del":
                    bals.append(bal(b[1], b[2], h, comment=False))
                else:
                    bals.append(bal(b[1], b[2], h, comment=False))
            out.append(f"<tr><td class='t'>{txt}</td><td class='b'>{''.join(bals)}</td></tr>")
        out.append("</table>")
        out.append("<div class='foot'>Raadsvoorstel_Stationsplein_v0.3.docx · laatst opgeslagen door "
                   + "<span class='nw'>" + h("[[Kortlever, B.|P]]") + "</span>" + " op " + h("[[12 mei 2026|dt]]")
                   + " · wijzigingen van " + h("[[Benthe Kortlever|P]]") + " en " + h("[[Orhan Türkmen|P]]")
                   + "</div>")
        return _page(WD_CSS, "".join(out))
    return Doc("raadsvoorstel_stationsplein_emmen_met_opmerkingen.pdf", "nota", "chromium", "Kortlever, B.",
               "Raadsvoorstel Herinrichting Stationsplein (concept)", "2026-05-12", [], html=html,
               note="Word-afdruk met wijzigingen en opmerkingenballonnen: ‘Opmerking [BK1]’ … ‘[OT6]’ (initialen "
                    "met volgnummer), verwijderde tekst met de naam van een ondernemer (Surinaams-Hindoestaanse "
                    "naam) naast zijn rijwielhandel (houden), voornamen van collega’s in opmerkingen, "
                    "gedeputeerde en wethouder (Ghanese naam, houden), voettekst met ‘laatst opgeslagen door’ en "
                    "auteurs van wijzigingen (Turkse naam)")


# ------------------------------------------------------------------ slide deck for residents

SL_CSS = """
@page { size: 254mm 142.9mm; margin: 0; }
body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; color: #1d2b36; }
.slide { width: 254mm; height: 142.9mm; box-sizing: border-box; padding: 14mm 18mm 12mm 18mm; position: relative;
         page-break-after: always; overflow: hidden; }
.slide:last-child { page-break-after: auto; }
.band { position: absolute; left: 0; top: 0; width: 254mm; height: 6mm; background: #f2a900; }
h1 { font-size: 26pt; margin: 8mm 0 4mm 0; color: #0b4f6c; }
h2 { font-size: 20pt; margin: 0 0 6mm 0; color: #0b4f6c; }
.sub { font-size: 14pt; margin-bottom: 10mm; }
ul { font-size: 14pt; line-height: 1.45; margin: 0; padding-left: 7mm; }
.pres { font-size: 12pt; line-height: 1.5; }
table.c { border-collapse: collapse; font-size: 12pt; width: 100%; }
table.c td { padding: 3mm 3mm; vertical-align: top; border-bottom: 1px solid #c9d6df; line-height: 1.4; }
.gen { font-size: 12pt; margin-top: 6mm; }
.foot { position: absolute; left: 18mm; right: 18mm; bottom: 5mm; font-size: 8pt; color: #66757f; }
.nr { position: absolute; right: 18mm; bottom: 5mm; font-size: 8pt; color: #66757f; }
"""


def dia_zonnepark_veenhorst():
    FL = "[[Fiene Lagerwerf|P]]"
    slides = [
        "<h1>Zonnepark De Veenhorst</h1><div class='sub'>Informatieavond voor omwonenden · "
        "{d} · Dorpshuis Dalen</div><div class='pres'>{fl} – projectleider gemeente Coevorden<br>"
        "{al} – omgevingsmanager {zd}<br>met een welkomstwoord van gedeputeerde {rv}</div>",
        "<h2>Waar en wat?</h2><ul><li>38 hectare zonnepanelen ten oosten van de {vw}</li>"
        "<li>Grond van de familie {wg}, die het perceel 30 jaar verpacht</li>"
        "<li>Bouw voorjaar 2027, klaar in het najaar</li>"
        "<li>Omgevingsfonds: € 0,50 per opgewekte MWh voor de dorpen Dalen en Wachtum</li>"
        "<li>Vragen vooraf o.a. van de heer {kd} (zicht vanaf de Hooghalenseweg) en mevrouw {wk} (geluid "
        "van omvormers)</li></ul>",
        "<h2>Contact</h2><table class='c'>"
        "<tr><td>{fl}<br>projectleider gemeente</td><td>M {t1}<br>{e1}</td></tr>"
        "<tr><td>{al}<br>omgevingsmanager {zd}</td><td>M {t2}<br>{e2}</td></tr></table>"
        "<div class='gen'>Algemene vragen: {mb} · {gn} · {web}</div>",
    ]

    def html(h):
        f = dict(d="[[24 maart 2026|dt]]", fl=FL, al="[[Agus Pelupessy|P]]",
                 zd="[[Veenkoloniale Zonnestroom B.V.|org]]", rv="[[Riemer Vlielander|oth]]",
                 vw="[[Veenhorsterweg|pl]]", wg="[[Wiegersma|P]]", kd="[[K. Doelahasan|P]]",
                 wk="[[Wongsodikromo|P]]", t1="[[06 2180 5593|T]]", e1="[[f.lagerwerf@coevorden.nl|E]]",
                 t2="[[06 5307 1426|T]]", e2="[[agus.pelupessy@veenzonnestroom.nl|E]]",
                 mb="[[zonnepark@coevorden.nl|mb]]", gn="[[14 0524|gn]]",
                 web="[[www.coevorden.nl/veenhorst|gn]]")
        out = []
        for i, s in enumerate(slides, 1):
            inner = s
            for k, v in f.items():
                while "{" + k + "}" in inner:
                    inner = inner.replace("{" + k + "}", h(v), 1)
            out.append(f"<div class='slide'><div class='band'></div>{inner}<div class='foot'>{h(FL)} · Zonnepark "
                       f"De Veenhorst · informatieavond</div><div class='nr'>{i}</div></div>")
        return _page(SL_CSS, "".join(out))
    return Doc("presentatie_informatieavond_zonnepark_veenhorst.pdf", "presentatie", "chromium", "Lagerwerf, F.",
               "Zonnepark De Veenhorst – informatieavond", "2026-03-24", [], html=html,
               note="dia’s (16:9) van een informatieavond: sprekers op de titeldia (projectleider lakken, "
                    "omgevingsmanager van een energiebedrijf met Molukse naam lakken, gedeputeerde houden), "
                    "grondeigenaar als ‘de familie Wiegersma’, insprekers met Surinaams-Javaanse namen, "
                    "contactdia met mobiele nummers en e-mail naast functionele mailbox, 14-nummer en website, "
                    "naam projectleider in de voettekst van elke dia")


# ------------------------------------------------------------------ Outlook print, forwarded twice

def email_rws_geluid_a28():
    sig = ("ing. [[S. Mauritz|P]] | omgevingsmanager A28/A32\nRijkswaterstaat Oost-Nederland | "
           "Netwerkmanagement\n[[Eusebiusbuitensingel 66|pl]] | 6828 HZ Arnhem\nPostbus 9070 | 6800 ED Arnhem\n"
           "M [[06 4620 1837|T]] | T [[0800 8002|gn]]\n[[sijbrand.mauritz@rws.nl|E]]\naanwezig: ma, di, do\n"
           "[[www.rijkswaterstaat.nl|gn]]")
    disc = ("Dit bericht kan informatie bevatten die niet voor u is bestemd. Indien u niet de geadresseerde bent "
            "of dit bericht abusievelijk aan u is toegezonden, wordt u verzocht dat aan de afzender te melden en "
            "het bericht te verwijderen. De Staat aanvaardt geen aansprakelijkheid voor schade, van welke aard "
            "ook, die verband houdt met risico’s verbonden aan het elektronisch verzenden van berichten.\n"
            "This message may contain information that is not intended for you. If you are not the addressee or "
            "if this message was sent to you by mistake, you are requested to inform the sender and delete the "
            "message.")
    body = [
        P("**[[Tempelman, Bertine|P]]**", size=13, space_after=2),
        HR(),
        KV([["Van:", "[[Mauritz, Sijbrand|P]]"],
            ["Verzonden:", "woensdag [[19 augustus 2026|dt]] 09:12"],
            ["Aan:", "[[Tempelman, Bertine|P]]"],
            ["CC:", "Omgevingsmanagement ON <[[omgevingsmanagement.on@rws.nl|mb]]>"],
            ["Onderwerp:", "FW: FW: Klacht geluidsoverlast A28 Staphorst (zaak [[RWS-2026-118442|ken]])"]],
           label_w=0.15, size=9),
        P("[[Bertine|P]],"),
        P("Kun jij deze klacht oppakken? De heer [[Heuvelink|P]] heeft al twee keer gemaild. Het gaat om het "
          "nieuwe asfalt tussen Staphorst en De Lichtmis. Volgens de metingen van vorig jaar zitten we onder de "
          "plafondwaarde, maar de klacht over de voegovergang bij het viaduct lijkt me terecht. Graag een "
          "reactie binnen drie weken; wethouder [[Jansje Kroes|oth]] van Staphorst heeft er ook naar gevraagd."),
        P("Groet,\n[[Sijbrand|P]]"),
        P(sig, size=8.5),
        P(disc, size=7),
        HR(),
        P("**Van:** Rijkswaterstaat Informatie <[[info@rws.nl|mb]]>\n**Namens:** [[Pascal|P]] (RWS Informatie)\n"
          "**Verzonden:** maandag [[17 augustus 2026|dt]] 15:40\n**Aan:** [[Mauritz, Sijbrand|P]]\n"
          "**Onderwerp:** FW: Klacht geluidsoverlast A28 Staphorst", size=9),
        P("Goedemiddag [[Sijbrand|P]],\n\nVia het contactformulier kwam onderstaande klacht binnen. De melder "
          "wil graag teruggebeld worden. Kun jij dit binnen de servicetermijn oppakken?\n\nMet vriendelijke "
          "groet,\n[[Pascal|P]]\nRijkswaterstaat Informatie | [[0800 8002|gn]] (gratis)", size=9),
        P(disc, size=7),
        HR(),
        P("**Van:** Contactformulier rijkswaterstaat.nl <[[noreply@rws.nl|mb]]>\n**Verzonden:** zondag "
          "[[16 augustus 2026|dt]] 21:17\n**Aan:** [[info@rws.nl|mb]]\n**Onderwerp:** Klacht geluidsoverlast "
          "A28 Staphorst", size=9),
        KV([["Naam", "[[Lambert Heuvelink|P]]"],
            ["Adres", "[[Meenteweg 12|A]], [[7951 KT|Z]] Staphorst"],
            ["Telefoon", "[[0522 46 19 03|T]]"],
            ["E-mail", "[[l.heuvelink@hetnet.nl|E]]"],
            ["Bericht", "Sinds het nieuwe asfalt in juni hoor ik elke nacht een harde klap als vrachtwagens "
                        "over de voeg bij het viaduct rijden. Mijn buurvrouw, mevrouw [[Hendrika Scheperkamp|P]], "
                        "slaapt er ook slecht van. Ik heb dit op [[2 juli 2026|dt]] al gemeld en nooit iets "
                        "gehoord. Wilt u mij bellen?"]], label_w=0.15, style="lines", size=8.5),
    ]
    return Doc("email_rws_doorgestuurd_klacht_geluid_a28_staphorst.pdf", "email", "rl-ttf", "Tempelman, B.",
               "FW: FW: Klacht geluidsoverlast A28 Staphorst", "2026-08-19", body, font="DejaVuSans", size=9,
               opts={"margins": (20, 20, 18, 20)},
               note="Outlook-print van een twee keer doorgestuurde klacht: weergavenamen ‘Tempelman, Bertine’ en "
                    "‘Mauritz, Sijbrand’, lange handtekening met ‘S. Mauritz’, mobiel en e-mail naast 0800-nummer, "
                    "bezoekadres en website (houden), disclaimer twee keer, ‘Namens: Pascal’ van een functionele "
                    "mailbox, contactformulier met naam, adres, vast nummer en e-mail van een inwoner, buurvrouw "
                    "(lakken), wethouder (houden), noreply- en info-mailboxen")


def docs():
    return [whatsapp_hoosbui_kampen(), word_opmerkingen_stationsplein(), dia_zonnepark_veenhorst(),
            email_rws_geluid_a28()]
