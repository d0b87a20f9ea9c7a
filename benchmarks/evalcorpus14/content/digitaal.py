"""E-mail prints: a UWV chain about a customer's complaint (reportlab TTF, DejaVu Sans), a safety-region chain about
a tunnel exercise printed from Outlook via Word (python-docx -> LibreOffice), a ministry chain about a minister's
company visit (reportlab, Helvetica) and a plain-text print of a student's question forwarded by a Kamerlid's
office (reportlab TTF, DejaVu Sans Mono)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


def _hdr(rows, size=9):
    return KV(rows, label_w=0.15, size=size, bold_labels=True)


# ------------------------------------------------------------------ UWV, klacht WW (rl-ttf)

def email_uwv_klacht_ww():
    body = [
        P("**[[Kassab, Hala|P]]**", size=11, space_after=2),
        HR(),
        _hdr([("Van:", "[[Kassab, Hala|P]] <[[hala.kassab@uwv.nl|E]]>"),
              ("Verzonden:", "donderdag [[14 mei 2026|dt]] 10:12"),
              ("Aan:", "[[Yemane, Abrham|P]] <[[abrham.yemane@uwv.nl|E]]>"),
              ("CC:", "Klachtenbureau UWV <[[klachtenbureau@uwv.nl|mb]]>; [[Bolding-Nijdam, Coby|P]]"),
              ("Onderwerp:", "RE: FW: klacht WW-uitkering – [[KL-2026-55102|ken]]")]),
        P("Hoi [[Abrham|P]],"),
        P("Dank voor het uitzoeken. Ik bel mevrouw [[Darwish|P]] vandaag nog en leg uit dat de betaling over "
          "april vrijdag alsnog op haar rekening staat. Kun jij de vordering van € 412 intrekken? Die is "
          "ontstaan doordat haar inkomstenopgave twee keer is verwerkt, dat is onze fout."),
        P("[[Coby|P]], wil jij als teamleider akkoord geven op de tegemoetkoming van € 50? Dan kan het "
          "Klachtenbureau de brief versturen."),
        P("Groet,\n[[Hala|P]]"),
        P("[[Hala Kassab|P]] | klachtbehandelaar UWV Werkbedrijf, regio Groot Amsterdam\n"
          "T [[088 898 31 74|T]] | algemeen [[088 898 92 94|gn]] | [[www.uwv.nl|gn]]", size=8),
        HR(),
        _hdr([("Van:", "[[Yemane, Abrham|P]] <[[abrham.yemane@uwv.nl|E]]>"),
              ("Verzonden:", "woensdag [[13 mei 2026|dt]] 16:40"),
              ("Aan:", "[[Kassab, Hala|P]] <[[hala.kassab@uwv.nl|E]]>"),
              ("Onderwerp:", "RE: FW: klacht WW-uitkering – [[KL-2026-55102|ken]]")]),
        P("Hoi [[Hala|P]],"),
        P("Ik heb het dossier bekeken (BSN [[319640826|B]]). De inkomstenopgave over maart staat er inderdaad "
          "twee keer in, een keer via de app en een keer via het formulier. Mijn collega [[Edwin|P]] van "
          "Debiteuren zet de vordering stop. De betaling over april is vandaag vrijgegeven."),
        P("Gr. [[Abrham|P]]"),
        P("[[Abrham Yemane|P]] | uitkeringsdeskundige WW\nM [[06 1957 4028|T]]", size=8),
        HR(),
        _hdr([("Van:", "Klachtenbureau UWV <[[klachtenbureau@uwv.nl|mb]]>"),
              ("Verzonden:", "dinsdag [[12 mei 2026|dt]] 09:03"),
              ("Aan:", "[[Kassab, Hala|P]] <[[hala.kassab@uwv.nl|E]]>"),
              ("Onderwerp:", "FW: klacht WW-uitkering")]),
        P("Klacht via het webformulier, toegewezen aan regio Groot Amsterdam. Zaak: [[KL-2026-55102|ken]]. "
          "Graag binnen vijf werkdagen contact met klant."),
        HR(),
        _hdr([("Van:", "[[Ghada Darwish|P]] <[[ghada.darwish@ziggo.nl|E]]>"),
              ("Verzonden:", "maandag [[11 mei 2026|dt]] 22:17"),
              ("Aan:", "Klachtenbureau UWV <[[klachtenbureau@uwv.nl|mb]]>"),
              ("Onderwerp:", "klacht WW-uitkering")]),
        P("Geachte heer, mevrouw,"),
        P("Ik krijg sinds februari een WW-uitkering. Over april heb ik niets ontvangen en nu krijg ik ook nog een "
          "brief dat ik € 412 moet terugbetalen. Ik heb mijn inkomsten van mijn bijbaan bij "
          "[[Bakkerij Goedknegt|org]] gewoon opgegeven. Ik heb drie keer gebeld met het algemene nummer en "
          "steeds een ander antwoord gekregen. Een medewerker, meneer [[Pieterse|P]], zei dat het goed zou komen, "
          "maar er is niets gebeurd."),
        P("Ik woon alleen met mijn zoon [[Adam|P]] en ik kan de huur van mei niet betalen. Wilt u mij snel "
          "bellen op [[06 4830 2719|T]]? Mijn adres is [[Balboastraat 61-2|A]], [[1057 VT|Z]] Amsterdam."),
        P("Met vriendelijke groet,\n[[Ghada Darwish|P]]"),
    ]
    return Doc("email_uwv_klacht_ww_doorgestuurd.pdf", "email", "rl-ttf", "Kassab, H.",
               "RE: FW: klacht WW-uitkering", "2026-05-14", body, font="DejaVuSans", size=10.5,
               running=[Running("Afgedrukt door [[Kassab, Hala|P]] · [[14-05-2026|dt]]", "footer", "all", "left",
                                7)],
               opts={"leading": 1.5, "margins": (20, 20, 18, 20)},
               note="Outlook-print van een klachtketen: weergavenamen ‘Achternaam, Voornaam’ (ook in de titelregel "
                    "en de voettekst), dubbele naam in CC, voornamen in aanhef en groet (Eritrese en Arabische "
                    "namen), voornaam ‘Edwin’ van een collega, klant met Syrische naam, BSN, adres, 06-nummer en "
                    "e-mail, zoon met voornaam, medewerker ‘meneer Pieterse’, bakkerij met familienaam (houden), "
                    "direct nummer naast algemeen nummer, klachtenmailbox")


# ------------------------------------------------------------------ VRR, oefening tunnel (lo)

def email_vrr_oefening_tunnel():
    body = [
        P("**[[Tesfay, Mebrahtu|P]] – afgedrukt [[2-3-2026|dt]]**", size=11, space_after=4),
        _hdr([("Van:", "[[Tesfay, Mebrahtu|P]]"),
              ("Verzonden:", "maandag [[2 maart 2026|dt]] 11:26"),
              ("Aan:", "[[Ridderhof, Jitze|P]]; [[Kievit, Mieke|P]]"),
              ("CC:", "Multidisciplinair Oefenen VRR; [[Piotrowski, Monika|P]]"),
              ("Onderwerp:", "RE: oefening Maastunnel 21 maart – rollenspelers")], size=9.5),
        P("Beste [[Jitze|P]] en [[Mieke|P]],"),
        P("De lijst met rollenspelers is rond. We hebben 24 vrijwilligers van het Rode Kruis en acht studenten "
          "van de opleiding Verpleegkunde. Het draaiboek gaat vandaag naar de burgemeester van Rotterdam, "
          "[[Salomon Vreugdenhil|oth]], die als voorzitter van de veiligheidsregio de oefening opent."),
        P("[[Monika|P]] regelt namens Rijkswaterstaat de afsluiting van de tunnel van 06.00 tot 12.00 uur. "
          "Zij heeft mij gevraagd wie het aanspreekpunt is voor de tunneloperator; dat wordt [[Jitze|P]]."),
        P("Eén rollenspeler, de heer [[Nelson Varela|P]], heeft laten weten dat hij alleen mee kan doen als hij "
          "om 10.00 uur weg mag. Dat is geregeld."),
        P("Groet,\n[[Mebrahtu|P]]"),
        P("[[Mebrahtu Tesfay|P]]\nMedewerker vakbekwaamheid | Veiligheidsregio Rotterdam-Rijnmond\n"
          "M [[06 2751 8034|T]] | T [[010 446 89 00|gn]] (algemeen) | [[oefenen@vr-rr.nl|mb]]", size=8.5),
        HR(),
        _hdr([("Van:", "[[Kievit, Mieke|P]]"),
              ("Verzonden:", "vrijdag [[27 februari 2026|dt]] 15:48"),
              ("Aan:", "[[Tesfay, Mebrahtu|P]]"),
              ("CC:", "[[Ridderhof, Jitze|P]]"),
              ("Onderwerp:", "RE: oefening Maastunnel 21 maart – rollenspelers")], size=9.5),
        P("Hoi [[Mebrahtu|P]],"),
        P("Kun je mij de namen van de rollenspelers sturen die als ‘slachtoffer in het voertuig’ optreden? De "
          "brandweer wil die van tevoren spreken. Ik heb nu alleen de namen van de LOTUS-slachtoffers: "
          "[[Neusa Varela|P]], [[Võ Thị Hương|P]] en [[Idris|P]] (achternaam volgt). Het is rustig weer "
          "voorspeld, dus geen [[kievit|w]] te zien op het buitendeel; de sirenes verjagen alles."),
        P("Groet, [[Mieke|P]]"),
        P("[[Mieke Kievit|P]] | officier van dienst brandweer, post Charlois\nM [[06 3190 2268|T]]", size=8.5),
        HR(),
        _hdr([("Van:", "[[Tesfay, Mebrahtu|P]]"),
              ("Verzonden:", "donderdag [[26 februari 2026|dt]] 09:02"),
              ("Aan:", "[[Ridderhof, Jitze|P]]; [[Kievit, Mieke|P]]"),
              ("Onderwerp:", "oefening Maastunnel 21 maart – rollenspelers")], size=9.5),
        P("Allen,"),
        P("In de bijlage het concept-draaiboek voor de oefening in de Maastunnel op [[21 maart 2026|dt]]. "
          "Scenario: aanrijding tussen een bestelbus en een personenauto in de westbuis, rookontwikkeling, "
          "twaalf gewonden. De [[GHOR Rotterdam-Rijnmond|org]] doet mee met twee ambulances. Vragen van "
          "pers gaan naar de persvoorlichter van dienst ([[010 446 84 44|gn]])."),
        P("Groet,\n[[Mebrahtu|P]]"),
    ]
    return Doc("email_vrr_oefening_maastunnel.pdf", "email", "lo", "Tesfay, M.",
               "RE: oefening Maastunnel 21 maart", "2026-03-02", body, font="Liberation Sans", size=11.5,
               running=[Running("[[Tesfay, Mebrahtu|P]] · pagina {page}", "header", "all", "right", 8)],
               opts={"leading": 1.5, "margins": (20, 20, 20, 18), "space_after": 5, "line_spacing": 1.45},
               note="Outlook-print via Word van een keten bij een veiligheidsregio: weergavenamen ‘Achternaam, "
                    "Voornaam’ zonder e-mailadres (Eritrese, Friese en Poolse naam, ook in de koptekst), voornamen "
                    "in aanhef en groet, ‘Mieke Kievit’ naast ‘schaap met vijf poten’ (houden), rollenspelers "
                    "met Kaapverdische en Vietnamese naam en een voornaam alleen (lakken), burgemeester als "
                    "voorzitter (houden), mobiel naast algemeen nummer, functionele mailbox")


# ------------------------------------------------------------------ EZ, werkbezoek minister (rl-std)

def email_ez_werkbezoek():
    body = [
        P("**[[Ramdjan, Devika|P]]**", size=11, space_after=2),
        HR(),
        _hdr([("Van:", "[[Ramdjan, Devika|P]] <[[d.ramdjan@minez.nl|E]]>"),
              ("Verzonden:", "dinsdag [[8 september 2026|dt]] 17:05"),
              ("Aan:", "[[Smeulders, Odilia|P]] <[[o.smeulders@minez.nl|E]]>; Agenda minister EZ "
                       "<[[agendaminister@minez.nl|mb]]>"),
              ("CC:", "[[Hoekveld, Fedde|P]] <[[f.hoekveld@minez.nl|E]]>"),
              ("Onderwerp:", "RE: werkbezoek minister Helmond 24/9 – programma")]),
        P("Hoi [[Odilia|P]],"),
        P("Het programma voor het werkbezoek van minister [[Dorinde Hovenkamp|min]] aan "
          "[[Machinefabriek Van Boxmeer & Zn.|org]] in Helmond is bijna rond. De directeur van het bedrijf, "
          "de heer [[Vishal Chedi|P]], ontvangt de minister om 10.15 uur. Daarna volgt een rondgang langs de "
          "nieuwe productielijn en een gesprek met zes medewerkers uit de techniekopleiding."),
        P("Gedeputeerde [[Mathieu Coumans|oth]] van Noord-Brabant sluit aan bij het gesprek over de "
          "netcongestie. [[Fedde|P]] bereidt daarvoor de gesprekspunten voor."),
        P("De contactpersoon van het bedrijf is [[Truida Verhaag-Coppens|P]] (office manager), "
          "[[06 5520 1983|T]]. Zij vraagt of de minister op de foto wil met de leerlingen. Ik heb gezegd dat "
          "Communicatie daarover beslist."),
        P("Groet,\n[[Devika|P]] ([[DR|I]])"),
        P("[[Devika Ramdjan|P]] | senior beleidsmedewerker, directie Industrie\nM [[06 2216 9473|T]] | "
          "secretariaat [[070 379 89 11|gn]]", size=8.5),
        HR(),
        _hdr([("Van:", "[[Smeulders, Odilia|P]] <[[o.smeulders@minez.nl|E]]>"),
              ("Verzonden:", "dinsdag [[8 september 2026|dt]] 09:41"),
              ("Aan:", "[[Ramdjan, Devika|P]] <[[d.ramdjan@minez.nl|E]]>"),
              ("Onderwerp:", "werkbezoek minister Helmond 24/9 – programma")]),
        P("Hoi [[Devika|P]],"),
        P("Kun jij voor vrijdag het programma en de gesprekspunten aanleveren? De minister wil ook weten wat "
          "het bedrijf vindt van de subsidieregeling voor verduurzaming. Let op: de Kamerleden "
          "[[Van Wijckerslooth|kl]] en [[Ouchene|kl]] hebben vorige week vragen gesteld over dit bedrijf; het "
          "antwoord daarop moet eerst de deur uit."),
        P("Hierbij nog de lijst van de medewerkers die het bedrijf heeft doorgegeven voor het gesprek:"),
        Tbl([["Naam", "Functie"],
             ["[[Serdar Kocabas|P]]", "leerling-monteur"],
             ["[[Aaltina Rutgrink|P]]", "praktijkopleider"],
             ["[[Krystian Wojcik|P]]", "lasser"]],
            [0.5, 0.5], size=8.5),
        P("Dank!\n[[Odilia|P]]"),
        P("[[Odilia Smeulders|P]] | coördinator bewindspersonenbezoeken | [[o.smeulders@minez.nl|E]]", size=8.5),
    ]
    return Doc("email_ez_werkbezoek_helmond.pdf", "email", "rl-std", "Ramdjan, D.",
               "RE: werkbezoek minister Helmond 24/9", "2026-09-08", body, font="Helvetica", size=12,
               running=[Running("[[Ramdjan, Devika|P]] – afgedrukt [[9-9-2026|dt]]", "footer", "all", "left", 7)],
               opts={"leading": 1.5, "margins": (22, 22, 20, 20)},
               note="Outlook-print van een keten binnen een ministerie over een werkbezoek: weergavenamen met "
                    "e-mailadres, Hindoestaanse namen, ondertekening met voornaam en initialen ‘DR’, minister, "
                    "gedeputeerde en Kamerleden (houden), bedrijf met familienaam (houden) met directeur en "
                    "contactpersoon met dubbele naam (lakken), tabel met medewerkers (Turkse en Poolse naam), "
                    "agendamailbox en secretariaatsnummer")


# ------------------------------------------------------------------ Kamerlid -> OCW -> DUO, platte tekst (rl-ttf mono)

def email_duo_vraag_student():
    m = "mono"
    body = [
        P("Van:       Klantcontact DUO - escalaties <[[escalaties@duo.nl|mb]]>\n"
          "Aan:       Parlementaire Zaken OCW <[[parlementairezaken@minocw.nl|mb]]>\n"
          "Datum:     [[25-06-2026|dt]] 09:14\n"
          "Onderwerp: RE: FW: vraag van een student via het lid Van Rijckevorsel", m),
        P("Beste [[Ymkje|P]],", m),
        P("Wij hebben de student gisteren gebeld. De controle is opnieuw bekeken: de controleur heeft op "
          "een avond om 20.15 uur aangebeld, terwijl mevrouw [[Dudek|P]] toen op haar werk was. Zij heeft een "
          "huurcontract en een verklaring van haar werkgever gestuurd. De terugvordering is ingetrokken en "
          "de uitwonendenbeurs loopt door. Mevrouw [[Dudek|P]] krijgt vandaag een brief.", m),
        P("Je kunt de fractie laten weten dat de zaak is opgelost. Wij hebben ook de werkinstructie voor "
          "controles in de avond aangepast: een controleur komt voortaan twee keer op verschillende "
          "tijdstippen voordat een conclusie wordt getrokken.", m),
        P("Met vriendelijke groet,\n[[Faisal Qasemi|P]]\nteam Escalaties, Dienst Uitvoering Onderwijs\n"
          "T [[050 599 81 26|T]] (direct) | [[050 599 77 55|gn]] (algemeen)", m),
        P("-------- Oorspronkelijk bericht --------\n"
          "Van:       Parlementaire Zaken OCW <[[parlementairezaken@minocw.nl|mb]]>\n"
          "Aan:       Klantcontact DUO - escalaties <[[escalaties@duo.nl|mb]]>\n"
          "Datum:     [[23-06-2026|dt]] 14:52\n"
          "Onderwerp: FW: vraag van een student via het lid Van Rijckevorsel", m),
        P("Collega's van DUO,", m),
        P("Onderstaande vraag kwam binnen via de fractie van het lid [[Van Rijckevorsel|kl]]. Kunnen jullie "
          "de student rechtstreeks antwoorden en de fractie laten weten dat dit is gebeurd? Het lid wil de "
          "casus mogelijk noemen in het debat van [[2 juli 2026|dt]].", m),
        P("Met vriendelijke groet,\n[[Ymkje Harkes|P]]\nteam Parlementaire Zaken OCW\n"
          "T [[070 412 36 61|T]]", m),
        P("-------- Doorgestuurd bericht --------\n"
          "Van:       [[Quirijn Baarsma|P]] <[[q.baarsma@tweedekamer.nl|E]]>\n"
          "Aan:       Parlementaire Zaken OCW <[[parlementairezaken@minocw.nl|mb]]>\n"
          "Datum:     [[22-06-2026|dt]] 10:31\n"
          "Onderwerp: vraag van een student", m),
        P("Goedemorgen,", m),
        P("Ik ben beleidsmedewerker van de fractie van [[Van Rijckevorsel|kl]]. Wij kregen onderstaande mail. "
          "Kunt u nagaan wat hier speelt? De student heeft toestemming gegeven om haar gegevens te delen.", m),
        P("Groet,\n[[Quirijn|P]]\nfractiemedewerker onderwijs, Tweede Kamer\n[[06 4172 0538|T]]", m),
        P("-------- Doorgestuurd bericht --------\n"
          "Van:       [[Weronika Dudek|P]] <[[a.dudek2001@gmail.com|E]]>\n"
          "Datum:     [[20-06-2026|dt]] 23:40\n"
          "Onderwerp: uitwonendenbeurs stopgezet", m),
        P("Beste mevrouw/meneer,", m),
        P("DUO heeft mijn uitwonendenbeurs stopgezet omdat een controleur bij mijn kamer niemand heeft "
          "aangetroffen. Ik woon echt op [[Oudenoord 302|A]] in Utrecht, maar ik werk 's avonds. Mijn "
          "huisgenoot [[Tuur|P]] kan dat bevestigen. Ik moet nu € 2.300 terugbetalen. Mijn "
          "studentnummer is [[S2718064|O]]. Ik heb DUO gebeld maar daar zeggen ze dat ik bezwaar moet maken.", m),
        P("Kunt u mij helpen? Mijn telefoonnummer is [[06 3857 1146|T]].", m),
        P("Vriendelijke groet,\n[[Weronika Dudek|P]]", m),
    ]
    return Doc("email_ocw_duo_student_doorgestuurd.pdf", "email", "rl-ttf", "Harkes, Y.",
               "FW: vraag van een student via het lid Van Rijckevorsel", "2026-06-23", body,
               font="DejaVuSans", size=12,
               running=[Running("[[Ymkje Harkes|P]]   [[23-06-2026|dt]]   pagina {page}", "header", "all", "right",
                                7)],
               opts={"leading": 1.5, "margins": (22, 20, 22, 20), "mono": "DejaVuSansMono"},
               note="platte-tekstprint (DejaVu Sans Mono) van een doorgestuurde keten: Kamerlid ‘Van "
                    "Rijckevorsel’ (houden, ook in de onderwerpregel) met zijn fractiemedewerker (lakken, met "
                    "voornaam en e-mail), ministeriële medewerker met Friese naam en direct nummer, student met "
                    "Poolse naam, adres, studentnummer (OTHER), 06-nummer en e-mail, huisgenoot met voornaam, "
                    "functionele mailboxen")


def docs():
    return [email_uwv_klacht_ww(), email_vrr_oefening_tunnel(), email_ez_werkbezoek(), email_duo_vraag_student()]
