"""Minutes: an internal team meeting with Aanwezig/Afwezig/Notulist, initials in the text and an action list
(reportlab, Times) and an administrative consultation (bestuurlijk overleg) with office holders and civil
servants side by side in 'Achternaam, V.' form and 'Actie:' lines with initials (python-docx -> LibreOffice)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


# ------------------------------------------------------------------ internal team meeting

def verslag_werkoverleg_vergunningen():
    body = [
        P("Gemeente Heerenveen – afdeling Omgeving", size=9, space_after=2),
        P("Verslag werkoverleg team Vergunningverlening", "title", size=15),
        KV([["Datum", "dinsdag [[14 april 2026|dt]], 09.30–11.15 uur, kamer 3.12"],
            ["Aanwezig", "[[Gerbrich Leistra|P]] ([[GL|I]], voorzitter), [[Pim de Vlugt|P]] ([[PdV|I]]), "
                         "[[Najoua Bouzid|P]] ([[NB|I]]), [[Sybren Osinga|P]] ([[SO|I]]), "
                         "[[Krzysztof Pawlak|P]] ([[KP|I]])"],
            ["Afwezig", "[[Tsjalling Yntema|P]] ([[TY|I]], verlof)"],
            ["Gast bij punt 4", "[[mr. Dionne Faber|P]], Juridische Zaken"],
            ["Notulist", "[[Madelief Kalf|P]] ([[MK|I]])"]], label_w=0.2, size=10, bold_labels=False),
        HR(),
        P("1. Opening en mededelingen", "h2"),
        P("[[GL|I]] opent het overleg. [[Sybren|P]] gaat per 1 juni over naar het team Handhaving; de vacature "
          "wordt na de zomer opengesteld. [[TY|I]] is tot en met 24 april met verlof; zijn zaken worden "
          "waargenomen door [[PdV|I]]. Wethouder [[Doutzen Fokkema|oth]] heeft laten weten dat zij het team in "
          "mei wil bezoeken."),
        P("2. Verslag vorig overleg ([[31 maart 2026|dt]])", "h2"),
        P("Het verslag wordt zonder wijzigingen vastgesteld. Actiepunt 3 (nieuw sjabloon voor de "
          "ontvangstbevestiging) is afgerond; [[KP|I]] heeft het sjabloon in het zaaksysteem gezet."),
        P("3. Lopende aanvragen", "h2"),
        P("**Ligboxenstal [[Jubbegasterweg 84|A]], Jubbega.** Aanvrager is [[Melkveebedrijf Rienks V.O.F.|org]]. "
          "De stal wordt vergroot van 120 naar 180 koeien en elk [[kalf|w]] krijgt een eigen iglo. De "
          "stikstofberekening ontbreekt nog. [[SO|I]] heeft op [[9 april 2026|dt]] gebeld met de adviseur van de "
          "aanvrager, de heer [[Ids Harkema|P]], die de berekening binnen twee weken toezegt. "
          "Actie: [[SO|I]] stuurt een formeel verzoek om aanvulling."),
        P("**Dakopbouw [[Schoterlandseweg 40|A]], Heerenveen.** De buurvrouw, mevrouw [[A. Bron|P]], heeft "
          "een zienswijze ingediend. De belangrijkste [[bron|w]] van zorg is de schaduw op haar zonnepanelen. "
          "Volgens de bezonningsstudie van de aanvrager gaat het om minder dan een uur per dag in de winter. "
          "Mevrouw [[Bron|P]] wil graag een gesprek. [[NB|I]] plant een gesprek met beide buren. "
          "Actie: [[NB|I]]."),
        P("**Kap van drie eiken, [[Oranjewoud|pl]].** Aangevraagd door [[It Fryske Gea|org]]. Twee bomen zijn "
          "ziek, de derde staat volgens de aanvrager in de weg van een nieuw wandelpad. [[KP|I]] twijfelt over "
          "de derde boom en vraagt advies aan de boomdeskundige van de gemeente. Actie: [[KP|I]]."),
        P("4. Werkvoorraad en termijnen", "h2"),
        P("[[PdV|I]] laat het overzicht zien: 14 aanvragen lopen het risico de beslistermijn van acht weken te "
          "overschrijden, vooral door ontbrekende adviezen van de omgevingsdienst. [[mr. Dionne Faber|P]] licht "
          "toe dat onder de Omgevingswet geen vergunning van rechtswege meer ontstaat, maar dat een aanvrager de "
          "gemeente wel in gebreke kan stellen en een dwangsom kan vragen. Mevrouw [[Faber|P]] raadt aan "
          "aanvragers tijdig te informeren en de termijn zo nodig met zes weken te verlengen."),
        P("Afgesproken wordt dat [[PdV|I]] elke maandag een lijst met kritieke termijnen rondstuurt, ook aan de "
          "wethouder. [[Najoua|P]] en [[Pim|P]] bekijken samen of het zaaksysteem een automatische "
          "waarschuwing kan geven. Actie: [[PdV|I]]."),
        P("5. Rondvraag", "h2"),
        P("[[KP|I]] meldt dat het zaaksysteem op [[28 april 2026|dt]] een update krijgt; die dag is het systeem "
          "vanaf 16.00 uur niet beschikbaar. [[MK|I]] vraagt of het verslag voortaan ook in Teams kan worden "
          "gedeeld. [[NB|I]] vraagt wie de klantvragen via [[vergunningen@heerenveen.nl|mb]] behandelt tijdens het "
          "verlof van [[Tsjalling|P]]; dat doet [[PdV|I]]."),
        P("Actielijst", "h2"),
        Tbl([["Nr.", "Actie", "Wie", "Gereed"],
             ["1", "Verzoek om aanvulling stikstofberekening Jubbegasterweg", "[[SO|I]]", "[[21 april 2026|dt]]"],
             ["2", "Gesprek met beide buren over de dakopbouw Schoterlandseweg", "[[NB|I]]",
              "[[28 april 2026|dt]]"],
             ["3", "Advies boomdeskundige over de derde eik", "[[KP|I]]", "[[21 april 2026|dt]]"],
             ["4", "Wekelijks overzicht kritieke termijnen aan team en wethouder", "[[PdV|I]]", "doorlopend"],
             ["5", "Overdracht dossiers van [[Sybren|P]] aan het team", "[[SO|I]] / [[GL|I]]",
              "[[29 mei 2026|dt]]"]],
            [0.08, 0.6, 0.14, 0.18], size=9.5, grid=False),
        P("Volgend overleg: [[28 april 2026|dt]], 09.30 uur.", "small"),
    ]
    return Doc("verslag_werkoverleg_vergunningverlening_heerenveen.pdf", "verslag", "rl-std", "Kalf, M.",
               "Verslag werkoverleg Vergunningverlening", "2026-04-15", body, font="Times-Roman", size=10.5,
               running=[Running("Verslag werkoverleg Vergunningverlening [[14 april 2026|dt]] – [[MK|I]] – "
                                "pagina {page}", "footer", "all", "right", 7.5)],
               opts={"margins": (25, 25, 22, 22)},
               note="verslag van een teamoverleg met Aanwezig/Afwezig/Gast/Notulist (initialen tussen haakjes), "
                    "initialen in de lopende tekst en ‘Actie: PdV’, actielijst met ‘SO / GL’, voornamen, Friese en "
                    "Marokkaanse namen, notulist ‘Madelief Kalf’ naast ‘elk kalf’, buurvrouw ‘mevrouw Bron’ naast "
                    "‘bron van zorg’, maatschap met familienaam en natuurorganisatie (houden), wethouder (houden), "
                    "‘NB’ en ‘SO’ als initialen, initialen notulist in voettekst")


# ------------------------------------------------------------------ bestuurlijk overleg

def verslag_bestuurlijk_overleg():
    body = [
        P("Provincie Gelderland · Regio Foodvalley", size=9, space_after=2),
        P("Verslag bestuurlijk overleg netcongestie Foodvalley", "title", size=15),
        P("[[23 april 2026|dt]], 14.00–16.00 uur, gemeentehuis Ede", space_after=6),
        Tbl([["Bestuurlijk", "Ambtelijk en overig"],
             ["[[Harmelink, G.|oth]] (gedeputeerde, voorzitter)\n[[Bronsgeest, A.|min]] (minister KGG)\n"
              "[[Brongersma, T.|oth]] (wethouder Ede)\n[[Van Hierden, E.|oth]] (wethouder Barneveld)\n"
              "[[Pleijsier, A.|oth]] (wethouder Wageningen)",
              "[[Ottema, F.|P]] (KGG)\n[[Hettema, T.|P]] (KGG)\n[[Sabajo, K.|P]] ([[Liander|org]])\n"
              "[[Zwerver, A.|P]] (Regio Foodvalley)\n[[Scholten, Antje|P]] (provincie, verslag)"]],
            [0.5, 0.5], size=9.5, shade="#e2ecd9"),
        P("Afwezig met bericht: [[Lammers, W.|oth]] (wethouder Veenendaal), [[Azzouz, Khalid|P]] "
          "([[TenneT|org]])", "small"),
        P("1. Opening", "h2"),
        P("De voorzitter heet minister [[Bronsgeest|min]] welkom. Het is voor het eerst dat Rijk, provincie, regio "
          "en netbeheerder samen aan tafel zitten over de wachtrij. Wethouder [[Lammers|oth]] heeft zich afgemeld; "
          "hij heeft zijn inbreng schriftelijk gestuurd aan [[Zwerver|P]]."),
        P("2. Stand van zaken wachtrij", "h2"),
        P("De heer [[Sabajo|P]] licht toe dat de wachtrij bij [[Liander|org]] 412 bedrijven telt. Het station bij "
          "Ede wordt in 2029 uitgebreid, maar de congestie blijft tot 2031. [[Liander|org]] kan vóór 1 juli aan "
          "zestig bedrijven een flexibel contract aanbieden. Wethouder [[Brongersma|oth]] vraagt of bedrijven als "
          "[[Plukon|org]] daarvoor in aanmerking komen; [[Sabajo|P]] bevestigt dat, mits zij ’s nachts minder "
          "afnemen. Wethouder [[Van Hierden|oth]] wijst op de kleine ondernemers in Barneveld, die het advies om "
          "zelf een batterij te plaatsen niet kunnen betalen."),
        P("Actie: [[KS|I]] stuurt de lijst van de zestig bedrijven vóór [[8 mei 2026|dt]] aan de regio."),
        P("3. Energiehub Foodvalley", "h2"),
        P("[[Zwerver|P]] presenteert de opzet van de hub: één loket voor advies over besparing, opslag en het "
          "delen van capaciteit op bedrijventerreinen. De kosten zijn geraamd op € 2,4 miljoen voor drie jaar. "
          "Minister [[Bronsgeest|min]] zegt toe een bijdrage uit het Klimaatfonds te verkennen, op voorwaarde dat "
          "de regio de helft draagt. Gedeputeerde [[Harmelink|oth]] zegt de provinciale bijdrage toe, onder "
          "voorbehoud van Provinciale Staten."),
        P("Actie: [[FO|I]] en [[AZ|I]] werken de verdeling van de kosten uit voor het volgende overleg."),
        P("4. Woningbouw", "h2"),
        P("Wethouder [[Pleijsier|oth]] meldt dat in Wageningen 300 woningen op de campus klaar zijn, maar niet "
          "kunnen worden aangesloten. Zij vraagt om voorrang volgens het prioriteringskader van de "
          "[[ACM|org]]. De heer [[Sabajo|P]] zegt toe dit binnen twee weken te beoordelen. [[Ottema|P]] meldt "
          "dat het ministerie van VRO op de hoogte is en dat de minister van VRO het onderwerp ook bespreekt "
          "met de regio."),
        P("Actie: [[KS|I]] (beoordeling voorrang Wageningen-campus)."),
        P("5. Communicatie", "h2"),
        P("Er komt vandaag een gezamenlijk persbericht. De woordvoering loopt via de provincie "
          "([[pers@gelderland.nl|mb]], [[026 359 99 99|gn]]). [[TH|I]] stemt de tekst af met de woordvoerders "
          "van het ministerie en de gemeenten. De minister informeert de Tweede Kamer vóór het zomerreces; "
          "Kamerlid [[Dorgelo|kl]] heeft daar in het debat om gevraagd."),
        P("Actie: [[TH|I]]."),
        P("6. Rondvraag en sluiting", "h2"),
        P("Wethouder [[Brongersma|oth]] nodigt de minister uit voor een werkbezoek aan een bedrijventerrein in "
          "Ede. De voorzitter sluit om 15.55 uur. Het volgende overleg is in september; [[Scholten|P]] stuurt "
          "een datumprikker."),
        Sp(2),
        Tbl([["Nr.", "Actie", "Wie", "Wanneer"],
             ["1", "Lijst zestig bedrijven flexibel contract", "[[KS|I]]", "[[8 mei 2026|dt]]"],
             ["2", "Kostenverdeling Energiehub", "[[FO|I]] / [[AZ|I]]", "september"],
             ["3", "Voorrang Wageningen-campus beoordelen", "[[KS|I]]", "[[7 mei 2026|dt]]"],
             ["4", "Persbericht afstemmen", "[[TH|I]]", "[[23 april 2026|dt]]"],
             ["5", "Datumprikker volgend overleg", "[[AS|I]]", "mei"]],
            [0.08, 0.56, 0.16, 0.2], size=9, shade="#e2ecd9"),
    ]
    return Doc("verslag_bestuurlijk_overleg_netcongestie_foodvalley.pdf", "verslag", "lo", "Scholten, A.",
               "Verslag BO netcongestie Foodvalley", "2026-04-24", body, font="DejaVu Sans", size=9.5,
               running=[Running("Verslag BO netcongestie Foodvalley – [[23 april 2026|dt]]", "header", "all",
                                "right", 7)],
               opts={"margins": (22, 20, 22, 20), "line_spacing": 1.2},
               note="verslag van een bestuurlijk overleg met presentielijst in twee kolommen: gedeputeerde, "
                    "minister en wethouders als ‘Harmelink, G.’ (houden) naast ambtenaren en netbeheerder als "
                    "‘Ottema, F.’ (lakken), afwezigen met bericht, ‘Actie: KS’ en initialen in de actielijst, "
                    "Kamerlid (houden), bedrijven en netbeheerders (houden), dezelfde personen als in de nota en "
                    "de Kamerbrief")


def docs():
    return [verslag_werkoverleg_vergunningen(), verslag_bestuurlijk_overleg()]
