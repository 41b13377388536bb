"""French typography by rule: no rendered French text puts an ordinary space before ; : ! ? or inside « ».

The loader applies `text.french_spacing` to every French text; these tests walk what a reader gets
(every page, tab and slide of the app, the offline deck and the handout) to catch any string that
escapes it (a template built in code, a label, a chart).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any

import pandas as pd
import pytest
from helpers import open_expanders, open_page, tab_queries, walk_tree

from reelreality import export
from reelreality.content import load
from reelreality.core.loader import format_path, nodes
from reelreality.text import french_spacing

CONTENT = load()
# An ordinary space (or a line break) before a French high punctuation mark or a closing guillemet,
# or after an opening one.
BAD = re.compile(r"[ \n](?=[;:!?»])|«[ \n]")
# Markdown directives the app writes (`:small[…]`, `:blue-badge[…]`, `:material/icon:`) are markup, not text.
MARKUP = re.compile(r":[a-z-]+\[|:material/[a-z_]+:|:\w+:")


def faults(text: str) -> list[str]:
    """Each place in `text` where French spacing is wrong, with a little context."""
    cleaned = MARKUP.sub("", text)
    return [cleaned[max(0, m.start() - 25) : m.end() + 10] for m in BAD.finditer(cleaned)]


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def rendered_strings(at: Any) -> Iterator[str]:
    """Every string a reader can see on an AppTest page: texts, labels, options, help, tables, chart labels."""
    for node in walk_tree(at._tree):
        for attr in ("value", "label", "help", "placeholder", "body", "icon"):
            value = getattr(node, attr, None)
            if isinstance(value, str) and not value.lstrip().startswith(("<style", "<script")):
                yield value  # the app's own CSS and scripts are code, not text a reader sees
            elif isinstance(value, pd.DataFrame):
                yield from (str(c) for c in value.columns)
                yield from (v for v in value.to_numpy().ravel() if isinstance(v, str))
        options = getattr(node, "options", None)
        if isinstance(options, list | tuple):
            yield from (str(o) for o in options)
        if getattr(node, "type", None) == "plotly_chart":
            figure = json.loads(node.proto.spec)
            for trace in figure.get("data", []):
                for key in ("name", "text", "hovertemplate", "customdata"):
                    yield from _strings(trace.get(key))
            yield from _strings(figure.get("layout", {}))


def views() -> list[tuple[str, dict[str, str]]]:
    """Every page, every tab of a tabbed page, and every slide of the presentation, as (script, query)."""
    out: list[tuple[str, dict[str, str]]] = []
    for page in CONTENT.site.pages:
        out.append((page.script, {}))
        out += [(page.script, q) for q in tab_queries(CONTENT, page.id, "fr")]
    out += [
        (CONTENT.site.pages[0].script, {"present": "1", "slide": str(n)})
        for n in range(1, 1 + len(CONTENT.slides.slides))
    ]
    return out


def test_the_rule_itself():
    """The one function the loader applies: idempotent, and it leaves no fault behind."""
    sample = "Oui : non ; peut-être ? Voilà ! « mot » et «autre»"
    assert not faults(french_spacing(sample))
    assert faults(sample)
    assert french_spacing(french_spacing(sample)) == french_spacing(sample)


def test_every_french_content_text_is_spaced():
    """Every French string of every content file, as loaded, follows the rule."""
    found = [
        (name, format_path(loc, {}), fault)
        for name, model in CONTENT.files.items()
        for loc, value in nodes(model)
        if isinstance(value, str) and loc and loc[-1] == "fr"
        for fault in faults(value)
    ]
    assert not found, found[:20]


@pytest.mark.parametrize("build", [export.build_deck, export.build_handout], ids=["deck", "handout"])
def test_offline_files_in_french_are_spaced(build):
    """The offline deck and handout in French: their visible text (scripts and styles aside)."""
    page = build(CONTENT, "fr", "https://reel-reality.example.org")
    visible = re.sub(r"<script.*?</script>|<style.*?</style>", " ", page, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", "\x00", visible))
    found = [f for chunk in text.split("\x00") for f in faults(chunk)]
    assert not found, found[:20]


@pytest.mark.full
@pytest.mark.parametrize(("script", "query"), views(), ids=lambda v: str(v) if isinstance(v, dict) else v)
def test_every_french_page_tab_and_slide_is_spaced(script, query):
    """A French reader opens every page, tab and slide, with every section opened: no badly spaced mark."""
    at = open_expanders(open_page(script, lang="fr", **query))
    assert not at.exception
    found = [f for s in rendered_strings(at) for f in faults(s)]
    assert not found, found[:20]
