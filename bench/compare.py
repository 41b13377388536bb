"""Before and after, in the same run: `python -m bench.compare REV` measures the build at git revision REV
and the working tree, alternating, and reports first-render ratios and warm interaction times side by side.

Each round runs `python -m bench --only server --only browser --repeat 3` once in each build (the older
build in a temporary git worktree, with its own bench), the order swapped every round so neither build
always runs on a warmer machine. A view's figure is the median over the rounds. The report section
replaces its predecessor in docs/performance.md, and a full `python -m bench` keeps it.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench import ROOT
from bench.report import COMPARE_TITLE, splice

MEASURE = [sys.executable, "-m", "bench", "--only", "server", "--only", "browser", "--repeat"]
WITHIN = 0.10  # the allowance: within 10 % of before


def _run(tree: Path, repeat: int) -> dict[str, Any]:
    """One bench run in `tree`, its figures per view: render ratio to the floor and warm server ms."""
    run = subprocess.run([*MEASURE, str(repeat)], cwd=tree, check=False, capture_output=True, text=True)
    if run.returncode:
        sys.exit(f"python -m bench failed in {tree}:\n{run.stderr[-3000:]}")
    results = json.loads((tree / "bench" / "results" / "latest.json").read_text(encoding="utf-8"))
    ratios = {r["view"]: r["ratio"] for r in results["browser"]}
    warm = {r["view"]: r["warm_ms"] for r in results["server"]}
    return {view: {"ratio": ratios[view], "warm_ms": warm[view]} for view in ratios if view in warm}


def rows(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per view present in both builds: the median of each figure over the rounds, and its change."""
    out = []
    for view in after[0]:
        if not all(view in run for run in before + after):
            continue
        row: dict[str, Any] = {"view": view}
        for name in ("ratio", "warm_ms"):
            b = statistics.median(run[view][name] for run in before)
            a = statistics.median(run[view][name] for run in after)
            row[f"{name}_before"], row[f"{name}_after"] = round(b, 2), round(a, 2)
            row[f"{name}_change"] = round((a - b) / b, 3) if b else 0.0
        out.append(row)
    return out


def lines(
    revision: str, label: str, table: list[dict[str, Any]], rounds: int, repeat: int, after: str = "this one"
) -> list[str]:
    def pct(change: float) -> str:
        return f"{change * 100:+.0f} %"

    def ok(change: float) -> str:
        return "✅" if change <= WITHIN else "❌"

    out = [
        COMPARE_TITLE,
        "",
        f"The build before {label} ({revision}) against {after}, measured in the same run by",
        f"`python -m bench.compare {revision} --rounds {rounds} --repeat {repeat}`: each round runs the server and",
        f"browser benchmarks (`--repeat {repeat}`) once in each build (the older one in a temporary git worktree,",
        "with its own bench), alternating which goes first; each figure is the median of the rounds.",
        "*Render*: time to a fully rendered page divided by the floor measured in the same bench run;",
        "*warm*: server time of a rerun after one interaction (the median of four per repetition).",
        f"✅: at most {WITHIN * 100:.0f} % above before (or better).",
        "",
        "| view | render ÷ floor before | after | change | | warm ms before | after | change | |",
        "|---|---:|---:|---:|:-:|---:|---:|---:|:-:|",
    ]
    for r in table:
        out.append(
            f"| {r['view']} | {r['ratio_before']} | {r['ratio_after']} | {pct(r['ratio_change'])} |"
            f" {ok(r['ratio_change'])} | {r['warm_ms_before']} | {r['warm_ms_after']} | {pct(r['warm_ms_change'])} |"
            f" {ok(r['warm_ms_change'])} |"
        )
    return [*out, ""]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.compare", description=__doc__)
    parser.add_argument("revision", help="the git revision measured as 'before'")
    parser.add_argument("--rounds", type=int, default=5, help="runs of each build, alternating (default 5)")
    parser.add_argument("--repeat", type=int, default=3, help="each bench run's repetitions (default 3)")
    parser.add_argument("--label", default="the change", help="what changed, for the report's sentence")
    parser.add_argument("--out", default=str(ROOT / "docs" / "performance.md"), help="report to update")
    args = parser.parse_args(argv)
    revision = subprocess.run(
        ["git", "rev-parse", "--short", args.revision], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="rr-before-") as tmp:
        old = Path(tmp) / "tree"
        subprocess.run(["git", "worktree", "add", "--detach", str(old), revision], cwd=ROOT, check=True)
        try:
            before, after = [], []
            for round_ in range(args.rounds):
                builds = [(old, before), (ROOT, after)]
                for tree, runs in builds if round_ % 2 == 0 else builds[::-1]:
                    runs.append(_run(tree, args.repeat))
                    print(f"round {round_ + 1}: {'before' if tree == old else 'after'} measured", flush=True)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(old)], cwd=ROOT, check=False)
    table = rows(before, after)
    head = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True, text=True)
    section = lines(revision, args.label, table, args.rounds, args.repeat, f"this build ({head.stdout.strip()})")
    print("\n".join(section))
    splice(Path(args.out), COMPARE_TITLE, section)
    print(f"updated {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
