"""The ``atlas`` commands that work with records: check, demo, fields, list, show, add, edit, delete, attach.

Every command is driven by the entity declarations: the field keys, labels, kinds and
vocabularies printed or parsed here are the ones the GUI and exports use.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .core import codec, limits
from .core.entities import BY_KEY, ENTITIES, entity
from .core.errors import EXIT_OK, EXIT_PROBLEM, RegisterExists, UsageError
from .core.spec import Entity, Field, Kind
from .storage.register import Register
from .storage.settings import Settings

Opener = Callable[[argparse.Namespace, Settings], Register]


def _opener() -> Opener:
    from .cli import _open  # the unlock flow (files, environment, keyring, terminal) lives in cli

    return _open


_entity = entity  # a plain error for an unknown name


def record_json(ent: Entity, record: dict[str, Any]) -> dict[str, Any]:
    return {"id": record["id"], **{f.key: codec.to_json(f, record.get(f.key)) for f in ent.fields}}


def json_lines(items: list[Any]) -> str:
    """A JSON list with one compact object per line: as easy to read and diff as ``indent=2`` for
    flat objects, and written by the C encoder (``indent`` turns it off: 0.7 s for 100,000 findings)."""
    if not items:
        return "[]"
    encode = json.JSONEncoder(ensure_ascii=False).encode
    return "[\n  " + ",\n  ".join(encode(item) for item in items) + "\n]"


# -- check ----------------------------------------------------------------------------------------
_HEADINGS = {"overdue": "OVERDUE", "due soon": "DUE SOON", "gap": "GAPS"}


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    from .core.checks import any_overdue, check_stream
    from .storage.records import Records

    with _opener()(args, settings) as reg:
        records = Records(reg)
        findings = check_stream(records.checked, records.context())
    if args.json:
        print(json_lines([f.to_json() for f in findings]))
    elif not findings:
        print("Nothing to do: no deadline is near and no gap was found.")
    else:
        for severity, heading in _HEADINGS.items():
            group = [f for f in findings if f.severity == severity]
            if group:
                print(f"{heading} ({len(group)})")
                for f in group:
                    where = f"{f.entity} #{f.record}" if f.record is not None else f.entity
                    print(f"  [{where}] {f.message} ({f.article})")
        counted = [(sum(f.severity == s for f in findings), s) for s in _HEADINGS]
        counts = ", ".join(f"{n} {s}s" if s == "gap" and n != 1 else f"{n} {s}" for n, s in counted)
        print(f"\n{counts}.")
    return EXIT_PROBLEM if any_overdue(findings) else EXIT_OK


def _lower(words: str) -> str:
    """Lower-case for the middle of a sentence, keeping acronyms (DPIAs) as they are."""
    return " ".join(w if w[:2].isupper() else w.lower() for w in words.split())


# -- demo -----------------------------------------------------------------------------------------
def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    from .cli import _passphrase, _register_path
    from .core.checks import run_checks
    from .storage.demo import DEMO_PASSPHRASE, create_demo
    from .storage.records import Records

    path = _register_path(args)
    if path.exists():
        raise RegisterExists(f"A file already exists at {path}; choose another path for the demo register.")
    given = _passphrase(args)
    path.parent.mkdir(parents=True, exist_ok=True)
    reg, _recovery = create_demo(path, given or DEMO_PASSPHRASE, actor=settings.actor or "demo")
    with reg:
        records = Records(reg)
        counts = {_lower(ent.plural): records.count(ent.key) for ent in ENTITIES if not ent.singleton}
        findings = run_checks(records.snapshot(), records.context())
    print(f"Created the demo register at {path}: " + ", ".join(f"{n} {k}" for k, n in counts.items()) + ".")
    if not given:
        print(f"Its passphrase is: {DEMO_PASSPHRASE}  (it is a demo: keep no real data in it)")
    print(f"'atlas check --register {path}' lists its {len(findings)} findings.")
    return EXIT_OK


# -- fields ---------------------------------------------------------------------------------------
def _kind_text(f: Field) -> str:
    if f.kind in (Kind.LINK, Kind.LINKS):
        return f"{f.kind.value} → {f.target}"
    return f.kind.value


def cmd_fields(args: argparse.Namespace, settings: Settings) -> int:
    if not args.entity:
        for ent in ENTITIES:
            print(f"{ent.key:<16} {ent.plural} ({ent.article}): {ent.help}")
        return EXIT_OK
    ent = _entity(args.entity)
    print(f"{ent.plural} ({ent.article}). {ent.help}\n")
    for f in ent.fields:
        _print_field(f, "  ")
        if f.kind is Kind.TABLE:
            # A table's columns are fields too: each with its help, article and choices, so a script
            # writing JSON rows knows what every key means.
            print(f"  {'':<28} JSON rows with: " + ", ".join(f"{c.key} ({c.kind.value})" for c in f.fields))
            for column in f.fields:
                _print_field(column, f"    {f.key}.")
    return EXIT_OK


def _print_field(f: Field, lead: str) -> None:
    flags = ", ".join(x for x in ("required" if f.required else "", "computed" if f.computed else "",
                                  "read-only" if f.reverse else "") if x)
    name = f"{lead}{f.key}"
    print(f"{name:<30} {_kind_text(f):<20} {f.label}{f' [{flags}]' if flags else ''}")
    print(f"  {'':<28} {f.cite()}")
    if f.vocab is not None:
        more = " (or your own entry)" if f.vocab.open else ""
        print(f"  {'':<28} choices{more}: " + "; ".join(f"{t.code} = {t.label}" for t in f.vocab.terms))


# -- list and show ----------------------------------------------------------------------------------
def _cell(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def cmd_list(args: argparse.Namespace, settings: Settings) -> int:
    from .storage.records import Records

    ent = _entity(args.entity)
    with _opener()(args, settings) as reg:
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
        print(f"No {ent.plural.lower()} match." if (args.status or args.search) else f"No {ent.plural.lower()} yet.")
        return EXIT_OK
    columns = ent.list_columns
    print("  ".join([f"{'#':>5}"] + [_cell(c.label, 24).ljust(24) for c in columns]).rstrip())
    for r in rows:
        cells = [_cell(codec.display(c, r.get(c.key), tz, titles.get(c.target or "")), 24).ljust(24) for c in columns]
        print("  ".join([f"{r['id']:>5}"] + cells).rstrip())
    print(f"\n{len(rows)} {ent.plural.lower() if len(rows) != 1 else ent.label.lower()}.")
    if dated:
        print(f"{', '.join(f.label for f in dated)}: {ctx.calendar.moved_past}.")
    return EXIT_OK


def _counted_now(ent: Entity, rows: list[dict[str, Any]], ctx: Any, shown: Iterable[Field]
                 ) -> tuple[list[dict[str, Any]], list[Field]]:
    """The rows with their holiday-counted dates as today's calendar gives them, and which fields shown are such
    dates: the calendar's note goes with them."""
    from .core.derive import COUNTED_PAST_HOLIDAYS, counted_now

    dated = [f for f in shown if f.key in COUNTED_PAST_HOLIDAYS.get(ent.key, ())]
    return (counted_now(ent.key, rows, ctx) if dated else rows), dated


def print_field(label: str, text: str, width: int) -> None:
    """One field of a record shown in full: its label, then its text, further lines aligned under the first."""
    lines = text.splitlines() or ["—"]
    print(f"  {label:<{width}}  {lines[0]}")
    for line in lines[1:]:
        print(f"  {'':<{width}}  {line}")


def _record_id(ent: Entity, given: int | None) -> int:
    if ent.singleton:
        return 1
    if given is None:
        raise UsageError(f"Give the {ent.label.lower()}'s number, e.g. 'atlas show {ent.key} 3'.")
    return given


def cmd_show(args: argparse.Namespace, settings: Settings) -> int:
    from .cli_assessment import breach_lines, extra_json
    from .core.clocks import zone
    from .storage.attachments import Attachments
    from .storage.records import Records

    ent = _entity(args.entity)
    with _opener()(args, settings) as reg:
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
    print(f"{ent.label} #{record['id']}: {ent.title_of(record)}")
    width = min(40, max(len(f.label) for f in ent.fields))
    for section in ent.sections:
        if section:
            print(f"\n{section}")
        for f in ent.in_section(section):
            text = codec.display(f, record.get(f.key), tz, titles.get(f.target or ""))
            if f in dated and record.get(f.key) is not None:
                text += f" ({ctx.calendar.moved_past})"
            print_field(f.label, text, width)
    if files:
        print("\nAttachments")
        for a in files:
            print(f"  #{a.id} {a.filename} ({a.size:,} bytes, added {a.added_at[:10]} by {a.added_by})")
    if ent.key == "breach":
        print("\n".join(breach_lines(record, zone(tz))))
    return EXIT_OK


# -- add, edit, delete --------------------------------------------------------------------------------
def _values(ent: Entity, args: argparse.Namespace, time_zone: str, current: dict[str, Any] | None) -> dict[str, Any]:
    """The changes given by --from-json, --set KEY=VALUE and --add KEY=VALUE, parsed by field kind."""
    values: dict[str, Any] = {}
    if args.from_json:
        try:
            with open(args.from_json, "rb") as handle:  # at most one byte past the limit: enough to refuse it
                loaded = limits.read_json(handle.read(limits.MAX_JSON_BYTES + 1))
        except OSError as exc:
            raise UsageError(f"Cannot read {args.from_json}: {exc.strerror or exc}.") from None
        except ValueError as exc:  # bad JSON (with where), too large, too deep, not UTF-8
            raise UsageError(f"Cannot read {args.from_json}: {exc}.") from None
        if not isinstance(loaded, dict):
            raise UsageError(f"{args.from_json} must hold one JSON object of field keys and values.")
        for key, raw in loaded.items():
            if key != "id":
                f = _field(ent, key)
                values[key] = _parse(f, _as_text(f, raw), time_zone)
    for item in args.set or []:
        key, value = _split(item, "--set")
        values[key] = _parse(_field(ent, key), value, time_zone)
    for item in args.add or []:
        key, value = _split(item, "--add")
        f = _field(ent, key)
        if not f.is_list:
            raise UsageError(f"--add works on list fields; {key} holds one value, use --set.")
        text = f"[{value}]" if f.kind is Kind.TABLE and value.lstrip().startswith("{") else value
        before = values.get(key, (current or {}).get(key) or [])
        values[key] = list(before) + _parse(f, text, time_zone)
    return values


def _as_text(f: Field, raw: Any) -> str:
    """A JSON value as the text --set would take: tables stay JSON, lists are joined by ';'."""
    if isinstance(raw, str):
        return raw
    if f.kind is Kind.TABLE:
        return json.dumps(raw)
    return ";".join(map(str, raw)) if isinstance(raw, list) else str(raw)


def _split(item: str, flag: str) -> tuple[str, str]:
    key, sep, value = item.partition("=")
    if not sep or not key.strip():
        raise UsageError(f"{flag} takes KEY=VALUE, not {item!r}.")
    return key.strip(), value


def _field(ent: Entity, key: str) -> Field:
    if not ent.has(key):
        raise UsageError(f"{ent.label} has no field {key!r}; see 'atlas fields {ent.key}'.")
    f = ent.field(key)
    if not f.editable:
        raise UsageError(f"{f.label} ({key}) is worked out automatically and cannot be set.")
    return f


def _parse(f: Field, text: str, time_zone: str) -> Any:
    try:
        return codec.parse_text(f, text, time_zone)
    except ValueError as exc:
        raise UsageError(f"{f.label} ({f.key}): {exc}.") from None


def cmd_add(args: argparse.Namespace, settings: Settings) -> int:
    from .storage.records import Records

    if getattr(args, "template", None):
        from .cli_templates import cmd_add_from_templates
        return cmd_add_from_templates(args, settings)
    ent = _entity(args.entity)
    if ent.singleton:
        raise UsageError(f"There is one {ent.label.lower()}: change it with 'atlas edit {ent.key} --set KEY=VALUE'.")
    with _opener()(args, settings) as reg:
        records = Records(reg)
        record_id = records.create(ent.key, _values(ent, args, records.context().time_zone, None))
        saved = records.get(ent.key, record_id)
    print(f'Saved {ent.label.lower()} #{record_id} "{ent.title_of(saved)}".')
    return EXIT_OK


def cmd_edit(args: argparse.Namespace, settings: Settings) -> int:
    from .storage.records import Records

    ent = _entity(args.entity)
    with _opener()(args, settings) as reg:
        records = Records(reg)
        record_id = _record_id(ent, args.id)
        current = records.get(ent.key, record_id)
        values = _values(ent, args, records.context().time_zone, current)
        if not values:
            raise UsageError("Nothing to change: give --set KEY=VALUE, --add KEY=VALUE or --from-json FILE.")
        saved = records.update(ent.key, record_id, values)
    print(f'Saved {ent.label.lower()} #{record_id} "{ent.title_of(saved)}".')
    return EXIT_OK


def _confirm(question: str, yes: bool) -> None:
    from .cli import _interactive

    if yes:
        return
    if not _interactive():
        raise UsageError("Add --yes to confirm the deletion.")
    if input(f"{question} [y/N] ").strip().lower() not in ("y", "yes"):
        raise UsageError("Nothing was deleted.")


def cmd_delete(args: argparse.Namespace, settings: Settings) -> int:
    from .storage.records import Records

    ent = _entity(args.entity)
    with _opener()(args, settings) as reg:
        records = Records(reg)
        record = records.get(ent.key, _record_id(ent, args.id))
        _confirm(f'Delete {ent.label.lower()} #{record["id"]} "{ent.title_of(record)}"? The audit trail keeps '
                 "a copy of what it held.", args.yes)
        records.delete(ent.key, record["id"])
    print(f'Deleted {ent.label.lower()} #{record["id"]} "{ent.title_of(record)}".')
    return EXIT_OK


def cmd_duplicate(args: argparse.Namespace, settings: Settings) -> int:
    from .storage.records import Records

    ent = _entity(args.entity)
    with _opener()(args, settings) as reg:
        new_id = Records(reg).duplicate(ent.key, _record_id(ent, args.id))
    print(f"Copied {ent.label.lower()} #{args.id} to #{new_id}.")
    return EXIT_OK


# -- attachments ------------------------------------------------------------------------------------
def cmd_attach(args: argparse.Namespace, settings: Settings) -> int:
    from .storage.attachments import Attachments

    ent = _entity(args.entity)
    with _opener()(args, settings) as reg:
        store = Attachments(reg)
        if args.file:
            new_id = store.add_file(ent.key, _record_id(ent, args.id), Path(args.file), args.note)
            print(f"Attached {Path(args.file).name} to {ent.label.lower()} #{args.id} as attachment #{new_id}.")
            return EXIT_OK
        files = store.list(ent.key, _record_id(ent, args.id))
    for a in files:
        print(f"#{a.id:<4} {a.filename}  {a.size:,} bytes  {a.media_type}  added {a.added_at[:16].replace('T', ' ')}Z "
              f"by {a.added_by}{f'  — {a.note}' if a.note else ''}")
    if not files:
        print(f"{ent.label} #{args.id} has no attachments.")
    return EXIT_OK


def cmd_attachment(args: argparse.Namespace, settings: Settings) -> int:
    from .storage.attachments import Attachments

    with _opener()(args, settings) as reg:
        store = Attachments(reg)
        if args.action == "save":
            written = store.save_as(args.attachment, Path(args.out))
            print(f"Wrote {written}. It is not encrypted: keep it somewhere safe, and delete it when done.")
        else:
            info = store.info(args.attachment)
            _confirm(f"Remove {info.filename} from {info.entity} #{info.record}?", args.yes)
            store.remove(args.attachment)
            print(f"Removed {info.filename}.")
    return EXIT_OK


# -- parser -------------------------------------------------------------------------------------------
def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    names = ", ".join(BY_KEY)
    p = sub.add_parser("check", parents=[common], help="deadlines due or overdue, and gaps in the registers")
    p.add_argument("--json", action="store_true", help="print a JSON list of findings")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("demo", parents=[common], help="create a demo register with realistic records")
    p.set_defaults(func=cmd_demo)
    p = sub.add_parser("fields", help="the fields of a register, with their help and articles")
    p.add_argument("entity", nargs="?", metavar="ENTITY", help=f"one of: {names}")
    p.set_defaults(func=cmd_fields)
    p = sub.add_parser("list", parents=[common], help="list the records of a register")
    p.add_argument("entity", metavar="ENTITY", help=f"one of: {names}")
    p.add_argument("--status", help="only records with this status code")
    p.add_argument("--search", metavar="TEXT", help="only records whose text fields contain TEXT")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_list)
    p = sub.add_parser("show", parents=[common], help="show one record")
    p.add_argument("entity", metavar="ENTITY")
    p.add_argument("id", type=int, nargs="?", metavar="ID")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_show)
    for name, func, helptext in (("add", cmd_add, "add a record"), ("edit", cmd_edit, "change a record")):
        p = sub.add_parser(name, parents=[common], help=helptext,
                           description="Values: dates YYYY-MM-DD, times YYYY-MM-DD HH:MM (in the organisation's "
                                       "time zone unless they say otherwise), lists separated by ';', tables as "
                                       "JSON rows. 'atlas fields ENTITY' lists the keys.")
        p.add_argument("entity", metavar="ENTITY")
        if name == "edit":
            p.add_argument("id", type=int, nargs="?", metavar="ID")
        else:
            p.add_argument("--template", action="append", metavar="NAME",
                           help="start a processing activity from a template (repeatable); 'atlas templates' "
                                "lists them")
        p.add_argument("--set", action="append", metavar="KEY=VALUE", help="set a field (repeatable)")
        p.add_argument("--add", action="append", metavar="KEY=VALUE", help="append to a list or table field")
        p.add_argument("--from-json", metavar="F", help="take field values from a JSON object in F")
        p.set_defaults(func=func)
    for name, func, helptext in (("delete", cmd_delete, "delete a record (kept in the audit trail)"),
                                 ("duplicate", cmd_duplicate, "copy a record")):
        p = sub.add_parser(name, parents=[common], help=helptext)
        p.add_argument("entity", metavar="ENTITY")
        p.add_argument("id", type=int, metavar="ID")
        if name == "delete":
            p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
        p.set_defaults(func=func)
    p = sub.add_parser("attach", parents=[common], help="attach an evidence file to a record, or list them")
    p.add_argument("entity", metavar="ENTITY")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("file", nargs="?", metavar="FILE", help="the file to attach (at most 25 MB); omit to list")
    p.add_argument("--note", help="what the file is")
    p.set_defaults(func=cmd_attach)
    from .cli_templates import add_commands as add_template_commands  # here: cli_templates imports this module
    add_template_commands(sub)
    actions = sub.add_parser("attachment", help="save or remove an attachment").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    q = actions.add_parser("save", parents=[common], help="write an attachment to a file (unencrypted)")
    q.add_argument("attachment", type=int, metavar="ATTACHMENT_ID")
    q.add_argument("--out", required=True, metavar="PATH", help="a file, or a folder to keep its name")
    q.set_defaults(func=cmd_attachment)
    q = actions.add_parser("remove", parents=[common], help="remove an attachment (recorded in the audit trail)")
    q.add_argument("attachment", type=int, metavar="ATTACHMENT_ID")
    q.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    q.set_defaults(func=cmd_attachment)


def print_problems(exc: Any) -> None:
    """An invalid record: one line per problem, so a long list stays readable."""
    print(f"atlas: The {exc.label} was not saved:", file=sys.stderr)
    for problem in exc.problems:
        print(f"  {problem.where()}: {problem.message}", file=sys.stderr)
