"""The rule layer as a registered spaCy component."""
import spacy

import redactor.detect.spacy_component  # noqa: F401  (registers the factory)


def test_component_sets_spans():
    nlp = spacy.blank("nl")
    nlp.add_pipe("woo_rules")
    doc = nlp("Bel Marloes Verhagen op 06 1234 5678 of mail woo@minbzk.nl.")
    got = [(s.text, s.label_) for s in doc.spans["woo"]]
    assert got == [("Marloes Verhagen", "PERSON"), ("06 1234 5678", "PHONE"), ("woo@minbzk.nl", "EMAIL")]
    assert len(doc.user_data["woo_findings"]) == 3


def test_component_uses_pipeline_entities():
    nlp = spacy.blank("nl")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PER", "pattern": "Zorvaldo"}])
    nlp.add_pipe("woo_rules")
    doc = nlp("Het plan van Zorvaldo Quaak is klaar.")
    assert [(s.text, s.label_) for s in doc.spans["woo"]] == [("Zorvaldo Quaak", "PERSON")]
