"""The house style's word wrap: whole words, bounded lines, escaped content."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reelreality.style import label_margin, wrap


@given(st.lists(st.text(alphabet="abc <>&é", min_size=1, max_size=12), min_size=1, max_size=30))
def test_wrap_keeps_every_word_and_bounds_lines(words):
    wrapped = wrap(" ".join(words), 20, escape=False)
    assert wrapped.replace("<br>", " ").split() == " ".join(words).split()
    assert all(len(line) <= 20 or " " not in line for line in wrapped.split("<br>"))


def test_wrap_escapes_content_and_never_cuts_a_word():
    assert wrap("<b>bold</b> text", 80) == "&lt;b&gt;bold&lt;/b&gt; text"
    assert wrap("a supercalifragilistic word", 5) == "a<br>supercalifragilistic<br>word"


def test_wrap_caps_the_number_of_lines_with_an_ellipsis():
    assert wrap("one two three four five", 3, max_lines=2) == "one<br>two…"


def test_a_frozen_figure_keeps_its_dict_and_the_container_around_it():
    import plotly.graph_objects as go

    from reelreality.style import Block, Chart, FrozenFigure, frozen

    fig = go.Figure(go.Bar(x=[1, 2], y=[3, 4]))
    chart = frozen(Chart(fig, "caption"))
    assert isinstance(chart, Chart) and isinstance(chart.figure, FrozenFigure) and chart.caption == "caption"
    assert chart.figure.to_dict() is chart.figure.to_dict() and chart.figure.to_dict() == fig.to_dict()
    block = frozen(Block(fig, "c", None, "f.csv"))
    assert isinstance(block.figure, FrozenFigure) and block.file_name == "f.csv"
    nested = frozen({"a": [fig, 1], "b": ("x", fig)})
    assert isinstance(nested["a"][0], FrozenFigure) and isinstance(nested["b"][1], FrozenFigure)
    untouched = ("x", 1)
    assert frozen(untouched) is untouched


def test_label_margin_reserves_room_for_the_longest_line_of_the_labels():
    # The longest line counts, not the whole label; tags such as <b> take no room.
    assert label_margin(["<b>abcd</b><br>ab", "abc"], 10, pad=0) == label_margin(["abcd"], 10, pad=0) == 23
    assert label_margin(["a" * 20], 14) > label_margin(["a" * 10], 14) > label_margin([], 14) == 20
    assert label_margin(["a" * 200], 14, cap=280) == 280
    # A larger type needs more room for the same label.
    assert label_margin(["Promesse ou déclaration"], 17) > label_margin(["Promesse ou déclaration"], 14)
