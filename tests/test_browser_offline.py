"""The offline deck and handout open from file:// with every network request blocked."""

from __future__ import annotations

import pytest

from reelreality import export
from reelreality.content import load

pytestmark = pytest.mark.browser
CONTENT = load()


def open_offline(browser, path):
    """Open a local file with all non-file requests aborted; return page, console errors, blocked URLs."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    blocked: list[str] = []

    def block(route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    context.route("**/*", block)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    return context, page, errors, blocked


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_deck_steps_through_every_slide_offline(browser, tmp_path, shots, lang):
    """A presenter opens the downloaded deck on a laptop with no network and steps through with the keyboard."""
    path = tmp_path / f"deck-{lang}.html"
    path.write_text(export.build_deck(CONTENT, lang, "https://reel-reality.example.org"), encoding="utf-8")
    context, page, errors, blocked = open_offline(browser, path)
    slides = CONTENT.slides.slides
    for i, slide in enumerate(slides, start=1):
        page.wait_for_selector(f"#slide-{i}.active", timeout=10_000)
        active = page.locator(".slide.active")
        assert slide.title(lang) in active.inner_text()
        assert page.locator("#counter").inner_text() == f"{i} / {len(slides)}"
        if slide.figure:
            page.wait_for_function(
                "() => document.querySelector('.slide.active .js-plotly-plot .main-svg') !== null", timeout=10_000
            )
            box = active.locator(".js-plotly-plot").bounding_box()
            assert box and box["width"] > 400 and box["height"] > 200
        assert not active.locator(".notes").is_visible()
        page.screenshot(path=shots / f"deck-{lang}-{i}.png")
        page.keyboard.press("ArrowRight")
    page.keyboard.press("n")
    assert page.locator(".slide.active .notes").is_visible()
    page.keyboard.press("Home")
    page.wait_for_selector("#slide-1.active")
    assert not errors, errors
    assert not blocked, blocked
    context.close()


def test_handout_renders_offline_with_every_chart(browser, tmp_path, shots):
    path = tmp_path / "handout-en.html"
    path.write_text(export.build_handout(CONTENT, "en", "https://reel-reality.example.org"), encoding="utf-8")
    context, page, errors, blocked = open_offline(browser, path)
    n_figures = sum(1 for s in CONTENT.slides.slides if s.figure)
    page.wait_for_function(
        f"() => document.querySelectorAll('.js-plotly-plot .main-svg').length >= {n_figures}", timeout=20_000
    )
    assert page.locator("ol.footnotes li").count() >= 1
    page.screenshot(path=shots / "handout-en.png", full_page=True)
    assert not errors, errors
    assert not blocked, blocked
    context.close()
