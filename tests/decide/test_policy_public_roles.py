"""People who act in public (council members, spokespersons quoted in a press release, cited
authors, historical namesakes) are kept; civil servants who sign on behalf of a body, the press
contact in the note for the editors and addresses on forms are redacted. Own sentences."""


def test_council_members_in_role_are_kept(redacted):
    red, keep = redacted("Namens de fractie van D66 stelde raadslid Verhoef vragen. De raadsleden Van Dam en "
                         "Çelik sloten zich aan. Wethouder Bakker antwoordde.")
    assert not red
    assert {"Verhoef", "Van Dam", "Çelik", "Bakker"} <= set(keep)


def test_civil_servant_signing_for_the_college_is_redacted(redacted):
    red, keep = redacted("Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,\n"
                         "ing. K.L. Brouwer\nteamleider Belastingen\n")
    assert "K.L. Brouwer" in red


def test_press_release_spokesperson_kept_press_contact_redacted(redacted):
    red, keep = redacted("PERSBERICHT\nDe nieuwe bibliotheek opent in mei. “We rekenen op veel lezers”, zegt\n"
                         "woordvoerder Noor Verbeek van Bibliotheek Oost.\n"
                         "Noot voor de redactie, niet voor publicatie\n"
                         "Voor vragen: Sem Aalders, communicatieadviseur, 06 2211 4455.\n")
    assert "Noor Verbeek" in keep and "Sem Aalders" in red
    assert not any("Bibliotheek" in r for r in red)


def test_quoted_person_outside_a_press_release_is_redacted(redacted):
    red, keep = redacted("In het overleg zei woordvoerder Noor Verbeek dat het plan klaar is.")
    assert "Noor Verbeek" in red


def test_authors_cited_in_brackets_and_with_cs(redacted):
    red, keep = redacted("Uit eerder onderzoek (Mulder en Ter Voort-Ansah, 2022) blijkt dat. Mulder en "
                         "Ter Voort-Ansah bevelen aan meer te meten.\n"
                         "Volgens Aarsen c.s. is dat terecht.")
    assert not red


def test_authors_of_report_with_a_quoted_title(redacted):
    red, keep = redacted("Vorige week verscheen het rapport ‘Water en wonen. Een verkenning’ van het Planbureau "
                         "voor de Leefomgeving, geschreven door Haddou, Brink-Oosterveld en Van der\nVeen. "
                         "Haddou wijst op de risico's.")
    assert not red


def test_historical_namesake_with_life_years_is_kept(redacted):
    red, keep = redacted("De stichting is genoemd naar de dichteres Hendrika Wolters (1899–1971). Wolters schreef "
                         "over de zee.")
    assert not red


def test_form_address_under_name_is_redacted(redacted):
    red, keep = redacted("Naam\tR. de Graaf\nStraat en huisnummer\tLindelaan 7\nPostcode en plaats\t6812 BC Arnhem\n")
    assert {"R. de Graaf", "Lindelaan 7", "6812 BC"} <= set(red)


def test_first_name_plus_surname_that_is_a_place_word(redacted):
    red, keep = redacted("Het verslag is gemaakt door Anne Bos en nagekeken door Pim Hof.")
    assert {"Anne Bos", "Pim Hof"} <= set(red)


def test_person_quoted_after_a_colon_in_a_press_release(redacted):
    red, keep = redacted("Gemeente Venlo\nPERSBERICHT\nVenlo, 2 oktober 2026\nDe bibliotheek opent.\n"
                         "Directeur Joske Hanegraaf van Bibliotheek Venlo: “We verwachten veel bezoekers.”\n"
                         "Noot voor de redactie, niet voor publicatie\nVoor vragen: Tijs Bongers, 06 4419 2870.")
    assert "Joske Hanegraaf" in keep and "Tijs Bongers" in red, (red, keep)


def test_a_single_quoted_press_quote_and_the_namesake_of_a_fund(redacted):
    red, keep = redacted("PERSBERICHT\nZutphen, 3 maart 2026\nDe nieuwe kazerne opent.\n"
                         "Commandant Willemijn Haarbosch: ‘Onze vrijwilligers verdienen een goede plek.’\n"
                         "Het fonds is genoemd naar de\nschrijfster Geertruida Wolffensperger.\n"
                         "Noot voor de redactie\nBel Ria Smit.")
    assert {"Willemijn Haarbosch", "Geertruida Wolffensperger"} <= set(keep) and red == ["Ria Smit"], (red, keep)
