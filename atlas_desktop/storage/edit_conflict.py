"""Says why a save or delete of a record was refused because of others: who saved it meanwhile, who links to it.

``Records.update`` raises what ``edit_conflict`` makes when the record's version moved on since the editor read
it (who saved it and what they changed, from the audit trail); ``Records.delete`` raises what ``in_use`` makes
when other records still link to the one to delete.
"""

from __future__ import annotations

from ..core.entities import BY_KEY
from ..core.errors import EditConflict, InUse
from ..core.i18n import in_sentence, spec, t, tn
from ..core.spec import Entity
from .audit import shown_moment
from .register_protocol import OpenRegister


def edit_conflict(reg: OpenRegister, ent: Entity, record_id: int, expected: int, current: int) -> EditConflict:
    """Who saved the record since version ``expected`` (it is at ``current`` now), and which fields."""
    saves = max(1, current - expected)
    entries = [e for e in reg.audit.entries(entity=ent.key, record=str(record_id))
               if e.action != "create"][-saves:]
    people = ", ".join(dict.fromkeys(e.actor for e in entries)) or t("storage", "someone else")
    fields = dict.fromkeys(spec(ent.field(k).label) for e in entries for k in e.changed_fields() if ent.has(k))
    when = shown_moment(entries[-1].at) if entries else t("storage", "a moment ago")
    said = (t("storage", "{people} saved this {record} at {time}, while you were editing it ({fields}). Your changes "
                         "were not saved and are still in the editor: copy what you need, then reopen the record to "
                         "see theirs and make your changes again.") if fields
            else t("storage", "{people} saved this {record} at {time}, while you were editing it. Your changes were "
                              "not saved and are still in the editor: copy what you need, then reopen the record to "
                              "see theirs and make your changes again."))
    return EditConflict(said.format(people=people, record=in_sentence(spec(ent.label)), time=when,
                                    fields=", ".join(fields)))


def in_use(ent: Entity, title: str, users: list[tuple[str, int, str]]) -> InUse:
    """Why a record linked from others (``(entity, id, title)`` each) cannot be deleted: the first five of
    those, and what to do."""
    names = ", ".join(t("storage", '{record} "{title}"').format(record=in_sentence(spec(BY_KEY[e].label)),
                                                                title=linked)
                      for e, _, linked in users[:5])
    if len(users) > 5:
        names = tn("storage", "{items} and %n more", len(users) - 5).format(items=names)
    said = (t("storage", '{record} "{title}" is linked from {names}. Remove those links first, or change its status '
                         "instead (it stays in the history).") if ent.status
            else t("storage", '{record} "{title}" is linked from {names}. Remove those links first.'))
    return InUse(said.format(record=spec(ent.label), title=title, names=names))
