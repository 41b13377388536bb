"""The shape of promises.yaml: promises, who made them, their wording and their dated rating history."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator

from reelreality.core.errors import raise_at
from reelreality.core.models import LANGS, NonEmpty, Quote, Slug, Sourced, Statement, Strict, Text
from reelreality.core.site import PromiseStatus


class Claimant(Strict):
    person: NonEmpty = Field(description="Who made the promise: a person, or a company for a joint statement.")
    role: Text
    organisation: NonEmpty


class PromiseWording(Strict):
    """The promise as printed, in its original language, with a translation."""

    kind: Literal["direct", "reported"] = Field(
        description="direct: the whole wording is the speaker's; reported: reported speech in which only the "
        "words inside quotation marks are the speaker's own."
    )
    original_language: Literal["en", "fr"]
    original: NonEmpty
    translation: NonEmpty = Field(description="Translation into the other app language.")


class HistoryEntry(Sourced):
    """One dated step of a promise's status history; `status` is the verification status of its evidence."""

    date: dt.date
    date_precision: Literal["day", "month"] = "day"
    date_note: Text | None = Field(default=None, description="How the date was established, when it is not obvious.")
    rating: PromiseStatus = Field(description="The editorial rating from this date on (an id from scale.yaml).")
    finding: Text = Field(description="What the cited sources report, in our words.")
    rationale: Text = Field(description="Why this rating: the editorial reasoning.")


class Promise(Sourced):
    """A promise: who made it, when, where (sources), its wording, how to check it, and its rating history."""

    id: Slug
    title: Text = Field(description="Short name (it also appears in shared links); unique per language.")
    former_titles: list[Text] = Field(
        default_factory=list, description="Titles it had before a correction: links made with them still open it."
    )
    claimant: Claimant
    date: dt.date
    date_precision: Literal["day", "month"] = "day"
    date_note: Text | None = None
    venue: Text = Field(description="Where the promise appeared.")
    wording: PromiseWording
    measure: Text = Field(description="The promise in measurable form: what would count as kept.")
    rating: PromiseStatus = Field(description="Current editorial rating; must equal the latest history entry's.")
    history: list[HistoryEntry] = Field(min_length=1, description="Oldest first; each entry cites its evidence.")

    @model_validator(mode="after")
    def _history_rules(self) -> Promise:
        errors: list[tuple[tuple, str, object]] = []
        first = self.history[0]
        if first.date < self.date:
            errors.append(
                (
                    ("history", 0, "date"),
                    f"evidence dated {first.date} is before the promise itself ({self.date})",
                    first.date,
                )
            )
        for i in range(1, len(self.history)):
            prev, cur = self.history[i - 1], self.history[i]
            if cur.date < prev.date:
                errors.append(
                    (
                        ("history", i, "date"),
                        f"history out of order: {cur.date} comes after history[{i - 1}] dated {prev.date}; "
                        "list entries oldest first",
                        cur.date,
                    )
                )
        last = self.history[-1]
        if self.rating != last.rating:
            errors.append(
                (
                    ("rating",),
                    f"current rating '{self.rating}' differs from the latest history entry "
                    f"(history[{len(self.history) - 1}], {last.date}: '{last.rating}')",
                    self.rating,
                )
            )
        raise_at("Promise", errors)
        return self


class LineVsReality(Strict):
    """Company statements set beside field reports; ids of quotes (overview.yaml or this file) or reports."""

    intro: Text
    official: list[Slug] = Field(min_length=1)
    reported: list[Slug] = Field(min_length=1)


class PromisesFile(Strict):
    lede: Statement
    promises: list[Promise] = Field(min_length=1)
    quotes: list[Quote] = Field(default_factory=list, description="Quotes not already in overview.yaml.")
    reports: list[Statement] = Field(default_factory=list, description="Field reports in our words.")
    line_vs_reality: LineVsReality

    @model_validator(mode="after")
    def _unique_titles(self) -> PromisesFile:
        errors: list[tuple[tuple, str, object]] = []
        for lang in LANGS:
            seen: dict[str, int] = {}
            for i, p in enumerate(self.promises):
                title = p.title(lang).strip().casefold()
                if title in seen:
                    errors.append(
                        (
                            ("promises", i, "title", lang),
                            f"same title as promises[{seen[title]}]; titles must be unique",
                            p.title(lang),
                        )
                    )
                seen.setdefault(title, i)
        raise_at("PromisesFile", errors)
        return self
