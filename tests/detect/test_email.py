"""Recognizer `email`: addresses, personal vs functional mailbox."""
from redactor.detect.recognizers.contact import classify_mailbox


def test_personal_and_functional_addresses(find):
    text = ("Mail naar marloes.verhagen@minfin.nl of naar info@gemeente-ede.nl.\n"
            "Vragen over de Woo: woo@minfin.nl; postbus@ede.nl; secretariaat-dgb@minfin.nl.")
    personal = find(text, "EMAIL", mailbox="personal")
    functional = find(text, "EMAIL", mailbox="functional")
    assert personal == ["marloes.verhagen@minfin.nl"]
    assert functional == ["info@gemeente-ede.nl", "woo@minfin.nl", "postbus@ede.nl", "secretariaat-dgb@minfin.nl"]


def test_initial_dot_surname_and_digits_are_personal(find):
    text = "Contact: j.vd.hurk@rws.nl, joep1982@gmail.com en f.vdlaan@ocw.nl"
    assert find(text, "EMAIL", mailbox="personal") == ["j.vd.hurk@rws.nl", "joep1982@gmail.com", "f.vdlaan@ocw.nl"]


def test_first_name_with_functional_word_is_personal(detector):
    words, full = detector.res.mailboxes
    lex = detector.res.lex
    # "post" is a functional word, but with a first name in front it is a person's address
    assert classify_mailbox("koen.post", "koen.post@x.nl", words, full, lex)[0] == "personal"
    assert classify_mailbox("j.post", "j.post@x.nl", words, full, lex)[0] == "personal"
    assert classify_mailbox("fez-subsidies", "fez-subsidies@x.nl", words, full, lex)[0] == "functional"


def test_ordinary_word_mailbox_is_functional(detector):
    words, full = detector.res.mailboxes
    lex = detector.res.lex
    assert classify_mailbox("zonnepark", "zonnepark@ede.nl", words, full, lex)[0] == "functional"
    assert classify_mailbox("pietjansen", "pietjansen@ede.nl", words, full, lex)[0] == "personal"
    assert classify_mailbox("annaenkees", "annaenkees@ziggo.nl", words, full, lex)[0] == "personal"


def test_acronym_of_the_document_is_functional(find):
    text = "Het programma RVB publiceert alles. Mail: rvb@provincie.nl"
    assert find(text, "EMAIL", mailbox="functional") == ["rvb@provincie.nl"]


def test_email_span_excludes_brackets(find):
    assert find("Van: Joep van den Hurk <joep.vandenhurk@rws.nl>", "EMAIL") == ["joep.vandenhurk@rws.nl"]


def test_display_name_of_a_functional_mailbox_is_no_person(redacted):
    red, _ = redacted("Parkeerbeheer Den Haag <parkeren@denhaag.nl>    6 mrt 2024, 14:02\naan mij")
    assert red == []
    red, _ = redacted("Van: Jan de Vries <info@vriesbouw.nl>")
    assert "Jan de Vries" in red


def test_addresses_written_to_fool_harvesters(redacted):
    """'[at]', '(at) … (dot)', spaces around '@' and '.': still an address, told apart as usual."""
    red, keep = redacted("Mijn mail: wil.dekker[at]ziggo.nl of wd1961 @ hotmail . com. "
                         "Algemene vragen: info (at) gemeente-ede (dot) nl.")
    assert {"wil.dekker[at]ziggo.nl", "wd1961 @ hotmail . com"} <= set(red)
    assert "info (at) gemeente-ede (dot) nl" in keep
    red, keep = redacted("We zijn at home; kijk op de site van de gemeente.")
    assert red == [] and keep == []


def test_functional_word_with_an_abbreviation_is_functional(redacted):
    red, keep = redacted("Mail secretariaatbw@ommerbos.nl, communicatiegs@provincie.nl of w.teunissen@ommerbos.nl.")
    assert red == ["w.teunissen@ommerbos.nl"]
    assert keep == ["secretariaatbw@ommerbos.nl", "communicatiegs@provincie.nl"]


def test_mailboxes_of_real_decisions_and_surnames_at_private_providers(redacted):
    """Functional: a word ('fokkerij@'), words joined by 'en' ('bezwaarenberoep@'), with the
    organisation's abbreviation ('nvwabezwaar…@'). Personal: a surname that is also a word at a
    private mail provider ('visser@ziggo.nl'); at an organisation it may be a topic ('wolf@')."""
    red, keep = redacted("Mail fokkerij@rvo.nl, nvwabezwaarenberoep@nvwa.nl, bezwaarenberoep.wonen@amsterdam.nl, "
                         "visser@ziggo.nl, wolf@overijssel.nl")
    assert red == ["visser@ziggo.nl"]


def test_a_functional_word_with_a_country_code_is_a_mailbox(redacted):
    red, keep = redacted("Cc: Claims Netherlands <claims.nl@crawco.nl>, j.post@crawco.nl")
    assert "claims.nl@crawco.nl" in keep and "j.post@crawco.nl" in red


def test_road_abbreviation_and_village_association_mailboxes(redacted):
    red, keep = redacted("Mail naar n279@brabant.nl, wsp.parkstad@uwv.nl, dorpsraadoosterhout@gmail.com, "
                         "j.smit@uwv.nl, kees.wsp@uwv.nl en pietjansen@gmail.com")
    assert {"n279@brabant.nl", "wsp.parkstad@uwv.nl", "dorpsraadoosterhout@gmail.com"} <= set(keep)
    assert {"j.smit@uwv.nl", "kees.wsp@uwv.nl", "pietjansen@gmail.com"} <= set(red)
    red, _ = redacted("Mail naar pwm.vankessel@kpnmail.nl")
    assert red == ["pwm.vankessel@kpnmail.nl"]


def test_an_ordinary_word_with_an_abbreviation_is_a_functional_mailbox(redacted):
    red, keep = redacted("Mail agenda.gs@drenthe.nl of k.agenda@voorbeeld.nl")
    assert "agenda.gs@drenthe.nl" in keep and "k.agenda@voorbeeld.nl" in red


def test_compound_with_linking_s_is_a_functional_mailbox(redacted):
    red, keep = redacted("CC:\tOmgevingsmanagement ON <omgevingsmanagement.on@rws.nl>\n"
                         "Vragen: omgevingsloket@zwolle.nl of p.jansen@rws.nl")
    assert "omgevingsmanagement.on@rws.nl" in keep and "omgevingsloket@zwolle.nl" in keep
    assert "p.jansen@rws.nl" in red
    assert not any("Omgevingsmanagement" in x for x in red)


def test_address_of_a_care_location_is_the_organisations(redacted):
    red, keep = redacted("Locatie\tWoonzorglocatie De Vlinder, Van Zuylenstraat 40, Hoogeveen\n"
                         "Mevrouw woont naast de school, Kerkstraat 5.")
    assert "Van Zuylenstraat 40" in keep and "Kerkstraat 5" in red


def test_a_word_with_a_place_name_is_a_functional_mailbox(detector):
    words, full = detector.res.mailboxes
    lex = detector.res.lex
    assert classify_mailbox("station.ruinerwold", "station.ruinerwold@dewolden.nl", words, full, lex)[0] == "functional"
    assert classify_mailbox("piet.ruinerwold", "piet.ruinerwold@dewolden.nl", words, full, lex)[0] == "personal"
    assert classify_mailbox("j.devries", "j.devries@dewolden.nl", words, full, lex)[0] == "personal"


def test_a_public_buildings_address_and_a_listed_company_of_two_words(redacted):
    red, keep = redacted("De bezoekers van het provinciehuis aan de Kanaalweg 12 krijgen een folder. "
                         "Mevrouw woont aan de Kerkstraat 5.\nProject\tKartika Rahardjo\tRoyal Cosun betrokken\n"
                         "Kartika meldt dat Royal Cosun meedoet.")
    assert "Kanaalweg 12" in keep and "Kerkstraat 5" in red, (red, keep)
    assert not any("Cosun" in r for r in red) and "Kartika Rahardjo" in red, red


def test_origin_adjective_in_an_association_name_place_field_and_role_at_an_organisation(redacted):
    red, keep = redacted("Vereniging\tfunctie\nGhanese Vereniging Asante Zwolle\tsecretaris\n"
                         "Geboorteplaats\tKumasi (Ghana)\nSoort woning\thuurwoning, verhuurder Portaal\n"
                         "Wij spraken de projectleider Vivare over de wijk.")
    assert "Ghanese Vereniging Asante Zwolle" in keep, keep
    assert not any(x in " ".join(red) for x in ("Ghanese", "Kumasi", "Portaal", "Vivare")), red
