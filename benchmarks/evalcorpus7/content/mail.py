"""E-mail and chat: an Outlook print of a reply to a citizen that quotes his message (HTML -> Chromium), a
forwarded internal thread about a minister's working visit (python-docx -> LibreOffice), an Outlook print of a
meeting invitation with a two-column signature and a quoted message (reportlab TTF, DejaVu Sans) and a
WhatsApp text export of a wethouder's group chat (reportlab TTF, Liberation Sans Narrow)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def _page(css, inner):
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{inner}</body></html>"


# ------------------------------------------------------------------ Outlook: reply to a citizen

OL_CSS = """
@page { size: A4; margin: 15mm 17mm 17mm 17mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #000; }
.owner { font-size: 14pt; font-weight: bold; border-bottom: 2.5px solid #000; padding-bottom: 3px; margin-bottom: 8px; }
table.hdr { border-collapse: collapse; margin-bottom: 12px; }
table.hdr td { padding: 1px 0; vertical-align: top; }
table.hdr td.l { font-weight: bold; width: 26mm; }
p { margin: 0 0 8px 0; line-height: 1.3; }
.sig { font-size: 9pt; color: #1f3864; line-height: 1.35; margin: 10px 0 6px 0; }
.disc { font-size: 7.5pt; color: #777; margin-bottom: 12px; }
.q { border-top: 1px solid #b5c4df; padding-top: 6px; }
.q .h { margin-bottom: 8px; line-height: 1.3; }
.nw { white-space: nowrap; }
"""


def outlook_antwoord_inwoner():
    hdr = [("Van:", "[[Esajas, Vanessa|P]]"),
           ("Verzonden:", "dinsdag [[16 juni 2026|dt]] 11:24"),
           ("Aan:", "[[m.woldu84@gmail.com|E]]"),
           ("CC:", "[[Kartoredjo, Glenn|P]]; Verkeer <[[verkeer@zaanstad.nl|mb]]>"),
           ("Onderwerp:", "RE: Hardrijders en onveilige oversteek Vincent van Goghweg")]
    reply = [
        "Beste heer [[Woldu|P]],",
        "Dank voor uw e-mail en de foto’s. Ik begrijp uw zorgen over de snelheid op de Vincent van Goghweg, "
        "zeker bij de oversteek naar de basisschool op de hoek met de [[Jacob Catsstraat|pl]]. Wethouder [[Rogier Zwijnenberg|oth]] heeft de situatie op "
        "[[11 juni 2026|dt]] zelf bekeken, samen met mijn collega [[Glenn|P]], de wijkmanager.",
        "Van 2 tot en met 9 juni hebben wij de snelheid gemeten. Ongeveer een op de vijf auto’s rijdt harder "
        "dan 50 km/u; ’s avonds zijn er uitschieters tot boven de 80. Wij gaan daarom drie dingen doen: na de "
        "zomervakantie komt er een tijdelijke verkeersdrempel bij de oversteek, wij vragen de politie om "
        "gerichte controles, en in het najaar onderzoeken wij of de weg een 30 km-zone kan worden.",
        "Uw buurvrouw, mevrouw [[Post|P]], belde ons vorige week met dezelfde vraag. Haar brief was met de "
        "[[post|w]] bij de verkeerde afdeling terechtgekomen. Ik bel haar deze week ook nog.",
        "Met vriendelijke groet,",
    ]
    sig = ("[[Vanessa Esajas|P]]\nVerkeerskundige | Team Mobiliteit\nGemeente Zaanstad\n"
           "T [[075 681 64 27|T]] | M [[06 1147 2953|T]]\nWerkdagen: ma, di en do\n"
           "[[www.zaanstad.nl|gn]] | [[14 075|gn]]")
    disc = ("Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht per vergissing "
            "ontvangen, meld dit dan aan de afzender en verwijder het bericht.")
    qh = ("**Van:** [[Mehari Woldu|P]] <[[m.woldu84@gmail.com|E]]>\n"
          "**Verzonden:** zondag [[14 juni 2026|dt]] 21:47\n"
          "**Aan:** Gemeente Zaanstad <[[info@zaanstad.nl|mb]]>\n"
          "**Onderwerp:** Hardrijders en onveilige oversteek Vincent van Goghweg")
    quoted = [
        "Geachte heer/mevrouw,",
        "Ik woon sinds 2019 met mijn gezin aan de [[Vincent van Goghweg 88|A]] in Zaandam. Elke ochtend rijden "
        "hier auto’s veel te hard, precies op het moment dat de kinderen naar school gaan. Mijn dochter "
        "[[Hiwet|P]] (8) steekt hier elke dag over. Vorige week donderdag werd een jongen bijna aangereden door "
        "een witte bestelbus ([[VL-427-G|L]]). Ik heb foto’s gemaakt, die stuur ik mee.",
        "Mijn buurvrouw, mevrouw [[Jikke Post|P]] van nummer 92, heeft hier ook al over gebeld. Wij willen "
        "graag een drempel of een zebrapad. Kan iemand van de gemeente komen kijken? Ik ben na 17.00 uur "
        "bereikbaar op [[06 3385 1720|T]].",
        "Met vriendelijke groet,\n[[Mehari Woldu|P]]",
    ]

    def html(h):
        out = [f"<div class='owner'>{h('[[Esajas, Vanessa|P]]')}</div>",
               "<table class='hdr'>" + "".join(f"<tr><td class='l'>{k}</td><td>{h(v)}</td></tr>" for k, v in hdr)
               + "</table>"]
        out += [f"<p>{h(p)}</p>" for p in reply]
        out.append(f"<div class='sig'>{h(sig)}</div><div class='disc'>{h(disc)}</div>")
        out.append(f"<div class='q'><div class='h'>{h(qh)}</div>" + "".join(
            "<p>" + h(p).replace("VL-427-G", "<span class='nw'>VL-427-G</span>") + "</p>" for p in quoted)
            + "</div>")
        return _page(OL_CSS, "".join(out))
    return Doc("email_outlook_antwoord_verkeer_vincent_van_goghweg.pdf", "email", "chromium", "Esajas, Vanessa",
               "RE: Hardrijders en onveilige oversteek", "2026-06-16", [], html=html,
               note="Outlook-print van een antwoord aan een inwoner (Eritrese naam) met het geciteerde "
                    "oorspronkelijke bericht: adres in een straat met een persoonsnaam, dochter met voornaam, "
                    "kenteken, buurvrouw ‘Jikke Post’ / ‘mevrouw Post’ naast ‘met de post’, wijkmanager als "
                    "‘Kartoredjo, Glenn’ in CC en met voornaam, handtekening met direct en mobiel nummer naast "
                    "14-nummer, wethouder (houden), functionele mailboxen")


# ------------------------------------------------------------------ forwarded thread (LibreOffice)

def doorgestuurde_keten_werkbezoek():
    m1 = ("**Van:** [[Wibowo, Ratna|P]]\n"
          "**Verzonden:** maandag [[13 april 2026|dt]] 09:12\n"
          "**Aan:** [[Haringsma, Rixt|P]]\n"
          "**CC:** Bestuurssecretariaat; [[Tolsma, Pier|P]]\n"
          "**Onderwerp:** FW: FW: Werkbezoek minister VRO 24 april – conceptprogramma")
    b1 = ("Hoi [[Rixt|P]],\n\nZie de mail van het ministerie hieronder. Kun jij met [[Pier|P]] de raadzaal en de "
          "koffie regelen? Burgemeester [[Hofstra|oth]] wil de minister om 13.30 uur bij de ingang ontvangen; "
          "wethouder [[Tess van der Hulst|oth]] is bij het hele bezoek.\n\nLet op: de familie in de Oranjewijk wil "
          "niet met naam of foto in de media. Dat heb ik ook aan [[Yohan|P]] doorgegeven.\n\nGroet,\n[[Ratna|P]]")
    m2 = ("**Van:** [[Sopacua, Yohan|P]]\n"
          "**Verzonden:** vrijdag [[10 april 2026|dt]] 17:40\n"
          "**Aan:** [[Wibowo, Ratna|P]]\n"
          "**Onderwerp:** FW: Werkbezoek minister VRO 24 april – conceptprogramma")
    b2 = ("[[Ratna|P]], ter info en actie. Ik ben volgende week met verlof; [[Rixt|P]] kan het van je overnemen "
          "als je wilt. Het programma is nog concept, het ministerie wil vóór donderdag een reactie.\n\n"
          "Met vriendelijke groet,\n\n[[Yohan Sopacua|P]]\nBestuursadviseur | Gemeente Nijkerk\n"
          "T [[033 247 18 53|T]] | M [[06 1288 4730|T]] | algemeen [[14 033|gn]]")
    m3 = ("**Van:** [[Meijer-Tanasale, Carmen|P]] <[[carmen.meijer@minvro.nl|E]]>\n"
          "**Verzonden:** vrijdag [[10 april 2026|dt]] 15:05\n"
          "**Aan:** [[Sopacua, Yohan|P]] <[[y.sopacua@nijkerk.eu|E]]>\n"
          "**CC:** Werkbezoeken VRO <[[werkbezoeken@minvro.nl|mb]]>; [[Groothuis, Jouke|P]]\n"
          "**Onderwerp:** Werkbezoek minister VRO 24 april – conceptprogramma")
    b3a = ("Beste [[Yohan|P]],\n\nHierbij het conceptprogramma voor het werkbezoek van minister "
           "[[Hiske Wielenga|min]] aan Nijkerk op vrijdag 24 april. De minister wil graag zien hoe de gemeente de "
           "doorstroming op de woningmarkt aanpakt en spreekt met een huurder die van een eengezinswoning naar "
           "een seniorenwoning is verhuisd.")
    prog = [["Tijd", "Onderdeel", "Wie"],
            ["13.30", "Ontvangst in het stadhuis door burgemeester [[Guus Hofstra|oth]]", "gemeente"],
            ["13.45", "Presentatie ‘Doorstromen in Nijkerk’ door wethouder [[Tess van der Hulst|oth]]",
             "gemeente"],
            ["14.30", "Bezoek aan de familie [[Latuhihin|P]], [[Oranjelaan 31|A]] (contact: [[06-28170394|T]])",
             "[[Woonstichting Eemland|org]]"],
            ["15.15", "Korte persgelegenheid bij het stadhuis, daarna vertrek", "woordvoerder"]]
    b3b = ("Namens het ministerie reizen mee: [[Jouke Groothuis|P]] (woordvoerder) en [[Boukje Plantinga|P]] "
           "(beleidsmedewerker doorstroming). Chauffeur [[Melvin|P]] meldt zich bij de achteringang. Wilt u mij "
           "vóór donderdag laten weten of het programma haalbaar is en wie namens de gemeente het "
           "aanspreekpunt is?\n\nMet vriendelijke groet,\n\n[[Carmen Meijer-Tanasale|P]]\n"
           "Senior adviseur bezoeken en evenementen\nMinisterie van Volkshuisvesting en Ruimtelijke Ordening\n"
           "T [[070 426 6426|gn]] (algemeen) | M [[06 5310 7248|T]]\n[[www.rijksoverheid.nl/vro|gn]]")
    body = [
        P("**[[Haringsma, Rixt|P]]**", size=14, space_after=2),
        HR(),
        P(m1, space_after=10), P(b1), HR(),
        P(m2, space_after=10), P(b2), HR(),
        P(m3, space_after=10), P(b3a),
        Tbl(prog, [0.1, 0.62, 0.28], size=9, shade="#e6e6e6"),
        P(b3b),
    ]
    return Doc("email_doorgestuurd_werkbezoek_minister_nijkerk.pdf", "email", "lo", "Haringsma, R.",
               "FW: FW: Werkbezoek minister VRO", "2026-04-13", body, font="Liberation Sans", size=9.5,
               running=[Running("Afgedrukt door [[Haringsma, Rixt|P]] – [[13 april 2026|dt]]", "footer", "all",
                                "left", 7)],
               opts={"margins": (20, 20, 18, 20), "space_after": 6, "line_spacing": 1.15},
               note="doorgestuurde keten (FW: FW:) afgedrukt uit Outlook via Word: weergavenamen ‘Achternaam, "
                    "Voornaam’ in Van/Aan/CC, dubbele naam ‘Meijer-Tanasale’ met e-mailadres ‘carmen.meijer@’, "
                    "Molukse en Indonesische namen, voornamen in aanhef en tekst, programmatabel met een familie, "
                    "adres en mobiel nummer met streepje, chauffeur met voornaam, minister, burgemeester en een "
                    "wethouder met tussenvoegsel (houden), algemeen nummer naast mobiel, afdrukker in voettekst")


# ------------------------------------------------------------------ Outlook meeting invitation (reportlab)

def outlook_uitnodiging_galecopperbrug():
    sigtab = Tbl([["[[Helen Kidane|P]]\nOmgevingsmanager renovatie Galecopperbrug\nRijkswaterstaat Midden-Nederland\n"
                   "[[Griffioenlaan 2|pl]], Utrecht",
                   "M [[+31 (0)6 3927 1160|T]]\nE [[helen.kidane@rws.nl|E]]\nInformatielijn [[0800 8002|gn]]\n"
                   "Aanwezig: ma, di, do"]],
                 [0.52, 0.44], header=False, grid=False, size=8.5, shade=None)
    body = [
        P("**[[Lankhorst, Ebru|P]]**", size=13, space_after=2),
        HR(),
        KV([["Van:", "[[Kidane, Helen|P]]"],
            ["Verzonden:", "donderdag [[5 februari 2026|dt]] 16:02"],
            ["Aan:", "[[Lankhorst, Ebru|P]]; [[Verhoeks, Toon|P]]; [[Santoso, Bayu|P]]"],
            ["CC:", "Omgevingsteam Galecopperbrug <[[galecopperbrug@rws.nl|mb]]>; [[Pattipeilohy, Danitsa|P]]; "
                    "[[Akker, Sieds van den|P]]"],
            ["Onderwerp:", "Uitnodiging: bereikbaarheid Sportpark Galecop tijdens renovatie Galecopperbrug"],
            ["Bijlagen:", "Fasering_omleidingen_v3.pdf"]], label_w=0.16, size=9),
        KV([["Wanneer:", "dinsdag [[17 februari 2026|dt]] 10:00–11:30"],
            ["Waar:", "Stadshuis Nieuwegein, vergaderruimte 2.14 of Microsoft Teams"],
            ["Organisator:", "[[Kidane, Helen|P]]"],
            ["Verplicht:", "[[Lankhorst, Ebru|P]]; [[Verhoeks, Toon|P]]; [[Santoso, Bayu|P]]; "
                           "[[Pattipeilohy, Danitsa|P]]"],
            ["Optioneel:", "[[Gortemaker, Sterre|oth]] (wethouder)"]], label_w=0.16, style="shaded", size=9),
        P("Beste [[Ebru|P]], [[Toon|P]] en [[Bayu|P]],"),
        P("Zoals afgesproken plannen we een overleg over de bereikbaarheid van Sportpark Galecop en de wijk "
          "tijdens fase 2 van de renovatie (maart tot en met juni). In die fase is de afrit Nieuwegein-Noord "
          "’s nachts en in drie weekenden volledig dicht. De aannemer, [[BAM Infra|org]], wil het bouwverkeer "
          "over de Symfonielaan laten rijden. [[Danitsa|P]] van de politie heeft gevraagd de calamiteitenroute "
          "naar het sportpark vrij te houden; zij sluit ook aan. [[Sieds|P]] (RWS, verkeersmanagement) zet de "
          "omleidingsborden klaar."),
        P("[[Toon|P]], zou jij vooraf bij de sportclubs kunnen navragen welke wedstrijden er in de weekenden van "
          "maart en april gepland staan? Wethouder [[Gortemaker|oth]] heeft laten weten dat zij alleen aansluit "
          "als er besluiten nodig zijn."),
        P("Met vriendelijke groet,"),
        sigtab,
        P("Dit bericht kan informatie bevatten die niet voor u is bestemd. Bent u niet de geadresseerde of is "
          "dit bericht abusievelijk aan u toegezonden, verwijder het dan en stel de afzender op de hoogte.",
          "small"),
        HR(),
        P("**Van:** [[Lankhorst, Ebru|P]] <[[e.lankhorst@nieuwegein.nl|E]]>\n**Verzonden:** woensdag "
          "[[4 februari 2026|dt]] 09:31\n**Aan:** [[Kidane, Helen|P]]\n**Onderwerp:** afstemming sportpark",
          size=9),
        P("Hoi [[Helen|P]],\n\nKunnen we voor de start van fase 2 nog even bij elkaar zitten over het sportpark? "
          "[[Toon|P]] (sportzaken) krijgt veel vragen van de clubs. Ik heb dinsdag en woensdag nog ruimte.\n\n"
          "Groet,\n[[Ebru|P]]\nVerkeerskundige gemeente Nieuwegein | [[14 030|gn]]", size=9),
    ]
    return Doc("email_outlook_uitnodiging_galecopperbrug.pdf", "email", "rl-ttf", "Lankhorst, E.",
               "Uitnodiging: bereikbaarheid Sportpark Galecop", "2026-02-05", body, font="DejaVuSans", size=9,
               opts={"margins": (20, 20, 18, 20)},
               note="Outlook-print van een vergaderuitnodiging met blok Wanneer/Waar/Organisator/Verplicht/"
                    "Optioneel: deelnemers als ‘Achternaam, Voornaam’, wethouder in dezelfde vorm (‘Gortemaker, "
                    "Sterre’, houden) en ‘Akker, Sieds van den’ met tussenvoegsel achteraan, politiemedewerker met Molukse naam en voornaam, handtekening in twee kolommen "
                    "(naam en functie links, mobiel, e-mail en informatielijn rechts), geciteerd eerder bericht, "
                    "‘Toon’ als voornaam, aannemer (houden)")


# ------------------------------------------------------------------ WhatsApp text export

def whatsapp_kunstgras():
    SG, TV, ID = "[[Sterre Gortemaker|oth]]", "[[Toon Verhoeks|P]]", "[[Isa Dolfing|P]]"
    NR = "[[+31 6 38105562|T]]"
    lines = [
        ("12-05-26 08:02:11", None, "Je hebt " + TV + " en " + ID + " toegevoegd"),
        ("12-05-26 08:03:40", SG, "Goedemorgen! Groepje voor het kunstgrasdossier, dan hoeven we niet steeds te "
                                  "mailen."),
        ("12-05-26 08:15:02", TV, "Prima. Vanavond om 19.30 uur spreek ik het bestuur van Merwestein. Ik app na "
                                  "afloop."),
        ("12-05-26 21:48:55", TV, "Gesprek gehad met [[Gerbrand|P]] en de penningmeester. Ze willen kurk, kosten "
                                  "ca 95k extra. De [[toon|w]] was goed hoor, geen boze mensen :)"),
        ("12-05-26 21:52:10", SG, "Dank [[Toon|P]]. Kun je er een memo van maken voor volgende week?"),
        ("12-05-26 21:52:31", TV, "Doe ik"),
        ("13-05-26 10:14:09", ID, "Het AD belde over het veld. Ze hebben een tip dat de hockeyclub wordt "
                                  "voorgetrokken. Ik zeg voorlopig: we zijn in gesprek met de club, besluit voor de "
                                  "zomer."),
        ("13-05-26 10:20:47", SG, "Goed zo. Geen bedragen noemen."),
        ("13-05-26 10:21:03", ID, "<Media weggelaten>"),
        ("13-05-26 10:21:30", ID, "Dit is het concept voor de reactie. De [[toon|w]] is nog wat defensief, ik pas "
                                  "het aan."),
        ("18-05-26 19:02:44", SG, "[[Toon|P]], [[Gerbrand|P]] belde me net. Hij heeft van raadslid [[Kootstra|oth]] "
                                  "gehoord dat er schriftelijke vragen komen. Weet jij daar meer van?"),
        ("18-05-26 19:15:20", TV, "Nee. Ik bel [[Lars|P]] morgen over het onderhoudsbudget."),
        ("18-05-26 19:16:02", SG, "Top"),
        ("20-05-26 12:40:18", None, "Je hebt " + NR + " toegevoegd"),
        ("20-05-26 12:41:05", NR, "Goedemiddag, hier [[Eva Morsink|P]], penningmeester van Merwestein. "
                                  "[[Gerbrand|P]] vroeg of ik in deze groep kon. De ledenlijst met aantallen heb "
                                  "ik naar [[Toon|P]] gemaild."),
        ("20-05-26 12:44:37", ID, "[[Sterre|oth]], dit is een interne groep. Ik zou [[Eva|P]] er liever niet in "
                                  "hebben, ivm de persvragen."),
        ("20-05-26 12:46:12", SG, "Je hebt gelijk. Excuus [[Eva|P]], ik bel je morgen."),
        ("20-05-26 12:46:40", None, "Je hebt " + NR + " verwijderd"),
        ("20-05-26 12:47:03", TV, "Dit bericht is verwijderd"),
        ("27-05-26 08:30:12", SG, "Gesprek met [[Assink|P]] was goed. We gaan voor de helft van de meerkosten. "
                                  "[[Toon|P]], wil jij een collegevoorstel voorbereiden? Burgemeester "
                                  "[[Harbers|oth]] wil het ook nog zien."),
        ("27-05-26 08:41:55", TV, "Komt goed. [[Ruthmila|P]] leest mee."),
        ("27-05-26 08:42:20", ID, "Persbericht ligt klaar voor als het college akkoord is. Persvragen kunnen naar "
                                  "[[pers@nieuwegein.nl|mb]] of [[030 607 19 11|gn]]."),
    ]
    body = [
        P("WhatsApp-chat met Kunstgras Merwestein", "h2"),
        P("Export (zonder media) van de telefoon van wethouder [[Sterre Gortemaker|oth]], aangeleverd voor "
          "Woo-verzoek [[2026-0219|ken]] op [[2 juni 2026|dt]].", "small", space_after=8),
    ]
    for ts, who, msg in lines:
        body.append(P(f"[{ts}] " + (f"{who}: " if who else "") + msg, size=9.5, space_after=3))
    return Doc("whatsapp_export_kunstgras_merwestein.pdf", "email", "rl-ttf", "Gortemaker, S.",
               "_chat.txt", "2026-06-02", body, font="LiberationSansNarrow", size=9.5,
               running=[Running("WhatsApp-chat met Kunstgras Merwestein.txt – pagina {page}", "footer", "all",
                                "right", 7)],
               opts={"margins": (22, 22, 20, 20), "creator": "Kladblok"},
               note="WhatsApp-tekstexport (‘[dd-mm-jj uu:mm:ss] Naam: …’) van de telefoon van een wethouder "
                    "(houden, ook met alleen voornaam), beleidsadviseur ‘Toon’ naast ‘de toon’ (twee keer), "
                    "woordvoerder, onbekend nummer in systeemregels en als afzender, clubleden met voornaam, "
                    "raadslid en burgemeester (houden), persmailbox en -nummer")


def docs():
    return [outlook_antwoord_inwoner(), doorgestuurde_keten_werkbezoek(), outlook_uitnodiging_galecopperbrug(),
            whatsapp_kunstgras()]
