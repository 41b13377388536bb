"""Weighted decision matrix: ranking with ties, and where the winner flips (exact arithmetic, no streamlit)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from numbers import Real

import pandas as pd

from reelreality import models as m

# Template keys (site.yaml `ui:`) the generated sentences use; content.py checks they exist.
UI_KEYS = (
    "compare.verdict.one",
    "compare.verdict.tie",
    "compare.verdict.rest",
    "compare.all_zero",
    "compare.sens.first_now",
    "compare.sens.only_if",
    "compare.sens.above",
    "compare.sens.below",
    "compare.sens.between",
    "compare.sens.or",
    "compare.sens.never",
    "compare.sens.tie_at",
    "compare.sens.robust",
    "compare.sens.flip_up",
    "compare.sens.flip_down",
    "compare.sens.tied_now",
    "compare.sens.hover",
    "compare.sens.hover_now",
    "compare.radar.leads",
    "compare.radar.none",
    "compare.radar.and",
    "compare.timeline_caption",
    "compare.timeline_count",
)

Template = Callable[[str], str]
"""Looks up a template by key in the reader's language, e.g. `lambda k: content.ui(k)(lang)`."""


@dataclass(frozen=True)
class Matrix:
    """Scores by approach and criterion, in display order."""

    approaches: tuple[str, ...]
    criteria: tuple[str, ...]
    scores: Mapping[str, Mapping[str, int]]

    @classmethod
    def from_content(cls, file: m.ApproachesFile) -> Matrix:
        return cls(
            approaches=tuple(a.id for a in file.approaches),
            criteria=tuple(c.id for c in file.criteria),
            scores={a.id: {cid: s.score for cid, s in a.scores.items()} for a in file.approaches},
        )

    def score(self, approach: str, criterion: str) -> int:
        return self.scores[approach][criterion]


def default_weights(file: m.ApproachesFile) -> dict[str, int]:
    return {c.id: c.default_weight for c in file.criteria}


def preset_weights(file: m.ApproachesFile, preset_id: str) -> dict[str, int]:
    preset = next(p for p in file.presets if p.id == preset_id)
    return {c.id: preset.weights[c.id] for c in file.criteria}


def _exact(weights: Mapping[str, Real], criteria: Sequence[str]) -> dict[str, Fraction]:
    missing = [c for c in criteria if c not in weights]
    extra = [k for k in weights if k not in criteria]
    if missing or extra:
        raise ValueError(f"weights must name every criterion exactly (missing {missing}, unknown {extra})")
    out = {}
    for c in criteria:
        value = Fraction(weights[c])  # exact for ints, Fractions and floats alike
        if value < 0:
            raise ValueError(f"weight of {c!r} is negative ({weights[c]})")
        out[c] = value
    return out


# ---------------------------------------------------------------- ranking


@dataclass(frozen=True)
class Ranked:
    approach: str
    score: Fraction
    rank: int  # competition ranking: tied approaches share a rank (1, 1, 3)
    tied: bool


@dataclass(frozen=True)
class Ranking:
    """The weighted ranking, or a `problem` code ("all-zero") when the weights rank nothing."""

    rows: tuple[Ranked, ...]
    shares: Mapping[str, Fraction]
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def winners(self) -> tuple[str, ...]:
        return tuple(r.approach for r in self.rows if r.rank == 1)

    @property
    def is_tie(self) -> bool:
        return len(self.winners) > 1

    def score_of(self, approach: str) -> Fraction:
        return next(r.score for r in self.rows if r.approach == approach)


def weighted_scores(matrix: Matrix, shares: Mapping[str, Fraction]) -> dict[str, Fraction]:
    return {a: sum((shares[c] * matrix.score(a, c) for c in matrix.criteria), Fraction(0)) for a in matrix.approaches}


def leaders(values: Mapping[str, Fraction], order: Sequence[str]) -> tuple[str, ...]:
    """Every key with the highest value, in display order (several means a tie)."""
    top = max(values.values())
    return tuple(a for a in order if values[a] == top)


def rank(matrix: Matrix, weights: Mapping[str, Real]) -> Ranking:
    """Rank approaches by their weighted mean score (1–5). Weights are normalised to shares of their total."""
    exact = _exact(weights, matrix.criteria)
    total = sum(exact.values())
    if total == 0:
        return Ranking(rows=(), shares={}, problem="all-zero")
    shares = {c: w / total for c, w in exact.items()}
    values = weighted_scores(matrix, shares)
    ordered = sorted(matrix.approaches, key=lambda a: (-values[a], matrix.approaches.index(a)))
    rows = []
    for a in ordered:
        better = sum(1 for b in matrix.approaches if values[b] > values[a])
        same = sum(1 for b in matrix.approaches if values[b] == values[a])
        rows.append(Ranked(approach=a, score=values[a], rank=better + 1, tied=same > 1))
    return Ranking(rows=tuple(rows), shares=shares)


# ---------------------------------------------------------------- sensitivity


def share_weights(matrix: Matrix, weights: Mapping[str, Real], criterion: str, share: Real) -> dict[str, Fraction]:
    """Weights (summing to 1) that give `criterion` this share and keep the others in their current proportions.

    When every other weight is zero their proportions are undefined; they then share equally."""
    exact = _exact(weights, matrix.criteria)
    share = Fraction(share)
    if not 0 <= share <= 1:
        raise ValueError(f"share must be between 0 and 1 (got {share})")
    others = [c for c in matrix.criteria if c != criterion]
    rest = sum(exact[c] for c in others)
    out = {criterion: share}
    for c in others:
        out[c] = (1 - share) * (exact[c] / rest if rest else Fraction(1, len(others)))
    return out


@dataclass(frozen=True)
class Segment:
    lo: Fraction
    hi: Fraction
    leaders: tuple[str, ...]  # who is first strictly inside (lo, hi); several means a tie all along


@dataclass(frozen=True)
class Sensitivity:
    """What happens to first place as one criterion's share of the total weight goes from 0 to 1."""

    criterion: str
    current: Fraction  # the criterion's share now
    lines: Mapping[str, tuple[Fraction, Fraction]]  # approach -> (score at share 0, score at share 1)
    order: tuple[str, ...]
    segments: tuple[Segment, ...]  # partition of [0, 1], adjacent segments have different leaders
    stable: tuple[Fraction, Fraction]  # the range around `current` where first place is unchanged

    def value(self, approach: str, share: Real) -> Fraction:
        at0, at1 = self.lines[approach]
        return at0 + Fraction(share) * (at1 - at0)

    def leaders_at(self, share: Real) -> tuple[str, ...]:
        return leaders({a: self.value(a, share) for a in self.order}, self.order)

    @property
    def now(self) -> tuple[str, ...]:
        return self.leaders_at(self.current)

    def _outside(self, at: Fraction, step: int) -> tuple[str, ...] | None:
        if (step < 0 and at == 0) or (step > 0 and at == 1):
            return None
        seg = next(s for s in self.segments if (s.hi == at if step < 0 else s.lo == at))
        return seg.leaders

    @property
    def below(self) -> tuple[str, ...] | None:
        """Who is first just below the stable range (None when it starts at 0)."""
        return self._outside(self.stable[0], -1)

    @property
    def above(self) -> tuple[str, ...] | None:
        """Who is first just above the stable range (None when it reaches 1)."""
        return self._outside(self.stable[1], +1)

    def win_range(self, approach: str) -> tuple[Fraction, Fraction] | None:
        """The shares over which `approach` is first on its own (one interval: first place on lines is convex)."""
        spans = [s for s in self.segments if s.leaders == (approach,)]
        return (spans[0].lo, spans[-1].hi) if spans else None

    def tie_shares(self, approach: str) -> tuple[Fraction, ...]:
        """Segment ends at which `approach` shares first place with another approach."""
        points = {s.lo for s in self.segments} | {s.hi for s in self.segments}
        return tuple(sorted(p for p in points if approach in self.leaders_at(p) and len(self.leaders_at(p)) > 1))


def _breakpoints(lines: Mapping[str, tuple[Fraction, Fraction]]) -> list[Fraction]:
    points = {Fraction(0), Fraction(1)}
    items = list(lines.values())
    for i, (a0, a1) in enumerate(items):
        for b0, b1 in items[i + 1 :]:
            slope = (a1 - a0) - (b1 - b0)
            if slope:
                t = (b0 - a0) / slope
                if 0 < t < 1:
                    points.add(t)
    return sorted(points)


def sensitivity_for(matrix: Matrix, weights: Mapping[str, Real], criterion: str) -> Sensitivity:
    exact = _exact(weights, matrix.criteria)
    total = sum(exact.values())
    if total == 0:
        raise ValueError("all weights are zero: there is no ranking to test")
    at0 = weighted_scores(matrix, share_weights(matrix, exact, criterion, 0))
    lines = {a: (at0[a], Fraction(matrix.score(a, criterion))) for a in matrix.approaches}
    points = _breakpoints(lines)

    def top(t: Fraction) -> tuple[str, ...]:
        return leaders({a: lines[a][0] + t * (lines[a][1] - lines[a][0]) for a in matrix.approaches}, matrix.approaches)

    segments: list[Segment] = []
    for lo, hi in zip(points, points[1:], strict=False):
        lead = top((lo + hi) / 2)
        if segments and segments[-1].leaders == lead:
            segments[-1] = Segment(segments[-1].lo, hi, lead)
        else:
            segments.append(Segment(lo, hi, lead))
    current = exact[criterion] / total
    now = top(current)
    stable = (current, current)  # a tie exactly at `current` holds only there
    for seg in segments:
        if seg.lo <= current <= seg.hi and seg.leaders == now:
            stable = (seg.lo, seg.hi)
            break
    return Sensitivity(
        criterion=criterion,
        current=current,
        lines=lines,
        order=matrix.approaches,
        segments=tuple(segments),
        stable=stable,
    )


def sensitivity(matrix: Matrix, weights: Mapping[str, Real]) -> tuple[Sensitivity, ...]:
    """One Sensitivity per criterion; empty when every weight is zero (see `rank` for the message)."""
    if sum(_exact(weights, matrix.criteria).values()) == 0:
        return ()
    return tuple(sensitivity_for(matrix, weights, c) for c in matrix.criteria)


# ---------------------------------------------------------------- words


def fmt_num(value: Real, lang: str, digits: int = 2) -> str:
    text = f"{float(value):.{digits}f}"
    return text.replace(".", ",") if lang == "fr" else text


def fmt_pct(share: Real, lang: str) -> str:
    """A share as a percentage, whole when it is whole, else to one decimal; French spacing and comma."""
    text = f"{float(share) * 100:.1f}".rstrip("0").rstrip(".")
    return (text.replace(".", ",") if lang == "fr" else text) + pct_suffix(lang)


def pct_suffix(lang: str) -> str:
    """The percent sign as fmt_pct writes it (French puts a narrow no-break space before it)."""
    return "\u202f%" if lang == "fr" else "%"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _join(items: Sequence[str], last: str) -> str:
    """'a, b and c' with `last` the word before the final item (templates cannot keep edge spaces)."""
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {last} " + items[-1]


def verdict(ranking: Ranking, names: Mapping[str, str], tpl: Template, lang: str) -> str:
    """'The multi-model platform comes first (3.66 out of 5), ahead of …' or the tie / all-zero message."""
    if not ranking.ok:
        return tpl("compare.all_zero")
    top = ranking.rows[0]
    rest = [r for r in ranking.rows if r.rank != 1]
    if ranking.is_tie:
        head = tpl("compare.verdict.tie").format(
            names=_join([names[a] for a in ranking.winners], tpl("compare.radar.and")), score=fmt_num(top.score, lang)
        )
    else:
        head = tpl("compare.verdict.one").format(winner=names[top.approach], score=fmt_num(top.score, lang))
    if rest:
        others = _join([f"{names[r.approach]} ({fmt_num(r.score, lang)})" for r in rest], tpl("compare.radar.and"))
        head += tpl("compare.verdict.rest").format(others=others)
    return _cap(head) + "."


def focus_sentence(
    sens: Sequence[Sensitivity],
    ranking: Ranking,
    focus: str,
    names: Mapping[str, str],
    criteria: Mapping[str, str],
    tpl: Template,
    lang: str,
) -> str:
    """Where `focus` would come first: 'only if X's weight exceeded N%', or 'no weight … puts it first'."""
    if not ranking.ok:
        return tpl("compare.all_zero")
    if ranking.winners == (focus,):
        return _cap(tpl("compare.sens.first_now").format(focus=names[focus])) + "."
    conditions = []
    for s in sens:
        span = s.win_range(focus)
        if span is None:
            continue
        lo, hi = span
        fmt = dict(criterion=criteria[s.criterion], now=fmt_pct(s.current, lang))
        if hi == 1:
            conditions.append(tpl("compare.sens.above").format(pct=fmt_pct(lo, lang), **fmt))
        elif lo == 0:
            conditions.append(tpl("compare.sens.below").format(pct=fmt_pct(hi, lang), **fmt))
        else:
            conditions.append(tpl("compare.sens.between").format(lo=fmt_pct(lo, lang), hi=fmt_pct(hi, lang), **fmt))
    if conditions:
        text = tpl("compare.sens.only_if").format(
            focus=names[focus], conditions=_join(conditions, tpl("compare.sens.or"))
        )
        return _cap(text) + "."
    text = _cap(tpl("compare.sens.never").format(focus=names[focus])) + "."
    ties = [(s, s.tie_shares(focus)) for s in sens]
    ties = [(s, points[0]) for s, points in ties if points]
    if ties:
        s, point = min(ties, key=lambda item: abs(item[1] - item[0].current))
        tie = tpl("compare.sens.tie_at").format(
            focus=names[focus], criterion=criteria[s.criterion], pct=fmt_pct(point, lang)
        )
        text += " " + _cap(tie) + "."
    return text


def winner_sentence(
    sens: Sequence[Sensitivity],
    ranking: Ranking,
    names: Mapping[str, str],
    criteria: Mapping[str, str],
    tpl: Template,
    lang: str,
) -> str:
    """How firm first place is: the criterion whose weight, moved the least, hands first place to someone else."""
    if not ranking.ok:
        return tpl("compare.all_zero")
    if ranking.is_tie:
        who = _join([names[a] for a in ranking.winners], tpl("compare.radar.and"))
        return _cap(tpl("compare.sens.tied_now").format(names=who)) + "."
    winner = names[ranking.winners[0]]
    flips = []  # (distance from the current share, criterion order, sensitivity, flip share, who then leads, template)
    for i, s in enumerate(sens):
        lo, hi = s.stable
        if s.below is not None:
            flips.append((s.current - lo, i, s, lo, s.below, "compare.sens.flip_down"))
        if s.above is not None:
            flips.append((hi - s.current, i, s, hi, s.above, "compare.sens.flip_up"))
    if not flips:
        return _cap(tpl("compare.sens.robust").format(winner=winner)) + "."
    _, _, s, at, then, key = min(flips, key=lambda f: (f[0], f[1]))
    text = tpl(key).format(
        winner=winner,
        criterion=criteria[s.criterion],
        pct=fmt_pct(at, lang),
        now=fmt_pct(s.current, lang),
        other=_join([names[a] for a in then], tpl("compare.radar.and")),
    )
    return _cap(text) + "."


def top_criteria(matrix: Matrix) -> dict[str, list[str]]:
    """For each approach, the criteria on which it has the highest score (shared tops included)."""
    out: dict[str, list[str]] = {a: [] for a in matrix.approaches}
    for c in matrix.criteria:
        for a in leaders({a: Fraction(matrix.score(a, c)) for a in matrix.approaches}, matrix.approaches):
            out[a].append(c)
    return out


def radar_caption(matrix: Matrix, names: Mapping[str, str], criteria: Mapping[str, str], tpl: Template) -> str:
    """'The multi-model platform scores highest (or joint highest) on 5 of 7 criteria: …' for each approach."""
    tops = top_criteria(matrix)
    parts = []
    for a in matrix.approaches:
        if tops[a]:
            listed = _join([criteria[c] for c in tops[a]], tpl("compare.radar.and"))
            text = tpl("compare.radar.leads").format(
                name=names[a], n=len(tops[a]), total=len(matrix.criteria), criteria=listed
            )
        else:
            text = tpl("compare.radar.none").format(name=names[a])
        parts.append(_cap(text) + ".")
    return " ".join(parts)


# ---------------------------------------------------------------- chart inputs


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
    file: m.ApproachesFile,
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


def score_grid(file: m.ApproachesFile, lang: str, criterion_col: str) -> pd.DataFrame:
    """Criteria as rows, approaches as columns, scores in the cells."""
    return pd.DataFrame(
        [
            {criterion_col: c.name(lang), **{a.short(lang): a.scores[c.id].score for a in file.approaches}}
            for c in file.criteria
        ]
    )


def score_grid_with_weights(
    file: m.ApproachesFile, ranking: Ranking, lang: str, cols: Mapping[str, str]
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


def build_panel(file: m.ApproachesFile, weights: Mapping[str, Real], tpl: Template, lang: str) -> Panel:
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
    events: Sequence[m.PartnerEvent], when: Mapping[str, str], type_labels: Mapping[str, str], tpl: Template
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
    file: m.ApproachesFile, criterion: str, lang: str, tpl: Template
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
