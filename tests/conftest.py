"""Shared fixtures: a real streamlit server on a free port and Debian's Chromium through Playwright."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import HealthCheck, settings

# Property tests are reproducible: the same examples on every run, in the quick loop and in CI.
settings.register_profile("quick", max_examples=10, derandomize=True, deadline=None)
settings.register_profile(
    "full", max_examples=100, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]
SHOTS = Path(os.environ.get("SCREENSHOT_DIR", Path(tempfile.gettempdir()) / "reelreality-shots"))


def pytest_addoption(parser):
    parser.addoption(
        "--full",
        action="store_true",
        help="also run the browser tests, AppTest behaviour tests, the whole mutation grid and long property runs",
    )


def pytest_configure(config):
    settings.load_profile("full" if config.getoption("--full") else "quick")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--full"):
        return
    skip = pytest.mark.skip(reason="runs with --full")
    for item in items:
        if "browser" in item.keywords or "full" in item.keywords:
            item.add_marker(skip)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server(NamedTuple):
    url: str
    pid: int


@contextlib.contextmanager
def streamlit_server(script: str = "app.py", env: dict[str, str] | None = None) -> Iterator[Server]:
    """Run `streamlit run <script>` on a free local port (extra `env` on top of ours); yield its URL and pid."""
    port = free_port()
    log = open(Path(tempfile.gettempdir()) / f"reelreality-server-{port}.log", "w")  # noqa: SIM115
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            script,
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.3)
        else:
            raise RuntimeError(f"streamlit did not start within 60 s (log: {log.name})")
        yield Server(url, proc.pid)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture(scope="session")
def server_url():
    """Start `streamlit run app.py` on a free local port; yield its base URL."""
    with streamlit_server() as server:
        yield server.url


@pytest.fixture
def fresh_server_url():
    """A server nobody has visited yet (for first-visit behaviour)."""
    with streamlit_server() as server:
        yield server.url


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's chromium package")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-US")
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.errors = errors
    yield pg
    context.close()


@pytest.fixture(scope="session")
def shots() -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS


def wait_rendered(page, timeout: float = 30_000) -> None:
    """Wait until the script finished, no skeleton remains, every plotly chart is drawn and the page is shown."""
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=timeout)
    page.wait_for_function(
        """() => !document.querySelector('[data-testid="stSkeleton"]')
              && !document.documentElement.classList.contains('rr-wait')
              && [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
                   .every(el => el.querySelector('.main-svg'))""",
        timeout=timeout,
    )


def open_every_expander(page) -> None:
    """Click every expander on the page, then wait: a lazy one builds its content on the rerun a click starts."""
    for summary in page.locator('[data-testid="stExpander"] summary').all():
        summary.click()
    wait_rendered(page)
