"""Word and name lists, and the organisation's staff / officials lists.

Everything here is data read from `rules/` (see `rules/detect.yaml`, section `lexicon`); the
code only knows how to load and look up. Loaded lists are cached per process by path and
modification time, so building many detectors (tests, workers) stays cheap.
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import io
import logging
import os
import tempfile
from importlib import metadata
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

import marisa_trie

from ..errors import RulesError
from ..fsutil import atomic_path

log = logging.getLogger(__name__)

_CACHE: dict[tuple, object] = {}
TRIE_FORMAT = 1     # bump when what goes into the word tries changes


def _key(path: Path) -> tuple:
    try:
        st = path.stat()
    except OSError as e:
        raise RulesError(f"list file not found: {path}") from e
    return (str(path), st.st_mtime_ns, st.st_size)


def read_lines(path: Path, keep: bool = True) -> list[str]:
    """Lines of a list file (optionally .gz); '#' comments and blank lines skipped.
    `keep=False`: not cached (a long list that is only read to be packed)."""
    k = ("lines",) + _key(path)
    hit = _CACHE.get(k)
    if hit is not None:
        return hit  # type: ignore[return-value]
    if path.suffix == ".gz":
        with gzip.open(path, "rt", encoding="utf-8") as f:
            raw = f.read()
    else:
        raw = path.read_text(encoding="utf-8")
    out = []
    for ln in raw.splitlines():
        ln = unicodedata.normalize("NFC", ln.strip())
        if ln and not ln.startswith("#"):
            out.append(ln)
    if keep:
        _CACHE[k] = out
    return out


def fold(s: str) -> str:
    """Lower case, accents kept (names differ by accents less often than words do)."""
    return s.lower()


@dataclass
class Lexicon:
    first_names: set[str] = field(default_factory=set)      # as written ("Sanne")
    common_first_names: set[str] = field(default_factory=set)  # frequent first names: a name even if also a word
    surnames: set[str] = field(default_factory=set)         # as written, last part ("Bakker", "Meer")
    # The two long lists are packed in a trie (marisa_trie.Trie: `in`, `len`, iteration) when
    # loaded; ~400,000 strings in sets took ~40 MB in every worker (issue 7: memory).
    words: Collection[str] = field(default_factory=set)     # ordinary lower-case words
    proper: Collection[str] = field(default_factory=set)    # capitalised-only word list entries (places, brands)
    tussenvoegsels: set[tuple[str, ...]] = field(default_factory=set)
    tv_words: set[str] = field(default_factory=set)
    titles: set[tuple[str, ...]] = field(default_factory=set)   # ("de", "heer"), ("dhr",)
    not_names: set[str] = field(default_factory=set)       # lower-case words never a name by themselves
    acronyms: set[str] = field(default_factory=set)
    organisations: set[str] = field(default_factory=set)   # "Hermes", "Arriva": organisations the model may take for a name

    # ------------------------------------------------------------------ queries
    def is_word(self, w: str) -> bool:
        """An ordinary (lower-case) Dutch word: "groen", "winter", "post"."""
        lw = w.lower()
        if lw in self.words:
            return True
        if "-" in lw:
            return all(p in self.words for p in lw.split("-") if p)
        return False

    def is_first_name(self, w: str) -> bool:
        if w in self.first_names:
            return True
        if "-" in w:
            parts = [p for p in w.split("-") if p]
            return len(parts) > 1 and all(p in self.first_names for p in parts)
        return False

    def is_surname(self, w: str) -> bool:
        if w in self.surnames:
            return True
        if "-" in w:
            return any(p in self.surnames for p in w.split("-") if p)
        return False

    def is_not_name(self, w: str) -> bool:
        return w.lower() in self.not_names


def load_lexicon(rules_dir: Path, cfg: dict) -> Lexicon:
    files = cfg.get("lexicon", {})
    key = ("lexicon", str(rules_dir)) + tuple(
        _key(rules_dir / f) for grp in sorted(files) for f in _as_list(files[grp]))
    hit = _CACHE.get(key)
    if hit is not None:
        return hit  # type: ignore[return-value]
    lx = Lexicon()
    for f in _as_list(files.get("first_names")):
        lx.first_names.update(read_lines(rules_dir / f))
    for f in _as_list(files.get("common_first_names")):
        lx.common_first_names.update(read_lines(rules_dir / f))
        lx.first_names.update(lx.common_first_names)
    for f in _as_list(files.get("surnames")):
        for s in read_lines(rules_dir / f):
            lx.surnames.add(s)
            last = s.split()[-1]
            if last[:1].isupper():
                lx.surnames.add(last)
    lx.words, lx.proper = _word_tries([rules_dir / f for f in _as_list(files.get("words"))])
    for f in _as_list(files.get("tussenvoegsels")):
        for t in read_lines(rules_dir / f):
            seq = tuple(t.lower().replace("’", "'").split())
            lx.tussenvoegsels.add(seq)
            lx.tv_words.update(seq)
    for f in _as_list(files.get("titles")):
        for t in read_lines(rules_dir / f):
            seq = tuple(p.rstrip(".") for p in t.lower().replace(".", ". ").split())
            seq = tuple(p for p in seq if p)
            if seq:
                lx.titles.add(seq)
    for f in _as_list(files.get("not_names")):
        lx.not_names.update(w.lower() for w in read_lines(rules_dir / f))
    for f in _as_list(files.get("acronyms")):
        lx.acronyms.update(read_lines(rules_dir / f))
    for f in _as_list(files.get("organisations")):
        lx.organisations.update(read_lines(rules_dir / f))
    # Function words and not-names are never first names or surnames on their own.
    for w in list(lx.not_names):
        lx.first_names.discard(w.capitalize())
        lx.common_first_names.discard(w.capitalize())
    _CACHE[key] = lx
    return lx


def _word_tries(paths: list[Path]) -> tuple[marisa_trie.Trie, marisa_trie.Trie]:
    """(ordinary words, capitalised-only entries) of the word lists, as tries. Building them
    takes ~0.8 s, in every worker; so the built tries are kept in the user's cache folder
    under the hash of the lists' content and mapped from there (~1 ms) the next time."""
    h = hashlib.sha256(f"{TRIE_FORMAT}:{metadata.version('marisa-trie')}".encode())
    for p in paths:
        try:
            h.update(p.read_bytes())
        except OSError as e:
            raise RulesError(f"list file not found: {p}") from e
    folder = cache_dir()
    files = [folder / f"{kind}-{h.hexdigest()[:20]}.marisa" for kind in ("words", "proper")]
    try:
        if all(f.is_file() for f in files):
            return marisa_trie.Trie().mmap(str(files[0])), marisa_trie.Trie().mmap(str(files[1]))
    except Exception as e:    # a damaged or unreadable cache file: built again below
        log.warning("word list cache %s unreadable (%s): rebuilding", folder, e)
    words: set[str] = set()
    proper: set[str] = set()
    for p in paths:
        for w in read_lines(p, keep=False):
            if w[:1].islower():
                words.add(w)
            elif w[:1].isupper() and " " not in w:
                proper.add(w)
    tries = (marisa_trie.Trie(words), marisa_trie.Trie(w for w in proper if w.lower() not in words))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for trie, f in zip(tries, files):
            with atomic_path(f) as tmp:
                trie.save(str(tmp))
    except OSError as e:          # a read-only home: this process keeps its own copy
        log.info("word list cache not written (%s)", e)
    return tries


def cache_dir() -> Path:
    """Where derived data (built word tries) is kept: $REDACTOR_CACHE_DIR, else
    $XDG_CACHE_HOME/redactor, else ~/.cache/redactor."""
    env = os.environ.get("REDACTOR_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:      # no home directory (a service account): a private temp folder
            return Path(tempfile.gettempdir()) / f"redactor-cache-{os.getuid()}"
    return Path(base) / "redactor"


def _as_list(v) -> list[str]:
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    return list(v)


# ---------------------------------------------------------------------- org lists

@dataclass
class ListPerson:
    name: str
    email: str = ""
    phone: str = ""
    initials: str = ""
    role: str = ""
    organisation: str = ""


_COLS = {
    "name": ("naam", "name", "volledige naam", "full name"),
    "email": ("email", "e-mail", "e-mailadres", "mail"),
    "phone": ("telefoon", "phone", "telefoonnummer", "tel", "mobiel", "mobile"),
    "initials": ("initialen", "initials", "paraaf"),
    "role": ("functie", "role", "rol", "function"),
    "organisation": ("organisatie", "organisation", "organization", "org"),
}


def load_person_csv(path: Path | None, kind: str) -> list[ListPerson]:
    """Read a staff/officials CSV (comma, semicolon or tab separated, header row, Dutch or
    English column names). Raises RulesError when the file is unusable."""
    if path is None:
        return []
    path = Path(path)
    if not path.exists():
        raise RulesError(f"{kind} list not found: {path}",
                         remedy=f"give an existing CSV file to --{kind}")
    raw = path.read_bytes()
    for enc in ("utf-8-sig", "cp1252"):
        try:
            txt = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    first = txt.splitlines()[0] if txt.strip() else ""
    delim = max([",", ";", "\t", "|"], key=first.count) if first else ","
    rows = list(csv.reader(io.StringIO(txt), delimiter=delim))
    if not rows:
        return []
    header = [h.strip().lower() for h in rows[0]]
    colmap: dict[str, int] = {}
    for field_, names in _COLS.items():
        for i, h in enumerate(header):
            if h in names:
                colmap[field_] = i
                break
    if "name" not in colmap:
        raise RulesError(f"{kind} list {path}: no name column (expected one of: naam, name); header is {rows[0]}",
                         remedy="add a header row with a 'naam' or 'name' column")
    out = []
    for r in rows[1:]:
        if not any(c.strip() for c in r):
            continue
        get = lambda f: (r[colmap[f]].strip() if f in colmap and colmap[f] < len(r) else "")  # noqa: E731
        name = unicodedata.normalize("NFC", get("name"))
        if not name:
            continue
        out.append(ListPerson(name=name, email=get("email").lower(), phone=get("phone"),
                              initials=get("initials"), role=get("role"), organisation=get("organisation")))
    return out


def ordinary_compound(w: str, words) -> bool:
    """w is made of two ordinary words ("Dakkapellenbeleid", "Speelveldtoets", "Meervaart"),
    with a linking s allowed."""
    lw = w.lower()
    for i in range(3, len(lw) - 3):
        if lw[:i] in words and (lw[i:] in words or (lw[i:].startswith("s") and len(lw) - i > 4 and lw[i + 1:] in words)):
            return True
    return False
