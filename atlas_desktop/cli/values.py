"""Records on the command line: a record as JSON, and the values ``--set KEY=VALUE``, ``--add KEY=VALUE``
and ``--from-json F`` give, parsed by field kind as the GUI and the spreadsheet import parse them.

Shared by the record commands (``records``) and ``atlas add activity --template`` (``templates``).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..core import codec, limits
from ..core.errors import UsageError
from ..core.i18n import spec, t
from ..core.spec import Entity, Field, Kind


def record_json(ent: Entity, record: dict[str, Any]) -> dict[str, Any]:
    return {"id": record["id"], **{f.key: codec.to_json(f, record.get(f.key)) for f in ent.fields}}


def values_given(ent: Entity, args: argparse.Namespace, time_zone: str,
                 current: dict[str, Any] | None) -> dict[str, Any]:
    """The changes given by --from-json, --set KEY=VALUE and --add KEY=VALUE, parsed by field kind."""
    values: dict[str, Any] = {}
    if args.from_json:
        try:
            with open(args.from_json, "rb") as handle:  # at most one byte past the limit: enough to refuse it
                loaded = limits.read_json(handle.read(limits.MAX_JSON_BYTES + 1))
        except OSError as exc:
            raise UsageError(t("cli", "Cannot read {path}: {error}.").format(
                path=args.from_json, error=exc.strerror or exc)) from None
        except ValueError as exc:  # bad JSON (with where), too large, too deep, not UTF-8
            raise UsageError(t("cli", "Cannot read {path}: {error}.").format(path=args.from_json, error=exc)) from None
        if not isinstance(loaded, dict):
            raise UsageError(t("cli", "{path} must hold one JSON object of field keys and values.").format(
                path=args.from_json))
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
            raise UsageError(t("cli", "--add works on list fields; {key} holds one value, use --set.").format(key=key))
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
        raise UsageError(t("cli", "{flag} takes KEY=VALUE, not {given}.").format(flag=flag, given=repr(item)))
    return key.strip(), value


def _field(ent: Entity, key: str) -> Field:
    if not ent.has(key):
        raise UsageError(t("cli", "{entity} has no field {key}; see 'atlas fields {entity_key}'.").format(
            entity=spec(ent.label), key=repr(key), entity_key=ent.key))
    f = ent.field(key)
    if not f.editable:
        raise UsageError(t("cli", "{field} ({key}) is worked out automatically and cannot be set.").format(
            field=spec(f.label), key=key))
    return f


def _parse(f: Field, text: str, time_zone: str) -> Any:
    try:
        return codec.parse_text(f, text, time_zone)
    except ValueError as exc:
        raise UsageError(t("cli", "{field} ({key}): {error}.").format(field=spec(f.label), key=f.key, error=exc)) from None
