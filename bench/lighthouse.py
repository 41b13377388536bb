"""Lighthouse (the npm package, driving Debian's Chromium) on the overview and on Streamlit's hello-world
page, desktop and mobile presets, in the same run: SEO, accessibility, layout shift, performance."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from conftest import CHROMIUM, CHROMIUM_ARGS

from bench import ROOT

BINARY = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = "performance,accessibility,seo"


def run(url: str, preset: str) -> dict[str, Any]:
    """One Lighthouse run; `preset` is "desktop" or "mobile" (Lighthouse's default, simulated 4G)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        command = [
            str(BINARY),
            url,
            "--quiet",
            f"--only-categories={CATEGORIES}",
            "--output=json",
            f"--output-path={out}",
            f"--chrome-flags={' '.join(CHROMIUM_ARGS)}",
        ]
        if preset == "desktop":
            command.append("--preset=desktop")
        subprocess.run(command, check=True, timeout=300, env={**os.environ, "CHROME_PATH": CHROMIUM}, cwd=ROOT)
        report = json.loads(out.read_text(encoding="utf-8"))
    audits = report["audits"]
    failing = [
        ref["id"]
        for ref in report["categories"]["accessibility"]["auditRefs"] + report["categories"]["seo"]["auditRefs"]
        if ref["weight"] and (audits[ref["id"]].get("score") or 0) < 1
    ]
    return {
        **{name: round(cat["score"] * 100) for name, cat in report["categories"].items()},
        "cls": round(audits["cumulative-layout-shift"]["numericValue"], 3),
        "fcp_s": round(audits["first-contentful-paint"]["numericValue"] / 1000, 1),
        "lcp_s": round(audits["largest-contentful-paint"]["numericValue"] / 1000, 1),
        "failing": failing,
    }


def measure(app_url: str, floor_url: str) -> list[dict[str, Any]]:
    rows = []
    for preset in ("desktop", "mobile"):
        rows.append({"view": "overview", "preset": preset, **run(f"{app_url}/?lang=en", preset)})
        rows.append({"view": "floor: hello world", "preset": preset, **run(f"{floor_url}/", preset)})
    return rows
