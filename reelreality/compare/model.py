"""The decision matrix as content: criteria, approaches with editorial scores, weight presets, Firefly's timeline."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from reelreality.core.errors import raise_at
from reelreality.core.models import EventType, NonEmpty, Slug, Sourced, Statement, Strict, Text

WEIGHT_MAX = 10
CriterionId = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z][a-z0-9]{0,9}$"),
    Field(description="Short id (at most 10 lower-case letters or digits): the slider's URL key is cm_w_<id>."),
]
Weight = Annotated[int, Field(ge=0, le=WEIGHT_MAX, description=f"A weight from 0 (ignored) to {WEIGHT_MAX}.")]


class Criterion(Strict):
    id: CriterionId
    name: Text = Field(description="Full name, used on sliders, tables and in generated sentences.")
    short: Text = Field(description="A few words for chart axes.")
    description: Text
    default_weight: Weight


class ApproachScore(Sourced):
    """An editorial score (1 = worst for the studio, 5 = best) with its one-line rationale and evidence."""

    score: int = Field(ge=1, le=5)
    rationale: Text


class Example(Sourced):
    id: Slug
    text: Text


class Approach(Sourced):
    id: Slug
    name: Text
    short: Text = Field(description="Short label for charts and tables.")
    subject: Text = Field(description="How generated sentences name it, lower case: 'the single custom model'.")
    description: Text
    examples: list[Example] = Field(min_length=1)
    scores: dict[CriterionId, ApproachScore] = Field(description="One score per criterion id.")


class Preset(Strict):
    id: Slug
    name: Text
    description: Text = Field(description="One sentence: who would weigh things this way.")
    weights: dict[CriterionId, Weight] = Field(description="One weight per criterion id.")


class SeedClaim(Sourced):
    """What the source article asserts, verbatim, shown with its seed-only status."""

    original: NonEmpty = Field(description="The source article's wording (French).")
    translation: NonEmpty = Field(description="English translation.")


class PartnerEvent(Sourced):
    """A dated step of Adobe Firefly's own and partner models."""

    id: Slug
    date: dt.date = Field(description="Day shown on the chart; for 'month' the first of the month.")
    date_precision: Literal["day", "month", "approx"] = "day"
    when: Text | None = Field(default=None, description="How to state an approximate date; required for 'approx'.")
    type: Slug
    title: Text
    detail: Text
    highlight: bool = False


class ApproachesFile(Strict):
    """The decision matrix: approaches, criteria, editorial scores, weight presets, Firefly's model timeline."""

    lede: Statement
    seed_claim: SeedClaim
    assessment: Statement = Field(description="What the sources we read support of the seed's claim.")
    how_to: Text
    scale: Text = Field(description="What a score of 1 and of 5 mean.")
    focus: Slug = Field(description="The approach the generated sentences ask about (the single custom model).")
    criteria: list[Criterion] = Field(min_length=2)
    approaches: list[Approach] = Field(min_length=2)
    presets: list[Preset] = Field(min_length=1)
    timeline_intro: Text
    timeline_types: list[EventType] = Field(min_length=1)
    timeline: list[PartnerEvent] = Field(min_length=1)

    @model_validator(mode="after")
    def _matrix(self) -> ApproachesFile:
        # Every problem is reported at its own location, so a broken matrix reads like a to-do list.
        errors: list[tuple[tuple, str, object]] = []
        ids = [c.id for c in self.criteria]
        known = ", ".join(ids)
        if all(c.default_weight == 0 for c in self.criteria):
            errors.append((("criteria",), "every default weight is 0; at least one must be positive", "0"))
        if self.focus not in {a.id for a in self.approaches}:
            names = ", ".join(a.id for a in self.approaches)
            errors.append((("focus",), f"unknown approach (known: {names})", self.focus))
        for i, approach in enumerate(self.approaches):
            for cid in ids:
                if cid not in approach.scores:
                    errors.append(
                        (
                            ("approaches", i, "scores"),
                            f"missing a score for criterion '{cid}' (every approach scores every criterion)",
                            ", ".join(approach.scores),
                        )
                    )
            for cid in approach.scores:
                if cid not in ids:
                    errors.append((("approaches", i, "scores", cid), f"unknown criterion (known: {known})", cid))
        for i, preset in enumerate(self.presets):
            for cid in ids:
                if cid not in preset.weights:
                    errors.append(
                        (
                            ("presets", i, "weights"),
                            f"missing a weight for criterion '{cid}'",
                            ", ".join(preset.weights),
                        )
                    )
            for cid in preset.weights:
                if cid not in ids:
                    errors.append((("presets", i, "weights", cid), f"unknown criterion (known: {known})", cid))
            if preset.weights and all(w == 0 for w in preset.weights.values()):
                errors.append((("presets", i, "weights"), "every weight is 0; a preset must weigh something", "0"))
        types = {t.id for t in self.timeline_types}
        for i, event in enumerate(self.timeline):
            if event.type not in types:
                errors.append(
                    (("timeline", i, "type"), f"unknown event type (known: {', '.join(sorted(types))})", event.type)
                )
            if (event.date_precision == "approx") != (event.when is not None):
                errors.append(
                    (
                        ("timeline", i, "when"),
                        "an approximate date needs 'when' (how to state it), and only an approximate date takes one",
                        event.date_precision,
                    )
                )
        if self.seed_claim.status != "seed-only":
            errors.append(
                (
                    ("seed_claim", "status"),
                    "the source article's claim must be marked seed-only",
                    self.seed_claim.status,
                )
            )
        raise_at("ApproachesFile", errors)
        return self
