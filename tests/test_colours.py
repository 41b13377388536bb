"""Colours: colour-blind-safe sets, readable chart labels in both themes, and the validator's colour rule."""

from __future__ import annotations

import re

import pytest
from helpers import problems_for
from hypothesis import given
from hypothesis import strategies as st

from reelreality.content import load
from reelreality.core import colours
from reelreality.core.colours import SIMULATIONS
from reelreality.core.models import LANGS
from reelreality.slides import FIGURES
from reelreality.style import PALETTE

CONTENT = load()
# Streamlit's light and dark page backgrounds, behind every transparent chart.
BACKGROUNDS = ["#FFFFFF", "#171614"]
hex_colour = st.from_regex(r"#[0-9A-F]{6}", fullmatch=True)


def test_contrast_known_answers():
    assert colours.contrast("#FFFFFF", "#000000") == pytest.approx(21)
    assert colours.contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert colours.contrast("#0F5499", "#FFFFFF") == colours.contrast("#FFFFFF", "#0F5499")


@given(hex_colour, hex_colour)
def test_contrast_and_difference_are_symmetric_and_bounded(a, b):
    assert 1 <= colours.contrast(a, b) <= 21.0001
    for vision in SIMULATIONS:
        assert colours.difference(a, b, vision) == pytest.approx(colours.difference(b, a, vision))
    assert colours.difference(a, a, "deuteranopia") == 0


@given(st.integers(0, 255))
def test_greys_look_grey_with_every_vision(level):
    grey = f"#{level:02X}{level:02X}{level:02X}"
    for vision in SIMULATIONS:
        lightness, a, b = colours.simulate(grey, vision)
        assert abs(a) < 6 and abs(b) < 6, (grey, vision, a, b)


def test_red_and_green_are_confused_with_deuteranopia_only():
    """The classic trap: pure red and green are far apart for most viewers and close for some."""
    red, green = "#D62728", "#2CA02C"
    assert colours.difference(red, green) > 40
    found = colours.confusable([red, green])
    assert [(i, j, vision) for i, j, vision, _ in found] in ([(0, 1, "deuteranopia")], [(0, 1, "protanopia")])


def test_the_house_palette_is_colour_blind_safe():
    assert colours.confusable(PALETTE) == []


def test_a_shared_colour_is_allowed():
    assert colours.confusable(["#0072B2", "#0072b2"]) == []


def test_confusable_colours_in_content_are_rejected():
    """An author gives the legal lane a green that deuteranopes cannot tell from the deal lane's red."""

    def change(d):
        d["event_types"][3]["colour"] = "#2CA02C"
        d["event_types"][4]["colour"] = "#D62728"

    messages = problems_for("overview.yaml", change)
    where = "content/overview.yaml: event_types[4](deal).colour: #D62728 is hard to tell from event_types[3]"
    assert any(msg.startswith(where) for msg in messages), messages


def _rgba(colour: str) -> tuple[str, float]:
    """A plotly colour as (#RRGGBB, alpha)."""
    if colour.startswith("#"):
        return colour.upper(), 1.0
    match = re.fullmatch(r"rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)", colour.replace(" ", ""))
    assert match, f"unparsed colour {colour!r}"
    r, g, b, a = match.groups()
    return f"#{int(r):02X}{int(g):02X}{int(b):02X}", float(a or 1)


def _over(colour: str, background: str) -> str:
    """`colour` (maybe translucent) painted over an opaque background."""
    hex_value, alpha = _rgba(colour)
    channels = [(int(hex_value[i : i + 2], 16), int(background[i : i + 2], 16)) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(alpha * top + (1 - alpha) * bottom):02X}" for top, bottom in channels)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", sorted(FIGURES))
def test_boxed_chart_labels_are_readable_in_both_themes(name, lang):
    """A label drawn on its own box sets its text colour, which reads on that box in light and dark themes."""
    fig, _ = FIGURES[name](CONTENT, lang)
    for annotation in fig.layout.annotations:
        if annotation.bgcolor is None:
            continue
        assert annotation.font.color, f"{name}: a boxed label takes the theme's text colour, unreadable in one theme"
        text = _rgba(annotation.font.color)[0]
        for page in BACKGROUNDS:
            box = _over(annotation.bgcolor, page)
            assert colours.contrast(text, box) >= 4.5, (name, annotation.text, page)
