"""``atlas check``, ``atlas demo`` and ``atlas fields``: what needs doing, a register to try Atlas on, and
what every register's fields mean.

``check`` gives the deadlines due or overdue and the gaps the GUI's dashboard shows (``core.checks``); its exit
code is 1 when something is overdue, so a script or a scheduled task notices. ``fields`` prints the entity
declarations: the keys, kinds, help, articles and choices the record commands take.

What a person reads is in the language ``main`` chose (``core.i18n``, context "cli"; the findings themselves
are translated by ``core.checks``); ``--json``, the exit codes and the keys stay English.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from ..core.entities import BY_KEY, ENTITIES, entity
from ..core.errors import EXIT_OK, EXIT_PROBLEM, RegisterExists
from ..core.i18n import cite, language, spec, t, tn
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
def _headings() -> dict[str, str]:
    """Each severity's heading, in the language of this run (so not computed at import)."""
    return {"overdue": t("cli", "OVERDUE"), "due soon": t("cli", "DUE SOON"), "gap": t("cli", "GAPS")}


def _count(n: int, severity: str) -> str:
    """The closing tally's words for one severity: "2 overdue", "1 gap", "3 gaps". Plural messages even where
    English has one form: the word agrees with the number in other languages ("1 restantă", "2 restante")."""
    if severity == "overdue":
        return tn("cli", "%n overdue", n)
    if severity == "due soon":
        return tn("cli", "%n due soon", n)
    return tn("cli", "%n gap(s)", n)


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
        print(t("cli", "Nothing to do: no deadline is near and no gap was found."))
    else:
        headings = _headings()
        for severity, heading in headings.items():
            group = [f for f in findings if f.severity == severity]
            if group:
                print(f"{heading} ({len(group)})")
                for f in group:
                    # The entity key stays as typed in commands (atlas show breach 3); the words around it translate.
                    where = f"{f.entity} #{f.record}" if f.record is not None else f.entity
                    print(f"  [{where}] {f.message} ({cite(f.article)})")
        counts = ", ".join(_count(sum(f.severity == s for f in findings), s) for s in headings)
        print(f"\n{counts}.")
    return EXIT_PROBLEM if any_overdue(findings) else EXIT_OK


def _lower(words: str) -> str:
    """Lower-case for the middle of a sentence, keeping acronyms (DPIAs) as they are; German keeps its nouns'
    capitals."""
    if language() == "de":
        return words
    return " ".join(w if w[:2].isupper() else w.lower() for w in words.split())


# -- demo -----------------------------------------------------------------------------------------
# How many records of each register the demo holds: one plural message per register, so the noun agrees with
# its number (the registers' labels are the singular and plural; "staff" is one person).
_RECORDS: dict[str, Callable[[int], str]] = {
    "activity": lambda n: tn("cli", "%n processing activit(y|ies)", n),
    "processor": lambda n: tn("cli", "%n processor(s)", n),
    "dpia": lambda n: tn("cli", "%n DPIA(s)", n),
    "breach": lambda n: tn("cli", "%n breach(es)", n),
    "rights_request": lambda n: tn("cli", "%n rights request(s)", n),
    "consent": lambda n: tn("cli", "%n consent(s)", n),
    "person": lambda n: tn("cli", "%n (person|staff)", n),
    "training": lambda n: tn("cli", "%n training", n),
    "policy": lambda n: tn("cli", "%n polic(y|ies)", n),
}


def _records(key: str, n: int) -> str:
    """A register's records counted in words: "3 processing activities", "1 breach" (a register not listed in
    ``_RECORDS`` yet reads as its number and plural name)."""
    words = _RECORDS.get(key)
    return words(n) if words else f"{n} {_lower(spec(BY_KEY[key].plural))}"


def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    from ..core.checks import run_checks
    from ..storage.demo import DEMO_PASSPHRASE, create_demo
    from ..storage.records import Records

    path = register_path(args)
    if path.exists():
        raise RegisterExists(t("cli", "A file already exists at {path}; choose another path for the demo "
                               "register.").format(path=path))
    given = passphrase(args)
    path.parent.mkdir(parents=True, exist_ok=True)
    reg, _recovery = create_demo(path, given or DEMO_PASSPHRASE, actor=settings.actor or "demo")
    with reg:
        records = Records(reg)
        counts = [_records(ent.key, records.count(ent.key)) for ent in ENTITIES if not ent.singleton]
        findings = run_checks(records.snapshot(), records.context())
    print(t("cli", "Created the demo register at {path}: {counts}.").format(path=path, counts=", ".join(counts)))
    if not given:
        print(t("cli", "Its passphrase is: {passphrase}  (it is a demo: keep no real data in it)").format(
            passphrase=DEMO_PASSPHRASE))
    print(tn("cli", "'atlas check --register {path}' lists its %n finding(s).", len(findings)).format(path=path))
    return EXIT_OK


# -- fields ---------------------------------------------------------------------------------------
def _kind_text(f: Field) -> str:
    if f.kind in (Kind.LINK, Kind.LINKS):
        return f"{f.kind.value} → {f.target}"
    return f.kind.value


def cmd_fields(args: argparse.Namespace, settings: Settings) -> int:
    if not args.entity:
        for ent in ENTITIES:
            print(f"{ent.key:<16} {spec(ent.plural)} ({cite(ent.article)}): {spec(ent.help)}")
        return EXIT_OK
    ent = entity(args.entity)
    print(f"{spec(ent.plural)} ({cite(ent.article)}). {spec(ent.help)}\n")
    for f in ent.fields:
        _print_field(f, "  ")
        if f.kind is Kind.TABLE:
            # A table's columns are fields too: each with its help, article and choices, so a script
            # writing JSON rows knows what every key means.
            print(f"  {'':<28} " + t("cli", "JSON rows with: {columns}").format(
                columns=", ".join(f"{c.key} ({c.kind.value})" for c in f.fields)))
            for column in f.fields:
                _print_field(column, f"    {f.key}.")
    return EXIT_OK


def _print_field(f: Field, lead: str) -> None:
    flags = ", ".join(x for x in (t("cli", "required") if f.required else "",
                                  t("cli", "computed") if f.computed else "",
                                  t("cli", "read-only") if f.reverse else "") if x)
    name = f"{lead}{f.key}"
    print(f"{name:<30} {_kind_text(f):<20} {spec(f.label)}{f' [{flags}]' if flags else ''}")
    # Field.cite(), with the help and the article in the user's language
    described = f"{spec(f.help)} ({cite(f.article)})" if f.article else spec(f.help)
    print(f"  {'':<28} {described}")
    if f.vocab is not None:
        # The codes are what commands take, so they stay; their labels are translated.
        choices = "; ".join(f"{term.code} = {spec(term.label)}" for term in f.vocab.terms)
        heading = t("cli", "choices (or your own entry): {choices}") if f.vocab.open else \
            t("cli", "choices: {choices}")
        print(f"  {'':<28} " + heading.format(choices=choices))


# -- parser -------------------------------------------------------------------------------------------
def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """``atlas check``, ``atlas demo`` and ``atlas fields``."""
    names = ", ".join(BY_KEY)
    p = sub.add_parser("check", parents=[common], help=t("cli", "deadlines due or overdue, and gaps in the registers"))
    p.add_argument("--json", action="store_true", help=t("cli", "print a JSON list of findings"))
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("demo", parents=[common], help=t("cli", "create a demo register with realistic records"))
    p.set_defaults(func=cmd_demo)
    p = sub.add_parser("fields", help=t("cli", "the fields of a register, with their help and articles"))
    p.add_argument("entity", nargs="?", metavar="ENTITY", help=t("cli", "one of: {names}").format(names=names))
    p.set_defaults(func=cmd_fields)
