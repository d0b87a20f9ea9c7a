"""Recognizer `phone`: Dutch notations, extensions, general and switchboard numbers."""
import pytest

from redactor.detect.validators import normalise_phone, phone_kind


@pytest.mark.parametrize("number", [
    "06-12345678", "06 1234 5678", "06 12 34 56 78", "+31 (0)6 1234 5678", "+31 6 12345678",
    "0031 6 1234 5678", "070-3456789", "070 345 67 89", "(070) 345 67 89", "0313 45 67 89",
    "06.12.34.56.78", "+31 20 123 4567",
])
def test_personal_notations(find, number):
    assert find(f"U kunt mij bereiken op {number} na vijf uur.", "PHONE", number="personal") == [number]


def test_extension(find):
    assert find("Bel 070 345 67 89 toestel 1234 voor vragen.", "PHONE") == ["070 345 67 89 toestel 1234"]
    assert find("Telefoon 030-2345678 (tst. 55) of mail.", "PHONE") == ["030-2345678 (tst. 55)"]


@pytest.mark.parametrize("number", ["14 030", "14 0318", "0800-1234", "0900 8844", "0800 123 4567"])
def test_service_numbers_are_general(find, number):
    assert find(f"Bel met {number} voor informatie.", "PHONE", number="general") == [number]


def test_general_by_context_but_direct_line_personal(find):
    text = "Bel het algemene nummer 024 329 99 99 of rechtstreeks via 024 329 11 22."
    assert find(text, "PHONE", number="general") == ["024 329 99 99"]
    assert find(text, "PHONE", number="personal") == ["024 329 11 22"]


def test_general_number_label(find):
    assert find("M 06 1122 3344\nAlgemeen: 058 233 88 00", "PHONE", number="general") == ["058 233 88 00"]


def test_not_phone_numbers(find):
    text = "Kenmerk 2024-0000123456, datum 12-03-2024, bedrag € 1.234.567,00 en zaak 202401234567."
    assert find(text, "PHONE") == []


def test_normalise_and_kind():
    assert normalise_phone("+31 (0)6 1234 5678") == "0612345678"
    assert normalise_phone("0031 70 123 4567") == "0701234567"
    assert phone_kind("0612345678") == "mobile"
    assert phone_kind("0701234567") == "landline"
    assert phone_kind("140318") == "service"
    assert phone_kind("08001234") == "service"
    assert phone_kind("12345") == ""


def test_spaced_hyphen_notations_and_reference_numbers(find):
    text = ("T: 088 - 797 1234\nBel direct 06 - 12 34 56 78.\nOnze centrale: 070 - 456 78 90.\n"
            "Factuur 0612-3456-78 is betaald.")
    assert find(text, "PHONE", number="personal") == ["088 - 797 1234", "06 - 12 34 56 78"]
    assert find(text, "PHONE", number="general") == ["070 - 456 78 90"]


def test_brackets_after_the_number_say_general_or_direct(redacted):
    """'(algemeen)', '(receptie)' right after a number make it a general number; '(rechtstreeks)'
    makes it a direct line even after a general one in the same sentence."""
    red, keep = redacted("Telefoon privé: 020-6123456 | werk: 020 - 551 2000 (algemeen)")
    assert red == ["020-6123456"] and keep == ["020 - 551 2000"]
    red, keep = redacted("Bereikbaar op 050 - 367 1100 (receptie) of 050 - 367 1234 (rechtstreeks).")
    assert keep == ["050 - 367 1100"] and red == ["050 - 367 1234"]


def test_a_tab_ends_a_number_and_a_prefix_before_a_line_break_starts_one(find):
    """Table cells are joined by tabs: '0800 1234<TAB>06 2233 4455' are two numbers (the
    mobile number went into the service number and was kept). '06' at a line end and the rest
    on the next line is one number."""
    row = "Storingsdienst\tPieter Hoogeveen\t0800 1234\t06 2233 4455\t–"
    assert find(row, "PHONE", number="personal") == ["06 2233 4455"]
    assert find("Contactpersoon: Lieke Mulderij, 06\n3344 5566\n\nBesluit: akkoord.", "PHONE") == ["06 3344 5566"]


def test_switchboard_and_dial_in_numbers_are_general(find):
    """Round numbers ('… 30 00', '… 44 44', '… 310 310') are an organisation's switchboard; a
    dial-in number of an online meeting and an 'Office:' line are general too. A mobile number
    or a number called direct stays personal however round it is."""
    text = ("Gemeente Ommerbos, 0523 71 30 00. GGD: 088 123 44 44. Servicepunt 0523 310 310.\n"
            "Bel in via +31 20 555 12 34, vergaderings-id 812 331 #.\nOffice: +44 20 5550 1234\n"
            "Bel mij op 06 1000 2000 of rechtstreeks 0523 71 20 00.")
    assert find(text, "PHONE", number="general") == ["0523 71 30 00", "088 123 44 44", "0523 310 310",
                                                     "+31 20 555 12 34", "+44 20 5550 1234"]
    assert find(text, "PHONE", number="personal") == ["06 1000 2000", "0523 71 20 00"]


def test_a_number_followed_by_another_number_or_a_time(find):
    """'+31 6 5218 7741 0:00:19' (a transcript) and '06 1234 5678 9 keer': the number ends
    where the pattern ran on into the next one."""
    assert find("+31 6 4418 2207 0:00:19\nGoedemiddag.", "PHONE") == ["+31 6 4418 2207"]
    assert find("Bel 06 2233 4455 9 keer.", "PHONE") == ["06 2233 4455"]


def test_direct_line_on_the_organisation_line_of_a_signature(redacted):
    """'Gemeente X | T 078 …' under a name is the person's direct line; the same shape in
    running text after the organisation's name is a general number."""
    red, keep = redacted("> --\n> Vincent Harmsen\n> Adviseur riolering | Stadsbeheer\n"
                         "> Gemeente Dordrecht | T 078 770 44 12 | 14 078\n>")
    assert "078 770 44 12" in red and "14 078" in keep
    red, keep = redacted("Dat zeg ik toe, zei Jan Harmsen. Voor vragen van burgers\n"
                         "verwijs ik naar Informatie Rijksoverheid (077 465 6767) en de website.")
    assert "077 465 6767" in keep


def test_a_number_of_before_1995_after_a_number_word(redacted):
    red, _ = redacted("De bewoner is bereikbaar onder nr. 01106-2287. Zaak 0123-4567 is gesloten.")
    assert "01106-2287" in red and "0123-4567" not in red


def test_pair_written_twice_is_a_switchboard(find):
    """'… 80 80' / '… 10 10': a pair written twice as the last two groups is an organisation's
    switchboard; the same digits called 'mij'/'hem' or a mobile number stay personal."""
    text = ("Vragen van journalisten gaan via 070 379 80 80.\nGemeente Borsele\nT 0118 41 10 10\n"
            "Bel mij op 070 379 80 80. U kunt hem bellen op 0118 41 10 10. Jan: 06 12 34 56 56.")
    assert find(text, "PHONE", number="general") == ["070 379 80 80", "0118 41 10 10"]
    assert find(text, "PHONE", number="personal") == ["070 379 80 80", "0118 41 10 10", "06 12 34 56 56"]
