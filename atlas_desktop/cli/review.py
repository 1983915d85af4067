"""The ``atlas review`` commands: the annual review from a terminal, step for step as the GUI wizard does it.

``start`` snapshots the register and lists the items; ``status`` shows where the review
stands (``--json`` for scripts, ``--items`` for the numbered list); ``confirm``, ``retire`` and
``reopen`` decide items (an item edited with ``atlas edit`` becomes "updated" by itself);
``close --out PACK.zip`` closes it and writes the signed pack; ``list`` and ``pack`` reach
earlier reviews. Exit codes as every command: 0 ok, 1 a problem found, 2 a usage or key error.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from ..core import review as rv
from ..core.errors import EXIT_OK, EXIT_PROBLEM, NeedsNote, UsageError
from ..core.review_attention import Attention, Reason
from ..core.review_diff import CHANGE_LABELS
from ..storage.settings import Settings
from .opening import open_register, reads_only


def _reviews(reg: Any) -> Any:
    from ..storage.records import Records
    from ..storage.reviews import Reviews

    return Reviews(Records(reg))


def _day(moment: Any) -> str:
    return f"{moment:%Y-%m-%d}" if moment else ""


def _counts_line(counts: dict[str, int]) -> str:
    done = counts[rv.CONFIRMED] + counts[rv.UPDATED] + counts[rv.RETIRED]
    total = done + counts[rv.OPEN]
    return (f"{done} of {total} reviewed: {counts[rv.CONFIRMED]} confirmed unchanged, {counts[rv.UPDATED]} updated, "
            f"{counts[rv.RETIRED]} retired, {counts[rv.OPEN]} still open.")


def _print_items(items: list[rv.Item], only_open: bool, flagged: Attention | None = None) -> None:
    heading = None
    for item in items:
        if only_open and not item.is_open:
            continue
        if item.entity != heading:
            heading = item.entity
            print(f"\n{rv.BY_ENTITY[item.entity].heading}")
        decided = f" — {item.decided_by}, {_day(item.decided_at)}" if item.decided_by and not item.is_open else ""
        note = f" ({item.note})" if item.note else ""
        print(f"  [{item.id:>4}] {rv.DECISION_LABELS[item.decision]:<20} {item.title}{decided}{note}")
        if flagged and item.is_open and item.id in flagged:
            _print_reasons(flagged[item.id])


def _print_reasons(reasons: tuple[Reason, ...]) -> None:
    for reason in reasons:
        print(f"         needs attention: {reason.text} ({reason.article})")


# -- commands ----------------------------------------------------------------------------------------------
def cmd_start(args: argparse.Namespace, settings: Settings) -> int:
    with open_register(args, settings) as reg:
        reviews = _reviews(reg)
        review = reviews.start()
        items = reviews.items(review.id)
    print(f"Started {review.title}. The year's figures cover {review.period.label()}; the register's state is "
          f"anchored at audit entry {review.audit_count} ({review.audit_head[:16]}…).")
    print(f"{len(items)} items to confirm, update or retire:")
    _print_items(items, only_open=False)
    print("\nNext: 'atlas review confirm ITEM…' (or --all), 'atlas review retire ITEM…', or edit a record with "
          "'atlas edit' (it then counts as updated). The review can be paused at any time.")
    return EXIT_OK


def _status_json(review: rv.Review, items: list[rv.Item]) -> dict[str, Any]:
    return {"id": review.id, "title": review.title, "status": review.status,
            "started_at": review.started_at.isoformat(), "started_by": review.started_by,
            "period": {"start": review.period.start.isoformat(), "end": review.period.end.isoformat()},
            "audit_anchor": f"{review.audit_count}:{review.audit_head}",
            "closed_at": review.closed_at.isoformat() if review.closed_at else None, "closed_by": review.closed_by,
            "counts": rv.counts(items), "total": len(items),
            "items": [{"id": i.id, "entity": i.entity, "record": i.record_id, "purpose": i.purpose, "title": i.title,
                       "decision": i.decision, "decided_by": i.decided_by,
                       "decided_at": i.decided_at.isoformat() if i.decided_at else None, "note": i.note}
                      for i in items]}


def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    with open_register(args, settings) as reg:
        reviews = _reviews(reg)
        review = reviews.get(args.id) if args.id is not None else reviews.current()
        if review is None:
            last = reviews.last_closed()
            if args.json:
                print(json.dumps({"in_progress": None, "last_closed": last.title if last else None}, indent=2))
            else:
                print("No review is in progress." + (f" The last one, {last.title}, was closed on "
                                                    f"{_day(last.closed_at)}." if last else "")
                      + " Start one with 'atlas review start'.")
            return EXIT_OK
        items = reviews.items(review.id)
        if args.json:
            print(json.dumps(_status_json(review, items), ensure_ascii=False, indent=2))
            return EXIT_OK
        figures = reviews.figures(review)
        changes = reviews.changes(review)
        previous = reviews.last_closed(before=review.id)
        flagged = reviews.attention(review.id) if review.is_open else {}
    state = "in progress" if review.is_open else f"closed {_day(review.closed_at)} by {review.closed_by}"
    print(f"{review.title}: {state}; started {_day(review.started_at)} by {review.started_by}; "
          f"figures for {review.period.label()}.")
    print(_counts_line(rv.counts(items)))
    from ..core.review_summary import ReviewData, summary_lines

    for line in summary_lines(ReviewData(review, items, figures, changes, previous))[1:]:
        print(f"  • {line}")
    if changes:
        print("\nChanges since the previous review:")
        for c in changes:
            fields = f": {', '.join(c.fields)}" if c.fields else ""
            print(f"  {CHANGE_LABELS[c.kind] + ':':<20} {c.title} ({c.register}){fields}")
    if args.items or review.is_open:
        _print_items(items, only_open=review.is_open and not args.items, flagged=flagged)
    return EXIT_OK


def _ids(args: argparse.Namespace) -> list[int] | None:
    if getattr(args, "all", False):
        if args.items:
            raise UsageError("Give item numbers or --all, not both.")
        return None
    if not args.items:
        raise UsageError("Give the item numbers ('atlas review status --items' lists them)"
                         + (" or --all." if hasattr(args, "all") else "."))
    return list(args.items)


def cmd_confirm(args: argparse.Namespace, settings: Settings) -> int:
    ids = _ids(args)
    with open_register(args, settings) as reg:
        reviews = _reviews(reg)
        try:
            done = reviews.confirm(ids, note=args.note)
        except NeedsNote as exc:
            raise NeedsNote(f"{exc.message} Give the note with --note \"why it stands as it is\".") from None
        review = reviews.require_current()
        counts = reviews.counts(review.id)
        flagged = reviews.attention(review.id) if ids is None else {}
        left = [i for i in reviews.items(review.id, decision=rv.OPEN) if i.id in flagged]
    print(f"Confirmed {done} item(s) as unchanged. {_counts_line(counts)}")
    if not left:
        return EXIT_OK
    # --all never signs these off: each is opened, or confirmed on its own with a note that is kept in the pack.
    one = len(left) == 1
    print(f"\n{len(left)} need{'s' if one else ''} your attention, so {'it was' if one else 'they were'} "
          "not confirmed with the rest: open each one and put it right, or confirm it with a note "
          "('atlas review confirm ITEM --note \"why it stands as it is\"').")
    for item in left:
        print(f"  [{item.id:>4}] {item.title}")
        _print_reasons(flagged[item.id])
    return EXIT_PROBLEM


def cmd_retire(args: argparse.Namespace, settings: Settings) -> int:
    ids = _ids(args)
    with open_register(args, settings) as reg:
        reviews = _reviews(reg)
        done = reviews.retire(ids or [], note=args.note)
        counts = reviews.counts(reviews.require_current().id)
    print(f"Retired {done} item(s): kept in the history, no longer in force. {_counts_line(counts)}")
    return EXIT_OK


def cmd_reopen(args: argparse.Namespace, settings: Settings) -> int:
    ids = _ids(args)
    with open_register(args, settings) as reg:
        reviews = _reviews(reg)
        done = reviews.reopen(ids or [])
        counts = reviews.counts(reviews.require_current().id)
    print(f"Reopened {done} confirmed item(s). {_counts_line(counts)}")
    return EXIT_OK


def cmd_close(args: argparse.Namespace, settings: Settings) -> int:
    from ..exports.review_pack import close_review, write_pack

    out = Path(args.out).expanduser()
    if out.is_dir() or not out.parent.is_dir():
        raise UsageError(f"Cannot write the pack to {out}: give a file name in an existing folder.")
    with open_register(args, settings) as reg:
        reviews = _reviews(reg)
        review = reviews.require_current()
        open_items = reviews.items(review.id, decision=rv.OPEN)
        if open_items:
            print(f"{review.title} cannot be closed yet: {len(open_items)} item(s) are still open.")
            _print_items(open_items, only_open=True)
            print("\nConfirm, update or retire each one first ('atlas review confirm --all' confirms the rest, except "
                  "those that need attention: confirm each of those with --note).")
            return EXIT_PROBLEM
        closed = close_review(reviews.records)
        write_pack(reviews.records, closed.id, out)
    print(f"Closed {closed.title}. Wrote the review pack {out} (SHA-256 {closed.pack_sha256}).")
    print("It holds the signed review, the signed Art. 30 record and the spreadsheet, with a manifest of their hashes "
          "(check with 'sha256sum -c MANIFEST.sha256' once unzipped). It is not encrypted: keep it safe. "
          "'atlas review pack' writes it again at any time.")
    return EXIT_OK


@reads_only
def cmd_list(args: argparse.Namespace, settings: Settings) -> int:
    with open_register(args, settings) as reg:
        reviews = _reviews(reg)
        rows = [(r, reviews.counts(r.id)) for r in reviews.list()]
    if args.json:
        print(json.dumps([{"id": r.id, "title": r.title, "status": r.status, "period_start": r.period.start.isoformat(),
                           "period_end": r.period.end.isoformat(), "closed_at": r.closed_at.isoformat()
                           if r.closed_at else None, "closed_by": r.closed_by, "pack": r.pack_name,
                           "pack_sha256": r.pack_sha256, "counts": c} for r, c in rows], ensure_ascii=False, indent=2))
    elif not rows:
        print("No review yet. Start one with 'atlas review start'.")
    for r, c in rows if not args.json else ():
        state = "in progress" if r.is_open else f"closed {_day(r.closed_at)} by {r.closed_by}"
        print(f"#{r.id:<3} {r.title:<24} {state:<32} {r.period.label()}  ({_counts_line(c)})")
    return EXIT_OK


@reads_only
def cmd_pack(args: argparse.Namespace, settings: Settings) -> int:
    from ..exports.review_pack import write_pack

    with open_register(args, settings) as reg:
        reviews = _reviews(reg)
        review = reviews.get(args.id) if args.id is not None else reviews.last_closed()
        if review is None:
            raise UsageError("No review has been closed yet, so there is no pack to write.")
        out = write_pack(reviews.records, review.id, Path(args.out))
    print(f"Wrote the pack of {review.title} to {out} (SHA-256 {review.pack_sha256}). It is not encrypted.")
    return EXIT_OK


# -- parser ------------------------------------------------------------------------------------------------
def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``atlas review`` and its actions on the `atlas` parser."""
    actions = sub.add_parser(
        "review", help="the annual review of every record, ending in a signed pack",
        description="The yearly review (Art. 5(2), 24(1) GDPR): confirm, update or retire every activity, "
                    "processor, DPIA, policy and consent purpose, see the year's figures, then close it to write "
                    "a signed review and pack.").add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("start", parents=[common], help="snapshot the register and list what to review")
    p.set_defaults(func=cmd_start)
    p = actions.add_parser("status", parents=[common], help="where the review stands")
    p.add_argument("--json", action="store_true", help="counts of open, confirmed, updated and retired items, "
                                                        "and every item, as JSON")
    p.add_argument("--items", action="store_true", help="list every item, not only the open ones")
    p.add_argument("--id", type=int, metavar="REVIEW", help="an earlier review (see 'atlas review list')")
    p.set_defaults(func=cmd_status)
    for name, helptext, func, with_all in (
            ("confirm", "mark items as confirmed unchanged", cmd_confirm, True),
            ("retire", "retire items: kept in the history, no longer in force", cmd_retire, False),
            ("reopen", "take back a confirmation", cmd_reopen, False)):
        p = actions.add_parser(name, parents=[common], help=helptext)
        p.add_argument("items", nargs="*", type=int, metavar="ITEM", help="item numbers from 'atlas review status'")
        if with_all:
            p.add_argument("--all", action="store_true",
                           help="every item still open, except those that need attention (overdue, a breach "
                                "clock running, a gap): those are listed, to confirm one by one with --note; "
                                "exit code 1 when any is left")
        if name != "reopen":
            p.add_argument("--note", metavar="TEXT", help="why, recorded with the decision")
        p.set_defaults(func=func)
    p = actions.add_parser("close", parents=[common], help="close the review and write the signed pack")
    p.add_argument("--out", required=True, metavar="PACK.zip", help="where to write the review pack")
    p.set_defaults(func=cmd_close)
    p = actions.add_parser("list", parents=[common], help="every review, the newest first")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
    p = actions.add_parser("pack", parents=[common], help="write a closed review's pack again")
    p.add_argument("--out", required=True, metavar="PACK.zip")
    p.add_argument("--id", type=int, metavar="REVIEW", help="which review (default: the last closed)")
    p.set_defaults(func=cmd_pack)
