"""Meeting rooms held in this server process: which slide a presenter shows, for the screens that follow.

A room is a short unguessable code naming the process that holds it (`<node>-<random>`, node from
REEL_REALITY_NODE, see docs/deploy.md), a current slide, and a secret presenter key. The key is
checked here, on the server; whoever lacks it can only read the slide. A room holds no personal data,
ends when its presenter ends it or after four hours without a presenter's action, and the process
holds a bounded number of them (when full, a new room is refused, never an open one dropped).
"""

from __future__ import annotations

import os
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

NODE_ENV = "REEL_REALITY_NODE"
IDLE_SECONDS = 4 * 3600
LIMIT = 500
_NODE = re.compile(r"^[a-z0-9]{1,16}$")
_CODE = re.compile(r"^([a-z0-9]{1,16})-([A-Za-z0-9_-]{8,16})$")


class RoomsFull(RuntimeError):
    """The process holds as many rooms as it may; try again when one ends."""


def node() -> str:
    """This process's name in room codes: REEL_REALITY_NODE (lower-case letters and digits), default "0"."""
    raw = (os.environ.get(NODE_ENV) or "0").strip().lower()
    if not _NODE.match(raw):
        raise ValueError(f"{NODE_ENV} must be 1-16 lower-case letters or digits, not {raw!r}")
    return raw


def node_of(code: str) -> str | None:
    """The process a room code names, or None when it is not a room code."""
    found = _CODE.match(code or "")
    return found.group(1) if found else None


@dataclass(frozen=True)
class Room:
    """What any screen may read of a room (never the key)."""

    code: str
    slide: int
    public: bool
    started: float
    countdown_minutes: int
    moves: int


@dataclass
class _Held:
    room: Room
    key: str
    touched: float


class Rooms:
    """The rooms of this process. Thread-safe: every session's script thread calls it."""

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.time,
        node_name: str | None = None,
        limit: int = LIMIT,
        idle_seconds: float = IDLE_SECONDS,
    ) -> None:
        self._clock, self._limit, self._idle = clock, limit, idle_seconds
        self._node = node_name if node_name is not None else node()
        self._held: dict[str, _Held] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        with self._lock:
            self._sweep()
            return len(self._held)

    def _sweep(self) -> None:
        now = self._clock()
        for code in [c for c, h in self._held.items() if now - h.touched >= self._idle]:
            del self._held[code]

    def _live(self, code: str) -> _Held | None:
        held = self._held.get(code)
        if held is not None and self._clock() - held.touched >= self._idle:
            del self._held[code]
            return None
        return held

    def open(self, slide: int = 0, countdown_minutes: int = 20) -> tuple[str, str]:
        """A new room at `slide`; returns (code, presenter key). Raises RoomsFull."""
        with self._lock:
            self._sweep()
            if len(self._held) >= self._limit:
                raise RoomsFull
            code = f"{self._node}-{secrets.token_urlsafe(8)}"
            while code in self._held:  # pragma: no cover - 64 random bits
                code = f"{self._node}-{secrets.token_urlsafe(8)}"
            now = self._clock()
            room = Room(code, max(0, slide), False, now, countdown_minutes, 0)
            self._held[code] = _Held(room, secrets.token_urlsafe(24), now)
            return code, self._held[code].key

    def get(self, code: str | None) -> Room | None:
        """The room, or None when the code is unknown, ended or idle too long (reading does not keep it alive)."""
        if not code:
            return None
        with self._lock:
            held = self._live(code)
            return held.room if held else None

    def is_presenter(self, code: str | None, key: str | None) -> bool:
        with self._lock:
            held = self._live(code or "")
            return held is not None and bool(key) and secrets.compare_digest(held.key, key or "")

    def _change(self, code: str, key: str | None, **changes) -> Room | None:
        with self._lock:
            held = self._live(code or "")
            if held is None or not key or not secrets.compare_digest(held.key, key):
                return None
            held.room = replace(held.room, **changes)
            held.touched = self._clock()
            return held.room

    def move(self, code: str, key: str | None, slide: int, count: int, *, expected: int | None = None) -> Room | None:
        """The presenter shows slide `slide` (0-based, kept within 0..count-1); None without the key.

        With `expected`, the move happens only from that slide: a screen that had not caught up yet,
        or a key press delivered twice, changes nothing (the room is returned as it is)."""
        with self._lock:
            held = self._live(code or "")
            if held is None or not key or not secrets.compare_digest(held.key, key):
                return None
            if expected is not None and held.room.slide != expected:
                return held.room
            target = min(count - 1, max(0, slide))
            held.room = replace(held.room, slide=target, moves=held.room.moves + 1)
            held.touched = self._clock()
            return held.room

    def set_public(self, code: str, key: str | None, public: bool) -> Room | None:
        """Let followers join (True) or send them away (False)."""
        return self._change(code, key, public=public)

    def set_countdown(self, code: str, key: str | None, minutes: int) -> Room | None:
        return self._change(code, key, countdown_minutes=max(1, min(600, minutes)))

    def restart_clock(self, code: str, key: str | None) -> Room | None:
        return self._change(code, key, started=self._clock())

    def touch(self, code: str, key: str | None) -> Room | None:
        """A presenter's screen came back (reload, reconnection): the room stays alive."""
        return self._change(code, key)

    def end(self, code: str, key: str | None) -> bool:
        with self._lock:
            held = self._live(code or "")
            if held is None or not key or not secrets.compare_digest(held.key, key):
                return False
            del self._held[code]
            return True


def cookie_value(code: str, key: str) -> str:
    """The presenter's cookie: lets the presenter's other tabs and reloads take the room back."""
    return f"{code}.{key}"


def key_from_cookie(raw: str | None, code: str | None) -> str | None:
    """The presenter key a cookie holds for room `code`, or None."""
    if not raw or not code or "." not in raw:
        return None
    cookie_code, key = raw.split(".", 1)
    return key if cookie_code == code and key else None
