"""Cross-file checks of the obstacles content: every obstacle's category is defined."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reelreality.core.errors import Problem

if TYPE_CHECKING:
    from reelreality.content import Content


def _obstacles_checks(content: Content) -> list[Problem]:
    """Obstacle categories exist."""
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
    return problems


CHECKS = [_obstacles_checks]
