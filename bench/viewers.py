"""A room of simultaneous viewers over Streamlit's websocket protocol, without a browser.

Each viewer does what the browser does when it opens a link: it connects to /_stcore/stream with
the "streamlit" subprotocol and sends a BackMsg `rerun_script` carrying the query string, the page
name (the URL path) and the context (locale, URL, timezone). The server runs the script and streams
ForwardMsgs; the viewer waits for `script_finished`. An exception element, an unknown page, a
failed run, a closed connection or a timeout counts as an error. Only loopback addresses are used;
every wait is bounded.

Server CPU and memory are read from /proc for the server's pid.
"""

from __future__ import annotations

import asyncio
import math
import os
import statistics
import time
from dataclasses import dataclass, field
from typing import Any

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.asyncio.client import connect

from bench import View

RUN_TIMEOUT = 60.0  # seconds a viewer waits for its script to finish
# The bench server drops a viewer's session this long after it leaves (Streamlit's default, 120 s, keeps
# it for reconnection); the memory a room leaves behind is read after that.
SESSION_TTL = 2


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def rerun_message(view: View, base: str) -> bytes:
    msg = BackMsg()
    state = msg.rerun_script
    state.query_string = view.query_string
    state.page_name = view.path
    state.page_script_hash = ""
    state.widget_states.SetInParent()
    info = state.context_info
    info.timezone, info.timezone_offset, info.locale = "Europe/Paris", -60, "en-US"
    info.url, info.is_embedded, info.color_scheme = view.url(base), False, "light"
    return msg.SerializeToString()


@dataclass
class Viewer:
    seconds: float | None = None
    error: str | None = None


async def _viewer(base: str, view: View, result: Viewer, finished: asyncio.Event, leave: asyncio.Event) -> None:
    start = time.perf_counter()
    try:
        async with connect(
            base.replace("http://", "ws://") + "/_stcore/stream",
            subprotocols=["streamlit"],
            max_size=None,
            open_timeout=RUN_TIMEOUT,
        ) as ws:
            await ws.send(rerun_message(view, base))
            async with asyncio.timeout(RUN_TIMEOUT):
                while result.seconds is None:
                    msg = ForwardMsg.FromString(await ws.recv())
                    kind = msg.WhichOneof("type")
                    if kind == "page_not_found":
                        result.error = "page not found"
                    elif kind == "delta" and msg.delta.new_element.WhichOneof("type") == "exception":
                        result.error = "exception: " + msg.delta.new_element.exception.message[:200]
                    elif kind == "script_finished":
                        status = ForwardMsg.ScriptFinishedStatus.Name(msg.script_finished)
                        if status == "FINISHED_SUCCESSFULLY":
                            result.seconds = time.perf_counter() - start
                        elif status != "FINISHED_EARLY_FOR_RERUN":
                            result.error = status
                            break
            finished.set()
            await leave.wait()  # stay connected, like a viewer reading the page
    except Exception as exc:  # noqa: BLE001 - every failure of a viewer is a figure, not a crash
        result.error = result.error or f"{type(exc).__name__}: {exc}"
    finally:
        finished.set()


async def _room(base: str, view: View, n: int, pid: int) -> dict[str, Any]:
    viewers = [Viewer() for _ in range(n)]
    finished = [asyncio.Event() for _ in range(n)]
    leave = asyncio.Event()
    cpu0, wall0 = cpu_seconds(pid), time.perf_counter()
    tasks = [asyncio.create_task(_viewer(base, view, v, f, leave)) for v, f in zip(viewers, finished, strict=True)]
    try:
        async with asyncio.timeout(RUN_TIMEOUT + 30):
            await asyncio.gather(*(f.wait() for f in finished))
    except TimeoutError:
        pass
    cpu, wall = cpu_seconds(pid) - cpu0, time.perf_counter() - wall0
    await asyncio.sleep(0.5)  # let the server settle the last messages before memory is read
    rss_connected = rss_mb(pid)
    leave.set()
    await asyncio.wait(tasks, timeout=30)
    times = sorted(v.seconds for v in viewers if v.seconds is not None and v.error is None)
    errors = [v.error or "no result" for v in viewers if v.error is not None or v.seconds is None]
    return {
        "p50_ms": round(statistics.median(times) * 1000) if times else None,
        "p95_ms": round(times[math.ceil(0.95 * len(times)) - 1] * 1000) if times else None,
        "max_ms": round(times[-1] * 1000) if times else None,
        "errors": len(errors),
        "error_kinds": sorted(set(errors))[:5],
        "cpu_s": round(cpu, 2),
        "cpu_ms_per_viewer": round(cpu / n * 1000),
        "cores_busy": round(cpu / wall, 2),
        "rss_connected_mb": round(rss_connected, 1),
    }


async def _settle(base: str, view: View, pid: int) -> float:
    """Wait until the sessions that left have expired; return the server's memory then."""
    await asyncio.sleep(SESSION_TTL + 1)
    # Expired sessions are dropped when the session store is next written: one short visit does it.
    await _room(base, view, 1, pid)
    await asyncio.sleep(SESSION_TTL + 1)
    return rss_mb(pid)


@dataclass
class RoomResult:
    view: str
    viewers: int
    baseline_mb: float = 0.0
    rounds: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        first = self.rounds[0]
        return {
            "view": self.view,
            "viewers": self.viewers,
            **{
                k: first[k]
                for k in ("p50_ms", "p95_ms", "max_ms", "errors", "error_kinds", "cpu_ms_per_viewer", "cores_busy")
            },
            "baseline_mb": round(self.baseline_mb, 1),
            "mb_per_viewer": round((first["rss_connected_mb"] - self.baseline_mb) / self.viewers, 2),
            "after_leave_mb": [r["after_leave_mb"] for r in self.rounds],
            "p95_ms_rounds": [r["p95_ms"] for r in self.rounds],
            "errors_rounds": [r["errors"] for r in self.rounds],
        }


async def _measure(base: str, view: View, n: int, pid: int, rounds: int) -> RoomResult:
    result = RoomResult(view.name, n)
    await _room(base, view, n, pid)  # warm-up: caches, compiled scripts, thread pools
    result.baseline_mb = await _settle(base, view, pid)
    for _ in range(rounds):
        figures = await _room(base, view, n, pid)
        figures["after_leave_mb"] = round(await _settle(base, view, pid), 1)
        result.rounds.append(figures)
    return result


def measure(base: str, pid: int, views: list[View], n: int, rounds: int) -> list[RoomResult]:
    """For each view: a warm-up room, then `rounds` rooms of `n` viewers, with memory after each leaves."""
    return [asyncio.run(_measure(base, view, n, pid, rounds)) for view in views]
