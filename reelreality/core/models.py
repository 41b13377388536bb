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

from reelreality.core.errors import raise_at

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
    """One entry of the bibliography: who published what, when, where, and whether its own text was read."""

    id: Slug
    title: NonEmpty | None = Field(
        default=None, description="The title as the publisher printed it; leave out when it could not be read."
    )
    untitled: Text | None = Field(
        default=None, description="Only when the printed title could not be read: what the source is, in words."
    )
    publisher: NonEmpty
    url: HttpsUrl | None = Field(
        default=None, description="Link to the text read; only the source article may lack one."
    )
    published: dt.date | Literal["unknown"] = Field(
        description="Publication date as printed by the source, or 'unknown' when it gives none."
    )
    accessed: dt.date = Field(description="When the source text was read.")
    read: bool = Field(
        description="Whether this source's own text was read. A source seen only as quoted by another "
        "outlet, or read in a copy or mirror of it, was not read: cite the copy too."
    )
    language: Literal["en", "fr", "it", "de", "es", "ko"]
    tier: Tier
    note: Text | None = Field(default=None, description="Why this copy, or what to keep in mind.")

    @model_validator(mode="after")
    def _title_or_untitled(self) -> Source:
        if (self.title is None) == (self.untitled is None):
            raise_at(
                "Source", [(("untitled",), "give the printed title, or (only when it could not be read) untitled", "")]
            )
        return self

    def shown_title(self, lang: str) -> str:
        """The printed title, or the description of an untitled source in brackets."""
        return self.title if self.title is not None else f"[{self.untitled(lang) if self.untitled else ''}]"

    def quoted_title(self, lang: str) -> str:
        """The printed title in the language's quotation marks, or the description of an untitled source."""
        if self.title is None:
            return self.shown_title(lang)
        return f"«\u202f{self.title}\u202f»" if lang == "fr" else f"“{self.title}”"


class SourcesFile(Strict):
    sources: list[Source] = Field(min_length=1)

    @model_validator(mode="after")
    def _urls(self) -> SourcesFile:
        errors: list[tuple[tuple, str, object]] = []
        first: dict[str, int] = {}
        for i, src in enumerate(self.sources):
            if src.url is None and src.tier != "source-article":
                errors.append((("sources", i, "url"), "missing URL (only the source article may omit it)", ""))
            elif src.url is not None and src.url in first:
                errors.append(
                    (("sources", i, "url"), f"same URL as sources[{first[src.url]}]: one source, one entry", src.url)
                )
            elif src.url is not None:
                first[src.url] = i
        raise_at("SourcesFile", errors)
        return self


class Sourced(Strict):
    """Any record that shows a fact: it cites sources and carries a verification status."""

    sources: list[SourceId] = Field(min_length=1)
    status: Status
    corrected: list[Slug] = Field(
        default_factory=list,
        description="Ids of the corrections-log entries (content/corrections.yaml) that changed this record.",
    )


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
