"""Recognizer `special`: special categories are flagged (for review) only in a sentence about a
person."""


def test_health_about_a_person(find):
    text = "Mevrouw Jorna is sinds maart ziekgemeld vanwege een burn-out."
    assert find(text, "SPECIAL") == ["ziekgemeld", "burn-out"]


def test_policy_text_is_not_flagged(find):
    text = "Het kabinet investeert in de ggz en in de aanpak van dementie in verpleeghuizen."
    assert find(text, "SPECIAL") == []


def test_criminal_record(find):
    assert find("De heer Tuinman heeft een strafblad en is eerder veroordeeld.", "SPECIAL") == ["strafblad", "veroordeeld"]


def test_office_holder_sentence_not_flagged(find):
    text = "Burgemeester Dijkhof vraagt om aandacht voor drugsgebruik bij evenementen."
    assert find(text, "SPECIAL") == []
