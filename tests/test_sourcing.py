"""The sourcing rule: each verification status asks something of the sources a record cites."""

from __future__ import annotations

import datetime as dt

import pytest

from reelreality.core.models import Source, Strict
from reelreality.core.sourcing import check_statuses, status_problem
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
