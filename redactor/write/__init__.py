"""The writer: true redaction of PDFs with pikepdf.

    redact_pdf(src, dst, areas, *, clean_metadata=True, label_boxes=True, self_check=True)
        -> WriteResult

Every glyph whose (slightly shrunken) box meets an area is removed from the content
stream (page content, Form XObjects, each in a private copy); glyphs that stay keep their
bytes and their position; image pixels under an area are painted in the image data;
annotations and form fields over an area are removed; metadata, outlines, attachments,
JavaScript and other hidden places are cleaned; each area is drawn as a black box with its
ground as real text. The whole file is rewritten (no earlier revision survives), checked
by `self_check` and only then renamed into place. Areas are in default user space
(`redactor.models`); `plumber_box_to_user` converts a pdfplumber box.

Failures raise the per-document errors of `redactor.errors`: NotAPdfError,
CorruptPdfError, EncryptedPdfError, UnsupportedPdfError (a feature that cannot be
redacted safely: fail closed), SelfCheckError (the output was not published).

Modules: geometry (matrices, intersection tests, page coordinates), fonts (codes and
widths), pdfminer_fixes (standard-14 metrics corrected in pdfminer, which the self-check
uses), text (one text operator), content (the interpreter/rewriter), images (pixel
painting), boxes (labelled boxes), document (annotations, metadata, outlines, structure),
selfcheck, writer (orchestration).
"""
from . import pdfminer_fixes

pdfminer_fixes.apply()      # before any self-check: pdfminer must place glyphs as viewers do

from .geometry import device_box_to_user, plumber_box_to_user  # noqa: E402
from .selfcheck import self_check  # noqa: E402
from .writer import redact_pdf  # noqa: E402

__all__ = ["redact_pdf", "self_check", "plumber_box_to_user", "device_box_to_user"]
