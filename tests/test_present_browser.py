"""The meeting room in Chromium: a presenter, the audience screen and three phones, in several browser contexts."""

from __future__ import annotations

import re

import pytest
from conftest import wait_rendered
from test_a11y import axe_violations

from reelreality.content import load

pytestmark = pytest.mark.browser
CONTENT = load()
SLIDES = CONTENT.slides.slides
WAIT = 15_000  # generous: followers poll every 0.5 s, but a loaded test machine draws five pages a move


def shows(page, text: str) -> None:
    try:
        page.wait_for_function("t => document.body.innerText.includes(t)", arg=text, timeout=WAIT)
    except Exception as error:
        raise AssertionError(f"{page.url} does not show {text!r} within {WAIT} ms") from error


def code_of(page) -> str:
    return re.search(r"[?&]room=([^&]+)", page.url).group(1)


def opened(context, url: str):
    page = context.new_page()
    page.goto(url)
    wait_rendered(page)
    return page


def test_presenter_audience_and_three_phones_stay_in_step(server_url, browser, shots):
    """The presenter moves through every slide; the audience screen and three phones follow; phones
    cannot move the room; one explores and rejoins; a reload keeps the room; the key shows nowhere."""
    laptop = browser.new_context(viewport={"width": 1400, "height": 900}, locale="en-US")
    speaker = opened(laptop, server_url + "/?lang=en&present=1&view=presenter")
    speaker.get_by_text(CONTENT.ui("present.room_public")("en")).click()
    shows(speaker, CONTENT.ui("present.room_link")("en").rstrip(":"))
    code = code_of(speaker)
    key = next(c["value"] for c in laptop.cookies() if c["name"] == "rr_presenter").split(".", 1)[1]
    audience = opened(laptop, f"{server_url}/?lang=en&present=1&room={code}")
    phones = []
    for lang in ("en", "fr", "en"):
        context = browser.new_context(viewport={"width": 390, "height": 844}, locale=f"{lang}-FR")
        phones.append((opened(context, f"{server_url}/?room={code}&lang={lang}"), lang))
    try:
        speaker.mouse.click(5, 850)
        for n in range(1, len(SLIDES)):
            speaker.keyboard.press("ArrowRight")
            # A press counts from the slide the presenter's screen shows: wait until it shows the new one.
            shows(speaker, CONTENT.ui("present.counter")("en").format(n=n + 1, total=len(SLIDES)))
            wait_rendered(speaker)
            shows(audience, SLIDES[n].title("en"))
            for phone, lang in phones:
                shows(phone, SLIDES[n].title(lang))
        phones[1][0].screenshot(path=shots / "room-phone-fr.png", full_page=True)
        # The audience screen moves the room too (same browser as the presenter).
        audience.mouse.click(700, 300)
        audience.keyboard.press("PageUp")
        shows(speaker, CONTENT.ui("present.counter")("en").format(n=len(SLIDES) - 1, total=len(SLIDES)))
        # A phone cannot move it, not even with the presentation link.
        phone, _ = phones[0]
        phone.keyboard.press("ArrowLeft")
        edited = opened(phone.context, f"{server_url}/?lang=en&present=1&room={code}&slide=1")
        edited.mouse.click(700, 300)
        edited.keyboard.press("ArrowLeft")
        edited.wait_for_timeout(2000)
        shows(edited, SLIDES[-2].title("en"))
        shows(phones[2][0], SLIDES[-2].title("en"))
        # Explore, the presenter moves on, one tap back lands on the current slide.
        phone.get_by_role("button", name=CONTENT.ui("present.explore")("en")).click()
        phone.get_by_role("button", name=CONTENT.ui("present.rejoin")("en")).wait_for(timeout=WAIT)
        speaker.keyboard.press("ArrowRight")
        shows(audience, SLIDES[-1].title("en"))
        phone.get_by_role("button", name=CONTENT.ui("present.rejoin")("en")).click()
        shows(phone, SLIDES[-1].title("en"))
        # The presenter reloads: still the presenter of the same room.
        speaker.reload()
        wait_rendered(speaker)
        assert code_of(speaker) == code
        speaker.mouse.click(5, 850)
        speaker.keyboard.press("ArrowLeft")
        shows(phones[1][0], SLIDES[-2].title("fr"))
        # The key: in no address bar, link or share box the others see.
        phone.get_by_role("button", name=CONTENT.ui("share.button")("en")).click()
        phone.wait_for_selector('[data-testid="stPopoverBody"] [data-testid="stCode"]')
        for page in [audience, speaker, edited] + [p for p, _ in phones]:
            assert key not in page.url
            hrefs = page.eval_on_selector_all("a[href], link[href]", "els => els.map(e => e.href).join(' ')")
            assert key not in hrefs
            assert key not in page.locator('[data-testid="stMain"]').inner_text()
        for page in [audience, speaker, edited] + [p for p, _ in phones]:
            assert not page.errors if hasattr(page, "errors") else True
    finally:
        for phone, _ in phones:
            phone.context.close()
        laptop.close()


def test_the_first_slide_shows_the_room_while_it_is_open(server_url, browser, shots):
    """The title slide's QR code is the room link (no key, no present=1) once phones may follow."""
    import zxingcpp
    from PIL import Image

    laptop = browser.new_context(viewport={"width": 1280, "height": 720}, locale="en-US")
    try:
        speaker = opened(laptop, server_url + "/?lang=en&present=1&view=presenter")
        before = opened(laptop, f"{server_url}/?lang=en&present=1&room={code_of(speaker)}")
        before.screenshot(path=shots / "room-qr-closed.png")
        decoded = [r.text for r in zxingcpp.read_barcodes(Image.open(shots / "room-qr-closed.png"))]
        assert decoded and "present" not in decoded[0] and "room" not in decoded[0]
        # Back to the presenter's tab, as a person would: a background tab's updates may be held back.
        speaker.bring_to_front()
        speaker.get_by_text(CONTENT.ui("present.room_public")("en")).click()
        shows(speaker, CONTENT.ui("present.room_link")("en").rstrip(":"))
        before.bring_to_front()
        shows(before, CONTENT.ui("present.qr_room")("en"))
        before.screenshot(path=shots / "room-qr-open.png")
        decoded = [r.text for r in zxingcpp.read_barcodes(Image.open(shots / "room-qr-open.png"))]
        key = next(c["value"] for c in laptop.cookies() if c["name"] == "rr_presenter").split(".", 1)[1]
        assert decoded == [f"http://localhost:8501/?room={code_of(speaker)}"] and key not in decoded[0]
    finally:
        laptop.close()


SIZES = [(1280, 720), (1920, 1080), (1024, 768)]
FIT = """() => {
    const main = document.querySelector('[data-testid="stMain"]');
    const chart = document.querySelector('.st-key-rr_slide .st-key-rr_chart');
    const svg = chart && chart.querySelector('.main-svg');
    const box = svg && svg.getBoundingClientRect();
    const cut = svg ? [...chart.querySelectorAll('.xtick text, .ytick text')].filter(t => {
        const r = t.getBoundingClientRect();
        return r.width && (r.left < box.left - 1 || r.right > box.right + 1);
    }).map(t => t.textContent) : [];
    return {overflow: main.scrollHeight - main.clientHeight,
            bottom: document.querySelector('.st-key-rr_slide').getBoundingClientRect().bottom,
            chart: chart ? chart.getBoundingClientRect().height : null, cut};
}"""


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_audience_and_presenter_screens_fill_the_screen_and_pass_axe(server_url, browser, shots, lang, size):
    width, height = size
    context = browser.new_context(viewport={"width": width, "height": height}, locale="en-US")
    try:
        for n in (1, 2, 5, len(SLIDES)):
            page = opened(context, f"{server_url}/?lang={lang}&present=1&slide={n}")
            page.screenshot(path=shots / f"audience-{lang}-{width}x{height}-{n}.png")
            title = page.locator("h1").first
            assert title.inner_text() == SLIDES[n - 1].title(lang)
            assert float(title.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")) >= 0.03 * width
            # The whole slide on the screen: nothing to scroll, its chart at a readable height.
            fit = page.evaluate(FIT)
            assert fit["overflow"] <= 1 and fit["bottom"] <= height, (n, fit)
            assert fit["chart"] is None or fit["chart"] >= 0.25 * height, (n, fit)
            assert not fit["cut"], (n, fit["cut"])  # every axis label whole, none cut at the chart's edge
            # The controls fade out (a 0.2 s transition) until hovered or focused: wait for the fade to end.
            page.wait_for_function(
                "() => parseFloat(getComputedStyle(document.querySelector('.st-key-rr_controls')).opacity) < 0.05",
                timeout=5_000,
            )
            assert not page.locator('[data-testid="stToggle"]:visible, [data-testid="stPopover"]:visible').count()
            violations = axe_violations(page)
            assert not violations, "\n".join(violations)
            page.close()
        page = opened(context, f"{server_url}/?lang={lang}&present=1&view=presenter&slide=3")
        page.screenshot(path=shots / f"presenter-{lang}-{width}x{height}.png")
        violations = axe_violations(page)
        assert not violations, "\n".join(violations)
    finally:
        context.close()
