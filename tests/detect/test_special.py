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


def test_everyday_meanings_are_not_special_categories(redacted):
    for text in ("Deze beperking op de informatieverplichting is in de wet opgenomen omdat zij nodig is.",
                 "De aanvraag van mevrouw Jansen wordt aangehouden tot de stukken er zijn.",
                 "Ik geloof dat de operatie van de politie zijn doel heeft bereikt.",
                 "Wij hebben het proces-verbaal van de zitting ontvangen."):
        red, _ = redacted(text)
        assert all(r in ("Jansen",) for r in red), (text, red)


def test_health_data_about_a_person_is_still_flagged(redacted):
    red, _ = redacted("Mevrouw Jansen heeft een lichamelijke beperking en is geopereerd.")
    assert "lichamelijke beperking" in red and "geopereerd" in red
