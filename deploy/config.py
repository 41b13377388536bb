"""The HAProxy configuration for N app processes, from `haproxy.cfg.template` (pure: text in, text out)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from string import Template

TEMPLATE = Path(__file__).with_name("haproxy.cfg.template")
# Server names are the processes' REEL_REALITY_NODE, hence the room codes' prefix (reelreality/rooms.py).
NAME = re.compile(r"^[a-z0-9]{1,16}$")


@dataclass(frozen=True)
class Settings:
    """What the balancer listens on and the limits it applies."""

    port: int = 8501
    bind: str = "0.0.0.0"
    maxconn: int = 2000  # connections in all (each viewer holds one websocket, plus short requests)
    per_process: int = 500  # connections one app process takes; more wait in the queue
    rate: int = 1000  # requests per client address in 10 s (a venue's Wi-Fi shares one address)
    body_bytes: int = 65536  # largest request body (the app takes no uploads)


def render(servers: dict[str, int | str], settings: Settings) -> str:
    """The configuration for app processes `{name: local port}` or `{name: "host:port"}` (containers)."""
    if not servers:
        raise ValueError("at least one app process")
    for name in servers:
        if not NAME.match(name):
            raise ValueError(f"process name {name!r}: 1-16 lower-case letters or digits (a room code's prefix)")
    rules = "\n".join(f"    use-server {name} if {{ urlp(room) -m beg {name}- }}" for name in servers)
    address = {name: f"127.0.0.1:{at}" if isinstance(at, int) else at for name, at in servers.items()}
    lines = "\n".join(f"    server {name} {address[name]} cookie {name}" for name in servers)
    return Template(TEMPLATE.read_text(encoding="utf-8")).substitute(
        port=settings.port,
        bind=settings.bind,
        maxconn=settings.maxconn,
        per_process=settings.per_process,
        rate=settings.rate,
        body_bytes=settings.body_bytes,
        room_rules=rules,
        servers=lines,
    )
