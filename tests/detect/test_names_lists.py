"""Recognizer `person` (lists + evidence): first names, initials, titles, tussenvoegsels,
double-barrelled names, line breaks, ordinary words."""
from redactor.detect.textdoc import document_from_text


def test_first_name_and_surname(find):
    assert find("Het overleg werd voorbereid door Marloes Verhagen en Joep van den Hurk.", "PERSON") == [
        "Marloes Verhagen", "Joep van den Hurk"]


def test_initials_and_tussenvoegsel(find):
    assert find("Het advies van J.P. van der Steen en A.B.C. Dijkhuis is gevolgd.", "PERSON") == [
        "J.P. van der Steen", "A.B.C. Dijkhuis"]


def test_title_is_not_part_of_the_span(find):
    assert find("Aanwezig was ook dhr. Brouwers en mevr. drs. L. Kuipers.", "PERSON") == ["Brouwers", "L. Kuipers"]
    assert find("Volgens de heer Van Os is het gemaal in orde.", "PERSON") == ["Van Os"]
    assert find("Mevrouw Yılmaz belt over haar aanvraag.", "PERSON") == ["Yılmaz"]


def test_double_barrelled(find):
    assert find("Ook Fatma Jansen-El Idrissi schoof aan.", "PERSON") == ["Fatma Jansen-El Idrissi"]
    assert find("Namens de buren sprak Riet Hofman-de Graaf.", "PERSON") == ["Riet Hofman-de Graaf"]
    assert find("De familie Tan-A-Kiam heeft ook schade.", "PERSON") == ["Tan-A-Kiam"]


def test_capitalised_tussenvoegsel_in_first_name_form(find):
    assert find("Gedeputeerde Lotte Ten Brinke opent.", "PERSON") == ["Lotte Ten Brinke"]


def test_name_broken_across_lines(find):
    assert find("De notitie is geschreven door Fleur van der\nLaan en besproken.", "PERSON") == ["Fleur van der Laan"]
    assert find("samen met Joep\nTimmerhuis van de afdeling", "PERSON") == ["Joep Timmerhuis"]


def test_ordinary_words_are_not_names(find):
    text = ("Groen licht voor het plan. De winter was zwaar. Storm en regen zorgden voor schade. "
            "Per post ontvangt u het besluit. De Bakker bezorgt brood.")
    assert find(text, "PERSON") == []


def test_surname_that_is_a_word_after_first_name(find):
    assert find("Het team van Bas Winter neemt het over.", "PERSON") == ["Bas Winter"]
    assert find("Contact loopt via Sem Storm.", "PERSON") == ["Sem Storm"]


def test_non_dutch_names(find):
    text = "Aanwezig waren ook Mehmet Yıldız en Björn Lindqvist, naast Ewa Kowalska."
    assert find(text, "PERSON") == ["Mehmet Yıldız", "Björn Lindqvist", "Ewa Kowalska"]


def test_role_word_introduces_a_name(find):
    assert find("Communicatieadviseur Ilse 't Gilde stemt af.", "PERSON") == ["Ilse 't Gilde"]
    assert find("Onze buurman Dirksma heeft geklaagd.", "PERSON") == ["Dirksma"]
    assert find("De beleidsmedewerker Open Data sluit aan.", "PERSON") == []


def test_first_name_alone_is_weak_evidence(findings, redacted):
    # a first name on its own in running text is weak evidence: the model's agreement keeps it
    # redacted but flagged for review; a greeting or a person found elsewhere in the document
    # or dossier confirms it
    doc, fs = findings("Zie ook Olga's notitie.")
    assert [(f.text, f.score < 0.6) for f in fs if f.label.value == "PERSON"] == [("Olga", True)]
    doc, fs = findings("Hoi Olga,\nZie ook Olga's notitie.")
    assert [(f.text, f.score >= 0.6) for f in fs if f.label.value == "PERSON"] == [("Olga", True), ("Olga", True)]


def test_tail_of_an_unparsed_name_is_not_a_first_name(redacted):
    # "Fong" at the end of a name is no first name on its own: never a lone "Fong", kept or
    # redacted. (The shipped model reads this name as "A Fong", "Tjan" being a listed proper
    # word; a cut-short span is then redacted, which errs on the side of the person.)
    red, keep = redacted("Dat is de studie van Tjan A Fong.")
    assert "Fong" not in red and "Fong" not in keep
    assert all("Fong" in r for r in red)


def test_two_unknown_capitalised_words_weakly_by_rule(rules_only):
    # the rule alone: two unknown capitalised words are a name, weakly (review)
    fs = rules_only.detect(document_from_text("Het gesprek met Oluwaseun Adeyemi verliep goed."))
    ps = [f for f in fs if f.label.value == "PERSON"]
    assert [f.text for f in ps] == ["Oluwaseun Adeyemi"] and ps[0].score < 0.6


def test_two_unknown_capitalised_words_confirmed_by_model(findings):
    # the model agrees that they are a person: redacted without review
    doc, fs = findings("Het gesprek met Oluwaseun Adeyemi verliep goed.")
    ps = [f for f in fs if f.label.value == "PERSON"]
    assert [f.text for f in ps] == ["Oluwaseun Adeyemi"] and ps[0].score >= 0.6


def test_abbreviated_tussenvoegsel(find):
    assert find("Volgens J. v.d. Berg en mevrouw K. v/d Linden klopt het.", "PERSON") == ["J. v.d. Berg", "K. v/d Linden"]


def test_unknown_first_name_with_tussenvoegsel(findings):
    doc, fs = findings("Het gesprek met Thanh van Dijk verliep goed.")
    assert [f.text for f in fs if f.label.value == "PERSON"] == ["Thanh van Dijk"]


def test_lone_frequent_first_name_is_review(findings, policy):
    # a frequent first name (no ordinary word) alone: redacted for review, also at the start of
    # a sentence (the same person is treated the same way in the whole document)
    doc, fs = findings("Ik heb het gisteren met Marieke besproken. Marieke is het eens.")
    ps = [f for f in fs if f.label.value == "PERSON"]
    assert [f.text for f in ps] == ["Marieke", "Marieke"]
    assert {d.action.value for d in policy.decide(doc, ps)} == {"review"}


def test_lone_frequent_first_name_mid_sentence_by_rule(rules_only, policy):
    # the rule alone: the mention in the middle of the sentence, and the one at the start of a
    # sentence as the subject of a person's verb (both review); not a sentence start otherwise,
    # nor before a verb a town takes too ("Lisse heeft ...")
    doc = document_from_text("Ik heb het gisteren met Marieke besproken. Marieke is het eens. "
                             "Anouk weet het bedrag. Marieke en ik gaan erheen. Lisse heeft een plan.")
    ps = [f for f in rules_only.detect(doc) if f.label.value == "PERSON"]
    assert [f.text for f in ps] == ["Marieke", "Anouk"]
    assert {d.action.value for d in policy.decide(doc, ps)} == {"review"}


def test_model_slips_on_service_names_are_not_redacted(redacted):
    # the model alone calls some service names persons; the rules turn them down
    for text in ("Inloggen kan met DigiD via MijnOverheid.",
                 "De melding staat in TOPdesk en in SharePoint.",
                 "Het Ministerie van Financiën en de Belastingdienst werken samen."):
        red, _ = redacted(text)
        assert red == [], (text, red)


def test_family_and_doctor_forms_of_address(redacted):
    """'het gezin X', 'dokter X', 'juf X', 'dominee X' introduce a person like 'mevrouw X'."""
    red, _ = redacted("Het gezin Wijnstekers wil alleen meedoen als de kinderen er niet bij zijn.")
    assert "Wijnstekers" in red
    red, _ = redacted("Zijn huisarts is dokter Ottema in Grou; hij heeft de verklaring opgesteld.")
    assert "Ottema" in red
    red, _ = redacted("Juf Margriet heeft de ouders ingelicht. Dominee Feenstra sprak bij de herdenking.")
    assert "Margriet" in red and "Feenstra" in red


def test_first_name_joined_to_a_person_is_a_person(redacted, findings):
    """'met Gijs en Fleur', 'Hans de Vries en Kees': a listed first name that is also a word
    is a person next to one; not next to a place, and not when a surname follows."""
    red, _ = redacted("Ik heb dit besproken met Gijs en Fleur; zij komen terug met een voorstel.")
    assert "Fleur" in red
    red, _ = redacted("Volgens Hans de Vries en Kees gaat dit goed.")
    assert "Kees" in red
    # a place is no person to join a first name to (the capitalised 'Roos' mid-sentence is
    # still flagged for review on its own, as a frequent first name)
    doc, fs = findings("We rijden naar Utrecht en Roos blijft thuis bij de kinderen.")
    assert not [f for f in fs if f.detector == "rule:name_coordination"]
    red, _ = redacted("De prijs ging naar Gijs en Fleur Bloemendaal.")
    assert "Fleur" not in red and "Fleur Bloemendaal" in red
    red, _ = redacted("Op 3 juni belde Anouk Verwey, May 10 volgt de rest.")
    assert "May" not in red


def test_surname_with_tussenvoegsel_without_first_name(redacted):
    """'mevrouw van den Berg' (a lower-case tussenvoegsel after a title), 'zoals Van der Meer
    aangaf', 'met ter Horst' and 'adviseur de Graaf' are persons; places and offices that start
    the same way are not ('de minister van Financiën', 'Den Helder', 'Kapel in 't Zand')."""
    red, _ = redacted("Geachte mevrouw van den Berkhof,\n\nWij spraken de heer de Vlieger en dhr. van 't Hul. "
                      "Zoals Van der Weijde al aangaf, is dat met ter Hoeven besproken. Adviseur de Graaf "
                      "gaf een toelichting.")
    assert {"van den Berkhof", "de Vlieger", "van 't Hul", "Van der Weijde", "ter Hoeven", "de Graaf"} <= set(red)
    red, _ = redacted("De minister van Financiën en de burgemeester van Amsterdam bezochten Den Helder, "
                      "Ter Apel en de Kapel in 't Zand. Het advies van de Raad van State volgt.")
    assert red == []


def test_tussenvoegsel_and_a_double_surname_but_not_a_letter_with_a_hyphen(redacted):
    """'met de Vries-Bakker': both parts listed surnames; 'op de X-Ray', 'de Noord-Zuidlijn'
    and 'de Oost-Europese markt' are no names."""
    red, _ = redacted("Ik belde met de Vries-Bakker. De douane zag op de X-Ray dat de koffer vol zat. "
                      "Het gaat om de Noord-Zuidlijn en de Oost-Europese markt.")
    assert red == ["de Vries-Bakker"], red


def test_reversed_name_with_capitalised_tussenvoegsel_in_a_mail_header(redacted):
    red, _ = redacted("Van: Van der Weijde, Hanneke; De Vlieger, Piet\nAan: Smit, Joke")
    assert {"Van der Weijde, Hanneke", "De Vlieger, Piet", "Smit, Joke"} <= set(red)


def test_first_name_of_someone_from_an_organisation(redacted):
    # "Stan van KWS": a first name and the employer's abbreviation (the "van" is no tussenvoegsel)
    red, _ = redacted("Ik denk dat het van de aannemer kwam. Noud van KWS zei het ook al. Ik sprak Joyce van BZK.")
    assert "Noud" in red and "Joyce" in red
    assert not any(x.endswith(" van") for x in red)


def test_a_first_name_after_a_relation_noun_and_van(redacted):
    red, _ = redacted("Hij heeft de ouders van Fenna persoonlijk gesproken. De vader van Daan is boos. "
                      "De burgemeester van Hoorn kwam.")
    assert red == ["Fenna", "Daan"], red
