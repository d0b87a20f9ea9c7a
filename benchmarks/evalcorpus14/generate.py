"""Build evalcorpus14: the shared generator (benchmarks/evalcorpus/generate.py, with markup.py and
textnorm.py there) with this folder's content/ package, seed and output files.

    /work/main/.venv/bin/python benchmarks/evalcorpus14/generate.py [--only FILE ...] [--keep-tmp] [--check]
"""
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261224


def _base():
    path = HERE.parent / "evalcorpus" / "generate.py"
    spec = importlib.util.spec_from_file_location("evalcorpus_generate", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)        # puts benchmarks/evalcorpus on sys.path (markup, textnorm)
    mod.use_corpus(HERE, SEED, "evalcorpus14_build")
    return mod


if __name__ == "__main__":
    sys.exit(_base().main())
