"""Located content errors: one problem type for cross-file checks, one way to raise from a model."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError


@dataclass(frozen=True)
class Problem:
    """One problem in one content file: `content/<file>: <item path>: <message>`."""

    file: str
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"content/{self.file}: {where}{self.message}"


class ContentError(Exception):
    """Raised when content does not validate; holds every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def rule(message: str) -> PydanticCustomError:
    """An error to raise from a field validator; unlike ValueError, pydantic adds no "Value error," prefix."""
    # The message is passed as context so braces in content text are never read as a template.
    return PydanticCustomError("content_rule", "{message}", {"message": message})


def raise_at(title: str, errors: Sequence[tuple[tuple[Any, ...], str, object]]) -> None:
    """From a model validator: raise every (location, message, offending value) at once, if any.

    Each location is relative to the model, so the loader reports `promises[3](id).history[0].date`."""
    if errors:
        raise ValidationError.from_exception_data(
            title,
            [InitErrorDetails(type=rule(msg), loc=loc, input=_shown(value)) for loc, msg, value in errors],
        )


def _shown(value: object) -> object:
    # Lists and mappings are reported by their type ("got list"); anything else by its text.
    return value if isinstance(value, list | dict) else str(value)
