"""Recognizer `iban`: mod-97 check, spaces, broken across a line."""
from redactor.detect.validators import iban_mod97


def test_mod97():
    assert iban_mod97("NL91ABNA0417164300")
    assert iban_mod97("NL91 ABNA 0417 1643 00")
    assert not iban_mod97("NL92ABNA0417164300")
    assert iban_mod97("BE71096123456769")


def test_iban_in_text(find):
    assert find("Maak het over op NL91 ABNA 0417 1643 00 t.n.v. de aanvrager.", "IBAN") == ["NL91 ABNA 0417 1643 00"]
    assert find("rekening NL91ABNA0417164300.", "IBAN") == ["NL91ABNA0417164300"]


def test_iban_broken_across_lines(find):
    assert find("op rekening NL91 ABNA 0417 1643\n00 ten name van", "IBAN") == ["NL91 ABNA 0417 1643 00"]


def test_invalid_iban(find, findings, policy):
    """Wrong check digits: no IBAN on its own; next to 'rekening' a typo or an OCR misread of
    one, which goes to review (also when broken over two lines)."""
    assert find("code NL92 ABNA 0417 1643 00 in de bijlage", "IBAN") == []
    assert find("op rekening NL92 ABNA 0417 1643 00", "IBAN") == ["NL92 ABNA 0417 1643 00"]
    assert find("voorschot op rekening NL92 ABNA\n0417 1643 00 ten name van", "IBAN") == ["NL92 ABNA 0417 1643 00"]
    doc, fs = findings("op rekening NL92 ABNA 0417 1643 00")
    [d] = [d for d in policy.decide(doc, fs) if d.finding.label.value == "IBAN"]
    assert d.action.value == "review" and d.redacts


def test_iban_with_a_space_after_the_country_code(find):
    assert find("IBAN: NL 91 ABNA 0417 1643 00 t.n.v. de aanvrager", "IBAN") == ["NL 91 ABNA 0417 1643 00"]
    assert find("Zie NL 12 en BE 45 voor de regels.", "IBAN") == []
