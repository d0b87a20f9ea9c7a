"""Extract stage: a PDF file → `Document` (words with boxes in user space)."""
from redactor.extract.pdf import check_pdf_header, extract_pdf, file_sha256

__all__ = ["extract_pdf", "file_sha256", "check_pdf_header"]
