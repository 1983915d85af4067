"""The unlock flow both front ends share (storage.unlock_flow), on real register files and a real keyring stand-in:
the order of the ways in, what each failure leads to, read-only on a full disk, the actor and the backup folder,
and remembering on this computer."""

from __future__ import annotations

import pytest

from atlas_desktop.core.errors import (
    DiskFull,
    KeyFileDamaged,
    KeyNeeded,
    MalformedRecoveryKey,
    NotARegister,
    RegisterDamaged,
    SetupProblem,
    WrongKey,
)
from atlas_desktop.storage import unlock_flow
from atlas_desktop.storage.identity import NAME_ENV, UNNAMED, record_user
from atlas_desktop.storage.keyring_store import SecureKeyring
from atlas_desktop.storage.register import Register, keys_path
from atlas_desktop.storage.remember import RememberedKeyUnreadable, remember
from atlas_desktop.storage.settings import Settings
from atlas_desktop.storage.unlock_flow import (
    Key,
    Next,
    Unlocker,
    after,
    apply_remember_change,
    command_actor,
    has_remembered_key,
    remember_change,
)
from conftest import ORG, PASSPHRASE
from tests.fakes import DictKeyring


@pytest.fixture
def closed(new_register):
    """A real register file, closed; (path, recovery key)."""
    reg, recovery = new_register
    reg.close()
    return reg.path, recovery


def _failure(path, **key) -> BaseException:
    with pytest.raises(Exception) as caught:
        Register.open(path, **key)
    return caught.value


# -- which way in -----------------------------------------------------------------------------------------------
def test_a_recovery_key_given_wins_over_a_passphrase_and_nothing_given_is_none():
    assert Key.given("a passphrase", "a recovery key") == Key(recovery_key="a recovery key")
    assert Key.given("a passphrase", None) == Key(passphrase="a passphrase")
    assert Key.given("a passphrase", "") == Key(passphrase="a passphrase")  # an empty key file gives nothing
    assert Key.given(None, None) is None and Key.given("", "") is None
    assert Key.typed("typed", recovery=True) == Key(recovery_key="typed")
    assert Key.typed("typed", recovery=False).arguments() == {"passphrase": "typed"}


def test_the_passphrase_and_the_recovery_key_open_the_register(closed):
    path, recovery = closed
    unlocker = Unlocker(path)
    with unlocker.open(Key(passphrase=PASSPHRASE)) as reg:
        assert reg.meta("org_name") == ORG and not reg.read_only
    with unlocker.open(Key(recovery_key=recovery.lower().replace("-", " "))) as reg:
        assert reg.meta("org_name") == ORG


def test_the_remembered_key_opens_it_and_nothing_remembered_is_none(closed):
    path, _ = closed
    keyring = SecureKeyring(DictKeyring())
    unlocker = Unlocker(path)
    assert not has_remembered_key(path)
    assert unlocker.open_remembered(keyring) is None  # nothing remembered here: the front end asks
    with unlocker.open(Key(passphrase=PASSPHRASE)) as reg:
        remember(reg, keyring)
    assert has_remembered_key(path)
    with unlocker.open_remembered(keyring) as reg:
        assert reg.meta("org_name") == ORG


def test_a_remembered_key_the_keyring_no_longer_gives_says_why(closed):
    path, _ = closed
    with Register.open(path, passphrase=PASSPHRASE) as reg:
        remember(reg, SecureKeyring(DictKeyring()))
    with pytest.raises(RememberedKeyUnreadable, match="gave no key"):
        Unlocker(path).open_remembered(SecureKeyring(DictKeyring()))  # another keyring: its entry is not there


def test_a_problem_with_the_file_itself_is_raised_before_anything_is_asked(tmp_path):
    path = tmp_path / "notes.atlas"
    path.write_bytes(b"Just some notes, long enough to pass a header read.\n" * 4)
    assert not has_remembered_key(path)
    with pytest.raises(NotARegister):
        Unlocker(path).open_remembered(SecureKeyring(DictKeyring()))


# -- what each failure leads to -------------------------------------------------------------------------------------
def test_a_wrong_or_missing_key_is_asked_again(closed):
    path, recovery = closed
    wrong = _failure(path, passphrase="not-the-right-one-at-all")
    typo = _failure(path, recovery_key=recovery[:-4])
    missing = _failure(path)
    assert (type(wrong), type(typo), type(missing)) == (WrongKey, MalformedRecoveryKey, KeyNeeded)
    assert after(wrong) is after(typo) is after(missing) is Next.ASK


def test_a_damaged_key_file_leads_to_the_backups(closed):
    path, _ = closed
    keys_path(path).write_bytes(b"{")
    damaged = _failure(path, passphrase=PASSPHRASE)
    assert isinstance(damaged, KeyFileDamaged) and after(damaged) is Next.RESTORE
    assert after(RegisterDamaged("Part of the register cannot be read.")) is Next.RESTORE


def test_anything_else_is_said_as_it_is(tmp_path):
    path = tmp_path / "notes.atlas"
    path.write_bytes(b"Just some notes, long enough to pass a header read.\n" * 4)
    assert after(_failure(path, passphrase=PASSPHRASE)) is Next.STOP
    assert after(DiskFull("The disk is full.")) is Next.STOP
    assert after(OSError("no such file")) is Next.STOP


# -- read-only on a full disk ------------------------------------------------------------------------------------
def test_only_a_reading_command_opens_read_only_when_the_disk_is_short_of_space(closed, monkeypatch):
    path, _ = closed
    # The disk is real; only the threshold moves above what any disk has free, so the disk reads as full.
    monkeypatch.setattr(unlock_flow, "RESCUE_BELOW", 1 << 62)
    assert unlock_flow.short_of_space(path)
    with Unlocker(path, rescue=True).open(Key(passphrase=PASSPHRASE)) as reg:
        assert reg.read_only
    with Unlocker(path).open(Key(passphrase=PASSPHRASE)) as reg:
        assert not reg.read_only  # a command that changes the register needs it writable (or says the disk is full)
    monkeypatch.setattr(unlock_flow, "RESCUE_BELOW", 0)
    with Unlocker(path, rescue=True).open(Key(passphrase=PASSPHRASE)) as reg:
        assert not reg.read_only  # room enough: opened as always


# -- the actor and the backup folder -------------------------------------------------------------------------------
def test_the_actor_is_the_variable_else_preferences_else_the_registers_own(closed):
    path, _ = closed
    settings = Settings(user_name="  Ana Pop ")
    assert command_actor(settings, {NAME_ENV: "Ion Popescu"}) == "Ion Popescu"
    assert command_actor(settings, {}) == "Ana Pop"
    assert command_actor(Settings(), {}) == ""
    with pytest.raises(SetupProblem, match=NAME_ENV):
        command_actor(settings, {NAME_ENV: "\x1b]0;evil\x07"})  # held to the rules of a typed name
    with Unlocker(path, actor="Ion Popescu").open(Key(passphrase=PASSPHRASE)) as reg:
        assert reg.actor == "Ion Popescu"
    with Unlocker(path).open(Key(passphrase=PASSPHRASE)) as reg:
        assert reg.actor == UNNAMED  # no name given and none recorded: never the computer's login name
        record_user(reg, "Maria Ionescu")
    with Unlocker(path).open(Key(passphrase=PASSPHRASE)) as reg:
        assert reg.actor == "Maria Ionescu"  # the name recorded in the register


def test_the_backup_folder_comes_from_preferences(closed, tmp_path):
    path, _ = closed
    folder = tmp_path / "elsewhere"
    assert Unlocker(path, settings=Settings(backup_dir=str(folder))).backup_dir == folder
    assert Unlocker(path).backup_dir is None  # read from Preferences only when a backup is made


# -- remember on this computer ----------------------------------------------------------------------------------
def test_remembering_changes_only_when_the_choice_does(closed):
    path, _ = closed
    assert [remember_change(w, r) for w, r in ((True, False), (False, True), (True, True), (False, False))] == \
        ["remember", "forget", None, None]
    keyring = SecureKeyring(DictKeyring())
    with Unlocker(path).open(Key(passphrase=PASSPHRASE)) as reg:
        assert apply_remember_change(reg, remember_change(True, has_remembered_key(path)), keyring) == ""
    assert has_remembered_key(path)
    with Unlocker(path).open_remembered(keyring) as reg:
        assert apply_remember_change(reg, remember_change(False, has_remembered_key(path)), keyring) == ""
    assert not has_remembered_key(path) and Unlocker(path).open_remembered(keyring) is None


def test_a_keyring_that_refuses_is_a_problem_in_words_and_the_register_stays_open(closed):
    path, _ = closed

    class Forgetful(DictKeyring):
        def get_password(self, service, username):
            return None  # accepts every write, keeps nothing

    with Unlocker(path).open(Key(passphrase=PASSPHRASE)) as reg:
        problem = apply_remember_change(reg, "remember", SecureKeyring(Forgetful()))
        assert "did not keep the key" in problem
        assert reg.meta("org_name") == ORG
    assert not has_remembered_key(path)
