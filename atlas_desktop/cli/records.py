"""The ``atlas`` commands that work with records: list, show, add, edit, delete, duplicate, attach, attachment.

Every command is driven by the entity declarations: the field keys, labels, kinds and
vocabularies printed or parsed here are the ones the GUI and exports use.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..core import codec
from ..core.entities import BY_KEY, entity
from ..core.errors import EXIT_OK, UsageError
from ..core.i18n import format_number, spec, t, tn
from ..core.spec import Entity, Field
from ..storage.settings import Settings
from . import terminal
from .opening import open_register, reads_only
from .output import noun, print_field
from .values import record_json, values_given

Command = Callable[[argparse.Namespace, Settings], int]


# -- list and show ----------------------------------------------------------------------------------
def _cell(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@reads_only
def cmd_list(args: argparse.Namespace, settings: Settings) -> int:
    from ..storage.records import Records

    ent = entity(args.entity)
    with open_register(args, settings) as reg:
        records = Records(reg)
        rows = records.list(ent.key, status=args.status, text=args.search)
        ctx = records.context()
        tz = ctx.time_zone
        titles = {f.target: records.titles(f.target) for f in ent.list_columns if f.target}
    rows, dated = _counted_now(ent, rows, ctx, ent.list_columns)
    if args.json:
        print(json.dumps([record_json(ent, r) for r in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        none = t("cli", "No {records} match.") if (args.status or args.search) else t("cli", "No {records} yet.")
        print(none.format(records=noun(ent.plural)))
        return EXIT_OK
    columns = ent.list_columns
    print("  ".join([f"{'#':>5}"] + [_cell(spec(c.label), 24).ljust(24) for c in columns]).rstrip())
    for r in rows:
        cells = [_cell(codec.display(c, r.get(c.key), tz, titles.get(c.target or "")), 24).ljust(24) for c in columns]
        print("  ".join([f"{r['id']:>5}"] + cells).rstrip())
    print("\n" + _counted(ent, len(rows)))
    if dated:
        print(t("cli", "{fields}: {note}.").format(fields=", ".join(spec(f.label) for f in dated),
                                                  note=ctx.calendar.moved_past))
    return EXIT_OK


# The line under a list: one plural message per register, so the noun takes the form its number asks for in
# each language ("20 de activități" in Romanian). The English reads as it always has, lower case throughout.
# Consents are not here: their English singular and plural are different words ("1 consent record", "2
# consents"), which a plural mark cannot say without changing the English.
_COUNTED: dict[str, Callable[[int], str]] = {
    "organisation": lambda n: tn("cli", "%n organisation(s).", n),
    "activity": lambda n: tn("cli", "%n processing activit(y|ies).", n),
    "processor": lambda n: tn("cli", "%n processor(s).", n),
    "dpia": lambda n: tn("cli", "%n DPIA(s).", n),
    "breach": lambda n: tn("cli", "%n breach(es).", n),
    "rights_request": lambda n: tn("cli", "%n rights request(s).", n),
    "person": lambda n: tn("cli", "%n (person|staff).", n),
    "training": lambda n: tn("cli", "%n training.", n),
    "policy": lambda n: tn("cli", "%n polic(y|ies).", n),
}


def _counted(ent: Entity, n: int) -> str:
    """``n`` records of ``ent`` in words; a register not listed above reads as its number and label."""
    words = _COUNTED.get(ent.key)
    if words:
        return words(n)
    return t("cli", "{count} {records}.").format(count=n, records=noun(ent.plural if n != 1 else ent.label))


def _counted_now(ent: Entity, rows: list[dict[str, Any]], ctx: Any, shown: Iterable[Field]
                 ) -> tuple[list[dict[str, Any]], list[Field]]:
    """The rows with their holiday-counted dates as today's calendar gives them, and which fields shown are such
    dates: the calendar's note goes with them."""
    from ..core.derive import COUNTED_PAST_HOLIDAYS, counted_now

    dated = [f for f in shown if f.key in COUNTED_PAST_HOLIDAYS.get(ent.key, ())]
    return (counted_now(ent.key, rows, ctx) if dated else rows), dated


def _record_id(ent: Entity, given: int | None) -> int:
    if ent.singleton:
        return 1
    if given is None:
        raise UsageError(t("cli", "Give the {record}'s number, e.g. 'atlas show {entity} 3'.").format(
            record=noun(ent.label), entity=ent.key))
    return given


@reads_only
def cmd_show(args: argparse.Namespace, settings: Settings) -> int:
    from .assessment import breach_lines, extra_json
    from ..core.clocks import zone
    from ..storage.attachments import Attachments
    from ..storage.records import Records

    ent = entity(args.entity)
    with open_register(args, settings) as reg:
        records = Records(reg)
        record = records.get(ent.key, _record_id(ent, args.id))
        ctx = records.context()
        tz = ctx.time_zone
        titles = {f.target: records.titles(f.target) for f in ent.fields if f.target}
        files = Attachments(reg).list(ent.key, record["id"])
        # Worked out, not stored: the breach's assessment and duties, the organisation's obligations.
        extra = extra_json(ent.key, record, records) if args.json else {}
    [record], dated = _counted_now(ent, [record], ctx, ent.fields)
    if args.json:
        out = {**record_json(ent, record), **extra}
        out["attachments"] = [{"id": a.id, "filename": a.filename, "size": a.size, "sha256": a.sha256}
                              for a in files]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(t("cli", "{entity} #{id}: {title}").format(entity=spec(ent.label), id=record["id"],
                                                    title=ent.title_of(record)))
    width = min(40, max(len(spec(f.label)) for f in ent.fields))
    for section in ent.sections:
        if section:
            print(f"\n{spec(section)}")
        for f in ent.in_section(section):
            text = codec.display(f, record.get(f.key), tz, titles.get(f.target or ""))
            if f in dated and record.get(f.key) is not None:
                text += f" ({ctx.calendar.moved_past})"
            print_field(spec(f.label), text, width)
    if files:
        print("\n" + t("cli", "Attachments"))
        for a in files:
            print("  " + t("cli", "#{id} {filename} ({size} bytes, added {date} by {person})").format(
                id=a.id, filename=a.filename, size=format_number(a.size), date=a.added_at[:10], person=a.added_by))
    if ent.key == "breach":
        print("\n".join(breach_lines(record, zone(tz))))
    return EXIT_OK


# -- add, edit, delete --------------------------------------------------------------------------------
def cmd_add(args: argparse.Namespace, settings: Settings) -> int:
    from ..storage.records import Records

    if getattr(args, "template", None):
        return args.from_templates(args, settings)  # the templates' command, given by the parser
    ent = entity(args.entity)
    if ent.singleton:
        raise UsageError(t("cli", "There is one {record}: change it with 'atlas edit {entity} --set "
                           "KEY=VALUE'.").format(record=noun(ent.label), entity=ent.key))
    with open_register(args, settings) as reg:
        records = Records(reg)
        record_id = records.create(ent.key, values_given(ent, args, records.context().time_zone, None))
        saved = records.get(ent.key, record_id)
    print(_saved(ent, record_id, saved))
    return EXIT_OK


def cmd_edit(args: argparse.Namespace, settings: Settings) -> int:
    from ..storage.records import Records

    ent = entity(args.entity)
    with open_register(args, settings) as reg:
        records = Records(reg)
        record_id = _record_id(ent, args.id)
        current = records.get(ent.key, record_id)
        values = values_given(ent, args, records.context().time_zone, current)
        if not values:
            raise UsageError(t("cli", "Nothing to change: give --set KEY=VALUE, --add KEY=VALUE or --from-json FILE."))
        saved = records.update(ent.key, record_id, values)
    print(_saved(ent, record_id, saved))
    return EXIT_OK


def _saved(ent: Entity, record_id: int, saved: dict[str, Any]) -> str:
    return t("cli", 'Saved {record} #{id} "{title}".').format(record=noun(ent.label), id=record_id,
                                                             title=ent.title_of(saved))


def _confirm(question: str, yes: bool) -> None:
    if yes:
        return
    if not terminal.interactive():
        raise UsageError(t("cli", "Add --yes to confirm the deletion."))
    # The answer stays y/yes in every language: "[y/N]" is the part of the prompt that says so.
    if input(f"{question} [y/N] ").strip().lower() not in ("y", "yes"):
        raise UsageError(t("cli", "Nothing was deleted."))


def cmd_delete(args: argparse.Namespace, settings: Settings) -> int:
    from ..storage.records import Records

    ent = entity(args.entity)
    with open_register(args, settings) as reg:
        records = Records(reg)
        record = records.get(ent.key, _record_id(ent, args.id))
        _confirm(t("cli", 'Delete {record} #{id} "{title}"? The audit trail keeps a copy of what it held.').format(
            record=noun(ent.label), id=record["id"], title=ent.title_of(record)), args.yes)
        records.delete(ent.key, record["id"])
    print(t("cli", 'Deleted {record} #{id} "{title}".').format(record=noun(ent.label), id=record["id"],
                                                             title=ent.title_of(record)))
    return EXIT_OK


def cmd_duplicate(args: argparse.Namespace, settings: Settings) -> int:
    from ..storage.records import Records

    ent = entity(args.entity)
    with open_register(args, settings) as reg:
        new_id = Records(reg).duplicate(ent.key, _record_id(ent, args.id))
    print(t("cli", "Copied {record} #{id} to #{new_id}.").format(record=noun(ent.label), id=args.id, new_id=new_id))
    return EXIT_OK


# -- attachments ------------------------------------------------------------------------------------
def cmd_attach(args: argparse.Namespace, settings: Settings) -> int:
    from ..storage.attachments import Attachments

    ent = entity(args.entity)
    with open_register(args, settings) as reg:
        store = Attachments(reg)
        if args.file:
            new_id = store.add_file(ent.key, _record_id(ent, args.id), Path(args.file), args.note)
            print(t("cli", "Attached {filename} to {record} #{id} as attachment #{attachment}.").format(
                filename=Path(args.file).name, record=noun(ent.label), id=args.id, attachment=new_id))
            return EXIT_OK
        files = store.list(ent.key, _record_id(ent, args.id))
    for a in files:
        print(f"#{a.id:<4} " + t("cli", "{filename}  {size} bytes  {media_type}  added {time}Z by {person}").format(
            filename=a.filename, size=format_number(a.size), media_type=a.media_type,
            time=a.added_at[:16].replace("T", " "), person=a.added_by) + (f"  — {a.note}" if a.note else ""))
    if not files:
        print(t("cli", "{entity} #{id} has no attachments.").format(entity=spec(ent.label), id=args.id))
    return EXIT_OK


def cmd_attachment(args: argparse.Namespace, settings: Settings) -> int:
    from ..storage.attachments import Attachments

    with open_register(args, settings) as reg:
        store = Attachments(reg)
        if args.action == "save":
            written = store.save_as(args.attachment, Path(args.out))
            print(t("cli", "Wrote {path}. It is not encrypted: keep it somewhere safe, and delete it when done.").format(
                path=written))
        else:
            info = store.info(args.attachment)
            _confirm(t("cli", "Remove {filename} from {entity} #{id}?").format(
                filename=info.filename, entity=info.entity, id=info.record), args.yes)
            store.remove(args.attachment)
            print(t("cli", "Removed {filename}.").format(filename=info.filename))
    return EXIT_OK


# -- parser -------------------------------------------------------------------------------------------
def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser, from_templates: Command) -> None:
    """``atlas list``, ``show``, ``add``, ``edit``, ``delete``, ``duplicate`` and ``attach``; ``from_templates``
    is what ``atlas add activity --template NAME`` runs (the templates' command)."""
    names = ", ".join(BY_KEY)
    # The help texts are translated here, when the parser is built: the run's language is chosen before that.
    p = sub.add_parser("list", parents=[common], help=t("cli", "list the records of a register"))
    p.add_argument("entity", metavar="ENTITY", help=t("cli", "one of: {names}").format(names=names))
    p.add_argument("--status", help=t("cli", "only records with this status code"))
    p.add_argument("--search", metavar="TEXT", help=t("cli", "only records whose text fields contain TEXT"))
    p.add_argument("--json", action="store_true", help=t("cli", "print JSON"))
    p.set_defaults(func=cmd_list)
    p = sub.add_parser("show", parents=[common], help=t("cli", "show one record"))
    p.add_argument("entity", metavar="ENTITY")
    p.add_argument("id", type=int, nargs="?", metavar="ID")
    p.add_argument("--json", action="store_true", help=t("cli", "print JSON"))
    p.set_defaults(func=cmd_show)
    values = t("cli", "Values: dates YYYY-MM-DD, times YYYY-MM-DD HH:MM (in the organisation's time zone unless they "
                      "say otherwise), lists separated by ';', tables as JSON rows. 'atlas fields ENTITY' lists the "
                      "keys.")
    for name, func, helptext in (("add", cmd_add, t("cli", "add a record")),
                                 ("edit", cmd_edit, t("cli", "change a record"))):
        p = sub.add_parser(name, parents=[common], help=helptext, description=values)
        p.add_argument("entity", metavar="ENTITY")
        if name == "edit":
            p.add_argument("id", type=int, nargs="?", metavar="ID")
        else:
            p.add_argument("--template", action="append", metavar="NAME",
                           help=t("cli", "start a processing activity from a template (repeatable); 'atlas "
                                         "templates' lists them"))
            p.set_defaults(from_templates=from_templates)
        p.add_argument("--set", action="append", metavar="KEY=VALUE", help=t("cli", "set a field (repeatable)"))
        p.add_argument("--add", action="append", metavar="KEY=VALUE", help=t("cli", "append to a list or table field"))
        p.add_argument("--from-json", metavar="F", help=t("cli", "take field values from a JSON object in F"))
        p.set_defaults(func=func)
    for name, func, helptext in (("delete", cmd_delete, t("cli", "delete a record (kept in the audit trail)")),
                                 ("duplicate", cmd_duplicate, t("cli", "copy a record"))):
        p = sub.add_parser(name, parents=[common], help=helptext)
        p.add_argument("entity", metavar="ENTITY")
        p.add_argument("id", type=int, metavar="ID")
        if name == "delete":
            p.add_argument("--yes", action="store_true", help=t("cli", "do not ask for confirmation"))
        p.set_defaults(func=func)
    p = sub.add_parser("attach", parents=[common], help=t("cli", "attach an evidence file to a record, or list them"))
    p.add_argument("entity", metavar="ENTITY")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("file", nargs="?", metavar="FILE",
                   help=t("cli", "the file to attach (at most 25 MB); omit to list"))
    p.add_argument("--note", help=t("cli", "what the file is"))
    p.set_defaults(func=cmd_attach)


def add_attachment_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """``atlas attachment save`` and ``atlas attachment remove``."""
    actions = sub.add_parser("attachment", help=t("cli", "save or remove an attachment")).add_subparsers(
        dest="action", metavar="ACTION", required=True)
    q = actions.add_parser("save", parents=[common], help=t("cli", "write an attachment to a file (unencrypted)"))
    q.add_argument("attachment", type=int, metavar="ATTACHMENT_ID")
    q.add_argument("--out", required=True, metavar="PATH", help=t("cli", "a file, or a folder to keep its name"))
    q.set_defaults(func=cmd_attachment)
    q = actions.add_parser("remove", parents=[common],
                           help=t("cli", "remove an attachment (recorded in the audit trail)"))
    q.add_argument("attachment", type=int, metavar="ATTACHMENT_ID")
    q.add_argument("--yes", action="store_true", help=t("cli", "do not ask for confirmation"))
    q.set_defaults(func=cmd_attachment)
