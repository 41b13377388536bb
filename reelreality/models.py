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
def _non_empty(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value


# Checked, not stripped: UI strings such as French " ; " keep their spaces.
NonEmpty = Annotated[str, AfterValidator(_non_empty)]

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
    script: Annotated[str, StringConstraints(pattern=r"^panels/[a-z0-9_]+\.py$")]
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


# ---- slides (presentation mode, offline deck and handout)
class Slide(Sourced):
    id: Slug
    page: Slug = Field(description="Id of the page this slide summarises (for permalinks).")
    title: Text
    message: Text = Field(description="The one key message, one or two sentences.")
    figure: str | None = Field(default=None, description="Name of a registered figure (reelreality/figures.py).")
    notes: Text = Field(description="Speaker notes, hidden by default.")


class SlidesFile(Strict):
    slides: list[Slide] = Field(min_length=1)



# ---- promises
def _raise_at(title: str, errors: list[tuple[tuple, str, object]]) -> None:
    """Raise one ValidationError holding several located errors (loc, message, offending value)."""
    # Imported here so this panel's block stays self-contained when branches are union-merged.
    from pydantic import ValidationError
    from pydantic_core import InitErrorDetails, PydanticCustomError

    if errors:
        raise ValidationError.from_exception_data(
            title,
            [
                InitErrorDetails(type=PydanticCustomError("content_rule", msg), loc=loc, input=str(value))
                for loc, msg, value in errors
            ],
        )


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
        _raise_at("Promise", errors)
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
        _raise_at("PromisesFile", errors)
        return self


# ---- lessons (other sectors: cases scored on shared dimensions, and the lessons they support)
Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]
ScriptPath = Annotated[str, StringConstraints(pattern=r"^panels/[a-z0-9_]+\.py$")]


def _yaml_bool_hint(data: object, field: str) -> object:
    # YAML 1.1 reads unquoted yes/no as true/false; say how to fix it instead of "not a string".
    if isinstance(data, dict) and isinstance(data.get(field), bool):
        raise ValueError(f'{field}: write "yes" or "no" in quotes; YAML reads them unquoted as true/false')
    return data


class Sector(Strict):
    id: Slug
    label: Text


class ScoreValue(Strict):
    """One answer a case can get on a dimension (yes / partly / no / unknown)."""

    id: Slug
    label: Text
    description: Text
    colour: Colour
    shortfall: bool = Field(description="True when this answer counts as falling short (a weak point).")

    @model_validator(mode="before")
    @classmethod
    def _quoted(cls, data: object) -> object:
        return _yaml_bool_hint(data, "id")


class Dimension(Strict):
    """A question every case is scored on, phrased so that 'yes' means the promise held up."""

    id: Slug
    short: Text = Field(description="Column label in the matrix.")
    question: Text


class CaseDate(Strict):
    date: dt.date
    precision: Literal["day", "month", "year"] = "day"
    label: Text


class CaseText(Sourced):
    """A paragraph of fact about a case (what was promised, what happened)."""

    text: Text


class CaseQuote(Quote):
    moment: Literal["promise", "later"] = Field(description="Said when promising, or later when reality came in.")


class Score(Sourced):
    """One cell of the matrix: an editorial answer (an id from `values`) with its reasoning and evidence."""

    value: Slug
    rationale: Text

    @model_validator(mode="before")
    @classmethod
    def _quoted(cls, data: object) -> object:
        return _yaml_bool_hint(data, "value")


class CaseRating(Strict):
    """Editorial rating on the shared promise scale (an id from content/scale.yaml)."""

    status: Slug
    rationale: Text


class Case(Sourced):
    """One company's AI promise and what happened; `sources` lists every source the case cites."""

    id: Slug
    company: NonEmpty = Field(description="Short name, also the case's value in a shared link; unique.")
    product: Text
    sector: Slug
    dates: list[CaseDate] = Field(min_length=1)
    promise: CaseText
    outcome: CaseText
    quotes: list[CaseQuote] = Field(default_factory=list)
    rating: CaseRating
    scores: dict[Slug, Score] = Field(description="One score per dimension id.")
    unknowns: list[Text] = Field(default_factory=list, description="What the sources do not establish.")
    note: Text | None = Field(default=None, description="A caveat readers must see with the case.")


class Study(Sourced):
    """Cross-sector evidence (regulator report, research, forecast); `sources` back its finding."""

    id: Slug
    title: NonEmpty
    publisher: NonEmpty
    kind: Text
    date: dt.date
    date_precision: Literal["day", "month"] = "day"
    finding: Text
    details: list[Statement] = Field(default_factory=list)
    contested: bool = False
    criticism: Statement | None = None
    unknowns: list[Text] = Field(default_factory=list)

    @model_validator(mode="after")
    def _criticism_with_contested(self) -> Study:
        if self.contested and self.criticism is None:
            raise ValueError("criticism: a contested finding must be shown with its criticism")
        return self


class Lesson(Strict):
    """A lesson in our words; it points to the cases (and studies) that support it."""

    id: Slug
    title: Text
    body: Text
    dimension: Slug | None = Field(default=None, description="The matrix column this lesson reads.")
    cases: list[Slug] = Field(min_length=1)
    studies: list[Slug] = Field(default_factory=list)


class WorkedPoint(Strict):
    id: Slug
    text: Text
    cases: list[Slug] = Field(min_length=1)


class Closing(Strict):
    """'What would have worked', tied to the model-comparison panel when that page exists."""

    intro: Text
    points: list[WorkedPoint] = Field(min_length=1)
    link_script: ScriptPath = Field(description="Page to link to, only when content/site.yaml lists it.")
    link_note: Text


class CasesFile(Strict):
    lede: Text
    framing: Quote
    reference_case: Slug = Field(description="The case the others are set beside (Lionsgate × Runway).")
    sectors: list[Sector] = Field(min_length=1)
    values: list[ScoreValue] = Field(min_length=2)
    dimensions: list[Dimension] = Field(min_length=1)
    cases: list[Case] = Field(min_length=1)
    studies: list[Study] = Field(default_factory=list)
    lessons: list[Lesson] = Field(min_length=4, max_length=6)
    closing: Closing


# ---- obstacles (risk register, data scale, quality gap)
# Imported here rather than at the top so this panel's block merges cleanly with the others'.
from pydantic import ValidationInfo, field_validator  # noqa: E402
from pydantic_core import PydanticCustomError  # noqa: E402

Rating = Annotated[int, Field(ge=1, le=5, description="Editorial rating from 1 (lowest) to 5 (highest).")]
Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]


def _rule(message: str) -> PydanticCustomError:
    # A custom error keeps the message free of pydantic's "Value error," prefix.
    return PydanticCustomError("content_rule", message)


class ObstacleCategory(Strict):
    id: Slug
    label: Text
    colour: Colour
    symbol: Literal["circle", "square", "diamond", "triangle-up", "pentagon", "hexagon"] = Field(
        description="Marker shape on the heat map, so the category does not rest on colour alone."
    )


class RiskBand(Strict):
    """A band of the editorial score likelihood × impact (1–25)."""

    id: Slug
    label: Text
    low: int = Field(ge=1, le=25)
    high: int = Field(ge=1, le=25)
    colour: Colour


class Obstacle(Sourced):
    """One obstacle of the register. `sources`/`status` back the summary; ratings are editorial."""

    id: Slug
    category: Slug
    title: Text
    summary: Text = Field(description="What was reported, in one or two sentences (backed by sources/status).")
    likelihood: Rating
    likelihood_rationale: Text = Field(description="Why this likelihood (editorial).")
    impact: Rating
    impact_rationale: Text = Field(description="Why this impact (editorial).")
    mitigation: Text = Field(description="What would reduce it (editorial).")
    evidence: list[Statement] = Field(min_length=1, description="Sourced evidence, each with its own status.")


class QualityDimension(Sourced):
    """What a film pipeline needs vs what generated video delivered; `sources`/`status` back `delivered`."""

    id: Slug
    name: Text
    needs: Text = Field(description="What a feature-film pipeline needs on this dimension.")
    delivered: Text = Field(description="What generated video delivered in 2024–2025, as reported.")
    gap: Rating = Field(description="Editorial: how far the delivery was from the need (5 = furthest).")
    gap_rationale: Text
    evidence: list[Statement] = Field(default_factory=list)


class ObstaclesFile(Strict):
    lede: Statement
    likelihood_scale: list[Text] = Field(min_length=5, max_length=5, description="Labels for 1..5.")
    impact_scale: list[Text] = Field(min_length=5, max_length=5, description="Labels for 1..5.")
    scale_note: Text = Field(description="What likelihood and impact mean here (editorial).")
    categories: list[ObstacleCategory] = Field(min_length=1)
    bands: list[RiskBand] = Field(min_length=1)
    obstacles: list[Obstacle] = Field(min_length=1)
    quality_intro: Text
    quality_gap_scale: list[Text] = Field(min_length=5, max_length=5, description="Labels for gap 1..5.")
    quality: list[QualityDimension] = Field(min_length=1)

    @field_validator("bands")
    @classmethod
    def _bands_cover_scores(cls, bands: list[RiskBand]) -> list[RiskBand]:
        covered = [n for b in bands for n in range(b.low, b.high + 1)]
        if sorted(covered) != list(range(1, 26)):
            raise _rule("the bands must cover every score from 1 to 25 exactly once")
        return bands


ScaleRowType = Literal["studio-catalog", "public-dataset", "raw-pool", "filtered", "undisclosed"]
"""studio-catalog: a studio's library; public-dataset: a published research data set;
raw-pool: the raw video a model's makers collected before curation; filtered: the curated set a
model was actually trained on; undisclosed: a model whose makers give no training-data size."""


class Hours(Strict):
    low: float = Field(gt=0)
    high: float = Field(gt=0)

    @field_validator("high")
    @classmethod
    def _ordered(cls, high: float, info: ValidationInfo) -> float:
        low = info.data.get("low")
        if low is not None and low > high:
            raise _rule(f"high {high:g} is below low {low:g}")
        return high


class Counts(Strict):
    films: int = Field(ge=0)
    episodes: int = Field(ge=0)


class ScaleRow(Sourced):
    """One bar of the data-scale chart: a studio catalog or a video-model training set.

    Field order matters: each rule below reads the fields validated before it."""

    id: Slug
    name: Text = Field(description="Label on the chart.")
    short: NonEmpty = Field(description="Proper name used in sentences, e.g. 'NVIDIA Cosmos-Predict2.5'.")
    type: ScaleRowType = Field(description="studio-catalog | public-dataset | raw-pool | filtered | undisclosed")
    year: int | None = Field(
        default=None, ge=2000, le=2100, description="Year of the figure, when the source gives it."
    )
    basis: Literal["stated", "estimated"] | None = Field(
        default=None,
        validate_default=True,
        description="stated: the source gives the hours; estimated: we computed them. Omit if undisclosed.",
    )
    counts: Counts | None = Field(default=None, description="Films and episodes, when the source counts titles.")
    hours: Hours | None = Field(
        default=None, validate_default=True, description="Hours of video; omit when estimated from counts."
    )
    at_least: bool = Field(default=False, description="The source gives a lower bound ('more than').")
    assumption: Text | None = Field(
        default=None, validate_default=True, description="Required for estimates: how the hours were obtained."
    )
    what: Text = Field(description="What the figure counts, in the source's terms.")
    highlight: bool = Field(default=False, description="Spell out the comparison with the catalog in a sentence.")

    @field_validator("basis")
    @classmethod
    def _basis(cls, basis: str | None, info: ValidationInfo) -> str | None:
        kind = info.data.get("type")
        if kind == "undisclosed" and basis is not None:
            raise _rule("an undisclosed training set gives no figure, so it has no basis")
        if kind is not None and kind != "undisclosed" and basis is None:
            raise _rule("say whether the figure is 'stated' or 'estimated'")
        return basis

    @field_validator("hours")
    @classmethod
    def _hours(cls, hours: Hours | None, info: ValidationInfo) -> Hours | None:
        kind = info.data.get("type")
        if kind == "undisclosed":
            if hours is not None or info.data.get("counts") is not None:
                raise _rule("an undisclosed training set must not show hours or counts (list it as undisclosed)")
            return hours
        if hours is None and info.data.get("counts") is None and kind is not None:
            raise _rule("give the hours, or counts of films and episodes to estimate them from")
        if hours is None and info.data.get("basis") == "stated":
            raise _rule("hours estimated from counts cannot be 'stated'")
        return hours

    @field_validator("assumption")
    @classmethod
    def _assumption(cls, assumption: Text | None, info: ValidationInfo) -> Text | None:
        if info.data.get("basis") == "estimated" and assumption is None:
            raise _rule("an estimate must state its assumption")
        return assumption


class RangeControl(Sourced):
    """A slider of the data-scale explorer; `basis` explains the default and cites its sources."""

    min: int
    max: int
    step: int = Field(gt=0)
    default: list[int] = Field(min_length=1, max_length=2, description="[value] or [low, high].")
    basis: Text

    @field_validator("default")
    @classmethod
    def _inside(cls, default: list[int], info: ValidationInfo) -> list[int]:
        low, high = info.data.get("min"), info.data.get("max")
        if low is None or high is None:
            return default
        if not low < high:
            raise _rule(f"min {low:g} must be below max {high:g}")
        if any(not low <= v <= high for v in default) or default != sorted(default):
            raise _rule(f"default {default} must be in order and within {low:g}–{high:g}")
        return default


class DataScaleControls(Strict):
    feature_minutes: RangeControl
    episode_minutes: RangeControl
    episode_share: RangeControl
    usable_share: RangeControl


class DataScaleCatalog(Sourced):
    id: Slug
    name: Text
    titles: int = Field(gt=0)
    what: Text


class DataScaleFile(Strict):
    intro: Text
    catalog: DataScaleCatalog
    controls: DataScaleControls
    rows: list[ScaleRow] = Field(min_length=1)
    calibration: Slug = Field(description="Id of a row with stated hours and counts, used to check the runtimes.")
    scaling: list[Statement] = Field(min_length=1, description="Why more data matters, as short sourced notes.")
    caveats: list[Text] = Field(default_factory=list, description="Editorial cautions on reading the chart.")

    @field_validator("calibration")
    @classmethod
    def _calibration(cls, calibration: str, info: ValidationInfo) -> str:
        rows = {row.id: row for row in info.data.get("rows") or []}
        row = rows.get(calibration)
        if "rows" in info.data and (row is None or row.hours is None or row.counts is None):
            raise _rule(f"'{calibration}' must be a row with both stated hours and counts")
        return calibration


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
