"""Test helpers: damaged content (in memory, or on disk for the loader's own errors) and the app opened like a link."""

from __future__ import annotations

import copy
import datetime as dt
import functools
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from streamlit.testing.v1 import AppTest

from reelreality import content as content_module
from reelreality.content import Content, ContentError

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
"""The real content folder (a path; `load()` gives the validated content)."""


# ---------------------------------------------------------------- content, damaged


@functools.cache
def _parsed() -> dict[str, Any]:
    raws, problems = content_module.read(CONTENT)
    assert not problems, problems
    return raws


def parsed_content() -> dict[str, Any]:
    """The real content files as parsed YAML, by file name; read once per session.

    A new dict each call, holding the shared parsed data: copy a file before changing it
    (`problems_for` and `content_with` do), never change it in place."""
    return dict(_parsed())


def _damaged(file: str, change: Callable[[Any], None]) -> dict[str, Any]:
    raws = parsed_content()
    raws[file] = copy.deepcopy(raws[file])
    change(raws[file])
    return raws


def problems_for(file: str, change: Callable[[Any], None], today: dt.date | None = None) -> list[str]:
    """Apply `change` to a copy of the parsed content/<file>, validate all content in memory, and
    return the problems as the one-line messages an author sees. Fails the test if it validates."""
    with pytest.raises(ContentError) as info:
        content_module.validate(_damaged(file, change), today)
    return [str(p) for p in info.value.problems]


def content_with(file: str, change: Callable[[Any], None]) -> Content:
    """The real content with `change` applied to a copy of content/<file>, validated (it must stay valid)."""
    return content_module.validate(_damaged(file, change))


def content_copy(tmp_path: Path) -> Path:
    """A copy of the content folder on disk (for the loader's own errors, the CLI and a served app)."""
    target = tmp_path / "content"
    shutil.copytree(CONTENT, target)
    return target


def mutate(directory: Path, file: str, change: Callable[[Any], None]) -> None:
    """Load <directory>/<file>, apply `change` to the parsed data, write it back."""
    path = directory / file
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


# ---------------------------------------------------------------- the app, opened like a link


@functools.cache
def _pages() -> tuple[Any, ...]:
    return tuple(content_module.load().site.pages)


def open_page(script: str, **params: str | list[str]) -> AppTest:
    """Open `script` through the router with the given URL query, like following a shared link."""
    at = AppTest.from_file(str(ROOT / "router.py"), default_timeout=60)
    if script != _pages()[0].script:
        # AppTest must run once before it can switch; that first run lands on the default page.
        at.run()
        assert not at.exception, at.exception
        at.query_params.clear()
        at.switch_page(script)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def link_params(link: str) -> dict[str, str | list[str]]:
    """The query of a link as `open_page` takes it (a repeated key gives a list; `?k=` gives "")."""
    query = parse_qs(urlsplit(link).query, keep_blank_values=True)
    return {k: v if len(v) > 1 else v[0] for k, v in query.items()}


def page_for(link: str) -> Any:
    """The page a link's path opens: "/" and the first page's own path are the first page."""
    path = urlsplit(link).path.strip("/")
    if not path:
        return _pages()[0]
    found = [p for p in _pages() if p.id == path]
    if not found:
        raise ValueError(f"no page has the path /{path} (pages: {', '.join(p.id for p in _pages())})")
    return found[0]


def open_link(link: str) -> AppTest:
    """Open a link such as `/promise-tracker?lang=fr&pr_status=Au+point+mort` (path and query) in AppTest."""
    return open_page(page_for(link).script, **link_params(link))


def share_link(at: AppTest) -> str:
    """The link in the share box, opened the way a click does (the box is built when opened)."""
    at.session_state["share_box"] = True
    at.run()
    assert not at.exception, at.exception
    codes = [c.value for c in at.code if str(c.value).startswith("http")]
    assert codes, "the share box shows the link"
    return codes[0]


def plain(text: str) -> str:
    """Rendered markdown text without the escapes that keep content literal."""
    return re.sub(r"\\(.)", r"\1", text)


def qp(at: AppTest, key: str) -> list[str]:
    """A query parameter as a list, however AppTest stores it."""
    value = at.query_params[key]
    return list(value) if isinstance(value, list | tuple) else [value]


def all_text(at: AppTest) -> str:
    """The page's visible text: titles, headers, markdown, captions, info and warning boxes."""
    parts = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning"):
        parts += [str(el.value) for el in getattr(at, kind)]
    return plain("\n".join(parts))


def walk_tree(node: Any) -> Iterator[Any]:
    """Every node of an AppTest element tree (or of one block), depth first, in page order."""
    yield node
    for child in getattr(node, "children", {}).values():
        yield from walk_tree(child)


def open_expanders(at: Any, suffix: str = "") -> Any:
    """Open every lazy expander (a keyed one, ending in `suffix`) the way a click does, and rerun.

    Lazy expanders ("show the data as a table", histories, reasons) send their content only once
    opened; opened content may hold more of them, so this repeats until nothing new opens."""
    opened: set[str] = set()
    while True:
        keys = {
            node.key
            for node in walk_tree(at._tree)
            if getattr(node, "type", None) == "expander" and node.key and node.key.endswith(suffix)
        } - opened
        if not keys:
            return at
        for key in keys:
            at.session_state[key] = True
        opened |= keys
        at.run()
        assert not at.exception, at.exception


# Pages whose tabs are bound to the URL run only the open tab, so each tab is a view of its own:
# page id -> (query key, prefix of the tab labels' UI strings, in site.yaml order).
TABBED = {"obstacles-risks": ("ob_tab", "obstacles.tab.")}


def tab_queries(content: Any, page_id: str, lang: str) -> list[dict[str, str]]:
    """The query of each tab of a page after its first (the first is the page's default view)."""
    if page_id not in TABBED:
        return []
    key, prefix = TABBED[page_id]
    labels = [text(lang) for name, text in content.site.ui.items() if name.startswith(prefix)]
    return [{key: label} for label in labels[1:]]
