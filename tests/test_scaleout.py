"""Beyond one process: two app processes behind HAProxy (`python -m deploy`), on loopback.

The configuration is checked as text in the quick loop; with --full, a real deployment takes 40 protocol
viewers, their reconnects and downloads, a meeting room's followers, real browsers and the loss of one
process, and then stops with nothing left running. HAProxy is required: without it these tests fail.
"""

from __future__ import annotations

import asyncio
import gzip
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import ROOT, wait_rendered

from bench.scaleout import COOKIE, NODE_HEADER, Visitor, affinity
from deploy import Deployment, Settings, render
from deploy.run import free_port, healthy

VIEWERS = 40
DECKS = 3  # viewers of each process who also download the offline deck (5 MB each)
WAIT = 90.0  # generous bound for any step on a loaded machine; nothing is timed


def _needs_haproxy() -> None:
    if not shutil.which("haproxy"):
        pytest.fail(
            "haproxy not found: install Debian's package (apt-get install -y haproxy), as README's second command does"
        )


def get(url: str, cookie: str | None = None, encoding: str = "") -> tuple[int, dict[str, list[str]], bytes]:
    headers = {"Cookie": f"{COOKIE}={cookie}"} if cookie else {}
    request = urllib.request.Request(url, headers={**headers, "Accept-Encoding": encoding} if encoding else headers)
    with urllib.request.urlopen(request, timeout=WAIT) as r:
        headers: dict[str, list[str]] = {}
        for k, v in r.headers.items():
            headers.setdefault(k.lower(), []).append(v)
        return r.status, headers, r.read()


# ------------------------------------------------------------------ the configuration, as text


def test_config_routes_each_room_to_its_process_and_names_every_process():
    text = render({"web1": 8511, "web2": 8512}, Settings())
    assert "use-server web1 if { urlp(room) -m beg web1- }" in text
    assert "use-server web2 if { urlp(room) -m beg web2- }" in text
    assert "server web1 127.0.0.1:8511 cookie web1" in text
    assert "cookie SERVERID insert indirect nocache" in text
    assert "timeout tunnel" in text and "http-check send meth GET uri /_stcore/health" in text
    assert "$" not in text.replace("$room", "")  # every placeholder filled


def test_config_refuses_a_process_name_a_room_code_cannot_carry():
    with pytest.raises(ValueError, match="lower-case"):
        render({"Web-1": 8511}, Settings())
    with pytest.raises(ValueError):
        render({}, Settings())


@pytest.mark.full
def test_haproxy_accepts_the_config(tmp_path):
    _needs_haproxy()
    path = tmp_path / "haproxy.cfg"
    path.write_text(render({"web1": free_port(), "web2": free_port()}, Settings(port=free_port())), encoding="utf-8")
    checked = subprocess.run(["haproxy", "-c", "-f", str(path)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "WARNING" not in checked.stdout + checked.stderr


# ------------------------------------------------------------------ a real deployment


@pytest.fixture(scope="module")
def deployment():
    _needs_haproxy()
    with Deployment(2, Settings(port=free_port(), bind="127.0.0.1")) as d:
        started = d.pids()
        assert len(started) == 3
        yield d
    left = [pid for pid in started if Path(f"/proc/{pid}").exists()]
    assert not left, f"processes left running: {left}"


def run(coro):
    """Run a coroutine in a thread of its own: Playwright's sync API keeps an event loop in this one."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


async def _visit(base: str, query: str, cookie: str | None = None, deck: bool = False) -> Visitor:
    """Open the view; with `deck`, also open the share box and download the offline deck, as a click does."""
    async with Visitor(base, query, cookie, tap=deck) as me:
        await me.run()
        if deck:
            await me.run([(me.ids["share_box"], "bool_value", True)])
            url = base + await me.download_url(me.deferred[0])
            # The file lives in the memory of the process that built it (another process answers 404
            # unless it built the same file for a viewer of its own): the cookie must lead there.
            me.deck = await asyncio.to_thread(get, url, me.cookie, "gzip")
    return me


async def _crowd(
    base: str, queries: list[str], cookies: list[str | None], decks: set[int] = frozenset()
) -> list[Visitor]:
    visits = (_visit(base, q, c, i in decks) for i, (q, c) in enumerate(zip(queries, cookies, strict=True)))
    return list(await asyncio.gather(*visits))


QUERIES = [f"lang={'fr' if i % 2 else 'en'}" for i in range(VIEWERS)]


@pytest.mark.full
def test_forty_viewers_reconnect_and_download_on_the_process_that_holds_their_session(deployment):
    """40 viewers open the app at once; each reconnect, offline-deck download and preview image lands where
    the session lives (the deck exists only in that process's memory)."""
    first = run(_crowd(deployment.url, QUERIES, [None] * VIEWERS))
    assert [v.errors for v in first] == [[]] * VIEWERS
    nodes = [v.node for v in first]
    assert set(nodes) == {"web1", "web2"}, nodes  # both processes took viewers
    assert [v.cookie for v in first] == nodes  # the cookie names the process that answered

    # A few viewers of each process, in both languages, also download the offline deck.
    decks = {i for node in ("web1", "web2") for i in [j for j, n in enumerate(nodes) if n == node][:DECKS]}
    again = run(_crowd(deployment.url, [v.query for v in first], [v.cookie for v in first], decks))
    assert [v.errors for v in again] == [[]] * VIEWERS
    assert [v.node for v in again] == nodes
    for viewer in (again[i] for i in decks):
        status, headers, body = viewer.deck
        assert status == 200 and headers[NODE_HEADER] == [viewer.node]
        # The app sends the deck plain; the balancer compresses it (and nothing the app already compressed).
        assert headers["content-encoding"] == ["gzip"]
        lang = viewer.query.split("lang=")[1][:2]
        assert gzip.decompress(body).startswith(f'<!doctype html><html lang="{lang}">'.encode())
    status, headers, _ = get(f"{deployment.url}/?lang=fr", encoding="br, gzip")
    assert headers["content-encoding"] == ["br"]  # the app's own compression, left alone

    for viewer in first:
        lang = viewer.query.split("lang=")[1][:2]
        status, headers, body = get(f"{deployment.url}/preview/story.png?lang={lang}", viewer.cookie)
        assert status == 200 and body.startswith(b"\x89PNG")
        assert headers[NODE_HEADER] == [viewer.node]


async def _room_and_followers(base: str) -> tuple[Visitor, str, list[tuple[str, dict, Visitor]]]:
    async with Visitor(base, "lang=en&present=1&view=presenter") as presenter:
        await presenter.run()
        code = dict(p.split("=", 1) for p in presenter.query.split("&"))["room"]
        await presenter.run([(presenter.widgets["present_public"], "bool_value", True)])
        followers = []
        for stale in ("web1", "web2", None):
            # A phone that visited before carries a cookie for either process, or none.
            status, headers, _ = await asyncio.to_thread(get, f"{base}/?room={code}&lang=en", stale)
            assert status == 200
            cookie = affinity(headers.get("set-cookie"))
            followers.append((stale, headers, await _visit(base, f"room={code}&lang=en", cookie)))
        return presenter, code, followers


@pytest.mark.full
def test_room_followers_reach_the_rooms_process_whatever_cookie_they_carry(deployment):
    presenter, code, followers = run(_room_and_followers(deployment.url))
    assert code.startswith(presenter.node + "-")
    for stale, headers, follower in followers:
        assert headers[NODE_HEADER] == [presenter.node], stale
        assert affinity(headers.get("set-cookie")) == presenter.node, stale
        assert follower.node == presenter.node and not follower.errors
        assert any("slide 1 of" in t for t in follower.texts), (stale, follower.texts[:5])


@pytest.mark.browser
@pytest.mark.parametrize(
    ("path", "width"), [("/?lang=en", 1400), ("/promise-tracker?lang=fr", 390), ("/sources-method?lang=en", 390)]
)
def test_browsers_render_through_the_balancer(deployment, browser, shots, path, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(deployment.url + path)
    wait_rendered(page, timeout=WAIT * 1000)
    cookie = next(c["value"] for c in context.cookies() if c["name"] == COOKIE)
    assert cookie in deployment.apps
    page.screenshot(path=shots / f"scaleout-{path.strip('/?').replace('?', '-').replace('=', '-') or 'home'}.png")
    context.close()
    assert not errors


@pytest.mark.full
def test_stopping_a_process_sends_new_viewers_to_the_other_and_old_ones_reopen_their_view(deployment):
    first = run(_crowd(deployment.url, QUERIES[:10], [None] * 10))
    on_web2 = [v for v in first if v.node == "web2"]
    assert on_web2, [v.node for v in first]
    deployment.stop_app("web2")
    try:
        new = run(_crowd(deployment.url, QUERIES[:10], [None] * 10))
        assert {v.node for v in new} == {"web1"} and not any(v.errors for v in new)
        back = run(_crowd(deployment.url, [v.query for v in on_web2], [v.cookie for v in on_web2]))
        assert not any(v.errors for v in back)
        assert {v.node for v in back} == {"web1"} and {v.cookie for v in back} == {"web1"}
        assert [v.query for v in back] == [v.query for v in on_web2]  # the view came back from the URL
    finally:
        deployment.start_app("web2")
        deadline = time.monotonic() + WAIT
        while not healthy(deployment.apps["web2"].url) and time.monotonic() < deadline:
            time.sleep(0.5)


@pytest.mark.full
def test_the_command_starts_everything_and_ctrl_c_stops_everything(tmp_path):
    """`python -m deploy` answers through the balancer, then SIGINT and SIGTERM leave no process behind."""
    _needs_haproxy()
    for sig in (signal.SIGINT, signal.SIGTERM):
        port = free_port()
        command = [sys.executable, "-m", "deploy", "--processes", "2", "--port", str(port), "--bind", "127.0.0.1"]
        proc = subprocess.Popen(
            [*command, "--workdir", str(tmp_path / sig.name)], cwd=ROOT, stdout=subprocess.PIPE, text=True
        )
        try:
            line = proc.stdout.readline()
            assert line.startswith(f"Reel Reality at http://127.0.0.1:{port}"), line
            children = [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit() and _parent(p) == proc.pid]
            assert len(children) == 3  # two app processes and haproxy
            status, headers, _ = get(f"http://127.0.0.1:{port}/?lang=en")
            assert status == 200 and headers[NODE_HEADER][0] in {"web1", "web2"}
            proc.send_signal(sig)
            assert proc.wait(timeout=WAIT) == 0
            assert not [pid for pid in children if Path(f"/proc/{pid}").exists()]
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            proc.stdout.close()


def _parent(proc_dir: Path) -> int | None:
    try:
        return int((proc_dir / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None


def test_rate_limit_and_body_limit_are_in_the_config():
    text = render({"web1": 8511}, Settings(rate=123, body_bytes=456))
    assert "gt 123 }" in text and "gt 456 }" in text
    assert os.path.basename(str(ROOT)) != ""  # the repository root is known to the command
