"""A throwaway PostgreSQL cluster for the team-register tests and benchmarks: initdb, pg_ctl, a free port.

The system's own server binaries run the cluster in a temporary folder; nothing is mocked. PostgreSQL
refuses to run as root, so under root the cluster belongs to the ``postgres`` account (made by Debian's
package) or ``nobody``, and its folder is made where that account can reach it. Host connections use
scram-sha-256 passwords, as a real office server would.

Each cluster's folder names the process that started it (``owner``); ``start`` first stops and removes
the clusters of processes that no longer exist (a run killed before its teardown), and a cluster still
running when its process exits normally is stopped then (``atexit``). ``make pg-server`` installs the
server where it is missing (see the Makefile); ``python tests/pg_server.py`` starts one, prints its URL
and stops it on Enter, and ``python tests/pg_server.py --sweep`` only clears leftovers.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "atlas_admin"
SUPERUSER_PASSWORD = "cluster-admin-" + uuid.uuid4().hex[:12]
PREFIX = "atlas-pg-"
OWNER_FILE = "owner"  # "<pid> <start time>" of the process that started the cluster
SOCKET_MAX = 100  # a Unix socket's path must fit in 108 bytes: "<folder>/.s.PGSQL.<port>"
INSTALL_HINT = ("install PostgreSQL's server: 'make pg-server' (as root, or with sudo), or "
                "'sudo apt-get install postgresql'")


def _binaries() -> Path | None:
    """The folder of initdb/pg_ctl: PATH first, then Debian's versioned folders, newest first."""
    found = shutil.which("initdb")
    if found and Path(found).resolve().with_name("pg_ctl").exists():
        return Path(found).resolve().parent

    def version(folder: Path) -> tuple[int, ...]:
        try:
            return tuple(int(part) for part in folder.parent.name.split("."))
        except ValueError:
            return (0,)

    roots = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=version, reverse=True)
    return next((r for r in roots if (r / "initdb").exists() and (r / "pg_ctl").exists()), None)


def unavailable_reason() -> str | None:
    """Why no cluster can be started here, or None when one can."""
    if _binaries() is None:
        return f"PostgreSQL's server (initdb, pg_ctl) is not installed: {INSTALL_HINT}"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install -e '.[test]')"
    if os.geteuid() == 0 and _run_as() is None:
        return "running as root and there is no postgres or nobody account to run the server as"
    if _base_folder(_run_as()) is None:
        who = f"the {_run_as().pw_name} account" if os.geteuid() == 0 else "this account"
        return f"no temporary folder is writable and reachable by {who} (tried $TMPDIR, /tmp, /var/tmp)"
    return None


def _run_as() -> pwd.struct_passwd | None:
    """The account the server runs as when this process is root (PostgreSQL refuses root), else None."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    return None


def _reachable(folder: Path, account: pwd.struct_passwd | None) -> bool:
    """True when ``account`` may pass through every folder up to ``folder`` and ``folder`` is a directory."""
    if not folder.is_dir():
        return False
    if account is None:
        return os.access(folder, os.W_OK | os.X_OK)
    groups = {account.pw_gid, *(g.gr_gid for g in _groups_of(account.pw_name))}
    for part in (folder, *folder.parents):
        info = part.stat()
        if info.st_uid == account.pw_uid:
            allowed = info.st_mode & stat.S_IXUSR
        elif info.st_gid in groups:
            allowed = info.st_mode & stat.S_IXGRP
        else:
            allowed = info.st_mode & stat.S_IXOTH
        if not allowed:
            return False
    return True


def _groups_of(name: str) -> list:
    import grp
    return [g for g in grp.getgrall() if name in g.gr_mem]


def _base_folder(account: pwd.struct_passwd | None) -> Path | None:
    """Where cluster folders are made: the usual temporary folder unless the server's account cannot reach
    it (root's own TMPDIR under /root) or its socket path would be too long; then /tmp or /var/tmp."""
    candidates = [Path(tempfile.gettempdir()), Path("/tmp"), Path("/var/tmp")]
    for base in dict.fromkeys(c.resolve() for c in candidates if c.exists()):
        longest = len(str(base / f"{PREFIX}xxxxxxxx" / ".s.PGSQL.65535"))
        if longest <= SOCKET_MAX and _reachable(base, account):
            return base
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _process_start(pid: int) -> str | None:
    """When process ``pid`` started (clock ticks since boot), or None if there is no such process."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return None if fields[0] in ("Z", "X") else fields[19]  # a zombie (killed, not yet reaped) is gone
    except (OSError, IndexError):
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        pass
    return "?"  # alive, start time unknown (no /proc)


def _owner_alive(folder: Path) -> bool:
    try:
        pid_text, started = (folder / OWNER_FILE).read_text().split()
    except (OSError, ValueError):
        # No owner yet: a cluster being made this moment, or one from an older version of this file.
        with contextlib.suppress(OSError):
            return time.time() - folder.stat().st_mtime < 600
        return False
    now = _process_start(int(pid_text))
    return now is not None and (now == started or "?" in (now, started))


@dataclass
class Cluster:
    folder: Path
    port: int
    bin: Path
    owner: int = field(default_factory=os.getpid)

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
        """Stop the server at once and remove its folder (safe to call twice)."""
        if os.getpid() != self.owner:  # a forked child: the cluster is its parent's
            return
        _stop_folder(self.folder, self.bin)
        with contextlib.suppress(ValueError):
            _STARTED.remove(self)


_STARTED: list[Cluster] = []


def _stop_all() -> None:
    for cluster in _STARTED.copy():  # stop() takes each out of the list
        cluster.stop()


atexit.register(_stop_all)


def _stop_folder(folder: Path, binaries: Path | None) -> None:
    data = folder / "data"
    if binaries is not None and (data / "postmaster.pid").exists():
        _run([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "-t", "30", "stop"],
             check=False, cwd=folder)
    shutil.rmtree(folder, ignore_errors=True)


def sweep(base: Path | None = None) -> list[Path]:
    """Stop and remove the clusters whose starting process is gone (runs killed before their teardown)."""
    base = base or _base_folder(_run_as())
    if base is None:
        return []
    binaries = _binaries()
    removed = []
    for folder in base.glob(f"{PREFIX}*"):
        if folder.is_dir() and not _owner_alive(folder):
            _stop_folder(folder, binaries)
            removed.append(folder)
    return removed


def _run(argv: list[str], check: bool = True, cwd: Path | None = None) -> subprocess.CompletedProcess:
    account = _run_as()
    kwargs = {} if account is None else {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}  # PGDATA, PGPORT... of the caller
    env.update(LC_ALL="C.UTF-8", HOME=str(cwd or tempfile.gettempdir()))
    result = subprocess.run(argv, check=False, capture_output=True, text=True, timeout=120, env=env,
                            cwd=str(cwd) if cwd else None, **kwargs)
    if check and result.returncode != 0:
        who = f" (as {account.pw_name})" if account else ""
        raise RuntimeError(f"{Path(argv[0]).name}{who} failed with exit code {result.returncode}:\n"
                           f"{(result.stderr or result.stdout).strip()[-3000:]}")
    return result


def start() -> Cluster:
    """initdb and start a new cluster on a free port of 127.0.0.1; the caller stops it (or exit does)."""
    reason = unavailable_reason()
    if reason:
        raise RuntimeError(f"No PostgreSQL cluster can be started here: {reason}")
    binaries = _binaries()
    account = _run_as()
    base = _base_folder(account)
    assert binaries is not None and base is not None
    with contextlib.suppress(OSError):
        sweep(base)
    folder = Path(tempfile.mkdtemp(prefix=PREFIX, dir=base))
    (folder / OWNER_FILE).write_text(f"{os.getpid()} {_process_start(os.getpid())}")
    try:
        return _start_in(folder, binaries, account)
    except BaseException:
        _stop_folder(folder, binaries)
        raise


def _start_in(folder: Path, binaries: Path, account: pwd.struct_passwd | None) -> Cluster:
    if account is not None:
        os.chown(folder, account.pw_uid, account.pw_gid)
    pwfile = folder / "pw"
    pwfile.write_text(SUPERUSER_PASSWORD)
    if account is not None:
        os.chown(pwfile, account.pw_uid, account.pw_gid)
    try:
        _run([str(binaries / "initdb"), "-D", str(folder / "data"), "-U", SUPERUSER, f"--pwfile={pwfile}",
              "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
             cwd=folder)
    finally:
        pwfile.unlink(missing_ok=True)
    log = folder / "log"
    result = None
    for _attempt in range(5):  # a free port can be taken between choosing it and the server binding it
        port = _free_port()
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100"
        result = _run([str(binaries / "pg_ctl"), "-D", str(folder / "data"), "-o", options, "-l", str(log),
                       "-w", "-t", "60", "start"], check=False, cwd=folder)
        if result.returncode == 0:
            cluster = Cluster(folder, port, binaries)
            _STARTED.append(cluster)
            _wait_ready(cluster)
            return cluster
        _run([str(binaries / "pg_ctl"), "-D", str(folder / "data"), "-m", "immediate", "stop"], check=False,
             cwd=folder)
        time.sleep(0.2)
    tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
    raise RuntimeError(f"PostgreSQL did not start in {folder}: {result.stderr.strip() if result else ''}\n{tail}")


def _wait_ready(cluster: Cluster) -> None:
    import psycopg
    deadline = time.monotonic() + 30
    while True:
        try:
            with cluster.admin():
                return
        except psycopg.OperationalError as exc:
            if time.monotonic() > deadline:
                raise RuntimeError(f"PostgreSQL started on port {cluster.port} but does not accept connections: "
                                   f"{exc}") from None
            time.sleep(0.1)


if __name__ == "__main__":
    if "--sweep" in sys.argv[1:]:
        for gone in sweep():
            print(f"removed {gone}")
        sys.exit(0)
    problem = unavailable_reason()
    if problem:
        sys.exit(f"No PostgreSQL cluster can be started here: {problem}")
    running = start()
    print(running.url(), flush=True)
    with contextlib.suppress(EOFError, KeyboardInterrupt):
        input("Press Enter to stop it. ")
    running.stop()
