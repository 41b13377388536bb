from __future__ import annotations

import plotly.graph_objects as go

from reelreality.content import Content
from reelreality.legal import charts, logic
from reelreality.obstacles.view import _status_labels


def _legal_levels(content: Content, lang: str) -> list[tuple[str, str, str, str]]:
    return [(d.id, d.label(lang), d.short(lang), d.colour) for d in content.legal.requirements]


def legal_matrix_figure(content: Content, lang: str) -> tuple[go.Figure, str]:
    lg = content.legal
    fig = charts.legal_matrix(
        logic.matrix_frame(content, lang),
        [(s.id, s.label(lang)) for s in lg.stakeholders],
        [(u.id, u.short(lang)) for u in lg.use_cases],
        _legal_levels(content, lang),
        rules_label=content.ui("legal.hover.rules")(lang),
    )
    return fig, logic.matrix_caption(content, lang)


def legal_timeline_figure(content: Content, lang: str) -> tuple[go.Figure, str]:
    fig = charts.legal_timeline(
        logic.timeline_frame(content, lang),
        [(k.id, k.label(lang), k.colour) for k in content.legal.rule_kinds],
        logic.milestones(content, lang),
        content.ui("date.months_short")(lang).split(","),
    )
    return fig, logic.timeline_caption(content, lang)


def legal_blocks(content: Content, lang: str, use_id: str) -> dict[str, Block]:
    """The legal tab's two chart blocks for one use case: the matrix (that use case highlighted) and
    the rules and lawsuits timeline (rules that apply to it marked), each with caption and table."""
    lg = content.legal
    ui = lambda key: content.ui(key)(lang)  # noqa: E731
    frame = logic.matrix_frame(content, lang)
    matrix = charts.legal_matrix(
        frame,
        [(s.id, s.label(lang)) for s in lg.stakeholders],
        [(u.id, u.short(lang)) for u in lg.use_cases],
        _legal_levels(content, lang),
        highlight=use_id,
        rules_label=ui("legal.hover.rules"),
    )
    names = ["use_case", "stakeholder", "requirement", "rules", "rationale"]
    cols = ["use_case_label", "stakeholder_label", "requirement_label", "rules", "rationale"]
    matrix_table = frame[cols].set_axis([ui(f"legal.col.{n}") for n in names], axis=1)

    rows = logic.timeline_frame(content, lang, use_id)
    timeline = charts.legal_timeline(
        rows,
        [(k.id, k.label(lang), k.colour) for k in lg.rule_kinds],
        logic.milestones(content, lang),
        ui("date.months_short").split(","),
    )
    shown = rows.assign(
        applies=rows["applies"].map({True: ui("legal.yes"), False: ui("legal.no")}),
        status=rows["status"].map(_status_labels(content, lang)),
    )
    names = ["when", "title", "kind", "jurisdiction", "applies", "status", "sources"]
    cols = ["when", "title", "kind_label", "jurisdiction", "applies", "status", "sources"]
    timeline_table = shown[cols].set_axis([ui(f"legal.col.{n}") for n in names], axis=1)
    return {
        "matrix": (matrix, logic.matrix_caption(content, lang), matrix_table, "legal-matrix.csv"),
        "timeline": (timeline, logic.timeline_caption(content, lang, use_id), timeline_table, "legal-timeline.csv"),
    }


# ---- compare (single custom model vs multi-model platform)
# A block is (figure, caption stating its message, data table, CSV file name): ui.figure_block(*block, key=...).
Block = tuple[go.Figure, str, object, str]



