"""The handout on paper: Chromium prints it to PDF, and no chart's labels overlap one another."""

from __future__ import annotations

import pytest

from reelreality import export
from reelreality.content import load
from reelreality.core.models import LANGS

pytestmark = pytest.mark.browser
CONTENT = load()
A4_WIDTH, A4_HEIGHT = 794, 1123  # CSS pixels of an A4 page at 96 dpi

# Every visible text of every chart, with its box in the page, once the charts are drawn for print.
LABEL_BOXES = """() => [...document.querySelectorAll('.js-plotly-plot')].map(plot => ({
    id: plot.id,
    labels: [...plot.querySelectorAll('svg text')]
        .filter(t => t.textContent.trim() && getComputedStyle(t).visibility !== 'hidden'
                     && getComputedStyle(t).display !== 'none' && t.getAttribute('opacity') !== '0')
        .map(t => { const r = t.getBoundingClientRect();
                    return {text: t.textContent.trim(), x: r.x, y: r.y, w: r.width, h: r.height}; })
        .filter(b => b.w > 0 && b.h > 0),
}))"""


def overlaps(labels: list[dict], slack: float = 1.0) -> list[tuple[str, str]]:
    """Pairs of labels whose boxes intersect by more than `slack` pixels both ways."""
    found = []
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            dx = min(a["x"] + a["w"], b["x"] + b["w"]) - max(a["x"], b["x"])
            dy = min(a["y"] + a["h"], b["y"] + b["h"]) - max(a["y"], b["y"])
            if dx > slack and dy > slack:
                found.append((a["text"], b["text"]))
    return found


def test_overlap_finds_crossing_boxes():
    """The check itself: two boxes that cross are found, two that only touch are not."""
    a = {"text": "a", "x": 0, "y": 0, "w": 10, "h": 10}
    assert overlaps([a, {"text": "b", "x": 5, "y": 5, "w": 10, "h": 10}]) == [("a", "b")]
    assert overlaps([a, {"text": "c", "x": 10, "y": 0, "w": 10, "h": 10}]) == []


@pytest.mark.parametrize("lang", LANGS)
def test_handout_prints_with_no_overlapping_chart_labels(browser, tmp_path, shots, lang):
    """A reader prints the handout on A4: it becomes a PDF, and in every chart no label covers another."""
    path = tmp_path / f"handout-{lang}.html"
    path.write_text(export.build_handout(CONTENT, lang, "https://reel-reality.example.org"), encoding="utf-8")
    context = browser.new_context(viewport={"width": A4_WIDTH, "height": A4_HEIGHT})
    page = context.new_page()
    page.emulate_media(media="print")
    page.goto(path.as_uri())
    page.wait_for_function(
        "() => [...document.querySelectorAll('.js-plotly-plot')].every(p => p.querySelector('.main-svg'))",
        timeout=20_000,
    )
    pdf = page.pdf(path=str(shots / f"handout-{lang}.pdf"), format="A4", print_background=True)
    assert pdf.startswith(b"%PDF")
    charts = page.evaluate(LABEL_BOXES)
    assert charts, "the handout holds no chart"
    figures = {f"handout-fig-{n}" for n, s in enumerate(CONTENT.slides.slides, start=1) if s.figure}
    assert {c["id"] for c in charts} == figures, "every slide figure is in the handout"
    problems = {c["id"]: overlaps(c["labels"]) for c in charts}
    assert not {k: v for k, v in problems.items() if v}, problems
    context.close()
