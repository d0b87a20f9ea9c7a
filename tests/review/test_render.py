"""Page images and the mapping between user space and the displayed page."""
from __future__ import annotations

import pytest

from redactor.models import Rect
from redactor.review.render import PageView, page_png


def _pdf_with_square(path, rotate: int, crop=None):
    """A 400×600 pt page with a black 40×40 square at user-space (20, 520)–(60, 560)."""
    import pikepdf

    pdf = pikepdf.new()
    page = pdf.add_blank_page(page_size=(400, 600))
    page.obj.Contents = pdf.make_stream(b"0 g 20 520 40 40 re f")
    if rotate:
        page.obj.Rotate = rotate
    if crop:
        page.obj.CropBox = pikepdf.Array(crop)
    pdf.save(path)


SQUARE = Rect(20, 520, 60, 560)


@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
@pytest.mark.parametrize("crop", [None, [10, 15, 390, 590]])
def test_to_view_matches_what_pdfium_draws(tmp_path, rotate, crop):
    pdf = tmp_path / "p.pdf"
    _pdf_with_square(pdf, rotate, crop)
    png = page_png(pdf, 0, tmp_path / "cache" / "p.png")
    from PIL import Image
    img = Image.open(png).convert("L")
    view = PageView(Rect(*(crop or [0, 0, 400, 600])), rotate)
    assert abs(img.width / img.height - view.width / view.height) < 0.01
    left, top, w, h = view.to_view(SQUARE)
    # the centre of the predicted square is black, a point just outside it is white
    cx, cy = (left + w / 2) * img.width, (top + h / 2) * img.height
    assert img.getpixel((int(cx), int(cy))) < 50
    ox = (left + w + 0.05) * img.width if left + w + 0.05 < 1 else (left - 0.05) * img.width
    assert img.getpixel((int(ox), int(cy))) > 200


@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
def test_from_view_inverts_to_view(rotate):
    view = PageView(Rect(10, 15, 390, 590), rotate)
    r = Rect(33.5, 100.25, 80, 130)
    left, top, w, h = view.to_view(r)
    back = view.from_view(left, top, left + w, top + h)
    assert all(abs(a - b) < 1e-6 for a, b in zip(back.as_tuple(), r.as_tuple()))
    # corners may come in any order, and are clipped to the page
    assert view.from_view(left + w, top + h, left, top) == back
    assert view.from_view(-1, -1, 2, 2) == Rect(10, 15, 390, 590)


def test_cache_is_reused(tmp_path):
    pdf = tmp_path / "p.pdf"
    _pdf_with_square(pdf, 0)
    cache = tmp_path / "c" / "p.png"
    page_png(pdf, 0, cache)
    mtime = cache.stat().st_mtime_ns
    page_png(pdf, 0, cache)
    assert cache.stat().st_mtime_ns == mtime
    with pytest.raises(IndexError):
        page_png(pdf, 3, tmp_path / "c" / "q.png")
