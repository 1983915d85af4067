"""Shared fixtures: every test runs with its own config/data folders and a fast (OWASP-floor) KDF."""

from __future__ import annotations

import os
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
    return home


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
