"""Point first: each page's sections in the order content/site.yaml gives, its finding and main element on
the first screen (1440x900 and 390x844, both languages)."""

from __future__ import annotations

import re

import pytest
from conftest import wait_rendered
from helpers import open_page, problems_for, walk_tree

from reelreality.content import load
from reelreality.core import sections
from reelreality.core.models import LANGS
from reelreality.text import plain
from reelreality.web import views

CONTENT = load()
PAGES = CONTENT.site.pages
IDS = [p.id for p in PAGES]


def test_a_lede_splits_into_its_first_sentence_and_the_rest():
    """The finding is the lede's first sentence; the rest, and a lede of one sentence, keep every word."""
    assert sections.split_finding("One custom model. A year later, “it stalled.” Three notes.") == (
        "One custom model.",
        "A year later, “it stalled.” Three notes.",
    )
    assert sections.split_finding("  Just one sentence, e.g. this one.  ") == ("Just one sentence, e.g. this one.", "")


def test_every_page_lists_each_of_its_panels_sections_once_finding_and_main_first():
    """The real site lists every section of every panel, and opens each page on its finding and main element."""
    for page in PAGES:
        panel = sections.PANELS[page.script]
        assert sorted(page.sections) == sorted(panel.sections), page.id
        assert page.sections[:2] == ["finding", panel.main], page.id


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda site: site["pages"][2]["sections"].append("legend"),
            "content/site.yaml: pages[2](obstacles-risks).sections[3]: unknown section 'legend' "
            "(known: finding, tabs, context)",
        ),
        (
            lambda site: site["pages"][2]["sections"].remove("context"),
            "content/site.yaml: pages[2](obstacles-risks).sections: missing section(s) 'context'",
        ),
        (
            lambda site: site["pages"][1]["sections"].append("list"),
            "content/site.yaml: pages[1](promise-tracker).sections[5]: section 'list' is listed twice",
        ),
    ],
    ids=["unknown", "missing", "twice"],
)
def test_a_wrong_section_list_is_a_located_content_error(change, message):
    """An author who misspells, drops or repeats a section gets one line naming the file, page and item."""
    assert message in problems_for("site.yaml", change)


def test_a_page_without_a_section_list_is_a_content_error():
    problems = problems_for("site.yaml", lambda site: site["pages"][0].pop("sections"))
    assert any("pages[0]" in p and "sections" in p for p in problems), problems


def _keyed_text(at, key: str) -> str:
    """The first paragraph of the container keyed `key` (its evidence line follows)."""
    for node in walk_tree(at._tree):
        if _key_of(node) == key:
            texts = [str(el.value) for el in walk_tree(node) if getattr(el, "type", "") == "markdown"]
            return re.sub(r"\\(.)", r"\1", plain(texts[0].split("\n\n")[0]))  # markdown escapes off
    raise AssertionError(f"no container keyed {key}")


def _key_of(node) -> str | None:
    """A container's user key: Streamlit ends the block's id with it."""
    block_id = getattr(getattr(node, "proto", None), "id", "")
    return block_id.rsplit("-", 1)[-1] if block_id else None


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_the_finding_shown_is_the_one_links_preview(page, lang):
    """The sentence a page opens on is the finding its link preview announces (the overview's is its title)."""
    at = open_page(page.script, lang=lang)
    expected = views.finding(CONTENT, page, lang)
    if page == PAGES[0]:
        assert plain(at.title[0].value).startswith(expected)
    else:
        assert _keyed_text(at, sections.FINDING_KEY) == expected


# ---------------------------------------------------------------- in the browser

VIEWPORTS = {"desktop": (1440, 900), "phone": (390, 844)}
MAX_SHIFT = 0.05
# The levels of the page's visible headings in document order (a screen reader's outline).
HEADINGS = """() => [...document.querySelectorAll('.stMainBlockContainer :is(h1, h2, h3, h4, h5, h6)')]
    .filter(h => h.checkVisibility()).map(h => [Number(h.tagName[1]), h.textContent.slice(0, 40)])"""
# Chrome's layout-shift entries from the page's start (an init script runs before the document has an
# element), each with the elements that moved; a shift right after a click or key is not the page's.
RECORD_SHIFTS = """window.__shifts = [];
new PerformanceObserver(list => list.getEntries().forEach(entry => entry.hadRecentInput || window.__shifts.push({
    value: entry.value,
    moved: (entry.sources || []).map(s => s.node ? (s.node.className || s.node.nodeName) + '' : '?').slice(0, 3),
}))).observe({type: 'layout-shift', buffered: true});"""
TOPS = f"""() => Object.fromEntries([
    ['title', 'h1'],
    ['finding', '.st-key-{sections.FINDING_KEY}'],
    ['main', '.st-key-{sections.MAIN_KEY}'],
].map(([name, selector]) => [name, document.querySelector(selector)?.getBoundingClientRect().top ?? null]))"""


@pytest.mark.browser
@pytest.mark.parametrize("viewport", VIEWPORTS, ids=list(VIEWPORTS))
@pytest.mark.parametrize("lang", LANGS)
def test_each_page_opens_on_its_title_finding_and_main_element(server_url, browser, shots, lang, viewport):
    """A newcomer opening any page, on a laptop or a phone, sees the top of the title, the finding and the
    main chart or control without scrolling, and nothing moves under their eyes once the page has painted
    (the sum of Chrome's layout-shift entries, stricter than Lighthouse's windowed CLS, at most 0.05); a
    screen reader's outline opens on the title and never skips a level."""
    width, height = VIEWPORTS[viewport]
    context = browser.new_context(viewport={"width": width, "height": height}, locale=f"{lang}-{lang.upper()}")
    page = context.new_page()
    page.add_init_script(RECORD_SHIFTS)
    outside, shifted, skipped = {}, {}, {}
    try:
        for site_page in PAGES:
            path = "/" if site_page == PAGES[0] else f"/{site_page.id}"
            page.goto(f"{server_url}{path}?lang={lang}")
            wait_rendered(page, timeout=60_000)
            page.wait_for_selector(f".st-key-{sections.MAIN_KEY}", timeout=30_000)
            tops = page.evaluate(TOPS)
            page.screenshot(path=shots / f"first-screen-{site_page.id}-{lang}-{viewport}.png")
            late = {name: top for name, top in tops.items() if top is None or not 0 <= top < height}
            if late:
                outside[site_page.id] = late
            levels = page.evaluate(HEADINGS)
            jumps = [(a, b) for a, b in zip([[0, ""], *levels], levels, strict=False) if b[0] > a[0] + 1]
            if jumps or levels[0][0] != 1:
                skipped[site_page.id] = jumps or levels[:1]
            page.wait_for_timeout(500)  # a shift just after the last chart is drawn still counts
            shifts = page.evaluate("window.__shifts")
            if sum(s["value"] for s in shifts) > MAX_SHIFT:
                shifted[site_page.id] = shifts
    finally:
        context.close()
    assert not outside, f"below the first {width}x{height} screen (top edge in px): {outside}"
    assert not shifted, f"layout shift over {MAX_SHIFT} at {width}x{height}: {shifted}"
    assert not skipped, f"the outline skips a level or does not open on the title (h1): {skipped}"
