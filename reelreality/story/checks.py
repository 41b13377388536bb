"""Cross-file checks of the overview: every event's type is defined."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reelreality.core.errors import Problem

if TYPE_CHECKING:
    from reelreality.content import Content


def _overview_checks(content: Content) -> list[Problem]:
    types = {t.id for t in content.overview.event_types}
    return [
        Problem(
            "overview.yaml",
            f"events[{i}]({e.id}).type",
            f"unknown event type '{e.type}' (known: {', '.join(sorted(types))})",
        )
        for i, e in enumerate(content.overview.events)
        if e.type not in types
    ]


CHECKS = [_overview_checks]
