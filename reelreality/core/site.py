"""The site's shell (content/site.yaml: pages, UI strings) and the slides (content/slides.yaml)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import (
    Field,
    StringConstraints,
)

from reelreality.core.models import NonEmpty, Slug, Sourced, Strict, Text


class PageDef(Strict):
    id: Slug
    script: Annotated[str, StringConstraints(pattern=r"^panels/[a-z0-9_]+\.py$")]
    icon: NonEmpty
    title: Text
    nav: Text
    sections: list[Slug] = Field(
        min_length=1,
        description="The page's sections, in the order shown: each section its panel draws, exactly once "
        "(the ids are listed in reelreality/core/sections.py). Put the finding and the main element first.",
    )


class SiteFile(Strict):
    title: Text
    tagline: Text
    version: NonEmpty
    last_updated: dt.date
    pages: list[PageDef] = Field(min_length=1)
    ui: dict[str, Text]


# ---- promise scale (shared by the promise tracker and the lessons panel)
PromiseStatus = Literal["not-yet-rated", "in-the-works", "stalled", "compromise", "kept", "broken"]


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
