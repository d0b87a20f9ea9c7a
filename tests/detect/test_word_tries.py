"""The word lists as tries (issue 7: memory and start-up per worker): built from the list
files, kept in the cache folder under the lists' content hash, mapped from there next time,
rebuilt when the list changes or the cached file is damaged."""
import gzip

from redactor.detect import lexicon


def _list(tmp_path, words):
    p = tmp_path / "words.txt.gz"
    with gzip.open(p, "wt", encoding="utf-8") as f:
        f.write("# a comment\n" + "\n".join(words) + "\n")
    return p


def test_built_then_mapped_from_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("REDACTOR_CACHE_DIR", str(tmp_path / "cache"))
    src = _list(tmp_path, ["groen", "winter", "Rotterdam", "Post", "post", "Den Haag", "cafe\u0301"])
    words, proper = lexicon._word_tries([src])
    assert set(words) == {"groen", "winter", "post", "café"}          # NFC, lower-case words
    assert set(proper) == {"Rotterdam"}     # "Post" is also a word; names with spaces are not proper words
    cached = sorted(p.name for p in (tmp_path / "cache").iterdir())
    assert len(cached) == 2

    def no_reading(*a, **k):
        raise AssertionError("the list was read again although the cache holds it")

    monkeypatch.setattr(lexicon, "read_lines", no_reading)
    words2, proper2 = lexicon._word_tries([src])
    assert "groen" in words2 and "Rotterdam" in proper2 and "Amsterdam" not in proper2
    assert len(words2) == 4


def test_changed_list_or_damaged_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("REDACTOR_CACHE_DIR", str(tmp_path / "cache"))
    src = _list(tmp_path, ["groen"])
    lexicon._word_tries([src])
    src = _list(tmp_path, ["groen", "blauw"])
    words, _ = lexicon._word_tries([src])
    assert "blauw" in words
    for f in (tmp_path / "cache").iterdir():
        f.write_bytes(b"not a trie")
    words, _ = lexicon._word_tries([src])
    assert set(words) == {"groen", "blauw"}


def test_read_only_cache_folder_still_loads(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("x")
    monkeypatch.setenv("REDACTOR_CACHE_DIR", str(blocked / "cache"))   # cannot be created
    words, _ = lexicon._word_tries([_list(tmp_path, ["groen"])])
    assert "groen" in words


def test_no_home_directory_uses_a_private_temp_folder(monkeypatch):
    from pathlib import Path
    monkeypatch.delenv("REDACTOR_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert lexicon.cache_dir().name.startswith("redactor-cache-")
