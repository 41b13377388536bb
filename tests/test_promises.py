"""Promise tracker: logic (counts, verdict, filters, time axis), charts, validator rules, and the page in use."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from helpers import open_expanders, problems_for
from hypothesis import given
from hypothesis import strategies as st
from test_pages import all_text, open_page, plain

from reelreality.content import load
from reelreality.core.models import Text
from reelreality.promises import charts as promises_charts
from reelreality.promises import logic as promises_logic
from reelreality.promises import tables, timeaxis
from reelreality.promises import view as promises_view
from reelreality.promises.logic import ALL
from reelreality.promises.model import Promise
from reelreality.promises.tables import Labels
from reelreality.promises.timeaxis import SETBACKS, Gap
from reelreality.slides import FIGURES
from reelreality.style import Chart
from reelreality.text import Phrases, format_date, month_names

CONTENT = load()
PF = CONTENT.promises
SCALE = CONTENT.scale
RATINGS = [s.id for s in SCALE.statuses]
PAGE = "panels/promises.py"


SEED_RULE = "the rule for 'seed-only' is: Cites the source article"


def phrases(lang: str = "en") -> Phrases:
    return CONTENT.phrases(lang)


def labels(lang: str = "en") -> Labels:
    return promises_view.labels_for(CONTENT, lang)


def make_promise(
    pid: str, rating: str, *, person: str = "A. Person", dates: tuple[str, ...] = ("2024-09-18",)
) -> Promise:
    """A minimal valid promise whose history ends at `rating` (earlier steps are 'not yet rated')."""
    text = {"en": pid, "fr": pid}
    history = [
        {
            "date": d,
            "rating": rating if i == len(dates) - 1 else "not-yet-rated",
            "finding": text,
            "rationale": text,
            "sources": ["tvtech-2024-09"],
            "status": "verified",
        }
        for i, d in enumerate(dates)
    ]
    return Promise.model_validate(
        {
            "id": pid,
            "title": {"en": f"Title {pid}", "fr": f"Titre {pid}"},
            "claimant": {"person": person, "role": text, "organisation": "Org"},
            "date": dates[0],
            "venue": text,
            "wording": {"kind": "direct", "original_language": "en", "original": "x", "translation": "x"},
            "measure": text,
            "rating": rating,
            "history": history,
            "sources": ["tvtech-2024-09"],
            "status": "verified",
        }
    )


# ---------------------------------------------------------------- logic


def test_counts_follow_the_scale_order_and_include_zeros():
    items = [make_promise("a", "stalled"), make_promise("b", "stalled"), make_promise("c", "kept")]
    tally = promises_logic.counts(items, SCALE)
    assert list(tally) == RATINGS
    assert tally == {"not-yet-rated": 0, "in-the-works": 0, "stalled": 2, "compromise": 0, "kept": 1, "broken": 0}


@given(st.lists(st.sampled_from(RATINGS), max_size=30))
def test_counts_add_up_to_the_number_of_promises(ratings):
    items = [make_promise(f"p{i}", r) for i, r in enumerate(ratings)]
    tally = promises_logic.counts(items, SCALE)
    assert sum(tally.values()) == len(items)
    assert all(tally[r] == ratings.count(r) for r in RATINGS)


@pytest.mark.parametrize(
    "tally, lang, expected",
    [
        (
            {"not-yet-rated": 2, "in-the-works": 1, "stalled": 6},
            "en",
            "Of 9 promises tracked, none has been kept so far: 6 stalled, 2 not yet rated and 1 in the works.",
        ),
        (
            {"not-yet-rated": 2, "in-the-works": 1, "stalled": 6},
            "fr",
            "Sur 9 promesses suivies, aucune n'a été tenue à ce jour\u00a0: "
            "6 au point mort, 2 pas encore évaluées et 1 en cours.",
        ),
        ({"kept": 3, "broken": 1}, "en", "Of 4 promises tracked, 3 kept so far; the others: 1 broken."),
        (
            {"kept": 1, "broken": 2},
            "fr",
            "Sur 3 promesses suivies, 1 tenue à ce jour\u202f; les autres\u00a0: 2 non tenues.",
        ),
        (
            {"stalled": 1, "broken": 1},
            "fr",
            "Sur 2 promesses suivies, aucune n'a été tenue à ce jour\u00a0: 1 au point mort et 1 non tenue.",
        ),
        ({"kept": 2}, "en", "Of 2 promises tracked, all have been kept."),
        ({"stalled": 1}, "en", "Of 1 promise tracked, none has been kept so far: 1 stalled."),
        ({}, "en", "No promise is tracked yet."),
    ],
    ids=["story-en", "story-fr", "some-kept", "some-kept-fr", "two-joined-fr", "all-kept", "singular", "empty"],
)
def test_verdict_known_answers(tally, lang, expected):
    full = {r: tally.get(r, 0) for r in RATINGS}
    assert promises_logic.verdict(full, phrases(lang)) == expected


@given(st.dictionaries(st.sampled_from(RATINGS), st.integers(min_value=0, max_value=40)), st.sampled_from(["en", "fr"]))
def test_verdict_mentions_every_nonzero_count_and_the_total(tally, lang):
    full = {r: tally.get(r, 0) for r in RATINGS}
    sentence = promises_logic.verdict(full, phrases(lang))
    assert "{" not in sentence and sentence.endswith(".")
    numbers = [int(n) for n in re.findall(r"\d+", sentence)]
    total = sum(full.values())
    if total:
        assert numbers[0] == total
        if full["kept"] == total:
            assert numbers == [total]
        else:
            assert sorted(numbers[1:]) == sorted(n for n in full.values() if n)


def test_the_real_verdict_is_computed_from_the_ratings():
    tally = promises_logic.counts(PF.promises, SCALE)
    sentence = promises_logic.verdict(tally, phrases())
    assert sentence.startswith(f"Of {len(PF.promises)} promises tracked")
    for rating, n in tally.items():
        if n and rating != "kept":
            assert phrases().plural(f"promises.count.{rating}", n) in sentence


@pytest.mark.parametrize(
    "key, n, lang, expected",
    [
        ("promises.count.kept", 0, "fr", "0 tenue"),
        ("promises.count.kept", 1, "fr", "1 tenue"),
        ("promises.count.kept", 2, "fr", "2 tenues"),
        ("promises.count.compromise", 1, "en", "1 compromise"),
        ("promises.count.compromise", 0, "en", "0 compromises"),
        ("promises.months", 1, "en", "1 month"),
        ("promises.months", 12, "en", "12 months"),
    ],
)
def test_count_phrases_take_each_language_plural(key, n, lang, expected):
    """French counts 0 and 1 as singular, English only 1; both forms live in one "one|other" string."""
    assert phrases(lang).plural(key, n) == expected


def test_seed_only_note_counts_the_promises_only_the_source_article_reports():
    assert promises_logic.seed_only_note([make_promise("a", "kept")], phrases()) == ""
    seed = sum(p.status == "seed-only" for p in PF.promises)
    assert phrases("fr").plural("promises.seed_note", seed) == promises_logic.seed_only_note(PF.promises, phrases("fr"))
    assert promises_logic.seed_only_note(PF.promises, phrases()).startswith(f"Of these, {seed} ")


def test_select_filters_by_rating_and_person():
    items = [
        make_promise("a", "stalled", person="X"),
        make_promise("b", "kept", person="Y"),
        make_promise("c", "stalled", person="Y"),
    ]
    assert [p.id for p in promises_logic.select(items)] == ["a", "b", "c"]
    assert [p.id for p in promises_logic.select(items, ratings=["stalled"])] == ["a", "c"]
    assert [p.id for p in promises_logic.select(items, people=["Y"])] == ["b", "c"]
    assert [p.id for p in promises_logic.select(items, ratings=["stalled"], people=["Y"])] == ["c"]
    assert promises_logic.select(items, ratings=["broken"]) == []


def test_selecting_one_promise_overrides_the_filters_and_an_unknown_id_falls_back():
    items = [make_promise("a", "stalled"), make_promise("b", "kept")]
    assert [p.id for p in promises_logic.select(items, ratings=["stalled"], selected="b")] == ["b"]
    assert [p.id for p in promises_logic.select(items, ratings=["stalled"], selected="nope")] == ["a"]
    assert [p.id for p in promises_logic.select(items, selected=ALL)] == ["a", "b"]


@given(
    st.lists(st.sampled_from(RATINGS), max_size=12),
    st.sets(st.sampled_from(RATINGS)),
    st.sets(st.sampled_from(["X", "Y", "Z"])),
)
def test_select_returns_exactly_the_matching_promises(ratings, wanted, people):
    items = [make_promise(f"p{i}", r, person="XYZ"[i % 3]) for i, r in enumerate(ratings)]
    shown = promises_logic.select(items, ratings=wanted, people=people)
    expected = [p for p in items if (not wanted or p.rating in wanted) and (not people or p.claimant.person in people)]
    assert shown == expected


def test_claimants_in_order_of_first_appearance():
    assert promises_logic.claimants(PF.promises)[0] == PF.promises[0].claimant.person
    assert len(promises_logic.claimants(PF.promises)) == len({p.claimant.person for p in PF.promises})


def test_shown_caption_counts_the_list_or_names_the_open_promise():
    items = [make_promise("a", "stalled"), make_promise("b", "kept")]
    assert promises_logic.shown_caption(items[:1], 2, ALL, phrases()) == "1 promise of 2 shown."
    assert promises_logic.shown_caption(items, 2, ALL, phrases("fr")) == "2 promesses affichées sur 2."
    assert promises_logic.shown_caption([], 2, ALL, phrases("fr")) == "0 promesse affichée sur 2."
    assert promises_logic.shown_caption(items[1:], 2, "b", phrases()) == phrases()("promises.one_shown")


def test_titles_offer_all_promises_first_then_each_title():
    choices = promises_logic.titles(PF.promises, phrases("fr"))
    assert list(choices) == [ALL, *(p.id for p in PF.promises)]
    assert choices[ALL] == "Toutes les promesses"
    assert choices[PF.promises[0].id] == PF.promises[0].title("fr")


@pytest.mark.parametrize(
    "start, end, months",
    [("2024-09-18", "2025-09-23", 12), ("2024-09-18", "2025-09-17", 11), ("2025-06-04", "2025-09-23", 3)],
)
def test_months_between(start, end, months):
    assert timeaxis.months_between(dt.date.fromisoformat(start), dt.date.fromisoformat(end)) == months


def test_gap_finds_the_first_promise_the_first_setback_and_the_latest_item():
    items = [
        make_promise("a", "stalled", dates=("2024-09-18", "2025-09-23")),
        make_promise("b", "in-the-works", dates=("2025-06-04", "2026-06-11")),
    ]
    summary = timeaxis.gap(items)
    assert summary == Gap(
        n_promises=2,
        n_evidence=4,
        first=dt.date(2024, 9, 18),
        latest=dt.date(2026, 6, 11),
        setback=dt.date(2025, 9, 23),
        months=12,
    )
    assert timeaxis.gap([]) is None
    assert timeaxis.gap([make_promise("c", "kept")]).setback is None


def test_gap_on_the_real_content_is_the_story_gap():
    """The time axis starts with the September 2024 promises and shows the first setback a year later."""
    summary = timeaxis.gap(PF.promises)
    assert summary.first == min(p.date for p in PF.promises)
    assert summary.setback == min(h.date for p in PF.promises for h in p.history if h.rating in SETBACKS)
    assert summary.latest == max(h.date for p in PF.promises for h in p.history)
    caption = timeaxis.gap_caption(summary, phrases())
    assert f"{summary.months} months later" in caption and format_date(summary.setback, "en") in caption
    assert "{" not in timeaxis.gap_caption(summary, phrases("fr"))


def test_gap_caption_without_a_setback_says_so():
    summary = timeaxis.gap([make_promise("c", "kept", dates=("2025-06-01", "2025-07-04"))])
    caption = timeaxis.gap_caption(summary, phrases("fr"))
    assert caption.startswith("1 promesse et 2 éléments datés. Première promesse\u00a0: 1er juin 2025.")
    assert "Aucun revers" in caption and "4 juillet 2025" in caption
    assert timeaxis.gap_caption(None, phrases()) == ""


def test_spans_cover_each_promise_from_its_date_to_the_end_without_gaps():
    end = dt.date(2026, 7, 11)
    frame = timeaxis.spans(PF.promises, end, "en")
    for p in PF.promises:
        rows = frame[frame["id"] == p.id].sort_values("start")
        assert rows["start"].iloc[0] == p.date
        assert rows["end"].iloc[-1] == end
        assert list(rows["start"].iloc[1:]) == list(rows["end"].iloc[:-1])
        assert rows["rating"].iloc[-1] == p.rating


def test_points_list_each_promise_and_each_piece_of_evidence():
    frame = timeaxis.points(PF.promises, phrases(), labels())
    assert (frame["kind"] == "promise").sum() == len(PF.promises)
    assert (frame["kind"] == "evidence").sum() == sum(len(p.history) for p in PF.promises)


def test_tables_have_one_row_per_promise_and_per_rating_step():
    assert len(tables.promise_frame(PF.promises, phrases("fr"), labels("fr"))) == len(PF.promises)
    history = tables.history_frame(PF.promises, phrases("fr"), labels("fr"))
    assert len(history) == sum(len(p.history) for p in PF.promises)
    assert set(history["rating"]) <= {s.label("fr") for s in SCALE.statuses}


def test_table_dates_follow_each_language():
    first = make_promise("a", "kept", dates=("2025-06-01",))
    fourth = make_promise("b", "kept", dates=("2025-06-04",))
    month = make_promise("c", "kept").model_copy(update={"date_precision": "month"})
    assert list(tables.promise_frame([first], phrases("fr"), labels("fr"))["date"]) == ["1er juin 2025"]
    assert list(tables.history_frame([fourth], phrases(), labels())["date"]) == ["4 June 2025"]
    assert list(tables.promise_frame([month], phrases(), labels())["date"]) == ["September 2024"]


def test_labels_name_the_cited_publishers_in_citation_order():
    names = labels()
    ids = PF.promises[0].sources
    assert names.sources(ids) == "; ".join(CONTENT.source_map[i].publisher for i in ids)
    assert names.ratings["stalled"] == next(s.label("en") for s in SCALE.statuses if s.id == "stalled")


def test_line_items_resolve_quotes_from_both_files_in_order():
    official = promises_logic.line_items(PF, "official", CONTENT.overview.quotes)
    assert [i.id for i in official] == PF.line_vs_reality.official
    assert {"as-planned", "wilkes-seed"} <= {i.id for i in official}
    assert "too-small" in [i.id for i in promises_logic.line_items(PF, "reported", CONTENT.overview.quotes)]


# ---------------------------------------------------------------- charts and views


def test_report_card_chart_has_one_bar_per_rating_with_the_counts():
    tally = promises_logic.counts(PF.promises, SCALE)
    fig = promises_charts.promise_report_card(promises_logic.count_frame(tally, SCALE, "en"), axis_title="n")
    assert len(fig.data) == 1
    assert list(fig.data[0].x) == list(tally.values())
    assert list(fig.data[0].y) == [s.label("en") for s in SCALE.statuses]
    assert list(fig.data[0].marker.color) == [s.colour for s in SCALE.statuses]


def test_gap_chart_has_lanes_rating_bars_and_markers():
    fig, caption = promises_view.gap_chart(PF.promises, PF.promises, SCALE, phrases(), labels())
    names = [t.name for t in fig.data]
    used = [s.label("en") for s in SCALE.statuses if s.id in {h.rating for p in PF.promises for h in p.history}]
    assert names == used + ["Promise made", "Dated evidence"]
    promise_trace = fig.data[len(used)]
    assert list(promise_trace.x) == [p.date for p in PF.promises]
    assert len(set(promise_trace.y)) == len(PF.promises)
    assert caption


def test_gap_chart_ticks_name_the_months_in_the_viewer_language():
    fig, _ = promises_view.gap_chart(PF.promises, PF.promises, SCALE, phrases("fr"), labels("fr"))
    months = month_names("fr")
    assert fig.layout.xaxis.ticktext and all(t.split("<br>")[0] in months for t in fig.layout.xaxis.ticktext)


def test_chart_labels_escape_content_html():
    item = make_promise("x", "stalled").model_copy(update={"title": Text(en="<b>bold</b>", fr="<b>gras</b>")})
    fig, _ = promises_view.gap_chart([item], [item], SCALE, phrases(), labels())
    assert all("<b>bold" not in str(y) for t in fig.data for y in t.y if y)
    assert any("&lt;b&gt;bold" in str(y) for t in fig.data for y in t.y if y)


@pytest.mark.parametrize("name", ["promises.report_card", "promises.gap"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_key_figures_are_registered_for_slides(name, lang):
    chart = FIGURES[name](CONTENT, lang)
    assert isinstance(chart, Chart)
    fig, caption = chart
    assert fig.data and caption and "{" not in caption


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_report_view_names_its_parts(lang):
    report = promises_view.promises_report(CONTENT, lang)
    assert report.verdict == promises_logic.verdict(promises_logic.counts(PF.promises, SCALE), phrases(lang))
    assert report.seed_note == promises_logic.seed_only_note(PF.promises, phrases(lang))
    latest = promises_logic.latest_date(PF.promises)
    assert format_date(latest, lang) in report.caption
    assert len(report.table) == len(PF.promises) and len(report.figure.data) == 1


def test_gap_view_covers_only_the_promises_asked_for():
    ids = [p.id for p in PF.promises if p.rating == "stalled"]
    view = promises_view.promises_gap_view(CONTENT, "en", ids)
    assert len(view.table) == sum(len(p.history) for p in PF.promises if p.id in ids)
    assert view.chart is not None and view.chart.caption.startswith(f"{len(ids)} promises")
    empty = promises_view.promises_gap_view(CONTENT, "en", [])
    assert empty.chart is None and empty.table.empty


def test_promise_list_follows_the_filters():
    stalled = [p for p in PF.promises if p.rating == "stalled"]
    listing = promises_view.promise_list(CONTENT, "en", promises_view.Filters(ratings=["stalled"]))
    assert listing.ids == [p.id for p in stalled] and not listing.detail
    assert listing.caption == f"{len(stalled)} of {len(PF.promises)} promises shown."
    one = promises_view.promise_list(CONTENT, "en", promises_view.Filters(ratings=["kept"], picked="half-budget"))
    assert one.ids == ["half-budget"] and one.detail


def test_choices_offer_every_rating_person_and_promise():
    choices = promises_view.choices(CONTENT, "fr")
    assert list(choices.ratings) == RATINGS and choices.ratings["stalled"] == "Au point mort"
    assert choices.people == promises_logic.claimants(PF.promises)
    assert list(choices.titles) == [ALL, *(p.id for p in PF.promises)]


def test_line_vs_reality_has_the_company_side_then_the_reported_side():
    line = promises_view.line_vs_reality(CONTENT, "fr")
    assert line.intro == PF.line_vs_reality.intro("fr")
    assert [c.heading for c in line.columns] == ["Ce qu'ont dit les entreprises", "Ce qui a été rapporté"]
    assert [i.id for i in line.columns[1].items] == PF.line_vs_reality.reported


# ---------------------------------------------------------------- content and validator


def test_every_promise_cites_sources_and_rates_on_the_scale():
    for p in PF.promises:
        assert p.sources and p.history and p.rating == p.history[-1].rating
        assert all(h.sources and h.rationale.en and h.rationale.fr for h in p.history)


def test_the_investor_trailer_is_reported_only_by_the_seed_article():
    trailer = next(p for p in PF.promises if "trailer" in p.id)
    assert trailer.status == "seed-only" and trailer.sources == ["seed-article"]
    assert trailer.rating == "not-yet-rated"


def test_french_text_follows_french_typography():
    for p in PF.promises:
        for text in [p.title, p.measure, p.venue, *(h.finding for h in p.history), *(h.rationale for h in p.history)]:
            assert not re.search(r" [:;?!]", text.fr), text.fr
            assert '"' not in text.fr and "« " not in text.fr and " »" not in text.fr, text.fr


def test_rating_not_on_the_scale(tmp_path):
    def change(d):
        d["promises"][0]["history"][1]["rating"] = "pending"

    msgs = problems_for("promises.yaml", change)
    assert any(
        msg.startswith("content/promises.yaml: promises[0](custom-model).history[1].rating:") and "stalled" in msg
        for msg in msgs
    ), msgs


def test_current_rating_not_on_the_scale(tmp_path):
    def change(d):
        d["promises"][1]["rating"] = "maybe"

    msgs = problems_for("promises.yaml", change)
    assert any(msg.startswith("content/promises.yaml: promises[1](capital-efficient).rating:") for msg in msgs), msgs


def test_history_entry_without_a_source(tmp_path):
    def change(d):
        del d["promises"][0]["history"][1]["sources"]
        d["promises"][2]["history"][0]["sources"] = []

    msgs = problems_for("promises.yaml", change)
    assert "content/promises.yaml: promises[0](custom-model).history[1].sources: missing field 'sources'" in msgs
    assert any(
        msg.startswith("content/promises.yaml: promises[2](storyboards-first).history[0].sources:") for msg in msgs
    ), msgs


def test_history_dates_out_of_order(tmp_path):
    def change(d):
        d["promises"][0]["history"][2]["date"] = "2025-01-01"

    msgs = problems_for("promises.yaml", change)
    assert any(
        msg.startswith("content/promises.yaml: promises[0](custom-model).history[2].date: history out of order")
        for msg in msgs
    ), msgs


def test_evidence_dated_before_the_promise(tmp_path):
    def change(d):
        d["promises"][5]["history"][0]["date"] = "2025-01-01"

    msgs = problems_for("promises.yaml", change)
    assert any(
        "promises[5](half-budget).history[0].date: evidence dated 2025-01-01 is before the promise" in msg
        for msg in msgs
    ), msgs


def test_current_rating_differs_from_the_latest_history_entry(tmp_path):
    def change(d):
        d["promises"][0]["rating"] = "kept"

    msgs = problems_for("promises.yaml", change)
    assert any(
        msg.startswith(
            "content/promises.yaml: promises[0](custom-model).rating: current rating 'kept' differs from the latest"
        )
        for msg in msgs
    ), msgs


def test_unknown_source_in_history(tmp_path):
    def change(d):
        d["promises"][3]["history"][1]["sources"][0] = "thewrap-2025"

    msgs = problems_for("promises.yaml", change)
    assert any(
        msg.startswith(
            "content/promises.yaml: promises[3](millions-saved).history[1].sources[0]: unknown source 'thewrap-2025'"
        )
        for msg in msgs
    ), msgs


def test_missing_translation_of_what_would_count_as_kept(tmp_path):
    def change(d):
        del d["promises"][4]["measure"]["fr"]

    msgs = problems_for("promises.yaml", change)
    assert "content/promises.yaml: promises[4](refined-tools).measure.fr: missing translation 'fr'" in msgs


def test_duplicate_title(tmp_path):
    def change(d):
        d["promises"][1]["title"]["en"] = d["promises"][0]["title"]["en"]

    msgs = problems_for("promises.yaml", change)
    assert any("promises[1](capital-efficient).title.en: same title as promises[0]" in msg for msg in msgs), msgs


def test_line_vs_reality_names_an_unknown_quote(tmp_path):
    def change(d):
        d["line_vs_reality"]["reported"][1] = "too-big"

    msgs = problems_for("promises.yaml", change)
    assert any(
        msg.startswith("content/promises.yaml: line_vs_reality.reported[1]: unknown quote or report 'too-big'")
        for msg in msgs
    ), msgs


def test_a_quote_may_not_duplicate_an_overview_quote(tmp_path):
    # A copy under the overview quote's id, added rather than renamed: other files insert the promise
    # file's quotes by id ({quote:ID}), so renaming one would fail on those references first.
    added = len(PF.quotes)

    def change(d):
        d["quotes"].append({**d["quotes"][0], "id": "as-planned"})
        d["line_vs_reality"]["official"].append("as-planned")

    msgs = problems_for("promises.yaml", change)
    where = f"quotes[{added}](as-planned)"
    assert any(f"{where}: a quote with the same id is already stored in overview.yaml" in msg for msg in msgs), msgs


def test_a_report_nobody_shows_is_an_error(tmp_path):
    def change(d):
        d["line_vs_reality"]["official"].remove("runway-no-comment")

    msgs = problems_for("promises.yaml", change)
    assert any("reports[1](runway-no-comment): never shown" in msg for msg in msgs), msgs


def test_seed_only_must_cite_the_seed_article_and_only_seed_citations_are_seed_only(tmp_path):
    """The one sourcing rule holds on promises and their history steps."""

    def change(d):
        d["promises"][8]["history"][0]["sources"] = ["tvtech-2024-09"]
        d["promises"][8]["status"] = "verified"

    msgs = problems_for("promises.yaml", change)
    assert any("promises[8](investor-trailer).history[0].status: " + SEED_RULE in msg for msg in msgs), msgs
    assert any(
        "promises[8](investor-trailer).status: the rule for 'verified' is: At least one cited source" in msg
        for msg in msgs
    ), msgs


# ---------------------------------------------------------------- the page, as a reader uses it


def card_titles(at) -> list[str]:
    """Titles of the promise cards on the page, in order."""
    titles = {p.title("en") for p in PF.promises} | {p.title("fr") for p in PF.promises}
    shown = [plain(el.value)[4:].split("\n", 1)[0] for el in at.markdown if el.value.startswith("### ")]
    return [t for t in shown if t in titles]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.full
def test_page_shows_verdict_report_card_legend_every_promise_and_both_charts(lang):
    """A reader who clicks nothing sees the verdict, the report card, the scale, every promise and the time axis."""
    at = open_page(PAGE, lang=lang)
    text = all_text(at)
    assert promises_logic.verdict(promises_logic.counts(PF.promises, SCALE), phrases(lang)) in text
    assert card_titles(at) == [p.title(lang) for p in PF.promises]
    for s in SCALE.statuses:
        assert s.description(lang) in text
    assert phrases(lang)("rating.badge", label=SCALE.statuses[0].label(lang)) in text
    assert len(at.get("plotly_chart")) == 2
    assert PF.line_vs_reality.intro(lang) in text
    assert not at.toast


@pytest.mark.full
def test_filter_by_rating_keeps_only_that_rating():
    """A reader keeps only stalled promises; every card left is stalled."""
    at = open_page(PAGE, lang="en")
    at.pills(key="pr_status").set_value(["stalled"]).run()
    assert not at.exception
    stalled = [p.title("en") for p in PF.promises if p.rating == "stalled"]
    assert card_titles(at) == stalled
    assert f"{len(stalled)} of {len(PF.promises)} promises shown." in all_text(at)
    assert at.session_state["_rr_bound"]["pr_status"] == (["Stalled"], [])


@pytest.mark.full
def test_filter_by_claimant_keeps_only_their_promises():
    """A reader picks Runway's CEO; only his promise is left."""
    at = open_page(PAGE, lang="en")
    person = next(p.claimant.person for p in PF.promises if p.claimant.organisation == "Runway")
    at.pills(key="pr_who").set_value([person]).run()
    assert card_titles(at) == [p.title("en") for p in PF.promises if p.claimant.person == person]
    at.pills(key="pr_status").set_value(["kept"]).run()
    assert card_titles(at) == []
    assert any("No promise matches" in el.value for el in at.info)


@pytest.mark.full
def test_filters_from_a_shared_french_link():
    """A French link with a rating filter opens with that filter applied."""
    at = open_page(PAGE, lang="fr", pr_status="Pas encore évaluée")
    assert at.pills(key="pr_status").value == ["not-yet-rated"]
    assert card_titles(at) == [p.title("fr") for p in PF.promises if p.rating == "not-yet-rated"]


@pytest.mark.full
def test_a_link_with_a_promise_id_opens_that_promise():
    """A link naming a promise by its id opens its card alone, with the evidence history unfolded."""
    target = next(p for p in PF.promises if p.id == "half-budget")
    at = open_page(PAGE, lang="en", pr_id=target.id)
    assert at.selectbox(key="pr_id").value == target.id
    assert card_titles(at) == [target.title("en")]
    history = [e for e in at.expander if e.label.startswith("Evidence and rating history")]
    assert len(history) == 1 and history[0].proto.expanded
    text = all_text(at)
    assert all(h.rationale("en") in text for h in target.history)
    assert "Showing one promise in detail" in text
    assert not at.toast
    assert at.session_state["_rr_bound"]["pr_id"] == (target.title("en"), "All promises")


@pytest.mark.full
def test_the_shared_link_of_a_selected_promise_reopens_it():
    """The address a reader shares carries the promise's title; opening it shows that promise."""
    target = PF.promises[6]
    at = open_page(PAGE, lang="fr", pr_id=target.title("fr"))
    assert card_titles(at) == [target.title("fr")]


@pytest.mark.full
def test_an_unknown_promise_id_falls_back_to_the_full_list_with_a_notice():
    at = open_page(PAGE, lang="en", pr_id="no-such-promise")
    assert at.selectbox(key="pr_id").value == ALL
    assert card_titles(at) == [p.title("en") for p in PF.promises]
    assert any("pr_id" in t.proto.body for t in at.toast)


@pytest.mark.full
def test_an_invalid_filter_value_falls_back_with_a_notice():
    at = open_page(PAGE, lang="en", pr_status="Fabulous")
    assert at.pills(key="pr_status").value == []
    assert len(card_titles(at)) == len(PF.promises)
    assert any("pr_status" in t.proto.body for t in at.toast)


@pytest.mark.full
def test_choosing_a_promise_then_all_promises_returns_to_the_list():
    at = open_page(PAGE, lang="en")
    at.selectbox(key="pr_id").set_value("battle-shot").run()
    assert card_titles(at) == [next(p.title("en") for p in PF.promises if p.id == "battle-shot")]
    at.selectbox(key="pr_id").set_value(ALL).run()
    assert len(card_titles(at)) == len(PF.promises)


@pytest.mark.full
def test_seed_only_promise_and_quote_are_visibly_unconfirmed():
    """The investor-trailer promise and the spokesperson quote are labelled as reported only by the source article."""
    at = open_page(PAGE, lang="en", pr_id="investor-trailer")
    assert any("Reported only by the source article" in el.value for el in at.warning)
    badges = [el.proto.body for el in [*at.markdown, *at.caption] if "badge" in el.proto.body]
    assert sum("Source article only" in b for b in badges) >= 2  # the promise card and the Wilkes quote


@pytest.mark.full
def test_tables_and_csv_match_what_is_shown():
    at = open_page(PAGE, lang="en", pr_status="Stalled")
    stalled = [p for p in PF.promises if p.rating == "stalled"]
    promise_table, history_table = (df.value for df in open_expanders(at, "_table").dataframe)
    assert len(promise_table) == len(PF.promises)
    assert len(history_table) == sum(len(p.history) for p in stalled)
    assert len([b for b in at.get("download_button") if (b.key or "").startswith("promises")]) == 2


@pytest.mark.browser
def test_browser_promise_tracker_in_french_with_a_filter(server_url, page, shots):
    """In a real browser, a French link with a filter draws both charts and only the matching cards."""
    from conftest import wait_rendered

    page.goto(server_url + "/promise-tracker?lang=fr&pr_status=Au+point+mort")
    wait_rendered(page, timeout=120_000)
    body = page.locator('[data-testid="stMain"]').inner_text()
    assert next(p for p in CONTENT.site.pages if p.id == "promise-tracker").title("fr") in body
    stalled = [p for p in PF.promises if p.rating == "stalled"]
    cards = [t for t in page.locator("h3").all_inner_texts() if t in {p.title("fr") for p in PF.promises}]
    assert cards == [p.title("fr") for p in stalled]
    assert page.locator('[data-testid="stPlotlyChart"] .main-svg').count() >= 2
    page.screenshot(path=shots / "promises-fr.png", full_page=True)
    assert not page.errors
