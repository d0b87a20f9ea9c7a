"""Printouts of digital formats: a Signal group chat export (Chromium), a plain-text e-mail thread with
several levels of '>' quoting, Dutch and English Outlook header blocks (reportlab, DejaVu Sans Mono), a sheet
of address labels (reportlab, Helvetica) and a wedding schedule printed from a spreadsheet (Chromium,
landscape)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def _page(css, inner):
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{inner}</body></html>"


# ------------------------------------------------------------------ Signal group chat

SIG_CSS = """
@page { size: A4; margin: 14mm 16mm 14mm 16mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.2pt; color: #1b1b1b; }
.hdr { border-bottom: 1px solid #3a76f0; padding-bottom: 4px; margin-bottom: 4px; }
.hdr b { font-size: 13pt; color: #3a76f0; }
.mem { font-size: 8pt; color: #555; margin-bottom: 8px; }
.day { text-align: center; font-size: 8pt; color: #666; margin: 10px 0 6px 0; }
.m { max-width: 128mm; border-radius: 9px; padding: 4px 9px 3px 9px; margin: 0 0 5px 0; break-inside: avoid; }
.in { background: #e9e9eb; }
.out { background: #dbe6fd; margin-left: auto; }
.from { font-weight: bold; font-size: 8.4pt; color: #2c58c4; }
.q { border-left: 3px solid #888; background: rgba(255,255,255,0.55); padding: 2px 6px; margin: 2px 0 3px 0;
     font-size: 8.2pt; color: #333; }
.q b { display: block; font-size: 7.8pt; }
.ts { font-size: 7.2pt; color: #777; text-align: right; }
.del { font-style: italic; color: #777; }
.att { font-size: 8pt; color: #444; border: 1px dashed #999; padding: 2px 5px; margin: 2px 0; }
"""


def signal_chat():
    TK, JV, RE, SG, WH = ("[[Tessel Kamminga|P]]", "[[Jorn de Veer|P]]", "[[Bauke Elzinga|P]] (COA)",
                          "[[Gonneke|P]] (GGD)", "[[Wouter Hummelen|oth]]")
    ST = "[[+31 6 38174295|T]] ~[[Stijn|P]]"
    days = [
        ("dinsdag [[3 maart 2026|dt]]", [
            ("in", TK, "09:02", None, "Goedemorgen allen. Bevestigd door het COA: vanaf donderdag 60 bedden in het "
                                      "oude gemeentehuis. [[Jorn|P]], kun jij de sleutels regelen?"),
            ("in", JV, "09:05", None, "Ja. Sleutels liggen bij de beveiliging, ik haal ze vanmiddag op."),
            ("in", RE, "09:11", None, "Top. Wij komen woensdag om 10.00 uur met twee collega’s kijken. Mijn nummer "
                                      "voor de rest van de week: [[06 4410 2873|T]]."),
            ("out", None, "09:12", None, "Ik zet het op de agenda van het crisisoverleg. @" + WH + " komt u "
                                         "donderdag langs?"),
            ("in", WH, "09:30", None, "Ja, ik kom om 11 uur. Graag vooraf een kort overzicht van [[Tessel|P]]."),
            ("in", ST, "10:47", None, "Hoi, ik ben [[Stijn|P]] van het Rode Kruis Westerkwartier, [[Gonneke|P]] gaf "
                                      "me dit nummer. We hebben 20 vrijwilligers voor donderdag."),
            ("in", TK, "10:52", (ST, "We hebben 20 vrijwilligers voor donderdag."),
             "Geweldig, dank! Kun je de lijst met namen sturen naar [[noodopvang@westerkwartier.nl|mb]]?"),
            ("in", SG, "11:15", None, "Medische screening doen wij vrijdag in de ochtend. Ik stem de tijden af met "
                                      "de huisartsenpraktijk in Zuidhorn."),
            ("del", JV, "11:16", None, "Dit bericht is verwijderd."),
        ]),
        ("woensdag [[4 maart 2026|dt]]", [
            ("in", JV, "08:40", None, "<div class='att'>Afbeelding · IMG_4471.jpg</div>Parkeerplaats voor de "
                                      "ingang is vrij. Alleen de auto van buurman [[Eppie Nienhuis|P]] staat er "
                                      "nog ([[VG-318-F|L]]), hij zet hem vandaag weg."),
            ("in", TK, "08:44", None, "Mooi. [[Nienhuis|P]] belde gisteren ook al met vragen over geluid ’s avonds. "
                                      "Wie pakt dat op?"),
            ("out", None, "08:47", None, "Ik bel hem wel. Heeft iemand zijn nummer?"),
            ("in", JV, "08:49", None, "[[0594 51 28 73|T]]"),
            ("in", RE, "09:03", None, "Het persbericht gaat om 12.00 uur uit. Woordvoering via onze landelijke "
                                      "persdienst ([[088 715 70 00|gn]]). Graag geen namen van bewoners of "
                                      "vrijwilligers delen."),
            ("in", WH, "09:05", (RE, "Het persbericht gaat om 12.00 uur uit."),
             "Akkoord. Ik doe vanavond het interview met het Dagblad van het Noorden."),
            ("in", SG, "14:20", None, "Let op: [[JdV|I]] heeft de sleutels van de keuken, niet de beveiliging."),
            ("in", TK, "14:22", None, "Dank [[Wybren|P]], voor het bellen met de buurman. Hij was na afloop "
                                      "heel tevreden, zei hij tegen mij."),
            ("out", None, "14:25", None, "Graag gedaan. Morgen 8.00 uur ben ik er."),
        ]),
    ]

    def html(h):
        out = ["<div class='hdr'><b>Noodopvang Zuidhorn</b> · Signal-groep · "
               + h("export [[5 maart 2026|dt]] door [[Wybren Hofsteenge|P]]") + "</div>",
               "<div class='mem'>" + h("Leden (7): [[Wybren Hofsteenge|P]] (gemeente, crisiscoördinatie), "
                                      "[[Tessel Kamminga|P]] (gemeente, opvang), [[Jorn de Veer|P]] "
                                      "(gemeente, facilitair), [[Wouter Hummelen|oth]] (burgemeester), "
                                      "[[Bauke Elzinga|P]] (COA), [[Gonneke|P]] (GGD Groningen), "
                                      "[[+31 6 38174295|T]]") + "</div>"]
        for day, msgs in days:
            out.append(f"<div class='day'>{h(day)}</div>")
            for kind, who, ts, quote, text in msgs:
                cls = "out" if kind == "out" else "in"
                parts = [f"<div class='m {cls}'>"]
                if who:
                    parts.append(f"<div class='from'>{h(who)}</div>")
                if quote:
                    parts.append(f"<div class='q'><b>{h(quote[0])}</b>{h(quote[1])}</div>")
                if kind == "del":
                    parts.append(f"<div class='del'>{h(text)}</div>")
                else:
                    t = h(text).replace("&lt;div class='att'&gt;", "<div class='att'>").replace(
                        "&lt;/div&gt;", "</div>")
                    parts.append(f"<div>{t}</div>")
                parts.append(f"<div class='ts'>{ts}</div></div>")
                out.append("".join(parts))
        return _page(SIG_CSS, "".join(out))
    return Doc("signal_groep_noodopvang_zuidhorn.pdf", "email", "chromium", "Hofsteenge, W.",
               "Signal export Noodopvang Zuidhorn", "2026-03-05", [], html=html,
               note="Signal-groepsexport met ballonnen en geciteerde antwoorden: onbekende afzender als +31 6-nummer "
                    "met profielnaam ‘~Stijn’, ‘Gonneke (GGD)’ en ‘Bauke Elzinga (COA)’ als weergavenaam, "
                    "burgemeester als lid en @-vermelding (houden), buurman met kenteken en vast nummer, initialen "
                    "‘JdV’, voornamen, exporteur in de kop, landelijk persnummer (houden)")


# ------------------------------------------------------------------ plain-text e-mail thread

def email_platte_tekst():
    SUBJ = "Claim wateroverlast kelder [[Voorstraat 212|A]]"
    lines_hdr = [
        "**Onderwerp:** Re: FW: " + SUBJ,
        "**Van:** [[Barbara Fung A Loi|P]] <[[b.fungaloi@dordrecht.nl|E]]>",
        "**Datum:** [[4-3-2026|dt]] 08:17",
        "**Aan:** [[Vincent Lahaye|P]] <[[v.lahaye@dordrecht.nl|E]]>",
        "**CC:** Stadsbeheer Meldingen <[[meldingen.stadsbeheer@dordrecht.nl|mb]]>",
    ]
    body_lines = [
        "Hoi [[Vincent|P]],",
        "",
        "Dank je. Ik heb de rioolbeelden opgevraagd bij [[Heijmans Riooltechniek|org]]; ze komen",
        "vrijdag. Juridische Zaken ([[MvB|I]]) heeft de aansprakelijkstelling geregistreerd onder",
        "[[AS-2026-0219|ken]]. Ik laat het de expert van de verzekeraar weten.",
        "",
        "Groet,",
        "[[Barbara|P]]",
        "",
        "Op di 3 mrt. 2026 om 11:05 schreef [[Vincent Lahaye|P]] <[[v.lahaye@dordrecht.nl|E]]>:",
        "> Hoi [[Barbara|P]],",
        ">",
        "> Ik heb mevrouw [[Schenkeveld|P]] net gebeld. Ze is akkoord met een bezoek donderdag om",
        "> 9.00 uur. De heer [[Vlot|P]] ([[Voorstraat 214|A]]) wil ook dat we bij hem kijken; zijn",
        "> kelder staat sinds zaterdag blank. Hij reageerde [[vlot|w]] op mijn voicemail, dus ik",
        "> neem hem donderdag meteen mee. Kun jij de rioolbeelden opvragen bij de aannemer?",
        ">",
        "> Ik heb gezegd dat JZ binnen zes weken laat weten of de gemeente aansprakelijk is",
        "> (mail naar [[aansprakelijkheid@dordrecht.nl|mb]], met [[MvB|I]] in cc).",
        ">",
        "> Groet,",
        "> [[Vincent|P]]",
        ">",
        "> --",
        "> [[Vincent Lahaye|P]]",
        "> Adviseur riolering | Stadsbeheer",
        "> Gemeente Dordrecht | T [[078 770 44 12|T]] | [[14 078|gn]]",
        ">",
        "> Op di 3 mrt. 2026 om 10:12 schreef [[Barbara Fung A Loi|P]] <[[b.fungaloi@dordrecht.nl|E]]>:",
        "> > [[Vincent|P]],",
        "> >",
        "> > Kun jij dit oppakken? Mevrouw [[Hilde Schenkeveld|P]] heeft gisteren ook al het KCC",
        "> > gebeld. De schade-expert van haar verzekeraar vraagt om de onderhoudsgegevens van",
        "> > het riool. Ik heb hem ([[Callum Fraser|P]], zie onder) laten weten dat hij van ons hoort.",
        "> >",
        "> > [[Barbara|P]]",
        "> >",
        "> > -----Oorspronkelijk bericht-----",
        "> > Van: [[Schenkeveld, Hilde|P]] <[[hilde.schenkeveld@kpnmail.nl|E]]>",
        "> > Verzonden: maandag [[2 maart 2026|dt]] 16:48",
        "> > Aan: Gemeente Dordrecht <[[info@dordrecht.nl|mb]]>",
        "> > CC: [[Patrick Schenkeveld|P]] <[[m.schenkeveld71@gmail.com|E]]>",
        "> > Onderwerp: FW: " + SUBJ,
        "> >",
        "> > Geachte heer/mevrouw,",
        "> >",
        "> > Na de hoosbui van [[28 februari|dt]] stond onze kelder aan de [[Voorstraat 212|A]] opnieuw",
        "> > blank. Dit is de derde keer sinds de rioolwerkzaamheden in november. Mijn man",
        "> > heeft alles gefotografeerd. Hieronder de mail van de schade-expert van onze",
        "> > verzekeraar. Ik ben overdag bereikbaar op [[06 29 41 87 05|T]].",
        "> >",
        "> > Met vriendelijke groet,",
        "> > [[Hilde Schenkeveld|P]]",
        "> >",
        "> > > From: [[Callum Fraser|P]] <[[callum.fraser@crawco.nl|E]]>",
        "> > > Sent: Friday, [[27 February 2026|dt]] 15:03",
        "> > > To: [[Hilde Schenkeveld|P]] <[[hilde.schenkeveld@kpnmail.nl|E]]>",
        "> > > Cc: Claims Netherlands <[[claims.nl@crawco.nl|mb]]>",
        "> > > Subject: Your claim [[26-NL-04418|ken]] – water damage [[Voorstraat 212|A]]",
        "> > >",
        "> > > Dear Mrs [[Schenkeveld|P]],",
        "> > >",
        "> > > Thank you for the photographs. Before we can assess your claim, we need to",
        "> > > know whether the municipality has carried out work on the sewer in your",
        "> > > street. Could you ask the municipality for the maintenance records? My",
        "> > > colleague [[Siobhan|P]] will contact you next week to plan a visit. You can",
        "> > > reach me on [[+44 7700 900318|T]].",
        "> > >",
        "> > > Kind regards,",
        "> > > [[Callum Fraser|P]]",
        "> > > Senior Loss Adjuster, [[Crawford & Company|org]]",
    ]
    body = [P("\n".join(lines_hdr), size=8.5, space_after=6),
            HR(),
            P("\n".join(x if x else " " for x in body_lines), size=8.5)]
    return Doc("email_keten_wateroverlast_voorstraat.pdf", "email", "rl-ttf", "Fung A Loi, B.",
               "Re: FW: Claim wateroverlast", "2026-03-04", body, font="DejaVuSansMono", size=8.5,
               running=[Running("Thunderbird – afgedrukt [[4-3-2026|dt]] 08:21 – pagina {page}", "header", "all",
                                "right", 7)],
               opts={"margins": (18, 16, 18, 18), "leading": 1.35},
               note="platte-tekstketen met ‘>’-citaatniveaus: ‘Op di 3 mrt. 2026 om 10:12 schreef …:’, Nederlands "
                    "Outlook-blok (‘Van: Schenkeveld, Hilde’) en Engels Outlook-blok (From/Sent/To/Cc/Subject), "
                    "Surinaams-Chinese naam ‘Fung A Loi’, Vlot naast ‘vlot’, adres in de onderwerpregel op elk "
                    "niveau, Brits mobiel nummer, initialen ‘MvB’, persoonlijke naast functionele mailboxen")


# ------------------------------------------------------------------ address labels

def adresetiketten():
    L = [
        "Fam. [[Oldenkotte|P]]\n[[Lansinkweg 38|A]]\n[[7553 AM|Z]] HENGELO",
        "De bewoners van\n[[Lansinkweg 40|A]]\n[[7553 AM|Z]] HENGELO",
        "Dhr. [[T.J. (Thieu) ten Dolle|P]]\n[[Lansinkweg 47|A]]\n[[7553 AN|Z]] HENGELO",
        "Mw. [[F. Cali Xasan|P]]\n[[Tuindorpstraat 9|A]]\n[[7555 KB|Z]] HENGELO",
        "Dhr. [[H. Qiu|P]]\n[[Tuindorpstraat 11|A]]\n[[7555 KB|Z]] HENGELO",
        "[[VvE Tuindorpflat|org]]\nt.a.v. mw. [[A. Bosgoed|P]]\n[[Hasselerbaan 120|A]]\n[[7555 EX|Z]] HENGELO",
        "[[Bakkerij Ter Braak|org]]\nt.a.v. dhr. [[G. ter Braak|P]]\nTuindorpstraat 24\n7555 KD HENGELO",
        "Dhr. [[M.A. Özdil|P]]\n[[Tuindorpstraat 31|A]]\n[[7555 KE|Z]] HENGELO",
        "Mw. [[K. Dabrowska|P]]\n[[Tuindorpstraat 33|A]]\n[[7555 KE|Z]] HENGELO",
        "Fam. [[Tomasoa-Siahaya|P]]\n[[Hasselerbaan 126|A]]\n[[7555 EX|Z]] HENGELO",
        "Dhr. [[R. Oude Nijeweme|P]]\n[[Beukenlaan 3|A]]\n[[7555 BH|Z]] HENGELO",
        "De bewoners van\n[[Beukenlaan 5|A]]\n[[7555 BH|Z]] HENGELO",
        "Mw. [[E. Kamphuis-Haverkate|P]]\n[[Beukenlaan 8|A]]\n[[7555 BJ|Z]] HENGELO",
        "Dhr. [[B. Velthuis|P]]\n[[Beukenlaan 12|A]]\n[[7555 BJ|Z]] HENGELO",
        "Mw. [[S. Nazari|P]]\n[[Esrinkweg 6|A]]\n[[7555 CA|Z]] HENGELO",
        "[[Stichting Sportpark Tuindorp|org]]\nt.a.v. [[Henk-Jan Rouwhorst|P]]\n[[Esrinkweg 19|A]]\n"
        "[[7555 CB|Z]] HENGELO",
        "Fam. [[Paling|P]]\n[[Esrinkweg 21|A]]\n[[7555 CB|Z]] HENGELO",
        "Mw. [[J.W. Kagie-Nanninga|P]]\n[[Esrinkweg 25|A]]\n[[7555 CB|Z]] HENGELO",
        "[[Welbions|org]]\nt.a.v. afdeling Vastgoed\nPostbus 1004\n7550 BA HENGELO",
        "Raadslid [[Esmee Sleumer|oth]]\np/a Postbus 18\n7550 AA HENGELO",
        "Dhr. [[D. Moerman|P]]\n[[Lansinkweg 52|A]]\n[[7553 AP|Z]] HENGELO",
    ]
    rows = [L[i:i + 3] for i in range(0, len(L), 3)]
    body = [
        P("**Gemeente Hengelo** – Openbare Ruimte – verzendlijst bewonersbrief ‘Vervanging riolering Tuindorp, "
          "fase 2’ ([[18 mei 2026|dt]])", size=8.5, space_after=2),
        P("Etiketten 3 × 7 (63,5 × 38,1 mm) · 21 adressen: 17 particulieren, 4 organisaties · selectie uit de BRP "
          "en het adressenbestand van het projectteam", size=7.5, space_after=6),
        Tbl(rows, [1 / 3, 1 / 3, 1 / 3], header=False, grid=True, size=9.5),
        P("Afgedrukt [[18 mei 2026|dt]] 14:07 door gebruiker [[hvanorsouw|O]] · terugmeldingen onbestelbaar aan "
          "[[openbareruimte@hengelo.nl|mb]]", size=7),
    ]
    return Doc("adresetiketten_bewonersbrief_tuindorp.pdf", "formulier", "rl-std", "H. van Orsouw",
               "Etiketten bewonersbrief Tuindorp", "2026-05-18", body, font="Helvetica", size=9.5,
               opts={"margins": (8, 8, 14, 10), "leading": 1.35},
               note="vel adresetiketten (3 × 7) voor een bewonersbrief: particulieren met straat, huisnummer en "
                    "postcode, ‘De bewoners van’, ‘Fam.’, Twentse ‘Oude Nijeweme’, Molukse en Somalische namen, "
                    "Chinese achternaam van twee letters, VvE p/a een bewoner, bakkerij met de naam van de eigenaar "
                    "(houden, bedrijfsadres niet gemarkeerd), raadslid p/a het stadhuis (houden), gebruikersnaam")


# ------------------------------------------------------------------ wedding schedule (spreadsheet print)

TR_CSS = """
@page { size: A4 landscape; margin: 10mm 10mm 12mm 10mm; }
body { font-family: 'Liberation Sans Narrow', 'Liberation Sans', sans-serif; font-size: 8.6pt; }
h1 { font-size: 12pt; margin: 0 0 2px 0; }
.sub { font-size: 8pt; color: #444; margin-bottom: 6px; }
table { border-collapse: collapse; width: 100%; }
th { background: #c6e0b4; border: 0.6px solid #7f7f7f; padding: 2px 4px; text-align: left; font-size: 8.4pt; }
td { border: 0.6px solid #bfbfbf; padding: 2px 4px; vertical-align: top; }
td.n { white-space: nowrap; }
col.c0 { width: 21mm; } col.c1 { width: 10mm; } col.c2 { width: 48mm; } col.c3 { width: 50mm; }
col.c4 { width: 44mm; } col.c5 { width: 40mm; }
tr.hol td { background: #f2f2f2; font-style: italic; }
.foot { font-size: 7.5pt; color: #555; margin-top: 6px; }
"""


def trouwplanning():
    rows = [
        ("wo [[01-04-2026|dt]]", "09:00", "Gemeentehuis Maarssen, spreekkamer 3 (kosteloos)",
         "[[Özdemir Yalçın, Mert|P]]\n[[Hoefsloot, Shanna|P]]", "BABS [[Dijkhoff, H.|P]]", "2 (zelf meebrengen)",
         "tolk Turks: [[Selin|P]] (via Tolkcentrum)"),
        ("vr [[03-04-2026|dt]]", "11:00", "Slot Zuylen, Ridderzaal",
         "[[Verbrugge, Floris|P]]\n[[Visscher, Meike|P]]", "burgemeester [[Rijnsburger|oth]]",
         "[[Egbert Visscher|P]], [[Anna Verbrugge-Lam|P]]", "burgemeester voltrekt zelf (oud-collega bruid)"),
        ("za [[04-04-2026|dt]]", "13:30", "Kasteel Nijenrode, Breukelen",
         "[[Lima, Tiago|P]]\n[[Lima Ferreira, Bruno|P]]", "BABS [[Mees Hogenbirk|P]]", "[[R. Lima|P]], "
         "[[Diederik Dolstra|P]]", "ceremonie deels in het Engels"),
        ("do [[09-04-2026|dt]]", "10:00", "Raadhuis Breukelen, raadzaal",
         "[[Nijland, Siebe|P]]\n[[Oosterhuis-Hogeweg, Nienke|P]]", "wethouder [[Hanna Wubbena|oth]]", "4",
         "wethouder is tante van de bruid"),
        ("vr [[10-04-2026|dt]]", "14:00", "Boerderij De Boomgaard, Loenen",
         "[[Hassan, Amir|P]]\n[[El Ouariachi, Nora|P]]", "BABS [[Dijkhoff, H.|P]]", "4",
         "datum verzet op verzoek van het paar (was [[03-04-2026|dt]])"),
        ("wo [[15-04-2026|dt]]", "09:30", "Gemeentehuis Maarssen, spreekkamer 3 (kosteloos)",
         "[[Jama, Abdi|P]]\n[[Nuur, Hibaaq|P]]", "BABS [[Mees Hogenbirk|P]]", "2",
         "getuige: broer bruidegom ([[Abdirahman|P]])"),
        ("vr [[17-04-2026|dt]]", "15:30", "Kasteel Nijenrode, Breukelen",
         "[[Xu, Jiahao|P]]\n[[Brinkhuis, Reinske|P]]", "burgemeester [[Annemiek Rijnsburger|oth]]", "2",
         "bruid rolstoelgebruiker: lift reserveren"),
        ("ma [[27-04-2026|dt]]", "", "Koningsdag – geen huwelijken", "", "", "", ""),
        ("do [[30-04-2026|dt]]", "11:00", "Raadhuis Breukelen, trouwkamer",
         "[[Pietersz, Jan-Hein|P]]\n[[Adomako, Akosua|P]]", "BABS [[H. Dijkhoff|P]]", "2",
         "BABS [[Dijkhoff|P]] vraagt of [[Mees|P]] kan ruilen"),
    ]

    def html(h):
        out = [f"<h1>{h('Huwelijksplanning april 2026 – Burgerzaken gemeente Stichtse Vecht')}</h1>",
               "<div class='sub'>" + h("Stand [[27 maart 2026|dt]] · intern, niet doorsturen · tabblad ‘april’ van "
                                       "planning_huwelijken_2026.xlsx") + "</div>",
               "<table><colgroup>" + "".join(f"<col class='c{i}'>" for i in range(7)) + "</colgroup>"
               "<tr><th>Datum</th><th>Tijd</th><th>Locatie</th><th>Bruidspaar (achternaam, voornaam)</th>"
               "<th>Trouwambtenaar</th><th>Getuigen</th><th>Bijzonderheden</th></tr>"]
        for r in rows:
            cls = " class='hol'" if "Koningsdag" in r[2] else ""
            cells = "".join(f"<td class='n'>{h(c)}</td>" if i in (0, 1, 3, 4) else f"<td>{h(c)}</td>"
                            for i, c in enumerate(r))
            out.append(f"<tr{cls}>{cells}</tr>")
        out.append("</table>")
        out.append("<div class='foot'>" + h("BABS = buitengewoon ambtenaar van de burgerlijke stand. Wijzigingen "
                                            "via [[burgerzaken@stichtsevecht.nl|mb]] of [[14 0346|gn]].")
                   + "</div>")
        return _page(TR_CSS, "".join(out))
    return Doc("huwelijksplanning_april_stichtse_vecht.pdf", "formulier", "chromium", "Burgerzaken",
               "planning_huwelijken_2026", "2026-03-27", [], html=html,
               note="spreadsheetprint (liggend) van de huwelijksplanning: bruidsparen als ‘Achternaam, Voornaam’ "
                    "(twee per cel), trouwambtenaren (BABS, lakken) in twee vormen ‘Dijkhoff, H.’ / ‘H. Dijkhoff’ "
                    "en met voornaam ‘Mees’, burgemeester en wethouder die zelf trouwen (houden), getuigen, tolk, "
                    "Portugese, Somalische, Chinese, Ghanese en Marokkaanse namen, trouwlocaties (niet gemarkeerd)")


def docs():
    return [signal_chat(), email_platte_tekst(), adresetiketten(), trouwplanning()]
