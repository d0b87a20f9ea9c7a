"""Recognizers `address` and `postcode`: citizen address vs the organisation's own address."""


def test_citizen_letter_block(find):
    text = ("Gemeente Ede\nRetouradres: Postbus 9022, 6710 HK Ede\n\n"
            "De heer P.J. Mulderink\nBerkenlaan 12 b\n6711 AB  EDE\n\nGeachte heer Mulderink,\n")
    assert find(text, "ADDRESS", address="citizen") == ["Berkenlaan 12 b"]
    assert find(text, "POSTCODE", address="citizen") == ["6711 AB"]
    assert find(text, "POSTCODE", address="organisation") == ["6710 HK"]


def test_address_in_running_text(find):
    text = "Zij woont sinds 2019 aan de Lange Nieuwstraat 44-3 in Utrecht."
    assert find(text, "ADDRESS") == ["Lange Nieuwstraat 44-3"]


def test_street_named_after_person(find):
    assert find("Mijn adres is Burgemeester Roelenweg 7, 8021 EV Zwolle.", "ADDRESS") == ["Burgemeester Roelenweg 7"]
    assert find("Ik woon op de Dr. Zamenhofstraat 3A.", "ADDRESS") == ["Dr. Zamenhofstraat 3A"]


def test_organisation_letterhead_and_signature(find):
    text = ("Directie Wonen\nRijnstraat 8\n2515 XP Den Haag\nPostbus 20011\n2500 EA Den Haag\n")
    assert find(text, "ADDRESS", address="organisation") == ["Rijnstraat 8"]
    assert find(text, "ADDRESS", address="citizen") == []
    sig = "Met vriendelijke groet,\nPetra Hoving\nGemeente Ede\nBergstraat 4, 6711 DE Ede\n"
    assert find(sig, "ADDRESS", address="organisation") == ["Bergstraat 4"]


def test_meeting_location_is_kept(find):
    assert find("Locatie\tKortenaerkade 12, zaal 3\nVoorzitter\tdrs. A. Brink", "ADDRESS", address="citizen") == []


def test_house_number_does_not_run_into_next_line(find):
    text = "Mevrouw K. Hofstra\nLindelaan 27\n7412 BN DEVENTER"
    assert find(text, "ADDRESS") == ["Lindelaan 27"]
    assert find(text, "POSTCODE") == ["7412 BN"]


def test_not_addresses(find):
    text = "Op grond van de Omgevingswet 2024 en artikel 5 van de Waterwet en hoofdstuk 2 van de Wegenwet 1930."
    assert find(text, "ADDRESS") == []


def test_person_on_the_same_line(find):
    text = "Bezwaarmaker\nde heer T. Oosterbaan, Wierdenweg 5, 9084 AB Goutum\n"
    assert find(text, "ADDRESS", address="citizen") == ["Wierdenweg 5"]
    assert find(text, "POSTCODE", address="citizen") == ["9084 AB"]


def test_street_that_is_only_a_suffix_word(find):
    assert find("De vergunning voor de woning Singel 201 is geweigerd.", "ADDRESS") == ["Singel 201"]


def test_any_street_with_number_and_postcode(find):
    assert find("Afschrift: de heer R. Güler, Broersvest 12a, 3111 EJ Schiedam", "ADDRESS") == ["Broersvest 12a"]


def test_a_persons_address_is_private_everywhere_in_the_document(redacted):
    red, keep = redacted("Adres aanvragers\tEsstraat 51, 7461 BW Rijssen\nLocatie activiteit\tEsstraat 51 (achtererf)")
    assert red.count("Esstraat 51") == 2 and "Esstraat 51" not in keep


def test_address_block_street_without_a_known_suffix(redacted, find):
    """In an address block the line above the postcode is the street, whatever its name ends
    in ("-koog", "-kuil"); in a form it may follow a label cell. A postbus stays no address."""
    red, keep = redacted("Jan en Els Oosterbaan\nKwartelkoog 8\n1834 AB Lutjebroek\n\nGeachte heer, mevrouw,")
    assert "Kwartelkoog 8" in red and "1834 AB" in red
    red, _ = redacted("Naam\tP. Wiersma\nAdres\tZandkuil 21b\n\t7421 XK Deventer")
    assert "Zandkuil 21b" in red
    assert find("Gemeente Deventer\nPostbus 5000\n7400 GC Deventer", "ADDRESS") == []
    # not when the number line is no street: a sentence ending in a number stays text
    assert find("Het aantal meldingen steeg in 2023 tot 8\n1834 AB Lutjebroek", "ADDRESS") == []


def test_postcode_is_told_apart_like_the_street_before_it(find):
    """A postcode after a street in the same cell gets the street's verdict: either both are
    the organisation's or both are a person's (a kept postcode next to a redacted street
    leaves "postcode and house number" readable)."""
    org = "Vereniging Oud-Wehe, Kerkewei 12, 9971 AB Wehe"
    assert find(org, "ADDRESS", address="organisation") == ["Kerkewei 12"]
    assert find(org, "POSTCODE", address="organisation") == ["9971 AB"]
    form = "Naam organisatie\tStichting Dorpsbelang Wehe\nCorrespondentieadres\tKerkewei 12, 9971 AB Wehe"
    assert find(form, "ADDRESS", address="citizen") == ["Kerkewei 12"]
    assert find(form, "POSTCODE", address="citizen") == ["9971 AB"]


def test_care_of_address_is_a_persons(find):
    """'p/a' / 'c/o' before a street: the organisation uses someone's (home) address."""
    for text in ("Secretariaat\tp/a Kerkewei 12, 9971 AB Wehe",
                 "Vereniging Oud-Wehe, c/o Kerkewei 12, 9971 AB Wehe"):
        assert find(text, "ADDRESS", address="citizen") == ["Kerkewei 12"], text
        assert find(text, "POSTCODE", address="citizen") == ["9971 AB"], text
    # ... but not a postbus
    assert find("Stichting Vrienden van het Park\np/a Gemeente Ede, Postbus 9022, 6710 HK Ede",
                "POSTCODE", address="citizen") == []


def test_an_address_broken_over_two_lines(redacted):
    red, _ = redacted("Ook hebben wij uw buurman, de heer Wouter Hakvoort (Meidoornlaan\n29), gevraagd wat hij zag.")
    assert "Meidoornlaan 29" in red
    red, _ = redacted("Betreft invordering dwangsom cafetaria, Westzijde\n1. Vraag\nJe vraagt of het kan.")
    assert not any("Westzijde" in r for r in red)


def test_an_address_broken_over_two_lines_in_running_text(redacted):
    """'aan de Meidoornstraat' / '77. De termijn …' and 'aan de Dijkweg' / '211 te Zaandijk'
    are addresses; '…, Westzijde' / '1. Vraag' (a numbered heading) is not."""
    red, _ = redacted("een dakkapel op onze woning aan de Meidoornstraat\n77. De beslistermijn is verstreken.")
    assert "Meidoornstraat 77" in red
    red, _ = redacted("eigenaren van het woonhuis aan de Hoekerdijk\n211 te Zaandijk, bied ik aan.")
    assert "Hoekerdijk 211" in red


def test_a_known_address_wrapped_over_a_line_break_in_running_text(redacted):
    red, _ = redacted("De heer R. Baptista\nLindengracht 63\n2312 KR Leiden\n\n"
                      "Wij zijn van plan uw woning aan de Lindengracht\n63 aan te wijzen als monument.")
    assert red.count("Lindengracht 63") == 2      # the fixture shows the line break as a space


def test_a_business_address_under_its_label_is_kept(redacted):
    red, keep = redacted("Bedrijf\tEethuis Anadolu (eenmanszaak)\nVestigingsadres\tStationsweg 41, Ede\n"
                         "Adres exploitant\tKeesomstraat 7, 6717 AH Ede\n")
    assert "Stationsweg 41" in keep and "Keesomstraat 7" in red


def test_an_address_named_as_a_business_building_is_kept_everywhere(redacted):
    red, keep = redacted("Onderwerp\tTijdelijke huisvesting in het voormalige kantoorpand Hanzeweg 14\n"
                         "In te stemmen met de huur van het pand aan de Hanzeweg 14 voor vijf jaar. "
                         "Mevrouw Jansen woont aan de Kerkstraat 3.")
    assert keep.count("Hanzeweg 14") == 2 and "Kerkstraat 3" in red


def test_a_company_mentioned_in_running_text_above_does_not_make_an_address_the_companys(redacted):
    red, keep = redacted("Ligboxenstal Jubbeweg 84, Jubbega. Aanvrager is Melkveebedrijf Rienstra V.O.F.. De stal wordt\n"
                         "vergroot van 120 naar 180 koeien. De stikstofberekening ontbreekt nog.\n"
                         "Dakopbouw Schoterweg 40, Heerenveen. De buurvrouw heeft een zienswijze ingediend.")
    assert "Schoterweg 40" in red
    red, keep = redacted("Bouwbedrijf Van Dam B.V.\nIndustrieweg 12\n8441 AB Heerenveen")
    assert "Industrieweg 12" in keep


def test_street_forms_eind_and_a_compass_word_and_a_repeated_private_address(redacted):
    red, _ = redacted("Uw buren, de familie Van de Rijt op\nKerkeind 19, hebben schade gemeld. "
                      "Ook melding van Rinus van Hoof, Floralaan Oost 31: een tak. Amsterdam Noord 3 keer.")
    assert {"Kerkeind 19", "Floralaan Oost 31"} <= set(red) and not any("Amsterdam" in r for r in red)
    red, _ = redacted("Waterschap Limburg\nParklaan 10, Roermond · Postbus 314, 6040 AH Roermond\n"
                      "Mevrouw M.J.H. Hendriks-Bemelmans\nOosterweg 4\n6301 PK Valkenburg\n"
                      "Een steiger ter hoogte van Oosterweg 4 in Valkenburg.")
    assert red.count("Oosterweg 4") == 2


def test_my_postal_address_is_a_persons_and_a_signature_lines_organisation_address(redacted):
    red, _ = redacted("Ik ontvang de stukken graag. Mijn postadres is\nLange Gracht 21, 4331 AG Middelburg.\n")
    assert "Lange Gracht 21" in red
    red, keep = redacted("Groet,\nSanne Koerts\nWoo-coördinator | Rijkswaterstaat Zee en Delta\n"
                         "Poelwijkstraat 18 | 4331 JC Middelburg\n")
    assert "Poelwijkstraat 18" in keep and "Poelwijkstraat 18" not in red


def test_street_with_link_words_and_a_known_address_repeated(redacted):
    red, keep = redacted("Mevrouw Y.C. Veldkamp\nWeg naar Voorst 142\n7203 HN Zutphen")
    assert "Weg naar Voorst 142" in red and "7203 HN" in red
    # the organisation's visiting address: street on the line above the postcode, both kept
    red, keep = redacted("Gemeente Zutphen\nBezoekadres\nHet Stadhuis\nHof van Heeckeren 3\n7201 AB Zutphen")
    assert "Hof van Heeckeren 3" in keep and "7201 AB" in keep
    # a person's address found once is redacted where nothing else marks it
    red, _ = redacted("Betreft\tbezwaar – Dolf Wiltink, Heiderand 4, Lunteren\n"
                      "Namens mijn cliënt, wonend aan de\nHeiderand 4, 6741 KM Lunteren, maak ik bezwaar.")
    assert red.count("Heiderand 4") == 2


def test_diminutive_street_names(redacted):
    red, _ = redacted("Mijn woning aan het Kalverdijkje 8 is oud. De buren in het Molensteegje 3a en "
                      "het Kerkpadje 2 ook.")
    assert {"Kalverdijkje 8", "Molensteegje 3a", "Kerkpadje 2"} <= set(red), red
