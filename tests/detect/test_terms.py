"""Zoek en lak: terms as whole words, case, line breaks, hyphenation, extraction splits."""
from redactor.detect import Detector
from redactor.detect.textdoc import document_from_text


def _terms(text, terms, **kw):
    det = Detector(terms=terms, only_terms=True, **kw)
    return [f.text for f in det.detect(document_from_text(text))]


def test_whole_words_and_case():
    text = "Verbrugge en verbrugge, maar niet Verbruggen."
    assert _terms(text, ["Verbrugge"]) == ["Verbrugge"]
    assert _terms(text, ["Verbrugge"], terms_ignore_case=True) == ["Verbrugge", "verbrugge"]


def test_broken_hyphenated_split():
    text = "Gesproken met Ver-\nbrugge en met Ver brugge. Ook Anna\nVerbrugge kwam."
    assert _terms(text, ["Verbrugge"]) == ["Ver-\nbrugge", "Ver brugge", "Verbrugge"]
    assert _terms(text, ["Anna Verbrugge"]) == ["Anna\nVerbrugge"]


def test_only_terms_finds_nothing_else():
    text = "Bel Marloes Verhagen op 06 1234 5678 over Project Noordpier."
    assert _terms(text, ["Project Noordpier"]) == ["Project Noordpier"]


def test_terms_with_detection_and_ground(detector):
    det = Detector(terms=["Noordpier"], terms_ground="5.1.2i")
    fs = det.detect(document_from_text("Bel Marloes Verhagen over Noordpier."))
    labels = {(f.text, f.label.value) for f in fs}
    assert ("Noordpier", "TERM") in labels and ("Marloes Verhagen", "PERSON") in labels
    assert [f.context["ground"] for f in fs if f.label.value == "TERM"] == ["5.1.2i"]
