"""Internal documents: a ministry memo with a paraph block (reportlab, Helvetica), minutes of a water board project
team with initials (python-docx -> LibreOffice), a police report of findings (reportlab TTF, Liberation Sans) and a
draft policy note with tracked-change comments printed beside the text (python-docx -> LibreOffice)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


# ------------------------------------------------------------------ memo with paraph block (reportlab, Helvetica)

def memo_paraaf_stikstof_lnv():
    body = [
        P("Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur", size=8.5, space_after=2),
        P("Directie Natuur en Biodiversiteit", size=8.5, space_after=14),
        P("MEMO", "title"),
        KV([("Aan", "de minister"),
            ("Via", "DGNVLG, [[Gijsbrecht Wouterlood|P]]"),
            ("Van", "[[Elodie Paardekooper|P]], senior beleidsmedewerker"),
            ("Datum", "[[16 april 2026|dt]]"),
            ("Kenmerk", "[[DGNVLG / 26118402|ken]]"),
            ("Onderwerp", "gesprek met provincie Noord-Brabant over de Peelvenen")],
           label_w=0.18, size=9.5),
        Tbl([["Paraaf", "Naam", "Datum", "Akkoord"],
             ["[[EP|I]]", "[[Elodie Paardekooper|P]] (steller)", "[[16-04|dt]]", "ja"],
             ["[[MvdK|I]]", "[[M. van der Kruijs|P]] (MT-lid)", "[[17-04|dt]]", "ja"],
             ["[[GW|I]]", "[[Gijsbrecht Wouterlood|P]] (DG)", "[[20-04|dt]]", "ja, zie opmerking"],
             ["", "Juridische Zaken, [[Nona Sahusilawane|P]]", "–", "geen paraaf nodig"]],
            [0.13, 0.5, 0.14, 0.23], size=8.5),
        P("Aanleiding", "h2"),
        P("Op [[28 april 2026|dt]] spreekt u met gedeputeerde [[Ard Heesterbeek|oth]] van Noord-Brabant over "
          "het herstelplan voor de Peelvenen. De provincie vraagt het Rijk om extra geld voor het opkopen van "
          "veehouderijen rond de Groote Peel. De Tweede Kamer heeft op voorstel van het lid "
          "[[Verbeij|kl]] gevraagd om duidelijkheid voor de zomer (motie-[[Verbeij|kl]], Kamerstuk "
          "[[35 334, nr. 318|ken]])."),
        P("Advies", "h2"),
        P("Wij adviseren u om geen nieuwe toezegging te doen over het bedrag, maar wel over het tijdpad: een "
          "besluit in het voorjaarsoverleg met de provincies. Uw collega, de minister van Financiën "
          "([[Fleurine Verhoog-Damsteeg|min]]), heeft aangegeven dat er binnen de begroting geen ruimte is."),
        P("Toelichting", "h2"),
        P("De provincie heeft 42 bedrijven in beeld; met 11 daarvan lopen gesprekken. Volgens de provinciale "
          "projectleider, [[Tygo Dorrewaard|P]], zijn 6 eigenaren bereid te verkopen als er vóór 2027 "
          "duidelijkheid is. Eén van hen, de familie [[Verhoeckx|P]], heeft de minister per brief gevraagd om "
          "een gesprek. [[GW|I]] adviseert dat verzoek niet te honoreren zolang het gesprek met de provincie "
          "niet heeft plaatsgevonden."),
        P("Opmerking DG ([[GW|I]], [[20-04|dt]]): graag in het gesprek ook de rol van [[ZLTO|org]] benoemen. "
          "Vraag [[Elodie|P]] de gespreksnotitie van [[3 maart 2026|dt]] toe te voegen.", size=9),
        P("Contact: [[Elodie Paardekooper|P]], [[06 2148 9637|T]]", size=8.5),
    ]
    return Doc("memo_minister_paraaf_peelvenen_lnv.pdf", "nota", "rl-std", "Paardekooper, E.",
               "Memo gesprek Noord-Brabant Peelvenen", "2026-04-16", body, font="Helvetica", size=10,
               opts={"margins": (25, 22, 22, 22),
                     "logo": {"kind": "rijk", "lines": ["Ministerie van Landbouw, Visserij,",
                                                        "Voedselzekerheid en Natuur"]}},
               note="memo aan de minister met een parafenblok (paraaf, naam, datum, akkoord): initialen ‘EP’, "
                    "‘MvdK’ en ‘GW’ (ook in de tekst), DG en MT-lid (lakken), jurist met Molukse naam, "
                    "provinciale projectleider en een familie (lakken), gedeputeerde, Kamerlid in ‘motie-Verbeij’ "
                    "en minister van Financiën met dubbele naam (houden), voornaam steller, mobiel nummer")


# ------------------------------------------------------------------ minutes with initials (LibreOffice)

def verslag_projectteam_dijkversterking():
    body = [
        P("Waterschap Vallei en Veluwe", size=9, space_after=2),
        P("Verslag projectteam Dijkversterking Grebbedijk", "title", size=15),
        KV([("Datum", "[[7 mei 2026|dt]], 13.30–15.45 uur"),
            ("Locatie", "[[Pelikaanweg 2|pl]], Apeldoorn, zaal Eem"),
            ("Aanwezig", "[[Jildert Bakhuijs|P]] ([[JB|I]], voorzitter), [[Froukje Oudenampsen|P]] ([[FO|I]]), "
                         "[[Swen Hagelstein|P]] ([[SH|I]]), [[Wafae Lamrani|P]] ([[WL|I]]), "
                         "[[Reint ten Voorde|P]] ([[RtV|I]], aannemer), [[Isra Pothoven|P]] ([[IP|I]], "
                         "notulen)"),
            ("Afwezig", "[[Brecht Heuvelmans|P]] ([[BH|I]]), met bericht"),
            ("Gast", "dijkgraaf [[Hajo Zoetbrood|oth]] (agendapunt 3)")],
           label_w=0.16, size=9.5, style="grid"),
        P("1. Opening en verslag vorige keer", "h2"),
        P("[[JB|I]] opent. Het verslag van [[9 april 2026|dt]] wordt vastgesteld. Actie 14 (grondonderzoek "
          "Lunenburgerwaard) is afgerond; [[SH|I]] heeft de resultaten rondgestuurd."),
        P("2. Planning en vergunningen", "h2"),
        P("[[FO|I]] meldt dat de watervergunning van Rijkswaterstaat binnen is. De omgevingsvergunning van de "
          "gemeente Wageningen loopt nog; de gemeente wacht op het advies van de [[Omgevingsdienst Regio "
          "Arnhem|org]]. [[RtV|I]] geeft aan dat [[Mourik|org]] in september wil beginnen met het eerste vak bij "
          "de jachthaven. Dat kan alleen als de kabels van [[Liander|org]] zijn verlegd. [[WL|I]] neemt contact "
          "op met Liander."),
        P("3. Bewoners Grebbedijk (met de dijkgraaf)", "h2"),
        P("Dijkgraaf [[Zoetbrood|oth]] heeft op [[24 april 2026|dt]] met bewoners van de Grebbeweg gesproken. "
          "Twee bewoners, de heer [[Gradus Nijstad-Voskuil|P]] en mevrouw [[Tonnie Lodder|P]], maken zich zorgen "
          "over trillingen en over de bereikbaarheid van hun bedrijf. De heer [[Nijstad-Voskuil|P]] heeft een "
          "nulmeting van zijn woning aan de [[Grebbeweg 31|A]] gevraagd. De dijkgraaf heeft toegezegd dat het "
          "waterschap bij alle woningen binnen 50 meter een nulmeting laat doen. [[JB|I]] vraagt of dat in het "
          "budget past; [[FO|I]] zoekt dit uit. Mevrouw [[Lodder|P]] wil per mail op de hoogte blijven "
          "([[t.lodder@ziggo.nl|E]])."),
        P("4. Communicatie", "h2"),
        P("[[IP|I]] stelt voor een bewonersbrief te sturen in juni. [[Froukje|P]] en [[Isra|P]] maken een "
          "concept. De woordvoerder van het waterschap wordt betrokken. [[RtV|I]] levert de planning van de "
          "werkzaamheden aan."),
        P("5. Financiën en risico’s", "h2"),
        P("[[SH|I]] licht de risicoparagraaf toe. Het grootste risico blijft de levering van damwandplanken: "
          "[[Mourik|org]] heeft een reservering tot [[1 juli 2026|dt]]. Als de vergunning van de gemeente later "
          "komt, vervalt die reservering en stijgen de kosten met naar schatting 6 procent. [[JB|I]] wil dit "
          "risico in het volgende overleg met de dijkgraaf bespreken. [[WL|I]] merkt op dat het "
          "Hoogwaterbeschermingsprogramma (HWBP) een meevaller in de subsidie heeft gemeld; [[Swen|P]] "
          "rekent uit wat dat voor het projectbudget betekent."),
        P("[[RtV|I]] vraagt of de aannemer een eigen omgevingsmanager mag inzetten voor de bewoners van de "
          "Grebbeweg. Het projectteam vindt dat het aanspreekpunt bij het waterschap moet blijven; [[Isra|P]] "
          "blijft het eerste contact voor bewoners, met [[Froukje|P]] als vervanger. De bewoners hebben het "
          "algemene nummer van het waterschap ([[088 208 22 22|gn]]) en het mailadres "
          "[[grebbedijk@vallei-veluwe.nl|mb]] gekregen."),
        P("6. Actielijst", "h2"),
        Tbl([["Nr.", "Actie", "Wie", "Wanneer"],
             ["15", "Budget nulmetingen 50 meter", "[[FO|I]]", "[[21 mei 2026|dt]]"],
             ["16", "Contact Liander over kabels jachthaven", "[[WL|I]]", "[[21 mei 2026|dt]]"],
             ["17", "Concept bewonersbrief", "[[FO|I]] / [[IP|I]]", "[[4 juni 2026|dt]]"],
             ["18", "Planning werkzaamheden eerste vak", "[[RtV|I]]", "[[4 juni 2026|dt]]"],
             ["19", "Terugkoppeling aan [[BH|I]] over vergunningen", "[[SH|I]]", "z.s.m."]],
            [0.08, 0.58, 0.16, 0.18], size=9),
        P("7. Rondvraag en sluiting", "h2"),
        P("[[SH|I]] is vanaf [[25 mei 2026|dt]] drie weken met verlof; [[Wafae|P]] neemt waar. Volgende "
          "vergadering: [[4 juni 2026|dt]]. [[JB|I]] sluit om 15.45 uur."),
    ]
    return Doc("verslag_projectteam_dijkversterking_grebbedijk.pdf", "verslag", "lo", "Pothoven, I.",
               "Verslag projectteam Grebbedijk 7 mei 2026", "2026-05-07", body, font="Arial", size=10,
               running=[Running("Verslag projectteam Grebbedijk – [[7 mei 2026|dt]] – notulist [[IP|I]]",
                                "footer", "all", "left", 7.5)],
               opts={"margins": (22, 20, 20, 20), "space_after": 5, "line_spacing": 1.15},
               note="verslag van een projectteam van een waterschap: aanwezigen met initialen tussen haakjes in een "
                    "rasterkop (ook ‘RtV’ voor een medewerker van de aannemer), initialen in de lopende tekst en "
                    "de actielijst, voornamen, dijkgraaf als gast (houden), twee bewoners (één met dubbele naam) met adres "
                    "en e-mail, aannemer en netbeheerder (houden), initialen notulist in de voettekst, eigen "
                    "bezoekadres (houden)")


# ------------------------------------------------------------------ police report of findings (reportlab TTF)

def pv_bevindingen_politie_deventer():
    body = [
        P("**POLITIE**", size=14, space_after=0),
        P("Eenheid Oost-Nederland · District IJsselland · Basisteam Deventer", size=8.5, space_after=12),
        P("PROCES-VERBAAL VAN BEVINDINGEN", "h1", space_after=6),
        KV([("Registratienummer", "[[PL0600-2026118733|ken]]"),
            ("Datum en tijd", "[[11 juli 2026|dt]], 02:40 uur"),
            ("Plaats", "Brink, Deventer (bij de kiosk)"),
            ("Verbalisant 1", "[[S.A. Driessens|P]], hoofdagent, dienstnummer [[OD2417|O]]"),
            ("Verbalisant 2", "[[K. Nieuwold|P]], agent, dienstnummer [[OD3861|O]]")],
           label_w=0.26, size=9, style="shaded"),
        P("Ik, verbalisant 1, verklaar het volgende."),
        P("Op [[11 juli 2026|dt]] omstreeks 02:35 uur werden wij via de meldkamer naar de Brink gestuurd in "
          "verband met een vechtpartij. Bij aankomst zagen wij twee mannen die met elkaar in gesprek waren en "
          "een derde man die op de grond zat met een bloedende wond boven het oog. Een buitengewoon "
          "opsporingsambtenaar van de gemeente, [[Mariëlle Veltrop|P]], was al ter plaatse."),
        P("De man op de grond verklaarde te zijn: [[Tibor Ruitenberg|P]], geboren [[19 februari 1998|D]], "
          "wonende [[Lange Bisschopstraat 40|A]], [[7411 AB|Z]] Deventer, telefoon [[06 3107 5824|T]]. Hij "
          "verklaarde dat hij zonder aanleiding was geslagen door een man in een blauw jack."),
        P("Een van de twee andere mannen verklaarde te zijn: [[Jaimy Hardenbol|P]], geboren "
          "[[2 augustus 2001|D]], wonende in Olst. Hij gaf toe dat hij [[Ruitenberg|P]] had geduwd, maar niet "
          "had geslagen. Zijn vriend, [[Levi Stroomberg|P]], bevestigde dat. [[Hardenbol|P]] droeg een blauw "
          "jack. Wij hebben [[Hardenbol|P]] om 02:52 uur aangehouden ter zake van mishandeling."),
        P("De boa [[Veltrop|P]] verklaarde dat zij de ruzie had zien beginnen bij de snackbar. Een getuige, "
          "mevrouw [[Prisca Menig|P]], telefoon [[06 4420 7193|T]], had gezien dat [[Hardenbol|P]] een "
          "slaande beweging maakte. Zij wilde later een verklaring afleggen."),
        P("Op de Brink stond een personenauto, kenteken [[GT-508-X|L]], met draaiende motor en open portier. "
          "Volgens [[Stroomberg|P]] was dit de auto van [[Hardenbol|P]]. Wij hebben de auto afgesloten en de "
          "sleutel in beslag genomen. De auto is later opgehaald door een broer van [[Hardenbol|P]]."),
        P("[[Ruitenberg|P]] werd door ambulancepersoneel ter plaatse behandeld en niet meegenomen. Op de Brink "
          "hangen camera’s van de gemeente Deventer; de beelden zijn gevorderd via [[toezicht@deventer.nl|mb]]."),
        P("Waarvan door mij is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende te Deventer op "
          "[[11 juli 2026|dt]]."),
        Sp(4),
        P("[[S.A. Driessens|P]]\nhoofdagent", size=9.5),
        HR(),
        P("Politie Oost-Nederland – algemeen [[0900-8844|gn]] – [[www.politie.nl|gn]]", size=7.5),
    ]
    return Doc("proces_verbaal_bevindingen_brink_deventer.pdf", "rapport", "rl-ttf", None,
               "PV van bevindingen PL0600-2026118733", "2026-07-11", body, font="DejaVuSans", size=9,
               opts={"margins": (22, 22, 18, 20)},
               note="proces-verbaal van bevindingen van de politie: verbalisanten met dienstnummers (lakken, OTHER), "
                    "boa van de gemeente, slachtoffer met geboortedatum, adres en mobiel nummer, aangehouden "
                    "verdachte met geboortedatum, vriend en getuige (lakken), kenteken, registratienummer "
                    "(houden), toezichtsmailbox, 0900-nummer en website (houden)")


# ------------------------------------------------------------------ draft note with comments beside the text (LibreOffice)

def notitie_concept_opmerkingen_leeuwarden():
    rows = [
        ["**Tekst**", "**Opmerkingen**"],
        ["De gemeente Leeuwarden wil de openingstijden van de milieustraat aan de Jellemastraat verruimen. Vanaf "
         "[[1 september 2026|dt]] is de milieustraat ook op zaterdagmiddag open. Dit kost jaarlijks ongeveer "
         "€ 64.000 extra aan personeel.",
         "**Opmerking [****[[RdH1|I]]]:** bedrag komt uit de begroting van [[Omrin|org]], nog niet bevestigd. "
         "[[Wytze|P]] belt hierover met [[Seline de Haaij|P]]."],
        ["Uit de enquête onder 1.140 inwoners blijkt dat 61 procent de zaterdagmiddag het belangrijkste moment "
         "vindt. In de enquête noemden inwoners ook de wachttijden bij de ingang.",
         "**Opmerking [****[[WK2|I]]]:** enquête was online; jongeren oververtegenwoordigd. Even met "
         "[[Roosmarijn|P]] checken?"],
        ["Wethouder [[Tsjerk Doornbosch-Hemrica|oth]] heeft de wijkpanels in [[maart 2026|dt]] beloofd dat er "
         "een proef komt. [verwijderd: De bewonerscommissie van Huizum-West, bij monde van [[Alie Fokkinga|P]], heeft "
         "daarop aangedrongen.]",
         "**Opmerking [****[[RdH3|I]]]:** naam bewoner eruit, staat niet in het verslag van het panel."],
        ["De proef duurt een jaar. Na zes maanden volgt een tussenevaluatie door de afdeling Onderzoek en "
         "Statistiek.",
         "**Opmerking [****[[WK4|I]]]:** [[Roosmarijn Ekhart|P]] (O&S) heeft capaciteit in Q1 2027, zie mail van "
         "[[2 juni 2026|dt]]."],
    ]
    body = [
        P("CONCEPT – versie 0.4 – met wijzigingen", size=8, space_after=4),
        P("Notitie verruiming openingstijden milieustraat", "title", size=15),
        KV([("Aan", "college van burgemeester en wethouders"),
            ("Van", "[[Wytze Kooijenga|P]], beleidsadviseur Afval"),
            ("Datum", "[[4 juni 2026|dt]]"),
            ("Zaak", "[[Z-26-112047|ken]]")], label_w=0.14, size=9.5),
        Tbl(rows, [0.6, 0.4], header=True, size=9, grid=False, shade="#fff2cc"),
        P("Gevolgen", "h2"),
        P("De extra openstelling vraagt twee medewerkers per zaterdagmiddag. [[Omrin|org]] heeft toegezegd "
          "deze uit de eigen flexpool te leveren. De kosten worden gedekt uit de afvalstoffenheffing; de "
          "tarieven voor 2027 stijgen daardoor met ongeveer € 0,70 per huishouden."),
        P("Voorstel", "h2"),
        P("Het college besluit de proef te starten per [[1 september 2026|dt]] en de raad te informeren met een "
          "raadsinformatiebrief. Portefeuillehouder: wethouder [[Tsjerk Doornbosch-Hemrica|oth]]."),
    ]
    return Doc("notitie_concept_milieustraat_leeuwarden_met_opmerkingen.pdf", "nota", "lo", "Kooijenga, W.",
               "Notitie milieustraat v0.4", "2026-06-04", body, font="Liberation Sans", size=10,
               running=[Running("Laatst gewijzigd door [[Kooijenga, Wytze|P]] op [[4 juni 2026|dt]] · "
                                "wijzigingen: [[Romée de Hooij|P]], [[Wytze Kooijenga|P]]",
                                "footer", "all", "left", 7)],
               opts={"margins": (22, 18, 20, 20), "space_after": 5, "line_spacing": 1.15},
               note="conceptnotitie uit Word met opmerkingen in een kolom naast de tekst (‘Opmerking [RdH1]’, "
                    "initialen met volgnummer), voornamen van collega’s, medewerker van de afvalverwerker en "
                    "bewoner (lakken), afvalverwerker (houden), wethouder met Friese dubbele naam (houden), "
                    "voettekst ‘Laatst gewijzigd door Kooijenga, Wytze’ met auteurs van wijzigingen")


def docs():
    return [memo_paraaf_stikstof_lnv(), verslag_projectteam_dijkversterking(), pv_bevindingen_politie_deventer(),
            notitie_concept_opmerkingen_leeuwarden()]
