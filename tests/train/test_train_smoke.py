"""The training recipe runs end to end on a tiny corpus (a few steps; not a real model)."""
import spacy

from redactor.train.evaluate import parse_marked, read_handwritten


def test_config_trains_a_few_steps(tmp_path):
    from redactor.train.cli import CONFIG, run_spacy_train
    from redactor.train.corpus import to_docbin
    from redactor.train.generate import generate_docs
    from redactor.train.tokenizer import blank_nlp

    nlp = blank_nlp()
    to_docbin(nlp, generate_docs(6, seed=1)).to_disk(tmp_path / "train.spacy")
    to_docbin(nlp, generate_docs(2, seed=2)).to_disk(tmp_path / "dev.spacy")
    best = run_spacy_train(CONFIG, tmp_path, seed=0, steps=4)
    model = spacy.load(best)
    assert model.pipe_names == ["ner"]
    assert {"PER", "ORG", "LOC"} <= set(model.get_pipe("ner").labels)
    # the tokenizer rules travel with the saved pipeline
    assert [t.text for t in model.make_doc("Anna's")] == ["Anna", "'s"]


def test_handwritten_eval_file_parses():
    text, spans = parse_marked("Hoi [[Fleur|PER]], zie [[BZK|ORG]].")
    assert text == "Hoi Fleur, zie BZK." and spans == [(4, 9, "PER"), (15, 18, "ORG")]
    ex = read_handwritten()
    n = sum(len(s) for _, s in ex)
    assert len(ex) >= 20 and 80 <= n <= 150
    for t, spans in ex:
        assert "[[" not in t and "]]" not in t
