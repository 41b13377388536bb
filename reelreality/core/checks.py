"""Cross-file checks that concern the whole site: page scripts exist, colours listed together stay distinguishable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reelreality.core import colours, sections
from reelreality.core.colours import MIN_DIFFERENCE
from reelreality.core.errors import Problem
from reelreality.core.loader import APP_ROOT, format_path, nodes

if TYPE_CHECKING:
    from reelreality.content import Content


def _site_checks(content: Content) -> list[Problem]:
    problems = []
    root = APP_ROOT
    for i, page in enumerate(content.site.pages):
        if not (root / page.script).exists():
            problems.append(Problem("site.yaml", f"pages[{i}]({page.id}).script", f"no such file {page.script}"))
        problems += sections.problems(i, page.id, page.script, page.sections)
    return problems


def _colour_checks(content: Content) -> list[Problem]:
    """Colours listed together (lanes, statuses) stay distinguishable with colour-vision deficiencies."""

    problems = []
    for fname, model in content.by_file.items():
        raw = None
        for loc, value in nodes(model):
            if not (isinstance(value, list) and value and all(hasattr(v, "colour") for v in value)):
                continue
            raw = raw if raw is not None else model.model_dump()
            for i, j, vision, diff in colours.confusable([v.colour for v in value]):
                other = format_path(loc + (i,), raw)
                problems.append(
                    Problem(
                        fname,
                        format_path(loc + (j, "colour"), raw),
                        f"{value[j].colour} is hard to tell from {other} ({value[i].colour}) with {vision} "
                        f"(colour difference {diff:.1f}, need {MIN_DIFFERENCE:g})",
                    )
                )
    return problems


CHECKS = [_site_checks, _colour_checks]
