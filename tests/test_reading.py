"""Reading experience: light evidence lines that open on full citations, and timeline labels that keep apart."""

from __future__ import annotations

import dataclasses
import re

import pytest
from conftest import wait_rendered
from helpers import all_text, content_with, open_page, walk_tree

from reelreality import text, timeline
from reelreality.content import load
from reelreality.core.models import LANGS
from reelreality.ui import base

CONTENT = load()
PAGES = [p.script for p in CONTENT.site.pages]
SUMMARY = re.compile(r"<summary>(.*?)</summary>", re.S)


def test_close_labels_take_different_levels_and_far_ones_share():
    """Two highlights a week apart on one lane get a label above and one below; distant ones stay above."""
    widths = [timeline.label_width("A label of about twenty-eight")] * 3
    assert timeline.label_levels([0.30, 0.32, 0.90], widths) == [0, 1, 0]


def test_labels_on_neighbouring_lanes_do_not_meet_between_them():
    """A label below one lane and a label above the next lane down would cover each other: one moves out."""
    widths = [0.3, 0.3]
    levels = timeline.label_levels([0.5, 0.5], widths, [0.0, timeline.LANE_PX], [3, 3])
    offsets = [
        timeline.LEVEL_OFFSETS[level] + lane for level, lane in zip(levels, [0.0, timeline.LANE_PX], strict=True)
    ]
    assert abs(offsets[0] - offsets[1]) >= 3 * timeline.LINE_PX + 8


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("script", PAGES, ids=[p.id for p in CONTENT.site.pages])
def test_evidence_lines_name_outlets_without_a_placeholder_date(script, lang):
    """Every evidence line's visible part names its outlets, with a date only where the source prints one."""
    at = open_page(script, lang=lang)
    summaries = SUMMARY.findall(all_text(at))
    assert summaries or script == "panels/sources.py"  # the bibliography page cites in its own table
    unknown = CONTENT.ui("date.unknown")(lang)
    assert all(unknown not in s for s in summaries), [s for s in summaries if unknown in s]
    assert all("date not shown" not in s and "n.d." not in s for s in summaries)


def test_unknown_date_reads_undated_in_full_citations():
    """The full citation of a source that prints no date says so in a word, in both languages."""
    assert CONTENT.ui("date.unknown")("en") == "undated"
    assert CONTENT.ui("date.unknown")("fr") == "non daté"


# ---------------------------------------------------------------- in the browser

OPEN_ALL = "() => document.querySelectorAll('details.rr-cite').forEach(d => d.open = true)"
CITATIONS = """() => [...document.querySelectorAll('details.rr-cite')].map(d => ({
    summary: d.querySelector('summary').textContent,
    items: [...d.querySelectorAll('li')].map(li => ({text: li.textContent, href: li.querySelector('a')?.href || null})),
}))"""


def _path(page) -> str:
    return "/" if page == CONTENT.site.pages[0] else f"/{page.id}"


def _expected(source, lang: str) -> list[str]:
    """What the Sources & method page lists for a source, as the citation must show it."""
    phrases = CONTENT.phrases(lang)
    date = phrases("date.unknown") if source.published == "unknown" else text.format_date(source.published, lang)
    tier = next(t.label(lang) for t in CONTENT.method.tiers if t.id == source.tier)
    return [source.publisher, text.plain(source.shown_title(lang)), date, tier.lower()]


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("page_def", CONTENT.site.pages, ids=[p.id for p in CONTENT.site.pages])
def test_every_citation_opens_and_matches_the_bibliography(server_url, browser, page_def, lang):
    """On every page, each evidence line opens on its full citations, the same publisher, title, date,
    tier and link as the bibliography, and no line shows a placeholder for a missing date."""
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    page.goto(f"{server_url}{_path(page_def)}?lang={lang}")
    wait_rendered(page)
    page.evaluate(OPEN_ALL)
    by_url = {s.url: s for s in CONTENT.sources.sources if s.url}
    unknown = CONTENT.ui("date.unknown")(lang)
    for line in page.evaluate(CITATIONS):
        assert unknown not in line["summary"] and "n.d." not in line["summary"]
        assert line["items"], line["summary"]
        for item in line["items"]:
            source = by_url[item["href"]] if item["href"] else None
            if source is None:  # only the source article may have no link
                continue
            flat = re.sub(r"\s+", " ", item["text"])
            for part in _expected(source, lang):
                assert re.sub(r"\s+", " ", part) in flat, (part, flat)
            assert source.publisher in line["summary"]
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_a_citation_opens_by_click_and_by_keyboard(server_url, browser, lang):
    """A reader clicks the overview's first evidence line, then a keyboard user tabs to the next and presses
    Enter: each opens on its citations, announced as an expanded disclosure."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{server_url}/?lang={lang}")
    wait_rendered(page)
    lines = page.locator("details.rr-cite")
    assert lines.count() > 3
    first = lines.nth(0)
    assert not first.locator("li").first.is_visible()
    first.locator("summary").click()
    assert first.locator("li").first.is_visible()
    assert first.evaluate("d => d.open")
    second = lines.nth(1)
    second.locator("summary").focus()
    page.keyboard.press("Enter")
    assert second.evaluate("d => d.open")
    assert second.locator("li a").first.is_visible()
    page.keyboard.press("Enter")
    assert not second.evaluate("d => d.open")
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("page_def", CONTENT.site.pages, ids=[p.id for p in CONTENT.site.pages])
def test_opened_citations_pass_axe(server_url, browser, page_def, lang, scheme):
    """With every citation open, the page still has no critical or serious accessibility violation."""
    from test_a11y import axe_violations

    context = browser.new_context(viewport={"width": 1400, "height": 1000}, color_scheme=scheme)
    page = context.new_page()
    page.goto(f"{server_url}{_path(page_def)}?lang={lang}")
    wait_rendered(page)
    page.evaluate(OPEN_ALL)
    assert not axe_violations(page)
    context.close()


HOSTILE = "<img src=x onerror=alert(1)>"


def _hostile_labels(site: dict) -> None:
    for strings in site["ui"].values():
        for lang in LANGS:
            strings[lang] = HOSTILE + strings[lang]


@pytest.mark.parametrize("script", PAGES)
def test_ui_strings_in_evidence_markup_are_escaped(script, monkeypatch):
    """Evidence lines and promise cards are rendered with raw HTML allowed: a UI string or a tier label
    that holds markup reaches them escaped, never as a tag (whatever the browser's sanitiser would do)."""
    hostile = content_with("site.yaml", _hostile_labels)
    tiers = content_with(
        "method.yaml", lambda m: [t["label"].update(dict.fromkeys(LANGS, HOSTILE)) for t in m["tiers"]]
    )
    hostile = dataclasses.replace(hostile, method=tiers.method)
    monkeypatch.setattr(base, "current", lambda: hostile)  # what every run fetches
    at = open_page(script, lang="en")
    raw = [n.proto.body for n in walk_tree(at._tree) if getattr(getattr(n, "proto", None), "allow_html", False)]
    leaks = [body for body in raw if re.search(r"(?<!\\)<img", body)]
    assert not leaks, leaks[0][:300]
