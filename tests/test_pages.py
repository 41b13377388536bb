"""AppTest: every page in both languages (the quick loop's smoke test), the language switch and bad links (--full)."""

from __future__ import annotations

import re

import pytest
from helpers import all_text, open_expanders, open_page, plain, qp, tab_queries, walk_tree

from reelreality.content import load

CONTENT = load()
PAGES = [p.script for p in CONTENT.site.pages]
# `open_page`, `plain`, `qp` and `all_text` live in helpers; other test files still import them from here.
__all__ = ["CONTENT", "PAGES", "all_text", "open_page", "plain", "qp"]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("script", PAGES, ids=[p.id for p in CONTENT.site.pages])
def test_every_page_renders_in_both_languages(script, lang):
    """A reader opens each page in English and in French and sees its title with no error."""
    at = open_page(script, lang=lang)
    page = next(p for p in CONTENT.site.pages if p.script == script)
    assert at.session_state["lang"] == lang
    assert qp(at, "lang") == [lang]
    text = all_text(at)
    assert page.title(lang) in text or CONTENT.overview.headline(lang) in text
    assert not at.toast, [t.proto.body for t in at.toast]  # a clean link raises no notice


@pytest.mark.full
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_overview_shows_headline_key_figures_and_timeline(lang):
    """A reader who clicks nothing sees the headline, every key figure with its source, and the timeline."""
    at = open_page("panels/overview.py", lang=lang)
    text = all_text(at)
    assert CONTENT.overview.headline(lang) in text
    for fig in CONTENT.overview.key_figures:
        assert fig.value(lang) in text
        assert fig.label(lang) in text
    assert len(at.get("plotly_chart")) == 1
    assert "Sources" in text


@pytest.mark.full
def test_timeline_filter_removes_event_types():
    """A reader keeps only legal events; the table lists only legal events."""
    at = open_page("panels/overview.py", lang="en")
    at.pills(key="types").set_value(["legal"]).run()
    assert not at.exception
    legal = [e for e in CONTENT.overview.events if e.type == "legal"]
    table = open_expanders(at, "_table").dataframe[0].value
    assert len(table) == len(legal)
    assert set(table["Type"]) == {"Legal"}


@pytest.mark.full
def test_timeline_filter_from_a_shared_link():
    """A shared link with a filter opens with that filter applied."""
    at = open_page("panels/overview.py", lang="en", types="Deal")
    assert at.pills(key="types").value == ["deal"]
    assert len(open_expanders(at, "_table").dataframe[0].value) == sum(
        e.type == "deal" for e in CONTENT.overview.events
    )


@pytest.mark.full
def test_no_event_type_selected_explains_itself():
    at = open_page("panels/overview.py", lang="en")
    at.pills(key="types").set_value([]).run()
    assert not at.exception
    assert any("No event type selected" in el.value for el in at.info)


@pytest.mark.full
def test_language_switch_changes_text_and_url():
    """A reader switches to French; the page text and the URL follow."""
    at = open_page("panels/overview.py", lang="en")
    at.segmented_control(key="lang_switch").set_value("fr").run()
    assert not at.exception
    assert at.session_state["lang"] == "fr"
    assert qp(at, "lang") == ["fr"]
    assert CONTENT.overview.headline("fr") in all_text(at)


@pytest.mark.full
def test_first_visit_follows_english_by_default():
    at = open_page("panels/overview.py")
    assert at.session_state["lang"] == "en"
    assert qp(at, "lang") == ["en"]


@pytest.mark.full
def test_garbage_language_falls_back_with_a_notice():
    """A hand-edited ?lang=xx opens in a supported language and says so quietly."""
    at = open_page("panels/overview.py", lang="<script>alert(1)</script>")
    assert at.session_state["lang"] == "en"
    assert qp(at, "lang") == ["en"]
    assert len(at.toast) == 1


@pytest.mark.full
def test_unknown_parameters_are_dropped_with_a_notice():
    at = open_page("panels/overview.py", lang="en", foo="bar", utm_source="x")
    assert "foo" not in at.query_params and "utm_source" not in at.query_params
    assert any("foo" in t.proto.body for t in at.toast)


@pytest.mark.full
def test_invalid_filter_value_falls_back_to_default_with_a_notice():
    at = open_page("panels/overview.py", lang="en", types="Nonsense")
    assert sorted(at.pills(key="types").value) == sorted(et.id for et in CONTENT.overview.event_types)
    assert any("types" in t.proto.body for t in at.toast)


@pytest.mark.full
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_sources_search_and_filters(lang):
    """A reader searches the bibliography and filters by tier."""
    at = open_page("panels/sources.py", lang=lang)
    total = len(CONTENT.sources.sources)
    assert len(at.dataframe[0].value) == total
    at.text_input(key="q").set_value("midjourney").run()
    shown = at.dataframe[0].value
    assert 0 < len(shown) < total
    assert all("midjourney" in (r.title + r.publisher + r.note).lower() for r in shown.itertuples())
    at.text_input(key="q").set_value("").run()
    at.pills(key="tier").set_value(["primary"]).run()
    primary = [s for s in CONTENT.sources.sources if s.tier == "primary"]
    assert len(at.dataframe[0].value) == len(primary)


@pytest.mark.full
def test_sources_page_offers_csv_download():
    at = open_page("panels/sources.py", lang="en")
    assert at.get("download_button")


@pytest.mark.full
def test_seed_only_quote_is_labelled_as_unconfirmed():
    """The spokesperson quote that only the seed reports is never shown as plain fact."""
    at = open_page("panels/overview.py", lang="en")
    badges = [el.proto.body for el in [*at.markdown, *at.caption] if "badge" in el.proto.body]
    assert any("Source article only" in b for b in badges)


# Streamlit's markdown fetches its emoji plugin (about 260 kB, parsed on the page's critical path)
# when any text matches this pattern, copied from its front-end code.
EMOJI_SHORTCODE = re.compile(r":(?!material/|streamlit:)[\w+-][\w_+-]*:")


@pytest.mark.full
@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("page", CONTENT.site.pages, ids=[p.id for p in CONTENT.site.pages])
def test_no_text_makes_the_browser_fetch_the_emoji_plugin(page, lang):
    """The app uses no emoji shortcodes, so no page (tabs and opened sections included) pays for the plugin."""
    for params in [{}, *tab_queries(CONTENT, page.id, lang)]:
        at = open_expanders(open_page(page.script, lang=lang, **params))
        for el in walk_tree(at._tree):
            proto = getattr(el, "proto", None)
            for field in ("body", "label", "help"):
                text = getattr(proto, field, None) if proto is not None else None
                if isinstance(text, str):
                    assert not EMOJI_SHORTCODE.search(text), f"{page.id} {params}: {field} {text[:200]!r}"
