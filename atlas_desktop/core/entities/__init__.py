"""Every register's declaration, in one place: the single source for models, forms, exports and CLI."""

from __future__ import annotations

from ..errors import UsageError, name_record_kinds
from ..i18n import in_sentence, spec, t
from ..spec import Entity, Kind
from .activity import ACTIVITY
from .breach import BREACH
from .dpia import DPIA
from .organisation import ORGANISATION
from .people import PERSON, POLICY, TRAINING
from .processor import PROCESSOR
from .requests import CONSENT, RIGHTS_REQUEST

# In the sidebar's order; records are created in this order too, so links point backwards mostly.
ENTITIES: tuple[Entity, ...] = (ORGANISATION, ACTIVITY, PROCESSOR, DPIA, BREACH, RIGHTS_REQUEST, CONSENT,
                                PERSON, TRAINING, POLICY)
BY_KEY: dict[str, Entity] = {e.key: e for e in ENTITIES}


def entity(key: str) -> Entity:
    """The entity called ``key`` (as typed in a command or found in a file); a plain error listing
    the valid ones otherwise."""
    try:
        return BY_KEY[key]
    except KeyError:
        raise UsageError(t("errors", "There is no register called {key}; use one of: {keys}.").format(
            key=repr(key), keys=", ".join(BY_KEY))) from None


def _check_links() -> None:
    for ent in ENTITIES:
        for f in ent.fields:
            if f.kind in (Kind.LINK, Kind.LINKS):
                target = BY_KEY[f.target or ""]
                if f.reverse is not None:
                    back = target.field(f.reverse)
                    if back.target != ent.key or not back.stored:
                        raise ValueError(f"{ent.key}.{f.key} reverses {target.key}.{f.reverse}, which does not "
                                         f"link back")


_check_links()


def _in_sentence(label: str) -> str:
    """A kind of record named by its English label lower-cased ("activity"), in the user's words mid-sentence."""
    for ent in ENTITIES:
        if ent.label.lower() == label:
            return in_sentence(spec(ent.label))
    return label


name_record_kinds(_in_sentence)
