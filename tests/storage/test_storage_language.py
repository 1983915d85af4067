"""The storage layer's messages in the user's language: a wrong passphrase, a file that is no backup, a backup
opened with the wrong passphrase, a missing or damaged key file, a record that is not there, a full disk, a
damaged register and the backup that gets it back, in ro, fr and de.

Real SQLCipher registers and backups in tmp_path; the words come from the real catalogues
(atlas_desktop/resources/translations). English stays as it was: the other storage tests assert it.
"""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from atlas_desktop.core import i18n
from atlas_desktop.core.errors import BackupInvalid, DiskFull, KeyFileDamaged, NotARegister, NotFound, WrongKey
from atlas_desktop.storage.backups import make_backup, read_info
from atlas_desktop.storage.connection import damaged, translate_error
from atlas_desktop.storage.damage import BackupChoice, Damage, Survey, message
from atlas_desktop.storage.key_restore import damage_sentences
from atlas_desktop.storage.keys import DAMAGED, MISSING, PASSPHRASE, RECOVERY, RESTORE_HINT, KeyFile
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.register import Register, keys_path
from atlas_desktop.storage.restore import restore_backup
from tests.conftest import PASSPHRASE as RIGHT

WRONG = "pebble-harvest-cobalt-nine"


def said(code: str, error: type[BaseException], action) -> str:
    i18n.use_language(code)
    with pytest.raises(error) as raised:
        action()
    return str(raised.value)


def test_a_wrong_passphrase_is_said_in_the_users_language(new_register, register_path):
    reg, _ = new_register
    reg.close()
    expected = {"ro": "Frază de acces greșită.", "fr": "Phrase secrète incorrecte.", "de": "Falsche Passphrase."}
    for code, words in expected.items():
        assert said(code, WrongKey, lambda: Register.open(register_path, passphrase=WRONG)) == words


def test_a_file_that_is_no_backup_is_named_in_the_users_language(tmp_path):
    fake = tmp_path / "holiday.atlasbak"
    fake.write_bytes(b"photos, not a backup")
    expected = {
        "ro": "holiday.atlasbak nu este o copie de rezervă Atlas sau este deteriorată ori incompletă.",
        "fr": "holiday.atlasbak n'est pas une sauvegarde Atlas, ou elle est endommagée ou incomplète.",
        "de": "holiday.atlasbak ist keine Atlas-Sicherung, oder sie ist beschädigt oder unvollständig.",
    }
    for code, words in expected.items():
        assert said(code, BackupInvalid, lambda: read_info(fake)) == words


def test_a_backup_opened_with_the_wrong_passphrase_says_which_one_opens_it(new_register, register_path, tmp_path):
    reg, _ = new_register
    backup = make_backup(reg, tmp_path / "office.atlasbak")
    reg.close()
    expected = {  # two sentences: the key's own message, then the backup's rule
        "ro": "Frază de acces greșită. O copie de rezervă se deschide cu fraza de acces sau cheia de recuperare "
              "valabile la momentul în care a fost creată.",
        "fr": "Phrase secrète incorrecte. Une sauvegarde s'ouvre avec la phrase secrète ou la clé de récupération en "
              "vigueur au moment où elle a été faite.",
        "de": "Falsche Passphrase. Eine Sicherung öffnet sich mit der Passphrase oder dem Wiederherstellungsschlüssel, "
              "die bei ihrer Erstellung galten.",
    }
    before = register_path.read_bytes()
    for code, words in expected.items():
        assert said(code, WrongKey, lambda: restore_backup(register_path, backup, passphrase=WRONG,
                                                           backup_dir=tmp_path / "kept")) == words
    assert register_path.read_bytes() == before  # nothing was restored


def test_a_missing_key_file_is_named_in_the_users_language(new_register, register_path):
    reg, _ = new_register
    reg.close()
    keys_path(register_path).unlink()
    expected = {
        "ro": "Acest fișier nu este un registru Atlas: fișierul său cheie office.atlas.keys lipsește.",
        "fr": "Ce fichier n'est pas un registre Atlas : son fichier de clé office.atlas.keys est introuvable.",
        "de": "Diese Datei ist kein Atlas-Register: Ihre Schlüsseldatei office.atlas.keys fehlt.",
    }
    for code, words in expected.items():
        assert said(code, NotARegister, lambda: Register.open(register_path, passphrase=RIGHT)) == words


def test_a_damaged_key_file_says_what_to_do_in_the_users_language():
    expected = {
        "ro": "Fișierul cheie office.atlas.keys este deteriorat sau nu este un fișier cheie valid, așa că nu poate "
              "debloca registrul. Restaurați doar fișierul cheie dintr-o copie de rezervă: atlas restore --from BACKUP "
              "--key-file-only (datele dumneavoastră nu sunt afectate).",
        "de": "Die Schlüsseldatei office.atlas.keys ist beschädigt oder keine gültige Schlüsseldatei, daher kann damit "
              "das Register nicht entsperrt werden. Stellen Sie nur die Schlüsseldatei aus einer Sicherung wieder her: "
              "atlas restore --from BACKUP --key-file-only (Ihre Daten sind nicht betroffen).",
    }
    for code, words in expected.items():
        assert said(code, KeyFileDamaged,
                    lambda: KeyFile.from_bytes(b"{not a key file", "office.atlas.keys", RESTORE_HINT)) == words


def test_damaged_and_missing_entries_of_the_key_file_name_the_terminal_fix():
    i18n.use_language("fr")
    assert damage_sentences({PASSPHRASE: DAMAGED, RECOVERY: MISSING}, "office.atlas.keys") == [
        "L'entrée de la phrase secrète du fichier de clé office.atlas.keys est endommagée, la phrase secrète risque "
        "donc de ne plus ouvrir le registre : définissez dès maintenant une nouvelle phrase secrète avec 'atlas "
        "passphrase change' (en déverrouillant avec la clé de récupération).",
        "Le fichier de clé office.atlas.keys n'a pas d'entrée pour la clé de récupération (elle a été endommagée ou "
        "supprimée), votre clé de récupération risque donc de ne plus ouvrir le registre : émettez dès maintenant une "
        "nouvelle clé de récupération avec 'atlas recovery-key reissue' (et conservez-la à la place de l'ancienne).",
    ]


def test_a_record_that_is_not_there_is_named_by_its_kind_in_the_users_language(new_register):
    reg, _ = new_register
    records = Records(reg)
    expected = {
        "ro": "Nu există nicio înregistrare (activitate de prelucrare) #999.",
        "fr": "Il n'existe aucune fiche (activité de traitement) n° 999.",
        "de": "Es gibt keinen Eintrag (Verarbeitungstätigkeit) #999.",
    }
    for code, words in expected.items():
        assert said(code, NotFound, lambda: records.get("activity", 999)) == words


def test_a_full_disk_says_what_failed_in_the_users_language(tmp_path):
    i18n.use_language("de")
    full = OSError(errno.ENOSPC, "No space left on device")
    error = translate_error(full, i18n.t("storage", "opening the register"), tmp_path)
    assert isinstance(error, DiskFull)
    assert str(error) == ("Der Datenträger ist voll, daher ist das Öffnen des Registers fehlgeschlagen. Davon wurde "
                          "nichts geschrieben, und alles zuvor Gespeicherte ist unversehrt. Geben Sie Speicherplatz "
                          "frei und versuchen Sie es erneut.")
    # Damage met while reading, as the other layers report it (damaged() with nothing said): in the user's language.
    i18n.use_language("ro")
    assert str(damaged()).startswith(
        "Fișierul registrului este deteriorat: o parte din el nu mai poate fi citită, așa că citirea registrului a "
        "eșuat.")


def test_a_damaged_register_names_what_reads_and_the_backup_to_restore(new_register, register_path, tmp_path):
    reg, _ = new_register
    backup = make_backup(reg, backup_dir=tmp_path / "backups", keep=3)
    reg.close()
    i18n.use_language("ro")
    info, _ = read_info(backup)
    found = Damage(register_path, Survey(("jurnalul de audit", "organizația"), ("Incidente",)),
                   BackupChoice(info, verified=True), tmp_path / "backups")
    text = message(found)
    assert text.startswith("Registrul office.atlas este deteriorat: o parte din fișierul său nu se mai citește așa cum "
                           "a fost scrisă")
    assert "Nu se pot citi integral: Incidente. Se citesc încă integral: jurnalul de audit și organizația." in text
    assert f"restaurați cea mai recentă copie de rezervă verificată, {Path(backup).name} din " in text
    assert text.endswith(f"atlas restore --from {backup} --register {register_path}")
    assert "UTC" in info.anchor.source and info.anchor.source.startswith("copia de rezervă din ")
