"""Document IDs are stable and unique; inputs are collected recursively."""
from redactor.inputs import collect, identify


def test_ids_stable_and_unique(tmp_path, samples_dir):
    d = tmp_path / "dossier"
    (d / "sub").mkdir(parents=True)
    src = samples_dir / "nota_subsidieregeling_buurthuizen.pdf"
    (d / "a.pdf").write_bytes(src.read_bytes())
    (d / "sub" / "a.pdf").write_bytes(src.read_bytes())        # identical copy, same name
    (d / ".verborgen.pdf").write_bytes(b"x")
    (d / "Thumbs.db").write_bytes(b"x")
    files = collect([d])
    assert [f.relative_to(d).as_posix() for f in files] == ["a.pdf", "sub/a.pdf"]
    first = identify(files)
    again = identify(collect([d]))
    assert [f.doc_id for f in first] == [f.doc_id for f in again]
    assert len({f.doc_id for f in first}) == 2
    assert len({f.name.lower() for f in first}) == 2
