"""Read content files, validate each against its model, run the checks every file gets.

Reading (YAML parsing) and validating are separate steps, so a test can damage parsed data in memory
and validate it again without touching the disk. Which files exist and which cross-file checks run is
decided one layer up, in `reelreality.content`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from reelreality.core.errors import Problem
from reelreality.core.models import LANGS, SourcesFile
from reelreality.text import french_spacing

APP_ROOT = Path(__file__).resolve().parents[2]
"""The folder holding app.py, content/ and panels/."""


def format_path(loc: tuple[Any, ...], raw: Any) -> str:
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
        if name in LANGS:
            return f"missing translation '{name}'"
        return f"missing field '{name}'"
    if kind == "extra_forbidden":
        return f"unknown key '{name}'"
    value = err.get("input")
    if value is None or value == "None":
        return err["msg"]
    shown = repr(value) if not isinstance(value, dict | list) else type(value).__name__
    if len(shown) > 80:
        shown = shown[:77] + "..."
    return f"{err['msg']} (got {shown})"


# libyaml's parser, when PyYAML was built with it, reads the content ten times faster (same results).
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader


def nodes(node: Any, loc: tuple[Any, ...] = (), skip: tuple[str, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Every node of a model tree with its location, depth first, the root included: models, their
    fields (except those named in `skip`), list items and mapping values. The one walker of content."""
    yield loc, node
    if isinstance(node, BaseModel):
        for name in type(node).model_fields:
            if name not in skip:
                yield from nodes(getattr(node, name), loc + (name,), skip)
    elif isinstance(node, list | tuple):
        for i, item in enumerate(node):
            yield from nodes(item, loc + (i,), skip)
    elif isinstance(node, dict):
        for key, item in node.items():
            yield from nodes(item, loc + (key,), skip)


def _generic_checks(
    file: str, model: BaseModel, raw: Any, known: set[str], today: dt.date, *, cites: bool = True
) -> tuple[list[Problem], set[str]]:
    """Checks every valid file gets: cited sources exist, no future dates."""
    problems: list[Problem] = []
    cited: set[str] = set()
    for loc, value in nodes(model):
        name = loc[-1] if loc else None
        if cites and name == "sources" and isinstance(value, list):
            for i, sid in enumerate(value):
                cited.add(sid)
                if sid not in known:
                    close = sorted(k for k in known if k.split("-")[0] == sid.split("-")[0])[:5]
                    hint = f" (similar: {', '.join(close)})" if close else ""
                    problems.append(Problem(file, format_path(loc + (i,), raw), f"unknown source '{sid}'{hint}"))
        elif isinstance(value, dt.date) and value > today:
            problems.append(Problem(file, format_path(loc, raw), f"date {value} is in the future"))
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
                problems.append(Problem(file, format_path(loc + (i, "id"), top), message))
            elif isinstance(item_id, str):
                seen[item_id] = i
            problems += _duplicate_ids(file, item, loc + (i,), top)
    return problems


def french_typography(node: Any, *, in_french: bool = False) -> Any:
    """Parsed content with French typographic spacing (text.french_spacing) on every French text: each
    `fr` of a bilingual text, and a quote's words in French (its original, or its translation of an
    English original). A copy: the parsed data is left as it was."""
    if isinstance(node, dict):
        original_fr = node.get("original_language") == "fr" or ("original" in node and "original_language" not in node)
        french_keys = {"fr", "original" if original_fr else "translation", "seed_says"}
        if node.get("language") == "fr":  # a French source's printed title
            french_keys.add("title")
        return {k: french_typography(v, in_french=in_french or k in french_keys) for k, v in node.items()}
    if isinstance(node, list):
        return [french_typography(v, in_french=in_french) for v in node]
    if isinstance(node, str) and in_french:
        return french_spacing(node)
    return node


def read(content_dir: Path, file_names: list[str]) -> tuple[dict[str, Any], list[Problem]]:
    """Parse each named YAML file of `content_dir`: the raw data by file name, and the files that failed."""
    raws: dict[str, Any] = {}
    problems: list[Problem] = []
    for fname in file_names:
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
        raws[fname] = raw
    return raws, problems


def validate_files(
    raws: Mapping[str, Any], models: Mapping[str, type[BaseModel]], today: dt.date
) -> tuple[dict[str, BaseModel], list[Problem]]:
    """Validate parsed files (file name -> raw data) against their models, then run the checks every
    file gets: ids unique within a list, cited sources exist, no future dates, every source cited."""
    problems: list[Problem] = []
    valid: dict[str, BaseModel] = {}
    for fname, model_cls in models.items():
        if fname not in raws:
            continue
        raw = raws[fname]
        if not isinstance(raw, dict):
            problems.append(Problem(fname, "", "expected a mapping at the top of the file"))
            continue
        problems += _duplicate_ids(fname, raw)
        try:
            valid[fname] = model_cls.model_validate(raw)
        except ValidationError as exc:
            for err in exc.errors():
                loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
                problems.append(Problem(fname, format_path(loc, raw), _friendly(err)))

    sources = next((m for m in valid.values() if isinstance(m, SourcesFile)), None)
    if sources is not None:
        known = {s.id for s in sources.sources}
        cited_all: set[str] = set()
        for fname, model in valid.items():
            found, cited = _generic_checks(fname, model, raws[fname], known, today, cites=model is not sources)
            problems += found
            cited_all |= cited
        sources_file = next(f for f, m in valid.items() if m is sources)
        for i, src in enumerate(sources.sources):
            if len(valid) == len(models) and src.id not in cited_all:
                problems.append(Problem(sources_file, f"sources[{i}]({src.id})", "unused source: nothing cites it"))
            if src.published != "unknown" and src.published > src.accessed:
                problems.append(
                    Problem(
                        sources_file,
                        f"sources[{i}]({src.id}).accessed",
                        f"accessed {src.accessed} is before published {src.published}",
                    )
                )
    return valid, problems


Check = Callable[[Any], list[Problem]]
"""A cross-file check: takes the whole validated content, returns the problems found."""
