"""The slide-figure registry: a slide names a figure, and the figure's view builder draws it.

The registry sits above the domain packages and names each builder by its module path, so checking a
slide's figure name (the validator does) imports no domain view, plotly or pandas; the builder's
module is imported the first time a slide draws it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from reelreality.core.errors import Problem

if TYPE_CHECKING:
    from reelreality.content import Content

FIGURE_BUILDERS: dict[str, str] = {
    "overview.timeline": "reelreality.story.view:overview_timeline",
    "promises.report_card": "reelreality.promises.view:promises_report_card",
    "promises.gap": "reelreality.promises.view:promises_gap",
    "lessons.matrix": "reelreality.lessons.view:lessons_matrix",
    "obstacles.heatmap": "reelreality.obstacles.view:obstacles_heatmap",
    "obstacles.datascale": "reelreality.obstacles.view:obstacles_datascale",
    "legal.matrix": "reelreality.legal.view:legal_matrix_figure",
    "legal.timeline": "reelreality.legal.view:legal_timeline_figure",
    "compare.ranking": "reelreality.compare.view:compare_ranking",
    "compare.sensitivity": "reelreality.compare.view:compare_sensitivity",
}
"""Figure name (as slides.yaml writes it) -> `module:function` building (figure, caption) from (content, lang)."""


class _Figures(dict):
    """Figure name -> builder, resolved on first use."""

    def __missing__(self, name: str) -> Callable[..., Any]:
        module, function = FIGURE_BUILDERS[name].split(":")
        builder = getattr(importlib.import_module(module), function)
        self[name] = builder
        return builder

    def __contains__(self, name: object) -> bool:
        return name in FIGURE_BUILDERS

    def __iter__(self):
        return iter(FIGURE_BUILDERS)

    def __len__(self) -> int:
        return len(FIGURE_BUILDERS)

    def keys(self):
        return FIGURE_BUILDERS.keys()

    def items(self):
        return [(name, self[name]) for name in FIGURE_BUILDERS]

    def values(self):
        return [self[name] for name in FIGURE_BUILDERS]


FIGURES: dict[str, Callable[..., Any]] = _Figures()
"""Figure name -> builder(content, lang) returning (figure, caption)."""


def _slides_checks(content: Content) -> list[Problem]:
    """Every slide points at a page that exists and a figure that is registered."""
    pages = {p.id for p in content.site.pages}
    problems = []
    for i, slide in enumerate(content.slides.slides):
        if slide.page not in pages:
            problems.append(Problem("slides.yaml", f"slides[{i}]({slide.id}).page", f"unknown page '{slide.page}'"))
        if slide.figure is not None and slide.figure not in FIGURE_BUILDERS:
            known = ", ".join(sorted(FIGURE_BUILDERS))
            problems.append(
                Problem(
                    "slides.yaml",
                    f"slides[{i}]({slide.id}).figure",
                    f"unknown figure '{slide.figure}' (known: {known})",
                )
            )
    return problems


CHECKS = [_slides_checks]
