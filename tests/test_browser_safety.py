"""In the browser: hostile content shows as text and never runs; the app asks nothing of any other host."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest
import yaml
from conftest import open_every_expander, streamlit_server, wait_rendered
from helpers import content_copy, tab_queries

from reelreality.content import FILES, load
from reelreality.core.models import LANGS

pytestmark = pytest.mark.browser
CONTENT = load()
# Unquoted attribute: the content's quote rule reads any text in double quotes as a quotation.
IMG = "<img src=x onerror=window.__rr_xss=(window.__rr_xss||0)+1>"
SCRIPT = "<script>window.__rr_xss=(window.__rr_xss||0)+1</script>"


def _paths() -> list[str]:
    pages = [("/" if i == 0 else f"/{p.id}") for i, p in enumerate(CONTENT.site.pages)]
    views = [f"{p}?lang={lang}" for p in pages for lang in LANGS]
    views += [
        f"{path}?{urlencode({'lang': lang, **q})}"
        for path, p in zip(pages, CONTENT.site.pages, strict=True)
        for lang in LANGS
        for q in tab_queries(CONTENT, p.id, lang)
    ]
    slides = [f"/?lang=en&present=1&notes=1&slide={n}" for n in range(1, len(CONTENT.slides.slides) + 1)]
    return views + slides


def _poison(node: Any) -> None:
    """Wrap every text of a content tree, and every title, in markup that would run if rendered as HTML."""
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, str) and (key in LANGS or key == "title"):
                node[key] = f"{IMG}{value}{SCRIPT}"
            else:
                _poison(value)
    elif isinstance(node, list):
        for item in node:
            _poison(item)


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory) -> Iterator[str]:
    """A server whose content (read through REELREALITY_CONTENT_DIR) carries HTML and script in every text."""
    directory = content_copy(tmp_path_factory.mktemp("hostile"))
    for fname, _ in FILES.values():
        path = directory / fname
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        _poison(data)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    load(directory)  # the poisoned content is still valid content
    with streamlit_server(env={"REELREALITY_CONTENT_DIR": str(directory)}) as server:
        yield server.url


@pytest.mark.parametrize("path", _paths())
def test_html_and_script_in_content_show_as_text(hostile_url, browser, shots: Path, path):
    """Content that contains HTML or script tags is displayed literally and nothing of it executes."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        page.goto(hostile_url + path)
        wait_rendered(page)
        open_every_expander(page)
        page.mouse.move(700, 500)  # hover whatever sits there: tooltips render content too
        name = path.strip("/").replace("?", "-").replace("&", "-").replace("=", "") or "home"
        page.screenshot(path=shots / f"hostile-{name}.png", full_page=True)
        assert page.evaluate("window.__rr_xss") is None, "content markup executed"
        assert not dialogs
        assert page.locator('img[src="x"]').count() == 0, "content markup became an element"
        main = page.locator('[data-testid="stMain"]').inner_text()
        assert IMG in main and SCRIPT in main, "content markup is not shown literally"
        assert IMG in page.title()
    finally:
        context.close()


def test_every_request_goes_to_the_app_itself(server_url, browser):
    """The app works in a meeting room without internet: no request leaves for another host."""
    own = urlsplit(server_url).netloc
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    page.on("websocket", lambda ws: requests.append(ws.url))
    try:
        for path in _paths():
            page.goto(server_url + path)
            wait_rendered(page)
            open_every_expander(page)
        page.goto(server_url + "/?lang=en")  # the last view is a slide, whose screen shows no app chrome
        wait_rendered(page)
        page.get_by_role("button", name=CONTENT.ui("share.button")("en")).click()
        page.wait_for_selector('[data-testid="stPopoverBody"] [data-testid="stCode"]')  # built once opened
        page.wait_for_timeout(500)
    finally:
        context.close()
    assert any(urlsplit(u).scheme == "ws" for u in requests), "the websocket was recorded"
    foreign = [u for u in requests if urlsplit(u).scheme not in ("data", "blob") and urlsplit(u).netloc != own]
    assert not foreign, foreign
    # No text looks like an emoji shortcode (a URL's "did:plc:" once did), so no page pays for the plugin.
    assert not [u for u in requests if "remark-emoji" in u], "a page fetched the markdown emoji plugin"
