"""Base models and field types shared by every content file: bilingual text, sources, sourced records, quotes."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

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

HexColour = Annotated[
    str,
    StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$"),
    Field(description="A colour as #RRGGBB."),
]

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


class Statement(Sourced):
    """A sentence the app states as fact, with its sources."""

    id: Slug
    text: Text


class EventType(Strict):
    """A kind of dated event on a timeline: its lane's label and colour."""

    id: Slug
    label: Text
    colour: HexColour
