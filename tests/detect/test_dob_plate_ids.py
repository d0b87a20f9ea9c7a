"""Recognizers `dob`, `plate`, `passport`, `vnumber`, `personal_reference`."""
import pytest

from redactor.detect.validators import plate_sidecode, plate_valid


def test_date_of_birth_by_context(find):
    assert find("Zij is geboren op 3 februari 1988 in Ede.", "DOB") == ["3 februari 1988"]
    assert find("Geboortedatum\t12-07-1979", "DOB") == ["12-07-1979"]
    assert find("geb. 01.02.1950, wonende te Ede", "DOB") == ["01.02.1950"]


def test_other_dates_are_not_dob(find):
    assert find("Op 3 februari 2024 is het besluit genomen.", "DOB") == []


@pytest.mark.parametrize("plate,code", [
    ("XX-99-99".replace("X", "G").replace("9", "4"), 1), ("12-34-GH", 2), ("12-GH-34", 3), ("GH-12-JK", 4),
    ("GH-JK-12", 5), ("12-GHJ-3", 7), ("1-GHJ-23", 8), ("GH-123-J", 9), ("G-123-HJ", 10), ("GHJ-12-K", 11),
    ("G-12-HJK", 12), ("1-GH-234", 13), ("123-GH-4", 14),
])
def test_sidecodes(plate, code):
    assert plate_sidecode(plate) == code


def test_plate_in_text(find):
    assert find("De bestelbus met kenteken 12-GHJ-3 stond op de stoep.", "PLATE") == ["12-GHJ-3"]
    assert find("auto GH-123-J geparkeerd", "PLATE") == ["GH-123-J"]


def test_plate_vowels_rejected():
    assert not plate_valid("AB-123-C")    # vowels are not issued in modern sidecodes


def test_codes_are_not_plates(find):
    assert find("Zaak BZ-ADR-2024-4471 en kenmerk PB-2024-117.", "PLATE") == []


def test_passport_and_vnumber(find):
    assert find("Paspoortnummer: NW3CF7JK1, geldig tot 2030.", "ID_NUMBER") == ["NW3CF7JK1"]
    assert find("zijn V-nummer 2345678901 staat in het dossier", "ID_NUMBER") == ["2345678901"]
    assert find("Het nummer 2345678901 staat in het dossier", "ID_NUMBER") == []


def test_personal_reference_numbers(find):
    assert find("onze verzekering (polisnummer AB-1234-5678) keert niet uit", "OTHER") == ["AB-1234-5678"]
    assert find("De handhaver (dienstnummer HH 9912) was onvriendelijk.", "OTHER") == ["HH 9912"]


def test_date_in_brackets_after_a_name_is_a_birth_date(find):
    assert find("Zij vertelde dat haar zoon Emir (08-06-2007) ook post krijgt.", "DOB") == ["08-06-2007"]
    assert find("Het overleg van 12 maart 2024 (08-06-2024) ging door.", "DOB") == []


def test_officer_codes_in_brackets(find):
    assert find("De handhaver (nummer HH 2231) zei dat ik bezwaar moest maken.", "OTHER") == ["HH 2231"]
    assert find("met collega Chantal Martina (agent, OB8804) in een dienstvoertuig", "OTHER") == ["OB8804"]


def test_plate_with_letters_never_issued_next_to_a_context_word_goes_to_review(findings, policy):
    doc, fs = findings("Hij reed in een oude Volvo met kenteken MV-18-XT naar de loods.")
    [d] = [d for d in policy.decide(doc, fs) if d.finding.label.value == "PLATE"]
    assert d.finding.text == "MV-18-XT" and d.action.value == "review"
    doc, fs = findings("Zie bijlage MV-18-XT van het dossier, en 14-06-24.")
    assert [f.text for f in fs if f.label.value == "PLATE"] == []


def test_an_enforcers_number_right_after_the_word(find):
    """A boa's service number is personal (5.1.2e) also without 'nummer': 'BOA 1 : 5512',
    '(boa 5512)', 'boa 5512, J. X'. Other numbers after the word are not."""
    text = ("BOA 1 : 5512 Jorien Haverkamp\nBekeuring uitgeschreven (boa 5512).\nOpgemaakt door: boa 5512, "
            "J. Haverkamp\nDe boa 2 keer gebeld; handhaver 12 maart 2024 ter plaatse.")
    assert find(text, "OTHER") == ["5512", "5512", "5512"]


def test_a_user_name_next_to_a_word_that_says_so(find):
    text = "Export · gemeente Ommen · geëxporteerd door gebruiker m.wolterbeek\nZie o.a. www.ommen.nl en i.v.m. de bijlage."
    assert find(text, "OTHER") == ["m.wolterbeek"]


def test_cadastral_parcels_are_redacted_but_not_the_municipality(redacted):
    """A parcel points at a property and its owner, like an address."""
    red, keep = redacted("Het pand is kadastraal bekend als gemeente Zwolle, sectie K, nummer 3381.\n"
                         "Kadastrale aanduiding\tAlphen aan den Rijn P 1207 (212 m²)\n"
                         "Perceel gemeente Assen, sectie B‚ nr. 904;")      # an OCR'd low comma
    assert {"sectie K, nummer 3381", "Alphen aan den Rijn P 1207", "sectie B‚ nr. 904"} <= set(red)
    assert not any("Zwolle" in r or "Assen" in r for r in red)


def test_certificate_and_service_numbers(redacted):
    red, _ = redacted("Leidinggevende\tDiploma\nRoel Tjalsma\tSVH 2019-338120\n"
                      "Bezoek door W. Hoornstra (40215) en Hoornstra, W. (40215); later R. de Kiefte\n(51877).\n"
                      "Zie J. de Valk (1998) en het rapport (2021).")
    assert {"SVH 2019-338120", "40215", "51877"} <= set(red)
    assert "1998" not in red and "2021" not in red


def test_dates_in_a_birth_date_column(redacted):
    """A table under a 'Geboortedatum' head (narrow, wrapped inside the word): the first
    date of each row that is old enough; a later date in the row (a decision) stays."""
    text = ("Naam\tGeboortedatu\nm\nFunctie\tAkkoord politie\n"
            "Roel Tjalsma\t14-07-1983\tvennoot\t23 februari 2026\n"
            "Sevda Aktaş\t30-01-1992\tbedrijfsleider\t23 februari 2026\n")
    red, keep = redacted(text)
    assert {"14-07-1983", "30-01-1992"} <= set(red)
    assert "23 februari 2026" not in red
    red, _ = redacted("Datum\tOnderwerp\n12-03-2019\tbrief over de vergunning\n")
    assert red == []


def test_login_name_after_a_user_label(redacted):
    red, _ = redacted("Afgedrukt 18 mei 2026 14:07 door gebruiker pvanleeuwen2 · De gebruiker heeft geen rechten.")
    assert red == ["pvanleeuwen2"]


def test_woz_object_number_is_personal_but_the_assessment_number_is_a_case_number(redacted):
    red, keep = redacted("Betreft: bezwaar WOZ-beschikking 2025\n"
                         "Aanslagnummer 2025.0512.7713 · WOZ-objectnummer 051800044121\nGeachte heer/mevrouw,")
    assert "051800044121" in red and "2025.0512.7713" not in red


def test_an_animals_chip_number_is_personal(redacted):
    red, _ = redacted("Verklaring: de hond (reu, chipnummer 528140000198765) is gezien in onze kliniek.")
    assert red == ["528140000198765"], red
