"""Legal explorer: the mapping logic, its figures, the validator's rules, and the explorer as a reader uses it."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt

import plotly.graph_objects as go
import pytest
import yaml
from conftest import wait_rendered
from helpers import CONTENT as CONTENT_DIR
from helpers import open_expanders, problems_for
from hypothesis import given
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest
from test_pages import all_text, open_page

from reelreality import text
from reelreality.content import Content, load
from reelreality.legal import charts as legal_charts
from reelreality.legal import logic as legal_logic
from reelreality.legal import sentences as legal_sentences
from reelreality.legal import tables as legal_tables
from reelreality.legal import view as legal_view
from reelreality.legal.logic import Tally
from reelreality.legal.model import LegalFile
from reelreality.slides import FIGURES
from reelreality.style import Chart

CONTENT = load()
LG = CONTENT.legal
USES = [u.id for u in LG.use_cases]
REQS = [d.id for d in LG.requirements]
EN = CONTENT.phrases("en")
FR = CONTENT.phrases("fr")
PLURALS = ["legal.why.consent", "legal.why.payment", "legal.why.unclear", "legal.why.rules", "legal.verdict.veto"]

# The explorer is a tab of the obstacles page once integrated: retarget these two and every test follows.
LEGAL_SCRIPT = "panels/obstacles.py"
LEGAL_PATH = "/obstacles-risks"


def open_legal(**params: str) -> AppTest:
    """Open the legal explorer with the given URL query, like following a shared link."""
    tab = CONTENT.ui("obstacles.tab.legal")(params.get("lang", "en"))
    return open_page(LEGAL_SCRIPT, ob_tab=tab, **params)


def short(use_case: str, lang: str) -> str:
    return next(u.short(lang) for u in LG.use_cases if u.id == use_case)


def form(key: str, lang: str, which: int) -> str:
    """One form of a plural UI string written "one|other": 0 for the first, 1 for the second."""
    return CONTENT.ui(key)(lang).split("|")[which]


# ---------------------------------------------------------------- a small mapping with known answers


def tiny_raw(requirements: dict[tuple[str, str], str] | None = None) -> dict:
    """Three stakeholders, two use cases, two rules; requirements by (use case, stakeholder)."""
    text = {"en": "x", "fr": "x"}
    people = ["actors", "estates", "crew"]
    uses = ["recut", "training"]
    requirements = requirements or {
        ("recut", "actors"): "both",
        ("recut", "estates"): "consent",
        ("recut", "crew"): "none",
        ("training", "actors"): "unclear",
        ("training", "estates"): "unclear",
        ("training", "crew"): "payment",
    }
    return {
        "lede": {"id": "lede", "text": text, "sources": ["seed-article"], "status": "seed-only"},
        "requirements": [
            {
                "id": r,
                "label": {"en": r.title(), "fr": r},
                "short": text,
                "description": text,
                "colour": "#000000",
                "badge": "gray",
            }
            for r in ["both", "consent", "payment", "unclear", "none"]
        ],
        "rule_kinds": [{"id": "law", "label": {"en": "Law", "fr": "Loi"}, "colour": "#009E73"}],
        "stakeholders": [
            {"id": p, "label": {"en": p.title(), "fr": p.title()}, "name": {"en": p, "fr": p}, "description": text}
            for p in people
        ],
        "use_cases": [
            {
                "id": u,
                "label": text,
                "short": {"en": u.title(), "fr": u.title()},
                "description": text,
                "sources": ["seed-article"],
                "status": "seed-only",
            }
            for u in uses
        ],
        "rules": [
            {
                "id": "late-law",
                "kind": "law",
                "date": dt.date(2025, 5, 1),
                "jurisdiction": text,
                "title": text,
                "short": {"en": "Late law", "fr": "Loi tardive"},
                "summary": text,
                "sources": ["seed-article"],
                "status": "seed-only",
            },
            {
                "id": "early-law",
                "kind": "law",
                "date": dt.date(2023, 1, 1),
                "jurisdiction": text,
                "title": text,
                "short": {"en": "Early law", "fr": "Loi ancienne"},
                "summary": text,
                "sources": ["seed-article"],
                "status": "seed-only",
            },
        ],
        "milestones": [
            {
                "id": "deal",
                "date": dt.date(2024, 1, 1),
                "label": text,
                "name": {"en": "the deal", "fr": "l'accord"},
                "sources": ["seed-article"],
                "status": "seed-only",
            },
        ],
        "mapping": [
            {
                "use_case": u,
                "needs": [
                    {
                        "stakeholder": p,
                        "requirement": requirements[(u, p)],
                        "rules": ["late-law", "early-law"] if u == "recut" else ["early-law"],
                        "rationale": text,
                    }
                    for p in people
                ],
            }
            for u in uses
        ],
    }


def tiny_legal(raw: dict | None = None) -> LegalFile:
    return LegalFile.model_validate(raw or tiny_raw())


def tiny_content(raw: dict | None = None) -> Content:
    return dataclasses.replace(CONTENT, legal=tiny_legal(raw))


def test_tally_known_answer():
    lg = tiny_legal()
    assert legal_logic.tally(lg, "recut") == Tally(consent=2, payment=1, unclear=0, none=1, total=3)
    assert legal_logic.tally(lg, "training") == Tally(consent=0, payment=1, unclear=2, none=0, total=3)


def test_needs_are_ordered_most_demanding_first():
    lg = tiny_legal()
    assert [n.stakeholder for n in legal_logic.needs_for(lg, "recut")] == ["actors", "estates", "crew"]
    assert [n.requirement for n in legal_logic.needs_for(lg, "training")] == ["payment", "unclear", "unclear"]


def test_rules_for_is_the_cited_rules_oldest_first():
    lg = tiny_legal()
    assert [r.id for r in legal_logic.rules_for(lg, "recut")] == ["early-law", "late-law"]
    assert [r.id for r in legal_logic.rules_for(lg, "training")] == ["early-law"]


def test_rank_puts_most_consents_first():
    lg = tiny_legal()
    assert [uid for uid, _ in legal_logic.rank(lg)] == ["recut", "training"]


def test_unknown_use_case_raises():
    with pytest.raises(KeyError):
        legal_logic.tally(LG, "no-such-use")


def test_why_hard_known_answer_in_english():
    sentences = legal_sentences.why_hard(tiny_legal(), "recut", EN)
    assert sentences == [
        "2 of the 3 groups would have to agree first: actors and estates.",
        "One group would have to be paid: actors.",
        "No say reported for: crew.",
        "It draws on 2 rules, reports and lawsuits: Early law and Late law.",
        form("legal.verdict.veto", "en", 1),
    ]


def test_why_hard_known_answer_in_french_uses_singular_forms():
    sentences = legal_sentences.why_hard(tiny_legal(), "training", FR)
    assert sentences[0] == "Un groupe devrait être payé\u00a0: crew."
    assert sentences[1] == "Pour 2 groupes, les règles ne sont pas fixées\u00a0: actors et estates."
    assert sentences[2] == "Cela s'appuie sur une règle ou un rapport\u00a0: Loi ancienne."
    assert sentences[-1] == CONTENT.ui("legal.verdict.open")("fr")


@pytest.mark.parametrize(
    ("reqs", "verdict"),
    [
        (("none", "none", "none"), CONTENT.ui("legal.verdict.clear")("en")),
        (("payment", "none", "none"), CONTENT.ui("legal.verdict.cost")("en")),
        (("payment", "unclear", "none"), CONTENT.ui("legal.verdict.open")("en")),
        (("consent", "unclear", "payment"), form("legal.verdict.veto", "en", 0)),
        (("both", "consent", "none"), form("legal.verdict.veto", "en", 1)),
    ],
    ids=["clear", "cost", "open", "one-veto", "many-vetoes"],
)
def test_verdict_follows_the_mapping(reqs, verdict):
    mapping = {("recut", p): r for p, r in zip(["actors", "estates", "crew"], reqs, strict=True)}
    mapping |= {("training", p): "none" for p in ["actors", "estates", "crew"]}
    assert legal_sentences.why_hard(tiny_legal(tiny_raw(mapping)), "recut", EN)[-1] == verdict


def test_all_none_says_so_instead_of_listing_everyone():
    mapping = {(u, p): "none" for u in ["recut", "training"] for p in ["actors", "estates", "crew"]}
    sentences = legal_sentences.why_hard(tiny_legal(tiny_raw(mapping)), "recut", EN)
    assert sentences[0] == EN("legal.why.none_all", total=3)


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("key", PLURALS)
def test_plural_strings_have_a_singular_and_a_plural_form(key, lang):
    one, other = CONTENT.ui(key)(lang).split("|")
    assert one != other
    assert "{n}" not in one  # the singular spells the number out


@given(st.lists(st.sampled_from(["consent", "payment", "both", "none", "unclear"]), min_size=6, max_size=6))
def test_tally_adds_up_for_any_mapping(reqs):
    keys = [(u, p) for u in ["recut", "training"] for p in ["actors", "estates", "crew"]]
    lg = LegalFile.model_validate(tiny_raw(dict(zip(keys, reqs, strict=True))))
    for use, chunk in (("recut", reqs[:3]), ("training", reqs[3:])):
        t = legal_logic.tally(lg, use)
        both = chunk.count("both")
        assert t.consent == chunk.count("consent") + both
        assert t.payment == chunk.count("payment") + both
        assert (t.consent - both) + (t.payment - both) + both + t.unclear + t.none == t.total == 3


names_strategy = st.lists(
    st.text(alphabet="abcdefgh ", min_size=1, max_size=12).map(str.strip).filter(bool), max_size=6
)


@given(names_strategy)
def test_join_keeps_every_name_in_order(names):
    """The names in the legal summary are listed with the text layer's join: none lost, none reordered."""
    joined = text.join(names, "en")
    position = 0
    for name in names:
        found = joined.find(name, position)
        assert found >= position
        position = found + len(name)
    if len(names) == 1:
        assert joined == names[0]


def test_join_known_answers():
    """A serial comma appears only when a name itself contains the conjunction ('directors and writers')."""
    assert EN.join([]) == ""
    assert EN.join(["a", "b"]) == "a and b"
    assert FR.join(["a", "b", "c"]) == "a, b et c"
    assert EN.join(["a", "b and c"]) == "a, and b and c"
    assert EN.join(["x", "b and c", "d"]) == "x, b and c, and d"
    assert FR.join(["x", "b et c", "d"]) == "x, b et c, et d"


def test_rule_dates_follow_the_language():
    assert FR.date(dt.date(2025, 7, 1)) == "1er juillet 2025"
    assert EN.date(dt.date(2025, 7, 1)) == "1 July 2025"
    assert FR.date(dt.date(2023, 10, 1), "month") == "octobre 2023"
    frame = legal_tables.timeline_frame(tiny_legal(), FR, CONTENT.source_map)
    assert list(frame["when"]) == ["1er janvier 2023", "1er mai 2025"]


# ---------------------------------------------------------------- properties of the real mapping


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("use_case", USES)
def test_why_hard_counts_and_names_those_who_must_agree(use_case, lang):
    sentences = legal_sentences.why_hard(LG, use_case, CONTENT.phrases(lang))
    t = legal_logic.tally(LG, use_case)
    must = [s.name(lang) for s in LG.stakeholders if _req(use_case, s.id) in ("both", "consent")]
    assert len(must) == t.consent
    if t.consent > 1:
        assert sentences[0].startswith(f"{t.consent} ")
    if t.consent:
        assert all(name in sentences[0] for name in must)
    else:
        assert not any(s.startswith(form("legal.why.consent", lang, 0)[:6]) for s in sentences)
    assert all("{" not in s and "}" not in s for s in sentences)


def _req(use_case: str, stakeholder: str) -> str:
    return next(n.requirement for n in legal_logic.row(LG, use_case).needs if n.stakeholder == stakeholder)


def test_matrix_frame_has_one_row_per_cell_with_the_mapped_requirement():
    frame = legal_tables.matrix_frame(LG, "en")
    assert len(frame) == len(LG.use_cases) * len(LG.stakeholders)
    for r in frame.itertuples():
        assert r.requirement == _req(r.use_case, r.stakeholder)


def test_matrix_caption_states_the_hardest_use_and_its_count():
    hardest, t = legal_logic.rank(LG)[0]
    for lang in ("en", "fr"):
        caption = legal_sentences.matrix_caption(LG, CONTENT.phrases(lang))
        assert short(hardest, lang) in caption
        assert f"{t.consent}" in caption


def test_timeline_frame_is_dated_and_marks_the_rules_behind_the_use():
    for use_case in USES:
        frame = legal_tables.timeline_frame(LG, EN, CONTENT.source_map, use_case)
        assert list(frame["date"]) == sorted(frame["date"])
        assert set(frame.loc[frame["applies"], "id"]) == {r.id for r in legal_logic.rules_for(LG, use_case)}
    assert legal_tables.timeline_frame(LG, EN, CONTENT.source_map)["applies"].all()


def test_timeline_caption_counts_rules_before_the_first_milestone():
    first = min(LG.milestones, key=lambda ms: ms.date)
    before = sum(r.date <= first.date for r in LG.rules)
    caption = legal_sentences.timeline_caption(LG, EN, USES[0])
    assert f"({EN.date(first.date)}): {before} of {len(LG.rules)}." in caption
    applies = len(legal_logic.rules_for(LG, USES[0]))
    assert f"({applies} of {len(LG.rules)})" in caption


def test_timeline_caption_intervals_add_up():
    caption = legal_sentences.timeline_caption(tiny_legal(), EN)
    assert "Before the deal (1 January 2024): 1 of 2." in caption
    assert "After that: 1." in caption


# ---------------------------------------------------------------- figures


def test_matrix_figure_cells_equal_the_mapping():
    frame = legal_tables.matrix_frame(LG, "en")
    people = [(s.id, s.label("en")) for s in LG.stakeholders]
    uses = [(u.id, u.short("en")) for u in LG.use_cases]
    levels = [(d.id, d.label("en"), d.short("en"), d.colour) for d in LG.requirements]
    fig = legal_charts.legal_matrix(frame, people, uses, levels, highlight="training")
    heat = fig.data[0]
    assert isinstance(heat, go.Heatmap)
    assert len(heat.z) == len(people) and all(len(row) == len(uses) for row in heat.z)
    for i, (sid, _) in enumerate(people):
        for j, (uid, _) in enumerate(uses):
            assert REQS[heat.z[i][j]] == _req(uid, sid)
    assert [t.name for t in fig.data[1:]] == [d.label("en") for d in LG.requirements]
    col = USES.index("training")
    assert len(fig.layout.shapes) == 1
    assert (fig.layout.shapes[0].x0, fig.layout.shapes[0].x1) == (col - 0.5, col + 0.5)
    assert not legal_charts.legal_matrix(frame, people, uses, levels).layout.shapes


def test_matrix_figure_escapes_content_text():
    frame = legal_tables.matrix_frame(LG, "en").head(1).assign(rationale="<img src=x onerror=alert(1)>")
    sid, uid = frame.iloc[0]["stakeholder"], frame.iloc[0]["use_case"]
    fig = legal_charts.legal_matrix(
        frame, [(sid, "<b>who</b>")], [(uid, "<script>")], [(d.id, d.id, "<i>", "#000000") for d in LG.requirements]
    )
    dump = fig.to_json()
    assert "<script>" not in dump and "<img" not in dump and "<b>who" not in dump
    assert "&lt;b&gt;who" in dump


def test_timeline_figure_fills_only_the_rules_that_apply():
    frame = legal_tables.timeline_frame(LG, EN, CONTENT.source_map, "storyboards")
    kinds = [(k.id, k.label("en"), k.colour) for k in LG.rule_kinds]
    fig = legal_charts.legal_timeline(frame, kinds, legal_tables.milestone_marks(LG, "en"), text.month_names("en"))
    points = [t for t in fig.data if t.showlegend is False]
    filled = sum(s == "circle" for t in points for s in t.marker.symbol)
    assert filled == int(frame["applies"].sum()) == len(legal_logic.rules_for(LG, "storyboards"))
    assert sum(len(t.x) for t in points) == len(LG.rules)
    assert len(fig.layout.shapes) == len(LG.milestones)
    assert list(fig.layout.yaxis.categoryarray)[-1].replace("<br>", " ") == frame.iloc[0]["short"]


@pytest.mark.parametrize("name", ["legal.matrix", "legal.timeline"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_key_figures_are_registered(name, lang):
    chart = FIGURES[name](CONTENT, lang)
    assert isinstance(chart, Chart)
    assert isinstance(chart.figure, go.Figure) and chart.figure.data
    assert chart.caption and "{" not in chart.caption


# ---------------------------------------------------------------- what the tab shows


def test_use_case_view_splits_the_groups_and_resolves_every_label():
    shown = legal_view.use_case_view(tiny_content(), "fr", "recut")
    assert shown.tally == legal_logic.tally(tiny_legal(), "recut")
    assert [(n.who, n.requirement.label) for n in shown.needs] == [("Actors", "both"), ("Estates", "consent")]
    assert [n.who for n in shown.no_say] == ["Crew"]
    assert shown.no_say_badge.label == "none"
    assert shown.needs[0].rules == ["Loi tardive", "Loi ancienne"]
    assert [(r.when, r.kind) for r in shown.rules] == [("1er janvier 2023", "Loi"), ("1er mai 2025", "Loi")]
    assert shown.why == legal_sentences.why_hard(tiny_legal(), "recut", FR)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_blocks_hold_every_cell_and_mark_the_rules_behind_the_use(lang):
    phrases = CONTENT.phrases(lang)
    blocks = legal_view.legal_blocks(CONTENT, lang, "replica")
    assert len(blocks.matrix.table) == len(USES) * len(LG.stakeholders)
    assert list(blocks.matrix.table.columns)[-1] == phrases("legal.col.rationale")
    assert len(blocks.matrix.figure.layout.shapes) == 1  # the chosen use is framed
    assert blocks.matrix.caption == legal_sentences.matrix_caption(LG, phrases)
    applies = blocks.timeline.table[phrases("legal.col.applies")]
    assert (applies == phrases("legal.yes")).sum() == len(legal_logic.rules_for(LG, "replica"))
    assert len(blocks.timeline.table) == len(LG.rules)
    assert blocks.timeline.caption == legal_sentences.timeline_caption(LG, phrases, "replica")
    assert (blocks.matrix.file_name, blocks.timeline.file_name) == ("legal-matrix.csv", "legal-timeline.csv")


# ---------------------------------------------------------------- validator


def _rule_index(d: dict, rule_id: str) -> int:
    return next(i for i, r in enumerate(d["rules"]) if r["id"] == rule_id)


def test_rule_without_a_source_is_rejected(tmp_path):
    i = _rule_index(yaml_data(), "sag-aftra-2023")

    def change(d):
        d["rules"][i]["sources"] = []

    msgs = problems_for("legal.yaml", change)
    assert any(
        msg.startswith(f"content/legal.yaml: rules[{i}](sag-aftra-2023).sources: ") and "at least 1" in msg
        for msg in msgs
    ), msgs


def test_rule_with_no_sources_field_is_rejected(tmp_path):
    def change(d):
        del d["rules"][0]["sources"]

    msgs = problems_for("legal.yaml", change)
    rid = yaml_data()["rules"][0]["id"]
    assert f"content/legal.yaml: rules[0]({rid}).sources: missing field 'sources'" in msgs


def test_mapping_with_unknown_stakeholder_is_rejected(tmp_path):
    def change(d):
        d["mapping"][0]["needs"][0]["stakeholder"] = "producers"

    msgs = problems_for("legal.yaml", change)
    assert any(
        msg.startswith("content/legal.yaml: mapping[0].needs[0].stakeholder: unknown stakeholder 'producers'")
        for msg in msgs
    ), msgs


def test_mapping_with_unknown_use_case_is_rejected(tmp_path):
    def change(d):
        d["mapping"][0]["use_case"] = "sequel"

    msgs = problems_for("legal.yaml", change)
    assert any(msg.startswith("content/legal.yaml: mapping[0].use_case: unknown use case 'sequel'") for msg in msgs), (
        msgs
    )
    assert any(f"use case '{USES[0]}' has no row" in msg for msg in msgs), msgs


@pytest.mark.parametrize("value", ["maybe", "Consent", "", "consent and payment"])
def test_requirement_outside_the_defined_values_is_rejected(tmp_path, value):
    def change(d):
        d["mapping"][1]["needs"][2]["requirement"] = value

    msgs = problems_for("legal.yaml", change)
    assert any(
        msg.startswith("content/legal.yaml: mapping[1].needs[2].requirement: ")
        and "'consent'" in msg
        and "'unclear'" in msg
        for msg in msgs
    ), msgs


def test_mapping_citing_an_unknown_rule_is_rejected(tmp_path):
    def change(d):
        d["mapping"][0]["needs"][0]["rules"] = ["sag-aftra-2099"]

    msgs = problems_for("legal.yaml", change)
    assert any(
        msg.startswith("content/legal.yaml: mapping[0].needs[0].rules[0]: unknown rule 'sag-aftra-2099'")
        for msg in msgs
    ), msgs


def test_mapping_leaving_out_a_stakeholder_is_rejected(tmp_path):
    def change(d):
        d["mapping"][2]["needs"].pop()

    left_out = yaml_data()["mapping"][2]["needs"][-1]["stakeholder"]
    msgs = problems_for("legal.yaml", change)
    assert any(
        msg.startswith("content/legal.yaml: mapping[2].needs: ") and f"leaves out stakeholder(s) {left_out}" in msg
        for msg in msgs
    ), msgs


def test_mapping_naming_a_stakeholder_twice_is_rejected(tmp_path):
    def change(d):
        d["mapping"][0]["needs"][1]["stakeholder"] = d["mapping"][0]["needs"][0]["stakeholder"]

    msgs = problems_for("legal.yaml", change)
    assert any("mapping[0].needs[1].stakeholder: stakeholder" in msg and "appears twice" in msg for msg in msgs), msgs


def test_requirement_with_nothing_behind_it_is_rejected(tmp_path):
    def change(d):
        need = d["mapping"][0]["needs"][0]
        need["requirement"] = "consent"
        need["rules"] = []
        need["sources"] = []

    msgs = problems_for("legal.yaml", change)
    expected = "requirement 'consent' needs at least one rule or source behind it (got list)"
    assert f"content/legal.yaml: mapping[0].needs[0].rules: {expected}" in msgs


def test_unknown_rule_kind_and_quote_use_case_are_rejected(tmp_path):
    def change(d):
        d["rules"][0]["kind"] = "rumour"
        d["quotes"][0]["use_cases"] = ["sequel"]

    msgs = problems_for("legal.yaml", change)
    rid = yaml_data()["rules"][0]["id"]
    qid = yaml_data()["quotes"][0]["id"]
    assert any(
        msg.startswith(f"content/legal.yaml: rules[0]({rid}).kind: unknown rule kind 'rumour'") for msg in msgs
    ), msgs
    assert any(
        msg.startswith(f"content/legal.yaml: quotes[0]({qid}).use_cases[0]: unknown use case 'sequel'") for msg in msgs
    ), msgs


def test_need_citing_an_unknown_source_is_rejected(tmp_path):
    def change(d):
        d["mapping"][0]["needs"][0]["sources"] = ["geektyrant-2099"]

    msgs = problems_for("legal.yaml", change)
    assert any(
        msg.startswith("content/legal.yaml: mapping[0].needs[0].sources[0]: unknown source 'geektyrant-2099'")
        for msg in msgs
    ), msgs


def test_scale_must_define_every_requirement(tmp_path):
    def change(d):
        d["requirements"] = [r for r in d["requirements"] if r["id"] != "unclear"]

    msgs = problems_for("legal.yaml", change)
    assert any(msg.startswith("content/legal.yaml: requirements: ") and "missing unclear" in msg for msg in msgs), msgs


def test_seed_only_legal_records_cite_only_the_seed_article():
    seed = {s.id for s in CONTENT.sources.sources if s.tier == "source-article"}
    for record in [*LG.use_cases, *LG.rules, *LG.milestones, *LG.quotes]:
        if record.status == "seed-only":
            assert set(record.sources) <= seed, record.id


def test_california_ab2602_needs_all_three_conditions():
    """AB 2602 voids a replica clause only when all three conditions hold (corrections log:
    ab2602-three-conditions-2026-12); no text may say it voids vague clauses outright."""
    rule = next(r for r in LG.rules if r.id == "ca-ab2602")
    assert "only when all three conditions hold" in rule.summary("en")
    assert "trois conditions sont toutes réunies" in rule.summary("fr")
    rationales = [n.rationale("en") for row in LG.mapping for n in row.needs if "ca-ab2602" in n.rules]
    wrong = ("unless the use", "voids vague replica clauses", "vague replica clauses are unenforceable")
    assert not [t for t in [rule.summary("en"), *rationales] if any(w in t for w in wrong)]


_YAML = yaml.safe_load((CONTENT_DIR / "legal.yaml").read_text(encoding="utf-8"))


def yaml_data() -> dict:
    """The real legal.yaml as plain data (a fresh copy each call)."""
    return copy.deepcopy(_YAML)


# ---------------------------------------------------------------- the explorer, as a reader uses it


@pytest.mark.full
@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("use_case", USES)
def test_every_use_case_opens_from_a_link_in_both_languages(use_case, lang):
    """A reader follows a shared link to one use case: who must agree, the rules, the summary, both charts."""
    at = open_legal(lang=lang, lg_use=short(use_case, lang))
    assert at.pills(key="lg_use").value == use_case
    assert not at.toast
    text = all_text(at)
    use = next(u for u in LG.use_cases if u.id == use_case)
    assert use.label(lang) in text
    phrases = CONTENT.phrases(lang)
    for sentence in legal_sentences.why_hard(LG, use_case, phrases):
        assert sentence in text
    for need in legal_logic.needs_for(LG, use_case):
        assert need.rationale(lang) in text
    for rule in legal_logic.rules_for(LG, use_case):
        assert rule.title(lang) in text and rule.summary(lang) in text
    assert CONTENT.ui("legal.disclaimer")(lang) in [el.value for el in at.info]
    assert len([c for c in at.get("plotly_chart") if (c.key or "").startswith("lg_")]) == 2
    t = legal_logic.tally(LG, use_case)
    assert [el.value for el in at.metric if " / " in str(el.value)] == [
        f"{v} / {t.total}" for v in (t.consent, t.payment, t.unclear, t.none)
    ]
    assert legal_sentences.matrix_caption(LG, phrases) in text
    assert legal_sentences.timeline_caption(LG, phrases, use_case) in text
    assert at.session_state["_rr_bound"]["lg_use"] == (short(use_case, lang), short(USES[0], lang))


@pytest.mark.full
def test_default_view_shows_the_first_use_case_and_keeps_the_link_clean():
    at = open_legal(lang="en")
    assert at.pills(key="lg_use").value == USES[0]
    value, default = at.session_state["_rr_bound"]["lg_use"]
    assert value == default == short(USES[0], "en")
    assert "lg_use" not in at.query_params


@pytest.mark.full
def test_picking_another_use_updates_the_summary_and_the_share_state():
    """A reader clicks 'training the model'; the summary, the counts and the link state follow."""
    at = open_legal(lang="en")
    before = all_text(at)
    at.pills(key="lg_use").set_value("training").run()
    assert not at.exception
    text = all_text(at)
    assert text != before
    for sentence in legal_sentences.why_hard(LG, "training", EN):
        assert sentence in text
    assert at.session_state["_rr_bound"]["lg_use"][0] == short("training", "en")
    t = legal_logic.tally(LG, "training")
    assert [el.value for el in at.metric if " / " in str(el.value)][2] == f"{t.unclear} / {t.total}"


@pytest.mark.full
def test_invalid_use_case_in_the_link_falls_back_with_a_notice():
    at = open_legal(lang="en", lg_use="<b>Sequel</b>")
    assert at.pills(key="lg_use").value == USES[0]
    assert any("lg_use" in toast.proto.body for toast in at.toast)


@pytest.mark.full
def test_seed_only_use_case_is_marked_as_unconfirmed():
    """The investor trailer is reported only by the source article, and the page says so."""
    seed_only = [u.id for u in LG.use_cases if u.status == "seed-only"]
    assert seed_only
    at = open_legal(lang="en", lg_use=short(seed_only[0], "en"))
    badges = [el.proto.body for el in [*at.markdown, *at.caption] if "badge" in el.proto.body]
    assert any("Source article only" in b for b in badges)


@pytest.mark.full
def test_requirements_are_labelled_editorial_and_tables_hold_every_cell():
    at = open_legal(lang="fr", lg_use=short("replica", "fr"))
    badges = [el.proto.body for el in [*at.markdown, *at.caption] if "badge" in el.proto.body]
    assert sum(CONTENT.ui("common.editorial")("fr") in b for b in badges) >= 3
    matrix, timeline = [el.value for el in open_expanders(at, "_table").dataframe][-2:]  # the legal tab is the last tab
    assert len(matrix) == len(USES) * len(LG.stakeholders)
    assert CONTENT.ui("legal.col.rationale")("fr") in matrix.columns
    assert len(timeline) == len(LG.rules)
    assert (timeline[CONTENT.ui("legal.col.applies")("fr")] == "oui").sum() == len(legal_logic.rules_for(LG, "replica"))


@pytest.mark.browser
def test_browser_reader_picks_a_use_and_the_link_follows(server_url, page, shots):
    """In a real browser, clicking a use case rewrites the URL and redraws the summary; both charts render."""
    # The first request after a server start, straight to a non-default page, gets Streamlit's "Page not
    # found" dialog (st.navigation has not registered the pages yet); land on the app once first.
    page.goto(server_url + "/?lang=en")
    wait_rendered(page)
    page.goto(server_url + LEGAL_PATH + "?lang=en&ob_tab=Legal")
    wait_rendered(page)
    main = page.locator('[data-testid="stMain"]')
    assert page.locator('[data-testid="stPlotlyChart"] .main-svg').count() >= 2
    assert page.locator('[data-testid="stPlotlyChart"] .heatmaplayer').count() >= 1
    target = short("training", "en")
    page.locator("button", has_text=target).first.click()
    first = legal_sentences.why_hard(LG, "training", EN)[0]
    page.wait_for_function("s => document.body.innerText.includes(s)", arg=first, timeout=30_000)
    wait_rendered(page)
    assert "lg_use=Training" in page.url
    assert CONTENT.ui("legal.disclaimer")("en") in main.inner_text()
    page.screenshot(path=shots / "legal-en.png", full_page=True)
    assert not page.errors
