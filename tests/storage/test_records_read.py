"""The many-row reads (``Records.list``, ``rows``, ``snapshot``) give the very records one ``get`` gives.

They decode rows their own, faster way (straight from the cursor, converting only the columns
stored in another form), so this holds them to the one-record path on every register of the demo.
"""

from __future__ import annotations

import datetime as dt

import pytest

from atlas_desktop.core.entities import BY_KEY, ENTITIES
from atlas_desktop.storage.demo import create_demo
from atlas_desktop.storage.records import Records

NOW = dt.datetime(2026, 3, 30, 7, 30, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ATLAS_KDF_SECONDS", "0")
        reg, _ = create_demo(tmp_path_factory.mktemp("read") / "demo.atlas", now=NOW)
    yield Records(reg)
    reg.close()


@pytest.mark.parametrize("key", [e.key for e in ENTITIES])
def test_list_rows_and_snapshot_read_what_get_reads(records, key):
    listed = records.list(key)
    assert listed, f"the demo has no {key}"
    one_by_one = [records.get(key, r["id"]) for r in listed]
    assert listed == one_by_one
    assert [type(v) for r in listed for v in r.values()] == [type(v) for r in one_by_one for v in r.values()]
    without_reverse = records.rows(key, [r["id"] for r in reversed(listed)])
    reverse = {f.key for f in BY_KEY[key].fields if f.reverse is not None}  # rows() leaves these out
    assert without_reverse == [{k: v for k, v in r.items() if k not in reverse} for r in reversed(one_by_one)]
    assert records.snapshot()[key] == listed


@pytest.mark.parametrize("key", [e.key for e in ENTITIES])
def test_rows_of_some_fields_read_what_get_reads_of_them(records, key):
    """A table's page read before its checks: only the columns it shows (any order asked, declaration order read)."""
    ent = BY_KEY[key]
    wanted = [f.key for f in ent.list_columns if f.stored][::-1]
    ids = list(reversed(records.ids(key)))
    some = records.rows(key, ids, fields=wanted)
    whole = [records.get(key, i) for i in ids]
    assert some == [{"id": r["id"], **{f.key: r[f.key] for f in ent.stored_fields if f.key in wanted}} for r in whole]
    assert records.rows(key, ids, fields=[]) == [{"id": i} for i in ids]
