"""The legal explorer's data as frames: the cells of the mapping and the dated rules, for charts and tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import pandas as pd

from reelreality.core.models import Source
from reelreality.legal.logic import row, rules_for
from reelreality.legal.model import LegalFile
from reelreality.text import Phrases

MATRIX_COLUMNS = {
    "use_case_label": "use_case",
    "stakeholder_label": "stakeholder",
    "requirement_label": "requirement",
    "rules": "rules",
    "rationale": "rationale",
}
"""Frame column -> the `legal.col.*` UI string naming it in the matrix's data table."""

TIMELINE_COLUMNS = {
    "when": "when",
    "title": "title",
    "kind_label": "kind",
    "jurisdiction": "jurisdiction",
    "applies": "applies",
    "status": "status",
    "sources": "sources",
}
"""Frame column -> the `legal.col.*` UI string naming it in the timeline's data table."""


def matrix_frame(legal: LegalFile, lang: str) -> pd.DataFrame:
    """Every cell of the mapping as a row, use cases and stakeholders in content order."""
    rule_names = {r.id: r.short(lang) for r in legal.rules}
    req_labels = {d.id: d.label(lang) for d in legal.requirements}
    who_rank = {s.id: i for i, s in enumerate(legal.stakeholders)}
    labels = {s.id: s.label(lang) for s in legal.stakeholders}
    rows = []
    for uc in legal.use_cases:
        for need in sorted(row(legal, uc.id).needs, key=lambda n: who_rank[n.stakeholder]):
            rows.append(
                {
                    "use_case": uc.id,
                    "use_case_label": uc.short(lang),
                    "stakeholder": need.stakeholder,
                    "stakeholder_label": labels[need.stakeholder],
                    "requirement": need.requirement,
                    "requirement_label": req_labels[need.requirement],
                    "rules": " · ".join(rule_names[r] for r in need.rules),
                    "rationale": need.rationale(lang),
                }
            )
    return pd.DataFrame(rows)


def timeline_frame(
    legal: LegalFile, phrases: Phrases, sources: Mapping[str, Source], use_case: str | None = None
) -> pd.DataFrame:
    """The rules as dated rows, oldest first; `applies` marks those behind the chosen use case (all when None).

    sources: the bibliography by id (Content.source_map), for the publishers' names."""
    lang = phrases.lang
    kinds = {k.id: k.label(lang) for k in legal.rule_kinds}
    applies = {r.id for r in rules_for(legal, use_case)} if use_case else {r.id for r in legal.rules}
    rows = [
        {
            "id": r.id,
            "date": r.date,
            "when": phrases.date(r.date, r.date_precision),
            "kind": r.kind,
            "kind_label": kinds[r.kind],
            "short": r.short(lang),
            "title": r.title(lang),
            "jurisdiction": r.jurisdiction(lang),
            "status": r.status,
            "sources": "; ".join(sources[s].publisher for s in r.sources),
            "applies": r.id in applies,
        }
        for r in sorted(legal.rules, key=lambda r: (r.date, r.id))
    ]
    return pd.DataFrame(rows)


def milestone_marks(legal: LegalFile, lang: str) -> list[tuple[dt.date, str]]:
    """The story's milestones as (date, label), oldest first: the dashed lines of the rules timeline."""
    return [(ms.date, ms.label(lang)) for ms in sorted(legal.milestones, key=lambda ms: ms.date)]


def matrix_table(frame: pd.DataFrame, phrases: Phrases) -> pd.DataFrame:
    """The matrix's data table as a reader downloads it: labels, not ids, under headings in their language."""
    return frame[list(MATRIX_COLUMNS)].set_axis([phrases(f"legal.col.{n}") for n in MATRIX_COLUMNS.values()], axis=1)


def timeline_table(frame: pd.DataFrame, phrases: Phrases, statuses: Mapping[str, str]) -> pd.DataFrame:
    """The timeline's data table: whether each rule bears on the chosen use in words, the status by its label.

    statuses: verification status id -> label in the reader's language."""
    shown = frame.assign(
        applies=frame["applies"].map({True: phrases("legal.yes"), False: phrases("legal.no")}),
        status=frame["status"].map(statuses),
    )
    names = [phrases(f"legal.col.{n}") for n in TIMELINE_COLUMNS.values()]
    return shown[list(TIMELINE_COLUMNS)].set_axis(names, axis=1)
