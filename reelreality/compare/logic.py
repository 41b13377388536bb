"""Decision-matrix math in exact fractions: weighted ranking, ties, and where first place flips as one weight moves."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from numbers import Real

from reelreality.compare.model import ApproachesFile


@dataclass(frozen=True)
class Matrix:
    """Scores by approach and criterion, in display order."""

    approaches: tuple[str, ...]
    criteria: tuple[str, ...]
    scores: Mapping[str, Mapping[str, int]]

    @classmethod
    def from_file(cls, file: ApproachesFile) -> Matrix:
        return cls(
            approaches=tuple(a.id for a in file.approaches),
            criteria=tuple(c.id for c in file.criteria),
            scores={a.id: {cid: s.score for cid, s in a.scores.items()} for a in file.approaches},
        )

    def score(self, approach: str, criterion: str) -> int:
        return self.scores[approach][criterion]


def default_weights(file: ApproachesFile) -> dict[str, int]:
    """The weights a reader starts from (no preset chosen)."""
    return {c.id: c.default_weight for c in file.criteria}


def preset_weights(file: ApproachesFile, preset_id: str) -> dict[str, int]:
    """A preset's weights in criterion order."""
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


def top_criteria(matrix: Matrix) -> dict[str, list[str]]:
    """For each approach, the criteria on which it has the highest score (shared tops included)."""
    out: dict[str, list[str]] = {a: [] for a in matrix.approaches}
    for c in matrix.criteria:
        for a in leaders({a: Fraction(matrix.score(a, c)) for a in matrix.approaches}, matrix.approaches):
            out[a].append(c)
    return out
