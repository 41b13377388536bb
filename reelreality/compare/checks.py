"""Comparison rules that span files: the UI strings its sentences use exist."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reelreality.compare import sentences
from reelreality.core.errors import Problem

if TYPE_CHECKING:
    from reelreality.content import Content


def _approaches_checks(content: Content) -> list[Problem]:
    """The sentence templates exist in site.yaml."""
    problems = []
    for key in sentences.KEYS:
        if key not in content.site.ui:
            problems.append(Problem("site.yaml", f"ui.{key}", "missing UI string used by the comparison's sentences"))
    return problems


CHECKS = [_approaches_checks]
