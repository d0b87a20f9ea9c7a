"""Recognizer `signature`: a small image right above a signer's name is a SIGNATURE with the
image box as its area; other images are not."""
from redactor.detect.textdoc import document_from_text
from redactor.models import ImageBox, Rect


def _doc_with_image(text, box):
    doc = document_from_text(text)
    doc.pages[0].images.append(ImageBox(box=box, name="im0", pixel_width=300, pixel_height=100))
    return doc


TEXT = "Met vriendelijke groet,\nDe directeur Wonen,\n\n\n\ndrs. W.J. Hakvoort-Emre\n"


def test_image_above_name_is_signature(detector, policy):
    # the name is on line 5: y from 730 to 740 in the placeholder geometry
    doc = _doc_with_image(TEXT, Rect(50, 745, 200, 790))
    fs = detector.detect(doc)
    sig = [f for f in fs if f.label.value == "SIGNATURE"]
    assert len(sig) == 1 and sig[0].text == "W.J. Hakvoort-Emre"
    assert sig[0].areas[0].rect == Rect(50, 745, 200, 790) and sig[0].areas[0].page == 0
    d = [d for d in policy.decide(doc, fs) if d.finding.label.value == "SIGNATURE"][0]
    assert d.action.value == "redact" and d.ground == "5.1.2e"


def test_far_or_large_images_are_not_signatures(detector):
    far = _doc_with_image(TEXT, Rect(300, 100, 450, 150))          # elsewhere on the page
    logo = _doc_with_image(TEXT, Rect(0, 500, 595, 842))           # a big picture
    for doc in (far, logo):
        assert not [f for f in detector.detect(doc) if f.label.value == "SIGNATURE"]
