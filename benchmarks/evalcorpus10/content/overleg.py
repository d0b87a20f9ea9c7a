"""Deliberation and its paper: a gemeente's nota van zienswijzen with a table of indieners (reportlab TTF, Liberation
Sans), the minutes of a dike-reinforcement stuurgroep (python-docx -> LibreOffice), a beslisnota for the minister of
LNV with an 'Ambtelijke afstemming' table (reportlab TTF, DejaVu Sans) and an Outlook calendar print of a
gedeputeerde (reportlab TTF, DejaVu Sans Condensed)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


# ------------------------------------------------------------------ nota van zienswijzen (Midden-Drenthe)

def reactienota_zonnepark():
    rows = [["Nr.", "Indiener", "Kern van de zienswijze", "Reactie gemeente"],
            ["1", "[[Natuur en Milieufederatie Drenthe|org]], Assen",
             "Het zonnepark ligt te dicht bij het Witterveld; de effecten op weidevogels zijn niet onderzocht.",
             "Er is aanvullend veldonderzoek gedaan (zie 3.2). De zuidelijke strook van 4 ha vervalt."],
            ["2", "[[Dorpsbelangen Hooghalen|org]]",
             "Vraagt om een omgevingsfonds en om lokaal eigendom van ten minste 50%.",
             "Overgenomen: de ontwikkelaar stort € 0,50 per MWh in een fonds; lokaal eigendom wordt 50%."],
            ["3", "[[Yunus Mardini|P]], Hooghalen",
             "Vreest geluidsoverlast van de omvormers bij zijn woning aan de [[Hoofdstraat 58|A]].",
             "De omvormers worden minstens 150 meter van woningen geplaatst."],
            ["4", "[[J. Hilbolling|P]] en [[A. Hilbolling-Snippe|P]], Hooghalen",
             "Hun perceel staat ten onrechte op de kaart bij de aanvraag.",
             "Terecht. De kaart is aangepast; het perceel maakt geen deel uit van het plan."],
            ["5", "[[Selam Asmerom|P]], Beilen",
             "Steunt het plan, maar vraagt om zonnepanelen op daken van bedrijven.",
             "Voor kennisgeving aangenomen; dit valt buiten deze vergunning."],
            ["6", "[[Staatsbosbeheer|org]], regio Noord",
             "Vraagt om een ecologische verbindingszone langs de Beilerstroom.",
             "Overgenomen in voorschrift 4.3."],
            ["7", "[[G. Lanting-Boxem|P]] en\n[[H. Lanting|P]],\n[[Oosterveldweg 7|A]]",
             "Landschappelijke inpassing onvoldoende; bouwverkeer via de Oosterveldweg; perceel buren op de kaart.",
             "Houtwal wordt 3 meter (zie 3.4); bouwverkeer alleen via de N381 (voorschrift 6.1); zie ook nr. 4."],
            ["8", "[[LTO Noord|org]], afdeling Midden-Drenthe",
             "Landbouwgrond van goede kwaliteit gaat verloren.",
             "Het gaat om grond met een lage opbrengst; na 25 jaar wordt de grond teruggegeven aan de landbouw."],
            ["9", "[[Oksana Hnatiuk|P]], Hooghalen",
             "Vraagt of bewoners kunnen meedoen met een lage inleg.",
             "Ja; de coöperatie biedt certificaten vanaf € 50 aan."]]
    body = [
        P("Gemeente Midden-Drenthe", size=9, space_after=2),
        P("Nota van zienswijzen", "title", size=16),
        P("Ontwerp-omgevingsvergunning zonnepark Hooghalen-Oost ([[Z2025-019877|ken]])", "h2"),
        KV([["Ter inzage", "[[22 januari 2026|dt]] tot en met [[5 maart 2026|dt]]"],
            ["Zienswijzen", "11 (waarvan 2 buiten de termijn)"],
            ["Opgesteld door", "[[Roelf Egberts|P]], beleidsmedewerker ruimtelijke ordening"],
            ["Portefeuillehouder", "wethouder [[Jannie Oldenhuis|oth]]"],
            ["Datum", "[[26 maart 2026|dt]]"]], label_w=0.24, style="lines", size=9),
        P("1. Inleiding", "h2"),
        P("Het ontwerp van de omgevingsvergunning voor het zonnepark van [[Zonnepark Hooghalen B.V.|org]] heeft "
          "zes weken ter inzage gelegen. In deze nota vatten wij de zienswijzen samen en geven wij onze reactie. "
          "Volgens het gemeentelijke beleid worden de namen van particuliere indieners alleen in de bijlage "
          "voor het college genoemd; in deze versie staan ze nog in de tabel."),
        P("2. Overzicht van de zienswijzen", "h2"),
        Tbl(rows, [0.06, 0.22, 0.36, 0.36], size=8.5, shade="#dfe8d8"),
        P("Zienswijzen 10 en 11 zijn na [[5 maart 2026|dt]] binnengekomen. Eén indiener heeft gevraagd om "
          "anonimiteit; wij behandelen beide zienswijzen inhoudelijk als reactie."),
        P("3. Belangrijkste wijzigingen", "h2"),
        P("3.2 Ecologie. Op [[10 maart 2026|dt]] heeft ecoloog [[Marlous Steenbergen|P]] van "
          "[[Ecologisch Adviesbureau Steenbergen & Kuik|org]] samen met [[R. Egberts|P]] het gebied bezocht. "
          "Zij vond in de zuidelijke strook broedende kieviten en een territorium van de grutto. Die strook van 4 "
          "hectare vervalt."),
        P("3.4 Landschap. De ontwikkelaar legt aan de oostzijde een houtwal aan van ten minste 3 meter hoog en "
          "10 meter breed. De projectleider, de heer [[Dorus Wubs|P]], heeft op [[12 maart 2026|dt]] schriftelijk "
          "bevestigd dat bouwverkeer niet door de Oosterveldweg rijdt. [[Wubs|P]] heeft ook toegezegd een "
          "klankbordgroep met omwonenden in te stellen."),
        P("3.5 Raad. Raadslid [[Jentje Jalink|oth]] (CDA) heeft in de commissie van [[17 maart 2026|dt]] gevraagd "
          "waarom het perceel van de familie [[Hilbolling|P]] op de kaart stond. De wethouder heeft "
          "geantwoord dat dit een fout van de ontwikkelaar was en dat die fout is hersteld."),
        P("4. Conclusie", "h2"),
        P("De zienswijzen leiden tot drie wijzigingen in de vergunning: het vervallen van de zuidelijke strook, "
          "een hogere houtwal en een voorschrift over bouwverkeer. Wij stellen het college voor de vergunning "
          "met deze wijzigingen te verlenen. Vragen over deze nota kunnen naar [[info@middendrenthe.nl|mb]] of "
          "telefonisch via [[0593 53 92 22|gn]]."),
    ]
    return Doc("nota_van_zienswijzen_zonnepark_hooghalen_oost.pdf", "nota", "rl-ttf", "Egberts, R.",
               "Nota van zienswijzen zonnepark Hooghalen-Oost", "2026-03-26", body, font="LiberationSans",
               size=9.5,
               running=[Running("Nota van zienswijzen Z2025-019877 · pagina {page}", "footer", "all", "right", 7)],
               opts={"margins": (22, 20, 22, 20)},
               note="nota van zienswijzen met tabel van indieners (organisaties houden, particulieren lakken, ook "
                    "dezelfde indieners als in de gescande zienswijze), namen in smalle cellen die afbreken, "
                    "‘J. Hilbolling’ en dubbele naam, Syrische, Eritrese en Oekraïense naam, adressen, "
                    "ecoloog bij een bureau met haar achternaam (bureau houden), projectleider, raadslid en "
                    "wethouder (houden), opsteller met initiaal")


# ------------------------------------------------------------------ stuurgroep minutes (LibreOffice)

def notulen_stuurgroep_dijk():
    body = [
        P("Waterschap Scheldestromen · Rijkswaterstaat Zee en Delta · Provincie Zeeland · Gemeente Reimerswaal",
          size=8.5, space_after=2),
        P("Verslag stuurgroep Dijkversterking Hansweert–Waarde", "title", size=15),
        KV([["Datum", "maandag [[20 april 2026|dt]], 13.30–15.30 uur, waterschapshuis Middelburg"],
            ["Aanwezig", "gedeputeerde [[Corné Jobse|oth]] (voorzitter), dijkgraaf [[Hanna-Lies Meijaard|oth]], "
                         "wethouder [[Cees Adriaansens|oth]] (Reimerswaal), [[Ewout de Kreek|P]] ([[EdK|I]], "
                         "Rijkswaterstaat), [[Lieneke Boone|P]] ([[LB|I]], projectmanager waterschap), "
                         "[[Priyanka Jadnanansing|P]] ([[PJ|I]], gemeente), [[Thiemo Verhulst|P]] ([[TV|I]], "
                         "[[Arcadis|org]])"],
            ["Afwezig met kennisgeving", "burgemeester [[Marjolijn Cuelenaere|oth]] (Reimerswaal), "
                                         "[[Koos Vlijter|P]] (Rijkswaterstaat)"],
            ["Verslag", "[[Dewi Sutrisno|P]] ([[DS|I]])"]], label_w=0.24, style="grid", size=9),
        P("1. Opening en mededelingen", "h2"),
        P("De voorzitter opent de vergadering. [[Koos Vlijter|P]] is afwezig; [[EdK|I]] neemt zijn punten "
          "over. De minister van Infrastructuur en Waterstaat, [[Ruud Hogerwerf|min]], heeft op [[9 april 2026|dt]] "
          "het projectbesluit ondertekend. Het besluit ligt tot [[21 mei 2026|dt]] ter inzage."),
        P("2. Verslag vorige vergadering", "h2"),
        P("Het verslag van [[16 februari 2026|dt]] wordt vastgesteld. Naar aanleiding daarvan: de bewonersavond "
          "in Waarde is gehouden. [[Lieneke|P]] meldt dat ongeveer 80 bewoners aanwezig waren. De voorzitter "
          "van de dorpsraad, de heer [[Izaak Kakebeeke|P]], heeft gevraagd de route voor bouwverkeer niet door "
          "de Dorpsstraat te laten lopen. Mevrouw [[Nermin Bayraktar|P]], die aan de [[Zeedijk 12|A]] woont, "
          "vreest voor trillingsschade; [[LB|I]] heeft met haar een nulmeting van haar woning afgesproken."),
        P("3. Planning en risico’s", "h2"),
        P("[[LB|I]] licht de planning toe. De uitvoering start in september, na het broedseizoen. Het grootste "
          "risico is de [[kreek|w]] achter de dijk bij Hansweert: de ondergrond is daar slapper dan verwacht. "
          "[[TV|I]] adviseert een extra grondonderzoek; de kosten (circa € 85.000) vallen binnen de post "
          "onvoorzien. [[Ewout|P]] wijst erop dat de scheepvaart op het Kanaal door Zuid-Beveland geen hinder mag "
          "ondervinden en vraagt het werkplan aan de zijde van de [[kreek|w]] met Rijkswaterstaat af te stemmen."),
        P("Besluit: de stuurgroep stemt in met het extra grondonderzoek."),
        P("4. Communicatie", "h2"),
        P("[[PJ|I]] stelt voor de omwonenden eens per kwartaal een nieuwsbrief te sturen en een vast "
          "aanspreekpunt te noemen. De wethouder vindt dat belangrijk: bewoners moeten weten wie zij kunnen "
          "bellen. Afgesproken wordt dat vragen via [[dijkversterking@scheldestromen.nl|mb]] en het algemene "
          "nummer [[088 246 10 00|gn]] lopen, niet via de mobiele nummers van medewerkers. Dijkgraaf "
          "[[Meijaard|oth]] zal de eerste nieuwsbrief openen met een voorwoord."),
        P("5. Rondvraag en sluiting", "h2"),
        P("De heer [[De Kreek|P]] meldt dat hij vanaf juni met verlof is; [[Vlijter, K.|P]] neemt het "
          "stuurgroepwerk dan over. De voorzitter dankt iedereen en sluit om 15.25 uur."),
        P("Actielijst", "h2"),
        Tbl([["Nr.", "Actie", "Wie", "Deadline"],
             ["26-07", "Opdracht extra grondonderzoek bij de [[kreek|w]] (Hansweert)", "[[LB|I]] / [[TV|I]]",
              "[[8 mei 2026|dt]]"],
             ["26-08", "Werkplan afstemmen met scheepvaartverkeer Kanaal door Zuid-Beveland",
              "[[EdK|I]]", "[[1 juni 2026|dt]]"],
             ["26-09", "Eerste nieuwsbrief omwonenden, met voorwoord dijkgraaf", "[[PJ|I]] / [[DS|I]]",
              "[[15 mei 2026|dt]]"],
             ["26-10", "Nulmeting woning [[Zeedijk 12|A]] inplannen", "[[LB|I]]", "[[30 april 2026|dt]]"],
             ["26-11", "Route bouwverkeer Dorpsstraat uitwerken met dorpsraad", "[[PJ|I]] / [[EdK|I]]",
              "[[1 juni 2026|dt]]"]],
            [0.1, 0.56, 0.17, 0.17], size=9, shade="#dbe5f1"),
        P("Volgende vergadering: [[22 juni 2026|dt]], 13.30 uur.", "small"),
    ]
    return Doc("verslag_stuurgroep_dijkversterking_hansweert_waarde.pdf", "verslag", "lo", "Sutrisno, D.",
               "Verslag stuurgroep Dijkversterking Hansweert-Waarde", "2026-04-22", body, font="Calibri", size=10,
               running=[Running("Stuurgroep Dijkversterking Hansweert–Waarde · verslag [[20 april 2026|dt]] · "
                                "[[DS|I]]", "footer", "all", "right", 7)],
               opts={"margins": (22, 20, 20, 20), "line_spacing": 1.15, "space_after": 6},
               note="verslag van een stuurgroep met gedeputeerde, dijkgraaf, wethouder en minister (houden) naast "
                    "ambtenaren van drie overheden en een adviseur (lakken): ‘Afwezig met kennisgeving’ met "
                    "burgemeester (houden) en RWS-medewerker (lakken), initialen tussen haakjes, in de tekst en in "
                    "de actielijst (‘EdK’, ‘LB / TV’), voornamen, ‘De Kreek’ naast het woord ‘kreek’ (houden), "
                    "‘Vlijter, K.’, bewoners met adres, Surinaams-Hindoestaanse, Indonesische en Turkse namen")


# ------------------------------------------------------------------ beslisnota LNV

def beslisnota_lnv_wolf():
    body = [
        P("**Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur**", size=10, space_after=1),
        P("Directoraat-generaal Natuur, Visserij en Landelijk Gebied", size=9),
        HR(),
        P("Beslisnota", "title", size=16),
        KV([["Aan", "de minister van LNV"],
            ["Van", "directeur Natuur en Biodiversiteit"],
            ["Datum", "[[11 mei 2026|dt]]"],
            ["Kenmerk", "[[DGNVLG / 26187204|ken]]"],
            ["Onderwerp", "Kamerbrief over de aanpak van probleemwolven in Drenthe"],
            ["Opsteller", "[[Fokje Sjaarda|P]], T [[06 4825 1937|T]], [[f.sjaarda@minlnv.nl|E]]"],
            ["Paraaf opsteller", "[[FS|I]]"],
            ["Deadline", "versturen vóór het commissiedebat van [[21 mei 2026|dt]]"]],
           label_w=0.22, style="shaded", size=9),
        P("1. Beslispunten", "h2"),
        P("Akkoord gaan met de bijgevoegde Kamerbrief over de aanpak van probleemwolven in Drenthe.", "bullet"),
        P("Akkoord gaan met het verzoek aan BIJ12 om de regeling voor preventieve rasters te verlengen tot "
          "2028.", "bullet"),
        P("2. Aanleiding", "h2"),
        P("In het commissiedebat Natuur van [[2 april 2026|dt]] hebt u toegezegd de Kamer voor het zomerreces te "
          "informeren over de aanvallen op schapen in het Dwingelderveld en omgeving. Het lid [[Oosting|kl]] "
          "(BBB) heeft daarnaast schriftelijke vragen gesteld over het afschieten van een zogenaamde "
          "probleemwolf. De motie-[[Kayacık|kl]] (GL-PvdA) vraagt de regering eerst in te zetten op preventie; "
          "de motie is aangenomen met steun van onder anderen het lid [[Gijsbertha|kl]] (D66)."),
        P("3. Toelichting", "h2"),
        P("Het rapport ‘Wolven in Nederland 2025’ van [[Wageningen Environmental Research|org]] "
          "([[Ruiterkamp|au]] en [[Lentink|au]], 2025) telt in Drenthe twee roedels. Het onderzoek laat zien dat "
          "aanvallen vooral plaatsvinden waar rasters ontbreken of niet goed zijn onderhouden. Gedeputeerde "
          "[[Ebbo Brinks|oth]] van de provincie Drenthe heeft u op [[24 april 2026|dt]] gevraagd om ruimte "
          "voor een ontheffing; de provincie is daarvoor zelf bevoegd. De brief bevestigt dat."),
        P("Uit de gesprekken met schapenhouders blijkt dat de afhandeling van schadeclaims te lang duurt. Een "
          "schapenhouder uit Ruinerwold, de heer [[Aldert Dolfsma|P]], heeft in maart 17 schapen verloren en "
          "wacht nog steeds op een vergoeding. In de brief staat zijn naam niet; de casus wordt geanonimiseerd "
          "beschreven."),
        P("4. Ambtelijke afstemming", "h2"),
        Tbl([["Directie / organisatie", "Contactpersoon", "Datum", "Akkoord"],
             ["DGNVLG / Natuur en Biodiversiteit", "[[Pieke Barelds|P]]", "[[6 mei 2026|dt]]", "ja"],
             ["Wetgeving en Juridische Zaken", "[[mr. Layla Shami|P]]", "[[7 mei 2026|dt]]",
              "ja, met tekstvoorstel par. 3"],
             ["DG Agro / Dierlijke Agroketens en Dierenwelzijn", "[[Marta Sobczak|P]]", "[[7 mei 2026|dt]]", "ja"],
             ["Communicatie", "[[Ka-Wai Tsang|P]]", "[[8 mei 2026|dt]]", "ja"],
             ["[[BIJ12|org]] (uitvoering faunaschade)", "[[Radjen Kasanmoentalib|P]]", "[[8 mei 2026|dt]]",
              "ja, zie opmerking"],
             ["Ministerie van JenV, DG Politie en Veiligheidsregio’s", "[[Timmerije, R.|P]]", "[[8 mei 2026|dt]]",
              "geen opmerkingen"]],
            [0.42, 0.26, 0.14, 0.18], size=8.5, shade="#e2e2e2"),
        P("Opmerking BIJ12: [[Kasanmoentalib|P]] wijst erop dat verlenging van de rasterregeling extra "
          "uitvoeringscapaciteit vraagt."),
        P("5. Communicatie", "h2"),
        P("De brief wordt op de dag van verzending gepubliceerd op [[www.rijksoverheid.nl|gn]]. Vragen van de "
          "pers gaan naar de woordvoering van het ministerie via [[070 379 80 80|gn]]. Staatssecretaris "
          "[[Anoek Sewradj|min]] is op de hoogte gesteld, omdat de Kamer ook naar de gevolgen voor de "
          "natuurdoelen kan vragen. Minister [[Wieger Mensink|min]] neemt de brief mee naar het overleg "
          "met de provincies op [[19 mei 2026|dt]]."),
        P("6. Bijlagen", "h2"),
        P("Kamerbrief; antwoorden op de vragen van het lid [[Oosting|kl]]; brief van gedeputeerde "
          "[[Brinks|oth]] van [[24 april 2026|dt]]."),
    ]
    return Doc("beslisnota_lnv_kamerbrief_probleemwolven_drenthe.pdf", "nota", "rl-ttf", "Sjaarda, F.",
               "Beslisnota Kamerbrief probleemwolven", "2026-05-11", body, font="DejaVuSans", size=9,
               running=[Running("[[DGNVLG / 26187204|ken]] · pagina {page}", "footer", "all", "right", 7)],
               opts={"margins": (24, 22, 22, 22)},
               note="beslisnota aan de minister met opsteller (Friese naam, mobiel, e-mail, paraaf), Kamerleden "
                    "als ‘het lid Oosting’, ‘motie-Kayacık’ en ‘Gijsbertha (D66)’ (houden), minister en "
                    "staatssecretaris (houden), gedeputeerde (houden), rapportauteurs (houden), schapenhouder "
                    "(lakken), tabel ‘Ambtelijke afstemming’ met directies (houden) en namen (lakken: Poolse, "
                    "Chinese, Surinaamse naam, ‘Timmerije, R.’), algemeen nummer woordvoering (houden)")


# ------------------------------------------------------------------ Outlook calendar print of a gedeputeerde

def agenda_gedeputeerde():
    appts = [
        ("maandag [[9 maart 2026|dt]]", [
            ("09:00–10:00", "Portefeuilleoverleg Landbouw en Natuur", "Provinciehuis, kamer 2.14",
             "[[Schuiling, Anne-Marie|P]]; [[Hadders, J.|P]]; [[Tiesing, Thiemen|P]]",
             "[[Schuiling, Anne-Marie|P]]"),
            ("11:30–13:00", "Werkbezoek schapenhouderij (wolfschade)",
             "[[fam. Dolfsma|P]],\n[[Middenweg 12|A]],\nRuinerwold",
             "[[Aldert Dolfsma|P]]; [[Hadders, J.|P]]; chauffeur [[Gerolf Oldenburger|P]] ([[06 3318 7402|T]])",
             "Secretariaat GS\n[[agenda.gs@drenthe.nl|mb]]"),
            ("15:00–16:00", "Overleg Kamerlid [[Diederik Oosting|kl]] over wolf en rasters",
             "Microsoft Teams-vergadering",
             "[[Diederik Oosting|kl]] (Tweede Kamer); [[Tiede Hulshorst|P]] (fractiemedewerker); "
             "[[Schuiling, Anne-Marie|P]]",
             "[[Hulshorst, Tiede|P]]"),
        ]),
        ("dinsdag [[10 maart 2026|dt]]", [
            ("10:00–12:00", "Vergadering Gedeputeerde Staten", "Provinciehuis, [[Westerbrink 1|pl]], Assen",
             "GS; provinciesecretaris; [[Kirsten Oldengarm|P]] (notulist)", "Secretariaat GS"),
            ("13:30–14:30", "Bestuurlijk overleg zonneparken Midden-Drenthe",
             "Gemeentehuis Beilen, Raadhuisstraat 2",
             "wethouder [[Jannie Oldenhuis|oth]]; [[Roelf Egberts|P]]; [[Tiesing, Thiemen|P]]",
             "[[Tiesing, Thiemen|P]]"),
            ("19:30–21:30", "Informatieavond wolf voor inwoners", "Dorpshuis De Spil, Ruinerwold",
             "burgemeester [[Harry Pepping|oth]] (De Wolden); [[Hadders, J.|P]]; "
             "[[Chiara Uysal|P]] (communicatie)", "[[Uysal, Chiara|P]]"),
        ]),
        ("woensdag [[11 maart 2026|dt]]", [
            ("08:30–09:00", "Bellen met [[Aldert Dolfsma|P]] – terugkoppeling", "telefonisch: [[06 2051 6639|T]]",
             "–", "[[Hadders, J.|P]]"),
            ("09:30–11:00", "IPO-bestuursadviescommissie Vitaal Platteland", "Den Haag, Lange Voorhout 11",
             "gedeputeerden van de provincies; [[Schuiling, Anne-Marie|P]]", "IPO\n[[bac-vp@ipo.nl|mb]]"),
        ]),
    ]

    body = [
        P("**Agenda [[Ebbo Brinks|oth]]** – gedeputeerde Landbouw, Natuur en Wolf", size=11, space_after=1),
        P("Afgedrukt uit Outlook door [[Schuiling, Anne-Marie|P]] op [[13 maart 2026|dt]] · week 11 · "
          "Woo-verzoek [[PD-WOO-2026-031|ken]]", size=8),
        HR(),
    ]
    for day, items in appts:
        body.append(P(f"**{day}**", size=10, space_before=4, space_after=3))
        rows = [["Tijd", "Onderwerp", "Locatie", "Deelnemers", "Organisator"]]
        for t, subj, loc, part, org in items:
            rows.append([t, subj, loc, part, org])
        body.append(Tbl(rows, [0.1, 0.21, 0.19, 0.28, 0.22], size=8, shade="#dce6f0"))
    body.append(P("Deelnemers die niet op de provinciale adreslijst staan, zijn handmatig toegevoegd door het "
                  "secretariaat. Privé-afspraken zijn niet afgedrukt.", "small"))
    return Doc("agenda_gedeputeerde_brinks_week_11.pdf", "agenda", "rl-ttf", "Schuiling, A.M.",
               "Agenda gedeputeerde week 11", "2026-03-13", body, font="DejaVuSansCondensed", size=9,
               opts={"margins": (16, 16, 16, 16)},
               note="Outlook-agendaprint van een gedeputeerde (houden) als tabel per dag (Tijd/Onderwerp/Locatie/"
                    "Deelnemers/Organisator): ‘Schuiling, Anne-Marie’, ‘Hadders, J.’, ‘Tiesing, Thiemen’ (lakken), "
                    "Kamerlid, wethouder en burgemeester (houden) naast fractiemedewerker en chauffeur met "
                    "mobiel (lakken), werkbezoek bij een boerenfamilie met adres, telefoonnummer in de "
                    "locatiekolom, functionele mailboxen, provinciehuisadres (houden)")


def docs():
    return [reactienota_zonnepark(), notulen_stuurgroep_dijk(), beslisnota_lnv_wolf(), agenda_gedeputeerde()]
