"""Load every content file, validate it and cross-check it; every problem names file, item and field."""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from reelreality import models as m

APP_ROOT = Path(__file__).resolve().parent.parent
# REELREALITY_CONTENT_DIR points the app at another copy of the content (tests serve hostile text this way).
CONTENT_DIR = Path(os.environ.get("REELREALITY_CONTENT_DIR") or APP_ROOT / "content")

# One entry per content file: attribute name on Content -> (file name, root model).
# A new panel adds its file here and nothing else in this module.
FILES: dict[str, tuple[str, type[BaseModel]]] = {
    "sources": ("sources.yaml", m.SourcesFile),
    "site": ("site.yaml", m.SiteFile),
    "method": ("method.yaml", m.MethodFile),
    "overview": ("overview.yaml", m.OverviewFile),
    "scale": ("scale.yaml", m.ScaleFile),
    "slides": ("slides.yaml", m.SlidesFile),
}


@dataclass(frozen=True)
class Problem:
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


@dataclass
class Content:
    """All validated content files, by attribute name (see FILES)."""

    files: dict[str, BaseModel] = field(default_factory=dict)

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__["files"][name]
        except KeyError:
            raise AttributeError(name) from None

    @functools.cached_property
    def source_map(self) -> dict[str, m.Source]:
        return {s.id: s for s in self.files["sources"].sources}

    def ui(self, key: str) -> m.Text:
        return self.files["site"].ui[key]


# Cross-file checks a panel may register: fn(content) -> iterable of Problems.
CHECKS: list[Callable[[Content], list[Problem]]] = []


def _format_path(loc: tuple[Any, ...], raw: Any) -> str:
    """Render a pydantic/walk location as `promises[3](savings).sources[0]`."""
    out = ""
    node = raw
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            node = node[part] if isinstance(node, list) and part < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("id"), str):
                out += f"({node['id']})"
        else:
            out += f".{part}" if out else str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return out


def _friendly(err: dict[str, Any]) -> str:
    kind = err["type"]
    name = err["loc"][-1] if err["loc"] else ""
    if kind == "missing":
        if name in m.LANGS:
            return f"missing translation '{name}'"
        return f"missing field '{name}'"
    if kind == "extra_forbidden":
        return f"unknown key '{name}'"
    value = err.get("input")
    shown = repr(value) if not isinstance(value, dict | list) else type(value).__name__
    if len(shown) > 80:
        shown = shown[:77] + "..."
    return f"{err['msg']} (got {shown})"


# libyaml's parser, when PyYAML was built with it, reads the content ten times faster (same results).
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader


def _walk(obj: Any, loc: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str, Any]]:
    """Yield (location, field name, value) for every field of a model tree."""
    if isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            value = getattr(obj, name)
            yield loc + (name,), name, value
            yield from _walk(value, loc + (name,))
    elif isinstance(obj, list | tuple):
        for i, item in enumerate(obj):
            yield from _walk(item, loc + (i,))
    elif isinstance(obj, dict):
        for key, item in obj.items():
            yield from _walk(item, loc + (key,))


def _generic_checks(
    file: str, model: BaseModel, raw: Any, known: set[str], today: dt.date
) -> tuple[list[Problem], set[str]]:
    """Checks every valid file gets: cited sources exist, no future dates."""
    problems: list[Problem] = []
    cited: set[str] = set()
    for loc, name, value in _walk(model):
        if name == "sources" and isinstance(value, list) and file != "sources.yaml":
            for i, sid in enumerate(value):
                cited.add(sid)
                if sid not in known:
                    close = sorted(k for k in known if k.split("-")[0] == sid.split("-")[0])[:5]
                    hint = f" (similar: {', '.join(close)})" if close else ""
                    problems.append(
                        Problem(file, _format_path(loc + (i,), raw), f"unknown source '{sid}'{hint}")
                    )
        elif isinstance(value, dt.date) and value > today:
            problems.append(Problem(file, _format_path(loc, raw), f"date {value} is in the future"))
    return problems, cited


def _duplicate_ids(file: str, raw: Any, loc: tuple[Any, ...] = (), top: Any = None) -> list[Problem]:
    """Ids repeated within one list, found in the raw YAML so they are reported even when the file
    has other errors (a model validator can fail because of the duplicate and hide it)."""
    top = raw if top is None else top
    problems: list[Problem] = []
    if isinstance(raw, dict):
        for key, item in raw.items():
            problems += _duplicate_ids(file, item, loc + (key,), top)
    elif isinstance(raw, list):
        seen: dict[str, int] = {}
        for i, item in enumerate(raw):
            item_id = item.get("id") if isinstance(item, dict) else None
            if isinstance(item_id, str) and item_id in seen:
                message = f"duplicate id '{item_id}' (first at index {seen[item_id]})"
                problems.append(Problem(file, _format_path(loc + (i, "id"), top), message))
            elif isinstance(item_id, str):
                seen[item_id] = i
            problems += _duplicate_ids(file, item, loc + (i,), top)
    return problems


def load(content_dir: Path | str = CONTENT_DIR, today: dt.date | None = None) -> Content:
    """Load and validate all content; raise ContentError listing every problem."""
    content_dir = Path(content_dir)
    today = today or dt.date.today()
    problems: list[Problem] = []
    content = Content()
    raws: dict[str, Any] = {}
    for attr, (fname, model_cls) in FILES.items():
        path = content_dir / fname
        if not path.exists():
            problems.append(Problem(fname, "", "file is missing"))
            continue
        try:
            raw = _read_yaml(path)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"line {mark.line + 1}" if mark else ""
            problems.append(Problem(fname, where, f"not valid YAML: {getattr(exc, 'problem', exc)}"))
            continue
        if not isinstance(raw, dict):
            problems.append(Problem(fname, "", "expected a mapping at the top of the file"))
            continue
        problems += _duplicate_ids(fname, raw)
        try:
            content.files[attr] = model_cls.model_validate(raw)
            raws[attr] = raw
        except ValidationError as exc:
            for err in exc.errors():
                loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
                problems.append(Problem(fname, _format_path(loc, raw), _friendly(err)))

    if "sources" in content.files:
        known = set(content.source_map)
        cited_all: set[str] = set()
        for attr, model in content.files.items():
            fname = FILES[attr][0]
            found, cited = _generic_checks(fname, model, raws[attr], known, today)
            problems += found
            cited_all |= cited
        if len(content.files) == len(FILES):
            for i, src in enumerate(content.files["sources"].sources):
                if src.id not in cited_all:
                    problems.append(
                        Problem("sources.yaml", f"sources[{i}]({src.id})", "unused source: nothing cites it")
                    )
                if src.published != "unknown" and src.published > src.accessed:
                    problems.append(
                        Problem(
                            "sources.yaml",
                            f"sources[{i}]({src.id}).accessed",
                            f"accessed {src.accessed} is before published {src.published}",
                        )
                    )
    if not problems and len(content.files) == len(FILES):
        for check in CHECKS:
            problems += check(content)
    if problems:
        raise ContentError(problems)
    return content


def _site_checks(content: Content) -> list[Problem]:
    problems = []
    root = APP_ROOT
    for i, page in enumerate(content.site.pages):
        if not (root / page.script).exists():
            problems.append(Problem("site.yaml", f"pages[{i}]({page.id}).script", f"no such file {page.script}"))
        # A URL path equal to the file name makes Streamlit's page hash collide with the legacy
        # pages/ folder, and AppTest then runs the page without the app.py router.
        if page.id.replace("-", "_") == Path(page.script).stem:
            problems.append(
                Problem("site.yaml", f"pages[{i}]({page.id}).id", f"page id must differ from the file name {page.script}")
            )
    return problems


def _overview_checks(content: Content) -> list[Problem]:
    types = {t.id for t in content.overview.event_types}
    return [
        Problem("overview.yaml", f"events[{i}]({e.id}).type", f"unknown event type '{e.type}' (known: {', '.join(sorted(types))})")
        for i, e in enumerate(content.overview.events)
        if e.type not in types
    ]


def _slides_checks(content: Content) -> list[Problem]:
    from reelreality.figures import FIGURES  # late import: figures builds on this module

    pages = {p.id for p in content.site.pages}
    problems = []
    for i, slide in enumerate(content.slides.slides):
        if slide.page not in pages:
            problems.append(Problem("slides.yaml", f"slides[{i}]({slide.id}).page", f"unknown page '{slide.page}'"))
        if slide.figure is not None and slide.figure not in FIGURES:
            known = ", ".join(sorted(FIGURES))
            problems.append(
                Problem("slides.yaml", f"slides[{i}]({slide.id}).figure", f"unknown figure '{slide.figure}' (known: {known})")
            )
    return problems


def _colour_checks(content: Content) -> list[Problem]:
    """Colours listed together (lanes, statuses) stay distinguishable with colour-vision deficiencies."""
    from reelreality import colours

    problems = []
    for attr, model in content.files.items():
        fname, raw = FILES[attr][0], None
        for loc, _, value in _walk(model):
            if not (isinstance(value, list) and value and all(hasattr(v, "colour") for v in value)):
                continue
            raw = raw if raw is not None else model.model_dump()
            for i, j, vision, diff in colours.confusable([v.colour for v in value]):
                other = _format_path(loc + (i,), raw)
                problems.append(
                    Problem(
                        fname,
                        _format_path(loc + (j, "colour"), raw),
                        f"{value[j].colour} is hard to tell from {other} ({value[i].colour}) with {vision} "
                        f"(colour difference {diff:.1f}, need {colours.MIN_DIFFERENCE:g})",
                    )
                )
    return problems


CHECKS += [_site_checks, _overview_checks, _slides_checks, _colour_checks]
