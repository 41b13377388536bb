"""Lessons from other sectors: logic, chart, validator rules and the page as a reader uses it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re

import pytest
from helpers import open_expanders, problems_for
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel
from test_pages import all_text, open_page, plain

from reelreality import style, ui
from reelreality.content import Content, load
from reelreality.core import quotes
from reelreality.core.models import Quote, Text
from reelreality.core.sections import split_finding
from reelreality.lessons import charts as lessons_charts
from reelreality.lessons import logic as lessons_logic
from reelreality.lessons import sentences, tables, view
from reelreality.lessons.model import CaseDate, CasesFile
from reelreality.lessons.tables import MATRIX_COLUMNS
from reelreality.slides import FIGURES

CONTENT = load()
CF = CONTENT.cases
PAGE = "panels/lessons.py"
EN, FR = CONTENT.phrases("en"), CONTENT.phrases("fr")
PHRASES = {"en": EN, "fr": FR}


def text(en: str, fr: str | None = None) -> dict:
    return {"en": en, "fr": fr or f"{en} (fr)"}


def tiny_cases(scores: dict[str, dict[str, str]], sectors: dict[str, str] | None = None) -> CasesFile:
    """A small valid cases file: `scores` maps case id -> {dimension id: value id}; the first case is the reference."""
    sectors = sectors or {}
    dims = sorted({d for row in scores.values() for d in row})
    src = {"sources": ["seed-article"], "status": "verified"}
    cases = [
        {
            "id": cid,
            "company": f"Company {cid}",
            "product": text("product"),
            "sector": sectors.get(cid, "s1"),
            "dates": [{"date": "2024-01-01", "label": text("start")}],
            "promise": {"text": text("promised"), **src},
            "outcome": {"text": text("happened"), **src},
            "rating": {"status": "stalled", "rationale": text("why")},
            "scores": {d: {"value": v, "rationale": text("because"), **src} for d, v in row.items()},
            **src,
        }
        for cid, row in scores.items()
    ]
    lesson = {"id": "l", "title": text("t"), "body": text("b"), "dimension": dims[0], "cases": [cases[0]["id"]]}
    return CasesFile.model_validate(
        {
            "lede": text("lede"),
            "framing": CF.framing.model_dump(),
            "reference_case": cases[0]["id"],
            "sectors": [{"id": "s1", "label": text("One")}, {"id": "s2", "label": text("Two")}],
            "values": [v.model_dump() for v in CF.values],
            "dimensions": [{"id": d, "short": text(d.upper()), "question": text(f"{d}?")} for d in dims],
            "cases": cases,
            "lessons": [{**lesson, "id": f"l{i}"} for i in range(4)],
            "closing": CF.closing.model_dump(),
        }
    )


def with_cases(cf: CasesFile) -> Content:
    return dataclasses.replace(CONTENT, cases=cf)


# ---------------------------------------------------------------- logic: known answers


def test_reference_case_comes_first_then_sectors_in_order():
    order = lessons_logic.ordered_cases(CF)
    assert order[0].id == CF.reference_case
    assert sorted(c.id for c in order) == sorted(c.id for c in CF.cases)
    rank = {s.id: i for i, s in enumerate(CF.sectors)}
    assert [rank[c.sector] for c in order[1:]] == sorted(rank[c.sector] for c in order[1:])
    assert list(lessons_logic.companies(CF)) == [c.id for c in order]


def test_shortfall_counts_and_summary_known_answer():
    cf = tiny_cases(
        {
            "a": {"data": "no", "legal": "yes"},
            "b": {"data": "partly", "legal": "unknown"},
            "c": {"data": "yes", "legal": "no"},
        }
    )
    assert lessons_logic.shortfall_counts(cf, cf.cases) == {"data": 2, "legal": 1}
    s = lessons_logic.summarise(cf, cf.cases)
    assert (s.n_cases, s.n_dims, s.top_dims, s.top_count) == (3, 2, ("data",), 2)
    assert s.reference_shown and s.reference_shortfalls == 1
    without_ref = lessons_logic.summarise(cf, cf.cases[1:])
    assert not without_ref.reference_shown and without_ref.top_dims == ("data", "legal")


def test_summary_of_nothing_falls_short():
    cf = tiny_cases({"a": {"data": "yes"}, "b": {"data": "unknown"}})
    s = lessons_logic.summarise(cf, cf.cases)
    assert s.top_dims == () and s.top_count == 0
    caption = sentences.matrix_caption(cf, cf.cases, EN)
    assert caption.startswith("2 cases scored on 1 questions; none falls short")


def test_matrix_caption_is_computed_from_the_scores():
    cf = tiny_cases({"a": {"data": "no", "legal": "no"}, "b": {"data": "partly", "legal": "yes"}})
    en = sentences.matrix_caption(cf, cf.cases, EN)
    assert en.startswith(
        "2 cases scored on 2 questions. The most frequent weak spot is *DATA*: 2 of 2 answer Partly or No."
    )
    assert "Company a falls short on 2 of the 2 questions." in en
    fr = sentences.matrix_caption(cf, cf.cases[1:], FR)
    assert fr.startswith(
        "1 cas évalué sur 2 questions. Le point faible le plus fréquent est *DATA (fr)*\u00a0: 1 sur 1"
    )
    assert "Company a" not in fr


def test_tied_weak_spots_are_listed_the_language_s_way():
    """Three dimensions tied for most shortfalls are named as one list, with 'and' / 'et' before the last."""
    cf = tiny_cases({"a": {"x": "no", "y": "no", "z": "partly"}, "b": {"x": "yes", "y": "yes", "z": "yes"}})
    en = sentences.matrix_caption(cf, cf.cases, EN)
    assert "weak spots, tied, are *X*, *Y* and *Z*: on each, 1 of 2 answer Partly or No." in en
    fr = sentences.matrix_caption(cf, cf.cases, FR)
    assert "*Y (fr)* et *Z (fr)*" in fr


@pytest.mark.parametrize(("lang", "expected"), [("en", "Partly or No"), ("fr", "En partie ou Non")])
def test_shortfall_answers_read_as_one_alternative(lang, expected):
    assert sentences.shortfall_words(CF, PHRASES[lang]) == expected


def test_real_caption_names_the_tied_weak_spots():
    caption = sentences.matrix_caption(CF, lessons_logic.ordered_cases(CF), EN)
    counts = lessons_logic.shortfall_counts(CF, CF.cases)
    top = max(counts.values())
    assert f"{top} of {len(CF.cases)} answer Partly or No" in caption
    for dim in CF.dimensions:
        assert (f"*{dim.short('en')}*" in caption) == (counts[dim.id] == top)


def test_lesson_evidence_counts_its_dimension_among_the_cases_shown():
    cf = tiny_cases({"a": {"data": "no"}, "b": {"data": "yes"}, "c": {"data": "partly"}})
    lesson = cf.lessons[0]
    assert lessons_logic.lesson_evidence(cf, lesson, cf.cases) == (2, 3)
    assert lessons_logic.lesson_evidence(cf, lesson, cf.cases[1:2]) == (0, 1)
    assert lessons_logic.lesson_evidence(cf, lesson, []) is None
    no_dim = lesson.model_copy(update={"dimension": None})
    assert lessons_logic.lesson_evidence(cf, no_dim, cf.cases) is None
    assert sentences.lesson_caption(cf, no_dim, cf.cases, EN) is None
    assert sentences.lesson_caption(cf, lesson, cf.cases, EN) == (
        "In the matrix: 2 of the 3 cases shown answer Partly or No on *DATA*."
    )
    assert "1 case shown" in sentences.lesson_caption(cf, lesson, cf.cases[:1], EN)
    assert "des 1 cas affiché répondent" in sentences.lesson_caption(cf, lesson, cf.cases[:1], FR)


@pytest.mark.parametrize(
    ("n", "en", "fr"),
    [(0, "for 0 cases.", "pour 0 cas."), (1, "for 1 case.", "pour 1 cas."), (3, "for 3 cases.", "pour 3 cas.")],
)
def test_rating_caption_counts_the_cases_in_each_language(n, en, fr):
    assert en in sentences.rating_caption(CF.cases[:n], EN)
    assert fr in sentences.rating_caption(CF.cases[:n], FR)


@pytest.mark.parametrize(
    ("value", "precision", "lang", "expected"),
    [
        (dt.date(2024, 9, 18), "day", "en", "18 September 2024"),
        (dt.date(2025, 5, 1), "day", "fr", "1er mai 2025"),
        (dt.date(2025, 5, 1), "day", "en", "1 May 2025"),
        (dt.date(2023, 12, 1), "month", "fr", "décembre 2023"),
        (dt.date(2021, 1, 1), "year", "en", "2021"),
    ],
)
def test_a_case_date_is_written_at_its_precision(value, precision, lang, expected):
    step = CaseDate(date=value, precision=precision, label=Text(en="x", fr="x"))
    assert sentences.when(step, PHRASES[lang]) == expected


def test_case_dates_are_sorted_oldest_first():
    for case in CF.cases:
        card = view.case_card(CONTENT, "en", case.id)
        assert len(card.dates) == len(case.dates)
        assert [d.label for d in card.dates] == [d.label("en") for d in sorted(case.dates, key=lambda d: d.date)]


def test_case_card_falls_back_to_the_reference_case_and_answers_every_question():
    card = view.case_card(CONTENT, "fr", "no-such-case")
    assert card.case.id == CF.reference_case
    assert card.rating.id == card.case.rating.status
    assert card.sector == next(s.label("fr") for s in CF.sectors if s.id == card.case.sector)
    assert [line.question for line in card.scores] == [d.question("fr") for d in CF.dimensions]
    labels = {v.id: v.label("fr") for v in CF.values}
    assert [line.answer for line in card.scores] == [labels[card.case.scores[d.id].value] for d in CF.dimensions]


def test_rating_groups_follow_the_scale_and_hold_every_case_once():
    groups = lessons_logic.rating_groups(CONTENT.scale, CF.cases)
    assert sorted(c.id for g in groups for c in g.cases) == sorted(c.id for c in CF.cases)
    order = [s.id for s in CONTENT.scale.statuses]
    assert [g.status.id for g in groups] == [s for s in order if any(c.rating.status == s for c in CF.cases)]
    assert all(g.cases and all(c.rating.status == g.status.id for c in g.cases) for g in groups)
    assert lessons_logic.rating_groups(CONTENT.scale, []) == []


def test_selection_covers_the_chosen_sectors_only():
    """Keeping fast food: the tally holds only fast-food cases and each lesson counts among them."""
    fast = [c for c in lessons_logic.ordered_cases(CF) if c.sector == "fast-food"]
    chosen = view.selection(CONTENT, "en", ["fast-food"])
    assert sorted(c.id for g in chosen.ratings for c in g.cases) == sorted(c.id for c in fast)
    assert f"for {len(fast)} cases." in chosen.rating_caption
    assert [card.lesson.id for card in chosen.lessons] == [lesson.id for lesson in CF.lessons]
    for card in chosen.lessons:
        counted = sentences.lesson_caption(CF, card.lesson, fast, EN)
        assert card.notes[:1] == ((counted,) if counted else card.notes[:1])
        assert any(n.startswith("Also drawn from:") for n in card.notes) == bool(card.lesson.studies)
    nothing = view.selection(CONTENT, "en", [])
    assert nothing.ratings == ()
    assert all(len(card.notes) == bool(card.lesson.studies) for card in nothing.lessons)


def test_link_target_only_when_the_site_lists_the_page():
    pages = CONTENT.site.pages
    assert lessons_logic.link_target(pages, "panels/sources.py").id == "sources-method"
    assert lessons_logic.link_target(pages, "panels/no_such_panel.py") is None
    listed = any(p.script == CF.closing.link_script for p in pages)
    assert (view.closing(CONTENT, "en").target is not None) == listed


def test_closing_names_the_companies_each_point_was_seen_in():
    closing = view.closing(CONTENT, "fr")
    assert [p.text for p in closing.points] == [p.text("fr") for p in CF.closing.points]
    names = lessons_logic.companies(CF)
    for shown, point in zip(closing.points, CF.closing.points, strict=True):
        assert shown.seen_in == ", ".join(names[c] for c in point.cases)


def test_matrix_frame_has_one_row_per_case_and_dimension():
    frame = tables.matrix_frame(CF, CF.cases, CONTENT.source_map, "fr")
    assert len(frame) == len(CF.cases) * len(CF.dimensions)
    assert list(frame.columns) == MATRIX_COLUMNS
    first = frame.iloc[0]
    case = CF.cases[0]
    assert first["rationale"] == case.scores[first["dimension_id"]].rationale("fr")
    statuses = {s.id: f"<{s.id}>" for s in CONTENT.method.statuses}
    table = tables.matrix_table(CF, CONTENT.scale, [case], CONTENT.source_map, EN, statuses)
    assert list(table.columns) == [
        "Case",
        "Sector",
        "Promise rating (editorial)",
        "Question",
        "Answer (editorial)",
        "Reasoning",
        "Verification",
        "Sources",
    ]
    assert set(table["Verification"]) == {f"<{s.status}>" for s in case.scores.values()}
    assert set(table["Promise rating (editorial)"]) == {lessons_logic.rating_of(CONTENT.scale, case).label("en")}


def test_quotes_grouped_promise_then_later():
    for case in CF.cases:
        groups = lessons_logic.quotes_by_moment(case)
        assert [g.moment for g in groups] == [
            m for m in ("promise", "later") if any(q.moment == m for q in case.quotes)
        ]
        assert sum(len(g.quotes) for g in groups) == len(case.quotes)


def test_study_cards_date_each_study_the_viewer_s_way():
    cards = view.study_cards(CONTENT, "fr")
    assert [c.study.id for c in cards] == [s.id for s in CF.studies]
    for card in cards:
        assert card.when == FR.date(card.study.date, card.study.date_precision)


# ---------------------------------------------------------------- logic: properties

VALUE_IDS = [v.id for v in CF.values]


@given(
    st.lists(st.lists(st.sampled_from(VALUE_IDS), min_size=3, max_size=3), min_size=1, max_size=6),
    st.lists(st.sampled_from(["s1", "s2"]), min_size=6, max_size=6),
)
def test_counts_match_a_direct_count_for_any_scores(rows, sector_draw):
    cf = tiny_cases(
        {f"c{i}": dict(zip(["d1", "d2", "d3"], row, strict=True)) for i, row in enumerate(rows)},
        sectors={f"c{i}": sector_draw[i] for i in range(len(rows))},
    )
    weak = {v.id for v in cf.values if v.shortfall}
    counts = lessons_logic.shortfall_counts(cf, cf.cases)
    for j, dim in enumerate(["d1", "d2", "d3"]):
        assert counts[dim] == sum(row[j] in weak for row in rows)
    s = lessons_logic.summarise(cf, cf.cases)
    assert s.top_count == max(counts.values())
    assert all(counts[d] == s.top_count for d in s.top_dims)
    assert s.reference_shortfalls == sum(v in weak for v in rows[0])
    for chosen in (["s1"], ["s2"], ["s1", "s2"], []):
        picked = lessons_logic.cases_in(cf, chosen)
        assert {c.id for c in picked} == {c.id for c in cf.cases if c.sector in chosen}
        assert picked == [c for c in lessons_logic.ordered_cases(cf) if c.sector in chosen]


# ---------------------------------------------------------------- chart and slide figure


def test_matrix_figure_is_the_data():
    cases = lessons_logic.ordered_cases(CF)
    frame = tables.matrix_frame(CF, cases, CONTENT.source_map, "en")
    values = tables.value_styles(CF, "en")
    fig = lessons_charts.lessons_matrix(frame, values, highlight=cases[0].company)
    heat = fig.data[0]
    assert heat.type == "heatmap"
    assert list(heat.y) == [style.esc(c.company) for c in cases]
    assert list(heat.x) == [style.wrap(d.short("en"), 10) for d in CF.dimensions]
    code = {v.id: i for i, v in enumerate(values)}
    labels = {v.id: v.label("en") for v in CF.values}
    for i, case in enumerate(cases):
        assert list(heat.z[i]) == [code[case.scores[d.id].value] for d in CF.dimensions]
        assert list(heat.text[i]) == [labels[case.scores[d.id].value] for d in CF.dimensions]
    assert style.trace_names(fig)[1:] == [v.label for v in values]
    assert fig.layout.yaxis.ticktext[0] == f"<b>{style.esc(cases[0].company)}</b>"


def test_matrix_figure_escapes_content_text():
    cf = tiny_cases({"a": {"data": "no"}})
    frame = tables.matrix_frame(cf, cf.cases, CONTENT.source_map, "en")
    frame.loc[0, "case"] = "<script>x</script>"
    frame.loc[0, "rationale"] = "<img src=x onerror=alert(1)>"
    fig = lessons_charts.lessons_matrix(frame, tables.value_styles(cf, "en"))
    dumped = json.dumps(fig.to_plotly_json()["data"])
    assert "<script>" not in dumped and "<img" not in dumped
    assert "&lt;script&gt;" in dumped


def test_matrix_block_follows_the_sectors_chosen():
    fast = [c for c in lessons_logic.ordered_cases(CF) if c.sector == "fast-food"]
    block = view.matrix_block(CONTENT, "en", ["fast-food"])
    assert list(block.figure.data[0].y) == [style.esc(c.company) for c in fast]
    assert block.caption == sentences.matrix_caption(CF, fast, EN)
    assert len(block.table) == len(fast) * len(CF.dimensions) and block.file_name == "other-sectors.csv"
    assert view.matrix_block(CONTENT, "en", []) is None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_key_figure_for_slides(lang):
    chart = FIGURES["lessons.matrix"](CONTENT, lang)
    assert isinstance(chart, style.Chart)
    assert len(chart.figure.data[0].y) == len(CF.cases)
    assert chart.caption == sentences.matrix_caption(CF, lessons_logic.ordered_cases(CF), PHRASES[lang])


# ---------------------------------------------------------------- content


def _french_strings(obj, path=""):
    if isinstance(obj, Text):
        yield path, obj.fr
    elif isinstance(obj, Quote) and obj.original_language == "en":
        yield path + ".translation", obj.translation
        yield from _french_strings(obj.role, path + ".role")
        yield from _french_strings(obj.context, path + ".context")
        return
    if isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield from _french_strings(getattr(obj, name), f"{path}.{name}")
    elif isinstance(obj, list | tuple):
        for i, item in enumerate(obj):
            yield from _french_strings(item, f"{path}[{i}]")
    elif isinstance(obj, dict):
        for key, item in obj.items():
            yield from _french_strings(item, f"{path}.{key}")


def test_french_typography_in_the_cases_file():
    """French text uses no-break spaces before : ; ? ! and inside « », and in numbers like 2 000."""
    bad = re.compile(r" [:;?!»]|« |\d \d{3}\b|\d %")
    offenders = [(p, s) for p, s in _french_strings(CF) if bad.search(s)]
    assert not offenders, offenders[:3]


def test_every_case_cites_what_its_card_lists_and_scores_every_dimension():
    dims = {d.id for d in CF.dimensions}
    for case in CF.cases:
        assert set(case.scores) == dims
        assert case.sources


def test_unverified_items_are_not_stated_as_fact():
    """The research's unconfirmed items appear only as open questions, never in a case's facts."""
    facts = " ".join(
        t
        for case in CF.cases
        for t in (case.promise.text("en"), case.outcome.text("en"), *(s.rationale("en") for s in case.scores.values()))
    )
    for claim in ("27 February", "1 million", "90% completed", "two-thirds of chats afterwards"):
        assert claim not in facts
    assert any("not confirmed" in u("en") for u in lessons_logic.case_by_id(CF, "mcdonalds-ibm").unknowns)


def test_every_quoted_passage_in_the_cases_file_is_a_quote_record():
    """Quotes are quoted once: whatever the cases file puts in quotation marks is the words of a quote record."""
    found = [str(p) for p in quotes.check_quoted(CONTENT.by_file, skip=quotes.NOT_OURS) if p.file == "cases.yaml"]
    assert not found, found[:3]


def test_case_quotes_in_french_say_they_are_our_translation():
    """A case's English quote inserted into French text by reference is marked as our translation."""
    klarna = lessons_logic.case_by_id(CF, "klarna")
    assert "«\u202fun critère d'évaluation trop prédominant\u202f» (notre traduction)" in klarna.outcome.text("fr")
    assert "“a too predominant evaluation factor”" in klarna.outcome.text("en")


def test_french_wording_of_the_cases_file():
    """Terms the French text once left in English or got wrong stay fixed."""
    french = " ".join(s for _, s in _french_strings(CF))
    for wrong in ("tous publics", "AI-first", "Civil Resolution Tribunal", "choses simples", "avec The Wall Street"):
        assert wrong not in french, wrong
    lionsgate = lessons_logic.case_by_id(CF, "lionsgate-runway")
    assert "PG-13" in lionsgate.promise.text("fr") and "PG-13" in lionsgate.promise.text("en")


def test_legal_and_timeline_answers_follow_the_definitions():
    """Legal *no* needs a reported claim, dispute, ruling or regulator's action; an unannounced timeline is unknown."""
    answers = {c.id: {d: s.value for d, s in c.scores.items()} for c in CF.cases}
    assert {cid for cid, a in answers.items() if a["legal"] == "no"} == {"presto", "cba", "air-canada"}
    assert answers["lionsgate-runway"]["legal"] == "partly"
    assert answers["lionsgate-runway"]["candour"] == answers["mcdonalds-ibm"]["candour"] == "partly"
    assert answers["klarna"]["timeline"] == answers["cba"]["timeline"] == "unknown"
    milestones = next(lesson for lesson in CF.lessons if lesson.dimension == "timeline")
    assert all(answers[c]["timeline"] != "unknown" for c in milestones.cases)


def test_contested_figure_carries_its_criticism():
    contested = [s for s in CF.studies if s.contested]
    assert contested and all(s.criticism is not None for s in contested)
    assert any("95%" in s.finding("en") for s in contested)


# ---------------------------------------------------------------- validator


def test_real_cases_file_validates():
    assert len(CF.cases) >= 2 and 4 <= len(CF.lessons) <= 6


def test_rejects_a_case_without_sources(tmp_path):
    def change(d):
        d["cases"][1]["sources"] = []

    msgs = problems_for("cases.yaml", change)
    assert any(
        m.startswith("content/cases.yaml: cases[1](mcdonalds-ibm).sources: List should have at least 1 item")
        for m in msgs
    ), msgs


def test_rejects_a_case_with_no_sources_key(tmp_path):
    def change(d):
        del d["cases"][2]["sources"]

    assert "content/cases.yaml: cases[2](taco-bell).sources: missing field 'sources'" in problems_for(
        "cases.yaml", change
    )


def test_rejects_a_lesson_citing_an_unknown_case(tmp_path):
    def change(d):
        d["lessons"][0]["cases"][1] = "enron"

    msgs = problems_for("cases.yaml", change)
    assert any(
        m.startswith("content/cases.yaml: lessons[0](data-first).cases[1]: unknown case 'enron' (defined: ")
        for m in msgs
    ), msgs


def test_rejects_a_dimension_value_outside_the_set(tmp_path):
    def change(d):
        d["cases"][0]["scores"]["data"]["value"] = "maybe"

    msgs = problems_for("cases.yaml", change)
    where = "content/cases.yaml: cases[0](lionsgate-runway).scores.data.value"
    assert f"{where}: unknown value 'maybe' (defined: yes, partly, no, unknown)" in msgs


def test_unquoted_yes_gets_a_hint(tmp_path):
    def change(d):
        d["cases"][0]["scores"]["legal"]["value"] = True

    msgs = problems_for("cases.yaml", change)
    where = "content/cases.yaml: cases[0](lionsgate-runway).scores.legal.value"
    assert any(m.startswith(f'{where}: write "yes" or "no" in quotes') for m in msgs), msgs


def test_rejects_a_rating_outside_the_promise_scale(tmp_path):
    def change(d):
        d["cases"][3]["rating"]["status"] = "abandoned"

    msgs = problems_for("cases.yaml", change)
    assert any(
        m.startswith("content/cases.yaml: cases[3](wendys).rating.status: unknown promise status 'abandoned'")
        for m in msgs
    ), msgs


def test_rejects_a_missing_score_and_an_unknown_dimension(tmp_path):
    def change(d):
        d["cases"][4]["scores"]["morale"] = d["cases"][4]["scores"].pop("legal")

    msgs = problems_for("cases.yaml", change)
    assert "content/cases.yaml: cases[4](white-castle).scores: missing score for dimension 'legal'" in msgs
    assert any(
        m.startswith("content/cases.yaml: cases[4](white-castle).scores.morale: unknown dimension 'morale'")
        for m in msgs
    )


def test_rejects_a_cited_source_missing_from_the_case_list(tmp_path):
    def change(d):
        d["cases"][0]["scores"]["data"]["sources"].append("cfpb-2023-06-06")

    msgs = problems_for("cases.yaml", change)
    assert (
        "content/cases.yaml: cases[0](lionsgate-runway).scores.data.sources[2]: "
        "source 'cfpb-2023-06-06' is not listed in the case's sources"
    ) in msgs


def test_rejects_unknown_sector_study_and_closing_case(tmp_path):
    def change(d):
        d["cases"][5]["sector"] = "mining"
        d["lessons"][3]["studies"] = ["no-study"]
        d["closing"]["points"][0]["cases"] = ["nobody"]

    msgs = problems_for("cases.yaml", change)
    assert any(m.startswith("content/cases.yaml: cases[5](presto).sector: unknown sector 'mining'") for m in msgs)
    assert any(
        m.startswith("content/cases.yaml: lessons[3](keep-options).studies[0]: unknown study 'no-study'") for m in msgs
    )
    assert any(
        m.startswith("content/cases.yaml: closing.points[0](stage-and-publish).cases[0]: unknown case 'nobody'")
        for m in msgs
    )


def test_rejects_a_contested_study_without_criticism(tmp_path):
    def change(d):
        del d["studies"][1]["criticism"]

    msgs = problems_for("cases.yaml", change)
    where = "content/cases.yaml: studies[1](mit-nanda).criticism"
    assert any(m.startswith(f"{where}: a contested finding must be shown with its criticism") for m in msgs), msgs


def test_rejects_more_than_six_lessons(tmp_path):
    def change(d):
        d["lessons"].append({**d["lessons"][0], "id": "seventh"})

    assert any(
        m.startswith("content/cases.yaml: lessons: List should have at most 6 items")
        for m in problems_for("cases.yaml", change)
    )


# ---------------------------------------------------------------- page (AppTest)


@pytest.mark.full
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_page_shows_matrix_lessons_and_the_framing_note(lang):
    """A reader who clicks nothing sees the heat map with its computed caption, every lesson and the framing caveat."""
    at = open_page(PAGE, lang=lang)
    text = all_text(at)
    assert all(part in text for part in split_finding(CF.lede(lang)))  # finding first, the rest below
    assert sentences.matrix_caption(CF, lessons_logic.ordered_cases(CF), PHRASES[lang]) in text
    for lesson in CF.lessons:
        assert lesson.title(lang) in text
    assert CF.framing.context(lang) in text
    badges = " ".join(el.proto.body for el in [*at.markdown, *at.caption] if "badge" in el.proto.body)
    assert ("Source article only" if lang == "en" else "Article source seul") in badges
    charts_ = at.get("plotly_chart")
    assert len(charts_) == 1
    # Where the promises stand: each rating with its count and its cases, in one block.
    caption = sentences.rating_caption(CF.cases, PHRASES[lang])
    tally = next(el.proto.body for el in at.markdown if caption in el.proto.body)
    for group in lessons_logic.rating_groups(CONTENT.scale, CF.cases):
        line = next(row for row in tally.splitlines() if group.status.label(lang) in row)
        assert f"**{len(group.cases)}**" in line and all(c.company.split(" ")[0] in line for c in group.cases)
    heat = json.loads(charts_[0].proto.spec)["data"][0]
    assert len(heat["y"]) == len(CF.cases)
    assert CF.studies[1].criticism.text(lang) in text
    assert len(open_expanders(at, "_table").dataframe[0].value) == len(CF.cases) * len(CF.dimensions)


@pytest.mark.full
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_sector_filter_narrows_matrix_table_and_lesson_counts(lang):
    """A reader keeps only fast food: the matrix, its table and the lesson counts cover fast-food cases only."""
    at = open_page(PAGE, lang=lang)
    at.pills(key="ls_sector").set_value(["fast-food"]).run()
    assert not at.exception
    fast = [c for c in lessons_logic.ordered_cases(CF) if c.sector == "fast-food"]
    heat = json.loads(at.get("plotly_chart")[0].proto.spec)["data"][0]
    assert heat["y"] == [style.esc(c.company) for c in fast]
    label = next(s.label(lang) for s in CF.sectors if s.id == "fast-food")
    table = open_expanders(at, "_table").dataframe[0].value
    assert set(table.iloc[:, 1]) == {label}
    text = all_text(at)
    assert sentences.lesson_caption(CF, CF.lessons[0], fast, PHRASES[lang]) in text
    assert at.session_state["_rr_bound"]["ls_sector"][0] == [label]


@pytest.mark.full
def test_no_sector_selected_explains_itself():
    at = open_page(PAGE, lang="en")
    at.pills(key="ls_sector").set_value([]).run()
    assert not at.exception
    assert any("No sector selected" in el.value for el in at.info)


@pytest.mark.full
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_choosing_a_case_opens_its_card_and_updates_the_link(lang):
    """A reader picks Klarna; the card shows Klarna's promise and outcome, and the share link carries it."""
    at = open_page(PAGE, lang=lang)
    klarna = lessons_logic.case_by_id(CF, "klarna")
    assert klarna.promise.text(lang) not in all_text(at)
    at.selectbox(key="ls_case").set_value("klarna").run()
    text = all_text(at)
    assert klarna.promise.text(lang) in text and klarna.outcome.text(lang) in text
    assert klarna.rating.rationale(lang) in text
    assert at.session_state["_rr_bound"]["ls_case"] == ("Klarna", "Lionsgate × Runway")


@pytest.mark.full
def test_a_lesson_links_to_its_supporting_case():
    """A reader clicks a supporting case under a lesson; the case file switches to it."""
    at = open_page(PAGE, lang="en")
    lesson = CF.lessons[0]
    target = lesson.cases[-1]
    at.pills(key=f"ls_go_{lesson.id}").set_value(target).run()
    assert not at.exception
    assert at.selectbox(key="ls_case").value == target
    assert at.pills(key=f"ls_go_{lesson.id}").value is None  # a jump, not a lasting selection
    assert lessons_logic.case_by_id(CF, target).outcome.text("en") in all_text(at)


@pytest.mark.full
@pytest.mark.parametrize(
    ("lang", "sector", "case"),
    [("en", ["Finance", "Airline"], "Air Canada"), ("fr", ["Restauration rapide"], "Wendy's × Google Cloud")],
)
def test_shared_link_reopens_the_same_view(lang, sector, case):
    """A colleague opens a shared link: the same sectors, the same case, the same language."""
    at = open_page(PAGE, lang=lang, ls_sector=sector, ls_case=case)
    labels = {s.label(lang): s.id for s in CF.sectors}
    assert at.pills(key="ls_sector").value == [labels[s] for s in sector]
    chosen = next(c for c in CF.cases if c.company == case)
    assert at.selectbox(key="ls_case").value == chosen.id
    assert chosen.outcome.text(lang) in all_text(at)
    assert not at.toast
    assert at.session_state["lang"] == lang


@pytest.mark.full
@pytest.mark.parametrize("param", ["ls_case", "ls_sector"])
def test_invalid_link_value_falls_back_with_a_notice(param):
    """A hand-edited link with a value the page does not know opens the default view and says so."""
    at = open_page(PAGE, lang="en", **{param: "<b>Nonsense</b>"})
    assert at.selectbox(key="ls_case").value == CF.reference_case
    assert sorted(at.pills(key="ls_sector").value) == sorted(s.id for s in CF.sectors)
    assert any(param in t.proto.body for t in at.toast)


@pytest.mark.full
def test_closing_links_to_the_comparison_only_when_the_site_lists_it(monkeypatch):
    """Without the comparison page the closing is text only; once the site lists the target, a link appears."""
    at = open_page(PAGE, lang="en")
    listed = lessons_logic.link_target(CONTENT.site.pages, CF.closing.link_script) is not None
    assert (len(at.get("page_link")) == 1) == listed
    assert CF.closing.link_note("en") in plain(all_text(at))

    # Point the closing at a page the site does list: the link must follow the content.
    closing = CF.closing.model_copy(update={"link_script": "panels/sources.py"})
    patched = with_cases(CF.model_copy(update={"closing": closing}))
    monkeypatch.setattr(ui, "content", lambda: patched)
    at = open_page(PAGE, lang="fr")
    links = at.get("page_link")
    assert len(links) == 1
    assert links[0].proto.label == next(p for p in CONTENT.site.pages if p.script == "panels/sources.py").title("fr")


# ---------------------------------------------------------------- real browser


@pytest.mark.browser
def test_browser_shared_french_link_shows_the_case_and_the_heat_map(server_url, page, shots):
    """In Chromium, a shared French link opens the matrix (one row per case) and the chosen case file."""
    from conftest import wait_rendered

    page.goto(server_url + "/other-sectors?lang=fr&ls_case=Klarna")
    wait_rendered(page, timeout=120_000)
    main = page.locator('[data-testid="stMain"]')
    assert "Leçons d'autres secteurs" in main.inner_text()
    assert lessons_logic.case_by_id(CF, "klarna").outcome.text("fr") in main.inner_text()
    ticks = page.locator('[data-testid="stPlotlyChart"]').first.locator(".yaxislayer-above text")
    assert [t.text_content() for t in ticks.all()] == [c.company for c in lessons_logic.ordered_cases(CF)]
    page.screenshot(path=shots / "lessons-fr.png", full_page=True)
    assert not page.errors
