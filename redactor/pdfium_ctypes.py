"""Direct ctypes access to PDFium functions that pypdfium2's wrappers call once per character
(the extractor and the writer's self-check both read every character of a page)."""
from __future__ import annotations

import ctypes


class RectF(ctypes.Structure):
    _fields_ = [("left", ctypes.c_float), ("top", ctypes.c_float), ("right", ctypes.c_float),
                ("bottom", ctypes.c_float)]


def prototype(name: str, argtypes: tuple, restype):
    """PDFium's `name` with our own argument and result types, from pypdfium2's library."""
    import pypdfium2.raw as pdfium_c
    import pypdfium2_raw.bindings as bindings

    f = type(getattr(pdfium_c, name))((name, bindings._libs["pdfium"]))
    f.argtypes, f.restype = argtypes, restype
    return f
