"""Write `data/faker_names.json`: a frozen copy of the name and place lists the generator uses.

The lists come from the MIT-licensed providers of the Python package `faker` (see
DATA-LICENCES.md). Freezing them keeps training reproducible across faker versions and
removes faker as a run-time dependency. Run once by a maintainer:

    PYTHONPATH=. python -m redactor.train.snapshot_faker
"""
from __future__ import annotations

import importlib
import json
import re
from pathlib import Path

OUT = Path(__file__).with_name("data") / "faker_names.json"

# Locales with Latin-script names, grouped by the origin the generator samples from.
PERSON_LOCALES = {
    "nl": ["nl_NL"],
    "be": ["nl_BE"],
    "tr": ["tr_TR"],
    "maghreb": ["fr_DZ"],
    "pl": ["pl_PL"],
    "in": ["en_IN"],
    "zh": ["zh_CN"],          # romanized lists only
    "westafrica": ["yo_NG", "ig_NG", "ha_NG", "en_NG", "tw_GH"],
    "eastafrica": ["en_KE", "sw"],
    "pk": ["en_PK"],
    "de": ["de_DE"],
    "fr": ["fr_FR"],
    "en": ["en_GB", "en_US"],
    "es": ["es_ES"],
    "pt": ["pt_BR", "pt_PT"],
    "it": ["it_IT"],
    "ro": ["ro_RO"],
    "hu": ["hu_HU"],
    "cs": ["cs_CZ"],
    "id": ["id_ID"],
    "vi": ["vi_VN"],
}

LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-žǍ-ǰȘ-țḀ-ỿ' .\-]+$")


def _names(provider, attrs):
    out = []
    for a in attrs:
        v = getattr(provider, a, None)
        if isinstance(v, dict):
            v = list(v)
        if v:
            out.extend(v)
    return out


def _clean(names):
    seen, out = set(), []
    for n in names:
        n = n.strip()
        if not n or not LATIN.match(n) or n in seen or len(n) < 2:
            continue
        seen.add(n)
        out.append(n)
    return sorted(out)


def snapshot() -> dict:
    import faker

    data = {"faker_version": faker.VERSION, "persons": {}, "places": {}}
    for origin, locales in PERSON_LOCALES.items():
        male, female, last = [], [], []
        for loc in locales:
            p = importlib.import_module(f"faker.providers.person.{loc}").Provider
            if loc == "zh_CN":
                male += _names(p, ["first_romanized_names"])
                last += _names(p, ["last_romanized_names"])
                continue
            male += _names(p, ["first_names_male"])
            female += _names(p, ["first_names_female"])
            if not getattr(p, "first_names_male", None):
                male += _names(p, ["first_names"])
            last += _names(p, ["last_names", "last_names_male", "unisex_last_names"])
        data["persons"][origin] = {
            "male": _clean(male), "female": _clean(female), "last": _clean(last),
            "locales": locales,
        }
    nl = importlib.import_module("faker.providers.address.nl_NL").Provider
    be = importlib.import_module("faker.providers.address.nl_BE").Provider
    data["places"]["nl_cities"] = _clean(nl.cities)
    data["places"]["nl_provinces"] = _clean(nl.provinces)
    data["places"]["be_cities"] = _clean(getattr(be, "cities", []))
    data["places"]["street_suffixes"] = sorted(set(nl.street_suffixes))
    data["places"]["countries_nl"] = _clean([c for c in nl.countries if "," not in c])
    world = []
    for loc in ("de_DE", "de_AT", "pl_PL", "pt_PT", "cs_CZ", "ro_RO", "da_DK", "sv_SE", "fi_FI", "it_IT"):
        cities = list(importlib.import_module(f"faker.providers.address.{loc}").Provider.cities)
        world += sorted(cities)[:: max(1, len(cities) // 400)]
    data["places"]["world_cities"] = _clean(world)
    co = importlib.import_module("faker.providers.company.nl_NL").Provider
    data["companies"] = {
        "large": _clean(getattr(co, "large_companies", [])),
        "suffixes": sorted(set(getattr(co, "company_suffixes", []))),
    }
    return data


def main() -> int:
    data = snapshot()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    for k, v in data["persons"].items():
        print(k, len(v["male"]), len(v["female"]), len(v["last"]))
    print({k: len(v) for k, v in data["places"].items()}, {k: len(v) for k, v in data["companies"].items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
