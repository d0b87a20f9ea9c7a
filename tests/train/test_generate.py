"""The generator: deterministic for a seed, correct offsets, disjoint held-out names/frames."""
import random
from collections import Counter

from redactor.train import names as nm
from redactor.train.context import frame_held_out, frames_for
from redactor.train.generate import LABELS, generate_doc, generate_docs


def test_deterministic_for_a_seed():
    a = generate_docs(15, seed=3)
    b = generate_docs(15, seed=3)
    c = generate_docs(15, seed=4)
    assert a == b
    assert a != c


def test_spans_equal_the_inserted_names():
    n_spans = 0
    for i in range(150):
        text, spans, inserted = generate_doc(random.Random(f"t:{i}"), "train", with_inserted=True)
        assert len(spans) == len(inserted)
        for (s, e, label), ins in zip(spans, inserted):
            assert label in LABELS
            # line wrapping only turns spaces into line breaks, so the text is the inserted name
            assert text[s:e].replace("\n", " ") == ins
            assert ins == ins.strip() and ins
        assert spans == sorted(spans)
        assert all(spans[k][1] <= spans[k + 1][0] for k in range(len(spans) - 1)), "overlapping spans"
        n_spans += len(spans)
    assert n_spans > 1500


def test_layout_is_pdf_like():
    docs = generate_docs(60, seed=5)
    texts = [t for t, _ in docs]
    assert all("\t" not in t and "  " not in t for t in texts)
    assert sum(t.count("\n") for t in texts) > 60 * 10
    labels = Counter(lab for _, spans in docs for *_, lab in spans)
    assert labels["PER"] > labels["ORG"] > 0 and labels["LOC"] > 0


def test_spans_fall_on_token_boundaries():
    from redactor.train.corpus import make_reference
    from redactor.train.tokenizer import blank_nlp

    nlp = blank_nlp()
    stats = Counter()
    for text, spans in generate_docs(100, seed=6):
        make_reference(nlp, text, spans, stats)
    tokens_per_span = 2.0
    assert stats["misaligned_tokens"] < 0.01 * stats["spans"] * tokens_per_span


def test_held_out_names_and_frames_are_disjoint_from_training():
    rng = random.Random(0)
    train_first = {nm.make_person(rng, "train").first for _ in range(400)}
    held = {nm.make_person(rng, "heldout").surname for _ in range(200)}
    assert not any(nm.held_out(n) for n in train_first if "-" not in n)
    assert all(nm.held_out(s.split("-")[0]) or " " in s or "-" in s for s in held if s)
    tr, ho = set(frames_for("MEMO", "train")), set(frames_for("MEMO", "heldout"))
    assert tr and ho and not (tr & ho)
    assert all(frame_held_out(f) for f in ho)


def test_mention_forms():
    rng = random.Random(1)
    p = nm.Person(first="Sanne", given=["Susanna", "Maria"], prefix="van der", surname="Linde-Oduro",
                  gender="f", origin="nl")
    assert nm.render(p, "full", random.Random(2)) in ([("Sanne van der Linde-Oduro", "PER")],
                                                      [("Susanna Maria van der Linde-Oduro", "PER")],
                                                      [("Sanne S.M. van der Linde-Oduro", "PER")])
    assert p.last(True) == "Van der Linde-Oduro"
    assert p.paraph() == "SvdL"
    assert p.initials == "S.M."
    pieces = nm.render(p, "title", rng)
    assert pieces[0][1] is None and pieces[1][1] == "PER"
    outlook = "".join(t for t, _ in nm.render(p, "outlook", random.Random(5)))
    assert "," in outlook and "Linde-Oduro" in outlook
