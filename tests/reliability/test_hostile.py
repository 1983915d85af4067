"""Hostile input to the ``atlas`` command, one test per case (hostile.py describes each and what it must do).

Each case runs in the CLI worker (a time limit and a memory cap) on its own copy of a small register,
and counts crashes, unexpected errors, hangs, files modified and broken promises: all must be 0.
"""

from __future__ import annotations

import pytest
from cli_runner import Worker, worker_env
from hostile import CASES, Hostile, run_case

pytestmark = pytest.mark.reliability


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    work = tmp_path_factory.mktemp("hostile")
    with Worker(worker_env(work), work / "worker.log") as worker:
        yield Hostile(worker, work / "cases")


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_input_is_refused_plainly(hostile, case):
    tally = run_case(case, hostile)
    report = tally.report()
    print(report)
    assert tally.checks > 0
    assert not tally.bad(), report
