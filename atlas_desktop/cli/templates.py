"""The ``atlas`` commands for activity templates: ``atlas templates [NAME]`` lists or shows them, and
``atlas add activity --template NAME`` saves a new activity made from one (core.activity_templates)."""

from __future__ import annotations

import argparse

from ..core import codec
from ..core.activity_templates import TEMPLATES, template
from ..core.entities import ACTIVITY, entity
from ..core.errors import EXIT_OK, UsageError
from ..core.i18n import spec, t
from ..storage.settings import Settings
from .opening import open_register
from .output import print_field
from .values import values_given


def cmd_templates(args: argparse.Namespace, settings: Settings) -> int:
    if not args.name:
        width = max(len(tpl.key) for tpl in TEMPLATES)
        for tpl in TEMPLATES:
            print(f"{tpl.key:<{width}}  " + t("cli", "{name}: {summary}").format(name=spec(tpl.name),
                                                                              summary=spec(tpl.summary)))
        print("\n" + t("cli", "Each is a starting point to adjust. 'atlas templates NAME' shows one; 'atlas add "
                       "activity --template NAME' adds it to the register."))
        return EXIT_OK
    chosen = template(args.name)
    record = {**ACTIVITY.blank(), **chosen.record()}
    width = min(40, max(len(spec(f.label)) for f in ACTIVITY.fields))
    print(t("cli", "Template {key}: {name}").format(key=chosen.key, name=spec(chosen.name)))
    for f in ACTIVITY.editable_fields:
        if record.get(f.key) in (None, "", [], False):
            continue
        print_field(spec(f.label), codec.display(f, record[f.key]), width)
    return EXIT_OK


def cmd_add_from_templates(args: argparse.Namespace, settings: Settings) -> int:
    """``atlas add activity --template NAME``: one template, with any --set/--add/--from-json changes on
    top; or several templates at once (all saved, or none), as they are."""
    from ..storage.from_template import add_from_templates
    from ..storage.records import Records

    if entity(args.entity).key != ACTIVITY.key:
        raise UsageError(t("cli", "Templates are for processing activities only: 'atlas add {entity} --template "
                           "NAME'. 'atlas templates' lists them.").format(entity=ACTIVITY.key))
    chosen = [template(name) for name in dict.fromkeys(args.template)]
    changes = bool(args.set or args.add or args.from_json)
    if changes and len(chosen) > 1:
        raise UsageError(t("cli", "--set, --add and --from-json change one record: give them with one --template "
                           "at a time."))
    with open_register(args, settings) as reg:
        records = Records(reg)
        if changes:
            start = chosen[0].record()
            ids = [records.create(ACTIVITY.key, {**start, **values_given(
                ACTIVITY, args, records.context().time_zone, start)})]
        else:
            ids = add_from_templates(records, [tpl.key for tpl in chosen])
        titles = records.titles(ACTIVITY.key, ids)
    for record_id in ids:
        print(t("cli", 'Saved processing activity #{id} "{title}" from a template.').format(
            id=record_id, title=titles[record_id]))
    print(t("cli", "Each is a starting point: check it with 'atlas show activity ID' and adjust it with "
            "'atlas edit activity ID --set KEY=VALUE'."))
    return EXIT_OK


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("templates", help=t("cli", "ready-made processing activities to start from"),
                       description=t("cli", "Ready-made processing activities most small offices have, filled with "
                                     "the usual lawful basis, data, recipients and retention: starting points to "
                                     "adjust."))
    p.add_argument("name", nargs="?", metavar="NAME", help=t("cli", "show this template in full"))
    p.set_defaults(func=cmd_templates)
