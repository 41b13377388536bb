"""Content models of obstacles.yaml (risk register, quality gap) and datascale.yaml (data-scale explorer)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, ValidationInfo, field_validator

from reelreality.core.errors import rule
from reelreality.core.models import HexColour, NonEmpty, Slug, Sourced, Statement, Strict, Text

Rating = Annotated[int, Field(ge=1, le=5, description="Editorial rating from 1 (lowest) to 5 (highest).")]


class ObstacleCategory(Strict):
    id: Slug
    label: Text
    colour: HexColour
    symbol: Literal["circle", "square", "diamond", "triangle-up", "pentagon", "hexagon"] = Field(
        description="Marker shape on the heat map, so the category does not rest on colour alone."
    )


class RiskBand(Strict):
    """A band of the editorial score likelihood × impact (1–25)."""

    id: Slug
    label: Text
    low: int = Field(ge=1, le=25)
    high: int = Field(ge=1, le=25)
    colour: HexColour


class Obstacle(Sourced):
    """One obstacle of the register. `sources`/`status` back the summary; ratings are editorial."""

    id: Slug
    category: Slug
    title: Text
    former_titles: list[Text] = Field(
        default_factory=list, description="Titles it had before a correction: links made with them still open it."
    )
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
            raise rule("the bands must cover every score from 1 to 25 exactly once")
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
            raise rule(f"high {high:g} is below low {low:g}")
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
            raise rule("an undisclosed training set gives no figure, so it has no basis")
        if kind is not None and kind != "undisclosed" and basis is None:
            raise rule("say whether the figure is 'stated' or 'estimated'")
        return basis

    @field_validator("hours")
    @classmethod
    def _hours(cls, hours: Hours | None, info: ValidationInfo) -> Hours | None:
        kind = info.data.get("type")
        if kind == "undisclosed":
            if hours is not None or info.data.get("counts") is not None:
                raise rule("an undisclosed training set must not show hours or counts (list it as undisclosed)")
            return hours
        if hours is None and info.data.get("counts") is None and kind is not None:
            raise rule("give the hours, or counts of films and episodes to estimate them from")
        if hours is None and info.data.get("basis") == "stated":
            raise rule("hours estimated from counts cannot be 'stated'")
        return hours

    @field_validator("assumption")
    @classmethod
    def _assumption(cls, assumption: Text | None, info: ValidationInfo) -> Text | None:
        if info.data.get("basis") == "estimated" and assumption is None:
            raise rule("an estimate must state its assumption")
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
            raise rule(f"min {low:g} must be below max {high:g}")
        if any(not low <= v <= high for v in default) or default != sorted(default):
            raise rule(f"default {default} must be in order and within {low:g}–{high:g}")
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
            raise rule(f"'{calibration}' must be a row with both stated hours and counts")
        return calibration
