from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from numbers import Real

import pandas as pd

from reelreality.compare.logic import Matrix, Ranking, Sensitivity, Template, rank, sensitivity
from reelreality.compare.model import ApproachesFile, PartnerEvent
from reelreality.compare.sentences import fmt_num, fmt_pct, focus_sentence, radar_caption, verdict, winner_sentence


def ranking_bars_data(
    ranking: Ranking, names: Mapping[str, str], colours: Mapping[str, str], lang: str, tie_label: str
) -> dict:
    """Arguments for charts.ranking_bars: best first, each bar labelled with its score (and 'tie' when tied)."""
    return {
        "labels": [names[r.approach] for r in ranking.rows],
        "values": [float(r.score) for r in ranking.rows],
        "texts": [fmt_num(r.score, lang) + (f" · {tie_label}" if r.tied else "") for r in ranking.rows],
        "colours": [colours[r.approach] for r in ranking.rows],
    }


def stability_rows(
    sens: Sequence[Sensitivity],
    names: Mapping[str, str],
    criteria: Mapping[str, str],
    colours: Mapping[str, str],
    tpl: Template,
    lang: str,
    *,
    tie_label: str,
    tie_colour: str,
) -> list[dict]:
    """Rows for charts.stability_strips, the most sensitive criterion (narrowest stable range) first."""
    rows = []
    for s in sorted(sens, key=lambda s: s.stable[1] - s.stable[0]):  # sorted() is stable: ties keep criterion order
        segments = []
        for seg in s.segments:
            tied = len(seg.leaders) > 1
            who = " = ".join(names[a] for a in seg.leaders)
            hover = tpl("compare.sens.hover").format(
                criterion=criteria[s.criterion], lo=fmt_pct(seg.lo, lang), hi=fmt_pct(seg.hi, lang), who=who
            )
            segments.append(
                (
                    float(seg.lo) * 100,
                    float(seg.hi) * 100,
                    tie_label if tied else names[seg.leaders[0]],
                    tie_colour if tied else colours[seg.leaders[0]],
                    hover,
                )
            )
        rows.append(
            {
                "label": criteria[s.criterion],
                "current": float(s.current) * 100,
                "current_hover": tpl("compare.sens.hover_now").format(
                    criterion=criteria[s.criterion], now=fmt_pct(s.current, lang)
                ),
                "segments": segments,
            }
        )
    return rows


# ---------------------------------------------------------------- tables


def ranking_table(ranking: Ranking, names: Mapping[str, str], cols: Mapping[str, str]) -> pd.DataFrame:
    """Rank, approach and weighted score, one row per approach; columns named by `cols` (rank, approach, score)."""
    return pd.DataFrame(
        [
            {cols["rank"]: r.rank, cols["approach"]: names[r.approach], cols["score"]: round(float(r.score), 3)}
            for r in ranking.rows
        ],
        columns=[cols["rank"], cols["approach"], cols["score"]],
    )


def sensitivity_table(
    sens: Sequence[Sensitivity],
    names: Mapping[str, str],
    criteria: Mapping[str, str],
    cols: Mapping[str, str],
    lang: str,
) -> pd.DataFrame:
    """Per criterion: its share now, the range where first place holds, and who is first beyond each end."""

    def who(x: tuple[str, ...] | None) -> str:
        return " = ".join(names[a] for a in x) if x else "—"

    rows = [
        {
            cols["criterion"]: criteria[s.criterion],
            cols["now"]: fmt_pct(s.current, lang),
            cols["from"]: fmt_pct(s.stable[0], lang),
            cols["to"]: fmt_pct(s.stable[1], lang),
            cols["below"]: who(s.below),
            cols["above"]: who(s.above),
        }
        for s in sens
    ]
    return pd.DataFrame(rows, columns=[cols[k] for k in ("criterion", "now", "from", "to", "below", "above")])


SCORE_COLUMNS = ("criterion", "approach", "score", "rationale", "status", "sources")


def scores_table(
    file: ApproachesFile,
    lang: str,
    cols: Mapping[str, str],
    status_labels: Mapping[str, str],
    source_names: Mapping[str, str],
) -> pd.DataFrame:
    """Every score with its rationale, evidence status and sources: the editorial matrix in long form."""
    rows = [
        {
            cols["criterion"]: c.name(lang),
            cols["approach"]: a.short(lang),
            cols["score"]: a.scores[c.id].score,
            cols["rationale"]: a.scores[c.id].rationale(lang),
            cols["status"]: status_labels[a.scores[c.id].status],
            cols["sources"]: "; ".join(source_names[s] for s in a.scores[c.id].sources),
        }
        for c in file.criteria
        for a in file.approaches
    ]
    return pd.DataFrame(rows, columns=[cols[k] for k in SCORE_COLUMNS])


def score_grid(file: ApproachesFile, lang: str, criterion_col: str) -> pd.DataFrame:
    """Criteria as rows, approaches as columns, scores in the cells."""
    return pd.DataFrame(
        [
            {criterion_col: c.name(lang), **{a.short(lang): a.scores[c.id].score for a in file.approaches}}
            for c in file.criteria
        ]
    )


def score_grid_with_weights(
    file: ApproachesFile, ranking: Ranking, lang: str, cols: Mapping[str, str]
) -> pd.DataFrame:
    """The score grid plus each criterion's current share of the total weight."""
    grid = score_grid(file, lang, cols["criterion"])
    if ranking.ok:
        grid.insert(1, cols["weight"], [fmt_pct(ranking.shares[c.id], lang) for c in file.criteria])
    return grid


def radar_series(
    matrix: Matrix, names: Mapping[str, str], colours: Mapping[str, str]
) -> list[tuple[str, list[int], str]]:
    """(name, scores in criterion order, colour) per approach, for charts.score_radar."""
    return [(names[a], [matrix.score(a, c) for c in matrix.criteria], colours[a]) for a in matrix.approaches]


@dataclass(frozen=True)
class Panel:
    """Everything the comparison shows for one set of weights, in one language."""

    ranking: Ranking
    sens: tuple[Sensitivity, ...]
    verdict: str
    focus: str  # where the focus approach would come first
    flip: str  # how firm first place is
    radar_caption: str


def build_panel(file: ApproachesFile, weights: Mapping[str, Real], tpl: Template, lang: str) -> Panel:
    matrix = Matrix.from_content(file)
    ranking = rank(matrix, weights)
    sens = sensitivity(matrix, weights)
    subjects = {a.id: a.subject(lang) for a in file.approaches}
    criteria = {c.id: c.name(lang) for c in file.criteria}
    return Panel(
        ranking=ranking,
        sens=sens,
        verdict=verdict(ranking, subjects, tpl, lang),
        focus=focus_sentence(sens, ranking, file.focus, subjects, criteria, tpl, lang),
        flip=winner_sentence(sens, ranking, subjects, criteria, tpl, lang),
        radar_caption=radar_caption(matrix, subjects, criteria, tpl),
    )


def timeline_caption(
    events: Sequence[PartnerEvent], when: Mapping[str, str], type_labels: Mapping[str, str], tpl: Template
) -> str:
    """'10 dated steps from March 2023 to 20 April 2026 (Adobe's own models: 3; partner models: 7). …'"""
    ordered = sorted(events, key=lambda e: e.date)
    counts = ", ".join(
        tpl("compare.timeline_count").format(label=label, n=sum(1 for e in events if e.type == t))
        for t, label in type_labels.items()
    )
    return tpl("compare.timeline_caption").format(
        n=len(events), first=when[ordered[0].id], last=when[ordered[-1].id], counts=counts
    )


def timeline_table(
    frame: pd.DataFrame, type_labels: Mapping[str, str], status_labels: Mapping[str, str], cols: Mapping[str, str]
) -> pd.DataFrame:
    """The timeline as a readable table: date, lane, step, verification status and sources."""
    shown = frame.assign(type=frame["type"].map(type_labels), status=frame["status"].map(status_labels))
    keys = ["when", "type", "title", "status", "sources"]
    return shown[keys].rename(columns={k: cols[k] for k in keys})


def score_reasons(
    file: ApproachesFile, criterion: str, lang: str, tpl: Template
) -> tuple[str, list[tuple[str, list]]]:
    """For one criterion: a one-line summary ('Legal — Single 3/5 · …') and, per approach, a heading
    with its score and the (rationale, score record) pair, ready for ui.record_columns."""
    name = next(c.name(lang) for c in file.criteria if c.id == criterion)
    summary = f"{name} — " + " · ".join(f"{a.short(lang)} {a.scores[criterion].score}/5" for a in file.approaches)
    groups = [
        (
            f"{a.short(lang)} · {tpl('compare.score_of').format(score=a.scores[criterion].score)}",
            [(a.scores[criterion].rationale, a.scores[criterion])],
        )
        for a in file.approaches
    ]
    return summary, groups

