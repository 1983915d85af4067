"""No message meant for the user leaves the headless layers in English only (issue 18).

An ``AtlasError`` (or a ``Problem`` next to a field) is shown as it is by the GUI's dialogs, the editors and the
CLI; its text must come from the catalogue (``core.i18n.t``/``tn``), so a Romanian user reads it in Romanian. This
reads the source with ``ast``: a raise of an AtlasError subclass, or a ``Problem(...)``, whose message is an
English literal (a string, an f-string, or a literal's ``.format``) fails here with its file and line.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from atlas_desktop.core import errors

ROOT = Path(__file__).resolve().parents[1] / "atlas_desktop"
LAYERS = ("core", "storage", "exports", "cli")
USER_ERRORS = {name for name, value in vars(errors).items()
               if inspect.isclass(value) and issubclass(value, errors.AtlasError)}


def _english(node: ast.expr) -> bool:
    """A message written in English in the code: a literal, an f-string, a concatenation of them, or
    ``"literal".format(...)`` — not a ``t(...)``/``tn(...)`` result nor a variable."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and any(c.isalpha() for c in str(v.value)) for v in node.values)
    if isinstance(node, ast.BinOp):
        return _english(node.left) or _english(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _english(node.func.value)
    return False


def _name(call: ast.Call) -> str:
    return call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")


def _messages_in_english() -> list[str]:
    found: list[str] = []
    for layer in LAYERS:
        for path in sorted((ROOT / layer).rglob("*.py")):
            tree = ast.parse(path.read_text("utf-8"), str(path))
            where = path.relative_to(ROOT.parent)
            for node in ast.walk(tree):
                if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) \
                        and _name(node.exc) in USER_ERRORS and node.exc.args and _english(node.exc.args[0]):
                    found.append(f"{where}:{node.lineno}: raise {_name(node.exc)}(<English literal>)")
                if isinstance(node, ast.Call) and _name(node) == "Problem" and len(node.args) >= 2 \
                        and _english(node.args[1]):
                    found.append(f"{where}:{node.lineno}: Problem(..., <English literal>)")
    return found


def test_user_facing_errors_of_the_headless_layers_come_from_the_catalogue() -> None:
    assert _messages_in_english() == []


def test_the_check_sees_an_english_literal() -> None:
    """The check itself must be able to fail: each shape of English message is recognised."""
    for source in ('raise UsageError("No such file.")', 'raise UsageError(f"No file {x}.")',
                   'raise UsageError("No file {x}.".format(x=1))', 'Problem("f", "must be text.")'):
        node = ast.parse(source).body[0]
        call = node.exc if isinstance(node, ast.Raise) else node.value  # type: ignore[attr-defined]
        message = call.args[0] if isinstance(node, ast.Raise) else call.args[1]
        assert _english(message), source
    for source in ('raise UsageError(t("cli", "No such file."))', 'raise UsageError(message)',
                   'raise UsageError(t("cli", "No file {x}.").format(x=1))'):
        assert not _english(ast.parse(source).body[0].exc.args[0]), source  # type: ignore[attr-defined]
