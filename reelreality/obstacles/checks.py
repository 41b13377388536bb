"""Cross-file checks of the obstacles content: known categories, and the seed-only rule on every sourced record."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reelreality.core.errors import Problem
from reelreality.core.models import Sourced

if TYPE_CHECKING:
    from reelreality.content import Content


def _obstacles_checks(content: Content) -> list[Problem]:
    """Obstacle categories exist; a record is seed-only exactly when it cites only the source article."""
    problems = []
    ob = content.obstacles
    known = {c.id for c in ob.categories}
    for i, o in enumerate(ob.obstacles):
        if o.category not in known:
            problems.append(
                Problem(
                    "obstacles.yaml",
                    f"obstacles[{i}]({o.id}).category",
                    f"unknown category '{o.category}' (known: {', '.join(sorted(known))})",
                )
            )
    seed = {s.id for s in content.sources.sources if s.tier == "source-article"}

    def seed_rule(file: str, path: str, record: Sourced) -> None:
        only_seed = set(record.sources) <= seed
        if record.status == "seed-only" and not only_seed:
            problems.append(Problem(file, f"{path}.status", "a seed-only record must cite only the source article"))
        elif record.status != "seed-only" and only_seed:
            problems.append(
                Problem(
                    file,
                    f"{path}.status",
                    f"cites only the source article, so its status must be 'seed-only' (got '{record.status}')",
                )
            )

    for i, o in enumerate(ob.obstacles):
        seed_rule("obstacles.yaml", f"obstacles[{i}]({o.id})", o)
        for j, e in enumerate(o.evidence):
            seed_rule("obstacles.yaml", f"obstacles[{i}]({o.id}).evidence[{j}]({e.id})", e)
    for i, q in enumerate(ob.quality):
        seed_rule("obstacles.yaml", f"quality[{i}]({q.id})", q)
        for j, e in enumerate(q.evidence):
            seed_rule("obstacles.yaml", f"quality[{i}]({q.id}).evidence[{j}]({e.id})", e)
    for i, row in enumerate(content.datascale.rows):
        seed_rule("datascale.yaml", f"rows[{i}]({row.id})", row)
    return problems


CHECKS = [_obstacles_checks]
