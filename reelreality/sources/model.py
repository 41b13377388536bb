"""The method (content/method.yaml: statuses, tiers, sections) and the corrections log (content/corrections.yaml)."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from reelreality.core.models import Slug, SourceId, Status, Strict, Text, Tier


class StatusDef(Strict):
    id: Status
    label: Text
    short: Text = Field(description="Badge text; the full label and description show on hover.")
    description: Text
    rule: Text = Field(
        description="What the cited sources must be for this status, in the words the validator quotes when a "
        "record breaks it (reelreality/core/sourcing.py enforces it on every record)."
    )


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

    def status_labels(self, lang: str) -> dict[str, str]:
        """Verification status id -> its full label in `lang` (tables, hover text)."""
        return {s.id: s.label(lang) for s in self.statuses}

    def status_shorts(self, lang: str) -> dict[str, str]:
        """Verification status id -> its badge text in `lang`."""
        return {s.id: s.short(lang) for s in self.statuses}


class CorrectionEntry(Strict):
    """One entry of the corrections log: when, what was wrong, what the explainer says now, and why."""

    id: Slug
    date: dt.date = Field(description="When the correction was published in the explainer.")
    wrong: Text = Field(description="What the explainer said or showed before.")
    now: Text = Field(description="What it says or shows now.")
    sources: list[SourceId] = Field(min_length=1, description="The sources that establish the corrected version.")


class CorrectionsFile(Strict):
    """The corrections log (content/corrections.yaml), newest first, like a newspaper's corrections column."""

    intro: Text
    entries: list[CorrectionEntry] = Field(min_length=1)
