"""Data-scale math (known answers and properties), number formatting, the frame behind the chart,
and the validator rules for data rows."""

from __future__ import annotations

import math

import pytest
from helpers import problems_for
from hypothesis import given
from hypothesis import strategies as st

from reelreality.content import load
from reelreality.obstacles import datascale as obstacles_datascale
from reelreality.obstacles import scaleframe
from reelreality.obstacles.datascale import Controls, Range

CONTENT = load()
DATA = CONTENT.datascale
NAMES = {s.id: s.publisher for s in CONTENT.sources.sources}
EN, FR = CONTENT.phrases("en"), CONTENT.phrases("fr")


def controls(feat=(100, 110), ep=(22, 45), share=(0, 100), usable=100) -> Controls:
    return Controls.from_sliders(feat, ep, share, usable)


# ---------------------------------------------------------------- known answers


def test_all_features_at_100_minutes():
    """20,000 titles, all features of 100 minutes: 2,000,000 minutes = 33,333 hours."""
    hours = obstacles_datascale.catalog_hours(20_000, controls(feat=(100, 100), share=(0, 0)))
    assert hours.low == pytest.approx(33_333.33, abs=0.01)
    assert hours.high == pytest.approx(33_333.33, abs=0.01)


def test_all_episodes_at_45_minutes():
    hours = obstacles_datascale.catalog_hours(20_000, controls(ep=(45, 45), share=(100, 100)))
    assert hours == Range(15_000, 15_000)


def test_default_controls_give_the_research_range():
    """The research puts 20,000 titles at about 7,000–37,000 hours (all episodes at 22 min to all films at 110)."""
    hours = obstacles_datascale.catalog_hours(DATA.catalog.titles, Controls.defaults(DATA.controls))
    assert hours.low == pytest.approx(20_000 * 22 / 60)
    assert hours.high == pytest.approx(20_000 * 110 / 60)
    assert 7_000 <= hours.low < hours.high <= 37_000


def test_usable_share_scales_the_catalog():
    c = controls(usable=30)
    whole, usable = obstacles_datascale.catalog_hours(20_000, c), obstacles_datascale.usable_hours(20_000, c)
    assert usable.low == pytest.approx(whole.low * 0.3)
    assert usable.high == pytest.approx(whole.high * 0.3)


def test_counts_to_hours_matches_the_research_estimate_for_paramount():
    """3,600 films and 140,000 episodes: the research gives ≈ 58,000–112,000 hours."""
    hours = obstacles_datascale.counts_hours(3_600, 140_000, controls())
    assert hours.low == pytest.approx((3_600 * 100 + 140_000 * 22) / 60)
    assert hours.high == pytest.approx((3_600 * 110 + 140_000 * 45) / 60)
    assert round(hours.low, -3) == 57_000 and round(hours.high, -3) == 112_000


def test_warner_bros_calibration_gives_about_49_minutes_per_episode():
    """145,000 h for 12,500 films at 106 min and 150,000 episodes leaves ≈ 49 min per episode."""
    minutes = obstacles_datascale.implied_episode_minutes(145_000, 12_500, 150_000, Range(106, 106))
    assert minutes.low == pytest.approx(49.17, abs=0.01)
    assert minutes.low == minutes.high


def test_ratio_of_cosmos_to_the_default_catalog():
    cat = obstacles_datascale.catalog_hours(20_000, controls())
    times = obstacles_datascale.ratio(Range(35e6, 35e6), cat)
    assert times.low == pytest.approx(35e6 / (20_000 * 110 / 60))
    assert times.high == pytest.approx(35e6 / (20_000 * 22 / 60))


def test_the_comparison_states_the_tabs_own_default_estimate():
    """The single model's data rationale (comparison panel) gives the catalog's hours and its ratio to
    Cosmos-Predict2.5 as this tab computes them with its default sliders, in both languages."""
    hours = obstacles_datascale.catalog_hours(DATA.catalog.titles, Controls.defaults(DATA.controls))
    cosmos = next(row for row in DATA.rows if row.id == "cosmos-predict25").hours
    times = obstacles_datascale.ratio(Range(cosmos.low, cosmos.high), hours)
    single = next(a for a in CONTENT.approaches.approaches if a.id == "single")
    for lang, phrases in (("en", EN), ("fr", FR)):
        text = single.scores["data"].rationale(lang)
        shown = [scaleframe.number_text(x, phrases) for x in (hours.low, hours.high, times.low, times.high)]
        assert all(number in text for number in shown), (lang, shown)


def test_range_rejects_inversion():
    with pytest.raises(ValueError):
        Range(2, 1)
    assert Range.of(5) == Range(5, 5)
    assert Range.of((1, 3)) == Range(1, 3)
    assert Range.of([7]) == Range(7, 7)


def test_sliders_in_percent_become_fractions():
    c = Controls.from_sliders((90, 120), (30, 40), (10, 60), 25)
    assert c.episode_share == Range(0.1, 0.6)
    assert c.usable_share == Range(0.25, 0.25)
    assert c.feature_minutes == Range(90, 120)


# ---------------------------------------------------------------- properties (within the sliders' bounds)

CTL = DATA.controls


def pair(lo: int, hi: int):
    return st.tuples(st.integers(lo, hi), st.integers(lo, hi)).map(sorted).map(tuple)


feature = pair(CTL.feature_minutes.min, CTL.feature_minutes.max)
episode = pair(CTL.episode_minutes.min, CTL.episode_minutes.max)
share = pair(CTL.episode_share.min, CTL.episode_share.max)
usable = st.integers(CTL.usable_share.min, CTL.usable_share.max)
titles = st.integers(1, 100_000)


def test_slider_bounds_keep_features_at_least_as_long_as_episodes():
    """The monotonicity in the episode share below relies on this."""
    assert CTL.feature_minutes.min >= CTL.episode_minutes.max


@given(titles, feature, episode, share, usable)
def test_ranges_never_invert(n, f, e, s, u):
    c = controls(f, e, s, u)
    whole, part = obstacles_datascale.catalog_hours(n, c), obstacles_datascale.usable_hours(n, c)
    assert 0 < whole.low <= whole.high
    assert 0 < part.low <= part.high <= whole.high
    times = obstacles_datascale.ratio(Range(1e6, 2e6), whole)
    assert times.low <= times.high
    counts = obstacles_datascale.counts_hours(n, n, c)
    assert counts.low <= counts.high


@given(titles, feature, episode, share, usable, st.integers(0, 60))
def test_longer_features_never_mean_fewer_hours(n, f, e, s, u, extra):
    longer = (min(f[0] + extra, CTL.feature_minutes.max), min(f[1] + extra, CTL.feature_minutes.max))
    a, b = (
        obstacles_datascale.catalog_hours(n, controls(f, e, s, u)),
        obstacles_datascale.catalog_hours(n, controls(longer, e, s, u)),
    )
    assert b.low >= a.low - 1e-9 and b.high >= a.high - 1e-9


@given(titles, feature, episode, share, usable, st.integers(0, 30))
def test_longer_episodes_never_mean_fewer_hours(n, f, e, s, u, extra):
    longer = (min(e[0] + extra, CTL.episode_minutes.max), min(e[1] + extra, CTL.episode_minutes.max))
    a, b = (
        obstacles_datascale.catalog_hours(n, controls(f, e, s, u)),
        obstacles_datascale.catalog_hours(n, controls(f, longer, s, u)),
    )
    assert b.low >= a.low - 1e-9 and b.high >= a.high - 1e-9


@given(titles, feature, episode, share, usable, st.integers(0, 100))
def test_more_episodes_never_mean_more_hours(n, f, e, s, u, extra):
    more = (min(s[0] + extra, 100), min(s[1] + extra, 100))
    a, b = (
        obstacles_datascale.catalog_hours(n, controls(f, e, s, u)),
        obstacles_datascale.catalog_hours(n, controls(f, e, more, u)),
    )
    assert b.low <= a.low + 1e-9 and b.high <= a.high + 1e-9


@given(titles, feature, episode, share, usable, st.integers(0, 100))
def test_a_larger_usable_share_never_means_fewer_usable_hours(n, f, e, s, u, extra):
    more = min(u + extra, 100)
    a, b = (
        obstacles_datascale.usable_hours(n, controls(f, e, s, u)),
        obstacles_datascale.usable_hours(n, controls(f, e, s, more)),
    )
    assert b.low >= a.low - 1e-9 and b.high >= a.high - 1e-9


@given(feature, episode, share, st.integers(1, 50_000), st.integers(0, 50_000))
def test_a_bigger_catalog_means_a_smaller_ratio(f, e, s, n, extra):
    c = controls(f, e, s, 100)
    small, big = obstacles_datascale.catalog_hours(n, c), obstacles_datascale.catalog_hours(n + extra, c)
    pool = Range(35e6, 35e6)
    assert obstacles_datascale.ratio(pool, big).high <= obstacles_datascale.ratio(pool, small).high + 1e-6


# ---------------------------------------------------------------- numbers in words


@pytest.mark.parametrize(
    ("x", "lang", "sig", "expected"),
    [
        (7_333.3, "en", 2, "7,300"),
        (7_333.3, "fr", 2, "7\u202f300"),
        (36_666.7, "en", 2, "37,000"),
        (145_000, "en", None, "145,000"),
        (371_500, "fr", None, "371\u202f500"),
        (1_860_000, "en", None, "1.86 million"),
        (1_860_000, "fr", None, "1,86 million"),
        (35_000_000, "fr", None, "35 millions"),
        (35_000_000, "en", None, "35 million"),
        (1e9, "fr", None, "1\u202f000 millions"),
        (954.5, "en", 2, "950"),
        (1.43, "fr", 2, "1,4"),
        (0.098, "en", 2, "0.098"),
    ],
)
def test_number_text(x, lang, sig, expected):
    assert scaleframe.number_text(x, CONTENT.phrases(lang), sig) == expected


def test_range_ratio_and_percent_text():
    assert scaleframe.range_text(Range(7_333, 36_667), EN) == "7,300–37,000"
    assert scaleframe.range_text(Range(145_000, 145_000), EN, sig=None, at_least=True) == "145,000+"
    assert scaleframe.ratio_text(Range(954.5, 4_772.7), EN) == "≈ 950–4,800×"
    assert scaleframe.ratio_text(Range(954.5, 4_772.7), FR) == "≈ 950–4\u202f800×"
    assert scaleframe.percent_text(Range(0.4, 0.4), EN) == "40%"
    assert scaleframe.percent_text(Range(0.2, 0.5), FR) == "20\u00a0%–50\u00a0%"


@given(st.floats(1e-3, 1e12))
def test_rounding_keeps_two_significant_figures(x):
    rounded = obstacles_datascale.round_sig(x)
    assert rounded == pytest.approx(x, rel=0.05)
    assert len(f"{rounded:.2e}".split("e")[0].rstrip("0").replace(".", "")) <= 2


def test_the_calibration_check_reads_the_implied_episode_length():
    check = scaleframe.calibration_check(DATA, controls(feat=(100, 110)), EN)
    assert check.startswith("Check: Warner Bros. states 145,000 hours for 12,500 films and 150,000 episodes.")
    assert "At 100–110 minutes per film, that leaves about 49–50 minutes per episode." in check


# ---------------------------------------------------------------- the frame behind the chart


def test_every_row_has_a_type_and_sources_and_undisclosed_rows_have_no_hours():
    frame = scaleframe.scale_frame(DATA, Controls.defaults(DATA.controls), EN, NAMES)
    assert frame["type"].notna().all() and (frame["sources"] != "").all()
    hidden = frame[frame["type"] == "undisclosed"]
    assert len(hidden) >= 3
    assert hidden["low"].isna().all() and hidden["high"].isna().all() and hidden["ratio_low"].isna().all()
    shown = frame[frame["type"] != "undisclosed"]
    assert shown["low"].notna().all() and (shown["low"] <= shown["high"]).all()


def test_raw_pools_and_filtered_sets_are_kept_apart_and_compared_with_the_right_base():
    frame = scaleframe.scale_frame(DATA, controls(usable=25), EN, NAMES)
    assert {"raw-pool", "filtered", "public-dataset", "studio-catalog"} <= set(frame["type"])
    assert (frame.loc[frame["type"] == "filtered", "versus"] == "usable").all()
    assert (frame.loc[frame["type"] == "raw-pool", "versus"] == "catalog").all()
    usable = frame[frame["type"] == scaleframe.THIS_USABLE].iloc[0]
    assert usable["name"] == "Lionsgate film and TV library: usable part"
    open_sora = frame[frame["id"] == "open-sora-13"].iloc[0]
    assert open_sora["ratio_high"] == pytest.approx(85_000 / usable["low"])


def test_the_usable_part_is_drawn_only_below_100_percent():
    assert scaleframe.THIS_USABLE not in set(scaleframe.scale_frame(DATA, controls(usable=100), EN, NAMES)["type"])
    assert scaleframe.THIS_USABLE in set(scaleframe.scale_frame(DATA, controls(usable=99), EN, NAMES)["type"])


def test_rows_from_counts_follow_the_runtime_sliders():
    short = scaleframe.scale_frame(DATA, controls(feat=(60, 60), ep=(10, 10)), EN, NAMES).set_index("id")
    long = scaleframe.scale_frame(DATA, controls(feat=(180, 180), ep=(60, 60)), EN, NAMES).set_index("id")
    assert long.loc["paramount", "low"] > short.loc["paramount", "low"]
    assert long.loc["warner-bros", "low"] == short.loc["warner-bros", "low"] == 145_000  # stated, not estimated


def test_comparison_sentences_are_computed_from_the_data():
    frame = scaleframe.scale_frame(DATA, Controls.defaults(DATA.controls), EN, NAMES)
    sentences = scaleframe.comparisons(frame, EN)
    assert len(sentences) == sum(r.highlight for r in DATA.rows)
    assert "NVIDIA Cosmos-Predict2.5's raw pool is ≈ 950–4,800× this catalog." in sentences
    assert scaleframe.largest(frame, ["raw-pool"])["id"] == "cosmos-predict25"


def test_undisclosed_names_are_listed():
    frame = scaleframe.scale_frame(DATA, Controls.defaults(DATA.controls), EN, NAMES)
    assert {"OpenAI Sora", "Google Veo 3", "Runway Gen-3 Alpha / Gen-4"} <= set(scaleframe.undisclosed(frame))


def test_no_row_is_nan_by_accident():
    frame = scaleframe.scale_frame(DATA, Controls.defaults(DATA.controls), FR, NAMES)
    numeric = frame[frame["type"] != "undisclosed"][["low", "high", "ratio_low", "ratio_high"]]
    assert all(math.isfinite(v) for v in numeric.to_numpy().ravel())


# ---------------------------------------------------------------- validator rules


def index_of(data, row_id: str) -> int:
    return next(i for i, r in enumerate(data["rows"]) if r["id"] == row_id)


def test_a_row_without_sources_is_rejected(tmp_path):
    def change(d):
        del d["rows"][0]["sources"]

    assert "content/datascale.yaml: rows[0](warner-bros).sources: missing field 'sources'" in problems_for(
        "datascale.yaml", change
    )


def test_a_row_with_an_empty_source_list_is_rejected(tmp_path):
    def change(d):
        d["rows"][index_of(d, "webvid-10m")]["sources"] = []

    msgs = problems_for("datascale.yaml", change)
    assert any(
        m.startswith("content/datascale.yaml: rows[") and "(webvid-10m).sources: List should have at least 1 item" in m
        for m in msgs
    ), msgs


def test_a_training_set_without_a_type_is_rejected(tmp_path):
    def change(d):
        del d["rows"][index_of(d, "cosmos-predict25")]["type"]

    msgs = problems_for("datascale.yaml", change)
    assert any(
        m.endswith("(cosmos-predict25).type: missing field 'type'") and m.startswith("content/datascale.yaml: rows[")
        for m in msgs
    ), msgs


def test_an_unknown_type_is_rejected(tmp_path):
    def change(d):
        d["rows"][index_of(d, "movie-gen")]["type"] = "guess"

    msgs = problems_for("datascale.yaml", change)
    assert any("(movie-gen).type: Input should be" in m and "raw-pool" in m for m in msgs), msgs


def test_an_undisclosed_model_may_not_carry_guessed_hours(tmp_path):
    def change(d):
        d["rows"][index_of(d, "sora")]["hours"] = {"low": 1_000_000, "high": 5_000_000}

    msgs = problems_for("datascale.yaml", change)
    assert any("(sora).hours: an undisclosed training set must not show hours" in m for m in msgs), msgs


def test_an_estimate_must_state_its_assumption(tmp_path):
    def change(d):
        del d["rows"][index_of(d, "paramount")]["assumption"]

    msgs = problems_for("datascale.yaml", change)
    assert any("(paramount).assumption: an estimate must state its assumption" in m for m in msgs), msgs


def test_a_figure_must_say_stated_or_estimated(tmp_path):
    def change(d):
        del d["rows"][index_of(d, "internvid")]["basis"]

    msgs = problems_for("datascale.yaml", change)
    assert any("(internvid).basis: say whether the figure is 'stated' or 'estimated'" in m for m in msgs), msgs


def test_inverted_hours_are_rejected(tmp_path):
    def change(d):
        d["rows"][index_of(d, "movie-gen")]["hours"] = {"low": 440_000, "high": 110_000}

    msgs = problems_for("datascale.yaml", change)
    assert any("(movie-gen).hours.high: high 110000 is below low 440000" in m for m in msgs), msgs


def test_a_slider_default_outside_its_bounds_is_rejected(tmp_path):
    def change(d):
        d["controls"]["feature_minutes"]["default"] = [100, 400]

    msgs = problems_for("datascale.yaml", change)
    assert any(
        m.startswith("content/datascale.yaml: controls.feature_minutes.default: default [100, 400]") for m in msgs
    ), msgs


def test_a_seed_only_row_must_cite_the_source_article(tmp_path):
    def change(d):
        d["rows"][index_of(d, "webvid-10m")]["status"] = "seed-only"

    msgs = problems_for("datascale.yaml", change)
    assert any("(webvid-10m).status: the rule for 'seed-only' is: Cites the source article" in m for m in msgs), msgs
