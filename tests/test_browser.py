"""Real browser: `streamlit run` on a free port, driven by Playwright in Debian's Chromium."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from conftest import wait_rendered

from reelreality.content import load

pytestmark = pytest.mark.browser
CONTENT = load()


def test_overview_renders_figures_and_timeline_then_switches_to_french(server_url, page, shots):
    """A reader opens the overview, sees the key figures and the timeline, and switches to French."""
    page.goto(server_url + "/?lang=en")
    wait_rendered(page)
    body = page.locator('[data-testid="stMain"]')
    assert CONTENT.overview.headline("en") in body.inner_text()
    for fig in CONTENT.overview.key_figures:
        assert fig.label("en") in body.inner_text()
    assert page.locator('[data-testid="stPlotlyChart"] .main-svg').count() >= 1
    assert page.locator('[data-testid="stPlotlyChart"] .scatterlayer .point').count() == len(CONTENT.overview.events)
    assert "Overview" in page.title()
    page.screenshot(path=shots / "overview-en.png", full_page=True)

    page.locator("button", has_text="Français").first.click()
    page.wait_for_function(
        "h => document.body.innerText.includes(h)", arg=CONTENT.overview.headline("fr"), timeout=30_000
    )
    wait_rendered(page)
    assert re.search(r"[?&]lang=fr\b", page.url)
    assert "Vue d'ensemble" in page.title()
    page.screenshot(path=shots / "overview-fr.png", full_page=True)
    assert not page.errors


def test_sources_page_in_french_lists_the_bibliography(server_url, page, shots):
    page.goto(server_url + "/sources-method?lang=fr")
    wait_rendered(page)
    assert "Bibliographie" in page.locator('[data-testid="stMain"]').inner_text()
    assert page.locator('[data-testid="stDataFrame"]').count() == 1
    page.screenshot(path=shots / "sources-fr.png", full_page=True)
    assert not page.errors


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_presentation_mode_keyboard_and_url(server_url, page, shots, lang):
    """A presenter opens ?present=1, presses → and the next slide and its number in the URL appear."""
    page.goto(server_url + f"/?lang={lang}&present=1")
    wait_rendered(page)
    slides = CONTENT.slides.slides
    assert slides[0].title(lang) in page.locator('[data-testid="stMain"]').inner_text()
    page.screenshot(path=shots / f"present-{lang}-1.png")
    page.mouse.click(5, 600)
    page.keyboard.press("ArrowRight")
    page.wait_for_function("t => document.body.innerText.includes(t)", arg=slides[1].title(lang), timeout=30_000)
    wait_rendered(page)
    assert re.search(r"[?&]slide=2\b", page.url)
    page.screenshot(path=shots / f"present-{lang}-2.png")
    assert not page.errors


def test_first_visit_after_a_server_start_can_open_a_deep_link(fresh_server_url, page, shots):
    """The very first viewer of a fresh server follows a shared link to an inner page: no 'Page not found'."""
    target = CONTENT.site.pages[-1]
    page.goto(f"{fresh_server_url}/{target.id}?lang=fr")
    wait_rendered(page)
    assert target.title("fr") in page.locator('[data-testid="stMain"]').inner_text()
    assert page.get_by_text("Page not found").count() == 0
    assert page.locator('[role="dialog"]').count() == 0
    page.screenshot(path=shots / "deep-link-cold.png")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_overview_opens_at_its_own_path_without_a_dialog(server_url, page, shots, lang):
    """A link to /story (the overview's page id, not only /) opens the overview and keeps its address."""
    home = CONTENT.site.pages[0]
    page.goto(f"{server_url}/{home.id}?lang={lang}")
    wait_rendered(page)
    assert CONTENT.overview.headline(lang) in page.locator('[data-testid="stMain"]').inner_text()
    assert page.get_by_text("Page not found").count() == 0
    assert page.locator('[role="dialog"]').count() == 0
    assert urlsplit(page.url).path == f"/{home.id}"
    page.screenshot(path=shots / f"own-path-{lang}.png")
    assert not page.errors


@pytest.mark.parametrize(
    ("good", "bad"),
    [
        ("/single-vs-multi?lang=en", "cm_view="),
        ("/obstacles-risks?lang=fr&ob_tab=%C3%89chelle+des+donn%C3%A9es", "ob_feat=130&ob_feat=100"),
    ],
    ids=["empty-choice", "reversed-range"],
)
def test_a_bad_value_in_a_link_opens_the_default_with_a_notice(server_url, page, good, bad):
    """A truncated or hand-edited link: the widget opens at its default (every chart drawn), a notice
    says so, and the bad value leaves the address bar."""
    page.goto(server_url + good)
    wait_rendered(page)
    charts = page.locator('[data-testid="stPlotlyChart"]').count()
    page.goto(f"{server_url}{good}&{bad}")
    page.wait_for_selector('[data-testid="stToast"]', timeout=30_000)
    wait_rendered(page)
    key = bad.split("=")[0]
    assert key in page.locator('[data-testid="stToast"]').inner_text()
    assert page.locator('[data-testid="stPlotlyChart"]').count() == charts
    assert page.locator('[data-testid="stException"]').count() == 0
    assert f"{key}=" not in page.url
    assert not page.errors


def test_source_links_open_the_registry_address_exactly(server_url, page):
    """Every source link on the promise tracker opens the URL in the sources registry, unchanged
    (links are escaped for markdown: a ':' or a parenthesis in an address must survive)."""
    page.goto(server_url + "/promise-tracker?lang=en")
    wait_rendered(page)
    hrefs = page.eval_on_selector_all('[data-testid="stMain"] a[href^="https://"]', "els => els.map(e => e.href)")
    registry = {s.url for s in CONTENT.source_map.values() if s.url}
    assert hrefs and set(hrefs) <= registry, set(hrefs) - registry
    assert any(":" in h.partition("://")[2] for h in hrefs), "the page links an address with ':' in its path"
