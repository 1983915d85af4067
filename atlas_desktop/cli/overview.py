"""``atlas check``, ``atlas demo`` and ``atlas fields``: what needs doing, a register to try Atlas on, and
what every register's fields mean.

``check`` gives the deadlines due or overdue and the gaps the GUI's dashboard shows (``core.checks``); its exit
code is 1 when something is overdue, so a script or a scheduled task notices. ``fields`` prints the entity
declarations: the keys, kinds, help, articles and choices the record commands take.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..core.entities import BY_KEY, ENTITIES, entity
from ..core.errors import EXIT_OK, EXIT_PROBLEM, RegisterExists
from ..core.spec import Field, Kind
from ..storage.settings import Settings
from .opening import open_register, reads_only, register_path
from .terminal import passphrase


def json_lines(items: list[Any]) -> str:
    """A JSON list with one compact object per line: as easy to read and diff as ``indent=2`` for
    flat objects, and written by the C encoder (``indent`` turns it off: 0.7 s for 100,000 findings)."""
    if not items:
        return "[]"
    encode = json.JSONEncoder(ensure_ascii=False).encode
    return "[\n  " + ",\n  ".join(encode(item) for item in items) + "\n]"


# -- check ----------------------------------------------------------------------------------------
_HEADINGS = {"overdue": "OVERDUE", "due soon": "DUE SOON", "gap": "GAPS"}


@reads_only
def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    from ..core.checks import any_overdue, check_stream
    from ..storage.records import Records

    with open_register(args, settings) as reg:
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
    from ..core.checks import run_checks
    from ..storage.demo import DEMO_PASSPHRASE, create_demo
    from ..storage.records import Records

    path = register_path(args)
    if path.exists():
        raise RegisterExists(f"A file already exists at {path}; choose another path for the demo register.")
    given = passphrase(args)
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
    ent = entity(args.entity)
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


# -- parser -------------------------------------------------------------------------------------------
def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """``atlas check``, ``atlas demo`` and ``atlas fields``."""
    names = ", ".join(BY_KEY)
    p = sub.add_parser("check", parents=[common], help="deadlines due or overdue, and gaps in the registers")
    p.add_argument("--json", action="store_true", help="print a JSON list of findings")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("demo", parents=[common], help="create a demo register with realistic records")
    p.set_defaults(func=cmd_demo)
    p = sub.add_parser("fields", help="the fields of a register, with their help and articles")
    p.add_argument("entity", nargs="?", metavar="ENTITY", help=f"one of: {names}")
    p.set_defaults(func=cmd_fields)
