"""Three scans: a minister's letter to a burgemeester with the minister's signature (grey scan of a reportlab Times
letter), a citizen's WOZ objection with a signature (grey scan of a reportlab DejaVu Sans letter) and a hearing
report of an objections committee with the chair's signature (bilevel scan of a LibreOffice Arial document)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


# ------------------------------------------------------------------ minister BZK -> burgemeester (scan via rl-std)

def brief_minister_burgemeester_stemming_scan():
    body = [
        P("> Retouradres Postbus 20011 2500 EA Den Haag", size=7.5),
        P("De burgemeester van Zaanstad\nde heer drs. [[P.W. Kortstee|oth]]\nPostbus 2000\n1500 GA  ZAANDAM",
          space_after=16),
        KV([("Datum", "[[26 maart 2026|dt]]"),
            ("Kenmerk", "[[2026-0000219584|ken]]"),
            ("Betreft", "fouten bij de telling gemeenteraadsverkiezing")],
           label_w=0.17, size=10, bold_labels=False),
        P("Geachte heer [[Kortstee|oth]],"),
        P("Op [[19 maart 2026|dt]] informeerde u mij over de fouten bij de telling van de stemmen in "
          "stembureau 23 (wijkcentrum De Poelenburcht) bij de gemeenteraadsverkiezing. Ik dank u voor uw snelle "
          "en open melding. In deze brief geef ik mijn reactie."),
        P("Uit uw melding blijkt dat de voorzitter van het stembureau, mevrouw [[Albertha Scheerder|P]], bij de "
          "telling twee stapels stembiljetten heeft verwisseld. Mevrouw [[Scheerder|P]] heeft dit zelf de "
          "volgende ochtend gemeld bij uw ambtenaar verkiezingen, de heer [[Arnold Kleinsmit|P]]. Het "
          "centraal stembureau heeft op [[20 maart 2026|dt]] besloten de stemmen van dit stembureau "
          "opnieuw te tellen. Daardoor is de uitslag correct vastgesteld."),
        P("De [[Kiesraad|org]] heeft mij geadviseerd om gemeenten te vragen de instructie voor stembureauleden "
          "aan te passen. Ik neem dit advies over. Ook het Tweede Kamerlid [[Van Dalsum|kl]] heeft hierover "
          "vragen gesteld; die beantwoord ik binnenkort."),
        P("Ik stel het op prijs als u en uw gemeentesecretaris in april met mijn ministerie willen spreken over "
          "de lessen voor andere gemeenten. Contactpersoon is [[Parwana Haidary|P]]. U kunt haar "
          "mailen via [[p.haidary@minbzk.nl|E]] of bellen op [[06 4721 3390|T]]. Een afschrift van deze brief stuur ik aan de "
          "commissaris van de Koning in Noord-Holland, mevrouw [[Adriana Swanenburg|oth]]."),
        P("Ik begrijp dat de fout in Zaanstad veel aandacht heeft gekregen in de lokale media en op sociale "
          "media. Daarbij zijn ook berichten verspreid waarin de stembureauleden persoonlijk werden "
          "aangesproken. Ik vind dat onacceptabel. Stembureauleden zijn vrijwilligers die op een lange dag "
          "zorgvuldig werk doen. Zij verdienen onze steun en niet de schuld van een fout die iedereen had "
          "kunnen maken."),
        P("Het is daarom goed dat u de stembureauleden na de verkiezing heeft uitgenodigd voor een gesprek en "
          "hen heeft bedankt. Ik wil andere gemeenten vragen hetzelfde te doen. In de evaluatie van de "
          "gemeenteraadsverkiezingen, die ik voor de zomer naar de Tweede Kamer stuur, besteed ik aandacht "
          "aan de werving, de opleiding en de bescherming van stembureauleden. Ook kijk ik of een centrale "
          "stemopneming in meer gemeenten kan helpen om fouten bij het tellen te voorkomen."),
        P("Hoogachtend,"),
        P("de minister van Binnenlandse Zaken en Koninkrijksrelaties,"),
        Sig(140326, w_mm=46, h_mm=16),
        P("[[Allard Heslinga|min]]"),
    ]
    return Doc("brief_minister_burgemeester_telling_scan.pdf", "brief", "scan", None,
               "Scan brief minister BZK 2026-0000219584", "2026-03-26", body, font="Times-Roman", size=12,
               running=[Running("Pagina {page} · kenmerk [[2026-0000219584|ken]]", "footer", "all", "right", 8.5)],
               opts={"leading": 1.5, "margins": (28, 26, 28, 26), "first_top": 12,
                     "logo": {"kind": "rijk", "lines": ["Ministerie van Binnenlandse Zaken en",
                                                        "Koninkrijksrelaties"]}},
               scan={"via": "rl-std", "mode": "gray", "seed": 14326, "rot": [0.4, -0.3], "noise": 6,
                     "quality": 66, "shade": 9, "specks": 0.0002},
               note="brief van de minister aan een burgemeester (houden, ‘drs. P.W. Kortstee’ en ‘heer "
                    "Kortstee’), grijze scan met handtekening van de minister (geen lakking): voorzitter van "
                    "een stembureau (vrijwilliger), ambtenaar verkiezingen en contactpersoon met Afghaanse naam, "
                    "mobiel en e-mail (lakken), Kamerlid, Kiesraad en commissaris van de Koning (houden)")


# ------------------------------------------------------------------ WOZ-bezwaar (scan via rl-ttf)

def burgerbrief_woz_bezwaar_scan():
    body = [
        P("[[Hiddo Lambregts|P]]\n[[Kalverdijkje 8|A]]\n[[7462 RT|Z]] Rijssen\ntel. [[0548 51 72 63|T]]\n"
          "[[hlambregts@planet.nl|E]]", space_after=16),
        P("Gemeente Rijssen-Holten\nt.a.v. afdeling Belastingen / WOZ\nPostbus 244\n7460 AE  Rijssen",
          space_after=14),
        P("Rijssen, [[4 maart 2026|dt]]"),
        P("**Betreft: bezwaar WOZ-beschikking 2026**"),
        P("Geachte heer, mevrouw,"),
        P("Hierbij maak ik bezwaar tegen de WOZ-waarde van mijn woning aan de [[Kalverdijkje 8|A]]. De "
          "beschikking heeft nummer [[WOZ-2026-0471836|O]]. De gemeente stelt de waarde vast op € 512.000. Dat "
          "vind ik veel te hoog."),
        P("Mijn redenen:"),
        P("1. Het dak van mijn woning moet worden vervangen. Er zit nog asbest in de golfplaten van de schuur.",
          "bullet"),
        P("2. De woning van mijn buren, de familie [[Vriezekolk|P]] op [[Kalverdijkje 12|A]], is even groot en "
          "heeft een nieuwe keuken, maar is volgens de gemeente lager getaxeerd.", "bullet"),
        P("3. De verkochte woningen die u als vergelijking gebruikt, liggen allemaal in de nieuwbouwwijk.",
          "bullet"),
        P("Ik heb vorig jaar ook gebeld met een taxateur van de gemeente, de heer [[Nijmeijer|P]]. Hij zei dat "
          "ik een taxatierapport kon aanvragen, maar dat heb ik nooit ontvangen."),
        P("Ik vraag u de waarde te verlagen naar € 455.000 en een eventuele teruggave van de OZB over te maken "
          "op rekening [[NL89 RABO 0318 2746 59|N]] ten name van [[H. Lambregts|P]]. Mijn BSN is "
          "[[409377168|B]]."),
        P("Ik wil graag gehoord worden en ben bereid een taxateur binnen te laten."),
        P("Met vriendelijke groet,"),
        Sig(140304, w_mm=40, h_mm=14),
        P("[[H.J. Lambregts|S]]"),
    ]
    return Doc("burgerbrief_woz_bezwaar_scan.pdf", "burgerbrief", "scan", None,
               "Scan bezwaar WOZ 2026", "2026-03-04", body, font="DejaVuSans", size=12,
               opts={"leading": 1.5, "margins": (26, 24, 24, 24)},
               scan={"via": "rl-ttf", "mode": "gray", "seed": 14304, "rot": [-0.5], "noise": 6,
                     "quality": 62, "shade": 9, "specks": 0.0003},
               note="WOZ-bezwaar van een inwoner met Twentse naam, grijze scan: adres (drie keer), vast nummer, "
                    "e-mail, beschikkingsnummer (OTHER), BSN, IBAN met initialen, buren met adres, taxateur met "
                    "achternaam alleen, handtekening met gedrukte naam ‘H.J. Lambregts’ (SIGNATURE)")


# ------------------------------------------------------------------ hoorzitting bezwaarcommissie (scan via lo)

def verslag_hoorzitting_recreatiewoning_scan():
    body = [
        P("**Commissie bezwaarschriften gemeente Ermelo**", size=12),
        P("**Verslag van de hoorzitting**", size=13),
        KV([("Datum", "[[9 juni 2026|dt]], 14.00 uur"),
            ("Zaak", "[[BZW-2026-0058|ken]], bezwaar tegen last onder dwangsom (bewoning recreatiewoning)"),
            ("Voorzitter", "[[mr. Rika Haasnoot|P]]"),
            ("Leden", "[[drs. Ype Reitsema|P]] en [[Younes Azdad|P]]"),
            ("Secretaris", "[[Hillegonda Wolbeek|P]]"),
            ("Bezwaarmakers", "de heer [[Radek Gawron|P]] en mevrouw [[Urszula Gawron|P]]"),
            ("Gemachtigde", "[[mr. Sijmen Hupkens|P]], [[DAS Rechtsbijstand|org]]"),
            ("Namens het college", "[[Erna Luttmer|P]], toezichthouder")],
           label_w=0.27, size=10),
        P("1. Opening", "h2"),
        P("De voorzitter opent de zitting en stelt de aanwezigen voor. Zij wijst erop dat de commissie "
          "onafhankelijk is en het college adviseert."),
        P("2. Toelichting bezwaarmakers", "h2"),
        P("[[Mr. Hupkens|P]] licht het bezwaar toe. De heer [[Gawron|P]] en zijn vrouw wonen sinds 2021 in "
          "een recreatiewoning op [[Recreatiepark De Haspel|org]]. Zij werken in de bouw in de regio en konden "
          "geen andere woning vinden. Zij staan ingeschreven als woningzoekende. Volgens de gemachtigde heeft "
          "de gemeente de bewoning jarenlang gedoogd."),
        P("Mevrouw [[Gawron|P]] vertelt dat haar dochter [[Zuzanna|P]] in Ermelo naar school gaat. Zij "
          "vraagt om een persoonsgebonden gedoogbeschikking tot het gezin een woning heeft gevonden."),
        P("3. Toelichting namens het college", "h2"),
        P("Mevrouw [[Luttmer|P]] legt uit dat het college in 2025 heeft besloten permanente bewoning van "
          "recreatieparken actief aan te pakken. Bij een controle op [[12 januari 2026|dt]] is vastgesteld dat "
          "het gezin er permanent woont. De parkbeheerder, de heer [[Gerbert Hazelhoff|P]], heeft dat bevestigd."),
        P("4. Vragen van de commissie", "h2"),
        P("De heer [[Azdad|P]] vraagt of het college een overgangstermijn overweegt. Mevrouw "
          "[[Luttmer|P]] zegt dat wethouder [[Gerrie Mollinga|oth]] bereid is een termijn van zes maanden "
          "te geven als het gezin aantoonbaar blijft zoeken. De heer [[Reitsema|P]] vraagt naar andere gezinnen "
          "op het park; dat zijn er volgens de toezichthouder nog elf."),
        P("5. Afsluiting", "h2"),
        P("De commissie brengt binnen vier weken advies uit. Vragen kunnen naar [[bezwaar@ermelo.nl|mb]] of "
          "[[14 0341|gn]]."),
        Sp(3),
        P("Voor akkoord, de voorzitter:"),
        Sig(140609, w_mm=42, h_mm=14),
        P("[[R. Haasnoot|S]]"),
        P("Secretaris: [[H. Wolbeek|P]]", size=10),
    ]
    return Doc("verslag_hoorzitting_recreatiewoning_scan.pdf", "verslag", "scan", None,
               "Scan verslag hoorzitting BZW-2026-0058", "2026-06-09", body, font="Arial", size=12.5,
               running=[Running("Verslag hoorzitting [[BZW-2026-0058|ken]]", "footer", "all", "right", 8)],
               opts={"leading": 1.5, "margins": (24, 22, 20, 20), "space_after": 6, "line_spacing": 1.45},
               scan={"via": "lo", "mode": "bilevel", "seed": 14609, "rot": [0.3, -0.3], "noise": 6,
                     "threshold": 150, "shade": 8, "blur": 0.3, "streak": True,
                     "producer_meta": "RICOH IM C3000", "creator_meta": "RICOH IM C3000"},
               note="verslag van een hoorzitting (bilevel scan met kopieerstreep): voorzitter met ‘mr.’ en "
                    "handtekening (SIGNATURE ‘R. Haasnoot’), leden met ‘drs.’ en Marokkaanse naam, secretaris, "
                    "Pools echtpaar (‘de heer Gawron’, ‘mevrouw Gawron’) met dochter, gemachtigde als ‘Mr. Hupkens’, "
                    "toezichthouder en parkbeheerder (lakken), rechtsbijstandsverzekeraar, recreatiepark, "
                    "wethouder en 14-nummer (houden)")


def docs():
    return [brief_minister_burgemeester_stemming_scan(), burgerbrief_woz_bezwaar_scan(),
            verslag_hoorzitting_recreatiewoning_scan()]
