"""The cases file's shapes: sectors, answers, shared questions, cases with their scores, studies and lessons."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from reelreality.core.errors import raise_at
from reelreality.core.models import HexColour, NonEmpty, Quote, Slug, Sourced, Statement, Strict, Text

ScriptPath = Annotated[str, StringConstraints(pattern=r"^panels/[a-z0-9_]+\.py$")]


def _yaml_bool_hint(data: object, field: str) -> object:
    # YAML 1.1 reads unquoted yes/no as true/false; say how to fix it instead of "not a string".
    if isinstance(data, dict) and isinstance(data.get(field), bool):
        hint = 'write "yes" or "no" in quotes; YAML reads them unquoted as true/false'
        raise_at("yes/no answer", [((field,), hint, data[field])])
    return data


class Sector(Strict):
    id: Slug
    label: Text


class ScoreValue(Strict):
    """One answer a case can get on a dimension (yes / partly / no / unknown)."""

    id: Slug
    label: Text
    description: Text
    colour: HexColour
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
            raise_at("Study", [(("criticism",), "a contested finding must be shown with its criticism", None)])
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
