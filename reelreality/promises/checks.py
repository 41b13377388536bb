"""Promise tracker checks that span files: quotes and reports resolve, seed-only means the source article."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reelreality.core.errors import Problem
from reelreality.core.models import LANGS

if TYPE_CHECKING:
    from reelreality.content import Content


def _promises_checks(content: Content) -> list[Problem]:
    """Line-vs-reality ids resolve; new quotes do not shadow overview quotes; seed-only means the seed article."""
    pf, file = content.promises, "promises.yaml"
    problems: list[Problem] = []
    overview_ids = {q.id for q in content.overview.quotes}
    for kind in ("quotes", "reports"):
        for i, item in enumerate(getattr(pf, kind)):
            if item.id in overview_ids:
                problems.append(
                    Problem(
                        file,
                        f"{kind}[{i}]({item.id}).id",
                        f"'{item.id}' is already a quote in overview.yaml: reuse it by id",
                    )
                )
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
    seed = {s.id for s in content.sources.sources if s.tier == "source-article"}
    for i, p in enumerate(pf.promises):
        records = [(f"promises[{i}]({p.id})", p)] + [
            (f"promises[{i}]({p.id}).history[{j}]", h) for j, h in enumerate(p.history)
        ]
        for path, rec in records:
            only_seed = set(rec.sources) <= seed
            if rec.status == "seed-only" and not set(rec.sources) & seed:
                problems.append(
                    Problem(file, f"{path}.sources", "marked seed-only but does not cite the source article")
                )
            elif rec.status != "seed-only" and only_seed:
                problems.append(
                    Problem(
                        file,
                        f"{path}.status",
                        f"cites only the source article, so its status must be seed-only (got '{rec.status}')",
                    )
                )
        for lang in LANGS:
            if p.title(lang).strip().casefold() == content.phrases(lang)("promises.all").strip().casefold():
                problems.append(
                    Problem(file, f"promises[{i}]({p.id}).title.{lang}", "title equals the 'all promises' choice")
                )
    return problems


CHECKS = [_promises_checks]
