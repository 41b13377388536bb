"""Benchmarks: server time per page, time to a rendered page against the framework's floor, a room of viewers.

Run `python -m bench` from the repository root; it prints the figures and writes docs/performance.md.
Every page of content/site.yaml is measured, plus the presentation mode, so new panels are covered.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from reelreality.content import Content

ROOT = Path(__file__).resolve().parent.parent
# The tests' helpers (server on a free port, Chromium flags, "fully rendered") are the bench's too.
sys.path.insert(0, str(ROOT / "tests"))


@dataclass(frozen=True)
class View:
    """One thing a viewer opens: a page (by URL path and script) with a query string."""

    name: str
    script: str
    path: str  # URL path after the host, "" for the default page
    query: dict[str, str] = field(default_factory=dict)

    @property
    def query_string(self) -> str:
        return "&".join(f"{k}={v}" for k, v in self.query.items())

    def url(self, base: str) -> str:
        return f"{base}/{self.path}?{self.query_string}"


def views(content: Content, lang: str = "en") -> list[View]:
    """Every page of site.yaml, then the presentation mode on its first slide."""
    pages = content.site.pages
    out = [View(p.id, p.script, "" if i == 0 else p.id, {"lang": lang}) for i, p in enumerate(pages)]
    out.append(View("presentation", pages[0].script, "", {"lang": lang, "present": "1"}))
    return out
