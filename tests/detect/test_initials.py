"""Recognizer `initials`: paraphs and action-list owners, derived from persons found and by
context; abbreviations are left alone."""


def test_derived_paraphs(find):
    text = ("Opsteller\tFleur van der Laan\nDirecteur\tJ.P. Wijnhoven\n"
            "Paraaf\tFvdL 12-03-2024\tJPW 13-03-2024\n"
            "Actielijst\nNr.\tActie\tWie\n1\tNotitie schrijven\tFvdL, JPW\n")
    assert find(text, "INITIALS") == ["FvdL", "JPW", "FvdL", "JPW"]


def test_initials_in_brackets_and_signoff(find):
    text = ("Thijs Oldenkamp en Ria Kuipers waren aanwezig.\n"
            "• Thijs stuurt de planning rond (TO).\nIk pak het op. RK\n")
    assert find(text, "INITIALS") == ["TO", "RK"]


def test_context_only_initials(find):
    text = "Ingevuld door: MvB | Gezien: PZ 23-10-2024\n"
    assert find(text, "INITIALS") == ["MvB", "PZ"]


def test_abbreviations_are_not_initials(find):
    text = ("De DG en het MT van BZK zijn akkoord. Het CDA en de VVD stemden voor.\n"
            "Zaak PB-2024-117 is gesloten. De NZa publiceert.\nMet\tResultaat\nNZa\takkoord\n")
    assert find(text, "INITIALS") == []


def test_initials_defined_in_the_document_are_that_person_everywhere(redacted):
    # "TB" and "SM" could be abbreviations; the attendee list defines them as persons
    text = ("Aanwezig: Wiebe Kroes (WK, voorzitter), Sara Mehlkopf (SM), Tessa Bosgraaf (TB)\n"
            "SM vraagt aandacht voor de planning.\n"
            "Actie 3: overleg met de provincie, TB / WK.\n"
            "Verslag: TB")
    red, keep = redacted(text)
    assert red.count("SM") == 2 and red.count("TB") == 3 and red.count("WK") == 2, red


def test_a_party_after_a_name_is_no_definition(redacted):
    red, keep = redacted("Het lid Verbruggen (SP) stelde vragen. De SP wil een debat.")
    assert "SP" not in red


def test_initials_after_a_role_in_the_brackets(redacted):
    text = ("Aanwezig\tXiaoming Liu (data-analist; XL), Emma Mol-de Jager (directeur)\n"
            "Actie\tWijkmonitor uitwerken\tXL\n"
            "De directeur (EMdJ) merkt op dat de planning krap is.")
    red, _ = redacted(text)
    assert red.count("XL") == 2 and "EMdJ" in red, red


def test_derived_initials_as_the_subject_of_a_sentence(redacted):
    text = ("Aanwezig OR\tReinout Meerburg (voorzitter), Edwin Koopman, Sophie Heijboer\n\n"
            "EK vraagt waarop dat is gebaseerd. Het EK voetbal begint in juni.")
    red, _ = redacted(text)
    assert red.count("EK") == 1, red


def test_several_owners_in_one_action_list_cell(redacted):
    """'HK/TvD', 'TvD en LB', 'HK + MdV' in the Wie column: every owner's initials go; a
    unit code 'BZK/DGOO' in a sender column stays."""
    text = ("Actielijst\nNr\tActie\tWie\tDatum\n1\tConcept nota rondsturen\tLB\t12-3\n"
            "2\tGesprek met wethouder plannen\tHK/TvD\t19-3\n3\tAgenda opstellen\tTvD en LB\t2-4\n"
            "4\tZaal reserveren\tHK + MdV\t2-4")
    red, _ = redacted(text)
    assert sorted(set(red)) == ["HK", "LB", "MdV", "TvD"]
    assert red.count("TvD") == 2 and red.count("HK") == 2
    red, _ = redacted("Nr\tDatum\tAfzender\tOntvanger\n1\t12-3-2024\tBZK/DGOO\tVWS/DGLZ")
    assert red == []


def test_service_abbreviation_in_brackets_is_no_paraph(redacted):
    """'Remco (KCC)': the contact centre, not his initials; 'RWS', 'NVWA' likewise."""
    red, _ = redacted("Telefoonnotitie\nOpgenomen door: Remco (KCC)\nDoorgezet naar Wouter (RWS) en Fenna (NVWA).")
    assert not {"KCC", "RWS", "NVWA"} & set(red)


def test_postcode_letters_are_no_initials_also_in_ocr_table_lines(redacted):
    """'3540<TAB>AA<TAB>Utrecht' (OCR of a letterhead) is a postcode, not the paraph 'AA' that
    the document defines; a year before a paraph in a table ('2025<TAB>RM') is no postcode."""
    red, _ = redacted("Aan: A. Aarts (AA).\nRetouradres Postbus\t43006 3540\tAA\tUtrecht\n"
                      "Planning verkiezingen 2025\tRM\tdecember\nRM: Roos Mertens")
    assert red.count("AA") == 1 and "RM" in red


def test_initials_with_a_tussenvoegsel_letter_anywhere(redacted):
    """'MvB', 'GvdL': capitals around a lower-case van/de are a person's initials wherever
    they stand; abbreviations of that shape (CdK, RvS) and one spelled out before its
    brackets stay."""
    red, _ = redacted("Juridische Zaken (KvW) heeft de claim geregistreerd; mail met KvW in cc.\n"
                      "ARCHIEF - ingezien HvdB 3-11-2026\n")
    assert red.count("KvW") == 2 and "HvdB" in red
    red, _ = redacted("Zie de Memorie van Toelichting (MvT), het advies van de RvS en de brief aan de CdK.")
    assert red == []


def test_owners_separated_by_a_spaced_slash_and_a_case_number_is_no_paraph(redacted):
    red, _ = redacted("Actie\tWie\tWanneer\nContract verlengen\tGJB / SC\tvóór 1 juni 2026\n"
                      "Consult plannen\tSC\tvóór 1 mei 2026\n")
    assert red.count("SC") == 2 and "GJB" in red
    red, _ = redacted("No.\tBWT 79/2316\nOnderwerp: bouwvergunning")
    assert red == []


def test_initials_after_action_and_author_labels_and_party_brackets(redacted):
    """Minutes: a list 'Surname, I. (organisation)' defines the persons; their initials after
    'Actie:' are theirs, also when the letters are an abbreviation (AZ). A party alone in
    brackets after a Kamerlid stays; initials that match the party but carry a function are
    initials."""
    text = ("Bestuurlijk\tAmbtelijk en overig\nSabajo, K. (Liander)\nZwerver, A. (Regio Foodvalley)\n"
            "Ottema, F. (KGG)\n1. Opening\nActie: KS stuurt de lijst aan de regio.\n"
            "Actie: FO en AZ werken de kosten uit.\nZie ook AZ en de SG.\n")
    red, keep = redacted(text)
    assert {"Sabajo, K.", "Zwerver, A.", "Ottema, F.", "KS", "FO"} <= set(red)
    assert red.count("AZ") == 1 and not any("Liander" in r for r in red)
    red, keep = redacted("CONCEPT v0.4 – niet verspreiden – opsteller TH\n[Opm. TH: bedrag afstemmen]")
    assert red.count("TH") == 2
    red, keep = redacted("Aanwezig\tGerbrich Leistra (GL, voorzitter), Pim de Vlugt (PdV)\n"
                         "Het lid Gerrit Lamberts (GL) stelde vragen; ook Kamerlid Saskia Pauwels (SP).")
    assert "Gerbrich Leistra" in red and red.count("GL") == 1 and "SP" not in red
    assert {"Gerrit Lamberts", "Saskia Pauwels"} <= set(keep)


def test_abbreviation_shaped_initials_in_a_who_column(redacted):
    """Under a 'Wie' head an owner's initials count even where they spell a word or an
    abbreviation; under another head (a directorate) they do not. A legal form alone is no
    company."""
    red, _ = redacted("Actiepunten\nNr.\tActie\tWie\tWanneer\n24-31\tAnalyse delen\tAR\t22 oktober\n"
                      "24-32\tClausule uitwerken\tDOL\t5 november\n"
                      "Nr.\tOnderwerp\tDirectie\tStatus\n3\tBegroting\tAZ\tgereed\n")
    assert red == ["AR", "DOL"]
    red, keep = redacted("Gesprek met C. Verhoeven\nAfgehandeld door\tCV\n")
    assert "CV" in red and "CV" not in keep


def test_declared_initials_may_start_with_the_first_name(redacted):
    red, _ = redacted("Aanwezig\tZeynep Aydın (ZY), Bram Cuypers (BC)\nZY kent de meeste jongeren en loopt mee.")
    assert red.count("ZY") == 2


def test_initials_column_of_a_register_printed_without_tabs(redacted):
    """Wrapped spreadsheet cells lose their tabs: "RJ Afgehandeld" at the start of a row, like
    "IvG Afgehandeld" (initials with a tussenvoegsel letter), is the same column's owner; "EU"
    (a listed abbreviation) and "NB" before a lower-case word are not."""
    text = ("Nr Melder\tKlacht\tBeh. Status\n"
            "1 dhr. P. Hoekstra\tTrillingen in\nde woning\nWD Afgehandeld\n"
            "2 mw. L. Zandbergen\tOmleiding\nTvdB Afgehandeld\n"
            "3 fam. Oudeman\tScheur in gevel\nWD Doorgezet\nnaar expert\n"
            "4 mw. S. Kramer\tStof\nHK Afgehandeld\nEU Afgehandeld\nNB dit is een notitie\n")
    red, _ = redacted(text)
    assert red.count("WD") == 2 and "HK" in red and "TvdB" in red
    assert "EU" not in red and "NB" not in red


def test_undeclared_initials_as_the_subject_of_a_speakers_verb(redacted):
    """Minutes that write participants' initials: "Zoals TK ... al aangaf", "PV vraagt of":
    initials even though nobody with them was introduced; a listed abbreviation ("De GGD
    meldt") or a party ("Het CDA vraagt") is not, nor anything in a text without initials."""
    text = ("Paraaf: HdW\nZoals JW in het regio-overleg al aangaf, is vervoer een knelpunt.\n"
            "PV vraagt of de verkiezingen digitaal kunnen. De GGD meldt dat. Het CDA vraagt of.\n")
    red, _ = redacted(text)
    assert {"JW", "PV"} <= set(red)
    assert not {"GGD", "CDA"} & set(red)
    red, _ = redacted("Zoals JW in het regio-overleg al aangaf, is vervoer een knelpunt.")
    assert "JW" not in red


def test_a_unit_in_brackets_after_surname_and_initials_is_no_paraph(redacted):
    """'Overgoor, T. (DVO)': the letters do not start with her initial, so they are her unit;
    'Lotte Vrij (LV)' declares her paraph."""
    red, _ = redacted("Kopie aan\tVeldstra, T. (DVO)\n\nOok gesproken met Tijn Veldstra over het plan; "
                      "afstemming loopt via Tijn (DVO). Het advies van DVO volgt. Aanwezig: Lotte Vrij (LV). LV opent.")
    assert "DVO" not in red and red.count("LV") == 2, red
