"""Links that travel, in a real browser: the share box's QR code read back from the screen, the live
app over the document that announced it, and the chart code fetched before the script asks for it."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
import zxingcpp
from conftest import wait_rendered
from PIL import Image

from reelreality import content as content_module
from reelreality import public
from reelreality.web import views

C = content_module.load()

pytestmark = pytest.mark.browser


def open_share_box(page) -> str:
    page.locator(".st-key-share_box button").first.click()
    box = page.locator('[data-testid="stPopoverBody"]')
    box.locator(".st-key-share_qr img").wait_for()
    return box.locator('[data-testid="stCode"]').first.inner_text().strip()


@pytest.mark.parametrize("path", ["/promise-tracker?lang=fr&pr_id=half-budget", "/other-sectors?lang=en"])
def test_the_share_boxs_qr_code_reads_back_as_its_link(page, server_url, shots, path):
    page.goto(server_url + path)
    wait_rendered(page)
    link = open_share_box(page)
    assert link.startswith(public.base_url() + "/")
    shot = shots / f"share-qr-{urlsplit(path).path.strip('/')}.png"
    page.locator(".st-key-share_qr img").screenshot(path=str(shot))
    found = zxingcpp.read_barcodes(Image.open(shot))
    assert [f.text for f in found] == [link]
    assert parse_qs(urlsplit(link).query)["lang"] == [parse_qs(urlsplit(path).query)["lang"][0]]


def test_the_live_app_replaces_the_text_for_readers_without_scripts(page, server_url):
    page.goto(server_url + "/obstacles-risks?lang=fr")
    wait_rendered(page)
    view = views.resolve(C, "/obstacles-risks", {"lang": "fr"})
    assert page.evaluate("document.documentElement.lang") == "fr"
    # The <noscript> copy is not shown by a browser that runs scripts; the app draws the page itself.
    assert not page.locator(".rr-text").is_visible()
    assert page.get_by_role("heading", name=view.page.title("fr"), exact=True).first.is_visible()


def test_a_page_with_charts_fetches_plotly_before_the_script_asks(browser, server_url):
    context = browser.new_context()
    try:
        page = context.new_page()
        early: list[str] = []
        page.on("request", lambda r: early.append(r.url) if "PlotlyChart" in r.url else None)
        page.goto(server_url + "/promise-tracker?lang=en", wait_until="domcontentloaded")
        assert early, "the plotly chunk is requested with the document's own assets"
        wait_rendered(page)
    finally:
        context.close()
