"""Load every content file, validate it and cross-check it; every problem names file, item and field."""

from __future__ import annotations

import datetime as dt
import functools
import os
import uuid
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
    "promises": ("promises.yaml", m.PromisesFile),
    "cases": ("cases.yaml", m.CasesFile),
    "obstacles": ("obstacles.yaml", m.ObstaclesFile),
    "datascale": ("datascale.yaml", m.DataScaleFile),
    "legal": ("legal.yaml", m.LegalFile),
    "approaches": ("approaches.yaml", m.ApproachesFile),
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
    # Names this load of the content in caches keyed on it (ui.shared): a new load, a new token.
    token: str = field(default_factory=lambda: uuid.uuid4().hex, compare=False)

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




def _promises_checks(content: Content) -> list[Problem]:
    """Line-vs-reality ids resolve; new quotes do not shadow overview quotes; seed-only means the seed article."""
    pf, file = content.promises, "promises.yaml"
    problems: list[Problem] = []
    overview_ids = {q.id for q in content.overview.quotes}
    for kind in ("quotes", "reports"):
        for i, item in enumerate(getattr(pf, kind)):
            if item.id in overview_ids:
                problems.append(
                    Problem(
                        file,
                        f"{kind}[{i}]({item.id}).id",
                        f"'{item.id}' is already a quote in overview.yaml: reuse it by id",
                    )
                )
    known = overview_ids | {q.id for q in pf.quotes} | {r.id for r in pf.reports}
    used: set[str] = set()
    for side in ("official", "reported"):
        for i, ref in enumerate(getattr(pf.line_vs_reality, side)):
            used.add(ref)
            if ref not in known:
                problems.append(
                    Problem(
                        file,
                        f"line_vs_reality.{side}[{i}]",
                        f"unknown quote or report '{ref}' (known: {', '.join(sorted(known))})",
                    )
                )
    for kind in ("quotes", "reports"):
        for i, item in enumerate(getattr(pf, kind)):
            if item.id not in used:
                problems.append(Problem(file, f"{kind}[{i}]({item.id})", "never shown: add its id to line_vs_reality"))
    seed = {s.id for s in content.sources.sources if s.tier == "source-article"}
    for i, p in enumerate(pf.promises):
        records = [(f"promises[{i}]({p.id})", p)] + [
            (f"promises[{i}]({p.id}).history[{j}]", h) for j, h in enumerate(p.history)
        ]
        for path, rec in records:
            only_seed = set(rec.sources) <= seed
            if rec.status == "seed-only" and not set(rec.sources) & seed:
                problems.append(
                    Problem(file, f"{path}.sources", "marked seed-only but does not cite the source article")
                )
            elif rec.status != "seed-only" and only_seed:
                problems.append(
                    Problem(
                        file,
                        f"{path}.status",
                        f"cites only the source article, so its status must be seed-only (got '{rec.status}')",
                    )
                )
        for lang in m.LANGS:
            if p.title(lang).strip().casefold() == content.ui("promises.all")(lang).strip().casefold():
                problems.append(
                    Problem(file, f"promises[{i}]({p.id}).title.{lang}", "title equals the 'all promises' choice")
                )
    return problems


CHECKS.append(_promises_checks)


def _cases_checks(content: Content) -> list[Problem]:
    """Lessons panel: every id a case, lesson or closing point uses is defined; cases are complete."""
    f = "cases.yaml"
    cf = content.cases
    problems: list[Problem] = []

    def known(kind: str, value: str, ids: list[str], path: str) -> None:
        if value not in ids:
            problems.append(Problem(f, path, f"unknown {kind} '{value}' (defined: {', '.join(ids)})"))

    sectors = [s.id for s in cf.sectors]
    values = [v.id for v in cf.values]
    dims = [d.id for d in cf.dimensions]
    statuses = [s.id for s in content.scale.statuses]
    case_ids = [c.id for c in cf.cases]
    study_ids = [s.id for s in cf.studies]
    known("case", cf.reference_case, case_ids, "reference_case")
    companies: dict[str, int] = {}
    for i, case in enumerate(cf.cases):
        at = f"cases[{i}]({case.id})"
        known("sector", case.sector, sectors, f"{at}.sector")
        known("promise status", case.rating.status, statuses, f"{at}.rating.status")
        if case.company in companies:
            first = companies[case.company]
            problems.append(Problem(f, f"{at}.company", f"duplicate company name '{case.company}' (first at index {first})"))
        companies.setdefault(case.company, i)
        for dim in dims:
            if dim not in case.scores:
                problems.append(Problem(f, f"{at}.scores", f"missing score for dimension '{dim}'"))
        for dim, score in case.scores.items():
            known("dimension", dim, dims, f"{at}.scores.{dim}")
            known("value", score.value, values, f"{at}.scores.{dim}.value")
        # The card lists the case's own sources; they must cover everything the case cites.
        listed = set(case.sources)
        parts = [("promise", case.promise), ("outcome", case.outcome)]
        parts += [(f"quotes[{j}]", q) for j, q in enumerate(case.quotes)]
        parts += [(f"scores.{d}", s) for d, s in case.scores.items()]
        for where, part in parts:
            for j, sid in enumerate(part.sources):
                if sid not in listed:
                    problems.append(
                        Problem(f, f"{at}.{where}.sources[{j}]", f"source '{sid}' is not listed in the case's sources")
                    )
    for i, lesson in enumerate(cf.lessons):
        at = f"lessons[{i}]({lesson.id})"
        for j, cid in enumerate(lesson.cases):
            known("case", cid, case_ids, f"{at}.cases[{j}]")
        for j, sid in enumerate(lesson.studies):
            known("study", sid, study_ids, f"{at}.studies[{j}]")
        if lesson.dimension is not None:
            known("dimension", lesson.dimension, dims, f"{at}.dimension")
    for i, point in enumerate(cf.closing.points):
        for j, cid in enumerate(point.cases):
            known("case", cid, case_ids, f"closing.points[{i}]({point.id}).cases[{j}]")
    return problems


CHECKS += [_cases_checks]


def _obstacles_checks(content: Content) -> list[Problem]:
    """Obstacle categories exist; a record is seed-only exactly when it cites only the source article."""
    problems = []
    ob = content.obstacles
    known = {c.id for c in ob.categories}
    for i, o in enumerate(ob.obstacles):
        if o.category not in known:
            problems.append(
                Problem(
                    "obstacles.yaml",
                    f"obstacles[{i}]({o.id}).category",
                    f"unknown category '{o.category}' (known: {', '.join(sorted(known))})",
                )
            )
    seed = {s.id for s in content.sources.sources if s.tier == "source-article"}

    def seed_rule(file: str, path: str, record: m.Sourced) -> None:
        only_seed = set(record.sources) <= seed
        if record.status == "seed-only" and not only_seed:
            problems.append(Problem(file, f"{path}.status", "a seed-only record must cite only the source article"))
        elif record.status != "seed-only" and only_seed:
            problems.append(
                Problem(
                    file,
                    f"{path}.status",
                    f"cites only the source article, so its status must be 'seed-only' (got '{record.status}')",
                )
            )

    for i, o in enumerate(ob.obstacles):
        seed_rule("obstacles.yaml", f"obstacles[{i}]({o.id})", o)
        for j, e in enumerate(o.evidence):
            seed_rule("obstacles.yaml", f"obstacles[{i}]({o.id}).evidence[{j}]({e.id})", e)
    for i, q in enumerate(ob.quality):
        seed_rule("obstacles.yaml", f"quality[{i}]({q.id})", q)
        for j, e in enumerate(q.evidence):
            seed_rule("obstacles.yaml", f"quality[{i}]({q.id}).evidence[{j}]({e.id})", e)
    for i, row in enumerate(content.datascale.rows):
        seed_rule("datascale.yaml", f"rows[{i}]({row.id})", row)
    return problems


CHECKS += [_obstacles_checks]


def _approaches_checks(content: Content) -> list[Problem]:
    """Seed-only records in the matrix cite the source article; the sentence templates exist in site.yaml."""
    from reelreality.scoring import UI_KEYS

    problems = []
    smap = content.source_map
    raw = content.approaches.model_dump(mode="json")

    def records(obj, loc=()):
        if isinstance(obj, m.Sourced):
            yield loc, obj
        for sub_loc, _name, value in _walk(obj, loc):
            if isinstance(value, m.Sourced):
                yield sub_loc, value
            elif isinstance(value, list | dict):
                items = value.items() if isinstance(value, dict) else enumerate(value)
                yield from ((sub_loc + (k,), v) for k, v in items if isinstance(v, m.Sourced))

    for loc, record in records(content.approaches):
        wrong = [s for s in record.sources if smap[s].tier != "source-article"]
        if record.status == "seed-only" and wrong:
            problems.append(
                Problem(
                    "approaches.yaml",
                    _format_path(loc + ("sources",), raw),
                    f"a seed-only record must cite only the source article (got {', '.join(wrong)})",
                )
            )
    for key in UI_KEYS:
        if key not in content.site.ui:
            problems.append(Problem("site.yaml", f"ui.{key}", "missing UI string used by the comparison's sentences"))
    return problems


CHECKS.append(_approaches_checks)
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
