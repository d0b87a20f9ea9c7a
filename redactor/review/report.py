"""The onderbouwing: per document, which grounds were used, where (page), how often and
decided by whom, in Dutch, as HTML and PDF, plus an index.

Written to `OUT/internal/onderbouwing/` — internal, because it names reviewers and repeats
their free-text reasons (which may mention a person). It does NOT quote the redacted text
itself: the label (Persoon, E-mailadres, …) says what kind of data it was. Whoever wants to
publish it with the decision can do so after reading it; nothing here goes to publish/.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from redactor.fsutil import atomic_path, write_text_atomic
from redactor.log.store import CaseStore
from redactor.review import texts

HERE = Path(__file__).resolve().parent


def document_report(store: CaseStore, doc_id: str) -> dict:
    d = store.document(doc_id)
    rows = store.findings(doc_id)
    by_ground: dict[str, dict] = {}
    by_actor: dict[str, Counter] = defaultdict(Counter)
    details = []
    for r in rows:
        if r["action"] is None:
            continue
        pages = sorted({b[0] + 1 for b in json.loads(r["boxes"])})
        by_actor[r["actor"]][r["action"]] += 1
        if r["action"] in ("redact", "review"):
            g = by_ground.setdefault(r["ground"], {"ground": r["ground"], "title": texts.GROUNDS.get(r["ground"], ""),
                                                   "count": 0, "pages": set(), "labels": Counter()})
            g["count"] += 1
            g["pages"].update(pages)
            g["labels"][texts.LABELS.get(r["label"], r["label"])] += 1
        history = store.decision_history(r["id"])
        details.append({"pages": pages, "label": texts.LABELS.get(r["label"], r["label"]),
                        "action": texts.ACTIONS.get(r["action"], r["action"]), "redacts": r["action"] != "keep",
                        "ground": r["ground"], "reason": r["reason"], "actor": texts.actor_name(r["actor"]),
                        "time": r["decided"], "origin": "handmatig" if r["origin"] == "manual" else r["detector"],
                        "changes": len(history) - 1})
    details.sort(key=lambda x: (x["pages"][:1] or [0], not x["redacts"]))
    grounds = []
    for g in sorted(by_ground.values(), key=lambda g: g["ground"]):
        grounds.append({**g, "pages": ", ".join(str(p) for p in sorted(g["pages"])),
                        "labels": ", ".join(f"{k} {v}×" for k, v in g["labels"].most_common())})
    if d["withheld"]:
        outcome = "Niet openbaar"
    elif d["status"] == "failed":
        outcome = "Mislukt (niet gepubliceerd)"
    else:
        outcome = "Deels openbaar" if grounds else "Openbaar"
    pub = store.last_audit("publish", doc_id)
    return {
        "d": d, "outcome": outcome, "grounds": grounds, "details": details,
        "actors": [{"actor": texts.actor_name(a), "redact": c["redact"] + c["review"], "keep": c["keep"]}
                   for a, c in sorted(by_actor.items())],
        "publication": pub,
    }


def write_reports(out: Path, *, store: CaseStore | None = None) -> list[Path]:
    """Write internal/onderbouwing/<id>.html and .pdf for every document, and index.html."""
    out = Path(out)
    store = store or CaseStore.for_out(out)
    target = out / "internal" / "onderbouwing"
    target.mkdir(parents=True, exist_ok=True)
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=select_autoescape())
    env.globals.update(GROUNDS=texts.GROUNDS, actor_name=texts.actor_name)
    seq, head = store.audit_head()
    common = {"matter": store.meta("matter"), "today": date.today().isoformat(), "head": head, "seq": seq}
    written, index = [], []
    for d in store.documents():
        rep = document_report(store, d["id"])
        html = env.get_template("report.html").render(**common, **rep)
        p = target / f"{d['id']}.html"
        write_text_atomic(p, html)
        pdf = target / f"{d['id']}.pdf"
        _write_pdf(pdf, common, rep)
        written += [p, pdf]
        index.append({"d": d, "outcome": rep["outcome"], "grounds": ", ".join(g["ground"] for g in rep["grounds"])
                      or (d["withheld_ground"] if d["withheld"] else "")})
    p = target / "index.html"
    write_text_atomic(p, env.get_template("report_index.html").render(**common, docs=index))
    written.append(p)
    return written


def _write_pdf(path: Path, common: dict, rep: dict) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    st = getSampleStyleSheet()
    cell = st["BodyText"].clone("cell", fontSize=8, leading=10)
    d = rep["d"]

    def P(text, style=cell):  # noqa: N802
        return Paragraph(_esc(str(text)), style)

    def table(header, rows, widths):
        t = Table([[Paragraph(f"<b>{_esc(h)}</b>", cell) for h in header]] + [[P(c) for c in r] for r in rows],
                  colWidths=[w * mm for w in widths], repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return t

    story = [Paragraph(_esc(f"Onderbouwing lakken — {d['name']}"), st["Title"]),
             P(f"Woo-verzoek {common['matter'] or '–'} · document-ID {d['id']} · {d['pages']} pagina's · "
               f"opgesteld op {common['today']}", st["Normal"]),
             Spacer(1, 3 * mm),
             P(f"Beoordeling: {rep['outcome']}", st["Heading3"])]
    if d["withheld"]:
        story.append(P(f"Het document is niet openbaar gemaakt op grond van artikel {texts.ground_title(d['withheld_ground'])}. "
                       f"Reden: {d['withheld_reason']} (besloten door {texts.actor_name(d['withheld_by'])} op {d['withheld_at']}).",
                       st["Normal"]))
    story.append(P("Beoordeeld door " + texts.actor_name(d["reviewed_by"]) + f" op {d['reviewed_at']}."
                   if d["reviewed"] else "Het document is (nog) niet als beoordeeld gemarkeerd.", st["Normal"]))
    story += [Spacer(1, 3 * mm), P("Gebruikte weigeringsgronden", st["Heading3"])]
    if rep["grounds"]:
        story.append(table(["Grond", "Omschrijving", "Aantal", "Pagina's", "Soort gegevens"],
                           [[g["ground"], g["title"], g["count"], g["pages"], g["labels"]] for g in rep["grounds"]],
                           [18, 52, 14, 30, 62]))
    else:
        story.append(P("Geen passages gelakt.", st["Normal"]))
    story += [Spacer(1, 3 * mm), P("Besloten door", st["Heading3"]),
              table(["Wie", "Gelakt", "Laten staan"], [[a["actor"], a["redact"], a["keep"]] for a in rep["actors"]],
                    [90, 30, 30])]
    story += [Spacer(1, 3 * mm), P("Alle besluiten", st["Heading3"]),
              table(["Pag.", "Soort", "Besluit", "Grond", "Reden", "Door", "Tijd"],
                    [[", ".join(map(str, x["pages"])), x["label"], x["action"], x["ground"], x["reason"], x["actor"],
                      x["time"]] for x in rep["details"]], [12, 24, 22, 14, 58, 30, 16])]
    pub = rep["publication"]
    story += [Spacer(1, 3 * mm)]
    if pub and pub["action"] == "publish":
        story.append(P(f"Gepubliceerd als {pub['data']['output']} (SHA-256 {pub['data']['sha256']}), "
                       f"verantwoording regel {pub['seq']}.", cell))
    story.append(P(f"Laatste hash van de verantwoording bij het opstellen: {common['head']} (regel {common['seq']}).",
                   cell))
    with atomic_path(path, ".pdf") as tmp:
        SimpleDocTemplate(str(tmp), pagesize=A4, title=f"Onderbouwing {d['name']}", author="", creator="redactor",
                          leftMargin=12 * mm, rightMargin=12 * mm).build(story)


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
