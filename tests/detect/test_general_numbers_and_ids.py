"""General (switchboard) numbers told from direct lines by layout and context; phone numbers in
chat exports; service numbers of officers; places after a postcode; company addresses."""


def _phones(findings, text):
    doc, fs = findings(text)
    return [(f.text.replace("\n", " "), f.context.get("number")) for f in fs if f.label.value == "PHONE"]


def test_number_on_letterhead_line_is_general_everywhere(findings):
    text = ("Gemeente Zuidhaven · Postbus 400 · 3300 AK Zuidhaven · telefoon 078 640 2200\n"
            "Heeft u vragen? Bel dan met Karin Smit van team Vergunningen via 078 640 2200.\n")
    assert _phones(findings, text) == [("078 640 2200", "general"), ("078 640 2200", "general")]


def test_number_in_a_signature_block_stays_personal(findings):
    text = ("Met vriendelijke groet,\nJan de Vries\nadviseur Wonen\nGemeente Zuidhaven | Raadhuisplein 4\n"
            "078 640 2271\n")
    assert _phones(findings, text) == [("078 640 2271", "personal")]


def test_number_next_to_functional_mailbox_is_general(findings):
    assert _phones(findings, "Vragen kunnen naar vergunningen@zuidhaven.nl of 078 640 2200.") == [
        ("078 640 2200", "general")]
    # ... but not when a person is named in the same sentence
    assert _phones(findings, "Bel Karin Smit op 078 640 2279 of mail vergunningen@zuidhaven.nl.") == [
        ("078 640 2279", "personal")]


def test_number_after_organisation_name_or_with_opening_hours_is_general(findings):
    assert _phones(findings, "Burgers kunnen terecht bij Informatie Rijksoverheid (077 111 2233).") == [
        ("077 111 2233", "general")]
    assert _phones(findings, "Bel 078 640 2200 (op werkdagen van 9.00 tot 17.00 uur).") == [
        ("078 640 2200", "general")]
    assert _phones(findings, "Buiten kantoortijd: persdienst 078 640 2299.") == [("078 640 2299", "general")]


def test_direct_line_wins_over_general_context(findings):
    assert _phones(findings, "Gemeente Zuidhaven, rechtstreeks 078 640 2271.") == [("078 640 2271", "personal")]


def test_number_repeated_in_page_footer_is_general(findings):
    page = "Nota over de begroting\nTekst van de nota over de begroting.\nAfdeling Financiën · T 078 640 2211\n"
    assert _phones(findings, page + "\f" + page) == [("078 640 2211", "general"), ("078 640 2211", "general")]


def test_chat_export_timestamps_and_wrapped_mobile_number(findings):
    text = ("[12-02-2024 07:41] Mark Dijkstra: De contactpersoon is Pim Kraak (06 5512\n"
            "3344) voor vragen.\n[12-02-2024 07:45] +31 6 1122 3344: Begrepen.\n")
    assert _phones(findings, text) == [("06 5512 3344", "personal"), ("+31 6 1122 3344", "personal")]


def test_service_numbers_of_officers(redacted):
    red, keep = redacted("Boa Petra Vos (boa-nummer 5512) schreef de bon uit. Verbalisant B-40217 was erbij.\n"
                         "Toezichthouder J. Mol (toezichthoudersnummer TH-0071) zag het.")
    for x in ("5512", "B-40217", "TH-0071"):
        assert x in red


def test_driving_licence_number(redacted):
    red, keep = redacted("Legitimatie\trijbewijs, nummer 4419023571")
    assert "4419023571" in red


def test_place_after_postcode_and_place_of_writing_are_not_persons(find):
    text = "Karel Ooms\nMolenstraat 4\n1791 AB Den Burg\n\nDen Burg, 4 maart 2024\nBetreft: aanvraag\n"
    assert find(text, "PERSON") == ["Karel Ooms"]
    assert "Den Burg" in find(text, "LOC")


def test_company_address_block_is_kept(redacted):
    text = "Transportbedrijf Hoekstra B.V.\nt.a.v. de heer P. Hoekstra, directeur\nIndustrieweg 12\n8801 PA Franeker\n"
    red, keep = redacted(text)
    assert "Industrieweg 12" in keep and "8801 PA" in keep and "P. Hoekstra" in red


def test_postbus_line_under_a_signature_is_the_organisations(redacted):
    text = "De burgemeester van Zuidhaven,\nA.B. Kramer\nBezwaar kan bij de burgemeester, Postbus 400, 3300 AK Zuidhaven."
    red, keep = redacted(text)
    assert "3300 AK" in keep
