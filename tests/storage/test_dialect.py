"""How a team register is named and reached: URLs, connection files, TLS, and plain errors on failure."""

from __future__ import annotations

import json
import socket

import pytest

from atlas_desktop.core.errors import NotARegister, ServerUnreachable, UsageError
from atlas_desktop.storage.dialect import Target, is_team_target
from atlas_desktop.storage.team import TeamRegister


def test_url_parts_and_the_password_never_shown():
    target = Target.from_url("postgresql://maria:s3cret-pass@db.office.example:6543/atlas_office")
    assert (target.host, target.port, target.database, target.user) == ("db.office.example", 6543,
                                                                        "atlas_office", "maria")
    assert target.password == "s3cret-pass"
    assert "s3cret" not in target.url() and "s3cret" not in target.server


def test_tls_is_required_off_this_computer_and_can_only_be_made_stricter():
    assert Target.from_url("postgresql://m@db.office.example/x").effective_sslmode == "require"
    assert Target.from_url("postgresql://m@10.0.0.5/x").effective_sslmode == "require"
    assert Target.from_url("postgresql://m@127.0.0.1/x").effective_sslmode == "prefer"
    assert Target.from_url("postgresql://m@localhost/x").effective_sslmode == "prefer"
    assert Target.from_url("postgresql://m@db/x?sslmode=verify-full").effective_sslmode == "verify-full"


def test_a_url_without_a_database_is_a_plain_error():
    with pytest.raises(UsageError, match="names no database"):
        Target.from_url("postgresql://maria:pw@server")


def test_connection_file_round_trip_holds_no_password(tmp_path):
    target = Target.from_url("postgresql://maria:pw-not-kept@server.example:5433/office")
    path = target.save(tmp_path / "office")
    assert path.name == "office.atlas-team" and is_team_target(path)
    data = json.loads(path.read_text())
    assert "pw-not-kept" not in path.read_text() and "password" not in data
    assert Target.parse(path) == target.with_login(password="")


def test_a_file_that_is_not_a_connection_file_is_named(tmp_path):
    bad = tmp_path / "x.atlas-team"
    bad.write_text("{not json")
    with pytest.raises(UsageError, match="not a team connection file"):
        Target.parse(bad)


def test_nothing_listening_is_said_plainly():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ServerUnreachable, match="cannot be reached"):
        TeamRegister.open(f"postgresql://maria:pw@127.0.0.1:{port}/office")


def test_tls_asked_of_a_server_without_it_is_refused_with_the_reason(pg_cluster, team):
    with pytest.raises(ServerUnreachable, match="TLS"):
        TeamRegister.open(team.url() + "?sslmode=require")


def test_a_database_that_is_not_a_team_register(pg_cluster):
    empty = pg_cluster.new_database("empty")
    with pytest.raises(NotARegister, match="no team register yet"):
        TeamRegister.open(pg_cluster.url(empty))
