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


# ---- legal
Requirement = Literal["consent", "payment", "both", "none", "unclear"]
"""What a stakeholder is owed before a use, in our editorial reading of the rules.

consent: they must agree; payment: they must be paid; both; none: no rule or report read gives
them a say or a payment; unclear: the rules are unsettled or untested."""

HexColour = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]


class RequirementDef(Strict):
    id: Requirement
    label: Text
    short: Text = Field(description="A word or two, printed in the cells of the heat matrix.")
    description: Text
    colour: HexColour
    badge: Literal["red", "orange", "yellow", "blue", "green", "violet", "gray", "primary"] = Field(
        description="Colour of the Streamlit badge showing this requirement."
    )


class Stakeholder(Strict):
    id: Slug
    label: Text = Field(description="Capitalised, for cards and chart axes.")
    name: Text = Field(description="Lower case, as it reads inside a sentence.")
    description: Text


class UseCase(Sourced):
    """A use of a studio model, with who proposed or reported it."""

    id: Slug
    label: Text
    short: Text = Field(description="Short label for the picker, the URL and chart axes.")
    description: Text


class LegalRule(Sourced):
    """A contract, law, official report, lawsuit or press report that bears on the uses."""

    id: Slug
    kind: Slug = Field(description="An id from rule_kinds.")
    date: dt.date
    date_precision: Literal["day", "month"] = "day"
    jurisdiction: Text
    title: Text
    short: Text = Field(description="A few words, for chart rows and lists of rules.")
    summary: Text = Field(description="What it says, in plain language.")


class Milestone(Sourced):
    """A moment of the Lionsgate story drawn on the rules timeline for context."""

    id: Slug
    date: dt.date
    label: Text = Field(description="Capitalised, printed on the chart.")
    name: Text = Field(description="Lower case, as it reads inside a sentence.")


class LegalQuote(Quote):
    use_cases: list[Slug] = Field(default_factory=list, description="Use cases it is shown with; empty means all.")


class Need(Strict):
    """One cell of the mapping: what one stakeholder is owed for one use case (editorial)."""

    stakeholder: Slug
    requirement: Requirement
    rules: list[Slug] = Field(default_factory=list, description="Ids from rules behind this requirement.")
    sources: list[SourceId] = Field(
        default_factory=list, description="Reporting behind the rationale besides the rules."
    )
    rationale: Text


class NeedRow(Strict):
    use_case: Slug
    needs: list[Need] = Field(min_length=1)


class LegalFile(Strict):
    lede: Statement
    requirements: list[RequirementDef] = Field(description="The requirement scale, in display order.")
    rule_kinds: list[EventType] = Field(min_length=1)
    stakeholders: list[Stakeholder] = Field(min_length=1)
    use_cases: list[UseCase] = Field(min_length=1)
    rules: list[LegalRule] = Field(min_length=1)
    milestones: list[Milestone] = Field(default_factory=list)
    quotes: list[LegalQuote] = Field(default_factory=list)
    mapping: list[NeedRow] = Field(min_length=1, description="One row per use case, one need per stakeholder.")

    @model_validator(mode="after")
    def _references(self) -> LegalFile:
        problems: list[tuple[tuple, str, object]] = []

        def known(ids: list[str]) -> str:
            return ", ".join(ids)

        missing = [r for r in Requirement.__args__ if r not in {d.id for d in self.requirements}]
        if missing:
            problems.append(
                (("requirements",), f"the scale must define every requirement; missing {known(missing)}", missing)
            )
        kinds = [k.id for k in self.rule_kinds]
        for i, rule in enumerate(self.rules):
            if rule.kind not in kinds:
                problems.append(
                    (("rules", i, "kind"), f"unknown rule kind '{rule.kind}' (known: {known(kinds)})", rule.kind)
                )
        uses = [u.id for u in self.use_cases]
        people = [s.id for s in self.stakeholders]
        rules = [r.id for r in self.rules]
        seen_uses: set[str] = set()
        for i, row in enumerate(self.mapping):
            if row.use_case not in uses:
                problems.append(
                    (
                        ("mapping", i, "use_case"),
                        f"unknown use case '{row.use_case}' (known: {known(uses)})",
                        row.use_case,
                    )
                )
            elif row.use_case in seen_uses:
                problems.append(
                    (("mapping", i, "use_case"), f"use case '{row.use_case}' is mapped twice", row.use_case)
                )
            seen_uses.add(row.use_case)
            seen: set[str] = set()
            for j, need in enumerate(row.needs):
                where = ("mapping", i, "needs", j)
                if need.stakeholder not in people:
                    problems.append(
                        (
                            where + ("stakeholder",),
                            f"unknown stakeholder '{need.stakeholder}' (known: {known(people)})",
                            need.stakeholder,
                        )
                    )
                elif need.stakeholder in seen:
                    problems.append(
                        (
                            where + ("stakeholder",),
                            f"stakeholder '{need.stakeholder}' appears twice in use case '{row.use_case}'",
                            need.stakeholder,
                        )
                    )
                seen.add(need.stakeholder)
                for k, rid in enumerate(need.rules):
                    if rid not in rules:
                        problems.append((where + ("rules", k), f"unknown rule '{rid}' (known: {known(rules)})", rid))
                if need.requirement != "none" and not need.rules and not need.sources:
                    problems.append(
                        (
                            where + ("rules",),
                            f"requirement '{need.requirement}' needs at least one rule or source behind it",
                            need.rules,
                        )
                    )
            left_out = [p for p in people if p not in seen]
            if left_out:
                problems.append(
                    (
                        ("mapping", i, "needs"),
                        f"use case '{row.use_case}' leaves out stakeholder(s) {known(left_out)}",
                        left_out,
                    )
                )
        for u in uses:
            if u not in seen_uses:
                problems.append((("mapping",), f"use case '{u}' has no row", u))
        for i, quote in enumerate(self.quotes):
            for k, uid in enumerate(quote.use_cases):
                if uid not in uses:
                    problems.append(
                        (("quotes", i, "use_cases", k), f"unknown use case '{uid}' (known: {known(uses)})", uid)
                    )
        if problems:
            # A ValidationError raised here keeps each problem's own location, so the loader can name
            # the item and field (a plain ValueError would point at the whole file).
            from pydantic import ValidationError
            from pydantic_core import InitErrorDetails, PydanticCustomError

            raise ValidationError.from_exception_data(
                "LegalFile",
                [
                    InitErrorDetails(
                        type=PydanticCustomError("legal_reference", "{message}", {"message": msg}), loc=loc, input=value
                    )
                    for loc, msg, value in problems
                ],
            )
        return self
