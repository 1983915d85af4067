"""Opening a team register, or the outbox on this computer, for the sign-in dialog (``team_signin``): the
work it runs off the GUI thread, and a failure said as a headline and the storage layer's own sentence.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..core.errors import (
    AtlasError,
    NotAllowed,
    NotARegister,
    SchemaTooNew,
    ServerUnreachable,
    UsageError,
    WrongKey,
)
from ..storage.dialect import Target
from .dialogs import error_text


# These words were the sign-in dialog's own before this module was split from it: same context, same
# translations.
def tr(text: str) -> str:
    return QCoreApplication.translate("TeamSignInDialog", text)


def explain(exc: BaseException) -> tuple[str, str]:
    """A short headline and the storage layer's own plain sentence for a failed sign-in."""
    detail = str(exc) if isinstance(exc, AtlasError) else error_text(exc)
    if isinstance(exc, ServerUnreachable):
        return tr("The server cannot be reached"), detail
    if isinstance(exc, (WrongKey, UsageError, NotAllowed)):
        return tr("Not signed in"), detail
    if isinstance(exc, SchemaTooNew):
        return tr("This team register needs another version of Atlas Desktop"), detail
    if isinstance(exc, NotARegister):
        return tr("There is no team register there"), detail
    return tr("The team register could not be opened"), detail


def open_team(target: Target, password: str, team_file: Path | None) -> Any:
    """Sign in (the network, then the key derivation): the opened ``storage.team.TeamRegister``."""
    from ..storage.team import TeamRegister  # psycopg and the team schema: loaded on first sign-in
    return TeamRegister.open(target, password, team_file=team_file)


def open_outbox(target: Target, password: str, *, create: bool) -> Any:
    """The outbox on this computer for ``target`` (made when ``create`` and there is none yet)."""
    from ..storage.outbox import open_outbox as opened
    return opened(target, password, create=create)
