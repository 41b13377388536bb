"""The comparison in words: the verdict, where the focus approach would win, how firm first place is, captions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from reelreality.compare.logic import Matrix, Ranking, Segment, Sensitivity, top_criteria
from reelreality.compare.model import ApproachesFile, PartnerEvent
from reelreality.text import Phrases, capitalise

KEYS = (
    "compare.verdict.one",
    "compare.verdict.tie",
    "compare.verdict.rest",
    "compare.all_zero",
    "compare.sens.first_now",
    "compare.sens.only_if",
    "compare.sens.above",
    "compare.sens.below",
    "compare.sens.between",
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
    "compare.timeline_caption",
    "compare.timeline_count",
)
"""The UI strings (site.yaml `ui:`) this module fills; checks.py reports any that is missing, since a
sentence's branch may run only for weights nobody has tried yet."""


@dataclass(frozen=True)
class Names:
    """How approaches and criteria are named in one language, by id."""

    subject: Mapping[str, str]  # an approach in a sentence: 'the single custom model'
    short: Mapping[str, str]  # an approach on a chart or in a table
    criterion: Mapping[str, str]  # a criterion's full name
    criterion_short: Mapping[str, str]  # a criterion on a chart axis

    @classmethod
    def of(cls, file: ApproachesFile, lang: str) -> Names:
        return cls(
            subject={a.id: a.subject(lang) for a in file.approaches},
            short={a.id: a.short(lang) for a in file.approaches},
            criterion={c.id: c.name(lang) for c in file.criteria},
            criterion_short={c.id: c.short(lang) for c in file.criteria},
        )


def _sentence(text: str) -> str:
    return capitalise(text) + "."


def verdict(ranking: Ranking, names: Names, phrases: Phrases) -> str:
    """'The multi-model platform comes first with 3.66 out of 5, ahead of …' or the tie / all-zero message."""
    if not ranking.ok:
        return phrases("compare.all_zero")
    score = phrases.number(float(ranking.rows[0].score), 2)
    if ranking.is_tie:
        head = phrases(
            "compare.verdict.tie", names=phrases.join([names.subject[a] for a in ranking.winners]), score=score
        )
    else:
        head = phrases("compare.verdict.one", winner=names.subject[ranking.winners[0]], score=score)
    rest = [f"{names.subject[r.approach]} ({phrases.number(float(r.score), 2)})" for r in ranking.rows if r.rank != 1]
    if rest:
        head += phrases("compare.verdict.rest", others=phrases.join(rest))
    return _sentence(head)


def _condition(s: Sensitivity, span: tuple[Fraction, Fraction], names: Names, phrases: Phrases) -> str:
    """'if the weight of X exceeded 50% of the total (it is 14.3% now)', or 'fell below', or 'were between'."""
    lo, hi = span
    fill = dict(criterion=names.criterion[s.criterion], now=phrases.percent(s.current))
    if hi == 1:
        return phrases("compare.sens.above", pct=phrases.percent(lo), **fill)
    if lo == 0:
        return phrases("compare.sens.below", pct=phrases.percent(hi), **fill)
    return phrases("compare.sens.between", lo=phrases.percent(lo), hi=phrases.percent(hi), **fill)


def focus_sentence(sens: Sequence[Sensitivity], ranking: Ranking, focus: str, names: Names, phrases: Phrases) -> str:
    """Where `focus` would come first: 'only if X's weight exceeded N%', or 'no weight … puts it first'."""
    if not ranking.ok:
        return phrases("compare.all_zero")
    who = names.subject[focus]
    if ranking.winners == (focus,):
        return _sentence(phrases("compare.sens.first_now", focus=who))
    # Each condition carries its own "if", so several read "if A, if B or if C" in either language.
    conditions = [_condition(s, span, names, phrases) for s in sens if (span := s.win_range(focus))]
    if conditions:
        return _sentence(phrases("compare.sens.only_if", focus=who, conditions=phrases.join(conditions, "or")))
    text = _sentence(phrases("compare.sens.never", focus=who))
    ties = [(s, points[0]) for s in sens if (points := s.tie_shares(focus))]
    if ties:
        s, point = min(ties, key=lambda item: abs(item[1] - item[0].current))
        tie = phrases(
            "compare.sens.tie_at", focus=who, criterion=names.criterion[s.criterion], pct=phrases.percent(point)
        )
        text += " " + _sentence(tie)
    return text


def winner_sentence(sens: Sequence[Sensitivity], ranking: Ranking, names: Names, phrases: Phrases) -> str:
    """How firm first place is: the criterion whose weight, moved the least, hands first place to someone else."""
    if not ranking.ok:
        return phrases("compare.all_zero")
    if ranking.is_tie:
        return _sentence(
            phrases("compare.sens.tied_now", names=phrases.join([names.subject[a] for a in ranking.winners]))
        )
    winner = names.subject[ranking.winners[0]]
    flips = []  # (distance from the current share, criterion order, sensitivity, flip share, who then leads, key)
    for i, s in enumerate(sens):
        lo, hi = s.stable
        if s.below is not None:
            flips.append((s.current - lo, i, s, lo, s.below, "compare.sens.flip_down"))
        if s.above is not None:
            flips.append((hi - s.current, i, s, hi, s.above, "compare.sens.flip_up"))
    if not flips:
        return _sentence(phrases("compare.sens.robust", winner=winner))
    _, _, s, at, then, key = min(flips, key=lambda f: (f[0], f[1]))
    text = phrases(
        key,
        winner=winner,
        criterion=names.criterion[s.criterion],
        pct=phrases.percent(at),
        now=phrases.percent(s.current),
        other=phrases.join([names.subject[a] for a in then]),
    )
    return _sentence(text)


def radar_caption(matrix: Matrix, names: Names, phrases: Phrases) -> str:
    """'The multi-model platform has the top score, alone or shared, on 6 of 7 criteria: …' for each approach."""
    tops = top_criteria(matrix)
    parts = []
    for a in matrix.approaches:
        if tops[a]:
            listed = phrases.join([names.criterion[c] for c in tops[a]])
            text = phrases(
                "compare.radar.leads",
                name=names.subject[a],
                n=len(tops[a]),
                total=len(matrix.criteria),
                criteria=listed,
            )
        else:
            text = phrases("compare.radar.none", name=names.subject[a])
        parts.append(_sentence(text))
    return " ".join(parts)


def span_hover(criterion: str, segment: Segment, names: Names, phrases: Phrases) -> str:
    """'Control from 40% to 50%: the fine-tune first' (tied leaders joined by '=')."""
    who = " = ".join(names.short[a] for a in segment.leaders)
    return phrases(
        "compare.sens.hover",
        criterion=names.criterion[criterion],
        lo=phrases.percent(segment.lo),
        hi=phrases.percent(segment.hi),
        who=who,
    )


def now_hover(s: Sensitivity, names: Names, phrases: Phrases) -> str:
    """'Your weights: Control at 14.3%'."""
    return phrases("compare.sens.hover_now", criterion=names.criterion[s.criterion], now=phrases.percent(s.current))


def timeline_caption(
    events: Sequence[PartnerEvent], when: Mapping[str, str], lanes: Mapping[str, str], phrases: Phrases
) -> str:
    """'10 dated steps from 21 March 2023 to 20 April 2026 (Adobe's own models: 3, Partner models: 7). …'"""
    ordered = sorted(events, key=lambda e: e.date)
    counts = ", ".join(
        phrases("compare.timeline_count", label=label, n=sum(1 for e in events if e.type == lane))
        for lane, label in lanes.items()
    )
    return phrases(
        "compare.timeline_caption", n=len(events), first=when[ordered[0].id], last=when[ordered[-1].id], counts=counts
    )
