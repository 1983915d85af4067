"""Runs the ``atlas`` command, and the few storage calls the damage trials need, in a child process that
cannot take the test run down with it.

One long-lived child (``python cli_runner.py --serve``) imports Atlas Desktop once and then runs each
request in-process: ``atlas_desktop.cli.main(argv)`` with its output captured, or an unlock and read of
every record through ``Register.open`` and ``Records``, or ``verify_backup``. The parent waits for each
reply with a time limit: a request that runs past it is a hang (the child is killed and the next request
starts a new one); a child that dies (a signal, a fault in a C library) is a crash. The child runs under
an address-space cap, so reading /dev/zero ends in a MemoryError instead of exhausting the machine.
Requests and replies travel as JSON lines on file descriptors the command itself never writes to.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
MEMORY_CAP = 3 << 30  # bytes of address space; Atlas needs a few hundred MB at most
READY_TIMEOUT_S = 60.0
DEFAULT_TIMEOUT_S = 60.0


@dataclass
class Outcome:
    """What one request did. ``code`` is None when it never returned (hung, died, or an exception escaped)."""

    code: int | None = None
    out: str = ""
    err: str = ""
    error: dict[str, Any] | None = None  # an exception that escaped: {"types": [class names], "message", "traceback"}
    data: Any = None  # what a storage call returned (records as JSON)
    hung: bool = False
    died: str = ""  # the child process died: how, and the end of its stderr
    seconds: float = 0.0

    @property
    def text(self) -> str:
        return f"{self.out}\n{self.err}"

    def raised(self, name: str) -> bool:
        """True when the escaped exception is a ``name`` (or a subclass of it)."""
        return bool(self.error) and name in self.error["types"]

    def describe(self) -> str:
        if self.hung:
            return f"no answer within {self.seconds:.0f} s"
        if self.died:
            return f"the process died: {self.died}"
        if self.error:
            return f"raised {self.error['types'][0]}: {self.error['message'][:300]}"
        lines = [line for line in self.text.splitlines() if line.strip()]
        return f"exit {self.code}: " + " | ".join(lines[:4])[:400]


class Worker:
    """The parent's handle on the child. ``env`` is its whole environment; requests may add to it."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.env = dict(env)
        self.env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
        self.env["PYTHONDONTWRITEBYTECODE"] = "1"
        self.env.pop("ATLAS_DEBUG", None)  # its tracebacks are what we look for, not what we want printed
        self.log = Path(log)
        self.proc: subprocess.Popen | None = None
        self._buf = b""

    # -- the child's life --------------------------------------------------------------------
    def _start(self) -> None:
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log, "ab") as err:
            self.proc = subprocess.Popen([sys.executable, __file__, "--serve"], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, stderr=err, env=self.env, cwd=str(REPO_ROOT),
                                         start_new_session=True)
        self._buf = b""
        line = self._read_line(time.monotonic() + READY_TIMEOUT_S)
        if line != b"ready":
            tail = self._stop()
            raise RuntimeError(f"the CLI worker did not start ({line!r}): {tail}")

    def _stop(self) -> str:
        """Kill the child (its whole session) if it runs; return the end of its stderr."""
        proc, self.proc = self.proc, None
        if proc is not None:
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            proc.wait()
            for stream in (proc.stdin, proc.stdout):
                try:
                    stream.close()
                except OSError:
                    pass
        try:
            return self.log.read_text(errors="replace")[-1500:]
        except OSError:
            return ""

    def close(self) -> None:
        self._stop()

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _read_line(self, deadline: float) -> bytes | None:
        """The next reply line; None at the deadline; b"" when the child closed its end (it died)."""
        assert self.proc is not None and self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        while b"\n" not in self._buf:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            readable, _, _ = select.select([fd], [], [], remaining)
            if not readable:
                return None
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                return b""
            self._buf += chunk
        line, _, self._buf = self._buf.partition(b"\n")
        return line

    # -- requests ----------------------------------------------------------------------------
    def call(self, request: dict[str, Any], timeout: float = DEFAULT_TIMEOUT_S) -> Outcome:
        if self.proc is None or self.proc.poll() is not None:
            if self.proc is not None:
                self._stop()
            self._start()
        assert self.proc is not None and self.proc.stdin is not None
        started = time.monotonic()
        try:
            self.proc.stdin.write(json.dumps(request).encode() + b"\n")
            self.proc.stdin.flush()
            line = self._read_line(started + timeout)
        except BrokenPipeError:
            line = b""
        seconds = time.monotonic() - started
        if line is None:
            self._stop()
            return Outcome(hung=True, seconds=seconds)
        if line == b"":
            code = self.proc.wait()
            tail = self._stop()
            how = f"killed by signal {-code}" if code < 0 else f"exit status {code}"
            return Outcome(died=f"{how}; stderr ends: {tail[-600:]!r}", seconds=seconds)
        reply = json.loads(line)
        return Outcome(code=reply.get("code"), out=reply.get("out", ""), err=reply.get("err", ""),
                       error=reply.get("error"), data=reply.get("data"), seconds=seconds)

    def cli(self, *argv: str | os.PathLike, env: dict[str, str] | None = None,
            timeout: float = DEFAULT_TIMEOUT_S) -> Outcome:
        """``atlas ARGV`` with ``env`` added to the environment."""
        return self.call({"op": "cli", "argv": [str(a) for a in argv], "env": env or {}}, timeout)

    def read_register(self, path: Path, *, passphrase: str | None = None, recovery_key: str | None = None,
                      env: dict[str, str] | None = None, timeout: float = DEFAULT_TIMEOUT_S) -> Outcome:
        """``Register.open`` and every record through ``Records.list`` and ``Records.get``."""
        return self.call({"op": "read", "path": str(path), "passphrase": passphrase,
                          "recovery_key": recovery_key, "env": env or {}}, timeout)

    def verify_backup(self, path: Path, *, passphrase: str, env: dict[str, str] | None = None,
                      timeout: float = DEFAULT_TIMEOUT_S) -> Outcome:
        return self.call({"op": "verify_backup", "path": str(path), "passphrase": passphrase, "env": env or {}},
                         timeout)

    def selftest(self, action: str, timeout: float = DEFAULT_TIMEOUT_S) -> Outcome:
        """Make the child hang ("sleep"), die ("abort") or let an exception escape ("raise")."""
        return self.call({"op": "selftest", "action": action}, timeout)


def worker_env(work: Path) -> dict[str, str]:
    """The child's environment: its own settings and data folders, the fast (OWASP-floor) KDF."""
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = str(work / "config")
    env["XDG_DATA_HOME"] = str(work / "data")
    env["ATLAS_KDF_SECONDS"] = "0"
    for secret in ("ATLAS_PASSPHRASE", "ATLAS_NEW_PASSPHRASE"):
        env.pop(secret, None)
    return env


# -- the child --------------------------------------------------------------------------------
def _read(path: str, passphrase: str | None, recovery_key: str | None) -> dict[str, Any]:
    from atlas_desktop.cli.values import record_json
    from atlas_desktop.core.entities import ENTITIES
    from atlas_desktop.storage.records import Records
    from atlas_desktop.storage.register import Register

    reg = Register.open(Path(path), passphrase=passphrase, recovery_key=recovery_key, actor="reliability")
    try:
        records = Records(reg)
        data: dict[str, Any] = {}
        for ent in ENTITIES:
            listed = records.list(ent.key)
            data[ent.key] = {"list": [record_json(ent, r) for r in listed],
                             "get": [record_json(ent, records.get(ent.key, r["id"])) for r in listed]}
        return data
    finally:
        reg.close()


def _verify_backup(path: str, passphrase: str) -> dict[str, Any]:
    from atlas_desktop.storage.backups import verify_backup

    info = verify_backup(Path(path), passphrase=passphrase)
    return {"register_id": info.register_id, "count": info.anchor.count, "head": info.anchor.head}


def _selftest(action: str) -> None:
    if action == "sleep":
        time.sleep(3600)
    elif action == "abort":
        os.abort()
    elif action == "raise":
        raise KeyError("selftest")


def _handle(request: dict[str, Any]) -> dict[str, Any]:
    import contextlib
    import io
    import tempfile
    import traceback

    saved = dict(os.environ)
    os.environ.update(request.get("env") or {})
    tempfile.tempdir = None  # it caches TMPDIR; a request may point TMPDIR elsewhere
    out, err = io.StringIO(), io.StringIO()
    reply: dict[str, Any] = {}
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                op = request["op"]
                if op == "cli":
                    from atlas_desktop import cli

                    reply["code"] = cli.main(request["argv"])
                elif op == "read":
                    reply["data"] = _read(request["path"], request.get("passphrase"), request.get("recovery_key"))
                    reply["code"] = 0
                elif op == "verify_backup":
                    reply["data"] = _verify_backup(request["path"], request["passphrase"])
                    reply["code"] = 0
                elif op == "selftest":  # the machinery's own tests: a hang, a hard crash, an escaped exception
                    _selftest(request["action"])
                    reply["code"] = 0
                else:
                    raise ValueError(f"unknown request {op!r}")
            except SystemExit as exc:  # argparse's usage errors: exit 2 with a message, as a user sees them
                reply["code"] = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
            except BaseException as exc:  # noqa: BLE001 - what escaped is exactly what the trials look for
                reply["error"] = {"types": [cls.__name__ for cls in type(exc).__mro__],
                                  "message": str(exc)[:2000], "traceback": traceback.format_exc()[-4000:]}
    finally:
        os.environ.clear()
        os.environ.update(saved)
        tempfile.tempdir = None
    reply["out"], reply["err"] = out.getvalue(), err.getvalue()
    return reply


def serve() -> None:
    """The child's loop: one JSON request a line on stdin, one reply a line on (the original) stdout."""
    import faulthandler
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
    faulthandler.enable()  # a fault in a C library leaves its Python stack in the log
    replies = os.fdopen(os.dup(1), "w", encoding="utf-8")
    requests = os.fdopen(os.dup(0), "r", encoding="utf-8")
    os.dup2(2, 1)  # anything a library writes to fd 1 goes to the log, not into a reply
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)  # a command that reads stdin gets end of file, not the next request
    sys.stdin = open(os.devnull)  # noqa: SIM115 - for the life of the process

    import atlas_desktop.cli  # noqa: F401 - imported once, before "ready"
    import atlas_desktop.storage.records  # noqa: F401

    replies.write("ready\n")
    replies.flush()
    for line in requests:
        reply = _handle(json.loads(line))
        replies.write(json.dumps(reply) + "\n")
        replies.flush()


if __name__ == "__main__":
    if sys.argv[1:] == ["--serve"]:
        serve()
    else:
        sys.exit("usage: cli_runner.py --serve (started by tests/reliability/damage.py and hostile.py)")
