"""The sourcing rule: each verification status asks something of the sources a record cites."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import problems_for

from reelreality.content import load
from reelreality.core.models import Source, Strict
from reelreality.core.sourcing import check_statuses, sourced_records, status_problem
from reelreality.story.model import KeyFigure


def source(sid: str, tier: str, read: bool = True) -> Source:
    return Source(
        id=sid, title="T", publisher="P", url=None if tier == "source-article" else f"https://x.org/{sid}",
        published="unknown", accessed=dt.date(2026, 1, 1), read=read, language="en", tier=tier,
    )  # fmt: skip


SEED = source("seed", "source-article")
TRADE = source("trade", "trade")
TRADE_UNREAD = source("trade-unread", "trade", read=False)
PRIMARY = source("primary", "primary")
COPY = source("copy", "secondary")


@pytest.mark.parametrize(
    ("status", "cited", "fits"),
    [
        ("verified", [TRADE], True),
        ("verified", [PRIMARY, COPY], True),
        ("verified", [COPY], False),  # a copy never verifies
        ("verified", [TRADE_UNREAD], False),  # an original seen only through others was not read
        ("verified", [TRADE_UNREAD, COPY], False),
        ("secondary", [COPY], True),
        ("secondary", [TRADE_UNREAD], True),
        ("secondary", [SEED], False),  # only the source article: seed-only
        ("seed-only", [SEED], True),
        ("seed-only", [SEED, TRADE], True),  # the trade source is context, it does not confirm
        ("seed-only", [COPY], False),
        ("verified", [SEED], False),
    ],
)
def test_each_status_asks_for_its_sources(status, cited, fits):
    assert (status_problem(status, cited) is None) == fits


def test_a_broken_record_is_reported_with_file_item_field_and_the_rule():
    figure = KeyFigure.model_validate(
        {"id": "k", "value": {"en": "1", "fr": "1"}, "label": {"en": "l", "fr": "l"},
         "detail": {"en": "d", "fr": "d"}, "sources": ["copy"], "status": "verified"}
    )  # fmt: skip

    class File(Strict):  # a file whose root holds a list of figures
        figures: list[KeyFigure]

    problems = check_statuses({"x.yaml": File(figures=[figure])}, {"copy": COPY}, {"verified": "RULE TEXT."})
    assert [str(p) for p in problems] == [
        "content/x.yaml: figures[0](k).status: the rule for 'verified' is: RULE TEXT. Cited: copy (secondary, read)."
    ]


# ---------------------------------------------------------------- the real content, and the registry's rules


def test_every_record_of_the_real_content_follows_the_rule():
    content = load()
    smap = content.source_map
    broken = [
        (fname, loc)
        for fname, model in content.by_file.items()
        for loc, record in sourced_records(model)
        if status_problem(record.status, [smap[s] for s in record.sources])
    ]
    assert not broken, broken


def test_a_damaged_copy_breaking_the_rule_is_rejected_with_file_item_and_field():
    def change(d):
        figure = next(f for f in d["key_figures"] if f["status"] == "secondary")
        figure["status"] = "verified"
        figure["sources"] = [s for s in figure["sources"] if s.startswith(("synnbiob", "geektyrant"))] or figure[
            "sources"
        ]

    msgs = problems_for("overview.yaml", change)
    assert any(
        m.startswith("content/overview.yaml: key_figures[") and ".status: the rule for 'verified' is: At least one" in m
        for m in msgs
    ), msgs


def test_a_source_read_only_through_others_cannot_verify():
    def change(d):
        for source in d["sources"]:
            source["read"] = False

    msgs = problems_for("sources.yaml", change)
    assert any(".status: the rule for 'verified' is" in m for m in msgs), msgs[:3]


def test_a_url_appears_once_in_the_registry():
    def change(d):
        d["sources"][2]["url"] = d["sources"][1]["url"]

    msgs = problems_for("sources.yaml", change)
    assert any(
        m.startswith("content/sources.yaml: sources[2](") and ".url: same URL as sources[1]: one source, one entry" in m
        for m in msgs
    ), msgs


def test_a_source_has_its_printed_title_or_says_it_could_not_be_read():
    msgs = problems_for("sources.yaml", lambda d: d["sources"][1].pop("title"))
    assert any(
        m.startswith("content/sources.yaml: sources[1](") and ".untitled: give the printed title" in m for m in msgs
    ), msgs

    both = problems_for("sources.yaml", lambda d: d["sources"][1].update(untitled={"en": "x", "fr": "x"}))
    assert any(".untitled: give the printed title" in m for m in both), both


def test_a_source_says_whether_its_own_text_was_read():
    msgs = problems_for("sources.yaml", lambda d: d["sources"][1].pop("read"))
    assert any(
        m.startswith("content/sources.yaml: sources[1](") and ".read: missing field 'read'" in m for m in msgs
    ), msgs


def test_a_corrected_mark_points_at_an_entry_of_the_log():
    def change(d):
        d["key_figures"][0]["corrected"] = ["no-such-correction"]

    msgs = problems_for("overview.yaml", change)
    assert any(
        "key_figures[0](" in m and ".corrected[0]: unknown correction 'no-such-correction'" in m for m in msgs
    ), msgs
