"""The OCR text layer's font: standard Helvetica, WinAnsi with a /Differences table for
Central European letters, so that no font program has to be embedded."""
from __future__ import annotations

import unicodedata

import pikepdf
# Helvetica metrics as every PDF reader knows them (pdfminer ships the AFM widths).
from pdfminer.fontmetrics import FONT_METRICS as _FM
from pdfminer.glyphlist import glyphname2unicode as _G2U

_DESCENT = -_FM["Helvetica"][0]["Descent"] / 1000.0     # 0.207: baseline above the box bottom
_WIDTHS: dict[str, float] = {k: float(v) for k, v in _FM["Helvetica"][1].items() if isinstance(k, str)}
_U2G: dict[str, str] = {}
for _name, _uni in _G2U.items():
    if len(_uni) == 1 and _uni in _WIDTHS and _uni not in _U2G and not _name.startswith("uni"):
        _U2G[_uni] = _name
# codes WinAnsiEncoding leaves free, used for letters outside it (ı, ł, ş, č, ...)
_FREE_CODES = list(range(1, 32)) + [0x7F, 0x81, 0x8D, 0x8F, 0x90, 0x9D]


class _Encoding:
    """Unicode → single-byte codes of the layer's font (cp1252 + /Differences)."""

    def __init__(self):
        self.extra: dict[str, int] = {}

    def _code(self, ch: str) -> int | None:
        try:
            b = ch.encode("cp1252")
            if len(b) == 1 and ch in _WIDTHS:
                return b[0]
        except UnicodeEncodeError:
            pass
        if ch in self.extra:
            return self.extra[ch]
        if ch in _U2G and len(self.extra) < len(_FREE_CODES):
            self.extra[ch] = _FREE_CODES[len(self.extra)]
            return self.extra[ch]
        return None

    def encode(self, text: str) -> tuple[bytes, float]:
        """Codes for `text` and its width in text-space units per point of font size."""
        out = bytearray()
        width = 0.0
        text = unicodedata.normalize("NFC", text)
        if any("\ufb00" <= ch <= "\ufb06" for ch in text):     # ligatures: their letters
            text = "".join(unicodedata.normalize("NFKC", ch) if "\ufb00" <= ch <= "\ufb06" else ch for ch in text)
        for ch in text:
            code = self._code(ch)
            if code is None:
                base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
                for c in base or "?":
                    code = self._code(c)
                    if code is None:
                        code, c = ord("?"), "?"
                    out.append(code)
                    width += _WIDTHS.get(c, 556.0)
                continue
            out.append(code)
            width += _WIDTHS.get(ch, 556.0)
        return bytes(out), width / 1000.0

    def font(self, pdf: pikepdf.Pdf) -> pikepdf.Object:
        enc = pikepdf.Dictionary(Type=pikepdf.Name.Encoding, BaseEncoding=pikepdf.Name.WinAnsiEncoding)
        if self.extra:
            diffs: list = []
            for ch, code in sorted(self.extra.items(), key=lambda kv: kv[1]):
                diffs += [code, pikepdf.Name("/" + _U2G[ch])]
            enc.Differences = pikepdf.Array(diffs)
        widths = []
        code_to_char = {code: ch for ch, code in self.extra.items()}
        for code in range(256):
            ch = code_to_char.get(code)
            if ch is None:
                try:
                    ch = bytes([code]).decode("cp1252")
                except UnicodeDecodeError:
                    ch = ""
            widths.append(int(_WIDTHS.get(ch, 0)))
        return pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica,
            Encoding=enc, FirstChar=0, LastChar=255, Widths=pikepdf.Array(widths)))
