"""The ``atlas export`` and ``atlas import`` commands: the register as a workbook or CSV file, and back.

Exit codes as everywhere: 0 ok, 1 problems found (an import with rows that cannot be imported,
whether or not they were skipped), 2 a usage, key or I/O error (a file that is not a safe workbook).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.entities import BY_KEY
from ..core.errors import EXIT_OK, EXIT_PROBLEM
from ..core.i18n import format_number, t, tn
from ..storage.settings import Settings
from .opening import open_register, reads_only
from .output import noun


@reads_only
def cmd_export_xlsx(args: argparse.Namespace, settings: Settings) -> int:
    from ..exports.xlsx_export import export_workbook
    from ..storage.records import Records

    with open_register(args, settings) as reg:
        written = export_workbook(Records(reg), Path(args.out), only=args.only)
    print(t("cli", "Wrote {path}. It is not encrypted: keep it somewhere safe, and delete it when done.").format(
        path=written))
    return EXIT_OK


@reads_only
def cmd_export_csv(args: argparse.Namespace, settings: Settings) -> int:
    from ..core.entities import entity
    from ..exports.csv_export import export_csv
    from ..storage.records import Records

    ent = entity(args.entity)
    with open_register(args, settings) as reg:
        records = Records(reg)
        written = export_csv(records, ent.key, Path(args.out))
        count = records.count(ent.key)
    print(t("cli", "Wrote {count} {records} to {path}. It is not encrypted: keep it somewhere safe, and delete it "
            "when done.").format(count=count, records=noun(ent.label if count == 1 else ent.plural), path=written))
    return EXIT_OK


def cmd_import_xlsx(args: argparse.Namespace, settings: Settings) -> int:
    from ..exports.xlsx_import import apply_import, plan_import
    from ..storage.records import Records

    with open_register(args, settings) as reg:
        records = Records(reg)
        plan = plan_import(records, Path(args.in_))
        for line in plan.summary() + plan.details():
            print(line)
        for note in plan.notes:
            print("  " + t("cli", "note: {note}").format(note=note))
        if plan.problems:
            count, rows = plan.problem_count, plan.problem_rows
            # {count}, not %n: the counts are grouped (1,234) as the language groups digits.
            problems = tn("cli", "{count} problem(s)", count).format(count=format_number(count))
            if rows:
                problems = t("cli", "{problems} in {rows}").format(
                    problems=problems, rows=tn("cli", "{count} row(s)", rows).format(count=format_number(rows)))
            print("\n" + t("cli", "{problems}:").format(problems=problems), file=sys.stderr)
            for problem in plan.problems:  # at most MAX_SHOWN_PROBLEMS; the rest are counted
                print(f"  {problem}", file=sys.stderr)
            if (more := plan.more_problems()) is not None:
                print(f"  {more}.", file=sys.stderr)
        if args.dry_run:
            print("\n" + t("cli", "Dry run: nothing was imported."))
            return EXIT_PROBLEM if plan.problems else EXIT_OK
        if plan.problems and not args.skip_invalid:
            valid = len(plan.valid_adds) + len(plan.valid_changes)
            print("\n" + tn("cli", "Nothing was imported. Fix the problems and try again, or add --skip-invalid to "
                            "import the %n valid row(s) only.", valid), file=sys.stderr)
            return EXIT_PROBLEM
        if not plan.valid_adds and not plan.valid_changes:
            print("\n" + (t("cli", "Nothing was imported: no row without problems is new or changed.") if plan.problems
                          else t("cli", "Nothing was imported: the register already holds what the file says.")))
            return EXIT_PROBLEM if plan.problems else EXIT_OK
        result = apply_import(records, plan, skip_invalid=args.skip_invalid)
    print("\n" + t("cli", "{summary} Each change is in the audit trail as an import.").format(
        summary=result.summary()))
    return EXIT_PROBLEM if plan.problems else EXIT_OK


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register this module's subcommands on the `atlas` parser."""
    names = ", ".join(BY_KEY)
    exports = sub.add_parser("export", help=t("cli", "write the registers to a spreadsheet (unencrypted)")) \
        .add_subparsers(dest="action", metavar="FORMAT", required=True)
    p = exports.add_parser("xlsx", parents=[common],
                           help=t("cli", "one workbook: cover, Art. 30 record, every register, findings"))
    p.add_argument("--out", required=True, metavar="F.xlsx",
                   help=t("cli", "the workbook to write (replaced if it exists)"))
    # "findings" is a value --only takes, as typed, so it is in the list and not in the words to translate.
    p.add_argument("--only", nargs="+", metavar="ENTITY",
                   help=t("cli", "only these registers (of: {names})").format(names=f"{names}, findings"))
    p.set_defaults(func=cmd_export_xlsx)
    p = exports.add_parser("csv", parents=[common], help=t("cli", "one register as a CSV file (UTF-8)"))
    p.add_argument("--entity", required=True, metavar="ENTITY", help=t("cli", "one of: {names}").format(names=names))
    p.add_argument("--out", required=True, metavar="F.csv", help=t("cli", "the file to write (replaced if it exists)"))
    p.set_defaults(func=cmd_export_csv)
    imports = sub.add_parser("import", help=t("cli", "read records from a spreadsheet")).add_subparsers(
        dest="action", metavar="FORMAT", required=True)
    p = imports.add_parser("xlsx", parents=[common],
                           help=t("cli", "an Atlas export (edited or not) or a sheet in the ICO template's layout"),
                           description=t("cli", "Every row is checked first. Nothing is written if any row has a "
                                         "problem, unless --skip-invalid is given. Exit code 1 when problems were "
                                         "found."))
    p.add_argument("--in", dest="in_", required=True, metavar="F.xlsx", help=t("cli", "the workbook to read"))
    p.add_argument("--dry-run", action="store_true", help=t("cli", "check and report only; write nothing"))
    p.add_argument("--skip-invalid", action="store_true",
                   help=t("cli", "import the valid rows and leave out the others"))
    p.set_defaults(func=cmd_import_xlsx)
