"""A throwaway PostgreSQL cluster for the team-register tests and benchmarks: initdb, pg_ctl, a free port.

The system's own server binaries run the cluster in a temporary folder; nothing is mocked. PostgreSQL
refuses to run as root, so under root the cluster belongs to the ``postgres`` account (made by Debian's
package) or ``nobody``. Host connections use scram-sha-256 passwords, as a real office server would.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "atlas_admin"
SUPERUSER_PASSWORD = "cluster-admin-" + uuid.uuid4().hex[:12]


def _binaries() -> Path | None:
    """The folder of initdb/pg_ctl: PATH first, then Debian's versioned folders, newest first."""
    found = shutil.which("initdb") or shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    roots = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: float(p.parent.name), reverse=True)
    return next((r for r in roots if (r / "initdb").exists()), None)


def unavailable_reason() -> str | None:
    """Why no cluster can be started here, or None when one can."""
    if _binaries() is None:
        return "PostgreSQL's server (initdb, pg_ctl) is not installed: apt-get install postgresql"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed"
    if os.geteuid() == 0 and _run_as() is None:
        return "running as root and there is no postgres or nobody account to run the server as"
    return None


def _run_as() -> pwd.struct_passwd | None:
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    folder: Path
    port: int
    bin: Path

    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str | None = None) -> str:
        secret = SUPERUSER_PASSWORD if password is None and user == SUPERUSER else password
        auth = f"{user}:{secret}@" if secret else f"{user}@"
        return f"postgresql://{auth}127.0.0.1:{self.port}/{database}"

    def admin(self, database: str = "postgres"):  # a psycopg connection as the cluster's superuser
        import psycopg
        return psycopg.connect(self.url(database), autocommit=True)

    def new_database(self, prefix: str = "atlas") -> str:
        name = f"{prefix}_{uuid.uuid4().hex[:10]}"
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name

    def stop(self) -> None:
        _run([str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop"], check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


def _run(argv: list[str], check: bool = True) -> subprocess.CompletedProcess:
    account = _run_as()
    kwargs = {} if account is None else {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}
    return subprocess.run(argv, check=check, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "LC_ALL": "C.UTF-8"}, **kwargs)


def start() -> Cluster:
    """initdb and start a new cluster on a free port of 127.0.0.1; the caller stops it."""
    binaries = _binaries()
    assert binaries is not None, unavailable_reason()
    folder = Path(tempfile.mkdtemp(prefix="atlas-pg-"))
    account = _run_as()
    if account is not None:
        os.chown(folder, account.pw_uid, account.pw_gid)
    pwfile = folder / "pw"
    pwfile.write_text(SUPERUSER_PASSWORD)
    if account is not None:
        os.chown(pwfile, account.pw_uid, account.pw_gid)
    _run([str(binaries / "initdb"), "-D", str(folder / "data"), "-U", SUPERUSER, f"--pwfile={pwfile}",
          "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"])
    pwfile.unlink()
    for _attempt in range(3):
        port = _free_port()
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60"
        result = _run([str(binaries / "pg_ctl"), "-D", str(folder / "data"), "-o", options, "-l",
                       str(folder / "log"), "-w", "-t", "60", "start"], check=False)
        if result.returncode == 0:
            cluster = Cluster(folder, port, binaries)
            _wait_ready(cluster)
            return cluster
        time.sleep(0.2)
    log = (folder / "log").read_text(errors="replace") if (folder / "log").exists() else ""
    raise RuntimeError(f"PostgreSQL did not start: {result.stderr}\n{log[-2000:]}")


def _wait_ready(cluster: Cluster) -> None:
    import psycopg
    deadline = time.monotonic() + 30
    while True:
        try:
            with cluster.admin():
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
