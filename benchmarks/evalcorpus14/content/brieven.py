"""Two letters: a Kamerbrief without redactions (reportlab TTF, DejaVu Sans) and a municipal decision to an
inhabitant about a market stall permit (python-docx -> LibreOffice, Liberation Sans). The minister's letter to a
burgemeester is a scan (scans.py)."""
from markup import HR, KV, PB, Doc, P, Running, Sig, Sp, Tbl  # noqa: F401


# ------------------------------------------------------------------ OCW, Kamerbrief (rl-ttf), no redactions

def kamerbrief_uitvoering_basisbeurs():
    body = [
        P("> Retouradres Postbus 16375 2500 BJ Den Haag", size=7),
        P("De Voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n2500 EA  Den Haag",
          space_after=16),
        KV([("Datum", "[[5 oktober 2026|dt]]"),
            ("Betreft", "Uitvoering basisbeurs hoger onderwijs, derde voortgangsbrief")],
           label_w=0.16, size=9, bold_labels=False),
        P("Geachte voorzitter,"),
        P("Met deze brief informeer ik uw Kamer over de uitvoering van de basisbeurs in het hoger onderwijs. Ik "
          "doe daarmee de toezegging gestand die ik op [[18 juni 2026|dt]] deed in het commissiedebat "
          "Studiefinanciering, op vragen van de leden [[Nazlı Çetin|kl]] en [[Tesselaar|kl]]."),
        P("1. Stand van zaken bij DUO", "h2"),
        P("[[Dienst Uitvoering Onderwijs|org]] (DUO) heeft in het studiejaar 2025-2026 ruim 340.000 studenten "
          "een basisbeurs toegekend. Het aantal klachten over late betaling is sterk gedaald. Uit het onderzoek "
          "van [[Hovingh|au]] en [[Brito|au]] (2026), uitgevoerd in opdracht van het [[Centraal Planbureau|org]], "
          "blijkt dat vooral studenten uit gezinnen met een laag inkomen vaker gaan studeren sinds de "
          "herinvoering. Ook het aantal studenten dat uitwonend is, stijgt weer."),
        P("2. Aanvullende beurs en uitwonendentoeslag", "h2"),
        P("DUO controleert vaker of studenten echt uitwonend zijn. Sommige studenten vinden dat zij daarbij "
          "onterecht worden verdacht. Ik heb de Nationale ombudsman, de heer [[Theodorus Strijbosch|oth]], "
          "gevraagd mee te kijken naar de werkwijze. De Autoriteit Persoonsgegevens wordt betrokken bij de "
          "keuze welke gegevens DUO daarvoor mag gebruiken."),
        P("3. Motie-[[Tesselaar|kl]]/[[Andrade|kl]]", "h2"),
        P("De motie vraagt de regering om studenten met een functiebeperking langer recht te geven op een beurs. "
          "Ik neem dit over in het wetsvoorstel dat ik dit najaar naar de Raad van State stuur. Ik heb hierover "
          "gesproken met de staatssecretaris van Onderwijs, [[Sibbeltje Hoornstra|min]], die dit onderwerp in "
          "haar portefeuille heeft."),
        P("4. Fondsen", "h2"),
        P("Naast de overheid helpen particuliere fondsen studenten die buiten de regels vallen. Het "
          "[[Clasina Verwoert Studiefonds|org]], genoemd naar de schrijfster [[Clasina Verwoert|oth]], en het "
          "[[Fonds Steunpunt Studenten|org]] hebben in 2025 samen ruim 1.200 studenten geholpen. Ik ben met "
          "deze fondsen in gesprek over betere verwijzing vanuit DUO."),
        P("5. Vervolg", "h2"),
        P("Ik informeer uw Kamer voor [[1 april 2027|dt]] opnieuw over de uitvoering. Studenten met vragen "
          "kunnen terecht bij DUO ([[050 599 77 55|gn]], [[www.duo.nl|gn]])."),
        Sp(4),
        P("De minister van Onderwijs, Cultuur en Wetenschap,"),
        Sp(8),
        P("[[Gerjanne Verbiest-Oudman|min]]"),
    ]
    return Doc("kamerbrief_uitvoering_basisbeurs.pdf", "brief", "rl-ttf", "Ministerie van OCW",
               "Kamerbrief uitvoering basisbeurs", "2026-10-05", body, font="DejaVuSans", size=11,
               running=[Running("Ons kenmerk [[48291736|ken]]", "header", "all", "right", 7)],
               opts={"leading": 1.5, "margins": (24, 50, 30, 22), "first_top": 8,
                     "logo": {"kind": "rijk", "lines": ["Ministerie van Onderwijs, Cultuur", "en Wetenschap"]}},
               note="Kamerbrief zonder lakking: minister met dubbele naam, staatssecretaris, Kamerleden met "
                    "Turkse naam en in ‘motie-Tesselaar/Andrade’, rapportauteurs, Nationale ombudsman (houden), "
                    "studiefonds genoemd naar een schrijfster en die schrijfster (houden), algemeen nummer DUO")


# ------------------------------------------------------------------ Apeldoorn, besluit aan inwoner (lo)

def brief_apeldoorn_standplaats():
    body = [
        P("**Gemeente Apeldoorn**", size=14, space_after=1),
        P("Marktplein 1 · Postbus 9033 · 7300 ES Apeldoorn · [[14 055|gn]] · [[www.apeldoorn.nl|gn]]", size=8,
          space_after=18),
        P("De heer [[H.Q. Đặng|P]]\n[[Arnhemseweg 388|A]]\n[[7333 NL|Z]]  APELDOORN", space_after=18),
        P("Datum: [[22 april 2026|dt]]\nOns kenmerk: [[Z/26/881452|ken]]\nBehandeld door: [[Edmilson Tavira|P]]"
          "\nTelefoon: [[055 580 37 19|T]]\nBetreft: besluit op uw aanvraag standplaatsvergunning",
          size=9.5, space_after=14),
        P("Geachte heer [[Đặng|P]],"),
        P("Op [[3 maart 2026|dt]] hebben wij uw aanvraag ontvangen voor een vaste standplaats voor uw foodtruck "
          "met Vietnamese gerechten op de weekmarkt aan de Marktstraat. In deze brief leest u ons besluit."),
        P("**Besluit**"),
        P("Wij verlenen u een standplaatsvergunning voor de zaterdagmarkt, plaats 14, voor de periode van "
          "[[1 mei 2026|dt]] tot en met [[30 april 2029|dt]]. De vergunning geldt voor de foodtruck met kenteken "
          "[[V-482-PT|L]]. Voor de donderdagmarkt weigeren wij de vergunning."),
        P("**Waarom dit besluit**"),
        P("Op de donderdagmarkt zijn al twee standplaatsen voor warme maaltijden: [[Vishandel Monteiro|org]] en "
          "een snackwagen. Volgens de marktverordening mogen er niet meer dan twee zijn. Op de zaterdagmarkt is "
          "plaats 14 vrijgekomen. Marktmeester [[Sybe Kooijstra|P]] heeft bevestigd dat uw foodtruck daar past "
          "en dat er een stroomaansluiting is. De heer [[Kooijstra|P]] heeft ook gekeken naar de afstand tot de "
          "andere kramen."),
        P("Uw buurman op de markt, mevrouw [[Trang Lương|P]], heeft gevraagd of zij haar kraam een plaats kan "
          "opschuiven. Dat regelen wij apart met haar. Wethouder [[Teunis Ruitenbeek|oth]] heeft ons gevraagd "
          "nieuwe ondernemers op de markt goed te ondersteunen; daarom krijgt u in de eerste maand begeleiding "
          "van de marktmeester."),
        P("**Voorwaarden**"),
        P("U betaalt marktgeld volgens de legesverordening. U houdt zich aan de regels voor hygiëne en afval. "
          "De foodtruck met kenteken [[V-482-PT|L]] staat alleen op de markt tijdens de markturen."),
        P("**Bezwaar**"),
        P("Bent u het niet eens met de weigering voor de donderdagmarkt? Dan kunt u binnen zes weken na de "
          "datum van deze brief bezwaar maken. Stuur uw bezwaar naar het college van burgemeester en "
          "wethouders, Postbus 9033, 7300 ES Apeldoorn, of mail naar [[bezwaarschriften@apeldoorn.nl|mb]]. "
          "Vermeld uw naam, adres ([[Arnhemseweg 388|A]]), ons kenmerk en de reden van uw bezwaar."),
        P("Heeft u vragen? Bel dan [[Edmilson Tavira|P]] op [[055 580 37 19|T]] of het algemene nummer "
          "[[14 055|gn]]."),
        P("Met vriendelijke groet,"),
        P("het college van burgemeester en wethouders van Apeldoorn,\nnamens deze,"),
        Sp(8),
        P("[[Wypkje Oldersma|P]]\nteamleider Vergunningen en Handhaving"),
    ]
    return Doc("brief_apeldoorn_standplaatsvergunning.pdf", "brief", "lo", "Tavira, E.",
               "Besluit standplaatsvergunning Z/26/881452", "2026-04-22", body, font="Liberation Sans", size=12,
               running=[Running("Kenmerk [[Z/26/881452|ken]]", "footer", "rest", "right", 8)],
               opts={"leading": 1.5, "margins": (25, 22, 22, 22), "space_after": 7, "line_spacing": 1.45},
               note="besluit aan een inwoner met Vietnamese naam (‘H.Q. Đặng’, ‘heer Đặng’) met adres twee keer "
                    "en kenteken van een foodtruck twee keer, behandelaar met Kaapverdische naam en direct "
                    "nummer, marktmeester met Friese naam, marktkoopvrouw met Vietnamese naam, ondertekenaar "
                    "‘namens deze’ (lakken), vishandel met familienaam, wethouder, 14-nummer en mailbox (houden)")


def docs():
    return [kamerbrief_uitvoering_basisbeurs(), brief_apeldoorn_standplaats()]
