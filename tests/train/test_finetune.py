"""Fine-tuning from reviewed decisions: the loader, and a few update steps that move a prediction."""
import json
import shutil

import pytest

from redactor.train.decisions import load_reviewed_examples, records_to_examples


def _rec(**kw):
    base = {"doc_id": "d1", "label": "PERSON", "actor": "reviewer:anna", "decision": "redact"}
    base.update(kw)
    return base


def test_loader_reads_reviewed_name_decisions(tmp_path):
    line = "Storm en Hagel meldden zich bij Jan Groen."
    recs = [
        _rec(text="Jan Groen", context_text=line, context_start=32),
        _rec(text="Storm", context_text=line, context_start=0, decision="keep", reason="geen persoon"),
        _rec(text="Hagel", context_text=line, context_start=9, decision="keep", reason="minister (publieke rol)"),
        _rec(text="Hagel", context_text=line, context_start=9, actor="model:ner"),         # not reviewed
        _rec(text="Jan", context_text=line, context_start=32, decision="review"),          # undecided
        _rec(text="j.groen@x.nl", label="EMAIL", context_text="j.groen@x.nl", context_start=0),
        _rec(doc_id="d2", text="Bakker", context_text="Vraag het Bakker.", context_start=99),  # offset repaired
    ]
    (tmp_path / "internal").mkdir()
    with open(tmp_path / "internal" / "findings.jsonl", "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r) + "\n")
    ex = load_reviewed_examples(tmp_path)
    assert ex == [
        (line, [(0, 5, "PER", False), (9, 14, "PER", True), (32, 41, "PER", True)]),
        ("Vraag het Bakker.", [(10, 16, "PER", True)]),
    ]


def test_later_decision_wins():
    line = "Post voor Kees"
    ex = records_to_examples([
        _rec(text="Post", context_text=line, context_start=0),
        _rec(text="Post", context_text=line, context_start=0, decision="keep"),
    ])
    assert ex == [(line, [(0, 4, "PER", False)])]


def test_reviewed_example_has_missing_values_elsewhere():
    import spacy

    from redactor.train.finetune import INCORRECT_KEY, reviewed_to_example

    nlp = spacy.blank("nl")
    eg = reviewed_to_example(nlp, "Storm en Hagel bij Jan Groen", [(0, 5, "PER", False), (19, 28, "PER", True)])
    ref = eg.reference
    assert [t.ent_iob_ for t in ref] == ["O", "", "", "", "B", "I"]
    assert [(s.text, s.label_) for s in ref.spans[INCORRECT_KEY]] == [("Storm", "PER")]


def test_finetune_moves_prediction_and_saves_loadable_model(ner, tmp_path):
    import spacy

    from redactor.detect.ner import MODEL_DIR
    from redactor.train.finetune import finetune

    nlp = spacy.load(MODEL_DIR)
    text = "Regenboog meldt dat Vlinder de stukken heeft."
    before = {(e.start_char, e.end_char) for e in nlp(text).ents if e.label_ == "PER"}
    # reviewer: "Regenboog" is not a person (rejected), "Vlinder" is one (accepted)
    spans = [(0, 9, "PER", False), (20, 27, "PER", True)]
    info = finetune(nlp, [(text, spans)], steps=25, seed=0, rehearsal=30)
    after = {(e.start_char, e.end_char) for e in nlp(text).ents if e.label_ == "PER"}
    assert info["reviewed_examples"] == 1 and info["rehearsal_docs"] == 30
    assert (0, 9) not in after
    assert (20, 27) in after
    assert before != after or ((0, 9) not in before and (20, 27) in before)
    out = tmp_path / "model"
    from redactor.train.cli import finalize_finetuned
    finalize_finetuned(nlp, out, info)
    again = spacy.load(out)
    assert again.meta["redactor"]["finetuned"][-1]["reviewed_examples"] == 1
    assert {(e.start_char, e.end_char) for e in again(text).ents if e.label_ == "PER"} == after


def test_cli_from_decisions(tmp_path):
    from redactor.train.cli import main

    line = "Hoi Wessel, kun je dit doorsturen naar Margriet?"
    (tmp_path / "run" / "internal").mkdir(parents=True)
    with open(tmp_path / "run" / "internal" / "findings.jsonl", "w", encoding="utf-8") as fh:
        for text, start in (("Wessel", 4), ("Margriet", 39)):
            fh.write(json.dumps(_rec(text=text, context_text=line, context_start=start)) + "\n")
    out = tmp_path / "tuned"
    assert main(["--from-decisions", str(tmp_path / "run"), "--out", str(out), "--steps", "3",
                 "--rehearsal", "5"]) == 0
    import spacy
    assert spacy.load(out)("Hoi Wessel,").ents is not None


def test_cli_from_decisions_without_findings(tmp_path):
    from redactor.errors import BadArgumentsError
    from redactor.train.cli import main

    with pytest.raises(BadArgumentsError):
        main(["--from-decisions", str(tmp_path), "--out", str(tmp_path / "x")])
