"""Policy rules: organisations and places named after persons are kept; explain output."""
from redactor.decide import explain, explain_rows


def test_org_named_after_person_kept(redacted):
    red, keep = redacted("De Stichting Henk Bremer Fonds en de Willem de Kooning Academie steunen het plan.")
    assert not red


def test_redaction_covers_only_the_name(findings, policy):
    doc, fs = findings("Contactpersoon: dhr. drs. P.J. Hazelhoff, senior adviseur Directie Wonen")
    red = [d.finding.text for d in policy.decide(doc, fs) if d.redacts]
    assert red == ["P.J. Hazelhoff"]


def test_explain_lines(findings, policy):
    doc, fs = findings("Bel Marloes Verhagen op 06 1234 5678 of mail woo@minbzk.nl.")
    ds = policy.decide(doc, fs)
    lines = explain(doc, fs, ds)
    assert lines[0] == "page,text,label,decision,ground,reason,detector,score"
    assert lines[1].startswith("1,Marloes Verhagen,PERSON,redact,5.1.2e,")
    rows = explain_rows(doc, fs, ds)
    assert ("woo@minbzk.nl", "EMAIL", "keep", "-", "functionele mailbox") == rows[-1][1:6]


def test_reasons_and_explanations_never_repeat_the_personal_data(detector, policy):
    """Reasons end up in the onderbouwing (a published account): they say what kind of data was
    redacted, never the data itself."""
    from redactor.detect import Detector
    from redactor.detect.textdoc import document_from_text
    text = ("Opsteller\tQuirine Baalbergen\tQB 3-6-2024\nQuirine belt; Baalbergen mailt q.baalbergen@ede.nl.\n"
            "Met vriendelijke groet,\n\nQuirine Baalbergen\n")
    det = Detector(terms=["Noordpier"])
    doc = document_from_text(text + "Project Noordpier.\n")
    fs = det.detect(doc)
    fs = det.propagate(doc, fs, det.persons(fs))
    for d in policy.decide(doc, fs):
        if d.redacts:
            for secret in ("Quirine", "Baalbergen", "QB", "Noordpier", "q.baalbergen"):
                assert secret not in d.reason and secret not in d.finding.explanation, (d.reason, d.finding.explanation)
