"""Who works on a local register: the name and role kept inside it (encrypted), for the audit trail and sign-offs.

Accountability means being able to show who did what (Art. 5(2)); the record of processing and the
annual review are signed off by a person (Art. 30). So every change is written in a person's name,
never in the computer's login name ("root", "admin" say nothing about who acted).

Where the name comes from, first found wins:
1. a name given for this computer or this command (Preferences' "Your name", ``ATLAS_USER_NAME``);
2. the name recorded in the register when it was created, or later with ``atlas whoami --set-name``
   or the GUI's "Your name" question after unlocking;
3. ``UNNAMED`` ("Unnamed user"), and the user is told how to record their name.

A team register is not concerned: there the server's sign-in names the person.
"""

from __future__ import annotations

from typing import Any

from ..core.i18n import t
from ..core.office_setup import check_person

# Who the audit trail names when nobody gave a name: never the computer's login ("root" says nothing of
# who acted, Art. 5(2)).
UNNAMED = "Unnamed user"
USER_NAME = "user_name"  # the register setting (meta row) that holds the name recorded in it
USER_ROLE = "user_role"  # the register setting (meta row) beside USER_NAME
NAME_ENV = "ATLAS_USER_NAME"  # the CLI's way to name the person for one command or one script

__all__ = ["NAME_ENV", "UNNAMED", "USER_NAME", "USER_ROLE", "actor_for", "default_actor", "record_user",
           "recorded_user"]


def default_actor() -> str:
    return UNNAMED


def recorded_user(reg: Any) -> tuple[str, str]:
    """(name, role) recorded in the register; ("", "") when none was."""
    return (reg.meta(USER_NAME) or "").strip(), (reg.meta(USER_ROLE) or "").strip()


def actor_for(reg: Any, override: str | None = "") -> str:
    """The name the audit trail gives the next change: ``override`` if set, else the register's, else
    ``UNNAMED``."""
    return " ".join((override or "").split()) or recorded_user(reg)[0] or UNNAMED


def record_user(reg: Any, name: str, role: str = "") -> tuple[str, str]:
    """Record the person's name (required) and role (optional) in the register, each setting in the audit
    trail, written by that person; returns them as saved. ``SetupProblem`` says what is wrong with either."""
    name = check_person(name, t("storage", "Your name"))
    role = check_person(role, t("storage", "Your role"), required=False)
    before_name, before_role = recorded_user(reg)
    reg.actor = name  # the person naming themselves signs the entry
    with reg.transaction(t("storage", "saving your name")):
        if name != before_name:
            reg.set_meta(USER_NAME, name)
        if role != before_role:
            reg.set_meta(USER_ROLE, role)
    return name, role
