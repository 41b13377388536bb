"""Time from navigation to a fully rendered page in headless Chromium, for each view and for its floor.

"Fully rendered" is the tests' `wait_rendered`: the script finished, no skeleton left, every plotly
chart drawn. Each load gets a fresh browser context (empty cache), like a first visit. View and
floor loads alternate so that both see the same machine.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from typing import Any

from conftest import CHROMIUM, CHROMIUM_ARGS, wait_rendered

from bench import View


@dataclass
class RenderTimes:
    view: str
    floor: str  # the floor's query, e.g. "kinds=plotly,dataframe"
    page: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        page, floor = statistics.median(self.page), statistics.median(self.baseline)
        return {
            "view": self.view,
            "floor": self.floor,
            "render_ms": round(page * 1000),
            "floor_ms": round(floor * 1000),
            "ratio": round(page / floor, 2),
        }


def _load(browser: Any, url: str) -> float:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-US")
    try:
        page = context.new_page()
        start = time.perf_counter()
        page.goto(url)
        wait_rendered(page, timeout=60_000)
        return time.perf_counter() - start
    finally:
        context.close()


def measure(
    app_url: str, floor_url: str, targets: list[tuple[View, list[str]]], repeat: int
) -> tuple[list[RenderTimes], str]:
    """Render times of each (view, element kinds) and of the floor page with the same kinds; browser version."""
    from playwright.sync_api import sync_playwright

    results = [RenderTimes(view.name, "kinds=" + ",".join(kinds)) for view, kinds in targets]
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        version = browser.version
        try:
            _load(browser, floor_url + "/")  # the first load of a browser pays for its own start-up
            for _ in range(repeat):
                for (view, _), result in zip(targets, results, strict=True):
                    result.page.append(_load(browser, view.url(app_url)))
                    result.baseline.append(_load(browser, f"{floor_url}/?{result.floor}"))
        finally:
            browser.close()
    return results, version
