"""The comparison panel: content rules, charts, and the page as a reader uses it (AppTest and a real browser)."""

from __future__ import annotations

import json
import re

import pytest
from helpers import open_expanders, problems_for
from test_pages import all_text, open_page

from reelreality.compare import charts as compare_charts
from reelreality.compare import logic as compare_logic
from reelreality.compare import sentences as compare_sentences
from reelreality.compare import view as compare_view
from reelreality.compare.logic import Matrix
from reelreality.compare.sentences import Names
from reelreality.content import load
from reelreality.core.sections import split_finding
from reelreality.slides import FIGURES
from reelreality.style import Chart

CONTENT = load()
AP = CONTENT.approaches
PAGE = "panels/compare.py"
MATRIX = Matrix.from_file(AP)
DEFAULTS = compare_logic.default_weights(AP)
SLIDERS = {c.id: f"cm_w_{c.id}" for c in AP.criteria}


def expected_verdict(weights, lang="en"):
    ranking = compare_logic.rank(MATRIX, weights)
    return compare_sentences.verdict(ranking, Names.of(AP, lang), CONTENT.phrases(lang))


def ranking_table(at):
    """The ranking's data table (the one with a Rank column)."""
    return next(
        df.value
        for df in open_expanders(at, "_table").dataframe
        if "Rank" in df.value.columns or "Rang" in df.value.columns
    )


def slider_values(at):
    return {cid: at.slider(key=key).value for cid, key in SLIDERS.items()}


# ---------------------------------------------------------------- content rules


def test_every_approach_scores_every_criterion_and_presets_weigh_them_all():
    ids = {c.id for c in AP.criteria}
    assert len(AP.approaches) >= 3 and len(ids) == 7
    for a in AP.approaches:
        assert set(a.scores) == ids and a.examples and a.sources
        assert all(1 <= s.score <= 5 and s.rationale.en and s.rationale.fr and s.sources for s in a.scores.values())
    assert all(set(p.weights) == ids for p in AP.presets)
    assert all(len(f"cm_w_{c}") <= 12 for c in ids)


def test_score_out_of_range_is_rejected(tmp_path):
    msgs = problems_for("approaches.yaml", lambda d: d["approaches"][0]["scores"]["data"].update(score=6))
    assert any(
        m.startswith("content/approaches.yaml: approaches[0](single).scores.data.score: ") and "5" in m for m in msgs
    ), msgs


def test_missing_score_names_the_approach_and_the_criterion(tmp_path):
    msgs = problems_for("approaches.yaml", lambda d: d["approaches"][1]["scores"].pop("vendor"))
    assert any(
        m.startswith("content/approaches.yaml: approaches[1](platform).scores: missing a score for criterion 'vendor'")
        for m in msgs
    ), msgs


def test_score_for_an_unknown_criterion(tmp_path):
    def change(d):
        d["approaches"][2]["scores"]["brand"] = d["approaches"][2]["scores"]["data"]

    msgs = problems_for("approaches.yaml", change)
    assert any(
        m.startswith("content/approaches.yaml: approaches[2](finetune).scores.brand: unknown criterion") for m in msgs
    ), msgs


def test_score_without_rationale_translation(tmp_path):
    msgs = problems_for("approaches.yaml", lambda d: d["approaches"][0]["scores"]["legal"]["rationale"].pop("fr"))
    assert "content/approaches.yaml: approaches[0](single).scores.legal.rationale.fr: missing translation 'fr'" in msgs


def test_score_citing_an_unknown_source(tmp_path):
    msgs = problems_for("approaches.yaml", lambda d: d["approaches"][0]["scores"]["cost"].update(sources=["nope"]))
    assert any(
        m.startswith("content/approaches.yaml: approaches[0](single).scores.cost.sources[0]: unknown source 'nope'")
        for m in msgs
    )


def test_preset_rules(tmp_path):
    """Matrix rules run once every field is valid, and each problem is reported at its own place."""

    def change(d):
        d["presets"][0]["weights"].pop("legal")
        d["presets"][1]["weights"]["brand"] = 3
        d["presets"][3]["weights"] = {k: 0 for k in d["presets"][3]["weights"]}

    msgs = problems_for("approaches.yaml", change)
    assert any(
        m.startswith("content/approaches.yaml: presets[0](legal-first).weights: missing a weight for criterion 'legal'")
        for m in msgs
    )
    assert any(
        m.startswith("content/approaches.yaml: presets[1](quality-first).weights.brand: unknown criterion")
        for m in msgs
    )
    assert any(
        m.startswith("content/approaches.yaml: presets[3](brand-first).weights: every weight is 0") for m in msgs
    ), msgs


def test_preset_weight_out_of_range(tmp_path):
    msgs = problems_for("approaches.yaml", lambda d: d["presets"][2]["weights"].update(cost=11))
    assert any(
        m.startswith("content/approaches.yaml: presets[2](cost-first).weights.cost: ") and "10" in m for m in msgs
    ), msgs


def test_default_weights_cannot_all_be_zero(tmp_path):
    def change(d):
        for c in d["criteria"]:
            c["default_weight"] = 0

    msgs = problems_for("approaches.yaml", change)
    assert any(m.startswith("content/approaches.yaml: criteria: every default weight is 0") for m in msgs), msgs


def test_criterion_id_too_long_for_a_url_key(tmp_path):
    msgs = problems_for("approaches.yaml", lambda d: d["criteria"][0].update(id="trainingdatasufficiency"))
    assert any(m.startswith("content/approaches.yaml: criteria[0](trainingdatasufficiency).id: ") for m in msgs), msgs


def test_focus_must_be_an_approach(tmp_path):
    msgs = problems_for("approaches.yaml", lambda d: d.update(focus="studio-model"))
    assert any(
        m.startswith("content/approaches.yaml: focus: unknown approach") and "'studio-model'" in m for m in msgs
    ), msgs


def test_timeline_rules(tmp_path):
    def change(d):
        d["timeline"][0]["type"] = "rumour"
        d["timeline"][1]["date_precision"] = "approx"

    msgs = problems_for("approaches.yaml", change)
    assert any(
        m.startswith("content/approaches.yaml: timeline[0](firefly-launch).type: unknown event type") for m in msgs
    ), msgs
    assert any(
        m.startswith("content/approaches.yaml: timeline[1](nab-preview).when: an approximate date needs 'when'")
        for m in msgs
    )


def test_seed_claim_must_be_marked_seed_only(tmp_path):
    msgs = problems_for("approaches.yaml", lambda d: d["seed_claim"].update(status="verified"))
    assert any(
        m.startswith("content/approaches.yaml: seed_claim.status: the source article's claim must be marked seed-only")
        for m in msgs
    )


def test_seed_only_record_must_cite_the_source_article(tmp_path):
    msgs = problems_for("approaches.yaml", lambda d: d["approaches"][0]["examples"][0].update(status="seed-only"))
    assert any(
        m.startswith(
            "content/approaches.yaml: approaches[0](single).examples[0](lionsgate-runway).status: "
            "the rule for 'seed-only' is: Cites the source article"
        )
        for m in msgs
    ), msgs


def test_sentence_templates_must_exist(tmp_path):
    msgs = problems_for("site.yaml", lambda d: d["ui"].pop("compare.sens.never"))
    assert "content/site.yaml: ui.compare.sens.never: missing UI string used by the comparison's sentences" in msgs


def test_firefly_timeline_uses_only_dated_partner_steps():
    """Only steps the research dates; the undated Creative Bloq report supports a rationale, not the timeline."""
    assert all("creativebloq-inkl" not in e.sources for e in AP.timeline)
    approx = [e for e in AP.timeline if e.date_precision == "approx"]
    assert all(e.when is not None for e in approx)


# ---------------------------------------------------------------- charts and figures


def test_ranking_bars_show_the_ranking_best_first():
    ranking = compare_logic.rank(MATRIX, DEFAULTS)
    names = {a.id: a.short("en") for a in AP.approaches}
    bars = compare_view.comparison(CONTENT, "en", DEFAULTS).bars
    assert list(bars.figure.data[0].x) == [float(r.score) for r in ranking.rows]
    assert list(bars.figure.data[0].y) == [names[r.approach] for r in ranking.rows]
    assert list(bars.table["Weighted score"]) == [round(float(r.score), 3) for r in ranking.rows]
    assert bars.file_name == "ranking.csv"


def test_chart_labels_are_escaped():
    fig = compare_charts.ranking_bars(["<b>x</b>"], [3.0], ["3.00"], ["#000000"], axis_title="<i>t</i>")
    assert fig.data[0].y[0] == "&lt;b&gt;x&lt;/b&gt;"
    radar = compare_charts.score_radar(["<a>"], [compare_charts.RadarSeries("<script>", [3], "#0072B2")])
    assert radar.data[0].name.strip() == "&lt;script&gt;" and radar.data[0].theta[0] == "&lt;a&gt;"


def test_radar_has_one_closed_polygon_per_approach():
    fig = compare_view.comparison(CONTENT, "en", DEFAULTS).radar.figure
    assert len(fig.data) == len(AP.approaches)
    for trace, a in zip(fig.data, MATRIX.approaches, strict=True):
        assert list(trace.r) == [MATRIX.score(a, c) for c in MATRIX.criteria] + [MATRIX.score(a, MATRIX.criteria[0])]


def test_stability_strips_cover_the_whole_axis_for_every_criterion():
    sens = compare_logic.sensitivity(MATRIX, DEFAULTS)
    fig = compare_view.comparison(CONTENT, "en", DEFAULTS).strips.figure
    bars = [t for t in fig.data if t.type == "bar"]
    for c in AP.criteria:
        spans = sorted((b, b + x) for t in bars for y, b, x in zip(t.y, t.base, t.x, strict=True) if y == c.name("en"))
        assert spans[0][0] == 0 and spans[-1][1] == pytest.approx(100)
        assert all(a[1] == pytest.approx(b[0]) for a, b in zip(spans, spans[1:], strict=False))
    marks = fig.data[-1]
    assert sorted(marks.x) == sorted(float(s.current) * 100 for s in sens)


def test_stability_strip_ticks_are_percentages_in_the_reader_language():
    fig = compare_view.comparison(CONTENT, "fr", DEFAULTS).strips.figure
    assert list(fig.layout.xaxis.ticktext) == [CONTENT.phrases("fr").percent(v / 100) for v in range(0, 101, 20)]


def test_all_zero_weights_draw_no_ranking_and_say_why():
    """Nothing can be ranked: the verdict explains, the ranking and flip charts are left out, the radar stays."""
    shown = compare_view.comparison(CONTENT, "en", {c: 0 for c in DEFAULTS})
    assert not shown.ranking.ok and shown.bars is None and shown.strips is None
    assert shown.verdict == shown.focus == shown.flip == CONTENT.ui("compare.all_zero")("en")
    assert list(shown.radar.table.columns) == ["Criterion", *(a.short("en") for a in AP.approaches)]


def test_score_grid_gives_each_criterion_its_share_of_the_weight():
    grid = compare_view.comparison(CONTENT, "fr", DEFAULTS).radar.table
    shares = compare_logic.rank(MATRIX, DEFAULTS).shares
    assert list(grid["Poids actuel"]) == [CONTENT.phrases("fr").percent(shares[c.id]) for c in AP.criteria]
    assert list(grid["Critère"]) == [c.name("fr") for c in AP.criteria]


def test_score_reasons_name_every_score_and_carry_its_evidence():
    reasons = compare_view.score_reasons(AP, CONTENT.phrases("en"))
    assert [r.criterion for r in reasons] == [c.id for c in AP.criteria]
    legal = next(r for r in reasons if r.criterion == "legal")
    assert legal.summary.startswith(next(c.name("en") for c in AP.criteria if c.id == "legal") + " — ")
    for a, (heading, [(rationale, record)]) in zip(AP.approaches, legal.columns, strict=True):
        assert heading.startswith(a.short("en") + " · ") and f"{a.scores['legal'].score}/5" in legal.summary
        assert record is a.scores["legal"] and rationale is record.rationale


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_firefly_timeline_caption_counts_every_step(lang):
    block = compare_view.firefly_timeline(CONTENT, lang)
    assert sum(len(t.x) for t in block.figure.data) == len(AP.timeline) == len(block.table)
    assert block.caption.startswith(f"{len(AP.timeline)} ")
    assert block.file_name == "firefly-models.csv"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_key_figures_for_slides(lang):
    for name in ("compare.ranking", "compare.sensitivity"):
        chart = FIGURES[name](CONTENT, lang)
        assert isinstance(chart, Chart) and chart.figure.data and chart.caption
    shown = compare_view.comparison(CONTENT, lang, DEFAULTS)
    assert FIGURES["compare.ranking"](CONTENT, lang).caption == f"{expected_verdict(DEFAULTS, lang)} {shown.focus}"
    assert FIGURES["compare.sensitivity"](CONTENT, lang).caption == f"{shown.focus} {shown.flip}"


# ---------------------------------------------------------------- the page, as a reader uses it


@pytest.mark.full
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_page_shows_verdict_sensitivity_scores_and_timeline(lang):
    """A reader who touches nothing sees the verdict, where it would flip and Firefly's path; every score's
    reason is one click away (each criterion's reasons open on demand)."""
    at = open_page(PAGE, lang=lang)
    assert not any(s.rationale(lang) in all_text(at) for a in AP.approaches for s in a.scores.values())
    text = all_text(open_expanders(at, ""))
    assert all(part in text for part in split_finding(AP.lede.text(lang)))  # finding first, the rest below
    assert AP.seed_claim.original in text
    shown = compare_view.comparison(CONTENT, lang, DEFAULTS)
    assert shown.verdict in text and shown.focus in text and shown.flip in text
    for a in AP.approaches:
        assert a.name(lang) in text
        for s in a.scores.values():
            assert s.rationale(lang) in text
    assert len(at.get("plotly_chart")) == 3  # ranking, sensitivity, timeline
    badges = " ".join(el.proto.body for el in [*at.markdown, *at.caption] if "badge" in el.proto.body)
    assert CONTENT.ui("common.editorial")(lang) in badges
    assert slider_values(at) == DEFAULTS


@pytest.mark.full
def test_moving_a_slider_changes_the_ranking_as_the_math_says():
    """A reader puts every weight on style control: the single custom model moves to first place."""
    at = open_page(PAGE, lang="en")
    for cid, key in SLIDERS.items():
        at.slider(key=key).set_value(10 if cid == "control" else 0)
    at.run()
    assert not at.exception
    weights = {cid: 10 if cid == "control" else 0 for cid in SLIDERS}
    expected = compare_logic.rank(MATRIX, weights)
    assert expected.winners == ("single",)
    table = ranking_table(at)
    assert list(table["Approach"]) == [
        AP.approaches[MATRIX.approaches.index(r.approach)].short("en") for r in expected.rows
    ]
    assert expected_verdict(weights) in all_text(at)
    assert at.session_state["_rr_bound"]["cm_w_control"][0] == "10"
    assert at.session_state["_rr_bound"]["cm_w_legal"][0] == "0"


@pytest.mark.full
def test_one_slider_past_the_flip_point():
    """A reader raises only the legal weight: the page's ranking follows compare_logic.rank exactly, score by score."""
    at = open_page(PAGE, lang="en")
    at.slider(key="cm_w_legal").set_value(10).run()
    weights = {**DEFAULTS, "legal": 10}
    expected = compare_logic.rank(MATRIX, weights)
    table = ranking_table(at)
    assert list(table["Weighted score"]) == [round(float(r.score), 3) for r in expected.rows]


@pytest.mark.full
def test_a_preset_sets_every_slider_and_leaves_when_a_slider_moves():
    at = open_page(PAGE, lang="en")
    at.pills(key="cm_preset").set_value("legal-first").run()
    assert not at.exception
    preset = compare_logic.preset_weights(AP, "legal-first")
    assert slider_values(at) == preset
    assert AP.presets[0].description("en") in all_text(at)
    assert expected_verdict(preset) in all_text(at)
    assert at.session_state["_rr_bound"]["cm_preset"][0] == AP.presets[0].name("en")
    at.slider(key="cm_w_cost").set_value(preset["cost"] + 1).run()
    assert at.pills(key="cm_preset").value is None
    assert slider_values(at) == {**preset, "cost": preset["cost"] + 1}


@pytest.mark.full
def test_a_shared_link_reproduces_the_ranking():
    """A colleague opens a link with weights, preset and view: same sliders, same ranking, same view."""
    weights = {**DEFAULTS, "control": 9, "data": 1, "quality": 2}
    params = {key: str(weights[cid]) for cid, key in SLIDERS.items() if weights[cid] != DEFAULTS[cid]}
    at = open_page(PAGE, lang="en", cm_view="Weighted ranking", **params)
    assert slider_values(at) == weights
    expected = compare_logic.rank(MATRIX, weights)
    table = ranking_table(at)
    assert list(table["Weighted score"]) == [round(float(r.score), 3) for r in expected.rows]
    assert expected_verdict(weights) in all_text(at)
    assert not at.toast


@pytest.mark.full
def test_a_shared_preset_link_in_french():
    preset = compare_logic.preset_weights(AP, "brand-first")
    params = {key: str(preset[cid]) for cid, key in SLIDERS.items() if preset[cid] != DEFAULTS[cid]}
    at = open_page(PAGE, lang="fr", cm_preset=AP.presets[3].name("fr"), cm_view="Notes par critère", **params)
    assert at.pills(key="cm_preset").value == "brand-first"
    assert slider_values(at) == preset
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert spec["data"][0]["type"] == "scatterpolar"
    assert expected_verdict(preset, "fr") in all_text(at)
    assert AP.presets[3].description("fr") in all_text(at)


@pytest.mark.full
def test_the_view_choice_switches_to_the_radar():
    at = open_page(PAGE, lang="en")
    at.segmented_control(key="cm_view").set_value("radar").run()
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert [t["type"] for t in spec["data"]] == ["scatterpolar"] * len(AP.approaches)
    assert at.session_state["_rr_bound"]["cm_view"][0] == "Scores by criterion"


@pytest.mark.full
def test_all_zero_weights_explain_themselves():
    at = open_page(PAGE, lang="en", **{key: "0" for key in SLIDERS.values()})
    assert not at.exception
    assert any(CONTENT.ui("compare.all_zero")("en") in el.value for el in at.info)
    assert len(at.get("plotly_chart")) == 1  # only the timeline remains


@pytest.mark.full
@pytest.mark.parametrize(
    ("param", "value"), [("cm_w_legal", "99"), ("cm_w_legal", "abc"), ("cm_view", "Pie chart"), ("cm_preset", "Chaos")]
)
def test_invalid_link_values_fall_back_with_a_notice(param, value):
    at = open_page(PAGE, lang="en", **{param: value})
    assert slider_values(at) == DEFAULTS
    assert at.segmented_control(key="cm_view").value == "ranking"
    assert at.pills(key="cm_preset").value is None
    assert any(param in t.proto.body for t in at.toast)


# ---------------------------------------------------------------- real browser


@pytest.mark.browser
def test_browser_preset_writes_the_weights_into_the_link(server_url, page, shots):
    """In a real browser, choosing a preset moves the sliders and the address bar carries weights and preset."""
    from conftest import wait_rendered

    # The first session after the server starts lands on the main page: a deep link then would show
    # Streamlit's "Page not found" dialog while st.navigation registers the pages.
    page.goto(server_url + "/?lang=en")
    wait_rendered(page)
    page.goto(server_url + "/single-vs-multi?lang=en")
    wait_rendered(page)
    main = page.locator('[data-testid="stMain"]')
    assert expected_verdict(DEFAULTS) in main.inner_text()
    assert page.locator('[data-testid="stPlotlyChart"] .main-svg').count() >= 3
    page.screenshot(path=shots / "compare-en.png", full_page=True)
    page.get_by_role("radio", name=AP.presets[0].name("en")).click()
    page.wait_for_function("() => location.search.includes('cm_w_legal=10')", timeout=30_000)
    wait_rendered(page)
    preset = compare_logic.preset_weights(AP, "legal-first")
    assert re.search(r"[?&]cm_preset=", page.url)
    for cid, key in SLIDERS.items():
        assert (f"{key}={preset[cid]}" in page.url) == (preset[cid] != DEFAULTS[cid])
    page.wait_for_function("t => document.body.innerText.includes(t)", arg=expected_verdict(preset), timeout=30_000)
    assert not page.errors

    # The link alone reopens the same ranking in a fresh page.
    other = page.context.new_page()
    other.goto(page.url)
    wait_rendered(other)
    assert expected_verdict(preset) in other.locator('[data-testid="stMain"]').inner_text()
    other.close()
