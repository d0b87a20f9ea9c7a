"""Detection speed on project-generated text (not a timed test).

    PYTHONPATH=. python benchmarks/detect_speed.py [--docs 40] [--words 600]

Generates Dutch government-style documents from templates with invented names (nota headers,
e-mail chains, minutes with attendee and action lists, citizens' letters), runs
Detector.detect on each and reports words per second of CPU time (process_time, so other
processes on the machine do not count). Target: >= 10,000 words/s on one core.
"""
from __future__ import annotations

import argparse
import random
import time

FIRST = ["Marloes", "Joep", "Fleur", "Bas", "Karin", "Tjeerd", "Naima", "Pieter", "Anouk", "Levi", "Ilse",
         "Wiebe", "Lotte", "Kofi", "Mehmet", "Ewa", "Daniëlle", "Tom", "Riet", "Sem"]
SUR = [("", "Verhagen"), ("van den", "Hurk"), ("van der", "Laan"), ("", "Winter"), ("de", "Wijs"),
       ("", "Oostra"), ("", "Azzouzi"), ("", "Bosgra"), ("", "Brinkhorst"), ("ter", "Brake"), ("", "Mensink"),
       ("", "Kowalska"), ("", "Koopmans-Hut"), ("", "Kooistra"), ("", "Hofman-de Graaf"), ("", "Storm")]
WORDS = ("het plan de gemeente besluit aanvraag advies termijn vergunning overleg project wij u de het een "
         "van in op met voor over door naar bij als dat die dit zijn worden heeft kan moet zal ook nog niet "
         "wel maar omdat zodat daarom toelichting aanleiding beleid uitvoering financiering planning "
         "capaciteit rapportage voortgang wachtlijst dijkversterking subsidie bezwaar verzoek").split()


def name(r):
    f = r.choice(FIRST)
    tv, s = r.choice(SUR)
    return f, tv, s, " ".join(x for x in (f, tv, s) if x)


def sentence(r, n=14):
    w = [r.choice(WORDS) for _ in range(n)]
    return (w[0].capitalize() + " " + " ".join(w[1:]) + ".")


def paragraph(r, k=5):
    out = []
    for _ in range(k):
        s = sentence(r, r.randint(8, 18))
        if r.random() < 0.3:
            f, tv, sur, full = name(r)
            s = s[:-1] + f" volgens {full}."
        out.append(s)
    text = " ".join(out)
    # wrap at ~95 characters like a PDF line
    lines, cur = [], ""
    for w in text.split():
        if len(cur) + len(w) > 95:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    lines.append(cur)
    return "\n".join(lines)


def document(r, words):
    f, tv, s, full = name(r)
    f2, tv2, s2, full2 = name(r)
    head = r.choice([
        f"Ministerie van Binnenlandse Zaken\nNota\nAan\tde minister\nVan\tDirectie Wonen\nContactpersoon\t{full}\n"
        f"T 06 {r.randint(1000, 9999)} {r.randint(1000, 9999)}\nDatum\t12 maart 2024\nKenmerk\t2024-{r.randint(10**9, 10**10)}\n",
        f"Van:\t{s}, {f} {tv}\nVerzonden:\tmaandag 3 juni 2024 10:12\nAan:\t{full2} <{f2.lower()}.{s2.lower()}@minbzk.nl>\n"
        f"CC:\tWoo-coördinatie BZK <woo@minbzk.nl>\nOnderwerp:\tRE: planning\n\nHoi {f2},\n",
        f"Verslag overleg\nAanwezig: {full} (voorzitter), {full2}, drs. E. Hoekman\n",
        f"De heer {f[0]}. {s}\nBerkenlaan {r.randint(1, 200)}\n{r.randint(1000, 9999)} AB EDE\n\nGeachte heer {s},\n",
    ])
    body = []
    n = len(head.split())
    while n < words:
        p = paragraph(r, r.randint(3, 7))
        body.append(p)
        n += len(p.split())
    tail = (f"\nMet vriendelijke groet,\n\n{full}\nBeleidsmedewerker\nT 070 {r.randint(100, 999)} {r.randint(1000, 9999)}\n"
            f"Actielijst\nNr.\tActie\tWie\n1\tNotitie\t{f[0]}{s[0]}\n")
    return head + "\n".join(body) + tail


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--words", type=int, default=600)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    from redactor.detect import Detector
    from redactor.detect.textdoc import document_from_text
    r = random.Random(args.seed)
    docs = [document_from_text(document(r, args.words), doc_id=f"d{i}") for i in range(args.docs)]
    t0 = time.process_time()
    det = Detector()
    t_load = time.process_time() - t0
    det.detect(docs[0])        # warm caches
    words = sum(len(d.text.split()) for d in docs)
    t0 = time.process_time()
    n_find = 0
    for d in docs:
        n_find += len(det.detect(d))
    dt = time.process_time() - t0
    print(f"model: {det.model_version}  load: {t_load:.2f}s CPU")
    print(f"{len(docs)} documents, {words} words, {n_find} findings: {dt:.2f}s CPU = {words / dt:,.0f} words/s")


if __name__ == "__main__":
    main()
