"""Decision-matrix math: known answers, scaling invariance, flips against a brute-force sweep, zeros and ties."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reelreality.compare import logic as compare_logic
from reelreality.compare import sentences as compare_sentences
from reelreality.compare.logic import Matrix
from reelreality.compare.sentences import Names
from reelreality.core.models import Text
from reelreality.text import Phrases

F = Fraction
TEMPLATES = {
    "compare.verdict.one": "{winner} comes first with {score} out of 5",
    "compare.verdict.tie": "{names} tie for first with {score} out of 5",
    "compare.verdict.rest": ", ahead of {others}",
    "compare.all_zero": "Every weight is at zero.",
    "compare.sens.first_now": "{focus} comes first now",
    "compare.sens.only_if": "{focus} would come first only {conditions}",
    "compare.sens.above": "if {criterion} exceeded {pct} (now {now})",
    "compare.sens.below": "if {criterion} fell below {pct} (now {now})",
    "compare.sens.between": "if {criterion} were between {lo} and {hi} (now {now})",
    "compare.sens.never": "no weight on a single criterion puts {focus} first on its own",
    "compare.sens.tie_at": "at best {focus} ties for first when {criterion} reaches {pct}",
    "compare.sens.robust": "{winner} stays first whatever",
    "compare.sens.flip_up": "{winner} stays first until {criterion} reaches {pct} (now {now}); then {other}",
    "compare.sens.flip_down": "{winner} stays first while {criterion} stays above {pct} (now {now}); then {other}",
    "compare.sens.tied_now": "{names} are tied",
    "compare.radar.leads": "{name} leads on {n} of {total}: {criteria}",
    "compare.radar.none": "{name} leads on none",
}
# The same hand-written templates in both languages, so a French sentence differs only by its numbers and lists.
STRINGS = {key: Text(en=value, fr=value) for key, value in TEMPLATES.items()}
EN = Phrases(STRINGS, "en")

# The panel's editorial scores, typed in here by hand so the known answers do not depend on content.
PAPER = Matrix(
    approaches=("single", "platform", "finetune"),
    criteria=("data", "quality", "legal", "cost", "control", "flex", "vendor"),
    scores={
        "single": dict(data=1, quality=2, legal=2, cost=1, control=5, flex=1, vendor=2),
        "platform": dict(data=4, quality=4, legal=3, cost=4, control=2, flex=5, vendor=4),
        "finetune": dict(data=4, quality=3, legal=2, cost=3, control=4, flex=2, vendor=2),
    },
)
EQUAL = {c: 1 for c in PAPER.criteria}
SUBJECTS = {
    "single": "the single model",
    "platform": "the platform",
    "finetune": "the fine-tune",
    "a": "A",
    "b": "B",
    "c": "C",
}


def names(criteria: dict[str, str] | None = None) -> Names:
    """Approaches named as SUBJECTS, criteria as given (by their id when not)."""
    criteria = criteria or {}
    return Names(subject=SUBJECTS, short=SUBJECTS, criterion=criteria, criterion_short=criteria)


CROSS = Matrix(approaches=("a", "b"), criteria=("x", "y"), scores={"a": {"x": 5, "y": 1}, "b": {"x": 1, "y": 5}})


# ---------------------------------------------------------------- known answers


def test_weighted_mean_and_order_by_hand():
    ranking = compare_logic.rank(PAPER, EQUAL)
    assert [r.approach for r in ranking.rows] == ["platform", "finetune", "single"]
    assert ranking.score_of("platform") == F(26, 7)
    assert ranking.score_of("finetune") == F(20, 7)
    assert ranking.score_of("single") == F(14, 7)
    assert [r.rank for r in ranking.rows] == [1, 2, 3]
    assert sum(ranking.shares.values()) == 1


def test_control_flips_at_40_then_7_13ths_by_hand():
    """Equal weights: the others average 4 (platform), 8/3 (fine-tune) and 3/2 (single); solving the lines by hand
    (4 - 2t = 8/3 + 4t/3 and 8/3 + 4t/3 = 3/2 + 7t/2) gives the fine-tune first from 40 % of the weight on control
    and the single model first from 7/13 (about 53.8 %)."""
    s = compare_logic.sensitivity_for(PAPER, EQUAL, "control")
    assert s.current == F(1, 7)
    assert [(seg.lo, seg.hi, seg.leaders) for seg in s.segments] == [
        (0, F(2, 5), ("platform",)),
        (F(2, 5), F(7, 13), ("finetune",)),
        (F(7, 13), 1, ("single",)),
    ]
    assert s.stable == (0, F(2, 5))
    assert s.below is None and s.above == ("finetune",)
    assert s.win_range("single") == (F(7, 13), 1)
    assert s.leaders_at(F(2, 5)) == ("platform", "finetune")


def test_two_crossing_lines_tie_exactly_at_equal_weights():
    ranking = compare_logic.rank(CROSS, {"x": 1, "y": 1})
    assert ranking.is_tie and ranking.winners == ("a", "b")
    assert [r.rank for r in ranking.rows] == [1, 1]
    s = compare_logic.sensitivity_for(CROSS, {"x": 1, "y": 1}, "x")
    assert s.stable == (F(1, 2), F(1, 2))
    assert (s.below, s.above) == (("b",), ("a",))


def test_share_weights_keep_the_others_in_proportion():
    w = compare_logic.share_weights(PAPER, {**EQUAL, "data": 3}, "legal", F(1, 4))
    assert w["legal"] == F(1, 4) and sum(w.values()) == 1
    assert w["data"] == 3 * w["quality"]


def test_share_weights_split_equally_when_every_other_weight_is_zero():
    w = compare_logic.share_weights(CROSS, {"x": 2, "y": 0}, "x", F(1, 3))
    assert w == {"x": F(1, 3), "y": F(2, 3)}


# ---------------------------------------------------------------- all zero, bad input, ties


def test_all_zero_weights_give_a_clear_result_not_a_crash():
    zero = {c: 0 for c in PAPER.criteria}
    ranking = compare_logic.rank(PAPER, zero)
    assert not ranking.ok and ranking.problem == "all-zero"
    assert ranking.rows == () and ranking.winners == ()
    assert compare_logic.sensitivity(PAPER, zero) == ()
    assert compare_sentences.verdict(ranking, names(), EN) == TEMPLATES["compare.all_zero"]
    assert compare_sentences.focus_sentence((), ranking, "single", names(), EN) == TEMPLATES["compare.all_zero"]
    assert compare_sentences.winner_sentence((), ranking, names(), EN) == TEMPLATES["compare.all_zero"]


def test_negative_or_missing_weights_are_refused():
    with pytest.raises(ValueError, match="negative"):
        compare_logic.rank(CROSS, {"x": -1, "y": 2})
    with pytest.raises(ValueError, match="every criterion"):
        compare_logic.rank(CROSS, {"x": 1})
    with pytest.raises(ValueError, match="every criterion"):
        compare_logic.rank(CROSS, {"x": 1, "y": 1, "z": 1})


def test_a_tie_is_reported_as_a_tie_in_words():
    ranking = compare_logic.rank(CROSS, {"x": 1, "y": 1})
    assert compare_sentences.verdict(ranking, names(), EN) == "A and B tie for first with 3.00 out of 5."
    sens = compare_logic.sensitivity(CROSS, {"x": 1, "y": 1})
    assert compare_sentences.winner_sentence(sens, ranking, names(), EN) == "A and B are tied."


matrices = st.integers(2, 4).flatmap(
    lambda n_a: st.integers(2, 5).flatmap(
        lambda n_c: st.lists(st.lists(st.integers(1, 5), min_size=n_c, max_size=n_c), min_size=n_a, max_size=n_a).map(
            lambda rows: Matrix(
                approaches=tuple("abcd"[:n_a]),
                criteria=tuple(f"k{j}" for j in range(n_c)),
                scores={"abcd"[i]: {f"k{j}": v for j, v in enumerate(row)} for i, row in enumerate(rows)},
            )
        )
    )
)


@st.composite
def matrix_and_weights(draw):
    matrix = draw(matrices)
    weights = {c: draw(st.integers(0, 10)) for c in matrix.criteria}
    if not any(weights.values()):
        weights[matrix.criteria[0]] = draw(st.integers(1, 10))
    return matrix, weights


@given(matrix_and_weights())
def test_identical_approaches_always_tie(case):
    """Give an approach a twin with the same scores: the two always share a rank and are flagged as tied."""
    matrix, weights = case
    twin = Matrix(
        approaches=(*matrix.approaches, "z"),
        criteria=matrix.criteria,
        scores={**matrix.scores, "z": matrix.scores["a"]},
    )
    ranking = compare_logic.rank(twin, weights)
    a, z = (next(r for r in ranking.rows if r.approach == x) for x in ("a", "z"))
    assert a.rank == z.rank and a.tied and z.tied
    assert ("a" in ranking.winners) == ("z" in ranking.winners)
    assert ranking.is_tie or "a" not in ranking.winners


# ---------------------------------------------------------------- properties


@given(matrix_and_weights(), st.one_of(st.integers(1, 1000), st.fractions(min_value=F(1, 1000), max_value=1000)))
def test_scaling_every_weight_changes_nothing(case, factor):
    matrix, weights = case
    scaled = {c: w * factor for c, w in weights.items()}
    assert compare_logic.rank(matrix, scaled) == compare_logic.rank(matrix, weights)
    assert compare_logic.sensitivity(matrix, scaled) == compare_logic.sensitivity(matrix, weights)


@given(matrix_and_weights(), st.floats(min_value=0.01, max_value=100))
def test_scaling_by_a_float_keeps_the_order(case, factor):
    matrix, weights = case
    base = compare_logic.rank(matrix, weights)
    scaled = compare_logic.rank(matrix, {c: F(w) * F(factor) for c, w in weights.items()})
    assert [(r.approach, r.rank) for r in scaled.rows] == [(r.approach, r.rank) for r in base.rows]


def _sweep_winners(matrix, weights, criterion, n):
    """Brute force: re-rank from scratch at every share k/n of the criterion."""
    return [
        (F(k, n), compare_logic.rank(matrix, compare_logic.share_weights(matrix, weights, criterion, F(k, n))).winners)
        for k in range(n + 1)
    ]


# Each example re-ranks the matrix about 150 times per criterion: 40 examples are plenty and keep --full quick.
@settings(max_examples=min(40, settings.default.max_examples))
@given(matrix_and_weights())
def test_segments_and_flip_points_agree_with_a_brute_force_sweep(case):
    matrix, weights = case
    ranking = compare_logic.rank(matrix, weights)
    for s in compare_logic.sensitivity(matrix, weights):
        # The current share reproduces the current ranking.
        assert s.now == ranking.winners
        sweep = _sweep_winners(matrix, weights, s.criterion, 60)
        for t, winners in sweep:
            assert s.leaders_at(t) == winners
            inside = [seg for seg in s.segments if seg.lo < t < seg.hi]
            if inside:
                assert inside[0].leaders == winners, (s.criterion, t)
            else:  # a segment end: whoever is first on either side is (tied) first here too
                around = {a for seg in s.segments if t in (seg.lo, seg.hi) for a in seg.leaders}
                assert around <= set(winners), (s.criterion, t)
        # Walk up and down from the current share in small steps until first place changes: the flip lies between.
        lo, hi = s.stable
        step = F(1, 90)
        for direction, edge, end in ((+1, hi, F(1)), (-1, lo, F(0))):
            path = [s.current + direction * k * step for k in range(91) if 0 <= s.current + direction * k * step <= 1]
            path += [end] if path[-1] != end else []
            last_same = s.current
            for t in path:
                if (
                    compare_logic.rank(matrix, compare_logic.share_weights(matrix, weights, s.criterion, t)).winners
                    != ranking.winners
                ):
                    assert min(last_same, t) <= edge <= max(last_same, t), (s.criterion, direction, edge, last_same, t)
                    break
                last_same = t
            else:
                assert edge == end, (s.criterion, direction, edge)


@given(matrix_and_weights())
def test_each_approach_is_first_alone_over_at_most_one_range(case):
    """First place along a line of weights is convex, so 'would come first only if …' names one interval."""
    matrix, weights = case
    for s in compare_logic.sensitivity(matrix, weights):
        for a in matrix.approaches:
            assert sum(1 for seg in s.segments if seg.leaders == (a,)) <= 1
        assert s.segments[0].lo == 0 and s.segments[-1].hi == 1
        assert all(x.hi == y.lo and x.leaders != y.leaders for x, y in zip(s.segments, s.segments[1:], strict=False))


# ---------------------------------------------------------------- sentences and formats


def test_focus_sentence_names_the_share_at_which_the_single_model_would_win():
    ranking = compare_logic.rank(PAPER, EQUAL)
    sens = compare_logic.sensitivity(PAPER, EQUAL)
    text = compare_sentences.focus_sentence(sens, ranking, "single", names({"control": "control"}), EN)
    assert text == "The single model would come first only if control exceeded 53.8% (now 14.3%)."


def test_focus_sentence_lists_every_way_to_win_in_french_form():
    """Three conditions read 'if …, if … or if …'; French numbers take a comma and CLDR's space before '%'."""
    matrix = Matrix(
        approaches=("a", "b"),
        criteria=("x", "y", "z"),
        scores={"a": {"x": 5, "y": 1, "z": 1}, "b": {"x": 2, "y": 3, "z": 3}},
    )
    weights = {"x": 1, "y": 1, "z": 1}
    ranking = compare_logic.rank(matrix, weights)
    sens = compare_logic.sensitivity(matrix, weights)
    xyz = names({"x": "X", "y": "Y", "z": "Z"})
    assert compare_sentences.focus_sentence(sens, ranking, "a", xyz, EN) == (
        "A would come first only if X exceeded 40% (now 33.3%), if Y fell below 20% (now 33.3%)"
        " or if Z fell below 20% (now 33.3%)."
    )
    assert compare_sentences.focus_sentence(sens, ranking, "a", xyz, Phrases(STRINGS, "fr")) == (
        "A would come first only if X exceeded 40\u00a0% (now 33,3\u00a0%), if Y fell below 20\u00a0% (now 33,3\u00a0%)"
        " ou if Z fell below 20\u00a0% (now 33,3\u00a0%)."
    )


def test_focus_sentence_when_no_single_weight_can_make_it_win():
    dominated = Matrix(
        approaches=("a", "b"), criteria=("x", "y"), scores={"a": {"x": 2, "y": 1}, "b": {"x": 4, "y": 5}}
    )
    ranking = compare_logic.rank(dominated, {"x": 1, "y": 1})
    sens = compare_logic.sensitivity(dominated, {"x": 1, "y": 1})
    text = compare_sentences.focus_sentence(sens, ranking, "a", names({"x": "X", "y": "Y"}), EN)
    assert text == "No weight on a single criterion puts A first on its own."


def test_focus_sentence_reports_a_tie_at_best():
    matrix = Matrix(approaches=("a", "b"), criteria=("x", "y"), scores={"a": {"x": 3, "y": 1}, "b": {"x": 3, "y": 4}})
    ranking = compare_logic.rank(matrix, {"x": 1, "y": 1})
    sens = compare_logic.sensitivity(matrix, {"x": 1, "y": 1})
    text = compare_sentences.focus_sentence(sens, ranking, "a", names({"x": "X", "y": "Y"}), EN)
    assert text.startswith("No weight on a single criterion puts A first on its own.")
    assert "At best A ties for first when X reaches 100%." in text


def test_focus_sentence_when_the_focus_already_wins():
    ranking = compare_logic.rank(PAPER, {**{c: 0 for c in PAPER.criteria}, "control": 1})
    sens = compare_logic.sensitivity(PAPER, {**{c: 0 for c in PAPER.criteria}, "control": 1})
    assert compare_sentences.focus_sentence(sens, ranking, "single", names(), EN) == "The single model comes first now."


def test_winner_sentence_names_the_nearest_flip():
    sens = compare_logic.sensitivity(PAPER, EQUAL)
    ranking = compare_logic.rank(PAPER, EQUAL)
    text = compare_sentences.winner_sentence(sens, ranking, names({c: c for c in PAPER.criteria}), EN)
    assert text == "The platform stays first until control reaches 40% (now 14.3%); then the fine-tune."


def test_verdict_lists_the_others_in_order_with_french_decimals():
    ranking = compare_logic.rank(PAPER, EQUAL)
    assert compare_sentences.verdict(ranking, names(), Phrases(STRINGS, "fr")) == (
        "The platform comes first with 3,71 out of 5, ahead of the fine-tune (2,86) et the single model (2,00)."
    )


def test_top_criteria_include_shared_tops():
    tops = compare_logic.top_criteria(PAPER)
    assert tops["single"] == ["control"]
    assert "legal" in tops["platform"] and "data" in tops["finetune"]


def test_radar_caption_names_each_approach_top_criteria():
    text = compare_sentences.radar_caption(PAPER, names({c: c for c in PAPER.criteria}), EN)
    assert text.startswith("The single model leads on 1 of 7: control. The platform leads on 6 of 7: ")
