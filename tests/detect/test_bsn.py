"""Recognizer `bsn`: 9 digits valid under the 11-check, context raises the score."""
from redactor.detect.validators import elfproef


def test_elfproef():
    assert elfproef("111222333")
    assert elfproef("123456782")
    assert not elfproef("123456789")
    assert not elfproef("000000000")
    assert elfproef("1234.56.782")


def test_bsn_with_context(findings):
    doc, fs = findings("Haar burgerservicenummer is 123456782 volgens de aanvraag.")
    bsn = [f for f in fs if f.label.value == "BSN"]
    assert [f.text for f in bsn] == ["123456782"]
    assert bsn[0].score >= 0.9


def test_invalid_bsn_not_found(find):
    assert find("BSN: 123456789", "BSN") == []


def test_valid_number_without_context_is_low_score(findings):
    doc, fs = findings("Het dossier bevat 111222333 regels.")
    bsn = [f for f in fs if f.label.value == "BSN"]
    assert len(bsn) == 1 and bsn[0].score < 0.9


def test_case_number_is_not_bsn(find):
    assert find("Zaaknummer 111222333 is afgesloten.", "BSN") == []


def test_grouped_notation(find):
    assert find("BSN 1234.56.782", "BSN") == ["1234.56.782"]
