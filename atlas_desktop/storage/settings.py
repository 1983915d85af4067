"""The user's settings for this computer: audit user name, backup folder and rotation, auto-lock, language.

Kept as a small JSON file in the platform's config folder (written atomically). It holds
no register data and no secret; the register's own contents live only inside the register.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import platformdirs

from .atomic import atomic_write_bytes

APP_NAME = "atlas-desktop"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_register_path() -> Path:
    return data_dir() / "register.atlas"


@dataclass
class Settings:
    user_name: str = ""
    backup_dir: str = ""
    backup_keep: int = 10
    backup_every_hours: int = 24
    auto_lock_minutes: int = 5
    language: str = ""  # "en", "ro", "fr" or "de" (core.i18n.AVAILABLE); "" follows the system's language

    @property
    def actor(self) -> str:
        """The name set for this computer, "" if none: then the register's own (``identity.actor_for``)."""
        return self.user_name.strip()

    @property
    def backup_path(self) -> Path:
        return Path(self.backup_dir).expanduser() if self.backup_dir else data_dir() / "backups"

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or config_dir() / "settings.json"
        try:
            raw = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return cls()  # missing or unreadable settings fall back to defaults, never block the app
        known = {f.name for f in fields(cls)}
        settings = cls(**{k: v for k, v in raw.items() if k in known})
        settings.backup_keep = max(1, int(settings.backup_keep))
        return settings

    def save(self, path: Path | None = None) -> None:
        path = path or config_dir() / "settings.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, json.dumps(asdict(self), indent=2).encode("utf-8"), mode=0o600)


# -- the audit-trail heads this computer has seen -----------------------------------------------
# Kept beside the preferences but in a file of their own: the preferences are saved whole by the
# settings dialog from a copy read at start-up, which would write back heads seen since as stale.
# Only a count and a MAC per register id: no register data, nothing that unlocks anything.
HEADS_FILE = "audit-heads.json"


def seen_heads_path() -> Path:
    return config_dir() / HEADS_FILE


def load_seen_heads(path: Path | None = None) -> dict[str, tuple[int, str]]:
    """Register id -> (entry count, head MAC) as last seen here; {} when missing or unreadable."""
    try:
        raw = json.loads((path or seen_heads_path()).read_text("utf-8"))
        return {str(k): (int(v["count"]), str(v["head"])) for k, v in raw.items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}


def save_seen_head(register_id: str, count: int, head: str, path: Path | None = None) -> None:
    """Remember one register's head (read again first, so other registers' heads are kept)."""
    path = path or seen_heads_path()
    heads = load_seen_heads(path)
    if heads.get(register_id) == (count, head):
        return  # unchanged: no write (and no fsync) on every open and close
    heads[register_id] = (int(count), str(head))
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {k: {"count": c, "head": h} for k, (c, h) in sorted(heads.items())}
    atomic_write_bytes(path, json.dumps(data, indent=1).encode("utf-8"), mode=0o600)
