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
from ..core.i18n import cite, spec, t, tn
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
    return t("cli", "{done} of {total} reviewed: {confirmed} confirmed unchanged, {updated} updated, {retired} "
             "retired, {open} still open.").format(done=done, total=total, confirmed=counts[rv.CONFIRMED],
                                                   updated=counts[rv.UPDATED], retired=counts[rv.RETIRED],
                                                   open=counts[rv.OPEN])


def _print_items(items: list[rv.Item], only_open: bool, flagged: Attention | None = None) -> None:
    heading = None
    for item in items:
        if only_open and not item.is_open:
            continue
        if item.entity != heading:
            heading = item.entity
            print(f"\n{spec(rv.BY_ENTITY[item.entity].heading)}")
        decided = f" — {item.decided_by}, {_day(item.decided_at)}" if item.decided_by and not item.is_open else ""
        note = f" ({item.note})" if item.note else ""
        print(f"  [{item.id:>4}] {spec(rv.DECISION_LABELS[item.decision]):<20} {item.title}{decided}{note}")
        if flagged and item.is_open and item.id in flagged:
            _print_reasons(flagged[item.id])


def _print_reasons(reasons: tuple[Reason, ...]) -> None:
    for reason in reasons:
        print("         " + t("cli", "needs attention: {reason} ({article})").format(
            reason=reason.text, article=cite(reason.article)))


# -- commands ----------------------------------------------------------------------------------------------
def cmd_start(args: argparse.Namespace, settings: Settings) -> int:
    with open_register(args, settings) as reg:
        reviews = _reviews(reg)
        review = reviews.start()
        items = reviews.items(review.id)
    print(t("cli", "Started {title}. The year's figures cover {period}; the register's state is anchored at audit "
            "entry {count} ({head}…).").format(title=review.title, period=review.period.shown(),
                                               count=review.audit_count, head=review.audit_head[:16]))
    print(tn("cli", "%n item(s) to confirm, update or retire:", len(items)))
    _print_items(items, only_open=False)
    print("\n" + t("cli", "Next: 'atlas review confirm ITEM…' (or --all), 'atlas review retire ITEM…', or edit a "
                   "record with 'atlas edit' (it then counts as updated). The review can be paused at any time."))
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
                print(t("cli", "No review is in progress. The last one, {title}, was closed on {date}. Start one "
                        "with 'atlas review start'.").format(title=last.title, date=_day(last.closed_at)) if last
                      else t("cli", "No review is in progress. Start one with 'atlas review start'."))
            return EXIT_OK
        items = reviews.items(review.id)
        if args.json:
            print(json.dumps(_status_json(review, items), ensure_ascii=False, indent=2))
            return EXIT_OK
        figures = reviews.figures(review)
        changes = reviews.changes(review)
        previous = reviews.last_closed(before=review.id)
        flagged = reviews.attention(review.id) if review.is_open else {}
    print(t("cli", "{title}: {state}; started {date} by {person}; figures for {period}.").format(
        title=review.title, state=_state(review), date=_day(review.started_at), person=review.started_by,
        period=review.period.shown()))
    print(_counts_line(rv.counts(items)))
    from ..core.review_summary import ReviewData, summary_lines

    for line in summary_lines(ReviewData(review, items, figures, changes, previous))[1:]:
        print(f"  • {line}")
    if changes:
        print("\n" + t("cli", "Changes since the previous review:"))
        for c in changes:
            change = t("cli", "{change}:").format(change=spec(CHANGE_LABELS[c.kind]))
            what = t("cli", "{title} ({register}): {fields}") if c.fields else "{title} ({register}){fields}"
            print(f"  {change:<20} " + what.format(title=c.title, register=spec(c.register),
                                                   fields=", ".join(spec(x) for x in c.fields)))
    if args.items or review.is_open:
        _print_items(items, only_open=review.is_open and not args.items, flagged=flagged)
    return EXIT_OK


def _state(review: rv.Review) -> str:
    if review.is_open:
        return t("cli", "in progress")
    return t("cli", "closed {date} by {person}").format(date=_day(review.closed_at), person=review.closed_by)


def _ids(args: argparse.Namespace) -> list[int] | None:
    if getattr(args, "all", False):
        if args.items:
            raise UsageError(t("cli", "Give item numbers or --all, not both."))
        return None
    if not args.items:
        raise UsageError(t("cli", "Give the item numbers ('atlas review status --items' lists them) or --all.")
                         if hasattr(args, "all") else
                         t("cli", "Give the item numbers ('atlas review status --items' lists them)."))
    return list(args.items)


def cmd_confirm(args: argparse.Namespace, settings: Settings) -> int:
    ids = _ids(args)
    with open_register(args, settings) as reg:
        reviews = _reviews(reg)
        try:
            done = reviews.confirm(ids, note=args.note)
        except NeedsNote as exc:
            raise NeedsNote(t("cli", "{problem} Give the note with --note \"why it stands as it is\".").format(
                problem=exc.message)) from None
        review = reviews.require_current()
        counts = reviews.counts(review.id)
        flagged = reviews.attention(review.id) if ids is None else {}
        left = [i for i in reviews.items(review.id, decision=rv.OPEN) if i.id in flagged]
    print(tn("cli", "Confirmed %n item(s) as unchanged. {counts}", done).format(counts=_counts_line(counts)))
    if not left:
        return EXIT_OK
    # --all never signs these off: each is opened, or confirmed on its own with a note that is kept in the pack.
    print("\n" + tn("cli", "%n need(s|) your attention, so (it|they) (was|were) not confirmed with the rest: open "
                    "each one and put it right, or confirm it with a note ('atlas review confirm ITEM --note "
                    "\"why it stands as it is\"').", len(left)))
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
    print(tn("cli", "Retired %n item(s): kept in the history, no longer in force. {counts}", done).format(
        counts=_counts_line(counts)))
    return EXIT_OK


def cmd_reopen(args: argparse.Namespace, settings: Settings) -> int:
    ids = _ids(args)
    with open_register(args, settings) as reg:
        reviews = _reviews(reg)
        done = reviews.reopen(ids or [])
        counts = reviews.counts(reviews.require_current().id)
    print(tn("cli", "Reopened %n confirmed item(s). {counts}", done).format(counts=_counts_line(counts)))
    return EXIT_OK


def cmd_close(args: argparse.Namespace, settings: Settings) -> int:
    from ..exports.review_pack import close_review, write_pack

    out = Path(args.out).expanduser()
    if out.is_dir() or not out.parent.is_dir():
        raise UsageError(t("cli", "Cannot write the pack to {path}: give a file name in an existing folder.").format(
            path=out))
    with open_register(args, settings) as reg:
        reviews = _reviews(reg)
        review = reviews.require_current()
        open_items = reviews.items(review.id, decision=rv.OPEN)
        if open_items:
            print(tn("cli", "{title} cannot be closed yet: %n item(s) (is|are) still open.", len(open_items)).format(
                title=review.title))
            _print_items(open_items, only_open=True)
            print("\n" + t("cli", "Confirm, update or retire each one first ('atlas review confirm --all' confirms "
                           "the rest, except those that need attention: confirm each of those with --note)."))
            return EXIT_PROBLEM
        closed = close_review(reviews.records)
        write_pack(reviews.records, closed.id, out)
    print(t("cli", "Closed {title}. Wrote the review pack {path} (SHA-256 {sha256}).").format(
        title=closed.title, path=out, sha256=closed.pack_sha256))
    print(t("cli", "It holds the signed review, the signed Art. 30 record and the spreadsheet, with a manifest of "
            "their hashes (check with 'sha256sum -c MANIFEST.sha256' once unzipped). It is not encrypted: keep it "
            "safe. 'atlas review pack' writes it again at any time."))
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
        print(t("cli", "No review yet. Start one with 'atlas review start'."))
    for r, c in rows if not args.json else ():
        print(f"#{r.id:<3} {r.title:<24} {_state(r):<32} {r.period.shown()}  ({_counts_line(c)})")
    return EXIT_OK


@reads_only
def cmd_pack(args: argparse.Namespace, settings: Settings) -> int:
    from ..exports.review_pack import write_pack

    with open_register(args, settings) as reg:
        reviews = _reviews(reg)
        review = reviews.get(args.id) if args.id is not None else reviews.last_closed()
        if review is None:
            raise UsageError(t("cli", "No review has been closed yet, so there is no pack to write."))
        out = write_pack(reviews.records, review.id, Path(args.out))
    print(t("cli", "Wrote the pack of {title} to {path} (SHA-256 {sha256}). It is not encrypted.").format(
        title=review.title, path=out, sha256=review.pack_sha256))
    return EXIT_OK


# -- parser ------------------------------------------------------------------------------------------------
def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``atlas review`` and its actions on the `atlas` parser."""
    actions = sub.add_parser(
        "review", help=t("cli", "the annual review of every record, ending in a signed pack"),
        description=t("cli", "The yearly review (Art. 5(2), 24(1) GDPR): confirm, update or retire every activity, "
                      "processor, DPIA, policy and consent purpose, see the year's figures, then close it to write "
                      "a signed review and pack.")).add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("start", parents=[common], help=t("cli", "snapshot the register and list what to review"))
    p.set_defaults(func=cmd_start)
    p = actions.add_parser("status", parents=[common], help=t("cli", "where the review stands"))
    p.add_argument("--json", action="store_true", help=t("cli", "counts of open, confirmed, updated and retired "
                                                                "items, and every item, as JSON"))
    p.add_argument("--items", action="store_true", help=t("cli", "list every item, not only the open ones"))
    p.add_argument("--id", type=int, metavar="REVIEW", help=t("cli", "an earlier review (see 'atlas review list')"))
    p.set_defaults(func=cmd_status)
    for name, helptext, func, with_all in (
            ("confirm", t("cli", "mark items as confirmed unchanged"), cmd_confirm, True),
            ("retire", t("cli", "retire items: kept in the history, no longer in force"), cmd_retire, False),
            ("reopen", t("cli", "take back a confirmation"), cmd_reopen, False)):
        p = actions.add_parser(name, parents=[common], help=helptext)
        p.add_argument("items", nargs="*", type=int, metavar="ITEM",
                       help=t("cli", "item numbers from 'atlas review status'"))
        if with_all:
            p.add_argument("--all", action="store_true",
                           help=t("cli", "every item still open, except those that need attention (overdue, a "
                                  "breach clock running, a gap): those are listed, to confirm one by one with "
                                  "--note; exit code 1 when any is left"))
        if name != "reopen":
            p.add_argument("--note", metavar="TEXT", help=t("cli", "why, recorded with the decision"))
        p.set_defaults(func=func)
    p = actions.add_parser("close", parents=[common], help=t("cli", "close the review and write the signed pack"))
    p.add_argument("--out", required=True, metavar="PACK.zip", help=t("cli", "where to write the review pack"))
    p.set_defaults(func=cmd_close)
    p = actions.add_parser("list", parents=[common], help=t("cli", "every review, the newest first"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
    p = actions.add_parser("pack", parents=[common], help=t("cli", "write a closed review's pack again"))
    p.add_argument("--out", required=True, metavar="PACK.zip")
    p.add_argument("--id", type=int, metavar="REVIEW", help=t("cli", "which review (default: the last closed)"))
    p.set_defaults(func=cmd_pack)
