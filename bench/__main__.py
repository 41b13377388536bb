"""`python -m bench`: run every benchmark, print the figures, write docs/performance.md."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from streamlit.logger import set_log_level

from bench import ROOT, View, views
from bench.report import COMPARE_TITLE, machine, markdown, misses, section, splice, splice_scaleout
from reelreality.content import load

COMMAND = "python -m bench"


def _print(title: str, rows: list[dict]) -> None:
    print(f"\n== {title}")
    for row in rows:
        print("  " + ", ".join(f"{k}={v}" for k, v in row.items()))
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=COMMAND, description=__doc__)
    parser.add_argument("--viewers", type=int, default=20, help="simultaneous viewers (default 20)")
    parser.add_argument("--repeat", type=int, default=5, help="repetitions of each server and browser measurement")
    parser.add_argument("--rounds", type=int, default=3, help="rooms of viewers per view (memory after each)")
    parser.add_argument(
        "--only",
        choices=["server", "browser", "viewers", "network", "lighthouse", "room", "scaleout"],
        action="append",
        help="run only these",
    )
    parser.add_argument("--out", help="report file (default docs/performance.md for a full run, none with --only)")
    args = parser.parse_args(argv)
    only = set(args.only or ["server", "browser", "viewers", "network", "lighthouse", "room", "scaleout"])

    # AppTest runs scripts without a server, which Streamlit reports through warnings on every run.
    set_log_level("error")
    os.chdir(ROOT)  # the app's .streamlit/config.toml applies to AppTest too
    content = load()
    targets = views(content)
    default_script = content.site.pages[0].script
    results: dict = {"machine": machine()}
    _print("machine", [results["machine"]])

    from bench import server

    kinds = {}
    if "server" in only or "browser" in only:
        times = [server.measure(view, default_script, args.repeat if "server" in only else 1) for view in targets]
        kinds = {t.view: t.kinds for t in times}
        if "server" in only:
            results["server"] = [t.summary() for t in times]
            _print("server time per view (ms, median)", results["server"])

    from conftest import streamlit_server

    if "browser" in only:
        from bench import browser

        with streamlit_server() as app, streamlit_server("bench/floor.py") as floor:
            rendered, version = browser.measure(app.url, floor.url, [(v, kinds[v.name]) for v in targets], args.repeat)
        results["browser"] = [r.summary() for r in rendered]
        results["machine"]["chromium"] = version
        _print("time to a rendered page (ms, median) against the floor", results["browser"])

    if "viewers" in only:
        from bench import viewers

        env = {"STREAMLIT_SERVER_DISCONNECTED_SESSION_TTL": str(viewers.SESSION_TTL)}
        with streamlit_server(env=env) as app:
            rooms = viewers.measure(app.url, app.pid, targets, args.viewers, args.rounds)
        # The framework's floor for the same room: the hello-world page, same config, same protocol.
        with streamlit_server("bench/floor.py", env=env) as floor:
            hello = View("floor: hello world", "bench/floor.py", "")
            rooms += viewers.measure(floor.url, floor.pid, [hello], args.viewers, args.rounds)
        results["viewers"] = [r.summary() for r in rooms]
        _print(f"{args.viewers} simultaneous viewers", results["viewers"])

    if "room" in only:
        from bench import room

        with streamlit_server() as app:
            results["room"] = room.measure(app.url, app.pid, n=50)
        _print("meeting room: 50 followers, the presenter moves every 2 s", [results["room"]])

    if "scaleout" in only:
        from bench import scaleout

        results["scaleout"] = scaleout.measure()
        results["sizing"] = scaleout.sizing(results["scaleout"])
        _print("scale-out: 1 and 2 processes behind HAProxy, 20/50/100 simultaneous viewers", results["scaleout"])
        _print("sizing", [results["sizing"]])

    if "network" in only:
        from bench import network

        pages = [v for v in targets if v.name != "presentation"]
        with (
            streamlit_server() as app,
            streamlit_server("router.py") as old,
            streamlit_server("bench/floor.py") as floor,
        ):
            results["network"] = network.measure(app.url, old.url, floor.url, pages, args.repeat)
        _print("first visit over 4G (9 Mbit/s, 60 ms), new vs old delivery, against hello-world", results["network"])

    if "lighthouse" in only:
        from bench import lighthouse

        with streamlit_server() as app, streamlit_server("bench/floor.py") as floor:
            results["lighthouse"] = lighthouse.measure(app.url, floor.url)
        _print("Lighthouse on the overview and on hello-world", results["lighthouse"])

    results["machine"]["load_after"] = [round(x, 2) for x in os.getloadavg()]
    found = misses(results)
    print("\n== targets missed" if found else "\n== every target met")
    for line in found:
        print("  " + line)
    (ROOT / "bench" / "results").mkdir(exist_ok=True)
    (ROOT / "bench" / "results" / "latest.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    out = args.out or (None if args.only else str(ROOT / "docs" / "performance.md"))
    if out:
        options = argv if argv is not None else sys.argv[1:]
        compared = section(Path(out), COMPARE_TITLE)  # python -m bench.compare's, kept
        with open(out, "w", encoding="utf-8") as fh:
            fh.write(markdown(results, " ".join([COMMAND, *options])))
        if compared:
            splice(Path(out), COMPARE_TITLE, compared)
        print(f"\nwrote {out}")
    elif "scaleout" in results:
        # A scale-out run alone replaces only its own section of the report.
        splice_scaleout(ROOT / "docs" / "performance.md", results)
        print("\nupdated the scale-out section of docs/performance.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
