"""The retention clocks of the checks (Art. 5(1)(e), 17(1), 30(1)(f)): data kept past the periods the
activities give, counted from a consent's withdrawal, a request's answer, or the end of the processing.
``checks_rules`` calls ``expired`` from the consent and request rules and ``ended`` for retired activities.
Messages are translated templates (context "checks"); ``retention.describe`` gives each period's own words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from . import retention
from .checks_base import GAP, Record, Run, quoted
from .i18n import spec, t

# Triggers that have happened by the time the processing stops, so its end date bounds them.
_ENDED_BY_THE_STOP = frozenset({"processing_ended", "collection", "last_contact"})


def _local_date(run: Run, moment: dt.date | dt.datetime) -> dt.date:
    # A withdrawal at 23:30 UTC is the next day in Bucharest: the clock starts on the office's date.
    return moment.astimezone(run.zone).date() if isinstance(moment, dt.datetime) else moment


def _ran_out(run: Run, rows: Iterable[Record], start: dt.date) -> list[tuple[dt.date, Record]]:
    """(last day kept, row) for the rows whose period from ``start`` is over and whose data is not
    recorded as deleted; the last day itself is still within the period."""
    out = []
    for row in rows:
        end = retention.ends_on(row, start)
        if end is not None and end < run.today and not row.get("erased_on"):
            out.append((end, row))
    return sorted(out, key=lambda pair: pair[0])


def _periods(ended: list[tuple[dt.date, Record]]) -> str:
    ran_out = t("checks", "{period} (ran out on {date})")
    return "; ".join(ran_out.format(period=retention.describe(row), date=end.isoformat()) for end, row in ended)


def expired(run: Run, entity: str, rec: Record, moment: dt.date | dt.datetime, trigger: str,
             activity_ids: Iterable[int], template: str, code: str) -> None:
    """A consent withdrawn or a request answered whose linked activities keep data for periods counted
    from that event, all now over: the data, and this record with it, must go (Art. 5(1)(e), 17(1)).

    Only when every such period has run out: until then the record may still be the proof a longer
    period keeps (e.g. proof of consent for 3 years), and deleting it is the one way to clear the finding.
    ``template`` is the translated message, with {name}, {date}, {activities} and {periods}."""
    start = _local_date(run, moment)
    rows: list[tuple[dt.date, Record]] = []
    names: list[str] = []
    for aid in activity_ids:
        a = run.activities.get(aid)
        found = [(end, row) for row in (retention.rows_with_trigger(a, trigger) if a else ())
                 if not row.get("erased_on") and (end := retention.ends_on(row, start)) is not None]
        if found:
            rows += found
            names.append(run.title("activity", a))
    if rows and max(end for end, _ in rows) < run.today:
        rows.sort(key=lambda pair: pair[0])
        last = rows[-1][0]
        run.add(GAP, entity, rec, template.format(name=run.name(entity, rec), date=start.isoformat(),
                                                  activities=quoted(names), periods=_periods(rows)),
                "Art. 5(1)(e)", code, last)


def ended(run: Run, a: Record) -> None:
    """A retired activity's data still held past its periods. Only periods whose trigger cannot come after
    the processing stopped (its end, the collection, the last contact) are counted, from the day it ended,
    at the latest: what ran out from there has certainly run out. A period from the end of a contract or of
    employment may start later than that, and telling someone to delete data the law still asks them to keep
    would be worse than saying nothing."""
    stopped = a.get("ended_on")
    if stopped is None:
        return
    rows = [row for row in a.get("retention") or () if retention.duration(row) is not None
            and row.get("trigger") in _ENDED_BY_THE_STOP]
    ended = _ran_out(run, rows, stopped)
    if ended:
        run.add(GAP, "activity", a, t("checks", "{name} ended on {date}; counted at the latest from that day, "
                                      "{periods}: delete that data and record the date in {field}.")
                .format(name=run.name("activity", a), date=stopped.isoformat(), periods=_periods(ended),
                        field=spec("Deleted on")), "Art. 5(1)(e)", "retention-category-expired", ended[0][0])
