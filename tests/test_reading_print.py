"""The handout on paper: Chromium prints it to PDF, and no chart's labels overlap one another."""

from __future__ import annotations

import pytest

from reelreality import export
from reelreality.content import load
from reelreality.core.models import LANGS

pytestmark = pytest.mark.browser
CONTENT = load()
A4_WIDTH, A4_HEIGHT = 794, 1123  # CSS pixels of an A4 page at 96 dpi
PRINT_WIDTH = A4_WIDTH - 2 * 57  # less the handout's 15 mm margins: the width the charts are drawn at

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


def settled(page, timeout_ms: int = 15_000) -> list[dict]:
    """The label boxes once plotly has finished laying the charts out: it draws, then measures its
    labels and moves its margins and axis titles (automargin), so two reads in a row must agree."""
    previous = None
    for _ in range(timeout_ms // 250):
        current = page.evaluate(LABEL_BOXES)
        if current == previous:
            return current
        previous = current
        page.wait_for_timeout(250)
    raise AssertionError("the charts' labels kept moving")


@pytest.mark.parametrize("lang", LANGS)
def test_handout_prints_with_no_overlapping_chart_labels(browser, tmp_path, shots, lang):
    """A reader prints the handout on A4: it becomes a PDF, and in every chart no label covers another."""
    path = tmp_path / f"handout-{lang}.html"
    path.write_text(export.build_handout(CONTENT, lang, "https://reel-reality.example.org"), encoding="utf-8")
    # The charts are drawn at the printed page's width, measured once settled, then printed: measured after
    # printing, they would be caught halfway through the resize printing triggers.
    context = browser.new_context(viewport={"width": PRINT_WIDTH, "height": A4_HEIGHT})
    page = context.new_page()
    page.emulate_media(media="print")
    page.goto(path.as_uri())
    page.wait_for_function(
        "() => [...document.querySelectorAll('.js-plotly-plot')].every(p => p.querySelector('.main-svg'))",
        timeout=20_000,
    )
    charts = settled(page)
    pdf = page.pdf(path=str(shots / f"handout-{lang}.pdf"), format="A4", print_background=True)
    assert pdf.startswith(b"%PDF")
    assert charts, "the handout holds no chart"
    figures = {f"handout-fig-{n}" for n, s in enumerate(CONTENT.slides.slides, start=1) if s.figure}
    assert {c["id"] for c in charts} == figures, "every slide figure is in the handout"
    problems = {c["id"]: overlaps(c["labels"]) for c in charts}
    for chart_id in (k for k, v in problems.items() if v):
        page.locator(f"#{chart_id}").screenshot(path=str(shots / f"handout-{lang}-{chart_id}-overlap.png"))
    assert not {k: v for k, v in problems.items() if v}, problems
    context.close()
