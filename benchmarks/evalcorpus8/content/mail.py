"""E-mail and chat: a GGD thread with a reply, a forward and a plain-text quoted original (HTML -> Chromium), an
Outlook print of a school board's e-mail with a two-column signature (reportlab TTF, DejaVu Sans), an Outlook print
of a police e-mail printed via Word (python-docx -> LibreOffice) and a Teams chat export of a veiligheidsregio
(HTML -> Chromium)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def _page(css, inner):
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{inner}</body></html>"


# ------------------------------------------------------------------ GGD thread (Chromium)

TH_CSS = """
@page { size: A4; margin: 16mm 18mm 18mm 18mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #000; }
.owner { font-size: 14pt; font-weight: bold; border-bottom: 2.5px solid #000; padding-bottom: 3px; margin-bottom: 8px; }
table.hdr { border-collapse: collapse; margin-bottom: 12px; }
table.hdr td { padding: 1px 0; vertical-align: top; }
table.hdr td.l { font-weight: bold; width: 25mm; }
p { margin: 0 0 8px 0; line-height: 1.3; }
.sig { font-size: 9pt; color: #385723; line-height: 1.35; margin: 10px 0 12px 0; }
.q { border-left: 3px solid #4472c4; padding-left: 10px; margin-top: 10px; }
.h { margin: 6px 0 8px 0; line-height: 1.3; border-top: 1px solid #c0c0c0; padding-top: 6px; }
.plain { font-family: 'DejaVu Sans Mono', monospace; font-size: 8.5pt; line-height: 1.35; white-space: pre-wrap; }
.nw { white-space: nowrap; }
"""


def email_keten_ggd_legionella():
    hdr = [("Van:", "[[Vellinga, Aukje|P]]"),
           ("Verzonden:", "donderdag [[27 augustus 2026|dt]] 16:52"),
           ("Aan:", "[[Habte, Senait|P]]"),
           ("CC:", "Infectieziektebestrijding <[[infectieziekten@ggdhn.nl|mb]]>; [[Vreden, Quincy|P]]"),
           ("Onderwerp:", "RE: FW: Uitslag legionellamonsters sporthal De Wiekslag")]
    r1 = [
        "Hoi [[Senait|P]],",
        "Ik heb de uitslagen samen met mijn collega [[Quincy|P]] (hygiënist) bekeken. In twee douches is de "
        "norm van 1.000 kve/l ruim overschreden. Ons advies:",
        "1. Houd de douches van kleedkamer 3 en 4 dicht tot een herbemonstering onder de norm blijft.\n"
        "2. Laat de installateur het warmwatersysteem thermisch desinfecteren (minimaal 70 °C).\n"
        "3. Informeer de verenigingen die de sporthal gebruiken; een voorbeeldtekst stuur ik morgen.",
        "Wij hebben geen meldingen van ziekte gekregen die met de sporthal te maken hebben. Een ouder die "
        "ongerust is, kan contact opnemen met ons algemene nummer. Wethouder [[Kees Blankendaal|oth]] heeft "
        "gevraagd of hij de brief aan de verenigingen kan ondertekenen; dat lijkt me prima.",
        "Groet,\n[[Aukje|P]]",
    ]
    sig = ("[[Aukje Vellinga|P]] | arts infectieziektebestrijding\nGGD Hollands Noorden\n"
           "M [[06 8120 4457|T]] | T [[088 010 05 55|gn]] (algemeen)\n[[www.ggdhollandsnoorden.nl|gn]]")
    qh = ("**Van:** [[Habte, Senait|P]] <[[s.habte@denhelder.nl|E]]>\n"
          "**Verzonden:** donderdag [[27 augustus 2026|dt]] 11:08\n"
          "**Aan:** [[a.vellinga@ggdhn.nl|E]]\n"
          "**CC:** Sport <[[sport@denhelder.nl|mb]]>\n"
          "**Onderwerp:** FW: Uitslag legionellamonsters sporthal De Wiekslag")
    q1 = [
        "Beste [[Aukje|P]],",
        "Hieronder de mail van de beheerder van sporthal De Wiekslag. Wij hebben de douches vanochtend laten "
        "afsluiten. Kun jij ons adviseren over de vervolgstappen en over wat we de verenigingen moeten vertellen? "
        "[[Ruud op den Kamp|P]] heeft ook een ouder aan de lijn gehad.",
        "Alvast dank!",
        "Met vriendelijke groet,\n[[Senait Habte|P]]\nBeleidsadviseur sport | Gemeente Den Helder\n"
        "T [[0223 67 13 82|T]] | [[14 0223|gn]]",
    ]
    plain_hdr = ("-----Oorspronkelijk bericht-----\n"
                 "Van: [[Ruud op den Kamp|P]] <[[r.opdenkamp@sportbedrijfdenhelder.nl|E]]>\n"
                 "Verzonden: woensdag [[26 augustus 2026|dt]] 17:31\n"
                 "Aan: [[sport@denhelder.nl|mb]]\n"
                 "Onderwerp: Uitslag legionellamonsters sporthal De Wiekslag\n\n")
    plain_body = (
        "> Goedemiddag,\n>\n"
        "> Vandaag kregen wij de uitslag van de jaarlijkse bemonstering\n"
        "> door [[Aqualab Noord|org]]. In de douches van kleedkamer 3 en 4\n"
        "> is legionella aangetroffen (1.400 en 2.100 kve/l).\n"
        "> De installateur, [[Installatiebedrijf Kaag Den Helder|org]], komt\n"
        "> morgen spoelen.\n>\n"
        "> Een moeder, mevrouw [[Putri Soebandi|P]], belde vanmiddag omdat\n"
        "> haar zoon maandag na de training heeft gedoucht. Ik heb haar\n"
        "> gezegd dat de GGD haar terugbelt op [[06 3095 2268|T]].\n>\n"
        "> Met sportieve groet,\n> [[Ruud op den Kamp|P]]\n"
        "> beheerder sporthal De Wiekslag\n> [[06 2471 9035|T]]\n")

    def html(h):
        out = [f"<div class='owner'>{h('[[Vellinga, Aukje|P]]')}</div>",
               "<table class='hdr'>" + "".join(f"<tr><td class='l'>{k}</td><td>{h(v)}</td></tr>" for k, v in hdr)
               + "</table>"]
        out += [f"<p>{h(p)}</p>" for p in r1]
        out.append(f"<div class='sig'>{h(sig)}</div>")
        out.append(f"<div class='q'><div class='h'>{h(qh)}</div>" + "".join(f"<p>{h(p)}</p>" for p in q1))
        out.append(f"<div class='plain'>{h(plain_hdr + plain_body)}</div></div>")
        return _page(TH_CSS, "".join(out))
    return Doc("email_keten_ggd_legionella_sporthal_den_helder.pdf", "email", "chromium", "Vellinga, A.",
               "RE: FW: Uitslag legionellamonsters", "2026-08-27", [], html=html,
               note="Outlook-print van een keten (RE: FW:) met geciteerde blokken: antwoord van een GGD-arts met "
                    "handtekening (mobiel naast algemeen nummer), doorgestuurd bericht van een beleidsadviseur "
                    "(Eritrese naam) met persoonlijk e-mailadres, onderaan het oorspronkelijke bericht als "
                    "platte tekst met ‘>’ (beheerder met ‘op den’, moeder met Indonesische naam en 06-nummer), "
                    "wethouder (houden), laboratorium en installateur met persoonsnaam (houden), functionele mailboxen")


# ------------------------------------------------------------------ school board Outlook print (reportlab TTF)

def outlook_schoolbestuur_ventilatie():
    sigtab = Tbl([["[[Agata Szymańska|P]]\nvoorzitter college van bestuur\n[[Stichting Openbaar Onderwijs "
                   "Noorderkwartier|org]]",
                   "M [[06 5720 3318|T]]\nE [[a.szymanska@oonoorderkwartier.nl|E]]\nSecretariaat [[0224 28 44 10|gn]]"]],
                 [0.5, 0.46], header=False, grid=False, size=8.5, shade=None)
    body = [
        P("**[[Bissumbhar, Ravi|P]]**", size=13, space_after=2),
        HR(),
        KV([["Van:", "[[Szymańska, Agata|P]]"],
            ["Verzonden:", "maandag [[7 september 2026|dt]] 08:47"],
            ["Aan:", "[[Bissumbhar, Ravi|P]]"],
            ["CC:", "[[Spruit, Marit|P]]; Huisvesting OON <[[huisvesting@oonoorderkwartier.nl|mb]]>; "
                    "[[Pieternella, J.|P]]"],
            ["Onderwerp:", "Ventilatie obs De Tweemaster – verzoek om spoedoverleg"],
            ["Bijlagen:", "CO2-metingen_Tweemaster_week35.xlsx"]], label_w=0.15, size=9),
        P("Beste [[Ravi|P]],"),
        P("In de eerste schoolweek hebben wij in alle lokalen van obs De Tweemaster in Schagen de CO2 gemeten. "
          "In zes van de tien lokalen komt de waarde dagelijks boven de 1.200 ppm, in groep 7 zelfs boven de "
          "2.000 ppm. De directeur, [[Jurchen Pieternella|P]], laat de ramen nu de hele dag openstaan, maar met het "
          "najaar in aantocht is dat geen oplossing."),
        P("Volgens de factsheet ‘Ventilatie in scholen’ van het [[RIVM|org]] ([[Brouwersma|au]] en "
          "[[Kong-A-Tjam|au]], 2023) is mechanische ventilatie in deze situatie de enige duurzame oplossing. Wij "
          "vragen de gemeente daarom de Tweemaster met voorrang in het Integraal Huisvestingsplan op te nemen. "
          "Wethouder [[Gerda Wijnia|oth]] heeft op de bestuurdersbijeenkomst gezegd dat zij daarvoor open staat."),
        P("Kunnen wij deze of volgende week met jou en [[Marit|P]] overleggen? [[Pieternella|P]] sluit graag aan. "
          "Onze installatieadviseur, [[Klimaatadvies Brouwer & Zn.|org]], kan de metingen toelichten."),
        P("Met vriendelijke groet,"),
        sigtab,
        P("Dit bericht is alleen bestemd voor de geadresseerde(n). De stichting aanvaardt geen aansprakelijkheid "
          "voor schade door het gebruik van dit bericht.", "small"),
        HR(),
        P("**Van:** [[Bissumbhar, Ravi|P]] <[[r.bissumbhar@schagen.nl|E]]>\n**Verzonden:** vrijdag "
          "[[28 augustus 2026|dt]] 15:20\n**Aan:** [[Szymańska, Agata|P]]\n**Onderwerp:** metingen "
          "binnenklimaat", size=9),
        P("Hoi [[Agata|P]],\n\nWil je de metingen van de eerste schoolweek naar mij sturen? Dan neem ik ze mee in "
          "het overleg met de wethouder. Voor spoed kun je ook het algemene nummer [[0224 21 04 00|gn]] bellen "
          "en naar mij vragen.\n\nGroet,\n[[Ravi|P]]", size=9),
    ]
    return Doc("email_outlook_schoolbestuur_ventilatie_tweemaster.pdf", "email", "rl-ttf", "Bissumbhar, R.",
               "Ventilatie obs De Tweemaster", "2026-09-07", body, font="DejaVuSans", size=9,
               opts={"margins": (20, 20, 18, 20)},
               note="Outlook-print (reportlab) van een e-mail van een schoolbestuurder (Poolse naam) aan een gemeente: "
                    "weergavenamen ‘Bissumbhar, Ravi’, ‘Spruit, Marit’ en ‘Pieternella, J.’ (Antilliaanse naam), voornamen in "
                    "aanhef en tekst, achternaam ‘Spruit’, handtekening in twee kolommen met mobiel en e-mail naast "
                    "secretariaatsnummer, stichting en adviesbureau met persoonsnaam (houden), rapportauteurs met "
                    "Surinaamse naam (houden), wethouder (houden), geciteerd eerder bericht met algemeen nummer")


# ------------------------------------------------------------------ police e-mail printed via Word (LibreOffice)

def outlook_politie_overlast():
    body = [
        P("**[[Cuypers, Bram|P]]**", size=14, space_after=2),
        HR(),
        P("**Van:** [[Soemodihardjo, Ferdinand|P]] <[[ferdinand.soemodihardjo@politie.nl|E]]>\n"
          "**Verzonden:** dinsdag [[13 oktober 2026|dt]] 14:26\n"
          "**Aan:** [[Cuypers, Bram|P]]; [[Hanssen, W.|P]]\n"
          "**CC:** Team Veiligheid <[[veiligheid@roermond.nl|mb]]>; [[Aydın, Zeynep|P]]\n"
          "**Onderwerp:** RE: overlast Kloosterwandstraat – stand van zaken", space_after=10),
        P("Dag [[Bram|P]],"),
        P("Zoals besproken een korte stand van zaken. Sinds [[1 september 2026|dt]] hebben wij elf meldingen "
          "gehad over de woning op [[Kloosterwandstraat 88|A]]. Het gaat vooral om geluid ’s nachts en om "
          "scooters die met hoge snelheid door de straat rijden. Een van die scooters ([[F-842-JT|L]]) is "
          "twee keer aangehouden."),
        P("De bewoner, de heer [[D. Wahyudi|P]], is op [[6 oktober 2026|dt]] door mij en mijn collega "
          "[[Zeynep|P]] aangesproken. Hij zegt dat de overlast van bezoekers komt. De buurvrouw die de meeste "
          "meldingen doet, mevrouw [[Greet Vaessen-Moonen|P]], wil niet dat haar naam in een dossier terechtkomt; "
          "wil je daar bij het buurtgesprek rekening mee houden?"),
        P("[[Wouter|P]] heeft als teamchef gevraagd of de burgemeester een waarschuwing kan sturen. Burgemeester "
          "[[Nathalie Vleugels-Lenders|oth]] heeft dat in de driehoek van vorige week zelf voorgesteld. De "
          "woningcorporatie, [[Wonen Limburg|org]], is op de hoogte en plant een huisbezoek."),
        P("Ik ben woensdag en donderdag bereikbaar op mijn mobiele nummer; buiten kantoortijd graag via "
          "[[0900-8844|gn]]."),
        P("Met vriendelijke groet,"),
        P("[[Ferdinand Soemodihardjo|P]]\nwijkagent Roermond-Oost | Basisteam Roermond\nPolitie Limburg\n"
          "M [[06 1187 6052|T]]\n[[www.politie.nl|gn]]", size=9),
        HR(),
        P("**Van:** [[Cuypers, Bram|P]] <[[b.cuypers@roermond.nl|E]]>\n"
          "**Verzonden:** maandag [[12 oktober 2026|dt]] 09:03\n"
          "**Aan:** [[Soemodihardjo, Ferdinand|P]]\n"
          "**Onderwerp:** overlast Kloosterwandstraat – stand van zaken", size=9, space_after=8),
        P("Hoi [[Ferdinand|P]],\n\nVoor het veiligheidsoverleg van [[15 oktober 2026|dt]] wil ik graag weten hoe "
          "het staat met de meldingen in de Kloosterwandstraat. Heeft het gesprek met de bewoner al "
          "plaatsgevonden?\n\nGroet,\n[[Bram Cuypers|P]]\nadviseur openbare orde en veiligheid | Gemeente "
          "Roermond | T [[0475 35 98 21|T]] | [[14 0475|gn]]", size=9),
    ]
    return Doc("email_politie_overlast_kloosterwandstraat.pdf", "email", "lo", "Cuypers, B.",
               "RE: overlast Kloosterwandstraat", "2026-10-13", body, font="Calibri", size=10,
               running=[Running("Afgedrukt door [[Cuypers, Bram|P]] op [[13 oktober 2026|dt]]", "footer", "all",
                                "left", 7)],
               opts={"margins": (20, 20, 18, 20), "space_after": 6, "line_spacing": 1.15},
               note="e-mail van een wijkagent (Javaans-Surinaamse naam) afgedrukt via Word: weergavenamen "
                    "‘Soemodihardjo, Ferdinand’, ‘Hanssen, W.’ en ‘Aydın, Zeynep’ (Turks), voornamen, adres van "
                    "een woning met overlast, kenteken van een scooter, bewoner met Indonesische naam en initiaal, "
                    "buurvrouw met Limburgse dubbele naam, burgemeester met dubbele naam (houden), "
                    "woningcorporatie (houden), politienummer en 14-nummer (houden), afdrukker in voettekst")


# ------------------------------------------------------------------ Teams chat export (Chromium)

TM_CSS = """
@page { size: A4; margin: 14mm 16mm 16mm 16mm; }
body { font-family: 'Segoe UI', 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #242424; }
h1 { font-size: 13pt; margin: 0 0 2px 0; }
.sub { font-size: 8.5pt; color: #616161; margin-bottom: 12px; }
.m { margin: 0 0 9px 0; }
.who { font-weight: bold; }
.ts { color: #616161; font-size: 8pt; margin-left: 6px; }
.txt { margin-top: 1px; line-height: 1.3; }
.sys { color: #616161; font-style: italic; font-size: 8.5pt; margin: 0 0 9px 0; }
.at { color: #4f52b2; font-weight: bold; }
"""


def teams_chat_stormschade():
    SV, EK, JV = "[[Storm Vissers|P]]", "[[Elif Sarıkaya|P]]", "[[Joep Vinken|P]]"
    msgs = [
        (None, "14-8-2026 06:12", "[[Elif Sarıkaya|P]] heeft [[Storm Vissers|P]] en [[Joep Vinken|P]] aan de chat "
                                  "toegevoegd."),
        (EK, "14-8-2026 06:13", "Goedemorgen. De [[storm|w]] van vannacht heeft in Eindhoven-Zuid veel bomen "
                                "omgegooid. De meldkamer heeft 140 meldingen. Crisisoverleg om 07:30 in Teams."),
        (SV, "14-8-2026 06:20", "Ben onderweg. De Heezerweg is dicht tussen de ring en de Floralaan."),
        (JV, "14-8-2026 06:24", "Ik heb de burgemeester gebeld. [[Bas Heijnen|oth]] wil om 08:00 een update "
                                "voor het persmoment."),
        (EK, "14-8-2026 06:31", "<span class='at'>@" + "[[Storm|P]]" + "</span> kun jij de lijst met "
                                "schadeadressen bijhouden? Ik zet hem in het kanaal."),
        (SV, "14-8-2026 06:33", "Doe ik. Eerste: boom op woning [[Heezerweg 212|A]], bewoner mevrouw "
                                "[[Merhawit Abraha|P]], zij zit bij de buren. Haar nummer: [[06 4829 1174|T]]."),
        (JV, "14-8-2026 06:40", "Brandweer is ter plaatse. Het dak is lek, de woning is voorlopig niet "
                                "bewoonbaar. [[Woonbedrijf|org]] regelt vervangende woonruimte."),
        (EK, "14-8-2026 06:52", "Dank. Wethouder [[Yasmina Ouaali|oth]] komt om 10:00 naar de Heezerweg. "
                                "<span class='at'>@" + "[[Joep Vinken|P]]" + "</span> wil jij haar opvangen?"),
        (JV, "14-8-2026 06:53", "Ja"),
        (SV, "14-8-2026 07:05", "Ook melding van [[Rinus van Hoof|P]], [[Floralaan Oost 31|A]]: tak door de "
                                "voorruit van zijn auto ([[S-571-GR|L]]). Geen gewonden."),
        (EK, "14-8-2026 07:10", "Mensen die bellen met vragen over schade verwijzen we naar [[14 040|gn]]. Pers "
                                "via [[communicatie@vrbzo.nl|mb]]."),
        (None, "14-8-2026 07:28", "Vergadering gestart: Crisisoverleg [[storm|w]] Eindhoven-Zuid"),
        (SV, "14-8-2026 09:41", "Update: de [[storm|w]] is gaan liggen, nog 23 open meldingen. [[Elif|P]], "
                                "de lijst staat in het kanaal."),
        (EK, "14-8-2026 09:44", "Top [[Storm|P]], dank!"),
    ]

    def html(h):
        out = ["<h1>Chat: Crisisoverleg Eindhoven-Zuid (noodweer 14 augustus)</h1>",
               "<div class='sub'>Geëxporteerd uit Microsoft Teams op " + h("[[21 augustus 2026|dt]]")
               + " voor Woo-verzoek " + h("[[VRBZO-WOO-2026-014|ken]]") + " · 3 deelnemers</div>"]
        for who, ts, txt in msgs:
            if who is None:
                out.append(f"<div class='sys'>{ts} · {h(txt)}</div>")
            else:
                t = h(txt).replace("&lt;span class='at'&gt;", "<span class='at'>").replace("&lt;/span&gt;", "</span>")
                out.append(f"<div class='m'><span class='who'>{h(who)}</span><span class='ts'>{ts}</span>"
                           f"<div class='txt'>{t}</div></div>")
        return _page(TM_CSS, "".join(out))
    return Doc("chat_teams_crisisoverleg_stormschade_eindhoven.pdf", "email", "chromium", "Sarıkaya, E.",
               "Chat Crisisoverleg stormschade", "2026-08-21", [], html=html,
               note="Teams-chatexport van een veiligheidsregio: voornaam ‘Storm’ (ambtenaar, ook als @-vermelding) "
                    "naast ‘de storm’ (woord, drie keer), Turkse naam, systeemregels met namen, burgemeester en "
                    "wethouder (houden), adressen en telefoonnummer van getroffen inwoners (Eritrese naam, "
                    "‘van Hoof’), kenteken, woningcorporatie (houden), 14-nummer en persmailbox (houden)")


def docs():
    return [email_keten_ggd_legionella(), outlook_schoolbestuur_ventilatie(), outlook_politie_overlast(),
            teams_chat_stormschade()]
