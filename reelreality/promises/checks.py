"""Promise tracker checks that span files: quotes and reports resolve and are shown; titles stay distinct."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reelreality.core.errors import Problem
from reelreality.core.models import LANGS

if TYPE_CHECKING:
    from reelreality.content import Content


def _promises_checks(content: Content) -> list[Problem]:
    """Line-vs-reality ids resolve to quotes (here or in the overview) and reports; no title reads "all promises"."""
    pf, file = content.promises, "promises.yaml"
    problems: list[Problem] = []
    overview_ids = {q.id for q in content.overview.quotes}
    known = overview_ids | {q.id for q in pf.quotes} | {r.id for r in pf.reports}
    used: set[str] = set()
    for side in ("official", "reported"):
        for i, ref in enumerate(getattr(pf.line_vs_reality, side)):
            used.add(ref)
            if ref not in known:
                problems.append(
                    Problem(
                        file,
                        f"line_vs_reality.{side}[{i}]",
                        f"unknown quote or report '{ref}' (known: {', '.join(sorted(known))})",
                    )
                )
    for kind in ("quotes", "reports"):
        for i, item in enumerate(getattr(pf, kind)):
            if item.id not in used:
                problems.append(Problem(file, f"{kind}[{i}]({item.id})", "never shown: add its id to line_vs_reality"))
    for i, p in enumerate(pf.promises):
        for lang in LANGS:
            if p.title(lang).strip().casefold() == content.phrases(lang)("promises.all").strip().casefold():
                problems.append(
                    Problem(file, f"promises[{i}]({p.id}).title.{lang}", "title equals the 'all promises' choice")
                )
    return problems


CHECKS = [_promises_checks]
