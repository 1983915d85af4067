"""Damaged registers, key files and backups, at small counts (``make soak-damage N=…`` runs many more).

Each category's trials flip random bytes in a copy of a demo register's file (damage.py says what each
must then do) and count, per category, silent wrong data, crashes, unexpected errors, hangs, files
modified and broken promises: every count must be 0. The seed is fixed here, so `make test` (and CI) is
the same run every time; the soak (``make soak-damage``) draws a new one each run, to explore, and what it
finds becomes a case of its own in the unit tests. ATLAS_DAMAGE_SEED=S runs these tests with another seed
(``random`` for a new one); ``python tests/reliability/damage.py --seed S --trial register:N`` replays one trial.
"""

from __future__ import annotations

import os
import random

import pytest
from cli_runner import Outcome, Worker, worker_env
from damage import Damage, flip
from tally import CATEGORIES, Tally, claims_proven, numbers_in, raw_lines, says_damaged

pytestmark = pytest.mark.reliability

FIXED_SEED = 20261205
_ASKED = os.environ.get("ATLAS_DAMAGE_SEED", "")
SEED = random.SystemRandom().randrange(1 << 31) if _ASKED == "random" else int(_ASKED or FIXED_SEED)
TRIALS = {"register": 6, "keyfile": 16, "backup": 10}


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    work = tmp_path_factory.mktemp("damage")
    with pytest.MonkeyPatch.context() as mp:  # the pristine register is made in this process
        mp.setenv("ATLAS_KDF_SECONDS", "0")
        mp.setenv("XDG_CONFIG_HOME", str(work / "config"))
        mp.setenv("XDG_DATA_HOME", str(work / "data"))
        damage = Damage(work / "engine", SEED)
        try:
            yield damage
        finally:
            damage.close()


def _replay(category: str) -> str:
    return (f"ATLAS_DAMAGE_SEED={SEED} pytest tests/reliability/test_damage.py, or one trial: "
            f"python tests/reliability/damage.py --seed {SEED} --trial {category}:N")


@pytest.mark.parametrize("category", list(TRIALS))
def test_damaged_files_read_right_or_say_so(engine, category):
    tally = engine.run(category, TRIALS[category])
    report = tally.report(_replay(category))
    print(f"seed {SEED}\n{report}")
    assert tally.trials == TRIALS[category]
    assert not tally.bad(), report


# -- the machinery: each kind of failure is seen and counted --------------------------------------------
def test_each_kind_of_failure_is_counted():
    tally = Tally()
    assert tally.judge(Outcome(code=0, out="1 breach.\n"), "fine")
    assert tally.judge(Outcome(code=2, err="atlas: The register office.atlas is damaged (database disk image is "
                                           "malformed). Restore your latest backup.\n"), "explained")
    assert not tally.judge(Outcome(hung=True, seconds=20), "hang")
    assert not tally.judge(Outcome(died="killed by signal 6"), "died")
    assert not tally.judge(Outcome(error={"types": ["KeyError", "LookupError", "Exception"], "message": "x",
                                          "traceback": ""}), "escaped")
    assert not tally.judge(Outcome(code=2, err="Traceback (most recent call last):\n"), "traceback")
    assert not tally.judge(Outcome(code=2, err="atlas: unexpected error (DatabaseError: x); nothing more was "
                                               "changed.\n"), "unexpected")
    assert not tally.judge(Outcome(code=1, out="PROBLEM Database check: database disk image is malformed\n"), "raw")
    assert not tally.judge(Outcome(code=2, err="atlas: SerialisationError: IO_ENOSPC\n"), "enospc")
    assert tally.judge(Outcome(error={"types": ["KeyFileDamaged", "NotARegister", "AtlasError"],
                                      "message": "The key file is damaged.", "traceback": ""}), "atlas error")
    assert not tally.unchanged({"a/office.atlas": "1"}, {"a/office.atlas": "2"}, "written")
    assert tally.counts == {"silent_wrong_data": 0, "crashes": 3, "unexpected_errors": 3, "hangs": 1,
                            "files_modified": 1, "broken_promises": 0}
    assert tally.bad() and set(tally.counts) == set(CATEGORIES)
    assert raw_lines("OK fine\nPROBLEM pgno=3 HMAC check failed") == ["PROBLEM pgno=3 HMAC check failed"]
    assert numbers_in("… and 19,800 more problems (rows 203 to 20 002)") == [19800, 203, 20002]


def test_worker_survives_hangs_and_crashes(tmp_path):
    with Worker(worker_env(tmp_path), tmp_path / "worker.log") as worker:
        hung = worker.selftest("sleep", timeout=1)
        assert hung.hung and hung.code is None
        died = worker.selftest("abort")
        assert died.died.startswith("killed by signal") and died.code is None
        escaped = worker.selftest("raise")
        assert escaped.raised("KeyError") and not escaped.raised("AtlasError")
        # A new child takes over after each: the next command runs normally.
        listed = worker.cli("fields")
        assert listed.code == 0 and "breach" in listed.out


def test_doctor_claims_and_damage_messages_are_read():
    assert claims_proven("OK      key file: unlocks with the passphrase, the recovery key", "recovery key")
    assert claims_proven("OK      key file: the recovery key is proven (it unlocked the register)", "recovery key")
    assert not claims_proven("OK      key file: the passphrase is proven; the recovery key is not proven",
                             "recovery key")
    assert not claims_proven("PROBLEM key file: the recovery key's entry is damaged", "recovery key")
    assert not claims_proven("OK      key file: unlocks with the passphrase (proven), the recovery key (not proven)",
                             "recovery key")
    assert claims_proven("OK      key file: unlocks with the passphrase (proven), the recovery key (not proven)",
                         "passphrase")
    assert says_damaged(Outcome(code=2, err="atlas: The register is damaged. Restore the backup of 12 May.\n"))
    assert not says_damaged(Outcome(code=2, err="atlas: Wrong passphrase.\n"))


def test_flips_are_replayable(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    for path in (one, two):
        path.write_bytes(bytes(4096))
    assert flip(one, random.Random("7:register:3")) == flip(two, random.Random("7:register:3"))
    assert one.read_bytes() == two.read_bytes() != bytes(4096)
