"""Recognizer `person` (lists + evidence): first names, initials, titles, tussenvoegsels,
double-barrelled names, line breaks, ordinary words."""


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


def test_first_name_alone_is_weak_evidence(findings):
    # a first name on its own in running text is weak evidence (review) unless a greeting, the
    # model or a person found elsewhere in the document/dossier confirms it
    doc, fs = findings("Zie ook Olga's notitie.")
    assert [(f.text, f.score < 0.6) for f in fs if f.label.value == "PERSON"] == [("Olga", True)]
    doc, fs = findings("Hoi Olga,\nZie ook Olga's notitie.")
    assert [(f.text, f.score >= 0.6) for f in fs if f.label.value == "PERSON"] == [("Olga", True), ("Olga", True)]
    doc, fs = findings("Dat is de studie van Tjan A Fong.")
    assert [f.text for f in fs if f.label.value == "PERSON"] == []


def test_two_unknown_capitalised_words_weakly(findings):
    doc, fs = findings("Het gesprek met Oluwaseun Adeyemi verliep goed.")
    ps = [f for f in fs if f.label.value == "PERSON"]
    assert [f.text for f in ps] == ["Oluwaseun Adeyemi"] and ps[0].score < 0.6


def test_abbreviated_tussenvoegsel(find):
    assert find("Volgens J. v.d. Berg en mevrouw K. v/d Linden klopt het.", "PERSON") == ["J. v.d. Berg", "K. v/d Linden"]


def test_unknown_first_name_with_tussenvoegsel(findings):
    doc, fs = findings("Het gesprek met Thanh van Dijk verliep goed.")
    assert [f.text for f in fs if f.label.value == "PERSON"] == ["Thanh van Dijk"]


def test_lone_frequent_first_name_mid_sentence_is_review(findings, policy):
    doc, fs = findings("Ik heb het gisteren met Marieke besproken. Marieke is het eens.")
    ps = [f for f in fs if f.label.value == "PERSON"]
    assert [f.text for f in ps] == ["Marieke"]          # not at the sentence start
    assert policy.decide(doc, ps)[0].action.value == "review"
