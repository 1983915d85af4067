"""The team register's messages in the user's language: what the server refused, why it cannot be reached, a
change that met another's, an import that cannot go ahead, a trail shorter than seen, in ro, fr and de.

Real PostgreSQL where a server is involved (tests/pg_server.py); the words come from the real catalogues
(atlas_desktop/resources/translations). English stays as it was: the other team tests assert it.
"""

from __future__ import annotations

import re
import socket

import pytest

from atlas_desktop.core import i18n
from atlas_desktop.core.errors import NotAllowed, ServerUnreachable, StorageError, UsageError
from atlas_desktop.storage import team_members, team_schema
from atlas_desktop.storage.dialect import Target
from atlas_desktop.storage.records import Records
from atlas_desktop.storage.seen_heads import SHORTER, TrailMemory
from atlas_desktop.storage.team import TeamRegister
from atlas_desktop.storage.team_errors import own_words, translate
from atlas_desktop.storage.team_import import import_register

EDITOR, EDITOR_PW = "lang.editor", "copper-meadow-lantern-88"  # sign-ins are server-wide: names of this file's own
READER, READER_PW = "lang.reader", "quiet-harbour-violet-51"


def _free_port() -> int:
    """A port on this computer with nothing listening (bound, then let go)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


REFUSED = {
    "ro": "Serverul a refuzat modificarea: rolul dumneavoastră în acest registru nu permite acest lucru. Nu s-a "
          "modificat nimic; un manager vă poate atribui alt rol.",
    "fr": "Le serveur a refusé la modification : votre rôle dans ce registre ne le permet pas. Rien n'a été "
          "modifié ; un gestionnaire peut vous attribuer un autre rôle.",
    # German puts the change first: the sentence then begins with it, capitalised.
    "de": "Die Änderung wurde vom Server abgelehnt: Ihre Rolle in diesem Register erlaubt das nicht. Es wurde nichts "
          "geändert; ein Verwalter kann Ihnen eine andere Rolle geben.",
}


def test_a_change_the_role_does_not_allow_is_refused_in_the_users_language(team):
    with team.open() as reg:
        team_members.add_member(reg, EDITOR, "editor", EDITOR_PW)
    with team.open(EDITOR, EDITOR_PW) as editor:
        for code, said in REFUSED.items():
            i18n.use_language(code)
            with pytest.raises(NotAllowed) as refused:
                with editor.transaction():  # the server refuses an editor's raw DELETE on the trail
                    editor.db.execute_sql("DELETE FROM audit_entry")
            assert str(refused.value) == said
        assert editor.audit.verify().ok


def test_only_a_manager_adds_people_and_the_role_is_named_in_the_users_language(team):
    with team.open() as reg:
        team_members.add_member(reg, READER, "reader", READER_PW)
    expected = {
        "ro": f"Doar un manager poate adăuga persoane; sunteți conectat ca {READER} (cititor).",
        "fr": f"Seul un gestionnaire peut ajouter des personnes ; vous êtes connecté en tant que {READER} (lecteur).",
        "de": f"Nur ein Verwalter kann Personen hinzufügen; Sie sind als {READER} (Leser) angemeldet.",
    }
    with team.open(READER, READER_PW) as reader:
        for code, said in expected.items():
            i18n.use_language(code)
            with pytest.raises(NotAllowed) as refused:
                team_members.add_member(reader, "lang.someone", "editor", "amber-violin-harbour-42")
            assert str(refused.value) == said


def test_every_sentence_the_schema_raises_is_translated_on_arrival():
    """The schema's functions and triggers speak English (they live on the server); each of their sentences
    must be one ``own_words`` knows, or it would reach a Romanian user in English."""
    sql = " ".join(team_schema.rights("office", "office_owner"))
    raised = [m.replace("''", "'").replace("%", "ana") for m in re.findall(r"RAISE EXCEPTION '((?:[^']|'')*)'", sql)]
    assert len(raised) >= 5
    i18n.use_language("ro")
    for sentence in raised:
        assert own_words(sentence) != sentence, sentence


def test_the_servers_own_sentence_arrives_translated(team):
    """'This is the last manager' is raised by the schema's function, in English: it is translated on arrival."""
    expected = {
        "ro": "Eliminarea persoanei maria nu a reușit pe server: Acesta este ultimul manager: adăugați mai întâi "
              "alt manager.",
        "fr": "Le retrait de maria a échoué sur le serveur : C'est le dernier gestionnaire : ajoutez d'abord un autre "
              "gestionnaire.",
        "de": "Das Entfernen von maria ist auf dem Server fehlgeschlagen: Dies ist der letzte Verwalter: Fügen Sie "
              "zuerst einen weiteren Verwalter hinzu.",
    }
    with team.open() as reg:
        for code, said in expected.items():
            i18n.use_language(code)
            with pytest.raises(StorageError) as refused:
                team_members.remove_member(reg, "maria")
            assert str(refused.value) == said
        assert reg.app_role() == "manager"


UNREACHABLE = {
    "ro": ("Serverul registrului de echipă, {server}, nu poate fi contactat acum, așa că conectarea la registrul de "
           "echipă nu a reușit (",
           "). Nu s-a modificat nimic. Verificați rețeaua; între timp, aplicația poate consemna un incident de "
           "securitate într-o căsuță de ieșire de pe acest computer și îl poate trimite când serverul este din nou "
           "disponibil."),
    "fr": ("Le serveur du registre d'équipe {server} est injoignable pour le moment, donc la connexion au registre "
           "d'équipe a échoué (",
           "). Rien n'a été modifié. Vérifiez le réseau ; en attendant, l'application peut consigner une violation "
           "dans une boîte d'envoi sur cet ordinateur et l'envoyer quand le serveur sera de nouveau disponible."),
    "de": ("Der Server des Teamregisters, {server}, ist gerade nicht erreichbar, daher ist die Anmeldung beim "
           "Teamregister fehlgeschlagen (",
           "). Es wurde nichts geändert. Prüfen Sie das Netzwerk; bis dahin kann die App eine Datenpanne in einem "
           "Ausgang auf diesem Computer erfassen und senden, sobald der Server wieder erreichbar ist."),
}


def test_an_unreachable_server_is_explained_in_the_users_language():
    port = _free_port()
    url = f"postgresql://maria:lantern-orbit-pepper-canal@127.0.0.1:{port}/office"
    for code, (start, end) in UNREACHABLE.items():
        i18n.use_language(code)
        with pytest.raises(ServerUnreachable) as unreachable:
            TeamRegister.open(url)
        said = str(unreachable.value)
        # Between the two: the network's own words (psycopg's), which are not Atlas's to translate.
        assert said.startswith(start.format(server=f"127.0.0.1:{port}/office")) and said.endswith(end)
        assert "lantern-orbit-pepper-canal" not in said


def test_a_change_that_met_anothers_at_the_same_moment_says_so():
    psycopg = pytest.importorskip("psycopg")
    clash = psycopg.errors.SerializationFailure("could not serialize access due to concurrent update")
    target = Target("127.0.0.1", 5432, "office", "maria")
    expected = {
        "ro": "Importarea registrului nu a avut loc: în același moment, o altă persoană a făcut o modificare. "
              "Încercați din nou.",
        "fr": "L'importation du registre n'a pas abouti : la modification d'une autre personne est arrivée au même "
              "moment. Réessayez.",
        "de": "Das Importieren des Registers traf im selben Moment auf die Änderung einer anderen Person und wurde "
              "nicht ausgeführt: Versuchen Sie es erneut.",
    }
    for code, said in expected.items():
        i18n.use_language(code)
        error = translate(clash, i18n.t("team", "importing the register"), target)
        assert isinstance(error, StorageError) and str(error) == said


def test_an_import_into_a_register_that_holds_records_is_refused_in_french(team, new_register):
    local, _ = new_register
    with team.open() as reg:
        Records(reg).create("person", {"name": "Ana Pop", "status": "current"})
        i18n.use_language("fr")
        with pytest.raises(UsageError) as refused:
            import_register(reg, local)
    assert str(refused.value) == ("Ce registre d'équipe contient déjà des fiches (personne : 1) : importez dans un "
                                  "registre d'équipe nouveau et vide (créé avec « atlas team init »). Rien n'a été "
                                  "importé.")


def test_a_trail_shorter_than_seen_counts_its_entries_in_romanian():
    i18n.use_language("ro")
    for count, entries in ((1, "1 intrare"), (3, "3 intrări"), (25, "25 de intrări")):
        said = TrailMemory(SHORTER, count, "head", 30, "seen").message
        assert said.startswith(f"Jurnalul de audit are {entries}, dar acest computer a văzut 30 ultima dată")
        assert said.endswith("Rulați „atlas doctor”; restaurați o copie de rezervă dacă registrul nu a fost "
                             "restaurat intenționat.")


def test_an_address_without_a_database_is_refused_in_german():
    i18n.use_language("de")
    with pytest.raises(UsageError) as refused:
        Target.from_url("postgresql://maria:secret-words@server.office.lan/")
    assert str(refused.value) == ("Die Adresse des Teamregisters nennt keine Datenbank: Ergänzen Sie "
                                  "postgresql://maria:***@server.office.lan/ um /DATABASE.")
