"""Communication: an internal Rijkswaterstaat e-mail thread about a journalist's Woo request (HTML -> Chromium), a
draft press release of the gemeente Veere with editing comments (python-docx -> LibreOffice), a spreadsheet print of
odour complaints (HTML -> Chromium, landscape), a two-column Staatsbosbeheer newsletter (python-docx ->
LibreOffice) and a woningcorporatie's letter to a gemeente (reportlab TTF, DejaVu Serif)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def _page(css, inner):
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{inner}</body></html>"


# ------------------------------------------------------------------ Woo request thread (Chromium)

WOO_CSS = """
@page { size: A4; margin: 15mm 17mm 17mm 17mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #000; }
.owner { font-size: 13pt; font-weight: bold; margin-bottom: 2px; }
.bar { border-bottom: 2px solid #000; margin-bottom: 8px; }
table.hdr { border-collapse: collapse; margin-bottom: 12px; }
table.hdr td { padding: 1px 0; vertical-align: top; }
table.hdr td.l { font-weight: bold; width: 24mm; }
p { margin: 0 0 8px 0; line-height: 1.3; }
.sig { font-size: 9pt; color: #1f3864; line-height: 1.35; margin: 8px 0 14px 0; }
.q { margin-top: 8px; }
.h { margin: 6px 0 8px 0; line-height: 1.3; border-top: 1px solid #b5c4df; padding-top: 6px; }
.plain { font-family: 'DejaVu Sans Mono', monospace; font-size: 8.5pt; line-height: 1.35; white-space: pre-wrap; }
.disc { font-size: 7.5pt; color: #666; margin: 8px 0; }
"""


def email_woo_verzoek_journalist():
    hdr = [("Van:", "[[Karimi, Soraya|P]] (RWS-ZD)"),
           ("Verzonden:", "woensdag [[3 juni 2026|dt]] 10:14"),
           ("Aan:", "[[Kreek, Ewout de|P]] (RWS-ZD)"),
           ("CC:", "Woo-loket RWS <[[woo@rws.nl|mb]]>; [[Nanlohy, Flora|P]] (RWS-CD)"),
           ("Onderwerp:", "RE: Woo-verzoek [[RWS-2026/14482|ken]] trillingen Hansweert – termijn en zienswijzen")]
    r1 = [
        "Hoi [[Ewout|P]],",
        "Dank voor het snelle verzamelen. Ik heb 63 documenten in het dossier gezet. De termijn loopt af op "
        "[[17 juni 2026|dt]]; ik stel voor dat we met twee weken verdagen, omdat we derden om hun zienswijze "
        "moeten vragen ([[Arcadis|org]], het waterschap en twee bewoners van de Zeedijk).",
        "De verzoeker, mevrouw [[Anky van Oeveren|P]] van de [[PZC|org]], belde gisteren. Ze wil vooral de "
        "trillingsmetingen en de verslagen van de stuurgroep. Ik heb haar gezegd dat namen van bewoners en "
        "medewerkers worden weggelakt. Ze vroeg of ze deelbesluiten kan krijgen; dat lijkt mij verstandig.",
        "[[Flora|P]], kun jij als jurist meekijken naar de nulmeting van mevrouw [[Bayraktar|P]]? Daarin staan "
        "foto’s van het interieur van haar woning. Volgens mij valt dat geheel onder 5.1.2e.",
        "De minister ([[Hogerwerf|min]]) heeft in antwoord op Kamervragen al iets over de metingen gezegd; de "
        "woordvoering wil daarom een afschrift van het besluit vooraf.",
        "Groet,\n[[Soraya|P]]",
    ]
    sig = ("[[Soraya Karimi|P]]\nWoo-coördinator | Rijkswaterstaat Zee en Delta\n"
           "[[Poelendaelesingel 18|pl]] | 4331 JC Middelburg\nM [[06 1270 5584|T]]\n"
           "Rijkswaterstaat: [[0800-8002|gn]] (gratis) | [[www.rijkswaterstaat.nl|gn]]")
    qh = ("**Van:** [[Kreek, Ewout de|P]] (RWS-ZD) <[[ewout.de.kreek@rws.nl|E]]>\n"
          "**Verzonden:** dinsdag [[2 juni 2026|dt]] 16:40\n"
          "**Aan:** [[Karimi, Soraya|P]] (RWS-ZD)\n"
          "**Onderwerp:** RE: Woo-verzoek [[RWS-2026/14482|ken]] trillingen Hansweert")
    q1 = [
        "[[Soraya|P]],",
        "In de bijlage de stukken die ik heb gevonden: de verslagen van de stuurgroep, de mails met "
        "[[Lieneke Boone|P]] van het waterschap, de meetrapporten van [[Arcadis|org]] en de nulmeting van "
        "[[Zeedijk 12|A]]. Het verslag van [[20 april 2026|dt]] noemt ook de voorzitter van de dorpsraad. "
        "Mijn mobiel staat vanaf morgen uit (verlof), dus bel bij vragen [[Koos Vlijter|P]].",
        "[[Ewout|P]]",
    ]
    plain = ("-----Original Message-----\n"
             "From: [[Anky van Oeveren|P]] <[[a.vanoeveren@pzc.nl|E]]>\n"
             "Sent: maandag [[18 mei 2026|dt]] 21:03\n"
             "To: [[woo@rws.nl|mb]]\n"
             "Subject: Woo-verzoek trillingsschade dijkversterking Hansweert\n\n"
             "Geachte heer, mevrouw,\n\n"
             "Op grond van de Wet open overheid verzoek ik u om alle\n"
             "documenten over trillingen en schade door de\n"
             "dijkversterking Hansweert-Waarde vanaf 1 januari 2025,\n"
             "waaronder meetrapporten, klachten van bewoners en de\n"
             "verslagen van de stuurgroep.\n\n"
             "Ik ontvang de stukken graag digitaal. Mijn postadres is\n"
             "[[Nieuwe Burg 21|A]], [[4331 AG|Z]] Middelburg; telefonisch ben ik\n"
             "bereikbaar op [[06 4917 0263|T]].\n\n"
             "Met vriendelijke groet,\n"
             "[[Anky van Oeveren|P]]\n"
             "verslaggever PZC\n")

    def html(h):
        out = [f"<div class='owner'>{h('[[Kreek, Ewout de|P]]')}</div><div class='bar'></div>",
               "<table class='hdr'>" + "".join(f"<tr><td class='l'>{k}</td><td>{h(v)}</td></tr>" for k, v in hdr)
               + "</table>"]
        out += [f"<p>{h(p)}</p>" for p in r1]
        out.append(f"<div class='sig'>{h(sig)}</div>")
        out.append("<div class='disc'>Dit bericht kan informatie bevatten die niet voor u is bestemd. Bent u "
                   "niet de geadresseerde, meld dit dan aan de afzender en verwijder het bericht.</div>")
        out.append(f"<div class='q'><div class='h'>{h(qh)}</div>" + "".join(f"<p>{h(p)}</p>" for p in q1))
        out.append(f"<div class='h'></div><div class='plain'>{h(plain)}</div></div>")
        return _page(WOO_CSS, "".join(out))
    return Doc("email_rws_woo_verzoek_journalist_trillingen_hansweert.pdf", "email", "chromium", "Kreek, E. de",
               "RE: Woo-verzoek RWS-2026/14482", "2026-06-03", [], html=html,
               note="interne e-mailketen over een Woo-verzoek: weergavenamen ‘Karimi, Soraya’ (Afghaanse naam), "
                    "‘Kreek, Ewout de’ en ‘Nanlohy, Flora’ (Molukse naam) met afdelingscode, voornamen, verzoeker "
                    "(journalist) met e-mail, postadres en mobiel in een Engelstalig geciteerd origineel, krant "
                    "en adviesbureau (houden), bewoner en collega’s uit het stuurgroepverslag, minister "
                    "(houden), eigen bezoekadres, gratis nummer en Woo-mailbox (houden)")


# ------------------------------------------------------------------ draft press release (LibreOffice)

def persbericht_concept_veere():
    body = [
        P("Gewijzigd door [[Hanse, Rosalie|P]] op [[4 juni 2026|dt]] 14:02 – versie 3 – NIET VERSPREIDEN",
          size=8, space_after=6),
        P("**CONCEPT PERSBERICHT**", size=9, space_after=2),
        P("Gemeente Veere zoekt nieuwe exploitanten voor drie strandpaviljoens", "title", size=16),
        P("Domburg, [[5 juni 2026|dt]] – De gemeente Veere start deze zomer een openbare selectie voor drie "
          "strandpaviljoens bij Domburg en Oostkapelle. De huidige vergunningen lopen eind 2027 af. Ondernemers "
          "kunnen tot [[1 oktober 2026|dt]] een plan indienen. De gemeente let daarbij niet alleen op de prijs, "
          "maar ook op duurzaamheid, toegankelijkheid en de bijdrage aan het dorp."),
        P("Wethouder [[Meindert Kamerling|oth]] (Economie en Toerisme): “Onze stranden zijn van iedereen. We "
          "willen paviljoens die het hele jaar iets toevoegen, ook voor de inwoners van Domburg. Wie hier een "
          "paviljoen wil runnen, moet laten zien hoe hij met de duinen en met de buren omgaat.”"),
        P("[opmerking [[RH|I]]: bedrag pachtprijs nog checken bij Financiën – [[Jelmar|P]] weet dit]", size=9,
          space_after=6),
        P("Informatieavond", "h2"),
        P("Op [[23 juni 2026|dt]] houdt de gemeente een informatieavond in het Badpaviljoen in Domburg. "
          "Geïnteresseerde ondernemers kunnen zich aanmelden via [[strandpaviljoens@veere.nl|mb]]. Ook de "
          "huidige exploitanten, waaronder [[Strandpaviljoen De Branding|org]] en [[Beachclub Noordduin|org]], "
          "zijn uitgenodigd."),
        P("Burgemeester [[Reinout Doeleman|oth]]: “Het strand is ons visitekaartje. Ik ben blij dat we dit "
          "zorgvuldig en open doen.”"),
        P("[opmerking [[Rosalie|P]]: quote burgemeester nog niet geaccordeerd door kabinet, [[Jelmar Meulmeester|P]] "
          "vraagt het na]", size=9, space_after=6),
        P("Tijdpad", "h2"),
        P("juni 2026: informatieavond en publicatie selectieleidraad", "bullet"),
        P("[[1 oktober 2026|dt]]: sluiting inschrijving", "bullet"),
        P("december 2026: besluit college", "bullet"),
        P("seizoen 2028: nieuwe paviljoens open", "bullet"),
        HR(),
        P("**Noot voor de redactie** (niet voor publicatie)", size=9, space_after=2),
        P("Voor meer informatie kunt u contact opnemen met woordvoerder [[Romy Coronel|oth]] via "
          "[[0118 55 53 00|gn]] of [[pers@veere.nl|mb]]. Inhoudelijke vragen: projectleider "
          "[[Rosalie Hanse|P]] ([[r.hanse@veere.nl|E]]).", size=9),
    ]
    return Doc("persbericht_concept_strandpaviljoens_veere.pdf", "persbericht", "lo", "Hanse, R.",
               "Concept persbericht strandpaviljoens", "2026-06-04", body, font="Liberation Sans", size=10,
               running=[Running("Gemeente Veere · Communicatie · concept [[4 juni 2026|dt]]", "footer", "all",
                                "center", 7)],
               opts={"margins": (25, 25, 20, 20), "space_after": 7, "line_spacing": 1.2},
               note="concept-persbericht met bewerkingsregel ‘Gewijzigd door Hanse, Rosalie’, opmerkingen tussen "
                    "haken met initialen en voornamen van ambtenaren (lakken), citaten van wethouder en "
                    "burgemeester (houden), woordvoerder in de noot voor de redactie (houden, met algemeen "
                    "nummer en persmailbox), projectleider met e-mail (lakken), paviljoens (houden)")


# ------------------------------------------------------------------ spreadsheet print of odour complaints (Chromium)

SH_CSS = """
@page { size: A4 landscape; margin: 10mm 10mm 12mm 10mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 7.8pt; color: #000; }
.top { display: flex; justify-content: space-between; font-size: 8pt; margin-bottom: 4px; }
table { border-collapse: collapse; width: 100%; }
th { background: #d9d9d9; border: 0.6px solid #8c8c8c; padding: 2px 3px; text-align: left; font-weight: bold; }
td { border: 0.6px solid #8c8c8c; padding: 2px 3px; vertical-align: top; }
td.rn { background: #efefef; color: #444; text-align: right; width: 5mm; }
.nw { white-space: nowrap; }
.foot { margin-top: 4px; font-size: 7.5pt; color: #444; }
"""


def meldingen_geur_dalerveen():
    cols = ["Nr", "Datum", "Tijd", "Melder", "Adres", "Telefoon", "E-mail", "Omschrijving", "Beh.", "Status"]
    rows = [
        ["[[26-0031|ken]]", "[[06-01-2026|dt]]", "19:40", "dhr. [[H.J. Stoeve|P]]", "[[Dalerstraat 44|A]]",
         "[[06 2417 8830|T]]", "", "Zware mestlucht, ramen moeten dicht. Derde keer deze week.", "[[GH|I]]",
         "afgehandeld"],
        ["[[26-0034|ken]]", "[[07-01-2026|dt]]", "08:15", "mw. [[Ş. Erkoç|P]]", "[[Kerkweg 3|A]]", "",
         "[[s.erkoc@ziggo.nl|E]]", "Lucht bij de schoolroute, vooral als de wind uit het oosten "
         "komt.", "[[GH|I]]", "afgehandeld"],
        ["[[26-0040|ken]]", "[[09-01-2026|dt]]", "22:05", "[[Fam. Lubbinge|P]]", "[[Dalerstraat 51|A]]",
         "[[0524 55 17 09|T]]", "", "Geur en laag bromgeluid van de installatie.", "[[MtB|I]]", "afgehandeld"],
        ["[[26-0047|ken]]", "[[13-01-2026|dt]]", "07:30", "[[Otten-Veenhuis, A.|P]]", "[[Hoogeveenseweg 8|A]]",
         "[[06 5138 2274|T]]", "", "Stank sinds zondag, vooral ’s ochtends vroeg. Wil teruggebeld worden.",
         "[[MtB|I]]", "afgehandeld"],
        ["[[26-0052|ken]]", "[[15-01-2026|dt]]", "18:55", "anoniem", "–", "–", "–",
         "Melding via app, geen contactgegevens.", "[[GH|I]]", "gesloten"],
        ["[[26-0058|ken]]", "[[19-01-2026|dt]]", "20:20", "dhr. [[H.J. Stoeve|P]]", "[[Dalerstraat 44|A]]",
         "[[06 2417 8830|T]]", "", "[[Stoeve|P]] meldt opnieuw: geur tot in de slaapkamer. Vraagt om "
         "handhavingsverzoek-formulier.", "[[GH|I]]", "in behandeling"],
        ["[[26-0063|ken]]", "[[22-01-2026|dt]]", "12:10", "[[Dorpsbelangen Dalen|org]]", "–", "",
         "[[dorpsbelangendalen@gmail.com|mb]]", "Verzoek om overzicht van alle meldingen voor de "
         "dorpsvergadering.", "[[MtB|I]]", "doorgezet Woo"],
        ["[[26-0066|ken]]", "[[23-01-2026|dt]]", "06:45", "[[Bavinck, R.|P]]", "[[Ossebroeken 17|A]]",
         "[[06 8392 0145|T]]", "[[rbavinck@kpnmail.nl|E]]", "Zeer sterke geur bij het hardlopen langs de "
         "vergister; vrachtwagen stond met open klep.", "[[GH|I]]", "afgehandeld"],
        ["[[26-0071|ken]]", "[[27-01-2026|dt]]", "21:30", "mw. [[G. Zefanja-Doekhie|P]]",
         "[[Dalerstraat 12|A]]", "[[0524 55 20 86|T]]", "", "Geur, ook binnen met de ramen dicht. Vraagt om "
         "een terugkoppeling per brief.", "[[MtB|I]]", "afgehandeld"],
        ["[[26-0074|ken]]", "[[29-01-2026|dt]]", "17:05", "[[Tamar Oude Elferink|P]]", "[[Kerkweg 10|A]]",
         "[[06 1193 7725|T]]", "", "Geur bij de sportvelden tijdens de training.", "[[GH|I]]", "afgehandeld"],
        ["[[26-0080|ken]]", "[[02-02-2026|dt]]", "10:40", "[[Hoa Lai|P]]", "[[Schapendrift 6|A]]",
         "", "[[hoa.lai@outlook.com|E]]", "Vraagt of de geur schadelijk is voor haar moestuin.", "[[MtB|I]]",
         "afgehandeld"],
        ["[[26-0085|ken]]", "[[05-02-2026|dt]]", "23:15", "dhr. [[V. Bondar|P]]", "[[Hoogeveenseweg 21|A]]",
         "[[06 4470 3358|T]]", "", "Geur en fakkel van de installatie brandt ’s nachts.", "[[GH|I]]",
         "in behandeling"],
        ["[[26-0089|ken]]", "[[09-02-2026|dt]]", "19:00", "dhr. [[H.J. Stoeve|P]]", "[[Dalerstraat 44|A]]",
         "[[06 2417 8830|T]]", "", "Geen verbetering. Heeft raadslid [[Jentje Jalink|oth]] gemaild.", "[[GH|I]]",
         "in behandeling"],
        ["[[26-0093|ken]]", "[[11-02-2026|dt]]", "08:05", "[[Kasper Rozendal|P]]", "[[Ossebroeken 4|A]]",
         "[[06 7320 1186|T]]", "", "Vrachtwagens van [[Loonbedrijf Rozendal & Zn.|org]] rijden mest aan "
         "voor 06:00 uur.", "[[MtB|I]]", "in behandeling"],
    ]

    def html(h):
        out = ["<div class='top'><span>Meldingen_geur_Dalerveen_2026.xlsx – Blad1</span><span>"
               "Regionale Uitvoeringsdienst Drenthe · team Milieumeldingen · afgedrukt " + h("[[16-02-2026|dt]]")
               + "</span></div>",
               "<table><tr><th></th>" + "".join(f"<th>{c}</th>" for c in cols) + "</tr>"]
        for i, r in enumerate(rows, 2):
            cells = []
            for j, c in enumerate(r):
                cls = " class='nw'" if j in (0, 1, 2, 3, 4, 5, 6, 8) else ""
                cells.append(f"<td{cls}>{h(c)}</td>")
            out.append(f"<tr><td class='rn'>{i}</td>" + "".join(cells) + "</tr>")
        out.append("</table>")
        out.append("<div class='foot'>" + h("Beh. = behandelaar. Inrichting: [[Bio-energie Dalerveen B.V.|org]], "
                   "Dalerveen. Algemeen nummer RUD Drenthe: [[0592 36 54 00|gn]], meldingen via "
                   "[[meldingen@ruddrenthe.nl|mb]].") + "</div>")
        return _page(SH_CSS, "".join(out))
    return Doc("meldingen_geur_vergister_dalerveen_q1.pdf", "formulier", "chromium", "RUD Drenthe",
               "Meldingen geur Dalerveen 2026", "2026-02-16", [], html=html,
               note="spreadsheetprint (liggend, rasterlijnen, rijnummers, bestandsnaam en ‘Blad1’) van geurmeldingen: "
                    "melders in wisselende vormen (‘dhr. H.J. Stoeve’ drie keer en ‘Stoeve’ in de omschrijving, "
                    "‘mw. Ş. Erkoç’, ‘Fam. Lubbinge’, ‘Otten-Veenhuis, A.’, Surinaamse dubbele naam, Chinese en "
                    "Oekraïense naam, ‘Oude Elferink’), adressen, vaste en mobiele nummers, particuliere e-mail, "
                    "straat naar een plaats (‘Hoogeveenseweg’), behandelaars als initialen (‘GH’, ‘MtB’), "
                    "dorpsvereniging met gmail-adres en loonbedrijf met persoonsnaam naast melder met dezelfde "
                    "achternaam, raadslid (houden)")


# ------------------------------------------------------------------ two-column newsletter (LibreOffice)

def nieuwsbrief_staatsbosbeheer():
    left = ("**Nieuwe boswachter in Appelscha**\n"
            "Sinds maart werkt [[Ymke Das|P]] als boswachter publiek in het Drents-Friese Wold. Zij komt van de "
            "Veluwe en kent het gebied nog van haar stage. ‘Het mooiste vind ik de stilte in de vroege ochtend, "
            "als je een [[das|w]] over het pad ziet lopen’, zegt [[Ymke|P]]. Boswachter [[Das|P]] leidt vanaf "
            "mei de excursies op zondag.\n\n"
            "**Broedvogeltelling**\n"
            "Dit voorjaar telden veertig vrijwilligers de broedvogels in de boswachterij. Opvallend is de "
            "terugkeer van de zwarte [[specht|w]] bij het Aekingerzand. Vrijwilliger [[Marijke Specht|P]] "
            "coördineerde de telling voor het twaalfde jaar. ‘Met zo’n achternaam kun je niet anders’, lacht "
            "[[Marijke|P]].\n\n"
            "**Werkzaamheden Wapserveld**\n"
            "Van [[1 september 2026|dt]] tot [[15 november 2026|dt]] dunnen wij het bos langs de Wapserveld-"
            "route. Het fietspad blijft open. Vragen? Bel teamleider [[Nynke Bosgra|P]] op "
            "[[06 5193 2847|T]].")
    right = ("**Opening vernieuwd bezoekerscentrum**\n"
             "Op [[18 april 2026|dt]] opende gedeputeerde [[Ebbo Brinks|oth]] samen met burgemeester "
             "[[Lucie Vrieling|oth]] van Westerveld het vernieuwde bezoekerscentrum aan de "
             "[[Bosberg 1|pl]] in Appelscha. De tentoonstelling over de wolf is gemaakt met "
             "[[Stichting Oude Drentse Landschappen|org]].\n\n"
             "**Van de buren**\n"
             "Bewoners van de Boerestreek in Appelscha hebben een bijenlint aangelegd langs de bosrand. "
             "Initiatiefnemer [[Ahmad Popal|P]] vertelt dat twintig gezinnen meedoen. Ook [[Tjitse Sikkens|P]] "
             "van de [[Kastanjelaan 6|A]] stelde zijn weiland beschikbaar.\n\n"
             "**Vrijwilliger worden?**\n"
             "Meld je aan via [[drentsfrieswold@staatsbosbeheer.nl|mb]] of bel [[030 692 61 11|gn]]. "
             "Kijk ook op [[www.staatsbosbeheer.nl|gn]].")
    body = [
        P("**Staatsbosbeheer**", size=11, space_after=0),
        P("Nieuws uit het Drents-Friese Wold", "title", size=18),
        P("Voorjaar 2026 · voor bewoners, vrijwilligers en bezoekers", size=9, space_after=6),
        HR(),
        Tbl([[left, right]], [0.485, 0.485], header=False, grid=False, size=9.5, shade=None),
        HR(),
        P("Redactie: [[Nynke Bosgra|P]] en [[Ymke Das|P]]. Foto’s: vrijwilligers van het Drents-Friese Wold. "
          "Deze nieuwsbrief verschijnt vier keer per jaar.", size=8),
    ]
    return Doc("nieuwsbrief_staatsbosbeheer_drents_friese_wold_voorjaar.pdf", "nieuwsbrief", "lo", "Bosgra, N.",
               "Nieuws uit het Drents-Friese Wold voorjaar 2026", "2026-04-28", body, font="Liberation Sans",
               size=10,
               opts={"margins": (18, 18, 18, 18), "space_after": 4, "line_spacing": 1.1},
               note="nieuwsbrief in twee kolommen (tabel zonder lijnen): boswachter ‘Ymke Das’ / ‘Das’ naast het "
                    "dier ‘das’ (houden), vrijwilliger ‘Marijke Specht’ naast de zwarte ‘specht’ (houden), "
                    "teamleider met mobiel nummer, bewoners met Afghaanse en Groningse naam en adres (lakken), "
                    "gedeputeerde en burgemeester (houden), stichting en bezoekerscentrum (houden), algemene "
                    "nummers en mailbox")


# ------------------------------------------------------------------ woningcorporatie -> gemeente (reportlab TTF)

def brief_woningcorporatie_gemeente():
    body = [
        P("**Woonstichting Oosterschelde**", size=13, space_after=0),
        P("Postbus 41 · 4490 AA Wissenkerke · [[0113 37 12 00|gn]] · [[verhuur@woonoosterschelde.nl|mb]]",
          size=8),
        HR(),
        Sp(6),
        P("Gemeente Noord-Beveland\nt.a.v. team Sociaal Domein, mevrouw [[D. Özkaya|P]]\nPostbus 7\n"
          "4490 AA  Wissenkerke", space_after=12),
        P("Wissenkerke, [[12 mei 2026|dt]]\nOns kenmerk: [[WO/VS/26-0418|ken]]\nBetreft: melding vroegsignalering "
          "huurachterstand", space_after=10),
        P("Beste [[Dilara|P]],"),
        P("Zoals afgesproken in het convenant vroegsignalering melden wij u een huishouden met een "
          "huurachterstand van drie maanden. Het gaat om mevrouw [[Nasrin Hakimi|P]], [[Havenstraat 9|A]] in "
          "Kortgene, huurdersnummer [[HN-2207815|O]]. Mevrouw [[Hakimi|P]] woont er met drie kinderen. De "
          "achterstand bedraagt € 2.415."),
        P("Onze huurconsulent, [[Emiel van Belzen|P]], heeft op [[28 april 2026|dt]] een huisbezoek gebracht. "
          "Mevrouw [[Hakimi|P]] gaf aan dat haar toeslagen sinds februari niet meer worden uitbetaald en dat zij "
          "niet weet waarom. [[Van Belzen|P]] heeft haar geholpen met een brief aan de Belastingdienst. Zij staat "
          "open voor hulp van de gemeente; zij heeft ingestemd met deze melding."),
        P("Wij stellen voor dat uw schuldhulpverlener samen met [[Emiel|P]] een tweede gesprek voert. De [[kosten|w]] "
          "van een eventuele uitzettingsprocedure zijn voor alle partijen hoger dan een betalingsregeling. Wij "
          "zetten de incassoprocedure daarom drie maanden stil. Wethouder [[Lenie Moerland|oth]] heeft in het "
          "bestuurlijk overleg van maart gevraagd ons dat in zulke gevallen te doen."),
        P("U kunt [[Emiel|P]] rechtstreeks bereiken op [[06 3840 1957|T]] of via [[e.vanbelzen@woonoosterschelde.nl|E]]. "
          "Voor algemene vragen over het convenant kunt u mij bellen."),
        P("Met vriendelijke groet,"),
        Sp(8),
        P("[[Brechtje Kosten|P]]\nmanager Wonen, Woonstichting Oosterschelde\nT [[0113 37 12 45|T]]"),
    ]
    return Doc("brief_woonstichting_melding_vroegsignalering_kortgene.pdf", "brief", "rl-ttf", "Kosten, B.",
               "Melding vroegsignalering huurachterstand", "2026-05-12", body, font="DejaVuSerif", size=9.5,
               opts={"margins": (25, 22, 22, 22)},
               note="brief van een woningcorporatie aan een gemeente over een huurder (Afghaanse naam) met adres "
                    "en huurdersnummer, huurconsulent als ‘Emiel van Belzen’ / ‘Van Belzen’ / ‘Emiel’ met mobiel "
                    "en e-mail, gemeentelijke contactpersoon met initiaal en voornaam, ondertekenaar ‘Kosten’ "
                    "naast het woord ‘kosten’ (houden), wethouder (houden), algemeen nummer en mailbox")


def docs():
    return [email_woo_verzoek_journalist(), persbericht_concept_veere(), meldingen_geur_dalerveen(),
            nieuwsbrief_staatsbosbeheer(), brief_woningcorporatie_gemeente()]
