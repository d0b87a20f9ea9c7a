"""Rules as data: recognizers registered by name and configured in rules/detect.yaml; bad
rules are reported as RulesError; the version changes with the rules."""
import shutil

import pytest

from redactor.detect import Detector
from redactor.detect.registry import RECOGNIZERS, VALIDATORS
from redactor.detect.textdoc import document_from_text
from redactor.errors import RulesError


def test_registered_types():
    for name in ("pattern", "email", "phone", "address", "postcode", "dob", "context_value", "person_names",
                 "ner_persons", "staff_list", "initials", "org_names", "special_category"):
        assert name in RECOGNIZERS
    for v in ("elfproef", "iban", "plate", "postcode"):
        assert v in VALIDATORS


def _copy_rules(tmp_path, detector):
    dst = tmp_path / "rules"
    shutil.copytree(detector.res.rules_dir, dst)
    return dst


def test_new_pattern_instance_from_yaml(tmp_path, detector):
    rules = _copy_rules(tmp_path, detector)
    cfg = (rules / "detect.yaml").read_text(encoding="utf-8")
    cfg = cfg.replace("recognizers:\n", "recognizers:\n  - id: klantnr\n    type: pattern\n    label: OTHER\n"
                      "    require_context: true\n    context: ['abonnee']\n"
                      "    patterns:\n      - {name: kn, regex: '\\bKN-\\d{6}\\b', score: 0.9}\n", 1)
    (rules / "detect.yaml").write_text(cfg, encoding="utf-8")
    det = Detector(rules)
    text = "Abonnee KN-123456 belde gisteren. " + "Daarna volgde een lang gesprek over iets anders. " + "Code KN-654321."
    fs = det.detect(document_from_text(text))
    got = [(f.text, f.detector) for f in fs if f.label.value == "OTHER"]
    assert got == [("KN-123456", "rule:klantnr")]
    assert det.version != detector.version


def test_unknown_type_and_bad_yaml(tmp_path, detector):
    rules = _copy_rules(tmp_path, detector)
    p = rules / "detect.yaml"
    p.write_text(p.read_text(encoding="utf-8").replace("type: email", "type: nosuchthing"), encoding="utf-8")
    with pytest.raises(RulesError, match="nosuchthing"):
        Detector(rules)
    p.write_text("recognizers: [", encoding="utf-8")
    with pytest.raises(RulesError):
        Detector(rules)


def test_only_terms_requires_terms():
    with pytest.raises(RulesError):
        Detector(only_terms=True)
