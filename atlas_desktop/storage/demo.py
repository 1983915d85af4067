"""Creates the demo register: a realistic, filled-in register that "Explore the demo" and ``atlas demo`` open.

The content is data, ``atlas_desktop/resources/demo/*.json`` (one Romanian company, every date counted back
from ``now``), read by ``demo_data``; this module only writes it through ``Records``, so every
demo record passes the same validation and audit trail as a record typed in by a user.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..core import clocks
from ..core.i18n import t
from . import demo_data as data
from .records import Records
from .register import Register, register_files

# Published on purpose (the GUI opens the demo without asking); the demo holds no real data.
# It still has to pass the passphrase rules, so that the demo shows a valid register.
DEMO_PASSPHRASE = "demo-harbour-lantern-2026"
DEMO_ORG = data.ORG_NAME


def populate(records: Records, now: dt.datetime) -> dict[str, int]:
    """Fill an empty register with the demo's records; return how many of each entity were written.

    Records are created in the order their links need: a link can only name a record that
    already has an id. Validation judges "in the future" against ``now`` too, so a demo made
    for another day is as valid as one made today.
    """
    clocks.ensure_aware(now, "now")
    t = data.Clock(now)

    def create(entity: str, values: data.Values) -> int:
        return records.create(entity, values, now=now)

    records.save_organisation(data.organisation())
    processors = {key: create("processor", values) for key, values in data.processors(t).items()}
    activities = {key: create("activity", values) for key, values in data.activities(t, processors).items()}
    staff = {key: create("person", values) for key, values in data.people().items()}
    lists = {
        "dpia": data.dpias(t, activities),
        "breach": data.breaches(t, activities, staff),
        "rights_request": data.rights_requests(t, activities),
        "consent": data.consents(t, activities),
        "training": data.trainings(t, staff),
        "policy": data.policies(t),
    }
    for entity, rows in lists.items():
        for values in rows:
            create(entity, values)
    counts = {"organisation": 1, "activity": len(activities), "processor": len(processors), "person": len(staff)}
    counts.update({entity: len(rows) for entity, rows in lists.items()})
    return counts


def create_demo(path: Path, passphrase: str = DEMO_PASSPHRASE, now: dt.datetime | None = None,
                actor: str = "demo") -> tuple[Register, str]:
    """Create the demo register at ``path``; return it open, and its recovery key.

    Either the whole demo is written or no file is left behind, so a second attempt at the
    same path is never blocked by a half-filled register.
    """
    now = clocks.ensure_aware(now, "now") if now is not None else dt.datetime.now(dt.UTC)
    # The invented office's manager is recorded as the person working on it, so exploring the demo is not
    # interrupted by "Your name" (that question is for real registers).
    reg, recovery = Register.create(Path(path), passphrase, DEMO_ORG, actor=actor,
                                    user=(data.MANAGER, "General Manager"))
    try:
        # One transaction: one commit (fast) and all-or-nothing.
        with reg.transaction(t("storage", "filling the demo register")):
            populate(Records(reg), now)
    except BaseException:
        reg.close()
        # Register.create refuses an existing path, so every file here is one we just made.
        for file in register_files(Path(path)):
            file.unlink(missing_ok=True)
        raise
    return reg, recovery
