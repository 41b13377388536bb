from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from reelreality.content import Content
from reelreality.lessons import charts, logic
from reelreality.obstacles.view import _status_labels


def lessons_matrix(content: Content, lang: str) -> tuple[go.Figure, str]:
    """Every case on every question: the pattern at a glance."""
    cases = logic.ordered_cases(content.cases)
    frame = logic.matrix_frame(content, cases, lang)
    reference = logic.case_by_id(content.cases, content.cases.reference_case).company
    fig = charts.lessons_matrix(frame, logic.value_styles(content.cases, lang), highlight=reference)
    return fig, logic.matrix_caption(content, cases, lang)


def lessons_blocks(
    content: Content, lang: str, sectors: list[str]
) -> dict[str, tuple[go.Figure, str, pd.DataFrame, str]]:
    """The other-sectors chart for the cases of `sectors` (none when no case is left): the case ×
    question matrix with its caption, table and CSV name."""
    cases = logic.cases_in(content.cases, sectors)
    if not cases:
        return {}
    reference = logic.case_by_id(content.cases, content.cases.reference_case).company
    matrix = charts.lessons_matrix(
        logic.matrix_frame(content, cases, lang), logic.value_styles(content.cases, lang), highlight=reference
    )
    statuses = _status_labels(content, lang)
    table = logic.matrix_table(content, cases, lang, lambda s: statuses[s])
    return {"matrix": (matrix, logic.matrix_caption(content, cases, lang), table, "other-sectors.csv")}


# ---- obstacles (risk register, data scale, quality gap)
# The page and the slides share these builders, so a slide always matches the page at its defaults.


