"""Property: import(export(register)) == register, for generated registers of every entity.

The records are generated from the declarations by the strategies of the storage round-trip
test (loaded from its file, with the text strategies swapped for ones that favour non-Latin
text and cells starting with formula triggers), saved into a fresh register, exported, and
imported into a second fresh register. Every editable field must come back equal: times to the
millisecond (what a workbook keeps), links to the same records, and nothing else changed.
Importing the export into the register it came from must find nothing to do.
"""

from __future__ import annotations

import importlib.util
import os
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, assume, given, note, settings
from hypothesis import strategies as st

from atlas_desktop.core.context import Context
from atlas_desktop.core.entities import BY_KEY, ENTITIES
from atlas_desktop.core.errors import InvalidRecord
from atlas_desktop.core.spec import Kind
from atlas_desktop.exports.layouts import link_order
from atlas_desktop.exports.xlsx_export import export_workbook
from atlas_desktop.exports.xlsx_import import apply_import, plan_import
from atlas_desktop.storage.records import ORGANISATION_ID, Records
from atlas_desktop.storage.register import Register
from tests.exports.same_values import same_value

PASSPHRASE = "lantern-orbit-pepper-canal"


def _generators() -> Any:
    path = Path(__file__).resolve().parents[1] / "storage" / "test_roundtrip_property.py"
    spec = importlib.util.spec_from_file_location("atlas_xlsx_record_strategies", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gen = _generators()
TRIGGERS = st.sampled_from(["=", "+", "-", "@", '=HYPERLINK("http://evil.example","click")', "=1+1", "#N/A"])
NON_LATIN = st.sampled_from(["Ștefan cel Mare nr. 41", "数据保护", "Ελληνικά", "Привет, мир", "مرحبا", "😀 émoji",
                             "Grüße; «quoted»", '"starts with a quote', "ends with (#7)"])
TEXT = st.one_of(gen.LINE, NON_LATIN, st.tuples(TRIGGERS, st.one_of(st.just(""), gen.LINE)).map("".join))
NOTE = st.one_of(gen.NOTE, NON_LATIN, st.tuples(TRIGGERS, gen.NOTE).map("\n".join))
gen.SCALARS[Kind.TEXT] = TEXT
gen.SCALARS[Kind.NOTE] = NOTE
gen.LINE = TEXT
gen.TAG = TEXT.map(lambda s: " ".join(s.split())).filter(bool)
TARGETS = {f.target for e in ENTITIES for f in e.stored_fields if f.kind in (Kind.LINK, Kind.LINKS)}


@st.composite
def registers(draw: Any) -> dict[str, list[dict[str, Any]]]:
    """Values for every register, in the order links need; the ids are those a fresh register gives."""
    org = BY_KEY["organisation"]
    org_values = draw(gen.records_of(org, {}, frozenset()))
    holidays = Context.for_organisation(org_values).holidays
    plan: dict[str, list[dict[str, Any]]] = {"organisation": [org_values]}
    ids: dict[str, list[int]] = {}
    for key in link_order():
        ent = BY_KEY[key]
        if ent.singleton:
            continue
        count = draw(st.integers(1 if key in TARGETS else 0, 2))
        plan[key] = [draw(gen.records_of(ent, ids, holidays)) for _ in range(count)]
        ids[key] = list(range(1, count + 1))
    return plan


def _fill(records: Records, plan: dict[str, list[dict[str, Any]]]) -> None:
    records.update("organisation", ORGANISATION_ID, plan["organisation"][0])
    for key in link_order():
        if key != "organisation":
            for values in plan[key]:
                records.create(key, values)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(plan=registers())
def test_import_of_the_export_gives_back_the_register(plan):
    with tempfile.TemporaryDirectory() as folder:
        old = os.environ.get("ATLAS_KDF_SECONDS")
        os.environ["ATLAS_KDF_SECONDS"] = "0"
        try:
            source, _ = Register.create(Path(folder) / "a.atlas", PASSPHRASE, "Source SRL")
            target, _ = Register.create(Path(folder) / "b.atlas", PASSPHRASE, "Target SRL")
        finally:
            if old is None:
                os.environ.pop("ATLAS_KDF_SECONDS")
            else:
                os.environ["ATLAS_KDF_SECONDS"] = old
        with source, target:
            src, dst = Records(source), Records(target)
            try:
                _fill(src, plan)
            except InvalidRecord as exc:
                note(str(exc))
                assume(False)
            book = export_workbook(src, Path(folder) / "register.xlsx")

            again = plan_import(src, book)
            assert (again.problems, again.adds, again.changes) == ([], [], [])
            assert again.unchanged == sum(len(v) for v in plan.values())

            imported = plan_import(dst, book)
            note("\n".join(map(str, imported.problems)))
            assert imported.problems == []
            apply_import(dst, imported)

            ids: dict[str, dict[int, int]] = {}
            for ent in ENTITIES:
                before = sorted(src.list(ent.key), key=lambda r: r["id"])
                after = sorted(dst.list(ent.key), key=lambda r: r["id"])
                assert len(before) == len(after), ent.key
                ids[ent.key] = {a["id"]: b["id"] for a, b in zip(before, after)}
            for ent in ENTITIES:
                for a, b in zip(sorted(src.list(ent.key), key=lambda r: r["id"]),
                                sorted(dst.list(ent.key), key=lambda r: r["id"])):
                    for f in ent.editable_fields:
                        assert same_value(f, a[f.key], b[f.key], ids), (ent.key, f.key, a[f.key], b[f.key])
            assert {e.action for e in target.audit.entries() if e.entity != "register" and e.seq > 2} == {"import"}
            assert target.audit.verify().ok
