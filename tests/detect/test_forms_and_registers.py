"""Registers, paraph rows, officers' reports and payment letters: fields whose place in a form
says whose data they are. All names, numbers and places are invented."""


def test_ocr_register_rows(redacted):
    # an attendance list as OCR reads it: a column rule read as "_", a tab lost after the
    # initials; "bewoner," before an address makes it a resident's even under a letterhead
    red, keep = redacted(
        "Presentielijst bijeenkomst 3 maart 2026\nGemeente Oldenzaal\n"
        "nr. | Naam\tOrganisatie / adres\tE-mail of telefoon\n"
        "1\tJanssen, P.\tbewoner, Kerkstraat 5\tpjanssen@gmail.com\n"
        "2\tBrouwer, M. _ Slagerij Brouwer\t—\n"
        "3\tWillemsen, R. bewoner, Lindelaan 21\t06 1234 5678\n"
        "4\tHoekstra, G. _ wethouder gemeente Oldenzaal\t—\n")
    for x in ("Janssen, P.", "Kerkstraat 5", "Brouwer, M.", "Willemsen, R.", "Lindelaan 21"):
        assert x in red, x
    assert "Hoekstra, G." in keep and "Hoekstra, G." not in red
    assert "Slagerij Brouwer" not in red


def test_dated_paraphs_under_parafen(redacted):
    # "TK" and "MB" are also abbreviations; next to a date under "Parafen" they are paraphs
    red, _ = redacted("Het advies is om de opdracht te gunnen.\nParafen\n"
                      "Voorzitter\tTeamleider\tJurist\nGL 20-04-2026\tMB 21-04-2026\tTK 21-04-2026\n")
    assert {"GL", "MB", "TK"} <= set(red)
    # without a paraph label the abbreviation stays
    red, _ = redacted("De brief aan de TK 21-04-2026 is verstuurd.")
    assert "TK" not in red


def test_officer_who_drew_up_a_report_is_redacted(redacted):
    red, _ = redacted("Rapport van bevindingen\nOnderwerp\tafval\n"
                      "Opgemaakt door\tWouter Kranendonk, boa, nummer BOA-27.1183\n"
                      "Tweede boa\tSander Uitterhoeve, nummer BOA-27.1190\n")
    assert {"Wouter Kranendonk", "BOA-27.1183", "BOA-27.1190"} <= set(red)
    # the author of a published report named in a sentence is kept
    red, keep = redacted("Uit het rapport dat is opgesteld door prof. Annelot Verduijn blijkt dat het werkt.")
    assert "Annelot Verduijn" in keep and "Annelot Verduijn" not in red


def test_debtor_number_is_personal(redacted):
    red, _ = redacted("Debiteurnummer\t50318827\nBetaal onder vermelding van uw debiteurnummer 50318827.")
    assert red.count("50318827") == 2


def test_organisation_account_is_kept(redacted):
    red, keep = redacted("Maak het bedrag over op rekening NL57 BNGH 0285 1234 56 ten name van Gemeente\n"
                         "Oosterwolde. Het voorschot gaat naar uw rekening NL91 ABNA 0417 1643 00.")
    assert "NL57 BNGH 0285 1234 56" in keep
    assert "NL91 ABNA 0417 1643 00" in red
    red, keep = redacted("Op NL91 ABNA 0417 1643 00 t.n.v. de gemeente Oosterwolde.")
    assert "NL91 ABNA 0417 1643 00" in keep


def test_street_without_suffix_where_someone_lives(redacted):
    red, _ = redacted("De heer Tjeerd Hoogland spreekt op persoonlijke titel. Hij woont sinds 1987 aan de "
                      "Oude Vest 7 en is blij met het plan.")
    assert "Oude Vest 7" in red
    red, _ = redacted("Zij woont in Den Haag 2 jaar.")
    assert not any("Haag" in x for x in red)


def test_lone_first_name_as_subject_in_a_comment(redacted):
    red, _ = redacted("Opmerking [KD1]: Kunnen we de bijdrage noemen? Anouk weet het bedrag.")
    assert "Anouk" in red and "KD" in red


def test_complaints_register_printed_without_tabs(redacted):
    # a spreadsheet of complaints printed to PDF: case number, date and time before the
    # reporter, the handler's initials and a lower-case status at the start of wrapped rows,
    # a letterhead of the service above the table
    red, keep = redacted(
        "Meldingen.xlsx – Blad1\tOmgevingsdienst Twente · team Meldingen · afgedrukt 16-02-2026\n"
        "Nr\tDatum\tTijd Melder\tAdres\tTelefoon\tOmschrijving\tBeh. Status\n"
        "2 26-0131 06-01-2026 19:40 dhr. K.L. Vreeswijk\tBeukenlaan 44\t06 2417 8830\tStank,\nramen dicht.\n"
        "RW afgehandeld\n"
        "3 26-0134 07-01-2026 08:15 Zwolsman, T.\tEikenlaan 9\t06 5138 2274\tGeur.\n"
        "MtV afgehandeld\n"
        "4 26-0140 09-01-2026 22:05 Femke Oude Wolbers Lindenweg 10\t06 1193 7725\tGeur.\n"
        "RW in\nbehandeling\n")
    for x in ("K.L. Vreeswijk", "Beukenlaan 44", "Zwolsman, T.", "Eikenlaan 9", "Lindenweg 10", "MtV"):
        assert x in red, x
    assert red.count("RW") == 2
    # the reporter's name does not run into the street: no part of it stays in the open
    assert not any(x.startswith("Oude Wolbers") for x in red + keep)


def test_street_suffixes_drift_vest_horst(redacted):
    red, _ = redacted("12 26-0180 02-02-2026 10:40 Hoa Nguyen\tKoedrift 6\thoa.n@outlook.com\n"
                      "Mevrouw Jansen woont aan de Ossenvest 12a, de heer Pietersen op Lindehorst 3.")
    assert {"Koedrift 6", "Ossenvest 12a", "Lindehorst 3"} <= set(red)


def test_calendar_print_with_tabs(redacted):
    # an Outlook day view printed to PDF: fields with a tab instead of a colon; the minister is
    # kept, the civil servants in "Achternaam, Voornaam" form (also unusual first names) go,
    # and a name under the minister's line is no signature of the minister
    red, keep = redacted(
        "Verplicht\tminister Van Duinkerken-Smal; Ooijevaar, Tjalling; Brusselaars, Wiepke\n"
        "Optioneel\tRoukema, Ismay (woordvoering)\n"
        "Notitie\tStukken via Brusselaars, Wiepke uiterlijk maandag\n")
    assert "Van Duinkerken-Smal" in keep
    for x in ("Ooijevaar, Tjalling", "Brusselaars, Wiepke", "Roukema, Ismay"):
        assert x in red, x
    assert not any("Roukema" in k for k in keep)


def test_objection_register_with_case_numbers_and_legend(redacted):
    red, keep = redacted(
        "1 Zaaknr. Ontvangen Bezwaarmaker\tAdres\tGemachtigde\n"
        "2 BZ26-0201 05-01-2026 Kroeze, W.A.\tBerkenlaan 214\t–\tomgevingsvergunning\n"
        "3 BZ26-0207 08-01-2026 Tabak-Vlieger, R.\tEikenlaan 58\t–\tparkeervergunning\n"
        "RH 12-02-2026 ongegrond\n"
        "Beh.: RH = Rozemarijn Hoogenboezem, KvD = Kees van Dalfsen\n")
    for x in ("Kroeze, W.A.", "Tabak-Vlieger, R.", "Rozemarijn Hoogenboezem", "Kees van Dalfsen"):
        assert x in red, x
    assert red.count("RH") == 2


def test_office_holder_in_brackets_after_the_role(redacted):
    red, keep = redacted("Uw collega, de minister van Financiën (Annegien\nOverdijk-Kramp), heeft aangegeven dat er "
                         "geen ruimte is. Het advies van de directeur van Financiën (Piet Overmars) volgt.")
    assert "Annegien Overdijk-Kramp" in [k.replace("\n", " ") for k in keep]
    assert "Piet Overmars" in red


def test_fax_header_in_capitals_and_tenant_number(redacted):
    red, _ = redacted("22-03-88 14:07 VAN: J.C. WOLTERBEEK RWS DK GOES P.01\nTELEFAX\n"
                      "Van : J.C. Wolterbeek, opzichter\nBetreft: klacht\nDe bewoner, huurdersnummer HN-2201155, belde.")
    assert "J.C. WOLTERBEEK" in red and "HN-2201155" in red
    assert "GOES" not in red


def test_unknown_name_with_place_of_residence_in_a_table(rules_only):
    # the rule alone (the model may or may not know the name)
    from redactor.detect.textdoc import document_from_text
    doc = document_from_text("Nr\tIndiener\tZienswijze\tReactie\n"
                             "5\tTesfaye Gebrezgi, Beilen\tSteunt het plan\tVoor kennisgeving aangenomen\n"
                             "6\tStaatsbosbeheer, regio Drenthe\tVraagt om een onderzoek\tOvergenomen\n")
    ps = [f.text for f in rules_only.detect(doc) if f.label.value == "PERSON"]
    assert ps == ["Tesfaye Gebrezgi"]


def test_a_lone_given_name_after_a_place_compound_in_a_roster_cell(redacted):
    """'Balie Stadskantoor Jolanta<TAB>...': the name ending the cell is the employee's, not
    part of an organisation's name; a company named after a surname stays one."""
    red, keep = redacted("Rooster week 9\nBalie Stadskantoor Jolanta\tMerel\tDaan\nTeam\nJolanta Wiśniewska 32 uur\n\n"
                         "De melding ging naar Notariskantoor Brinkhorst\tin Delft.")
    assert red.count("Jolanta") >= 1 and not any("Stadskantoor" in k and "Jolanta" in k for k in keep), (red, keep)
    assert any(k.startswith("Notariskantoor Brinkhorst") for k in keep), keep


def test_login_names_ip_address_and_a_young_childs_birth_date_in_a_form(redacted):
    """A CRM print and a web form: logins after 'ingelogd:' / '... door', a login made from a
    found person's name, every other occurrence of them; the IP address the form recorded; the
    birth date of a child under a 'Geboortedatum' column head; a street without a known suffix
    right before a postcode."""
    red, keep = redacted(
        "Klantsysteem – Gemeente Lelystad\tingelogd: tkorpershoek\nKlant\tJorick Vlasblom\n"
        "03-03-2026 09:14 telefoon tkorpershoek\tKlant belt over zijn aanslag.\n"
        "Doorgezet naar Margriet Heijboer.\n05-03-2026 e-mail mheijboer\tUitleg per mail.\n"
        "Geboortedatum\t07-11-1991\nHuidig adres\tLange Noord 8, 8232 AB Lelystad\n"
        "Naam\tGeboortedatum\tRelatie\nFenna Vlasblom\t14-02-1990\tpartner\nSem Vlasblom\t02-09-2021\tkind\n"
        "Verzonden vanaf IP-adres 83.161.27.204 · afgedrukt 17-03-2026 08:52 door tkorpershoek (team Belastingen)\n"
        "Versie 10.2.3 van het pakket, gewijzigd door de behandelaar.")
    assert red.count("tkorpershoek") == 3 and "mheijboer" in red, red
    assert {"83.161.27.204", "02-09-2021", "14-02-1990", "07-11-1991", "Lange Noord 8"} <= set(red), red
    assert not any(x in " ".join(red) for x in ("10.2.3", "behandelaar", "Belastingen")), red
    # a surname alone in lower case is no login ("heijboer" in a file name)
    red, _ = redacted("Doorgezet naar Margriet Heijboer. Zie het bestand notitie_heijboer en heijboer.")
    assert red == ["Margriet Heijboer"], red


def test_a_number_set_against_the_general_one_on_its_line_is_a_direct_line(redacted):
    red, keep = redacted("Groet, Zakaria\nZakaria Benhaddou | beleidsmedewerker\n"
                         "T 070 412 37 84 | algemeen 070 412 34 56 | parlementairezaken@minocw.nl")
    assert "070 412 37 84" in red and "070 412 34 56" in keep, (red, keep)


def test_a_given_name_of_two_parts_from_the_models_span_in_a_roster(redacted):
    """'Hui Min Chong<TAB>24 uur' in the team list (the rules read only the last word): the
    whole span is the name, and 'Hui Min' in the roster cells is her."""
    red, _ = redacted("Rooster week 14\nTelefoon\tKemal, Chitra\tXander, Hui Min\nChat Hui Min\tIwona\tChitra\n"
                      "Team\nKemal Doğanay\tcoördinator\nHui Min Chong\t24 uur\nIwona Grabowska 32 uur")
    assert "Hui Min Chong" in red and red.count("Hui Min") >= 2, red


def test_an_address_in_brackets_after_a_name_and_a_paraph_with_two_letters_of_the_first_name(redacted):
    red, keep = redacted("De heer Harko Bruinewoud (Zeevang 14) vraagt wat het kost. Wethouder Jan Smit (CDA) "
                         "reageert.\nParaaf\tNaam\tDatum\nJaB\tdrs. Jacq Beckers, gemeentesecretaris\t13-1-2026\n"
                         "JaB is akkoord.")
    assert {"Zeevang 14", "Harko Bruinewoud", "Jacq Beckers"} <= set(red) and red.count("JaB") == 2, red
    assert "Jan Smit" in keep and not any("CDA" in r for r in red), (red, keep)
