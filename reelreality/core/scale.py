"""The editorial rating scale for promises (content/scale.yaml), shared by the promise tracker and other sectors."""

from __future__ import annotations

from typing import Literal

from pydantic import (
    model_validator,
)

from reelreality.core.models import HexColour, Strict, Text
from reelreality.core.site import PromiseStatus


class PromiseStatusDef(Strict):
    id: PromiseStatus
    group: Literal["progress", "final"]
    label: Text
    description: Text
    colour: HexColour


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
