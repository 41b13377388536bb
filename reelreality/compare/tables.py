"""The comparison's data as tables, columns named in the reader's language: what each chart shows and the CSVs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from reelreality.compare.logic import Ranking, Sensitivity
from reelreality.compare.model import ApproachesFile
from reelreality.compare.sentences import Names
from reelreality.text import Phrases


def _named(frame: pd.DataFrame, phrases: Phrases, labels: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Columns named by id renamed by the UI strings `compare.col.<id>` (or the key `labels[id]`)."""
    labels = labels or {}
    return frame.rename(columns={k: phrases(labels.get(k, f"compare.col.{k}")) for k in frame.columns})


def ranking_table(ranking: Ranking, names: Names, phrases: Phrases) -> pd.DataFrame:
    """Rank, approach and weighted score, one row per approach, best first."""
    rows = [
        {"rank": r.rank, "approach": names.short[r.approach], "score": round(float(r.score), 3)} for r in ranking.rows
    ]
    frame = pd.DataFrame(rows, columns=["rank", "approach", "score"])
    return _named(frame, phrases, {"score": "compare.col.weighted"})


def sensitivity_table(sens: Sequence[Sensitivity], names: Names, phrases: Phrases) -> pd.DataFrame:
    """Per criterion: its share now, the range where first place holds, and who is first beyond each end."""

    def who(leaders: tuple[str, ...] | None) -> str:
        return " = ".join(names.short[a] for a in leaders) if leaders else "—"

    rows = [
        {
            "criterion": names.criterion[s.criterion],
            "now": phrases.percent(s.current),
            "from": phrases.percent(s.stable[0]),
            "to": phrases.percent(s.stable[1]),
            "below": who(s.below),
            "above": who(s.above),
        }
        for s in sens
    ]
    return _named(pd.DataFrame(rows, columns=["criterion", "now", "from", "to", "below", "above"]), phrases)


def scores_table(
    file: ApproachesFile, phrases: Phrases, statuses: Mapping[str, str], publishers: Mapping[str, str]
) -> pd.DataFrame:
    """Every score with its rationale, evidence status and sources: the editorial matrix in long form.

    statuses: status id -> label; publishers: source id -> publisher."""
    lang = phrases.lang
    rows = [
        {
            "criterion": c.name(lang),
            "approach": a.short(lang),
            "score": a.scores[c.id].score,
            "rationale": a.scores[c.id].rationale(lang),
            "status": statuses[a.scores[c.id].status],
            "sources": "; ".join(publishers[s] for s in a.scores[c.id].sources),
        }
        for c in file.criteria
        for a in file.approaches
    ]
    return _named(
        pd.DataFrame(rows, columns=["criterion", "approach", "score", "rationale", "status", "sources"]), phrases
    )


def score_grid(file: ApproachesFile, ranking: Ranking, phrases: Phrases) -> pd.DataFrame:
    """Criteria as rows, approaches as columns, scores in the cells; with each criterion's current share
    of the total weight when the weights rank anything."""
    lang = phrases.lang
    grid = pd.DataFrame(
        [
            {
                phrases("compare.col.criterion"): c.name(lang),
                **{a.short(lang): a.scores[c.id].score for a in file.approaches},
            }
            for c in file.criteria
        ]
    )
    if ranking.ok:
        grid.insert(1, phrases("compare.col.weight"), [phrases.percent(ranking.shares[c.id]) for c in file.criteria])
    return grid


def timeline_table(
    frame: pd.DataFrame, lanes: Mapping[str, str], statuses: Mapping[str, str], phrases: Phrases
) -> pd.DataFrame:
    """The timeline as a readable table: date, lane, step, what happened, verification status and sources."""
    shown = frame.assign(type=frame["type"].map(lanes), status=frame["status"].map(statuses))
    return _named(shown[["when", "type", "title", "detail", "status", "sources"]], phrases)
