"""Recognizer `person` (layout): header blocks, e-mail headers, greetings, sign-offs,
signature blocks, attendee lists, table cells."""


def test_header_block(find):
    text = ("Contactpersoon\nF. Ramdhani\nT 06 1111 2222\n"
            "Behandeld door\tKarin Wouters\nOpsteller: Tjeerd Oostra\n")
    assert find(text, "PERSON") == ["F. Ramdhani", "Karin Wouters", "Tjeerd Oostra"]


def test_nota_header_van_aan_organisations_are_not_persons(find):
    text = "Aan\tde minister van Financiën\nVan\tDirectie Begrotingszaken\nVia\tde secretaris-generaal\n"
    assert find(text, "PERSON") == []


def test_email_header_reversed_and_display_names(find):
    text = ("Van:\tKoning, Kees de <k.de.koning@minez.nl>\n"
            "Aan:\tBaarsma, Wiebe; Woo-coördinatie EZ <woo@minez.nl>; Lotte Brinkhorst <l.brinkhorst@rvo.nl>\n"
            "CC:\tPost, Anouk; Servicedesk Financiën\n"
            "Onderwerp:\tRE: planning\n")
    assert find(text, "PERSON") == ["Koning, Kees de", "Baarsma, Wiebe", "Lotte Brinkhorst", "Post, Anouk"]


def test_email_header_value_on_next_line(find):
    text = "Van:\n\nMulder, Gerrit <g.mulder@ede.nl>\nVerzonden:\n\nmaandag 3 juni 2024 10:12\n"
    assert find(text, "PERSON") == ["Mulder, Gerrit"]


def test_english_headers(find):
    text = "From: Hendriks, Joost\nTo: Ouwerkerk, Nadia; Secretariat DGB\nSent: Monday\n"
    assert find(text, "PERSON") == ["Hendriks, Joost", "Ouwerkerk, Nadia"]


def test_greetings_and_signoffs(find):
    text = ("Hoi Fleur,\nDank voor je bericht.\nGroet, Bas\n\n"
            "Beste Anouk en Levi,\nZie bijlage.\nDank, Fleur\n\nBeste collega's,\nTot morgen.\n")
    assert find(text, "PERSON") == ["Fleur", "Bas", "Anouk", "Levi", "Fleur"]


def test_signature_block(find):
    text = ("Met vriendelijke groet,\n\nDaniëlle Koopmans-Hut\nSenior adviseur\nDirectie Wonen\n"
            "Ministerie van Volkshuisvesting\n")
    assert find(text, "PERSON") == ["Daniëlle Koopmans-Hut"]


def test_signature_first_name_then_full_name(find):
    text = "Groet,\nKwabena\nKwabena Osei\nProjectleider | Team Bruggen\n"
    assert find(text, "PERSON") == ["Kwabena", "Kwabena Osei"]


def test_namens_deze_signature(find):
    text = ("De minister van Financiën,\nnamens deze,\nde directeur Begrotingszaken,\n\ndrs. H.W. Vrijland\n")
    assert find(text, "PERSON") == ["H.W. Vrijland"]


def test_attendee_list(find):
    text = ("Aanwezig: Pieter Bosgra (voorzitter), Naima Azzouzi, drs. E. Hoekman, Tjitske Wierda (notulen)\n"
            "Afwezig: de wethouder van Heerde (bericht van verhindering)\n")
    assert find(text, "PERSON") == ["Pieter Bosgra", "Naima Azzouzi", "E. Hoekman", "Tjitske Wierda"]


def test_table_cell_wrapped_name(find):
    text = "Naam\tFunctie\nKarin de\tadviseur\nWaal-Breedveld\nTom\tsecretaris\nKooistra\n"
    assert find(text, "PERSON") == ["Karin de", "Waal-Breedveld", "Tom", "Kooistra"]


def test_functional_mailbox_name_is_not_a_person(find):
    assert find("CC:\tTeam Vergunningen Oost; Woo-coördinatie BZK\n", "PERSON") == []


def test_wrapped_recipient_list(find):
    text = ("Aan:\tHofstee, Marieke; Lansink, Bram; Woo-team EZ <woo@minez.nl>;\n"
            "Drost, Yvette <y.drost@minez.nl>; Kappers, Nils\nOnderwerp:\tconcept\n")
    assert find(text, "PERSON") == ["Hofstee, Marieke", "Lansink, Bram", "Drost, Yvette", "Kappers, Nils"]


def test_attendee_list_wrapped_with_tussenvoegsel(find):
    text = ("Aanwezig\tgedeputeerde Okkinga (voorzitter), Wessel\nvan der Poel (notulen), Hanneke\n"
            "ten Brink, Lieke Achterberg-Tol\nAfwezig\tMarco Stam\n")
    assert find(text, "PERSON") == ["Okkinga", "Wessel van der Poel", "Hanneke ten Brink", "Lieke Achterberg-Tol",
                                    "Marco Stam"]


def test_wrapped_cell_with_tussenvoegsel_on_the_next_line(find):
    text = "Rol\tNaam\tParaaf\nOpsteller\tKarin\nvan der Weijden\n12-03-2024\nDirecteur\tM. de\nRuiter-Lont\tMRL\n"
    # "Karin" + the next line: one span across the line break; "M. de" + "Ruiter-Lont": two spans
    assert find(text, "PERSON") == ["Karin van der Weijden", "M. de", "Ruiter-Lont"]


def test_chat_export_message_heads_with_reversed_names(redacted):
    text = ("05-06-2024 10:18 Brzezinski, Mei-Ling (Burgerzaken)\tDe wethouder komt om 14.00 uur.\n"
            "05-06-2024 10:20 Aksoy, Tarik\tPrima. @Mei-Ling neem jij de sleutels mee?\n"
            "[05-06-2024 10:21] Hofstra, Sjoukje: Goedemorgen allemaal")
    red, _ = redacted(text)
    joined = " | ".join(red)
    for part in ("Brzezinski", "Aksoy, Tarik", "Hofstra, Sjoukje"):
        assert part in joined, red
    assert sum(r == "Mei-Ling" or r.endswith(", Mei-Ling") for r in red) == 2, red


def test_a_message_starting_with_a_role_word_gives_no_role_to_the_sender(redacted):
    red, keep = redacted("05-06-2024 10:18 Vermeulen, Noa (Communicatie)\tBurgemeester Hein Zwartjes "
                         "brengt om 14.00 uur zijn stem uit in het stadhuis.")
    assert "Vermeulen, Noa" in red and "Hein Zwartjes" in keep


def test_reversed_names_in_table_cells_and_initials_with_nickname(redacted):
    text = ("3\t09-01-2024\tnota\tNota aan minister\tJ.H.M. (Hans) van der Wiel\tminister Dorien Abbink\tdeels\n"
            "4\t10-01-2024\te-mail\tReactie\tVan der Wiel, Hans\tdeels\n"
            "13\t06-02-2024\te-mail\tAanmelding\tBlauw, Fleur\tKortenhoeven-Dijk, Ab\topenbaar")
    red, keep = redacted(text)
    for name in ("J.H.M. (Hans) van der Wiel", "Van der Wiel, Hans", "Blauw, Fleur", "Kortenhoeven-Dijk, Ab"):
        assert name in red, (name, red)
    assert keep == ["Dorien Abbink"], keep


def test_name_with_nickname_in_brackets_makes_the_nickname_a_mention(redacted):
    """"Oudeman, T. (Theo)" as e-mail programs write it, and "G.J. (Geert-Jan) ter Horst":
    the whole name goes, and so does the name they go by wherever else it stands."""
    red, _ = redacted("Van: Oudeman, T. (Theo) <t.oudeman@gemeente-ommen.nl>\nAan: Team Vergunningen\n\n"
                      "Het verslag volgt. Theo heeft de stukken.")
    assert "Oudeman, T. (Theo)" in red and "Theo" in red
    red, _ = redacted("In het overleg met G.J. (Geert-Jan) ter Horst is afgesproken dat Geert-Jan de brief stuurt.")
    assert "G.J. (Geert-Jan) ter Horst" in red and "Geert-Jan" in red


def test_chat_export_sender_lines(redacted, find):
    """Teams/Slack/Signal prints put the sender and the time on a line of their own; a name
    there is a person, also a first name alone, and 'Dijkhof 10:02' is no street address.
    An agenda ('Opening 10:00') is no chat."""
    text = ("Teams-chat 14-02-2024\nEsmee Wijnkoop 10:02\nheb je de stukken?\nJorrit 10:05\n"
            "ja, staan in de map\nWubbo ter Horst 14-02-2024 10:07\nprima")
    red, _ = redacted(text)
    assert {"Esmee Wijnkoop", "Jorrit", "Wubbo ter Horst"} <= set(red)
    assert find("Esmee Dijkhof 10:02\nheb je de stukken?", "ADDRESS") == []
    red, keep = redacted("Programma\nOpening 10:00\nPauze 12:30\nAfsluiting 16:00")
    assert red == [] and keep == []


def test_form_fields_filled_in_in_capitals(redacted, find):
    """A scanned form in block capitals: the name fields' values are names whatever their
    case, and the street in capitals is an address. A column head 'Naam' over a table, a field
    saying there is no name and an organisation in a name field are no person."""
    red, _ = redacted("ACHTERNAAM: VAN DER STOEP-HAKKERT\nVOORNAMEN: GERDA JOHANNA\nGEBOORTEDATUM: 14-05-1961")
    assert {"VAN DER STOEP-HAKKERT", "GERDA JOHANNA"} <= set(red)
    red, _ = redacted("Naam aanvrager\tWOLTERINK, P.J.\nAdres\tBERKENLAAN 4\nPostcode\t7461 BK")
    assert {"WOLTERINK, P.J.", "BERKENLAAN 4", "7461 BK"} <= set(red)
    red, keep = redacted("Naam\tFunctie\tTelefoon\nNaam: n.v.t.\nNaam: Stichting Dorpsbelang Wehe")
    assert red == [] and "Stichting Dorpsbelang Wehe" in keep


def test_name_broken_over_two_lines_with_a_hyphen_is_covered_whole(redacted):
    """'Van Wijngaarden-Hoek-' / 'stra': the rest of the word on the next line goes too."""
    red, _ = redacted("In het gesprek met mevrouw Van Wijngaarden-Hoek-\nstra is afgesproken dat zij de "
                      "stukken aanlevert.")
    assert "Van Wijngaarden-Hoek- stra" in red


def test_a_weekday_before_a_date_is_no_name(redacted):
    """Quote lines of mail clients: 'On Sun, May 10, …' and 'Op zo 10 mei …' are dates; 'Sun'
    and 'May' elsewhere can still be names."""
    red, _ = redacted("On Sun, May 10, 2020 at 9:00 AM Karel Smeding <k.smeding@gmail.com> wrote:\n"
                      "Op zo 10 mei 2020 om 09:12 schreef Wilma Dorrestijn:\n> akkoord")
    assert not any(w in r for r in red for w in ("On", "Sun", "May", "zo "))
    assert {"Karel Smeding", "Wilma Dorrestijn"} <= set(red)
    red, _ = redacted("Van: May Sun <m.sun@gmail.com>\nGesprek met Sun Li op maandag 4 mei 2020.")
    assert {"May Sun", "Sun Li"} <= set(red)


def test_a_table_row_number_before_the_role_cell(redacted):
    """A spreadsheet print puts the row number before the role: '2 Burgemeester<TAB>name' is
    the burgemeester in office (kept); the crisis team leader in the next row is not."""
    red, keep = redacted("1 Rol\tNaam\tOrganisatie\n2 Burgemeester\tHendrik Oosterloo\tGemeente Ommerbos\t–\n"
                         "3 Leider ROT\tSanne Wolthuis\tVeiligheidsregio\t088 123 45 67")
    assert "Hendrik Oosterloo" in keep and "Sanne Wolthuis" in red


def test_a_role_before_a_place_name_is_reviewed_and_not_spread(findings, policy, detector):
    """'teamchef Haaksbergen' (the team of that place) is no reason to redact every
    'Haaksbergen' in the document as a person."""
    doc, fs = findings("Politie\tKoen Balster\tteamchef\nHaaksbergen\nGemeente Haaksbergen\t053 573 30 00")
    fs = detector.propagate(doc, fs, detector.persons(fs))
    ds = [d for d in policy.decide(doc, fs) if d.finding.text == "Haaksbergen"]
    assert [d.action.value for d in ds] == ["review"]


def test_a_spokesperson_in_an_internal_memo_is_redacted(redacted):
    """Only a press release keeps its spokesperson: a memo that mentions 'het persbericht'
    names a civil servant."""
    red, keep = redacted("Memo hitteplan\nAan: college\n\nHet persbericht wordt afgestemd met woordvoerder "
                         "Thijs Weidenaar. De wethouder lanceert het plan.")
    assert "Thijs Weidenaar" in red
    red, keep = redacted("PERSBERICHT\nGemeente Ommerbos start hitteplan\n\n“We zijn er klaar voor”, zegt "
                         "woordvoerder Thijs Weidenaar.")
    assert "Thijs Weidenaar" in keep


def test_a_role_that_names_one_person_before_a_surname_that_is_a_word(redacted):
    """'wijkagent Brand' and 'buurvrouw Visser' are persons; 'adviseur Groen' and 'medewerker
    Wonen' stay departments; 'brand' in lower case stays a word."""
    red, _ = redacted("Samen met wijkagent Brand aangesproken. Er was brand. Buurvrouw Visser belde. "
                      "De adviseur Groen en medewerker Wonen schreven het advies.")
    assert red[:2] == ["Brand", "Visser"] and not {"Groen", "Wonen", "brand"} & set(red)


def test_eastern_surnames_with_oude_and_a_first_name_after_en_at_a_line_end(redacted):
    """'Joke Oude Geerdink', 'G. Olde Hengel' are whole surnames (the second word leaked);
    'de Oude Markt' stays a place. 'Wim en' / 'Joke …' on an attendance list: both persons."""
    red, keep = redacted("Aanwezig: Gerda Oude Kotte en G. Olde Riekerink. We liepen over de Oude Markt.")
    assert {"Gerda Oude Kotte", "G. Olde Riekerink"} <= set(red) and "Oude Markt" not in " ".join(red)
    red, _ = redacted("Wim en\nGerda Oude Kotte\nMolendijk 12, Markelo")
    assert "Wim" in red


def test_a_frequent_first_name_that_is_also_a_word_in_mid_sentence_is_reviewed(findings, policy):
    doc, fs = findings("Voor de notulen zorgt Bram. Dit is met Roos besproken.")
    got = {d.finding.text: d.action.value for d in policy.decide(doc, fs)}
    assert got == {"Bram": "review", "Roos": "review"}


def test_initials_in_printed_word_processor_comments(find):
    text = "Communicatie\tOpmerking [RV7]: Liever een eigen persmoment.\nCommented [AB12]: ok"
    assert find(text, "INITIALS") == ["RV", "AB"]


def test_frequent_first_names_of_older_generations_count_as_first_names(findings, policy):
    """'Kees', 'Wim', 'Joke' were not on the first-name list of frequent names (only on the
    long list, as words too): mid-sentence they are now flagged for review like 'Bram'."""
    doc, fs = findings("Kun jij het doorzetten naar Kees? Namens Wim stuur ik dit. Het riet langs de sloot.")
    got = {d.finding.text: d.action.value for d in policy.decide(doc, fs)}
    assert got == {"Kees": "review", "Wim": "review"}


def test_teams_chat_heads_with_only_a_time_and_the_forward_nickname_form(redacted):
    """'[10:02] Vos, Anne (BZK)': a chat head without a date is a reversed name too.
    'Ondergetekende, A.M. (Annelies) Kuipers' is the forward form: the box starts at the
    initials, not at 'Ondergetekende'."""
    red, _ = redacted("[10:02] Hoeve, Anne (BZK)\nIk stuur het zo door.\n[10:04] Kok, Bram (BZK)\n@Anne: prima.")
    assert {"Hoeve, Anne", "Kok, Bram"} <= set(red)
    red, _ = redacted("Ondergetekende, A.M. (Annelies) Kuipers-de Bruijn, wonende aan de Lindenlaan 14, "
                      "maakt bezwaar.")
    assert "A.M. (Annelies) Kuipers-de Bruijn" in red and not any("Ondergetekende" in r for r in red)


def test_in_a_sender_recipient_table_a_role_cell_is_no_role_of_the_other_cell(redacted):
    """An inventory list: 'J. Wolthers (BZK)' sent a mail to 'Minister BZK'; he is no minister.
    The office holders named with their role in their own cell stay."""
    red, keep = redacted("Nr.\tDatum\tDocument\tAfzender\tOntvanger\tBeoordeling\n"
                         "1\t12-01-2024\tE-mail\tJ. Wolthers (BZK)\tMinister BZK\tDeels openbaar\n"
                         "2\t22-01-2024\tBrief\tBurgemeester Van Haersma\tMinister De Klerk\tOpenbaar")
    assert "J. Wolthers" in red and {"Van Haersma", "De Klerk"} <= set(keep)


def test_a_surname_that_is_a_word_as_the_whole_greeting_or_signature(redacted):
    """'Beste Kok,' and a signature line 'Visser' are persons; 'Beste allen,', 'Team Wonen' and
    'Wijkteam Noord' after 'groet' are not; a rare first name that is a word is no person in a
    list ('Directie Bouwen, Ellen Smeets')."""
    red, _ = redacted("Beste Kok,\n\ndank voor je mail.\n\nGroet,\nVisser")
    assert red == ["Kok", "Visser"]
    red, _ = redacted("Beste allen,\n\nHet stuk volgt.\n\nMet vriendelijke groet, Wijkteam Noord\n\nGroet,\nTeam Wonen")
    assert red == []
    red, _ = redacted("Van: Directie Bouwen, Ellen Smeets")
    assert red == ["Ellen Smeets"]


def test_a_surname_that_is_a_word_with_the_unit_in_brackets(redacted):
    """'De Wit (Financiën)', 'Kuiper (DGOO)': colleagues named with their unit; the unit is no
    paraph of theirs. 'het Noord (NH)' and a Kamerlid with a party stay as they were."""
    red, _ = redacted("Ook De Wit (Financiën) en Kuiper (DGOO) zijn akkoord. Het Noord (NH) project volgt.")
    assert red == ["De Wit", "Kuiper"]


def test_signers_for_the_college_and_side_by_side_signatures(redacted):
    """'namens het college van burgemeester en wethouders, X' signs for a body: X is a civil
    servant (was kept as a wethouder, and so were X's other mentions). Side by side under
    'de secretaris,<TAB>de burgemeester,', only the burgemeester is the office holder."""
    red, keep = redacted("Bel mevrouw Wolterbeek als u vragen heeft.\nMet vriendelijke groet,\n"
                         "namens het college van burgemeester en wethouders van Ommen,\nC.W. Wolterbeek\n"
                         "klachtcoördinator")
    assert {"Wolterbeek", "C.W. Wolterbeek"} <= set(red) and keep == []
    red, keep = redacted("Met vriendelijke groet,\n\nde secretaris,\tde burgemeester,\nP. Haaksma\tA. Zwart-Hoekstra")
    assert red == ["P. Haaksma"] and keep == ["A. Zwart-Hoekstra"]


def test_transcript_speaker_lines_and_surnames_that_are_role_nouns(redacted):
    red, _ = redacted("Knol, Pieter 0:00:31\nTop. Kees, wil jij schetsen?\nSchipper, Kees 0:00:40\nJa.")
    assert {"Knol, Pieter", "Schipper, Kees"} <= set(red)
    red, _ = redacted("Gesprekspartners\nKevin Arts\tinformatieanalist\tgemeente Oss\n"
                      "Uit de cijfers die Arts ons liet zien, blijkt dat. De arts is op de hoogte.")
    assert red == ["Kevin Arts", "Arts"]


def test_a_preposition_van_before_a_full_name(redacted):
    red, _ = redacted("RDW-bevraging: op naam van Hodan Warsame, Maaspoort 15.")
    assert "Hodan Warsame" in red


def test_names_in_the_name_column_of_a_table(redacted):
    """Under a column head 'Naam': names the rules do not know ('Zom Hoogstraten', an OCR
    misread), a name merged with the next cell ('… Politie Oost-Nederland') and a first name
    with a note in brackets; not organisations, functions or a sentence after the table."""
    red, keep = redacted("Nr. | Naam\tAdres\tHandtekening\n10 | Zom Hoogstraten\tFazantlaan 40\tSUD\n"
                         "11 | Gemeente Ommen\tMarkt 1\t\n")
    assert "Zom Hoogstraten" in red and not any("Gemeente" in r for r in red)
    red, _ = redacted("1 Rol\tNaam\tOrganisatie\n9 Politie\tKwabena Adjaye-Oduro Politie Oost-Nederland\t0900 8844\n"
                      "13 Verslaglegging\tBram (invalkracht)\tGemeente Ommen\n14 Communicatie\tWoo-coördinator\t–")
    assert {"Kwabena Adjaye-Oduro", "Bram"} <= set(red) and "Woo-coördinator" not in red


def test_an_official_signing_under_an_office_holders_head(redacted):
    """'DE MINISTER VAN X, namens deze, / name' and 'De Minister van X, / name / plv.
    Secretaris-Generaal': the official signs and is redacted; the minister signing stays."""
    red, keep = redacted("Hoogachtend,\nDE MINISTER VAN FINANCIËN, namens deze,\n\nmr. drs. P.Q. Veldhuijzen\n"
                         "Hoofd Publiekrecht")
    assert "P.Q. Veldhuijzen" in red
    red, keep = redacted("Hoogachtend,\nDe Minister van Landbouw, Natuur en Voedselkwaliteit,\n\nMirjam Hoogendoorn\n"
                         "plv. Secretaris-Generaal")
    assert "Mirjam Hoogendoorn" in red
    red, keep = redacted("Hoogachtend,\nDe Minister van Landbouw, Natuur en Voedselkwaliteit,\n\nC.J. Schouwenaar")
    assert keep == ["C.J. Schouwenaar"]


def test_english_words_in_english_mail_are_no_names(redacted):
    red, _ = redacted("From: Jan Peters\nSent: Monday, 3 June 2019\nImportance: Normal\nThis message is subject to "
                      "the Ministry of Agriculture. The Herdbook and Milk recording Laboratory, Quality and Renewal. "
                      "Kind regards, Mary Smith")
    assert red == ["Jan Peters", "Mary Smith"]


def test_dates_and_case_numbers_after_a_street_like_word_are_no_addresses(redacted):
    red, _ = redacted("Nota nav Advies 21 januari 2019. Besluit evenement Museumplein 2018-29763. "
                      "Ik woon op de Lindenlaan 12 en Kerkweg 12-14 en Lange Nieuwstraat 44-3.")
    assert red == ["Lindenlaan 12", "Kerkweg 12-14", "Lange Nieuwstraat 44-3"]


def test_a_first_name_addressed_at_a_sentence_start_and_before_van_de(findings, policy):
    """'Jurgen, jullie directeur belt mij' (addressed) and 'met Roos van de gemeente' (the
    'van de' is a preposition) name persons, for review; 'Daarom, zo gezegd' does not."""
    doc, fs = findings("Dan weet ik genoeg. Jurgen, jullie directeur belt mij toch? Daarom, zo gezegd. "
                       "Gesprek met Roos van de gemeente.")
    got = {d.finding.text: d.action.value for d in policy.decide(doc, fs)}
    assert got == {"Jurgen": "review", "Roos": "review"}


def test_a_list_of_reversed_names_takes_unknown_names_too(redacted):
    """'Surname, First' lines under each other: a pair of names no list knows is the next
    entry of the list; alone on a line such a pair is not enough."""
    red, _ = redacted("spreekkamer 3 (kosteloos)\nJama, Abdi\nNuur, Hibaaq\nBABS H. Dijkhoff\t2\n")
    assert "Jama, Abdi" in red and "Nuur, Hibaaq" in red
    red, _ = redacted("Kantoor, Almere\nVestiging, Lelystad\n")
    assert red == []


def test_a_rare_first_name_that_is_a_word_joined_to_a_first_name(redacted):
    red, _ = redacted("Ik dank de mensen achter de schermen: Beer en Wiebren van ons eigen team.")
    assert "Beer" in red
    red, _ = redacted("Directie Bouwen en Ellen Visser kwamen langs.")
    assert "Bouwen" not in red


def test_meeting_invitation_attendee_lines(redacted):
    red, keep = redacted("Organisator: Kidane, Helen\nVerplicht:\tLankhorst, Ebru; Verhoeks, Toon; Santoso, Bayu\n"
                         "Beste Ebru, Toon en Bayu,\nZoals afgesproken plannen we een overleg.")
    assert {"Kidane, Helen", "Lankhorst, Ebru", "Verhoeks, Toon", "Santoso, Bayu", "Toon"} <= set(red)


def test_a_nickname_no_list_knows_still_makes_a_person_in_the_forward_form(redacted):
    red, _ = redacted("Ondertekend door J.H.M. (Xiomaraq) van der Wielenga.\nSabajo, K. (Liander)\nZwerver, A. (Regio Foodvalley)")
    assert "J.H.M. (Xiomaraq) van der Wielenga" in red
    assert {"Sabajo, K.", "Zwerver, A."} <= set(red) and not any("Liander" in r for r in red)


def test_an_organisation_in_brackets_in_an_attendee_list_is_no_person(redacted):
    """"Aanwezig: Saskia Bril (SB, Woonzorg Drenthe)": the bracket holds her initials and her
    organisation; its last word (a province, and a listed surname) is no surname."""
    red, _ = redacted("Aanwezig\tSaskia Bril (SB, Woonzorg Drenthe), Ahmet Kaya (AK, Veiligheidsregio Drenthe-Noord)\n"
                      "Afwezig\tRuud Hekkert\n")
    assert {"Saskia Bril", "Ahmet Kaya", "Ruud Hekkert"} <= set(red)
    assert not {"Drenthe", "Drenthe-Noord"} & set(red)


def test_a_reversed_name_after_a_register_rows_number_and_date(redacted):
    """A register printed from a spreadsheet: "10 02-06-2026 Surname, I." then a tab."""
    red, _ = redacted("Nr Datum Melder\tAdres\n"
                      "7 12-03-2026 Brinkhorst, D.\tKastanjelaan 4, Ommen\tGeluidsoverlast\n"
                      "8 14-03-2026 Wolderink, Tjeerd\tBeukenlaan 12, Ommen\tStof\n")
    assert {"Brinkhorst, D.", "Wolderink, Tjeerd"} <= set(red)


def test_reversed_names_with_a_unit_in_brackets_in_an_email_header(redacted):
    red, _ = redacted("Van:\tKoerts, Sanne (RWS-ZD)\nCC:\tWoo-loket RWS <woo@rws.nl>; Wattimena, Flora (RWS-CD)\n"
                      "Onderwerp: RE: verzoek\n")
    assert {"Koerts, Sanne", "Wattimena, Flora"} <= set(red)


def test_a_plural_role_in_a_list_above_a_name_is_no_addressee(redacted):
    red, keep = redacted("Deelnemers\ngedeputeerden van de provincies;\nHulstkamp, Anne-Marie\nIPO\n")
    assert "Hulstkamp, Anne-Marie" in red


def test_mail_header_entry_with_a_surname_that_is_a_word_and_an_office_manager_number(redacted):
    red, keep = redacted("Van:\tRamdjan, Devika <d.ramdjan@minez.nl>\nCC:\tHoekveld, Fedde <f.hoekveld@minez.nl>\n"
                         "Onderwerp:\tRE: werkbezoek\n\nFedde bereidt het voor. De contactpersoon is Truida Verhaag "
                         "(office manager), 06 5520 1983.")
    assert {"Hoekveld, Fedde", "Fedde", "06 5520 1983"} <= set(red), (red, keep)


def test_a_sign_off_first_name_above_the_full_name_and_a_partly_found_mention(redacted):
    """'Groet,' / 'Mebrahtu' / 'Mebrahtu Tesfay' is no name 'Mebrahtu Mebrahtu'; a print header
    'Tesfay, Mebrahtu – afgedrukt' where the model found only the surname is redacted whole;
    a duty number and a housemate's first name."""
    red, keep = redacted("Tesfay, Mebrahtu · pagina 1\nTesfay, Mebrahtu – afgedrukt 2-3-2026\nVan:\tTesfay, Mebrahtu\n"
                         "Aan:\tKievit, Mieke\n\n"
                         "Hoi Mieke,\nVragen van pers gaan naar de persvoorlichter van dienst (010 446 84 44). Mijn "
                         "huisgenoot Tuur weet ervan.\nGroet,\nMebrahtu\nMebrahtu Tesfay")
    assert red.count("Tesfay, Mebrahtu") == 2 and "Mebrahtu Tesfay" in red and "Tuur" in red, red
    assert "Mebrahtu Mebrahtu" not in red and "010 446 84 44" in keep, (red, keep)
    red, keep = redacted("Vragen van pers gaan naar de persvoorlichter van dienst (010 446 84 44).\nGroet,\nMebrahtu")
    assert "010 446 84 44" in keep, (red, keep)
    # the mobile of a named spokesperson on duty stays personal
    red, keep = redacted("Noot voor de redactie: bel Eppo Hilgevoord, woordvoerder van dienst, via 06 1283 9047.")
    assert "06 1283 9047" in red, (red, keep)
