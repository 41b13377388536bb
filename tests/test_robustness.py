"""Hostile links: random query strings on every page never raise, and the view falls back to its defaults.

A query string here is what a hand-edited, truncated or malicious link can carry: random keys and
the app's own keys, HTML and script, unicode, huge values, repeated keys. Pages come from site.yaml
and widgets from what each page binds, so new panels are covered without changes here.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

import pytest
from helpers import walk_tree
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from streamlit.runtime.state.query_params import CLIENT_STATE_QUERY_STRING_MAX_LENGTH
from test_pages import open_page

from reelreality.content import load
from reelreality.core.models import LANGS
from reelreality.ui import APP_PARAMS

CONTENT = load()
PAGES = CONTENT.site.pages
N_SLIDES = len(CONTENT.slides.slides)

PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "javascript:alert(1)",
    "[link](javascript:alert(1))",
    "**bold** _it_ `code` # title",
    "{0} {n} {param}",
    ":material/warning: :red[red]",
    "\u202egnp.exe \u200b\ufeff",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🎬 é à ç « »",
    "NaN",
    "-inf",
    "1e999",
    "-1",
    "0",
    "99",
    "",
    " ",
    "%00%0d%0a",
    "../../etc/passwd",
]


def widgets(at) -> dict[str, Any]:
    """Widgets rendered with a user key, by key."""
    return {node.key: node for node in walk_tree(at._tree) if getattr(node, "key", None)}


@pytest.fixture(scope="module")
def page_info() -> dict[str, tuple[list[str], list[str]]]:
    """For each page: the keys a link may carry and the labels its widgets accept (for valid values)."""
    info = {}
    for page in PAGES:
        at = open_page(page.script, lang="en")
        found = widgets(at)
        keys = sorted(set(at.session_state["_rr_bound"]) | APP_PARAMS)
        labels = sorted({o for w in found.values() for o in (getattr(w, "options", None) or [])})
        info[page.script] = (keys, labels)
    return info


def _as_list(value: Any) -> list[str]:
    values = value if isinstance(value, list | tuple) else [value]
    out = []
    for v in values:
        try:
            out.append(f"{float(v):g}")
        except (TypeError, ValueError):
            out.append(str(v))
    return out


def check_view(at, params: dict[str, list[str]]) -> None:
    """What must hold whatever the link carried."""
    assert not at.exception, at.exception
    if len(urlencode(params, doseq=True)) > CLIENT_STATE_QUERY_STRING_MAX_LENGTH:
        params = {}  # Streamlit ignores a query string this long as a whole: the default view must show

    sent_lang = params.get("lang", [None])[-1]
    expected = sent_lang if sent_lang in LANGS else "en"
    assert at.session_state["lang"] == expected
    assert at.query_params["lang"] in (expected, [expected])

    for key in at.query_params:
        assert key in APP_PARAMS or key in at.session_state, f"unknown parameter {key!r} was kept"

    found = widgets(at)
    for key, (value, default) in at.session_state["_rr_bound"].items():
        options = getattr(found.get(key), "options", None)
        sent = params.get(key, [])
        if options and any(v not in options for v in sent):
            assert at.toast, f"an invalid {key!r} in the link is reported"
        if value == default:
            continue
        got, asked = set(_as_list(value)), set(_as_list(sent))
        assert sent and got <= asked, f"{key!r} is {value!r}: neither its default nor what the link asked ({sent!r})"
        if options:
            assert got <= set(options), f"{key!r} took a value that is not one of its options"

    if params.get("present", [None])[-1] == "1":
        assert at.query_params["slide"] in {str(n) for n in range(1, N_SLIDES + 1)}


@pytest.mark.parametrize("script", [p.script for p in PAGES], ids=[p.id for p in PAGES])
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_any_query_string_opens_a_valid_view(page_info, script, data):
    """Whatever link a reader follows, the page opens without an error in a valid view."""
    keys, labels = page_info[script]
    key = st.one_of(st.sampled_from(keys), st.text(min_size=1, max_size=12))
    value = st.one_of(
        st.sampled_from(PAYLOADS + labels + list(LANGS) + ["1", str(N_SLIDES), str(N_SLIDES + 1)]),
        st.text(max_size=30),
        st.builds(lambda s, n: (s or "x") * n, st.text(min_size=1, max_size=4), st.integers(2_000, 30_000)),
    )
    pairs = data.draw(st.lists(st.tuples(key, value), max_size=6), label="query")
    params: dict[str, list[str]] = {}
    for k, v in pairs:
        params.setdefault(k, []).append(v)
    at = open_page(script, **{k: v if len(v) > 1 else v[0] for k, v in params.items()})
    check_view(at, params)


@pytest.mark.parametrize("script", [p.script for p in PAGES], ids=[p.id for p in PAGES])
def test_garbage_in_every_bound_widget_falls_back_to_defaults(page_info, script):
    """A link whose every view parameter is garbage opens the page in its default view, with a notice."""
    keys, _ = page_info[script]
    default = open_page(script, lang="en")
    garbage = {k: ["<script>alert(1)</script>", "\u202e" * 3] for k in keys if k not in APP_PARAMS}
    at = open_page(script, lang="en", **garbage)
    check_view(at, {"lang": ["en"], **garbage})
    found = widgets(at)
    for key, state in at.session_state["_rr_bound"].items():
        if getattr(found.get(key), "options", None):  # free text accepts any text; choices must not
            assert state == default.session_state["_rr_bound"][key]
