"""Accessibility: axe-core, injected into every page in both languages, both themes and presentation mode.

Zero critical or serious violations. Expanders are opened first so that the tables behind each chart
are checked too. A full-page screenshot of every view is saved for a person to look at.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlencode

import pytest
from conftest import ROOT, open_every_expander, wait_rendered
from helpers import tab_queries

from reelreality.content import load
from reelreality.core.models import LANGS
from reelreality.core.site import PageDef

pytestmark = pytest.mark.browser
CONTENT = load()
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = {"critical", "serious"}

# Violations that come from Streamlit's own markup and that the app cannot fix, as (rule id, CSS
# selector of the offending node). Each entry says why; never a whole rule.
STREAMLIT_MARKUP: dict[tuple[str, str], str] = {}


def _path(page: PageDef) -> str:
    return "/" if page == CONTENT.site.pages[0] else f"/{page.id}"


VIEWS = (
    [pytest.param(f"{_path(p)}?lang={lang}", id=f"{p.id}-{lang}") for p in CONTENT.site.pages for lang in LANGS]
    + [
        pytest.param(f"{_path(p)}?{urlencode({'lang': lang, **q})}", id=f"{p.id}-{lang}-{urlencode(q)}")
        for p in CONTENT.site.pages
        for lang in LANGS
        for q in tab_queries(CONTENT, p.id, lang)
    ]
    + [
        pytest.param(f"/?lang={lang}&present=1&slide={n}&notes=1", id=f"present-{lang}-slide{n}")
        for lang in LANGS
        for n in range(1, len(CONTENT.slides.slides) + 1)
    ]
)


def axe_violations(page) -> list[str]:
    """Run axe-core in the page; return blocking violations as readable lines."""
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci` at the repository root")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    lines = []
    for rule in result["violations"]:
        if rule["impact"] not in BLOCKING:
            continue
        for node in rule["nodes"]:
            selector = " ".join(str(t) for t in node["target"])
            if (rule["id"], selector) in STREAMLIT_MARKUP:
                continue
            lines.append(f"{rule['impact']} {rule['id']}: {selector}\n    {node.get('failureSummary', '')}")
    return lines


def open_view(browser, url: str, scheme: str):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-US", color_scheme=scheme)
    page = context.new_page()
    page.goto(url)
    wait_rendered(page)
    open_every_expander(page)
    return context, page


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", VIEWS)
def test_no_serious_accessibility_violations(server_url, browser, shots: Path, path, scheme):
    """Every view, in the light and the dark theme, passes axe-core with no critical or serious violation."""
    context, page = open_view(browser, server_url + path, scheme)
    try:
        background = page.evaluate("getComputedStyle(document.querySelector('[data-testid=stApp]')).backgroundColor")
        brightness = sum(int(c) for c in background[background.index("(") + 1 : -1].split(",")[:3])
        assert brightness > 600 if scheme == "light" else brightness < 150, f"the app ignores the {scheme} theme"
        name = path.strip("/").replace("?", "-").replace("&", "-").replace("=", "") or "home"
        page.screenshot(path=shots / f"a11y-{scheme}-{name}.png", full_page=True)
        violations = axe_violations(page)
        assert not violations, "\n".join(violations)
    finally:
        context.close()


def test_share_box_is_accessible(server_url, browser):
    """The share box's contents (link, citation, offline files) pass axe-core once opened."""
    context, page = open_view(browser, server_url + "/?lang=fr", "light")
    try:
        page.get_by_role("button", name=CONTENT.ui("share.button")("fr")).click()
        page.wait_for_selector('[data-testid="stPopoverBody"] [data-testid="stCode"]')  # built once opened
        violations = axe_violations(page)
        assert not violations, "\n".join(violations)
    finally:
        context.close()
