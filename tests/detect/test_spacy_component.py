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


def test_long_text_is_read_in_pieces_at_line_breaks():
    from redactor.detect.nlp import chunks, entities, load_nlp
    line = "Het overleg over de planning van het project liep uit.\n"
    text = line * 3000 + "\nGisteren heeft Marieke Verhoeven de stukken doorgestuurd.\n" + line * 30000
    assert len(text) > 1_000_000           # over spaCy's own limit
    pieces = chunks(text)
    assert "".join(p for _, p in pieces) == text
    assert all(text[o:o + len(p)] == p for o, p in pieces)
    assert all(len(p) <= 100_000 and p.endswith("\n") for _, p in pieces[:-1])
    nlp, _, has_ner = load_nlp()
    ents = entities(nlp, text)
    if has_ner:
        assert any(text[s:e] == "Marieke Verhoeven" and lab == "PER" for s, e, lab in ents)


def test_a_short_text_is_one_piece():
    from redactor.detect.nlp import chunks
    assert chunks("Kort.") == [(0, "Kort.")]
    assert chunks("") == [(0, "")]
