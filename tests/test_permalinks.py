"""Permalinks: every link written down in permalinks.yaml opens the view it names, with no error and no notice.

The links are data, not generated from the code, so renaming a URL parameter, a label or a page id
fails here instead of silently breaking links people have shared. The coverage tests check the list
against the app: every page, tab, filter value, selection, preset, weight and slide, in both languages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote_plus, urlsplit

import pytest
import yaml
from helpers import link_params, open_link, open_page, page_for, plain, qp, share_link, tab_queries, walk_tree

from reelreality.content import load
from reelreality.core.models import LANGS

CONTENT = load()
CORPUS: dict[str, list[dict[str, Any]]] = yaml.safe_load(Path(__file__).with_name("permalinks.yaml").read_text("utf-8"))
ENTRIES = [entry for entries in CORPUS.values() for entry in entries]
NOTES = "notes"  # the presenter's own switch: never in the share box's link, dropped from a slide link's address
ROOM = "room"  # the room a slide link opens for its screens


def _query(link: str, drop: tuple[str, ...] = ()) -> dict[str, list[str]]:
    query = parse_qs(urlsplit(link).query, keep_blank_values=True)
    return {k: v for k, v in query.items() if k not in drop}


def _as_data(value: Any) -> Any:
    """A widget value as the corpus writes it: lists for tuples, whole numbers as ints."""
    if isinstance(value, tuple | list):
        return [_as_data(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _param(section: str, entry: dict[str, Any]) -> Any:
    marks = () if entry.get("quick") else (pytest.mark.full,)
    return pytest.param(entry, id=f"{section}:{unquote_plus(entry['link'])}", marks=marks)


@pytest.mark.parametrize("entry", [_param(s, e) for s, entries in CORPUS.items() for e in entries])
def test_the_link_opens_the_same_view(entry):
    """A reader follows a shared link and sees the view it was copied from."""
    link, expect = entry["link"], entry.get("expect", {})
    page, params = page_for(link), link_params(link)
    at = open_link(link)
    assert not at.toast, [t.proto.body for t in at.toast]
    lang = params["lang"]
    assert at.session_state["lang"] == lang

    if params.get("present") == "1":
        slide = CONTENT.slides.slides[expect["slide"] - 1]
        assert plain(at.title[0].value) == slide.title(lang)
        notes_open = any(slide.notes(lang) in plain(box.value) for box in at.info)
        assert notes_open == expect["notes"]
    else:
        assert at.session_state["_rr_page"].id == page.id
        bound = at.session_state["_rr_bound"]
        assert set(expect) <= set(bound), f"the view binds no widget {set(expect) - set(bound)}"
        for key, value in expect.items():
            assert _as_data(at.session_state[key]) == value, key
        for key, (value, default) in bound.items():
            if key not in expect:
                assert value == default, f"{key} is {value!r}, not its default {default!r}"

    if "becomes" not in entry:  # an older title or an id is no label: Streamlit drops it from the address bar
        # A slide link opens a room for its screens to follow (room=) and leaves notes to the presenter.
        address = {k: qp(at, k) for k in at.query_params if k != ROOM}
        assert address == _query(link, drop=(NOTES,) if params.get("present") == "1" else ()), "the address changed"
    # The audience screen is the slide alone (no share box): its address is its link (checked above),
    # and the presenter screen of the same link shares that view.
    shared = share_link(open_link(f"{link}&view=presenter") if params.get("present") == "1" else at)
    assert page_for(urlsplit(shared).path) == page
    wanted = _query(entry.get("becomes") or link, drop=(NOTES,))
    assert _query(shared) == wanted, "the share box gives another link for this view"


# ---------------------------------------------------------------- the list covers the app


def _links(lang: str) -> list[str]:
    return [e["link"] for e in ENTRIES if link_params(e["link"]).get("lang") == lang]


@pytest.mark.parametrize("lang", LANGS)
def test_the_list_has_every_page_and_slide(lang):
    pages = {page_for(link).id for link in _links(lang) if "present" not in link_params(link)}
    assert pages == {p.id for p in CONTENT.site.pages}
    slides = {
        (link_params(link)["slide"], link_params(link).get(NOTES) == "1")
        for link in _links(lang)
        if link_params(link).get("present") == "1"
    }
    assert slides == {(str(n), notes) for n in range(1, len(CONTENT.slides.slides) + 1) for notes in (False, True)}
    assert f"/story?lang={lang}" in [e["link"].split("&")[0] for e in ENTRIES], "the overview's own path"


def test_every_entry_names_what_it_shows():
    for entry in ENTRIES:
        params = link_params(entry["link"])
        assert params.get("lang") in LANGS, entry
        keys = set(entry.get("expect", {}))
        if params.get("present") == "1":
            assert keys == {"slide", "notes"}, entry
        else:
            assert keys == set(params) - {"lang"}, f"{entry['link']}: expect names every widget the link sets"


@pytest.mark.full
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("page", CONTENT.site.pages, ids=[p.id for p in CONTENT.site.pages])
def test_the_list_has_every_tab_filter_selection_preset_and_weight(page, lang):
    """Every bound widget of every view appears in the list with every value a reader can pick."""
    sent: dict[str, set[str]] = {}
    for link in _links(lang):
        if page_for(link) == page:
            for key, values in _query(link).items():
                sent.setdefault(key, set()).update(values)
    for view in [{}, *tab_queries(CONTENT, page.id, lang)]:
        at = open_page(page.script, lang=lang, **view)
        found = {n.key: n for n in walk_tree(at._tree) if getattr(n, "key", None)}
        for key, (_, default) in at.session_state["_rr_bound"].items():
            assert key in sent, f"{page.id} {view}: no link sets {key}"
            options = set(getattr(found.get(key), "options", None) or [])
            # every value of a filter; every value but the default of a single choice (links leave defaults out)
            wanted = options if isinstance(default, list) else options - {default}
            missing = wanted - sent[key]
            assert not missing, f"{page.id} {view}: no link picks {key}={sorted(missing)}"
        for value in view.values():
            assert value in sent.get(next(iter(view)), set()), f"no link opens the tab {value!r}"
