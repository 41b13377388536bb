"""Cross-file checks of the corrections log: every record's "corrected" mark points at an entry of the log."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reelreality.core.errors import Problem
from reelreality.core.loader import format_path
from reelreality.core.sourcing import sourced_records

if TYPE_CHECKING:
    from reelreality.content import Content


def _corrections_checks(content: Content) -> list[Problem]:
    """A record's `corrected` ids exist in content/corrections.yaml."""
    known = {e.id for e in content.corrections.entries}
    problems = []
    for fname, model in content.by_file.items():
        raw = None
        for loc, record in sourced_records(model):
            for i, cid in enumerate(record.corrected):
                if cid not in known:
                    raw = model.model_dump(mode="json") if raw is None else raw
                    where = format_path(loc + ("corrected", i), raw)
                    problems.append(Problem(fname, where, f"unknown correction '{cid}' (see corrections.yaml)"))
    return problems


CHECKS = [_corrections_checks]
