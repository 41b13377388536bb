"""Other sectors as tables: one row per case and question, for the heat map, the table view and the CSV."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

import pandas as pd

from reelreality.core.models import Source
from reelreality.core.scale import ScaleFile
from reelreality.lessons import logic
from reelreality.lessons.model import Case, CasesFile
from reelreality.text import Phrases

MATRIX_COLUMNS = [
    "case_id",
    "case",
    "sector",
    "dimension_id",
    "dimension",
    "question",
    "value_id",
    "value",
    "rationale",
    "status",
    "sources",
]
TABLE_COLUMNS = ["case", "sector", "rating", "question", "value", "rationale", "status", "sources"]


class ValueStyle(NamedTuple):
    """How the heat map draws one answer: its id, label and colour."""

    id: str
    label: str
    colour: str


def value_styles(cf: CasesFile, lang: str) -> list[ValueStyle]:
    """Every answer, in legend order."""
    return [ValueStyle(v.id, v.label(lang), v.colour) for v in cf.values]


def matrix_frame(cf: CasesFile, cases: Sequence[Case], sources: Mapping[str, Source], lang: str) -> pd.DataFrame:
    """One row per case × dimension: labels in `lang`, the answer, its reasoning, status and sources
    (`sources`: the bibliography by id)."""
    sectors = {s.id: s.label(lang) for s in cf.sectors}
    values = {v.id: v.label(lang) for v in cf.values}
    rows = [
        {
            "case_id": c.id,
            "case": c.company,
            "sector": sectors[c.sector],
            "dimension_id": d.id,
            "dimension": d.short(lang),
            "question": d.question(lang),
            "value_id": c.scores[d.id].value,
            "value": values[c.scores[d.id].value],
            "rationale": c.scores[d.id].rationale(lang),
            "status": c.scores[d.id].status,
            "sources": "; ".join(sources[s].publisher for s in c.scores[d.id].sources),
        }
        for c in cases
        for d in cf.dimensions
    ]
    return pd.DataFrame(rows, columns=MATRIX_COLUMNS)


def matrix_table(
    cf: CasesFile,
    scale: ScaleFile,
    cases: Sequence[Case],
    sources: Mapping[str, Source],
    phrases: Phrases,
    status_labels: Mapping[str, str],
) -> pd.DataFrame:
    """The matrix as a readable table: each case's rating beside its answers, columns named in the
    viewer's language (`status_labels`: verification status id -> label)."""
    frame = matrix_frame(cf, cases, sources, phrases.lang)
    ratings = {c.id: logic.rating_of(scale, c).label(phrases.lang) for c in cases}
    frame = frame.assign(status=frame["status"].map(status_labels), rating=frame["case_id"].map(ratings))
    return frame[TABLE_COLUMNS].rename(columns={c: phrases(f"lessons.col.{c}") for c in TABLE_COLUMNS})
