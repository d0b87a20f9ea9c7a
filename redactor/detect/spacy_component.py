"""The rule layer as a spaCy pipeline component ("woo_rules"), for pipelines that want the
detector's findings as spans: put it after the NER and read `doc.spans["woo"]`.

    nlp = load_ner()                      # or spacy.blank("nl")
    nlp.add_pipe("woo_rules", config={"rules_dir": None})
    doc = nlp(text)
    [(s.text, s.label_) for s in doc.spans["woo"]]

The model's entities (doc.ents) are passed to the rules as proposals, exactly like
Detector.detect does with its own model. The Finding objects are in doc.user_data["woo_findings"].
"""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from . import Detector
from .textdoc import document_from_text


class WooRules:
    def __init__(self, rules_dir: str | None = None):
        self.detector = Detector(Path(rules_dir) if rules_dir else None, use_model=False)

    def __call__(self, doc):
        ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        findings = self.detector.detect(document_from_text(doc.text, doc_id="spacy"), entities=ents)
        spans = []
        for f in findings:
            sp = doc.char_span(f.start, f.end, label=f.label.value, alignment_mode="expand")
            if sp is not None:
                spans.append(sp)
        doc.spans["woo"] = spans
        doc.user_data["woo_findings"] = findings
        return doc


@Language.factory("woo_rules", default_config={"rules_dir": None})
def make_woo_rules(nlp: Language, name: str, rules_dir: str | None):
    return WooRules(rules_dir)
