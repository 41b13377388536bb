"""Pydantic models for the content files: shape only, no I/O, no streamlit, no plotly."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

LANGS: tuple[str, ...] = ("en", "fr")

Slug = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=60),
    Field(description="Stable identifier: lower-case letters, digits and hyphens."),
]
SourceId = Annotated[Slug, Field(description="An id from content/sources.yaml.")]


def _https(value: str) -> str:
    if not value.startswith("https://"):
        raise ValueError(f"URL must start with https:// (got {value!r})")
    if any(ch.isspace() for ch in value):
        raise ValueError("URL must not contain spaces")
    return value


HttpsUrl = Annotated[str, AfterValidator(_https)]
NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

Status = Literal["verified", "secondary", "seed-only"]
"""Verification status of a record, taken from the research notes.

verified: read in the source text; secondary: read in a copy or another outlet
quoting the source; seed-only: reported only by the seed article."""

Tier = Literal["primary", "trade", "secondary", "source-article"]


class Strict(BaseModel):
    # extra="forbid": a typo such as `sorces:` is an error, not a silent default.
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Strict):
    """A sentence in both languages; a missing translation is an error."""

    en: NonEmpty
    fr: NonEmpty

    def __call__(self, lang: str) -> str:
        return getattr(self, lang)


class Source(Strict):
    id: Slug
    title: NonEmpty
    publisher: NonEmpty
    url: HttpsUrl | None = Field(
        default=None, description="Link to the text read; only the source article may lack one."
    )
    published: dt.date | Literal["unknown"] = Field(
        description="Publication date as printed by the source, or 'unknown' when it gives none."
    )
    accessed: dt.date = Field(description="When the source text was read.")
    language: Literal["en", "fr", "it", "de", "es", "ko"]
    tier: Tier
    note: Text | None = Field(default=None, description="Why this copy, or what to keep in mind.")


class SourcesFile(Strict):
    sources: list[Source] = Field(min_length=1)

    @model_validator(mode="after")
    def _urls(self) -> SourcesFile:
        for i, src in enumerate(self.sources):
            if src.url is None and src.tier != "source-article":
                raise ValueError(f"sources[{i}]({src.id}).url: missing URL (only the source article may omit it)")
        return self


class Sourced(Strict):
    """Any record that shows a fact: it cites sources and carries a verification status."""

    sources: list[SourceId] = Field(min_length=1)
    status: Status


class Quote(Sourced):
    id: Slug
    speaker: NonEmpty
    role: Text
    organisation: NonEmpty
    date: dt.date
    date_precision: Literal["day", "month"] = "day"
    original_language: Literal["en", "fr"]
    original: NonEmpty = Field(description="Verbatim wording, in the original language.")
    translation: NonEmpty = Field(description="Translation into the other app language.")
    context: Text


class Correction(Strict):
    id: Slug
    seed_says: NonEmpty = Field(description="What the seed article says, verbatim.")
    correct: Text
    sources: list[SourceId] = Field(min_length=1)


class Statement(Sourced):
    """A sentence the app states as fact, with its sources."""

    id: Slug
    text: Text


class KeyFigure(Sourced):
    id: Slug
    value: Text
    label: Text
    detail: Text


class EventType(Strict):
    id: Slug
    label: Text
    colour: Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]


class TimelineEvent(Sourced):
    id: Slug
    date: dt.date
    date_precision: Literal["day", "month"] = "day"
    type: Slug
    title: Text
    detail: Text
    highlight: bool = Field(default=False, description="Label this event on the chart itself.")


class OverviewFile(Strict):
    headline: Text
    lede: Statement
    key_figures: list[KeyFigure] = Field(min_length=3, max_length=5)
    event_types: list[EventType] = Field(min_length=1)
    events: list[TimelineEvent] = Field(min_length=1)
    quotes: list[Quote] = Field(default_factory=list)
    corrections: list[Correction] = Field(default_factory=list)
    takeaways: list[Statement] = Field(default_factory=list)


class StatusDef(Strict):
    id: Status
    label: Text
    short: Text = Field(description="Badge text; the full label and description show on hover.")
    description: Text


class TierDef(Strict):
    id: Tier
    label: Text
    description: Text


class MethodSection(Strict):
    id: Slug
    title: Text
    body: Text


class MethodFile(Strict):
    statuses: list[StatusDef]
    tiers: list[TierDef]
    sections: list[MethodSection]


class PageDef(Strict):
    id: Slug
    script: Annotated[str, StringConstraints(pattern=r"^pages/[a-z0-9_]+\.py$")]
    icon: NonEmpty
    title: Text
    nav: Text


class SiteFile(Strict):
    title: Text
    tagline: Text
    version: NonEmpty
    last_updated: dt.date
    pages: list[PageDef] = Field(min_length=1)
    ui: dict[str, Text]


# ---- promise scale (shared by the promise tracker and the lessons panel)
PromiseStatus = Literal["not-yet-rated", "in-the-works", "stalled", "compromise", "kept", "broken"]


class PromiseStatusDef(Strict):
    id: PromiseStatus
    group: Literal["progress", "final"]
    label: Text
    description: Text
    colour: Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]


class ScaleFile(Strict):
    """The editorial rating scale for promises, in display order."""

    intro: Text
    statuses: list[PromiseStatusDef]

    @model_validator(mode="after")
    def _complete(self) -> ScaleFile:
        ids = [s.id for s in self.statuses]
        missing = [s for s in PromiseStatus.__args__ if s not in ids]
        if missing:
            raise ValueError(f"statuses: the scale must define every status; missing {', '.join(missing)}")
        return self


# ---- compare (single custom model vs multi-model platform)
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


class Score(Sourced):
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
    scores: dict[CriterionId, Score] = Field(description="One score per criterion id.")


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


def _matrix_error(loc: tuple, message: str, got: str) -> dict:
    # Imported here: the imports at the top of this file are shared by every panel.
    from pydantic_core import PydanticCustomError

    return {"type": PydanticCustomError("matrix", message), "loc": loc, "input": got}


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
        errors: list[dict] = []
        ids = [c.id for c in self.criteria]
        known = ", ".join(ids)
        if all(c.default_weight == 0 for c in self.criteria):
            errors.append(_matrix_error(("criteria",), "every default weight is 0; at least one must be positive", "0"))
        if self.focus not in {a.id for a in self.approaches}:
            names = ", ".join(a.id for a in self.approaches)
            errors.append(_matrix_error(("focus",), f"unknown approach (known: {names})", self.focus))
        for i, approach in enumerate(self.approaches):
            for cid in ids:
                if cid not in approach.scores:
                    errors.append(
                        _matrix_error(
                            ("approaches", i, "scores"),
                            f"missing a score for criterion '{cid}' (every approach scores every criterion)",
                            ", ".join(approach.scores),
                        )
                    )
            for cid in approach.scores:
                if cid not in ids:
                    errors.append(
                        _matrix_error(("approaches", i, "scores", cid), f"unknown criterion (known: {known})", cid)
                    )
        for i, preset in enumerate(self.presets):
            for cid in ids:
                if cid not in preset.weights:
                    errors.append(
                        _matrix_error(
                            ("presets", i, "weights"),
                            f"missing a weight for criterion '{cid}'",
                            ", ".join(preset.weights),
                        )
                    )
            for cid in preset.weights:
                if cid not in ids:
                    errors.append(
                        _matrix_error(("presets", i, "weights", cid), f"unknown criterion (known: {known})", cid)
                    )
            if preset.weights and all(w == 0 for w in preset.weights.values()):
                errors.append(
                    _matrix_error(("presets", i, "weights"), "every weight is 0; a preset must weigh something", "0")
                )
        types = {t.id for t in self.timeline_types}
        for i, event in enumerate(self.timeline):
            if event.type not in types:
                errors.append(
                    _matrix_error(
                        ("timeline", i, "type"), f"unknown event type (known: {', '.join(sorted(types))})", event.type
                    )
                )
            if (event.date_precision == "approx") != (event.when is not None):
                errors.append(
                    _matrix_error(
                        ("timeline", i, "when"),
                        "an approximate date needs 'when' (how to state it), and only an approximate date takes one",
                        event.date_precision,
                    )
                )
        if self.seed_claim.status != "seed-only":
            errors.append(
                _matrix_error(
                    ("seed_claim", "status"),
                    "the source article's claim must be marked seed-only",
                    self.seed_claim.status,
                )
            )
        if errors:
            from pydantic import ValidationError

            raise ValidationError.from_exception_data(type(self).__name__, errors)
        return self
