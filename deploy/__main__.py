"""`python -m deploy`: N app processes (one per core) behind HAProxy on one machine; Ctrl-C stops everything."""

from __future__ import annotations

import argparse
import signal
import sys
import time

from deploy.config import Settings
from deploy.run import Deployment


def _stop_on_sigterm(*_) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    defaults = Settings()
    parser = argparse.ArgumentParser(prog="python -m deploy", description=__doc__)
    parser.add_argument("--processes", type=int, help="app processes (default: one per core)")
    parser.add_argument("--port", type=int, default=defaults.port, help=f"the balancer's port ({defaults.port})")
    parser.add_argument("--bind", default=defaults.bind, help=f"the balancer's address ({defaults.bind})")
    parser.add_argument("--maxconn", type=int, default=defaults.maxconn, help="connections in all")
    parser.add_argument("--per-process", type=int, default=defaults.per_process, help="connections per process")
    parser.add_argument("--rate", type=int, default=defaults.rate, help="requests per client address in 10 s")
    parser.add_argument("--public-url", help="REEL_REALITY_PUBLIC_URL (default: the env, else http://localhost:PORT)")
    parser.add_argument("--workdir", help="where haproxy.cfg and the logs go (default: a new temporary folder)")
    args = parser.parse_args(argv)
    settings = Settings(args.port, args.bind, args.maxconn, args.per_process, args.rate)
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    deployment = Deployment(args.processes, settings, public_url=args.public_url, workdir=args.workdir)
    try:
        deployment.start()
        names = ", ".join(f"{a.name} on :{a.port}" for a in deployment.apps.values())
        print(f"Reel Reality at {deployment.url} ({names}); config and logs in {deployment.workdir}", flush=True)
        while True:
            time.sleep(1)
            if deployment.haproxy.poll() is not None:
                print(f"haproxy exited with {deployment.haproxy.returncode}: stopping", file=sys.stderr)
                return 1
            for app in deployment.apps.values():
                if app.proc.poll() is not None:
                    print(f"{app.name} exited with {app.proc.returncode}: restarting it", file=sys.stderr, flush=True)
                    deployment.start_app(app.name)
    except KeyboardInterrupt:
        print("stopping", flush=True)
        return 0
    finally:
        deployment.stop()


if __name__ == "__main__":
    sys.exit(main())
