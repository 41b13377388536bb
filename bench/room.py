"""A meeting room over Streamlit's websocket protocol: one presenter moves every few seconds, N followers poll.

The presenter is a session on the presenter screen (`?present=1&view=presenter`): it opens the room to
followers (the "Let phones follow" toggle) and presses Next (a button trigger), as a browser would. Each
follower opens `?room=CODE` and does what the browser does with `st.fragment(run_every=...)`: it reruns
the fragment the server announced (`auto_rerun`) at its interval. A follower has the new slide when a
message of its session says "slide N of". Figures: time from the presenter's press to each follower's new
slide (p50/p95/max), errors, server CPU per follower per second and memory per follower.
"""

from __future__ import annotations

import asyncio
import math
import statistics
import time
from typing import Any

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.asyncio.client import connect

from bench.viewers import cpu_seconds, rss_mb

TIMEOUT = 60.0
_FINE = {"FINISHED_SUCCESSFULLY", "FINISHED_FRAGMENT_RUN_SUCCESSFULLY", "FINISHED_EARLY_FOR_RERUN"}


def _rerun(query: str, base: str, widgets: list[tuple[str, str, Any]] = (), fragment: str = "") -> bytes:
    msg = BackMsg()
    state = msg.rerun_script
    state.query_string, state.page_name, state.page_script_hash = query, "", ""
    state.widget_states.SetInParent()
    for wid, kind, value in widgets:
        w = state.widget_states.widgets.add()
        w.id = wid
        setattr(w, kind, value)
    if fragment:
        state.fragment_id, state.is_auto_rerun = fragment, True
    info = state.context_info
    info.timezone, info.timezone_offset, info.locale = "Europe/Paris", -60, "en-US"
    info.url, info.is_embedded, info.color_scheme = f"{base}/?{query}", False, "light"
    return msg.SerializeToString()


class Session:
    """One websocket session: send reruns, read messages, remember widget ids and the last query string."""

    def __init__(self, base: str, query: str) -> None:
        self.base, self.query = base, query
        self.widgets: dict[str, str] = {}
        self.fragment, self.interval = "", 1.0
        self.texts: list[str] = []
        self.errors: list[str] = []

    async def __aenter__(self):
        self._cm = connect(
            self.base.replace("http://", "ws://") + "/_stcore/stream",
            subprotocols=["streamlit"],
            max_size=None,
            open_timeout=TIMEOUT,
        )
        self.ws = await self._cm.__aenter__()
        return self

    async def __aexit__(self, *exc):
        await self._cm.__aexit__(*exc)

    async def run(self, widgets=(), fragment: str = "") -> None:
        """One rerun, read until the script finished."""
        await self.ws.send(_rerun(self.query, self.base, list(widgets), fragment))
        async with asyncio.timeout(TIMEOUT):
            while True:
                if await self._read():
                    return

    async def _read(self) -> bool:
        msg = ForwardMsg.FromString(await self.ws.recv())
        kind = msg.WhichOneof("type")
        if kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            element = msg.delta.new_element
            inner = getattr(element, element.WhichOneof("type") or "empty", None)
            if element.WhichOneof("type") == "exception":
                self.errors.append(element.exception.message[:200])
            wid = getattr(inner, "id", "")
            if wid and "-present_" in wid:
                self.widgets[wid.rsplit("-", 1)[-1]] = wid
            self.texts.append(str(getattr(inner, "body", "")))
        elif kind == "auto_rerun":
            self.fragment, self.interval = msg.auto_rerun.fragment_id, msg.auto_rerun.interval
        elif kind == "page_info_changed":
            self.query = msg.page_info_changed.query_string
        elif kind == "script_finished":
            status = ForwardMsg.ScriptFinishedStatus.Name(msg.script_finished)
            if status not in (
                "FINISHED_SUCCESSFULLY",
                "FINISHED_FRAGMENT_RUN_SUCCESSFULLY",
                "FINISHED_EARLY_FOR_RERUN",
            ):
                self.errors.append(status)
            return status != "FINISHED_EARLY_FOR_RERUN"
        return False


async def _follower(base: str, code: str, shown: dict[int, float], result: dict, stop: asyncio.Event) -> None:
    """Join, then rerun the polling fragment at its interval; note when each slide number first shows."""
    try:
        async with Session(base, f"room={code}&lang=en") as me:
            await me.run()
            while not stop.is_set():
                for text in me.texts:
                    if "slide " in text and " of " in text:
                        number = int(text.split("slide ", 1)[1].split(" ", 1)[0])
                        shown.setdefault(number, time.perf_counter())
                me.texts.clear()
                await asyncio.sleep(me.interval)
                # A fragment run that finds the room changed asks for a full run: read until it ends.
                await me.run(fragment=me.fragment)
                if me.errors:
                    break
            result["errors"] = me.errors
    except Exception as exc:  # noqa: BLE001 - a follower's failure is a figure
        result["errors"] = [f"{type(exc).__name__}: {exc}"]


async def _room(base: str, pid: int, n: int, moves: int, every: float) -> dict[str, Any]:
    rss0 = rss_mb(pid)
    async with Session(base, "lang=en&present=1&view=presenter") as presenter:
        await presenter.run()
        code = dict(p.split("=", 1) for p in presenter.query.split("&"))["room"]
        await presenter.run([(presenter.widgets["present_public"], "bool_value", True)])
        stop = asyncio.Event()
        shown: list[dict[int, float]] = [{} for _ in range(n)]
        results: list[dict] = [{} for _ in range(n)]
        tasks = [asyncio.create_task(_follower(base, code, s, r, stop)) for s, r in zip(shown, results, strict=True)]
        await asyncio.sleep(5)  # everyone joined
        rss_joined = rss_mb(pid)
        cpu0, wall0 = cpu_seconds(pid), time.perf_counter()
        pressed: dict[int, float] = {}
        for slide in range(2, 2 + moves):
            pressed[slide] = time.perf_counter()
            await presenter.run([(presenter.widgets["present_next"], "trigger_value", True)])
            await asyncio.sleep(every)
        await asyncio.sleep(3)
        cpu, wall = cpu_seconds(pid) - cpu0, time.perf_counter() - wall0
        stop.set()
        await asyncio.wait(tasks, timeout=TIMEOUT)
    lags = sorted(s[k] - t for s in shown for k, t in pressed.items() if k in s)
    missed = sum(1 for s in shown for k in pressed if k not in s)
    errors = [e for r in results for e in r.get("errors", ["no result"])] + presenter.errors
    return {
        "followers": n,
        "moves": moves,
        "every_s": every,
        "p50_ms": round(statistics.median(lags) * 1000) if lags else None,
        "p95_ms": round(lags[math.ceil(0.95 * len(lags)) - 1] * 1000) if lags else None,
        "max_ms": round(lags[-1] * 1000) if lags else None,
        "missed": missed,
        "errors": len(errors),
        "error_kinds": sorted(set(errors))[:5],
        "cores_busy": round(cpu / wall, 2),
        "cpu_ms_per_follower_per_s": round(cpu / wall / n * 1000, 1),
        "mb_per_follower": round((rss_joined - rss0) / n, 2),
    }


def measure(base: str, pid: int, n: int = 50, moves: int = 9, every: float = 2.0) -> dict[str, Any]:
    """A warm-up room of 5, then the measured room of `n` followers."""
    asyncio.run(_room(base, pid, 5, 2, every))
    return asyncio.run(_room(base, pid, n, moves, every))


if __name__ == "__main__":
    import sys

    from conftest import streamlit_server

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    with streamlit_server() as app:
        print(measure(app.url, app.pid, count))
