"""Obstacles panel: risk scoring, the figures, the validator rules for the register, and the page as a
reader uses it (AppTest in both languages, plus one real-browser check)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import pytest
from conftest import wait_rendered
from helpers import open_expanders, problems_for
from hypothesis import given
from hypothesis import strategies as st
from test_pages import all_text, open_page, plain

from reelreality.content import load
from reelreality.core.sections import split_finding
from reelreality.obstacles import charts as obstacles_charts
from reelreality.obstacles import datascale as obstacles_datascale
from reelreality.obstacles import risks as obstacles_risks
from reelreality.obstacles import scaleframe, scaleview
from reelreality.obstacles import view as obstacles_view
from reelreality.obstacles.datascale import Controls
from reelreality.slides import FIGURES
from reelreality.style import Chart

CONTENT = load()
OB = CONTENT.obstacles
PAGE = "panels/obstacles.py"
LANGS = ["en", "fr"]


def ui(key: str, lang: str, **fill) -> str:
    return CONTENT.phrases(lang)(key, **fill)


def tab_label(name: str, lang: str) -> str:
    return ui(f"obstacles.tab.{name}", lang)


def option_label(obstacle_id: str, lang: str) -> str:
    number = next(i for i, o in enumerate(obstacles_risks.ranked(OB.obstacles), 1) if o.id == obstacle_id)
    obstacle = next(o for o in OB.obstacles if o.id == obstacle_id)
    return ui("obstacles.select_option", lang, number=number, title=obstacle.title(lang))


def table_with(at, column: str) -> pd.DataFrame:
    return next(df.value for df in open_expanders(at, "_table").dataframe if column in df.value.columns)


def bound(at, key: str):
    """The value a share link carries for a bound widget (state -> URL)."""
    return at.session_state["_rr_bound"][key][0]


def toasts(at) -> str:
    return " ".join(t.proto.body for t in at.toast)


# ---------------------------------------------------------------- scoring and placement


def test_score_is_likelihood_times_impact_and_bands_cover_1_to_25():
    for o in OB.obstacles:
        assert obstacles_risks.score(o) == o.likelihood * o.impact
    assert [obstacles_risks.band(s, OB.bands).id for s in (1, 4, 5, 9, 10, 15, 16, 25)] == [
        "low",
        "low",
        "medium",
        "medium",
        "high",
        "high",
        "critical",
        "critical",
    ]


def test_ranking_puts_the_data_gap_first_and_never_increases():
    ranked = obstacles_risks.ranked(OB.obstacles)
    assert ranked[0].id == "catalog-too-small"
    scores = [obstacles_risks.score(o) for o in ranked]
    assert scores == sorted(scores, reverse=True)


@given(st.integers(1, 9))
def test_markers_sharing_a_cell_stay_inside_it_and_apart(n):
    offsets = obstacles_risks.cell_offsets(n)
    assert len(offsets) == n
    assert all(abs(dx) < 0.5 and abs(dy) < 0.5 for dx, dy in offsets)
    assert len(set(offsets)) == (n if n > 1 else 1)


def test_register_frame_places_every_obstacle_once_in_its_cell():
    frame = obstacles_risks.register_frame(OB, "en")
    assert sorted(frame["id"]) == sorted(o.id for o in OB.obstacles)
    assert list(frame["number"]) == list(range(1, len(OB.obstacles) + 1))
    assert ((frame["x"] - frame["impact"]).abs() < 0.5).all()
    assert ((frame["y"] - frame["likelihood"]).abs() < 0.5).all()
    assert len(set(zip(frame["x"], frame["y"], strict=True))) == len(frame)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "Likelihood 5/5 (Reported or almost certain) × impact 5/5 (Blocks the plan) = score 25/25, critical band",
        ),
        (
            "fr",
            "Probabilité 5/5 (Rapporté ou quasi certain) × impact 5/5 (Bloque le projet) "
            "= score 25/25, niveau critique",
        ),
    ],
)
def test_score_in_words(lang, expected):
    top = obstacles_risks.ranked(OB.obstacles)[0]
    assert obstacles_risks.score_text(top, OB, CONTENT.phrases(lang)) == expected


def test_heatmap_caption_counts_add_up():
    frame = obstacles_risks.register_frame(OB, "en")
    counts = obstacles_risks.band_counts(frame, OB.bands)
    assert sum(n for _, n in counts) == len(frame)
    caption = obstacles_risks.heatmap_caption(frame, OB.bands, CONTENT.phrases("en"))
    assert caption.startswith(f"{len(frame)} obstacles on the map: ")
    per_band = [f"{n} {b.label('en').lower()}" for b, n in counts if n]
    assert ", ".join(per_band[:-1]) + " and " + per_band[-1] in caption  # highest band first
    assert f"Highest score: {frame.iloc[0]['title']} (25 out of 25)" in caption
    empty = obstacles_risks.heatmap_caption(frame.iloc[0:0], OB.bands, CONTENT.phrases("en"))
    assert empty == ui("obstacles.no_category", "en")


@pytest.mark.parametrize(
    ("lang", "start"), [("en", "1 obstacle on the map: 1 "), ("fr", "1 obstacle sur la carte\u00a0: ")]
)
def test_heatmap_caption_for_a_single_obstacle_is_singular(lang, start):
    frame = obstacles_risks.register_frame(OB, lang).iloc[:1]
    assert obstacles_risks.heatmap_caption(frame, OB.bands, CONTENT.phrases(lang)).startswith(start)


def test_picker_labels_number_the_obstacles_in_rank_order():
    labels = obstacles_risks.option_labels(OB, CONTENT.phrases("en"))
    ranked = obstacles_risks.ranked(OB.obstacles)
    assert list(labels) == [o.id for o in ranked]
    assert labels[ranked[0].id] == f"#1 · {ranked[0].title('en')}"


# ---------------------------------------------------------------- figures as data


def test_heatmap_figure_has_the_grid_a_marker_per_obstacle_and_the_selection_ring():
    register = obstacles_view.obstacles_register(CONTENT, "en", selected="guild-rules")
    frame, fig, caption = register.frame, register.figure, register.caption
    heat = [t for t in fig.data if isinstance(t, go.Heatmap)]
    assert len(heat) == 1 and len(heat[0].z) == 5 and all(len(r) == 5 for r in heat[0].z)
    markers = [t for t in fig.data if isinstance(t, go.Scatter) and t.mode == "markers+text"]
    assert sum(len(t.x) for t in markers) == len(OB.obstacles)
    assert {t.name for t in markers} == {c.label("en") for c in OB.categories}
    ring = [t for t in fig.data if isinstance(t, go.Scatter) and t.marker.symbol == "circle-open"]
    row = frame[frame["id"] == "guild-rules"].iloc[0]
    assert len(ring) == 1 and ring[0].x[0] == row["x"] and ring[0].y[0] == row["y"]
    assert fig.layout.xaxis.range == (0.5, 5.5) and fig.layout.yaxis.range == (0.5, 5.5)
    assert str(len(OB.obstacles)) in caption
    assert len(register.table) == len(OB.obstacles)
    assert list(register.table.columns)[:2] == [ui("obstacles.col.number", "en"), ui("obstacles.col.title", "en")]


def test_heatmap_filtered_to_one_category():
    register = obstacles_view.obstacles_register(CONTENT, "en", categories=["legal"])
    assert set(register.frame["category"]) == {"legal"}
    assert len(register.table) == len(register.frame)
    markers = [t for t in register.figure.data if isinstance(t, go.Scatter) and t.mode == "markers+text"]
    assert [t.name for t in markers] == [next(c.label("en") for c in OB.categories if c.id == "legal")]


def test_content_text_is_escaped_in_the_heatmap():
    frame = obstacles_risks.register_frame(OB, "en")
    frame.loc[0, "title"] = "<script>alert(1)</script>"
    fig = obstacles_charts.risk_heatmap(
        frame,
        obstacles_risks.band_grid(OB.bands),
        [(b.id, b.label("en"), b.colour) for b in OB.bands],
        [(c.id, c.label("en"), c.colour, c.symbol) for c in OB.categories],
        ["a"] * 5,
        ["b"] * 5,
        ("x", "y"),
    )
    dump = fig.to_json()
    assert "<script>" not in dump and "&lt;script&gt;" in dump


def test_data_scale_chart_is_log_scaled_and_draws_no_bar_for_undisclosed_models():
    view = scaleview.obstacles_scale(CONTENT, "en")
    fig = view.figure
    assert fig.layout.xaxis.type == "log"
    bars = [t for t in fig.data if isinstance(t, go.Bar)]
    names_in_bars = {y for t in bars for y in t.y}
    undisclosed = set(view.frame.loc[view.frame["type"] == "undisclosed", "name"])
    assert undisclosed and not (undisclosed & names_in_bars)
    labels = [t for t in fig.data if isinstance(t, go.Scatter) and t.text and "not disclosed" in str(t.text[0])]
    assert len(labels) == 1 and len(labels[0].y) == len(undisclosed)
    by_name = {t.name: t for t in bars if t.showlegend is not False}
    raw, filtered = by_name["Raw pool, before curation"], by_name["Filtered training set"]
    assert raw.marker.color != filtered.marker.color
    cosmos = view.frame[view.frame["id"] == "cosmos-predict25"].iloc[0]
    assert 35e6 in list(raw.x) and cosmos["type"] == "raw-pool"


def test_estimated_bars_are_hatched_and_stated_bars_are_solid():
    fig = scaleview.obstacles_scale(CONTENT, "en").figure
    studio = next(
        t for t in fig.data if isinstance(t, go.Bar) and t.name == "Studio catalog" and t.showlegend is not False
    )
    shapes = dict(zip(studio.y, studio.marker.pattern.shape, strict=True))
    assert shapes["Warner Bros. library"] == "" and shapes["Paramount (CBS + Viacom) library"] == "/"


def test_data_scale_caption_and_sentences_follow_the_sliders():
    default = scaleview.obstacles_scale(CONTENT, "en")
    narrow = scaleview.obstacles_scale(CONTENT, "en", Controls.from_sliders((100, 100), (22, 45), (0, 0), 100))
    assert default.caption != narrow.caption
    assert "33,000" in narrow.caption  # 20,000 features × 100 min = 33,333 h, shown to two significant figures
    assert len(default.sentences) == sum(r.highlight for r in CONTENT.datascale.rows)


def test_quality_chart_marks_seed_only_dimensions():
    quality = obstacles_view.obstacles_quality(CONTENT, "en")
    table, caption = quality.table, quality.caption
    bar = quality.figure.data[0]
    seed = {q.name("en") for q in OB.quality if q.status == "seed-only"}
    hatched = {y for y, shape in zip(bar.y, bar.marker.pattern.shape, strict=True) if shape == "/"}
    assert {n.replace("<br>", " ") for n in hatched} == seed and seed
    assert list(bar.x) == sorted(bar.x)  # largest gap on top
    assert len(table) == len(OB.quality)
    assert all(name in caption for name in seed)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", ["obstacles.heatmap", "obstacles.datascale"])
def test_key_figures_are_registered_for_slides(name, lang):
    chart = FIGURES[name](CONTENT, lang)
    assert isinstance(chart, Chart)
    assert isinstance(chart.figure, go.Figure) and chart.figure.data
    assert chart.caption and "{" not in chart.caption and "|" not in chart.caption


# ---------------------------------------------------------------- validator rules


def test_likelihood_above_5_is_rejected(tmp_path):
    def change(d):
        d["obstacles"][0]["likelihood"] = 7

    msgs = problems_for("obstacles.yaml", change)
    where = "content/obstacles.yaml: obstacles[0](catalog-too-small).likelihood: "
    assert where + "Input should be less than or equal to 5 (got 7)" in msgs


def test_impact_below_1_is_rejected(tmp_path):
    def change(d):
        d["obstacles"][2]["impact"] = 0

    msgs = problems_for("obstacles.yaml", change)
    assert any(
        m.startswith(
            "content/obstacles.yaml: obstacles[2](curation-discards).impact: Input should be greater than or equal to 1"
        )
        for m in msgs
    ), msgs


def test_a_rating_without_its_rationale_is_rejected(tmp_path):
    def change(d):
        del d["obstacles"][1]["impact_rationale"]

    msgs = problems_for("obstacles.yaml", change)
    assert (
        "content/obstacles.yaml: obstacles[1](rights-not-owned).impact_rationale: missing field 'impact_rationale'"
        in msgs
    )


def test_an_obstacle_without_sources_is_rejected(tmp_path):
    def change(d):
        d["obstacles"][3]["sources"] = []

    msgs = problems_for("obstacles.yaml", change)
    assert any(
        m.startswith(
            "content/obstacles.yaml: obstacles[3](narrow-distribution).sources: List should have at least 1 item"
        )
        for m in msgs
    ), msgs


def test_an_unknown_category_is_rejected(tmp_path):
    def change(d):
        d["obstacles"][0]["category"] = "financial"

    msgs = problems_for("obstacles.yaml", change)
    assert any(
        m.startswith("content/obstacles.yaml: obstacles[0](catalog-too-small).category: unknown category 'financial'")
        for m in msgs
    ), msgs


def test_a_claim_only_the_seed_makes_must_be_marked_seed_only(tmp_path):
    def change(d):
        i = next(i for i, o in enumerate(d["obstacles"]) if o["id"] == "talent-lawsuits")
        d["obstacles"][i]["status"] = "verified"

    msgs = problems_for("obstacles.yaml", change)
    assert any("(talent-lawsuits).status: the rule for 'verified' is: At least one cited source" in m for m in msgs), (
        msgs
    )


def test_bands_with_a_gap_are_rejected(tmp_path):
    def change(d):
        d["bands"][1]["high"] = 8

    msgs = problems_for("obstacles.yaml", change)
    assert (
        "content/obstacles.yaml: bands: the bands must cover every score from 1 to 25 exactly once (got list)" in msgs
    )


def test_seed_only_content_cites_the_seed_article():
    seed = {s.id for s in CONTENT.sources.sources if s.tier == "source-article"}
    records = [*OB.obstacles, *OB.quality, *(e for o in OB.obstacles for e in o.evidence), *CONTENT.datascale.rows]
    marked = [r for r in records if r.status == "seed-only"]
    assert marked and all(set(r.sources) & seed for r in marked)


def test_runway_ceo_is_not_made_to_say_final():
    """The copy of the WSJ report says Runway's tools were not ready "to produce images and video for TV and
    movies"; the register must not put *final* in his mouth (corrections log: not-ready-wording-2026-12)."""
    texts = [t for o in OB.obstacles for t in (o.title, o.summary)] + [q.delivered for q in OB.quality]
    about_ceo = [t("en") for t in texts if "Runway's CEO" in t("en")]
    assert about_ceo
    assert not [t for t in about_ceo if "final" in t.lower()], about_ceo
    pixel = next(o for o in OB.obstacles if o.id == "not-final-pixel")  # the id is stable; its words changed
    assert "images and video for TV and movies" in pixel.summary("en")
    assert "des images et des vidéos pour la télévision et le cinéma" in pixel.summary("fr")


# ---------------------------------------------------------------- the page, as a reader uses it


@pytest.mark.full
@pytest.mark.parametrize("lang", LANGS)
def test_page_shows_lede_four_tabs_and_runs_only_the_open_one(lang):
    """A reader who clicks nothing sees the message, the heat map and the obstacle in detail."""
    at = open_page(PAGE, lang=lang)
    text = all_text(at)
    assert all(part in text for part in split_finding(OB.lede.text(lang)))  # finding first, the rest below
    assert [t.label for t in at.tabs] == [tab_label(n, lang) for n in ["register", "datascale", "quality", "legal"]]
    # Only the open tab runs: the heat map, and none of the other tabs' widgets.
    assert [c.key for c in at.get("plotly_chart")] == ["ob_heatmap"]
    assert not at.slider and not at.metric
    top = obstacles_risks.ranked(OB.obstacles)[0]
    assert top.title(lang) in text and top.summary(lang) in text
    assert ui("common.editorial", lang) in " ".join(el.proto.body for el in at.markdown)
    assert not at.toast


@pytest.mark.full
@pytest.mark.parametrize("lang", LANGS)
def test_tab_from_a_shared_link(lang):
    """A link to the data-scale tab opens on it, and the tab travels in the share link."""
    label = tab_label("datascale", lang)
    at = open_page(PAGE, lang=lang, ob_tab=label)
    assert at.session_state["ob_tab"] == label
    assert bound(at, "ob_tab") == label
    assert not at.toast


@pytest.mark.full
@pytest.mark.parametrize("lang", LANGS)
def test_invalid_tab_falls_back_with_a_notice(lang):
    at = open_page(PAGE, lang=lang, ob_tab="Nonsense")
    assert at.session_state["ob_tab"] in (None, tab_label("register", lang))
    assert "ob_tab" in toasts(at)


@pytest.mark.full
@pytest.mark.parametrize("lang", LANGS)
def test_category_filter_keeps_only_legal_obstacles(lang):
    """A reader keeps only legal obstacles: the map's table lists only them."""
    at = open_page(PAGE, lang=lang)
    at.pills(key="ob_cat").set_value(["legal"]).run()
    assert not at.exception
    table = table_with(at, ui("obstacles.col.category", lang))
    legal = next(c.label(lang) for c in OB.categories if c.id == "legal")
    assert len(table) == sum(o.category == "legal" for o in OB.obstacles)
    assert set(table[ui("obstacles.col.category", lang)]) == {legal}
    assert bound(at, "ob_cat") == [legal]


@pytest.mark.full
@pytest.mark.parametrize("lang", LANGS)
def test_category_filter_from_a_shared_link(lang):
    strategic = next(c.label(lang) for c in OB.categories if c.id == "strategic")
    at = open_page(PAGE, lang=lang, ob_cat=strategic)
    assert at.pills(key="ob_cat").value == ["strategic"]
    table = table_with(at, ui("obstacles.col.category", lang))
    assert len(table) == sum(o.category == "strategic" for o in OB.obstacles)


@pytest.mark.full
@pytest.mark.parametrize("lang", LANGS)
def test_no_category_selected_explains_itself_and_keeps_the_detail(lang):
    at = open_page(PAGE, lang=lang)
    at.pills(key="ob_cat").set_value([]).run()
    assert not at.exception
    assert any(ui("obstacles.no_category", lang) in plain(el.value) for el in at.info)
    assert ui("obstacles.hidden_by_filter", lang) in all_text(at)


@pytest.mark.full
@pytest.mark.parametrize("lang", LANGS)
def test_selecting_an_obstacle_shows_its_detail(lang):
    """A reader picks the guild rules: its ratings, rationale, evidence and mitigation appear."""
    at = open_page(PAGE, lang=lang)
    at.selectbox(key="ob_risk").select("guild-rules").run()
    assert not at.exception
    guild = next(o for o in OB.obstacles if o.id == "guild-rules")
    text = all_text(at)
    for part in (guild.title, guild.summary, guild.likelihood_rationale, guild.impact_rationale, guild.mitigation):
        assert part(lang) in text
    for item in guild.evidence:
        assert item.text(lang) in text
    assert bound(at, "ob_risk") == option_label("guild-rules", lang)


@pytest.mark.full
@pytest.mark.parametrize("lang", LANGS)
def test_selected_obstacle_from_a_shared_link(lang):
    at = open_page(PAGE, lang=lang, ob_risk=option_label("talent-lawsuits", lang))
    assert at.selectbox(key="ob_risk").value == "talent-lawsuits"
    lawsuits = next(o for o in OB.obstacles if o.id == "talent-lawsuits")
    assert lawsuits.summary(lang) in all_text(at)
    badges = " ".join(el.proto.body for el in [*at.markdown, *at.caption] if "badge" in el.proto.body)
    seed_badge = next(s.short(lang) for s in CONTENT.method.statuses if s.id == "seed-only")
    assert seed_badge in badges


@pytest.mark.full
@pytest.mark.parametrize("lang", LANGS)
def test_invalid_obstacle_falls_back_to_the_top_one_with_a_notice(lang):
    at = open_page(PAGE, lang=lang, ob_risk="no-such-risk")
    assert at.selectbox(key="ob_risk").value == obstacles_risks.ranked(OB.obstacles)[0].id
    assert "ob_risk" in toasts(at)


def catalog_metric(at) -> str:
    return at.metric[0].value


def usable_metric(at) -> str:
    return at.metric[1].value


def expected_hours(lang, feat=(100, 110), ep=(22, 45), share=(0, 100), usable=100, *, part="catalog") -> str:
    c = Controls.from_sliders(feat, ep, share, usable)
    fn = obstacles_datascale.catalog_hours if part == "catalog" else obstacles_datascale.usable_hours
    return ui(
        "obstacles.ds.hours",
        lang,
        value=scaleframe.range_text(fn(CONTENT.datascale.catalog.titles, c), CONTENT.phrases(lang)),
    )


@pytest.mark.full
@pytest.mark.parametrize("lang", LANGS)
def test_catalog_hours_at_defaults(lang):
    at = open_page(PAGE, lang=lang, ob_tab=tab_label("datascale", lang))
    assert catalog_metric(at) == expected_hours(lang)
    assert usable_metric(at) == expected_hours(lang)


@pytest.mark.full
@pytest.mark.parametrize("lang", LANGS)
def test_feature_runtime_and_episode_share_sliders(lang):
    """A reader assumes all titles are 100-minute features: the catalog comes to 33,333 h (shown as 33,000)."""
    at = open_page(PAGE, lang=lang, ob_tab=tab_label("datascale", lang))
    at.slider(key="ob_feat").set_range(100, 100).run()
    at.slider(key="ob_epshare").set_range(0, 0).run()
    assert not at.exception
    assert catalog_metric(at) == expected_hours(lang, feat=(100, 100), share=(0, 0))
    assert catalog_metric(at).replace("\u202f", ",").startswith("33,000")
    assert bound(at, "ob_feat") == ["100", "100"] and bound(at, "ob_epshare") == ["0", "0"]


@pytest.mark.full
@pytest.mark.parametrize("lang", LANGS)
def test_episode_runtime_slider(lang):
    at = open_page(PAGE, lang=lang, ob_tab=tab_label("datascale", lang))
    at.slider(key="ob_epshare").set_range(100, 100).run()
    at.slider(key="ob_ep").set_range(45, 45).run()
    assert not at.exception
    assert catalog_metric(at) == expected_hours(lang, ep=(45, 45), share=(100, 100))  # 20,000 × 45 min = 15,000 h
    assert bound(at, "ob_ep") == ["45", "45"]


@pytest.mark.full
@pytest.mark.parametrize("lang", LANGS)
def test_usable_share_slider_adds_the_usable_part(lang):
    """A reader keeps 25% as usable: the usable hours drop and the usable part appears in the chart's table."""
    at = open_page(PAGE, lang=lang, ob_tab=tab_label("datascale", lang))
    at.slider(key="ob_usable").set_value(25).run()
    assert not at.exception
    assert usable_metric(at) == expected_hours(lang, usable=25, part="usable")
    assert usable_metric(at) != catalog_metric(at)
    table = table_with(at, ui("obstacles.ds.col.name", lang))
    assert ui("obstacles.type.this-usable", lang) in set(table[ui("obstacles.ds.col.type", lang)])
    assert bound(at, "ob_usable") == "25"


@pytest.mark.full
@pytest.mark.parametrize("lang", LANGS)
def test_sliders_from_a_shared_link(lang):
    at = open_page(
        PAGE,
        lang=lang,
        ob_tab=tab_label("datascale", lang),
        ob_feat=["90", "120"],
        ob_ep=["30", "40"],
        ob_epshare=["20", "50"],
        ob_usable="40",
    )
    assert at.slider(key="ob_feat").value == (90, 120)
    assert at.slider(key="ob_ep").value == (30, 40)
    assert at.slider(key="ob_epshare").value == (20, 50)
    assert at.slider(key="ob_usable").value == 40
    assert catalog_metric(at) == expected_hours(lang, (90, 120), (30, 40), (20, 50), 40)
    assert usable_metric(at) == expected_hours(lang, (90, 120), (30, 40), (20, 50), 40, part="usable")
    assert not at.toast


@pytest.mark.full
@pytest.mark.parametrize("lang", LANGS)
def test_out_of_range_slider_value_falls_back_with_a_notice(lang):
    at = open_page(PAGE, lang=lang, ob_feat=["10", "999"], ob_tab=tab_label("datascale", lang))
    assert at.slider(key="ob_feat").value == (100, 110)
    assert "ob_feat" in toasts(at)


@pytest.mark.full
@pytest.mark.parametrize("lang", LANGS)
def test_data_scale_tab_lists_undisclosed_models_and_comparisons(lang):
    at = open_page(PAGE, lang=lang, ob_tab=tab_label("datascale", lang))
    text = all_text(at)
    for row in CONTENT.datascale.rows:
        if row.type == "undisclosed":
            assert row.short in text
    view = scaleview.obstacles_scale(CONTENT, lang)
    for sentence in view.sentences:
        assert sentence in text
    for note in CONTENT.datascale.scaling:
        assert note.text(lang) in text


@pytest.mark.full
@pytest.mark.parametrize("lang", LANGS)
def test_quality_tab_shows_every_dimension_with_seed_only_claims_marked(lang):
    at = open_page(PAGE, lang=lang, ob_tab=tab_label("quality", lang))
    text = all_text(at)
    table = table_with(at, ui("obstacles.q.col.needs", lang))
    assert len(table) == len(OB.quality)
    for q in OB.quality:
        assert q.name(lang) in text and q.delivered(lang) in text
    seed_label = next(s.label(lang) for s in CONTENT.method.statuses if s.id == "seed-only")
    statuses = table[ui("obstacles.q.col.status", lang)]
    assert (statuses == seed_label).sum() == sum(q.status == "seed-only" for q in OB.quality)


def test_the_page_is_in_the_navigation_with_its_own_url():
    page = next(p for p in CONTENT.site.pages if p.script == PAGE)
    assert page.id == "obstacles-risks" and page.icon == ":material/warning:"


# ---------------------------------------------------------------- real browser


@pytest.mark.browser
def test_heatmap_draws_every_obstacle_and_the_french_link_opens_the_data_tab(server_url, page, shots):
    """A reader opens the register, sees a marker per obstacle, then a French link to the data-scale tab."""
    page.goto(server_url + "/obstacles-risks?lang=en")
    wait_rendered(page)
    chart = page.locator('[data-testid="stPlotlyChart"]').first
    assert chart.locator(".scatterlayer .point").count() >= len(OB.obstacles)
    page.screenshot(path=shots / "obstacles-en.png", full_page=True)
    label = tab_label("datascale", "fr")
    page.goto(server_url + "/obstacles-risks?lang=fr&ob_tab=" + label.replace(" ", "+"))
    wait_rendered(page)
    selected = page.locator('[role="tab"][aria-selected="true"]')
    assert selected.inner_text().strip() == label
    assert CONTENT.datascale.intro("fr")[:40] in page.locator('[data-testid="stMain"]').inner_text()
    page.screenshot(path=shots / "obstacles-datascale-fr.png", full_page=True)
    assert not page.errors
