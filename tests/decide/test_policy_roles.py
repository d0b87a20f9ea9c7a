"""Policy rule: office holders acting in their role are kept; civil servants are redacted."""


def test_minister_and_staatssecretaris_in_role(redacted):
    red, keep = redacted("Minister Van Gaalen-Smit heeft het plan ondertekend. "
                         "Staatssecretaris Ouwehand reageert later.")
    assert "Van Gaalen-Smit" in keep and "Ouwehand" in keep and not red


def test_kamerlid_het_lid_and_party(redacted):
    red, keep = redacted("Het lid Brouwer-Aydin (VVD) stelde vragen, net als de Kamerleden Tuinstra (D66) en "
                         "Van Loon-Sari (CDA).")
    assert {"Brouwer-Aydin", "Tuinstra"} <= set(keep)
    assert not red


def test_role_word_keeps_all_mentions(redacted):
    text = "Wethouder Gerdien Kalsbeek opent de avond. Later neemt Kalsbeek vragen in ontvangst."
    red, keep = redacted(text)
    assert keep.count("Gerdien Kalsbeek") == 1 and "Kalsbeek" in keep and not red


def test_signature_of_minister_kept_but_namens_deze_redacted(redacted):
    red, keep = redacted("De minister van Financiën,\n\nA.C. Lindeboom-Ruis\n")
    assert keep == ["A.C. Lindeboom-Ruis"] and not red
    red, keep = redacted("De minister van Financiën,\nnamens deze,\nde directeur Begrotingszaken,\n\ndrs. H.W. Vrijland\n")
    assert red == ["H.W. Vrijland"] and not keep


def test_table_row_with_role(redacted):
    text = "Naam\tOrganisatie\tRol\nGerdien Kalsbeek\tgemeente Ede\twethouder Wonen\nPaul Verbeek\tgemeente Ede\tadviseur\n"
    red, keep = redacted(text)
    assert keep == ["Gerdien Kalsbeek"] and red == ["Paul Verbeek"]


def test_civil_servant_with_function_is_redacted(redacted):
    red, keep = redacted("De directeur Pieter Bosgra en beleidsmedewerker Naima Azzouzi stemmen in.")
    assert red == ["Pieter Bosgra", "Naima Azzouzi"] and not keep


def test_dijkgraaf_and_burgemeester_address_block(redacted):
    red, keep = redacted("Burgemeester van Ede\nde heer R.J. Overdijk\nPostbus 9022\n\nGeachte heer Overdijk,\n")
    assert "R.J. Overdijk" in keep and "Overdijk" in keep
    assert not [r for r in red if "Overdijk" in r]
    red, keep = redacted("Wij schreven de dijkgraaf, de heer Hoekstra-Visser, een brief.")
    assert keep == ["Hoekstra-Visser"]


def test_reason_and_actor(findings, policy):
    doc, fs = findings("Minister Van Gaalen-Smit opent.")
    d = policy.decide(doc, fs)[0]
    assert d.action.value == "keep" and d.reason == "minister in functie" and d.actor == "rule:role" and d.ground == ""


def test_namens_and_lists_without_plural_role(redacted):
    red, keep = redacted("Namens de minister, Joep Timmerhuis, is de brief verstuurd.")
    assert red == ["Joep Timmerhuis"]
    red, keep = redacted("Minister Van Gaalen-Smit en Pieter Bosgra spraken met de raad.")
    assert keep == ["Van Gaalen-Smit"] and red == ["Pieter Bosgra"]


def test_side_by_side_signatures(redacted):
    text = "Burgemeester en wethouders van Ede,\nde secretaris,\tde burgemeester,\n\nA. Dijkgraaf-Voorn\tR.J. Overdijk\n"
    red, keep = redacted(text)
    assert red == ["A. Dijkgraaf-Voorn"] and keep == ["R.J. Overdijk"]


def test_addressee_in_nota_header_is_not_a_signature(redacted):
    text = ("Aan\tde staatssecretaris van Justitie en Veiligheid\nVan\tDG Migratie\n"
            "Behandelend ambtenaar\tmr. drs. B.C. van der Wal-Eekhout\nT 070 370 1234\n")
    red, keep = redacted(text)
    assert "B.C. van der Wal-Eekhout" in red and not keep


def test_role_word_with_first_name_only(redacted):
    red, keep = redacted("Ik heb gebeld met uw medewerker Ricardo, maar hij wist het niet.")
    assert red == ["Ricardo"]


def test_role_with_organisation_and_title(redacted):
    red, keep = redacted("De staatssecretaris van Financiën, de heer Van Rijswoud, heeft getekend.")
    assert keep == ["Van Rijswoud"] and not red
    red, keep = redacted("De Commissaris van de Koning in Gelderland, Jan Berendsen, opende de dag.")
    assert keep == ["Jan Berendsen"] and not red


def test_minister_signature_without_comma_and_wrapped(redacted):
    red, keep = redacted("Hoogachtend,\n\nDe minister van Sociale Zaken en\nWerkgelegenheid\n\nE.W. Bakkenes-Tol\n")
    assert keep == ["E.W. Bakkenes-Tol"] and not red


def test_on_behalf_of_the_mayor_by_name_keeps_the_mayor(redacted):
    red, keep = redacted("Namens burgemeester Eveline Dekema stuur ik u drie voordrachten.")
    assert "Eveline Dekema" in keep and not red
    red, keep = redacted("Namens de burgemeester, Eveline Dekema, stuur ik dit.")
    assert "Eveline Dekema" in red


def test_name_with_a_quoted_title_and_year_is_a_citation(redacted):
    red, keep = redacted("Dit is eerder uitgelegd, zie Hoogland-Sarmo, ‘Invordering na legalisatie’, JBplus 2023/14.")
    assert "Hoogland-Sarmo" in keep and not red


def test_streets_named_after_persons_and_reference_numbers(redacted):
    red, keep = redacted("Wij troffen hem aan ter hoogte van de Anne Frankplaats. Dit is bekend onder "
                         "parketnummer 01/884213-24.")
    assert not red, red


def test_plural_role_of_a_body_list_covers_every_name(redacted):
    red, keep = redacted("De wethouders van Kampen en Dalfsen, Harm Jan Wolters en Ria ten Hove, hebben "
                         "laten weten dat zij dit ook willen.")
    assert {"Harm Jan Wolters", "Ria ten Hove"} <= set(keep) and not red
    red, keep = redacted("De wethouder van Kampen, Harm Jan Wolters en Ria ten Hove hebben overlegd.")
    assert "Ria ten Hove" in red


def test_only_the_signer_under_an_office_holders_signature_is_kept(redacted):
    """Under "De burgemeester van …," the first name is the mayor's; a civil servant below
    (a labelled field or a name line of its own) is not the office holder."""
    red, keep = redacted("Met vriendelijke groet,\n\nDe burgemeester van Ommen,\n\n\nH.J. Kamphorst\n\n"
                         "Behandelaar: Lisanne Bosgraaf\nTelefoon: 06-41 22 98 07")
    assert keep == ["H.J. Kamphorst"] and "Lisanne Bosgraaf" in red
    red, keep = redacted("Met vriendelijke groet,\n\nDe burgemeester van Ommen,\n\n\nH.J. Kamphorst\n"
                         "Lisanne Bosgraaf\nbeleidsmedewerker")
    assert keep == ["H.J. Kamphorst"] and "Lisanne Bosgraaf" in red


def test_english_roles_in_a_participants_table_and_in_text(redacted):
    """English annexes (working visits, international meetings) name office holders in
    English; a role cell may start with an adjective and name a portfolio."""
    text = ("Name\tRole\tOrganisation\n"
            "Liesje Vandamme-Peeters\tFlemish Minister for Ports and Waterways\tFlemish Government\n"
            "Gerrit Hoekzema\tMayor\tMunicipality of Terneuzen\n"
            "Marco Tiemstra\tsenior policy officer\tDG Water\n\n"
            "Member of Parliament\nSanne Oudeman asked about the assessment. Mayor Hoekzema opened the visit.")
    red, keep = redacted(text)
    assert {"Liesje Vandamme-Peeters", "Gerrit Hoekzema", "Sanne Oudeman", "Hoekzema"} <= set(keep)
    assert red == ["Marco Tiemstra"]


def test_minister_named_in_a_wrapped_table_cell(redacted):
    """A list of incoming documents: the sender cell wraps over three lines."""
    text = ("Nr\tDatum\tAfzender\tOnderwerp\n"
            "4\t6 maart 2025\tMinister van Binnenlandse\nZaken en Koninkrijksrelaties,\nKarin Dijkhuizen\n"
            "Circulaire over de uitkering 2025.\n"
            "5\t10 maart 2025\tBrenda Oldenkamp\nBezwaar tegen de kapvergunning.\n")
    red, keep = redacted(text)
    assert "Karin Dijkhuizen" in keep and "Brenda Oldenkamp" in red


def test_a_wethouder_signing_for_the_college_under_namens_dezen(redacted):
    """The function line under the signer names an office: kept, also after 'namens dezen';
    an address line or a table's next row under a name is no function line."""
    red, keep = redacted("Met vriendelijke groet,\nburgemeester en wethouders van Leiden,\nnamens dezen,\n"
                         "Mirthe Oosterloo\nwethouder Cultuur en Erfgoed\n")
    assert keep == ["Mirthe Oosterloo"] and not red
    red, _ = redacted("Met vriendelijke groet,\nnamens het college,\nEva Boomsma\nbeleidsadviseur\n")
    assert red == ["Eva Boomsma"]
    red, _ = redacted("Dewi Kartosen-Pinas\nBurgemeester Grothestraat 41\n1782 CK Den Helder\n")
    assert "Dewi Kartosen-Pinas" in red
    red, _ = redacted("plv. DGOO\tIfeoma\tIOB\t6-6-2024\nAkinyi-Brands\nstaatssecretaris\takkoord / niet akkoord\n")
    assert "Akinyi-Brands" in red or "Ifeoma Akinyi-Brands" in red


def test_a_citation_in_brackets_with_a_title(redacted):
    red, keep = redacted("Dat sluit aan bij de literatuur (Van Ravenstein en Buitenhuis, Nadeelcompensatie "
                         "en planschade, 2022, p. 214). Daarnaast geldt de regel.")
    assert not red


def test_the_addressee_field_of_a_memo_header_gives_no_role_to_the_sender(redacted):
    """'Aan<TAB>de staatssecretaris van OCW' / 'Van<TAB>Name': two fields, the sender is a civil
    servant; a wrapped signature head still names the office holder."""
    red, keep = redacted("NOTA\nAan\tde staatssecretaris van OCW\nVan\tMarleen Oostwoud, senior beleidsmedewerker\n"
                         "Datum\t24 februari 2026\n\nTekst.")
    assert red == ["Marleen Oostwoud"] and not keep, (red, keep)
    red, keep = redacted("NOTA\nAan\tde minister van Financiën\nVan\tGijs Roetman\n\nTekst.")
    assert red == ["Gijs Roetman"], (red, keep)
    red, keep = redacted("Tekst.\n\nDe minister van Binnenlandse\nZaken en Koninkrijksrelaties,\nMarleen Oostwoud")
    assert keep == ["Marleen Oostwoud"], (red, keep)


def test_signature_head_with_the_margin_reference_between_and_named_motions(redacted):
    """'De minister van X,' / 'Ons kenmerk …' (the margin column interleaved) / 'Name': the
    minister signs; 'de motie-A/B' names two Kamerleden."""
    red, keep = redacted("Tekst.\n\nDe minister van Klimaat en Groene Groei,\nOns kenmerk DGKE / 26145871\n"
                         "Rosalie Dekkers-Wong")
    assert keep == ["Rosalie Dekkers-Wong"] and not red, (red, keep)
    red, keep = redacted("Ik reageer op de motie-Hoekstra/Prasetyo (Kamerstuk 31 239, nr. 412). Ook belde Anouk Brinkers.")
    assert "Prasetyo" in keep and red == ["Anouk Brinkers"], (red, keep)


def test_addressee_block_with_an_article_and_titles_before_the_name(redacted):
    """'De burgemeester van X' / 'de heer mr. R. Y': the burgemeester is addressed; 't.a.v.'
    names someone at the office."""
    red, keep = redacted("De burgemeester van Kerkrade\nde heer mr. R. Bousaid\nPostbus 600\n\nGeachte heer Bousaid,\nTekst.")
    assert not red and "R. Bousaid" in keep, (red, keep)
    red, keep = redacted("De burgemeester van Kerkrade\nt.a.v. de heer P. Lemmens\nPostbus 600\n\nGeachte heer Lemmens,")
    assert "P. Lemmens" in red and not keep, (red, keep)
    red, keep = redacted("MEMO\nAan\tde minister\nVia\tDGNV, Gijsbert Rodenburg\nVan\tElodie Kramers\n\nTekst.")
    assert {"Gijsbert Rodenburg", "Elodie Kramers"} <= set(red) and not keep, (red, keep)
    red, keep = redacted("Nota\nAan\tde staatssecretaris van Financiën – Fiscaliteit\nVia\tDG Fiscaliteit, drs. Marlot "
                         "Hoekman-Visser\nVan\tBregje Wolters\nDatum\t9 maart 2026")
    assert "Marlot Hoekman-Visser" in red and not keep, (red, keep)
    red, keep = redacted("Aan de minister van Justitie en Veiligheid\nvan Karel Wijnhoven, directeur DJZ\n\nTekst.")
    assert red == ["Karel Wijnhoven"] and not keep, (red, keep)
    red, keep = redacted("Namen van de burgemeester van Noardeast-Fryslân, de\nheer Doede Wiersma, maken wij openbaar.")
    assert keep == ["Doede Wiersma"] and not red, (red, keep)
