"""The method file (content/method.yaml): verification statuses, source tiers, method sections."""

from __future__ import annotations

from pydantic import (
    Field,
)

from reelreality.core.models import Slug, Status, Strict, Text, Tier


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

    def status_labels(self, lang: str) -> dict[str, str]:
        """Verification status id -> its full label in `lang` (tables, hover text)."""
        return {s.id: s.label(lang) for s in self.statuses}

    def status_shorts(self, lang: str) -> dict[str, str]:
        """Verification status id -> its badge text in `lang`."""
        return {s.id: s.short(lang) for s in self.statuses}
