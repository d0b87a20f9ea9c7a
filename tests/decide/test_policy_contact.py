"""Policy rules: functional mailboxes and general numbers kept; personal ones, addresses and
identification numbers redacted with the right ground."""


def _decisions(findings, policy, text):
    doc, fs = findings(text)
    return {d.finding.text: d for d in policy.decide(doc, fs)}


def test_mailboxes(findings, policy):
    ds = _decisions(findings, policy, "Mail woo@minbzk.nl of j.kuipers@minbzk.nl.")
    assert ds["woo@minbzk.nl"].action.value == "keep" and ds["woo@minbzk.nl"].reason == "functionele mailbox"
    assert ds["j.kuipers@minbzk.nl"].action.value == "redact" and ds["j.kuipers@minbzk.nl"].ground == "5.1.2e"


def test_numbers(findings, policy):
    ds = _decisions(findings, policy, "Bel het algemene nummer 070 426 1234, 14 030 of mobiel 06 1234 5678.")
    assert ds["070 426 1234"].action.value == "keep" and ds["070 426 1234"].reason == "algemeen telefoonnummer"
    assert ds["14 030"].action.value == "keep"
    assert ds["06 1234 5678"].action.value == "redact"


def test_identification_numbers_ground(findings, policy):
    ds = _decisions(findings, policy, "BSN 123456782, paspoortnummer NW3CF7JK1 en IBAN NL91 ABNA 0417 1643 00.")
    assert ds["123456782"].ground == "5.1.1e" and ds["123456782"].action.value == "redact"
    assert ds["NW3CF7JK1"].ground == "5.1.1e"
    assert ds["NL91 ABNA 0417 1643 00"].ground == "5.1.2e"


def test_citizen_and_organisation_address(findings, policy):
    text = ("Gemeente Ede\nBergstraat 4\n6711 DE Ede\nPostbus 9022\n\n"
            "Mevrouw T. Dijkstra\nLindelaan 27\n7412 BN Deventer\n")
    ds = _decisions(findings, policy, text)
    assert ds["Bergstraat 4"].action.value == "keep" and ds["Bergstraat 4"].reason == "adres van de organisatie"
    assert ds["6711 DE"].action.value == "keep"
    assert ds["Lindelaan 27"].action.value == "redact" and ds["Lindelaan 27"].reason == "burger: adres"
    assert ds["7412 BN"].action.value == "redact"


def test_special_category_goes_to_review(findings, policy):
    ds = _decisions(findings, policy, "Mevrouw Jorna is ziekgemeld.")
    d = ds["ziekgemeld"]
    assert d.action.value == "review" and d.ground == "5.1.1d" and d.redacts


def test_low_score_is_review(findings, policy):
    ds = _decisions(findings, policy, "Bas Storm opent. Storm legt uit dat het plan klaar is.")
    assert ds["Bas Storm"].action.value == "redact"
    assert ds["Storm"].action.value == "review"
