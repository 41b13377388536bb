"""Comparison rules that span files: seed-only records cite the source article; the sentences' UI strings exist."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reelreality.compare import sentences
from reelreality.core.errors import Problem
from reelreality.core.loader import format_path, walk
from reelreality.core.models import Sourced

if TYPE_CHECKING:
    from reelreality.content import Content


def _approaches_checks(content: Content) -> list[Problem]:
    """Seed-only records in the matrix cite the source article; the sentence templates exist in site.yaml."""
    problems = []
    smap = content.source_map
    raw = content.approaches.model_dump(mode="json")

    def records(obj, loc=()):
        if isinstance(obj, Sourced):
            yield loc, obj
        for sub_loc, _name, value in walk(obj, loc):
            if isinstance(value, Sourced):
                yield sub_loc, value
            elif isinstance(value, list | dict):
                items = value.items() if isinstance(value, dict) else enumerate(value)
                yield from ((sub_loc + (k,), v) for k, v in items if isinstance(v, Sourced))

    for loc, record in records(content.approaches):
        wrong = [s for s in record.sources if smap[s].tier != "source-article"]
        if record.status == "seed-only" and wrong:
            problems.append(
                Problem(
                    "approaches.yaml",
                    format_path(loc + ("sources",), raw),
                    f"a seed-only record must cite only the source article (got {', '.join(wrong)})",
                )
            )
    for key in sentences.KEYS:
        if key not in content.site.ui:
            problems.append(Problem("site.yaml", f"ui.{key}", "missing UI string used by the comparison's sentences"))
    return problems


CHECKS = [_approaches_checks]
