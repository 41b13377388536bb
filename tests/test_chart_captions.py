"""Every chart on every page, in both languages, has a caption stating its message and its data as a table."""

from __future__ import annotations

from typing import Any

import pytest
from helpers import open_expanders, open_page, plain, tab_queries, walk_tree

from reelreality.content import load
from reelreality.core.models import LANGS

pytestmark = pytest.mark.full
CONTENT = load()
PAGES = CONTENT.site.pages
# (page, tab number): 0 is the page as it opens; tabs after the first are views of their own.
VIEWS = [(p, 0) for p in PAGES] + [(p, i) for p in PAGES for i in range(1, len(tab_queries(CONTENT, p.id, "en")) + 1)]


def _charts_with_followers(node: Any):
    """Yield (chart, the elements after it in its container up to the next chart) for each chart."""
    children = list(getattr(node, "children", {}).values())
    for i, child in enumerate(children):
        if getattr(child, "type", None) == "plotly_chart":
            after = []
            for sibling in children[i + 1 :]:
                if getattr(sibling, "type", None) == "plotly_chart":
                    break
                after.append(sibling)
            yield child, after
        else:
            yield from _charts_with_followers(child)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("page", "tab"), VIEWS, ids=[f"{p.id}-tab{i + 1}" for p, i in VIEWS])
def test_every_chart_has_a_message_caption_and_a_table(page, tab, lang):
    script = page.script
    params = tab_queries(CONTENT, page.id, lang)[tab - 1] if tab else {}
    at = open_expanders(open_page(script, lang=lang, **params), "_table")
    assert not at.toast, [t.value for t in at.toast]  # the tab in the link was understood
    sources_label = CONTENT.ui("sources.label")(lang)
    charts = list(_charts_with_followers(at.main))
    assert len(charts) == len(at.get("plotly_chart"))
    assert charts or not tab, f"{script}: the {tab} tab shows no chart"
    for chart, after in charts:
        where = f"{script} chart {chart.proto.id or ''}"
        captions = [plain(el.value) for el in after if getattr(el, "type", None) == "caption"]
        message = [c for c in captions if not c.startswith(sources_label)]
        assert message and len(message[0].split()) >= 4, f"{where}: no caption stating its message"
        expanders = [el for el in after if getattr(el, "type", None) == "expander"]
        inside = [d for e in expanders for d in walk_tree(e)]
        tables = [d for d in inside if getattr(d, "type", None) in ("dataframe", "table")]
        assert tables and len(tables[0].value) > 0, f"{where}: no table of its data behind an expander"
        assert any(getattr(d, "type", None) == "download_button" for d in inside), f"{where}: no CSV download"
