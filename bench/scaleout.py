"""Scale-out: 1 and 2 app processes behind HAProxy (`python -m deploy`), rooms of 20, 50 and 100 viewers.

Viewers are bench/room.py's protocol sessions that keep the balancer's affinity cookie, as a browser does
(`Visitor`, also used by tests/test_scaleout.py). For each deployment: a warm-up room, then rooms of each
size, every viewer connecting at once and staying until all have their page. Figures: p95 time from
connecting to `script_finished`, errors, viewers admitted per second (the room's size over the time until
its last viewer had the page), memory per viewer (RSS of every app process), the app processes' CPU and
the CPU the bench's own clients used, since they share the machine's cores.
"""

from __future__ import annotations

import asyncio
import math
import os
import time
import uuid
from http.cookies import SimpleCookie
from typing import Any

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.asyncio.client import connect

from bench import room
from bench.viewers import cpu_seconds, rss_mb
from deploy import Deployment, Settings
from deploy.run import free_port

COOKIE = "SERVERID"  # the balancer's affinity cookie (deploy/haproxy.cfg.template)
NODE_HEADER = "x-reel-node"  # the process that answered
SESSION_TTL = 2  # seconds a left session is kept (Streamlit's default 120 s would hold memory across rooms)
SIZES = (20, 50, 100)
QUERY = "lang=en"


def affinity(set_cookie: list[str] | str | None) -> str | None:
    """The affinity cookie's value in Set-Cookie header(s), if any."""
    for header in [set_cookie] if isinstance(set_cookie, str) else set_cookie or []:
        jar = SimpleCookie()
        jar.load(header)
        if COOKIE in jar:
            return jar[COOKIE].value
    return None


class _Tap:
    """The websocket, with every message it receives shown to the visitor first (ids, download links)."""

    def __init__(self, ws, see) -> None:
        self._ws, self._see = ws, see

    async def recv(self):
        raw = await self._ws.recv()
        self._see(ForwardMsg.FromString(raw))
        return raw

    def __getattr__(self, name: str):
        return getattr(self._ws, name)


class Visitor(room.Session):
    """A protocol session through the balancer that sends and keeps its affinity cookie, as a browser does.

    With `tap=True` it also notes every widget's and container's id (by key) and the offline files'
    deferred download ids, so it can open the share box and ask for a download as the browser does.
    """

    def __init__(self, base: str, query: str, cookie: str | None = None, *, tap: bool = False) -> None:
        super().__init__(base, query)
        self.cookie, self.tap = cookie, tap
        self.node: str | None = None
        self.session_id = ""
        self.ids: dict[str, str] = {}
        self.deferred: list[str] = []
        self.replies: dict[str, Any] = {}

    def _see(self, msg: ForwardMsg) -> None:
        kind = msg.WhichOneof("type")
        if kind == "new_session":
            self.session_id = msg.new_session.initialize.session_id
        elif kind == "backend_operation_response":
            self.replies[msg.backend_operation_response.request_id] = msg.backend_operation_response
        elif kind == "delta":
            delta = msg.delta
            part = delta.new_element if delta.WhichOneof("type") == "new_element" else delta.add_block
            which = part.WhichOneof("type") if delta.WhichOneof("type") in ("new_element", "add_block") else None
            inner = getattr(part, which, None) if which else None
            if getattr(inner, "id", ""):
                self.ids[inner.id.rsplit("-", 1)[-1]] = inner.id
            if which == "download_button" and inner.deferred_file_id:
                self.deferred.append(inner.deferred_file_id)

    async def download_url(self, file_id: str) -> str:
        """Ask for a deferred download (what the browser does on a click); return its /media/ path."""
        msg = BackMsg()
        request = msg.backend_operation_request
        request.request_id, request.session_id = uuid.uuid4().hex, self.session_id
        request.deferred_file.file_id = file_id
        await self.ws.send(msg.SerializeToString())
        async with asyncio.timeout(room.TIMEOUT):
            while request.request_id not in self.replies:
                await self.ws.recv()
        reply = self.replies[request.request_id]
        if reply.error_msg:
            raise RuntimeError(reply.error_msg)
        return reply.deferred_file.url

    async def __aenter__(self):
        headers = {"Cookie": f"{COOKIE}={self.cookie}"} if self.cookie else None
        self._cm = connect(
            self.base.replace("http://", "ws://") + "/_stcore/stream",
            subprotocols=["streamlit"],
            max_size=None,
            open_timeout=room.TIMEOUT,
            additional_headers=headers,
        )
        self.ws = await self._cm.__aenter__()
        if self.tap:
            self.ws = _Tap(self.ws, self._see)
        self.node = self.ws.response.headers.get(NODE_HEADER)
        self.cookie = affinity(self.ws.response.headers.get_all("set-cookie")) or self.cookie
        return self


async def _one(base: str, out: dict, finished: asyncio.Event, leave: asyncio.Event) -> None:
    start = time.perf_counter()
    try:
        async with Visitor(base, QUERY) as me:
            await me.run()
            out["seconds"] = time.perf_counter() - start
            out["errors"] = me.errors
            finished.set()
            await leave.wait()
    except Exception as exc:  # noqa: BLE001 - a viewer's failure is a figure
        out["errors"] = [f"{type(exc).__name__}: {exc}"]
    finally:
        finished.set()


async def _room(base: str, pids: list[int], n: int) -> dict[str, Any]:
    outs = [{} for _ in range(n)]
    finished = [asyncio.Event() for _ in range(n)]
    leave = asyncio.Event()
    rss0 = sum(rss_mb(p) for p in pids)
    cpu0, client0, wall0 = sum(cpu_seconds(p) for p in pids), time.process_time(), time.perf_counter()
    tasks = [asyncio.create_task(_one(base, o, f, leave)) for o, f in zip(outs, finished, strict=True)]
    try:
        async with asyncio.timeout(room.TIMEOUT + 30):
            await asyncio.gather(*(f.wait() for f in finished))
    except TimeoutError:
        pass
    wall = time.perf_counter() - wall0
    cpu, client = sum(cpu_seconds(p) for p in pids) - cpu0, time.process_time() - client0
    await asyncio.sleep(0.5)
    rss = sum(rss_mb(p) for p in pids)
    leave.set()
    await asyncio.wait(tasks, timeout=30)
    times = sorted(o["seconds"] for o in outs if "seconds" in o and not o.get("errors"))
    errors = [e for o in outs for e in (o.get("errors") or ([] if "seconds" in o else ["no result"]))]
    return {
        "viewers": n,
        "p95_ms": round(times[math.ceil(0.95 * len(times)) - 1] * 1000) if times else None,
        "errors": len(errors),
        "error_kinds": sorted(set(errors))[:5],
        "admitted_per_s": round(len(times) / wall, 1),
        "mb_per_viewer": round((rss - rss0) / n, 2),
        "server_cpu_ms_per_viewer": round(cpu / n * 1000),
        "server_cores_busy": round(cpu / wall, 2),
        "client_cores_busy": round(client / wall, 2),
    }


async def _rooms(base: str, pids: list[int], sizes: tuple[int, ...]) -> list[dict[str, Any]]:
    await _room(base, pids, 10)  # warm-up: every process's caches, compiled scripts, thread pools
    out = []
    for n in sizes:
        await asyncio.sleep(SESSION_TTL + 1)
        out.append(await _room(base, pids, n))
    return out


def measure(sizes: tuple[int, ...] = SIZES, processes: tuple[int, ...] = (1, 2)) -> list[dict[str, Any]]:
    """One row per deployment size and room size."""
    rows = []
    env = {"STREAMLIT_SERVER_DISCONNECTED_SESSION_TTL": str(SESSION_TTL)}
    # The bench's clients all come from one address: the per-address rate limit is lifted here.
    settings = Settings(port=free_port(), bind="127.0.0.1", rate=1_000_000)
    for count in processes:
        with Deployment(count, settings, env=env) as deployment:
            pids = [a.proc.pid for a in deployment.apps.values()]
            for row in asyncio.run(_rooms(deployment.url, pids, sizes)):
                rows.append({"processes": count, **row})
    return rows


def sizing(rows: list[dict[str, Any]], cores: int = 4, within_s: float = 2.0) -> dict[str, Any]:
    """A room that a VM of `cores` cores (one process per core) serves within `within_s` at p95."""
    two = [r for r in rows if r["processes"] == max(r["processes"] for r in rows) and not r["errors"]]
    if not two:
        return {}
    largest = max(two, key=lambda r: r["viewers"])
    per_viewer_ms = largest["server_cpu_ms_per_viewer"]
    return {
        "cores": cores,
        "within_s": within_s,
        "server_cpu_ms_per_viewer": per_viewer_ms,
        "mb_per_viewer": largest["mb_per_viewer"],
        "room": int(cores * within_s * 1000 / max(per_viewer_ms, 1) // 10 * 10),
    }


if __name__ == "__main__":
    import json

    os.chdir(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    result = measure()
    print(json.dumps({"rows": result, "sizing": sizing(result)}, indent=2))
