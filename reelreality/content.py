"""All content, typed: one attribute per content file, loaded and validated once, with every cross-file check.

Adding a panel adds its file here (one field of `Content`) and its checks to `CHECKS`.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import os
import typing
import uuid
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from reelreality import slides
from reelreality.compare import checks as compare_checks
from reelreality.compare.model import ApproachesFile
from reelreality.core import checks as core_checks
from reelreality.core import loader, quotes, sourcing
from reelreality.core.errors import ContentError, Problem
from reelreality.core.loader import APP_ROOT, Check, format_path
from reelreality.core.models import Source, SourcesFile, Text
from reelreality.core.scale import ScaleFile
from reelreality.core.site import SiteFile, SlidesFile
from reelreality.legal.model import LegalFile
from reelreality.lessons import checks as lessons_checks
from reelreality.lessons.model import CasesFile
from reelreality.obstacles import checks as obstacles_checks
from reelreality.obstacles.model import DataScaleFile, ObstaclesFile
from reelreality.promises import checks as promises_checks
from reelreality.promises.model import PromisesFile
from reelreality.sources import checks as sources_checks
from reelreality.sources.model import CorrectionsFile, MethodFile
from reelreality.story import checks as story_checks
from reelreality.story.model import OverviewFile
from reelreality.text import Phrases

__all__ = [
    "CONTENT_DIR",
    "CHECKS",
    "FILES",
    "Content",
    "ContentError",
    "Problem",
    "current",
    "format_path",
    "load",
    "validate",
]

# REELREALITY_CONTENT_DIR points the app at another copy of the content (tests serve hostile text this way).
CONTENT_DIR = Path(os.environ.get("REELREALITY_CONTENT_DIR") or APP_ROOT / "content")


def _file(name: str) -> Any:
    return field(metadata={"file": name})


@dataclass(frozen=True, eq=False)
class Content:
    """Every validated content file, one typed attribute each."""

    sources: SourcesFile = _file("sources.yaml")
    site: SiteFile = _file("site.yaml")
    method: MethodFile = _file("method.yaml")
    overview: OverviewFile = _file("overview.yaml")
    scale: ScaleFile = _file("scale.yaml")
    slides: SlidesFile = _file("slides.yaml")
    promises: PromisesFile = _file("promises.yaml")
    cases: CasesFile = _file("cases.yaml")
    obstacles: ObstaclesFile = _file("obstacles.yaml")
    datascale: DataScaleFile = _file("datascale.yaml")
    legal: LegalFile = _file("legal.yaml")
    approaches: ApproachesFile = _file("approaches.yaml")
    corrections: CorrectionsFile = _file("corrections.yaml")
    # Names this load of the content in caches keyed on it (ui.shared): a new load, a new token.
    token: str = field(default_factory=lambda: uuid.uuid4().hex)

    @property
    def files(self) -> dict[str, BaseModel]:
        """The content files by attribute name, in FILES order."""
        return {name: getattr(self, name) for name in FILES}

    @property
    def by_file(self) -> dict[str, BaseModel]:
        """The content files by file name (as problems name them)."""
        return {fname: getattr(self, name) for name, (fname, _) in FILES.items()}

    @functools.cached_property
    def source_map(self) -> dict[str, Source]:
        return {s.id: s for s in self.sources.sources}

    def ui(self, key: str) -> Text:
        return self.site.ui[key]

    def phrases(self, lang: str) -> Phrases:
        """The UI strings in `lang`, with dates, numbers, lists and plurals in that language."""
        return Phrases(self.site.ui, lang)


_HINTS = typing.get_type_hints(Content)
FILES: dict[str, tuple[str, type[BaseModel]]] = {
    f.name: (f.metadata["file"], _HINTS[f.name]) for f in fields(Content) if "file" in f.metadata
}
"""Attribute name on Content -> (file name in content/, root model)."""


def _status_rule(content: Content) -> list[Problem]:
    """The sourcing rule (reelreality/core/sourcing.py) on every sourced record of every file."""
    rules = {s.id: s.rule("en") for s in content.method.statuses}
    return sourcing.check_statuses(content.by_file, content.source_map, rules)


def _quote_rule(content: Content) -> list[Problem]:
    """Every passage in quotation marks is the words of a quote record (reelreality/core/quotes.py)."""
    return quotes.check_quoted(content.by_file, skip=quotes.NOT_OURS)


CHECKS: list[Check] = [
    _status_rule,
    _quote_rule,
    *core_checks.CHECKS,
    *story_checks.CHECKS,
    *slides.CHECKS,
    *promises_checks.CHECKS,
    *lessons_checks.CHECKS,
    *obstacles_checks.CHECKS,
    *compare_checks.CHECKS,
    *sources_checks.CHECKS,
]
"""Checks that span files, run once every file is valid on its own."""


def read(content_dir: Path | str = CONTENT_DIR) -> tuple[dict[str, Any], list[Problem]]:
    """Parse every content file: raw data by file name, and the files that could not be read."""
    return loader.read(Path(content_dir), [name for name, _ in FILES.values()])


def validate(raws: dict[str, Any], today: dt.date | None = None, problems: list[Problem] | None = None) -> Content:
    """Validate parsed content (file name -> raw data); raise ContentError listing every problem."""
    models = {fname: model for fname, model in FILES.values()}
    raws, unknown_quotes = quotes.expand_references(raws)
    raws = loader.french_typography(raws)
    valid, found = loader.validate_files(raws, models, today or dt.date.today())
    problems = [*(problems or []), *unknown_quotes, *found]
    if problems or len(valid) != len(FILES):
        raise ContentError(problems)
    content = Content(**{attr: valid[fname] for attr, (fname, _) in FILES.items()})
    problems = [p for check in CHECKS for p in check(content)]
    if problems:
        raise ContentError(problems)
    return content


def load(content_dir: Path | str = CONTENT_DIR, today: dt.date | None = None) -> Content:
    """Read and validate all content; raise ContentError listing every problem."""
    raws, problems = read(content_dir)
    return validate(raws, today, problems)


@functools.cache
def current() -> Content:
    """The content of this process, loaded and validated once and shared by the app's sessions and its
    web layer (models are frozen, so sharing is safe). A ContentError is raised again on each call,
    never kept. `current.cache_clear()` forgets it (the benchmarks' cold start)."""
    loaded = load()
    # The content and the modules imported by now (streamlit, pandas, plotly) live as long as the
    # process. Freezing them keeps them out of every full collection (Python's own, and Streamlit's
    # after-run one if runner.postScriptGC is turned back on), which otherwise walks them all:
    # about 100 ms of CPU, holding the GIL.
    gc.freeze()
    return loaded
