"""Shared fixtures: every test runs with its own config/data folders and a fast (OWASP-floor) KDF."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# GUI tests save what they draw here, for a person to review (test-artifacts/ is ignored by git).
SCREENSHOTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "screenshots"
os.environ.setdefault("ATLAS_SCREENSHOTS", str(SCREENSHOTS))
Path(os.environ["ATLAS_SCREENSHOTS"]).mkdir(parents=True, exist_ok=True)

PASSPHRASE = "lantern-orbit-pepper-canal"
ORG = "Acme Logistics SRL"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch) -> Path:
    """Point platformdirs at throwaway folders and use the OWASP-floor KDF (fast, still Argon2id)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("ATLAS_KDF_SECONDS", "0")
    monkeypatch.delenv("ATLAS_PASSPHRASE", raising=False)
    monkeypatch.delenv("ATLAS_NEW_PASSPHRASE", raising=False)
    # Atlas follows the system's language when none is chosen: the tests read English whatever the machine
    # running them speaks (the language tests choose theirs explicitly).
    monkeypatch.setenv("LANGUAGE", "en")
    return home


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """A test that chooses a language (process-wide in core.i18n) leaves the next one in English."""
    yield
    from atlas_desktop.core import i18n
    i18n.use_language("en")


@pytest.fixture
def register_path(tmp_path) -> Path:
    return tmp_path / "office.atlas"


@pytest.fixture
def new_register(register_path):
    """Create a real SQLCipher register in tmp_path; yields (register, recovery_key)."""
    from atlas_desktop.storage.register import Register

    reg, recovery = Register.create(register_path, PASSPHRASE, ORG, actor="tester")
    yield reg, recovery
    reg.close()


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    """Runs the ``atlas`` command in-process: (exit code, standard output, standard error)."""
    from atlas_desktop import cli

    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# -- the team register: a real PostgreSQL server, started once per test session -----------------------
TEAM_MANAGER, TEAM_PASSWORD = "maria", "lantern-orbit-pepper-canal"


@pytest.fixture(scope="session")
def pg_cluster():
    """A throwaway PostgreSQL cluster (tests/pg_server.py). Skipped only where the server cannot be
    installed; CI sets ATLAS_REQUIRE_POSTGRES=1, so there a missing server fails instead of skipping."""
    from tests import pg_server

    reason = pg_server.unavailable_reason()
    if reason:
        if os.environ.get("ATLAS_REQUIRE_POSTGRES"):
            pytest.fail(f"PostgreSQL is required here (ATLAS_REQUIRE_POSTGRES): {reason}")
        pytest.skip(reason)
    cluster = pg_server.start()
    yield cluster
    cluster.stop()


class TeamSetup:
    """A new team register in its own database: ``url(person, password)`` signs in; ``open`` opens it."""

    def __init__(self, cluster, database: str, recovery: str) -> None:
        self.cluster, self.database, self.recovery = cluster, database, recovery
        self.admin_url = cluster.url(database)

    def url(self, person: str = TEAM_MANAGER, password: str = TEAM_PASSWORD) -> str:
        return self.cluster.url(self.database, user=person, password=password)

    def open(self, person: str = TEAM_MANAGER, password: str = TEAM_PASSWORD):
        from atlas_desktop.storage.team import TeamRegister

        return TeamRegister.open(self.url(person, password))


@pytest.fixture
def team(pg_cluster) -> TeamSetup:
    """A team register created by the cluster's administrator, with one manager (maria)."""
    from atlas_desktop.storage.dialect import Target
    from atlas_desktop.storage.team import TeamRegister

    database = pg_cluster.new_database()
    recovery = TeamRegister.init(Target.from_url(pg_cluster.url(database)), org_name=ORG, manager=TEAM_MANAGER,
                                 manager_password=TEAM_PASSWORD)
    return TeamSetup(pg_cluster, database, recovery)
