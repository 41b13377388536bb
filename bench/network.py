"""A shared link opened on a phone network: every page's first visit over emulated 4G in headless
Chromium with an empty cache, served the way `streamlit run app.py` serves it (the web layer:
compressed bundles, announced documents) and the old way (`streamlit run router.py`, Streamlit alone),
against Streamlit's uncompressed hello-world page, in the same run, alternating.

Bytes on the wire are what the network carried (Chrome DevTools' encodedDataLength, headers included);
bytes decoded are the bodies after decompression.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from typing import Any

from conftest import CHROMIUM, CHROMIUM_ARGS, wait_rendered

from bench import View

# Chrome DevTools Protocol units: bytes per second, milliseconds.
PROFILE = {
    "offline": False,
    "latency": 60,
    "downloadThroughput": 9_000_000 / 8,
    "uploadThroughput": 1_500_000 / 8,
    "connectionType": "cellular4g",
}
"""4G as the issue measured it: 9 Mbit/s down, 1.5 Mbit/s up, 60 ms latency."""


@dataclass
class Visit:
    seconds: float
    wire: int
    decoded: int


@dataclass
class NetworkTimes:
    view: str
    new: list[Visit] = field(default_factory=list)
    old: list[Visit] = field(default_factory=list)

    def summary(self, floor: list[Visit]) -> dict[str, Any]:
        def med(visits: list[Visit], attr: str) -> float:
            return statistics.median(getattr(v, attr) for v in visits)

        floor_s = med(floor, "seconds")
        return {
            "view": self.view,
            "new_s": round(med(self.new, "seconds"), 2),
            "old_s": round(med(self.old, "seconds"), 2),
            "floor_s": round(floor_s, 2),
            "ratio_to_floor": round(med(self.new, "seconds") / floor_s, 2),
            "old_ratio_to_floor": round(med(self.old, "seconds") / floor_s, 2),
            "new_wire_mb": round(med(self.new, "wire") / 1e6, 2),
            "old_wire_mb": round(med(self.old, "wire") / 1e6, 2),
            "wire_share": round(med(self.new, "wire") / med(self.old, "wire"), 2),
            "new_decoded_mb": round(med(self.new, "decoded") / 1e6, 2),
            "floor_wire_mb": round(med(floor, "wire") / 1e6, 2),
        }


def visit(browser: Any, url: str) -> Visit:
    """One first visit over 4G in a fresh context: time to a rendered page, bytes on the wire and decoded."""
    context = browser.new_context(viewport={"width": 412, "height": 915}, locale="en-US", is_mobile=True)
    try:
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", PROFILE)
        totals = {"wire": 0, "decoded": 0}
        cdp.on("Network.loadingFinished", lambda e: totals.__setitem__("wire", totals["wire"] + e["encodedDataLength"]))
        cdp.on("Network.dataReceived", lambda e: totals.__setitem__("decoded", totals["decoded"] + e["dataLength"]))
        # A websocket's frames are not in loadingFinished: count them too (the page's own content).
        cdp.on(
            "Network.webSocketFrameReceived",
            lambda e: totals.__setitem__("wire", totals["wire"] + len(e["response"]["payloadData"])),
        )
        start = time.perf_counter()
        page.goto(url)
        wait_rendered(page, timeout=120_000)
        elapsed = time.perf_counter() - start
        return Visit(elapsed, totals["wire"], totals["decoded"])
    finally:
        context.close()


def measure(new_url: str, old_url: str, floor_url: str, targets: list[View], repeat: int) -> list[dict[str, Any]]:
    """Each page served the new way and the old way, and the hello-world floor, `repeat` times each."""
    from playwright.sync_api import sync_playwright

    results = [NetworkTimes(view.name) for view in targets]
    floor: list[Visit] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            visit(browser, floor_url + "/")  # the browser's own start-up, and each server's first compressions
            visit(browser, new_url + "/")
            for _ in range(repeat):
                floor.append(visit(browser, floor_url + "/"))
                for view, result in zip(targets, results, strict=True):
                    result.new.append(visit(browser, view.url(new_url)))
                    result.old.append(visit(browser, view.url(old_url)))
        finally:
            browser.close()
    return [r.summary(floor) for r in results]
