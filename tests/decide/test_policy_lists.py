"""Policy rules: --staff (always redacted) and --officials (kept) lists, both header languages."""
from redactor.decide import Policy
from redactor.detect import Detector
from redactor.detect.textdoc import document_from_text


def _run(tmp_path, text, staff=None, officials=None):
    sp = op = None
    if staff:
        sp = tmp_path / "staff.csv"
        sp.write_text(staff, encoding="utf-8")
    if officials:
        op = tmp_path / "officials.csv"
        op.write_text(officials, encoding="utf-8")
    det = Detector(staff=sp, officials=op)
    pol = Policy(officials=op, staff=sp)
    doc = document_from_text(text)
    fs = det.detect(doc)
    fs = det.propagate(doc, fs, det.persons(fs))
    return {d.finding.text: d for d in pol.decide(doc, fs)}


def test_staff_list_dutch_headers(tmp_path):
    staff = "naam;e-mail;telefoon;initialen;functie\nQuinten Haverkamp;q.haverkamp@ede.nl;06 1111 2222;QvH;adviseur\n"
    ds = _run(tmp_path, "Het stuk is van Quinten Haverkamp (06 1111 2222). Haverkamp belt. Gezien QvH.", staff=staff)
    assert ds["QvH"].action.value == "redact" and ds["QvH"].actor == "list:staff"
    assert ds["Quinten Haverkamp"].actor == "list:staff" and ds["Quinten Haverkamp"].action.value == "redact"
    assert ds["Haverkamp"].action.value == "redact"
    assert ds["06 1111 2222"].action.value == "redact"


def test_staff_beats_role(tmp_path):
    staff = "name,email\nGerdien Kalsbeek,g.kalsbeek@ede.nl\n"
    ds = _run(tmp_path, "Wethouder Gerdien Kalsbeek opent.", staff=staff)
    assert ds["Gerdien Kalsbeek"].action.value == "redact" and ds["Gerdien Kalsbeek"].actor == "list:staff"


def test_officials_list_english_headers(tmp_path):
    officials = "name,role,organisation\nM.A. Verduijn-Staal,secretaris-generaal,BZK\n"
    ds = _run(tmp_path, "De secretaris-generaal, mevrouw M.A. Verduijn-Staal, opende. Verduijn-Staal sprak.",
              officials=officials)
    assert ds["M.A. Verduijn-Staal"].action.value == "keep" and ds["M.A. Verduijn-Staal"].actor == "list:officials"
    assert ds["Verduijn-Staal"].action.value == "keep"


def test_bad_list_is_a_rules_error(tmp_path):
    import pytest
    from redactor.errors import RulesError
    p = tmp_path / "staff.csv"
    p.write_text("foo,bar\n1,2\n", encoding="utf-8")
    with pytest.raises(RulesError):
        Detector(staff=p)
