"""Start and stop the app processes and HAProxy in front of them."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from deploy.config import Settings, render

ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT = 90.0  # seconds for every process to answer its health check (they start together)
STOP_TIMEOUT = 20.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


def haproxy_binary() -> str:
    found = shutil.which("haproxy")
    if not found:
        raise RuntimeError("haproxy not found: install Debian's package (apt-get install -y haproxy)")
    return found


@dataclass
class App:
    """One app process: its name (REEL_REALITY_NODE, the balancer's server name) and local port."""

    name: str
    port: int
    proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def _stop(proc: subprocess.Popen | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


class Deployment:
    """N app processes named web1..webN sharing one cookie secret, and HAProxy in front (a context manager)."""

    def __init__(
        self,
        processes: int | None = None,
        settings: Settings | None = None,
        *,
        cookie_secret: str | None = None,
        public_url: str | None = None,
        workdir: str | Path | None = None,
        env: dict[str, str] | None = None,
    ) -> None:
        self.settings = settings or Settings()
        count = processes or len(os.sched_getaffinity(0))
        self.apps = {f"web{i}": App(f"web{i}", free_port()) for i in range(1, count + 1)}
        # Every process signs and checks the same cookies (XSRF): one secret for all, never on a command line.
        self.cookie_secret = cookie_secret or os.environ.get("STREAMLIT_SERVER_COOKIE_SECRET") or secrets.token_hex(32)
        self.public_url = (
            public_url or os.environ.get("REEL_REALITY_PUBLIC_URL") or self.url.replace("127.0.0.1", "localhost")
        )
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix="reelreality-deploy-"))
        self.extra_env = env or {}
        self.haproxy: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        host = "127.0.0.1" if self.settings.bind in ("0.0.0.0", "::", "") else self.settings.bind
        return f"http://{host}:{self.settings.port}"

    @property
    def config_path(self) -> Path:
        return self.workdir / "haproxy.cfg"

    def log_path(self, name: str) -> Path:
        return self.workdir / f"{name}.log"

    def start_app(self, name: str) -> None:
        """Start (or restart) one app process on its port."""
        app = self.apps[name]
        env = {
            **os.environ,
            **self.extra_env,
            "REEL_REALITY_NODE": name,
            "REEL_REALITY_PUBLIC_URL": self.public_url,
            "STREAMLIT_SERVER_COOKIE_SECRET": self.cookie_secret,
        }
        command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(app.port)]
        command += ["--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"]
        with open(self.log_path(name), "a", encoding="utf-8") as log:
            # A session of its own: Ctrl-C reaches this launcher only, which stops the processes in order.
            app.proc = subprocess.Popen(
                command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )

    def stop_app(self, name: str) -> None:
        _stop(self.apps[name].proc)

    def _wait_healthy(self, urls: list[str]) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        waiting = list(urls)
        while waiting and time.monotonic() < deadline:
            waiting = [u for u in waiting if not healthy(u)]
            for app in self.apps.values():
                if app.proc is not None and app.proc.poll() is not None:
                    raise RuntimeError(f"{app.name} exited with {app.proc.returncode} (log: {self.log_path(app.name)})")
            if waiting:
                time.sleep(0.3)
        if waiting:
            raise RuntimeError(f"not healthy within {START_TIMEOUT:g} s: {', '.join(waiting)} (logs in {self.workdir})")

    def start(self) -> Deployment:
        binary = haproxy_binary()
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.config_path.write_text(
            render({a.name: a.port for a in self.apps.values()}, self.settings), encoding="utf-8"
        )
        subprocess.run([binary, "-c", "-q", "-f", str(self.config_path)], check=True)
        try:
            for name in self.apps:
                self.start_app(name)
            self._wait_healthy([a.url for a in self.apps.values()])
            with open(self.log_path("haproxy"), "a", encoding="utf-8") as log:
                self.haproxy = subprocess.Popen(
                    [binary, "-db", "-f", str(self.config_path)],
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            self._wait_healthy([self.url])
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """The balancer first (no new viewers), then every app process."""
        _stop(self.haproxy)
        for app in self.apps.values():
            if app.proc is not None and app.proc.poll() is None:
                app.proc.terminate()
        for app in self.apps.values():
            _stop(app.proc)

    def pids(self) -> list[int]:
        """Every process this deployment started that is still running."""
        procs = [self.haproxy, *(a.proc for a in self.apps.values())]
        return [p.pid for p in procs if p is not None and p.poll() is None]

    def __enter__(self) -> Deployment:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
