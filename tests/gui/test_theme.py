"""The theme: text stays readable (WCAG AA) in the dark and the light scheme, a switch of scheme while the app
runs repaints what draws its own colours, and the showcase takes its dark and 200 % pictures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QLabel

from atlas_desktop.core.checks import OVERDUE, Finding
from atlas_desktop.gui import theme
from atlas_desktop.gui.charts import BasisChart
from atlas_desktop.gui.create_dialog import LEVEL_HUES
from atlas_desktop.gui.dashboard_items import FindingButton
from atlas_desktop.gui.editors import style
from atlas_desktop.gui.editors.summary import banner
from atlas_desktop.gui.review import common
from atlas_desktop.gui.tablemarks import overdue_tint

ROOT = Path(__file__).resolve().parents[2]
R = QPalette.ColorRole
SCHEMES = {"dark": Qt.ColorScheme.Dark, "light": Qt.ColorScheme.Light}


@pytest.fixture
def scheme(qapp):
    """Force a scheme for one test; the system's again afterwards, whatever happened."""
    def force(name: str) -> QPalette:
        theme.force(SCHEMES[name])
        qapp.processEvents()
        return QGuiApplication.palette()
    yield force
    theme.force(Qt.ColorScheme.Unknown)
    qapp.processEvents()


def overdue() -> Finding:
    return Finding(OVERDUE, "processor", 1, "Postaria Mail Ltd", "The review was due on 2026-10-02.",
                   "Art. 28(1)", "processor-review-overdue")


def test_the_contrast_sums_are_wcags():
    assert theme.contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert theme.contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    moved = theme.readable(QColor("#999999"), [QColor("white")], QColor("black"))
    assert theme.contrast(moved, QColor("white")) >= theme.AA_TEXT
    assert theme.contrast(moved, QColor("white")) < 4.7  # moved just far enough, not to black


@pytest.mark.parametrize("name", ["dark", "light"])
def test_every_text_colour_the_theme_hands_out_reaches_aa(scheme, name):
    pal = scheme(name)
    assert theme.is_dark(pal) == (name == "dark")
    assert theme.theme().scheme() == SCHEMES[name]
    window, base, ink = pal.color(R.Window), pal.color(R.Base), pal.color(R.WindowText)
    tints = {hue: theme.tint(hue, pal) for hue in theme.HUES}
    # (what, text colour, ground it is drawn on)
    pairs: list[tuple[str, QColor, QColor]] = [
        ("muted on window", theme.muted(pal), window), ("muted on base", theme.muted(pal), base),
        ("table text on the overdue tint", pal.color(R.Text), overdue_tint()),
    ]
    for hue, ground in tints.items():
        pairs += [(f"{hue} coloured label on window", theme.hue_text(hue, pal), window),
                  (f"{hue} coloured label on base", theme.hue_text(hue, pal), base),
                  (f"text on the {hue} notice", ink, ground), (f"muted on the {hue} notice", theme.muted(pal), ground),
                  (f"glyph on the {hue} icon", theme.on_hue(pal), theme.hue(hue, pal)),
                  (f"muted on a {hue} dashboard row", theme.muted(pal), theme.mix(base, theme.hue(hue, pal), 0.10))]
    for kind in (style.ERROR, style.WARNING, style.INFO, style.OK):
        pairs.append((f"editor {kind} text", style.text_colour(kind), window))
    pairs.append(("chart labels", BasisChart()._muted(), window))
    if name == "dark":  # the palette is Atlas's own here (offscreen keeps a light one): its text roles too
        pairs += [(f"{text.name} on {ground.name}", theme.flat(pal.color(text), pal.color(ground)), pal.color(ground))
                  for text, ground in theme.text_roles()]
    weak = [f"{what}: {theme.contrast(text, ground):.2f}" for what, text, ground in pairs
            if theme.contrast(text, ground) < theme.AA_TEXT]
    assert not weak, weak
    # Icons, stripes, meter and chart bars are graphics: 3:1 against what surrounds them (WCAG 1.4.11).
    graphics = [theme.hue(h, pal) for h in {*theme.HUES, *LEVEL_HUES}] + [BasisChart()._bar()]
    assert all(theme.contrast(c, g) >= theme.AA_GRAPHIC for c in graphics for g in (window, base))


def test_a_switch_of_scheme_repaints_rows_marks_and_labels(qtbot, scheme):
    scheme("light")
    button = FindingButton(overdue())
    qtbot.addWidget(button)
    button.resize(600, 80)
    label = style.muted(QLabel("A help line"))
    review_label = common.muted(QLabel("Secondary"))
    coloured = style.coloured(QLabel("Required"), style.ERROR)
    qtbot.addWidget(label)
    qtbot.addWidget(review_label)
    qtbot.addWidget(coloured)

    def stripe_and_fill() -> tuple[QColor, QColor]:
        image: QImage = button.grab().toImage()
        ratio = image.devicePixelRatio()
        middle = round(image.height() / ratio / 2 * ratio)
        return image.pixelColor(round(3 * ratio), middle), image.pixelColor(round(300 * ratio), middle)

    light_stripe, light_fill = stripe_and_fill()
    light_tint, light_muted = overdue_tint(), label.palette().color(R.WindowText)
    assert light_stripe.name() == theme.hue(theme.RED).name()
    assert light_fill.lightness() > 200

    pal = scheme("dark")
    qtbot.waitUntil(lambda: label.palette().color(R.WindowText) != light_muted)  # the follower ran
    dark_stripe, dark_fill = stripe_and_fill()
    assert dark_stripe.name() == theme.HUES[theme.RED][1] != light_stripe.name()
    assert dark_fill.lightness() < 60
    assert overdue_tint() != light_tint and overdue_tint().lightness() < 80
    for widget in (label, review_label):
        assert widget.palette().color(R.WindowText) == theme.muted(pal)
    assert coloured.palette().color(R.WindowText) == theme.hue_text(theme.RED, pal)

    scheme("light")
    qtbot.waitUntil(lambda: label.palette().color(R.WindowText) == light_muted)
    assert stripe_and_fill()[0].name() == light_stripe.name()


def test_a_tinted_panel_follows_the_scheme(qtbot, scheme):
    scheme("light")
    panel = banner(style.WARNING, "The register is locked")
    qtbot.addWidget(panel)
    light = panel.styleSheet()
    assert theme.tint(theme.AMBER).name() in light
    pal = scheme("dark")
    qtbot.waitUntil(lambda: panel.styleSheet() != light)
    assert theme.tint(theme.AMBER, pal).name() in panel.styleSheet()


def test_the_showcase_takes_dark_and_200_percent_pictures(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_SCALE_FACTOR")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), ATLAS_KDF_SECONDS="0")
    out = tmp_path / "shots"
    result = subprocess.run([sys.executable, "-m", "atlas_desktop", "--showcase", str(out)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    names = {p.name for p in out.iterdir()}
    assert {"dark-main-window.png", "dark-dashboard.png", "dark-page-breaches.png", "dark-editor-breach.png",
            "scaled-main-window.png", "scaled-dashboard.png", "scaled-editor-breach.png"} <= names
    assert {"main-window.png", "dashboard.png"} <= names  # the light set as before
    for name in ("dark-main-window.png", "scaled-main-window.png"):
        assert name in result.stdout
    light, dark = QImage(str(out / "dashboard.png")), QImage(str(out / "dark-dashboard.png"))
    assert light.pixelColor(4, 4).lightness() > 200 and dark.pixelColor(4, 4).lightness() < 80
    normal, scaled = QImage(str(out / "main-window.png")), QImage(str(out / "scaled-main-window.png"))
    assert scaled.width() == 2 * normal.width() and scaled.height() == 2 * normal.height()
