"""Policy rule: authors of published work cited as such are kept; historical persons too."""


def test_citation_with_year_bracket(redacted):
    red, keep = redacted("Het rapport 'Sneller beslissen' van Dr. Okkema en Pieter Verhoef (Universiteit Twente, 2022) "
                         "bevestigt dit.")
    assert not red
    assert "Pieter Verhoef" in keep


def test_publication_word_van(redacted):
    red, keep = redacted("De studie van Liesbeth Grondhout over flexibele contracten is bruikbaar.")
    assert keep == ["Liesbeth Grondhout"] and not red


def test_author_mentions_elsewhere_kept(redacted):
    red, keep = redacted("Volgens het onderzoek van Sjoerd Pleijsier (2021) is dat zo. Pleijsier adviseert ook.")
    assert "Sjoerd Pleijsier" in keep and "Pleijsier" in keep and not red


def test_statue_is_historical(redacted):
    red, keep = redacted("Het beeld van Anna Blaman krijgt een nieuwe plek.")
    assert keep == ["Anna Blaman"] and not red


def test_advice_of_civil_servant_is_not_a_citation(redacted):
    red, keep = redacted("Het advies van Joep Timmerhuis is overgenomen.")
    assert red == ["Joep Timmerhuis"]


def test_researchers_named_as_authors(redacted):
    red, keep = redacted("Het Instituut voor Wonen evalueerde de regeling. De onderzoekers Dr. Pelsma en "
                         "Wietske Okkerse concluderen dat het werkt.")
    assert "Wietske Okkerse" in keep and not red


def test_titled_authors_of_a_compound_named_report(redacted):
    red, keep = redacted("Het geluidsrapport (document 5) is geschreven door ir. Marten Oosterhof en "
                         "Lysbeth Zandstra; wij verwijzen naar de gepubliceerde versie.")
    assert {"Marten Oosterhof", "Lysbeth Zandstra"} <= set(keep) and not red, (red, keep)


def test_memo_sender_label_with_a_title_is_no_citation(redacted):
    red, keep = redacted("Onderzoek naar de invordering\nVan\tmr. Yara Mendes Moreira, juridisch adviseur\n"
                         "Aan\tteam Invordering")
    assert any("Yara" in r for r in red) and not any("Yara" in k for k in keep), (red, keep)


def test_reference_with_an_unquoted_title_and_publisher_keeps_its_authors(redacted):
    """'Zie ook:' / 'Bron:' before authors, a title and a publisher with a year: a published
    work (the title is not quoted once italics are lost). An internal note without publisher
    and an address after the name are no publication."""
    red, keep = redacted("Zie ook: M. Zandbrink, De staat van het sociaal domein, SCP 2022.")
    assert keep == ["M. Zandbrink"] and red == []
    red, keep = redacted("Bron: P. de Vries en K. Amrani, Wonen in de wijk, Platform31, 2021.")
    assert keep == ["P. de Vries", "K. Amrani"] and red == []
    red, _ = redacted("Zie ook: J. Visser, Notitie parkeerbeleid, 2023.")
    assert red == ["J. Visser"]
    red, _ = redacted("Zie ook: M. Zandbrink, Hoofdstraat 12, Ede.")
    assert "M. Zandbrink" in red


def test_author_list_with_a_role_in_brackets(redacted):
    """The first author's part in brackets does not end the list of authors; a name in the
    next sentence is no author."""
    red, keep = redacted("Dit onderzoek is uitgevoerd door drs. Wendela Kroeskop (onderzoeksleider) en "
                         "Baran Yilmazer MSc, in opdracht van de raad. Daarna belde Joost Hamelink.")
    assert {"Wendela Kroeskop", "Baran Yilmazer"} <= set(keep), (red, keep)
    assert red == ["Joost Hamelink"], (red, keep)


def test_a_sentence_ending_at_a_line_end_ends_the_window_for_a_publication_word(redacted):
    """'De onderzoekers ... Groenhart.' on the line above does not make 'e-mail van X' in a
    footnote a citation of a published work."""
    red, keep = redacted("Contactpersoon voor de onderzoekers bij het bureau is de projectsecretaris, "
                         "Wietske Hoogvliet.\nAkkoord: ja nee bespreken\n"
                         "5 Uitnodiging per e-mail van Wietske Hoogvliet (w.hoogvliet@bureau.nl), 20 februari 2026.")
    assert red.count("Wietske Hoogvliet") == 2 and "Wietske Hoogvliet" not in keep, (red, keep)


def test_the_chair_of_a_committee_named_after_her_and_an_ombudsman_and_a_party(redacted):
    red, keep = redacted("De minister stelde de adviescommissie onder leiding van Fenna Oldersma in. Het rapport "
                         "van de commissie-Oldersma verscheen in juni. De Nationale ombudsman, Gerrit Wolthuis, "
                         "adviseerde ook. Ik heb het lid Brink (ChristenUnie) toegezegd dat Piet Klaver belt.")
    assert {"Fenna Oldersma", "Gerrit Wolthuis"} <= set(keep), (red, keep)
    assert red == ["Piet Klaver"], (red, keep)
