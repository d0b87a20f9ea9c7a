"""Exceptions and exit codes.

Two families: `DocumentError` fails one document (it is listed in failures.csv with its
message and the batch goes on); `RunError` stops the run with its exit code. Every class
carries a short Dutch-free, specific message and a remedy a user can act on.
"""
from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0                   # every document processed
    BAD_ARGS = 2             # wrong command line, missing input, unusable rules/lists
    DOCUMENTS_FAILED = 3     # the run finished, but some documents failed (see failures.csv)
    MISSING_DEPENDENCY = 4   # an external program (tesseract, qpdf, ...) is missing
    INTERNAL = 10            # a bug: please report it with the traceback
    INTERRUPTED = 130        # Ctrl-C; rerun the same command to resume


class RedactorError(Exception):
    remedy = ""

    def __init__(self, message: str = "", *, remedy: str | None = None):
        super().__init__(message or self.__doc__ or self.__class__.__name__)
        if remedy is not None:
            self.remedy = remedy

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


# ---------------------------------------------------------------- run-level errors

class RunError(RedactorError):
    exit_code = ExitCode.INTERNAL


class BadArgumentsError(RunError):
    """Bad command-line arguments."""
    exit_code = ExitCode.BAD_ARGS


class RulesError(RunError):
    """A rules or list file is missing or invalid."""
    exit_code = ExitCode.BAD_ARGS
    remedy = "check the file named in the message; `redactor rules check DIR` validates a rules folder"


class MissingDependencyError(RunError):
    """An external program the run needs is not installed."""
    exit_code = ExitCode.MISSING_DEPENDENCY


# ---------------------------------------------------------------- per-document errors

class DocumentError(RedactorError):
    """This document could not be processed; the batch goes on."""
    kind = "error"


class NotAPdfError(DocumentError):
    """The file is not a PDF."""
    kind = "not-a-pdf"
    remedy = "convert it to PDF first (e.g. LibreOffice for .docx/.msg printouts)"


class EncryptedPdfError(DocumentError):
    """The PDF is encrypted with a password."""
    kind = "encrypted"
    remedy = "ask the supplier for an unencrypted copy or the password"


class CorruptPdfError(DocumentError):
    """The PDF is damaged beyond repair."""
    kind = "corrupt"
    remedy = "ask the supplier for a new copy, or print it to PDF again"


class TooLargeError(DocumentError):
    """The document exceeds a configured limit (pages, page size, stream size)."""
    kind = "too-large"
    remedy = "raise the limit (--max-pages, --max-page-size, --max-memory), or split the document"


class UnsupportedPdfError(DocumentError):
    """The PDF uses a feature the writer cannot redact safely."""
    kind = "unsupported"
    remedy = "print the document to PDF again (or scan it) and rerun; or redact it by hand"


class OcrError(DocumentError):
    """OCR failed on this document."""
    kind = "ocr"
    remedy = "check that tesseract and the Dutch language data (tesseract-ocr-nld) are installed"


class SelfCheckError(DocumentError):
    """The redacted output failed the self-check and was not published."""
    kind = "self-check"
    remedy = "redact this document by hand; please report it with the original"


class TimeoutError_(DocumentError):
    """Processing this document took longer than the configured limit."""
    kind = "timeout"
    remedy = "raise --timeout (seconds per document), or split the document"


class WorkerCrashError(DocumentError):
    """The process handling this document died (twice), e.g. a crash in a PDF library."""
    kind = "crash"
    remedy = "print the document to PDF again (or scan it) and rerun; please report it with the original"
