"""Test helpers: copy the real content into a temp folder and break one thing in it."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"


def content_copy(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(CONTENT, target)
    return target


def mutate(directory: Path, file: str, change: Callable[[Any], None]) -> None:
    """Load content/<file>, apply `change` to the parsed data, write it back."""
    path = directory / file
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


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
