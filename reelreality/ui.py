"""The shared Streamlit pieces: cached content, language, URL state notices, sources, badges, quotes."""

from __future__ import annotations

import gc
import pickle
import re
from collections.abc import Callable, Iterable, Sequence
from types import FunctionType
from typing import Any

import pandas as pd
import streamlit as st

from reelreality import fmt
from reelreality import models as m
from reelreality.content import Content, ContentError, load

LANG_KEY = "lang"
# Query parameters the app itself owns; every other one must belong to a bound widget.
APP_PARAMS = {"lang", "present", "slide", "notes", "embed", "embed_options"}
_NOTICES = "_rr_notices"

STATUS_STYLE: dict[str, tuple[str, str]] = {
    "verified": ("green", ":material/verified:"),
    "secondary": ("blue", ":material/link:"),
    "seed-only": ("orange", ":material/warning:"),
}


_RUN_CONTENT = "_rr_content"


@st.cache_resource(show_spinner=False)
def _load_content() -> Content:
    """Load and validate content once per process (models are frozen, so sharing is safe)."""
    loaded = load()
    # The content and the modules imported by now (streamlit, pandas, plotly) live as long as the
    # process. Freezing them keeps them out of every full collection (Python's own, and Streamlit's
    # after-run one if runner.postScriptGC is turned back on), which otherwise walks them all:
    # about 100 ms of CPU, holding the GIL.
    gc.freeze()
    return loaded


def content() -> Content:
    """The validated content, shared by every session.

    begin_run() fetches it once per run and keeps it in the session: each call of a cached function
    takes a process-wide lock, pages ask for content hundreds of times a run, and with a room of
    twenty viewers that lock convoy cost more than the pages themselves."""
    return st.session_state.get(_RUN_CONTENT) or _load_content()


def set_current_page(page: m.PageDef) -> None:
    st.session_state["_rr_page"] = page


def current_page() -> m.PageDef:
    """The page being shown (set by app.py before it runs the page)."""
    return st.session_state.get("_rr_page") or content().site.pages[0]


def lang() -> str:
    return st.session_state.get(LANG_KEY, "en")


def t(key: str, **fmt: Any) -> str:
    """A UI string from site.yaml in the viewer's language."""
    text = content().ui(key)(lang())
    return text.format(**fmt) if fmt else text


def tx(text: m.Text) -> str:
    """A content Text in the viewer's language."""
    return text(lang())


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~$:-])")


def md_escape(text: str) -> str:
    """Escape markdown so content and URL text always render literally."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def notice(message: str) -> None:
    """Queue a quiet notice (shown as a toast at the end of the run)."""
    st.session_state.setdefault(_NOTICES, [])
    if message not in st.session_state[_NOTICES]:
        st.session_state[_NOTICES].append(message)


# Static CSS only (no content or URL text reaches it). Streamlit fades a whole caption with
# opacity 0.6, which puts caption text (3.9:1) and the source links inside captions (3:1) below
# the WCAG AA contrast of 4.5:1 in both themes; fade only the caption's own text instead, so links
# keep the theme's full link colour.
_BASE_CSS = """<style>
[data-testid="stCaptionContainer"] { opacity: 1; color: color-mix(in srgb, currentColor 75%, transparent); }
[data-testid="stMarkdownContainer"] blockquote, [data-testid="stMarkdownContainer"] blockquote p { color: inherit !important; opacity: 1 !important; }
</style>"""


def base_style() -> None:
    """App-wide accessibility fixes to Streamlit's default styling; call once per run."""
    st.html(_BASE_CSS)


def flush_notices() -> None:
    for message in st.session_state.pop(_NOTICES, []):
        st.toast(message, icon=":material/info:")


# ---------------------------------------------------------------- language


def init_language() -> str:
    """Pick the language: ?lang= first, then this session's choice, then the browser locale."""
    raw = st.query_params.get(LANG_KEY)
    if raw in m.LANGS:
        st.session_state[LANG_KEY] = raw
    else:
        if raw is not None:
            notice(content().ui("notice.bad_lang")("en") + " / " + content().ui("notice.bad_lang")("fr"))
        if LANG_KEY not in st.session_state:
            locale = (st.context.locale or "").lower()
            st.session_state[LANG_KEY] = "fr" if locale.startswith("fr") else "en"
    # The language always travels in the URL so a copied address reopens in the same language.
    st.query_params[LANG_KEY] = st.session_state[LANG_KEY]
    return st.session_state[LANG_KEY]


def _switch_language() -> None:
    chosen = st.session_state.get("lang_switch")
    if chosen in m.LANGS:
        st.session_state[LANG_KEY] = chosen
        st.query_params[LANG_KEY] = chosen


def language_switch() -> None:
    st.session_state["lang_switch"] = lang()
    st.segmented_control(
        t("lang.label"),
        options=list(m.LANGS),
        format_func=lambda code: {"en": "English", "fr": "Français"}[code],
        key="lang_switch",
        required=True,
        on_change=_switch_language,
        label_visibility="collapsed",
    )


# ---------------------------------------------------------------- URL state


def check_param(key: str, allowed: Iterable[str]) -> None:
    """Before a bound widget renders: note a URL value it will reject, so the viewer is told."""
    values = st.query_params.get_all(key)
    allowed = set(allowed)
    if values and any(v not in allowed for v in values):
        notice(t("notice.bad_value", param=_safe_name(key)))


def _safe_name(name: str) -> str:
    return "`" + name.replace("`", "")[:40] + "`"


def drop_unknown_params() -> None:
    """After the page ran: remove query parameters that nothing on this page owns."""
    owned = APP_PARAMS | {k for k in st.session_state.keys() if isinstance(k, str)}
    unknown = [k for k in list(st.query_params.keys()) if k not in owned]
    for key in unknown:
        st.query_params.pop(key, None)
    if unknown:
        notice(t("notice.unknown_params", names=", ".join(_safe_name(k) for k in unknown)))


_BOUND = "_rr_bound"


def _remember(key: str, value: Any, default: Any) -> None:
    """Record a bound widget's URL value and default so a share link can be built server-side."""
    st.session_state.setdefault(_BOUND, {})
    st.session_state[_BOUND][key] = (value, default)


def bound_state() -> dict[str, tuple[Any, Any]]:
    """URL value and default of every bound widget rendered in this session, by key."""
    return st.session_state.get(_BOUND, {})


def _url_value(value: Any, fmt: Callable[[Any], str] | None = None) -> str | list[str]:
    fmt = fmt or (lambda v: f"{v:g}" if isinstance(v, float) else str(v))
    if isinstance(value, list | tuple):
        return [fmt(v) for v in value]
    return "" if value is None else fmt(value)


def bound_pills(
    label: str,
    options: Sequence[str],
    labels: Callable[[str], str],
    key: str,
    *,
    default: Sequence[str] | None = None,
    **kwargs: Any,
) -> list[str]:
    """Multi-select pills whose selection lives in the URL under `key` (values are the labels)."""
    check_param(key, [labels(o) for o in options])
    default = list(default) if default is not None else list(options)
    value = st.pills(
        label,
        options=list(options),
        format_func=labels,
        selection_mode="multi",
        default=default,
        key=key,
        bind="query-params",
        **kwargs,
    )
    _remember(key, _url_value(value, labels), _url_value(default, labels))
    return value


def bound_choice(
    label: str,
    options: Sequence[str],
    labels: Callable[[str], str],
    key: str,
    *,
    default: str | None = None,
    widget: str = "segmented_control",
    **kwargs: Any,
) -> str | None:
    """A single choice (segmented control, pills, radio or selectbox) bound to the URL under `key`.

    `default` None means "nothing selected" for segmented control/pills and the first option for
    radio/selectbox."""
    check_param(key, [labels(o) for o in options])
    options = list(options)
    if widget in ("radio", "selectbox"):
        index = options.index(default) if default is not None else 0
        value = getattr(st, widget)(
            label, options, index=index, format_func=labels, key=key, bind="query-params", **kwargs
        )
        default = options[index]
    else:
        value = getattr(st, widget)(
            label, options, default=default, format_func=labels, key=key, bind="query-params", **kwargs
        )
    _remember(key, _url_value(value, labels), _url_value(default, labels))
    return value


def bound_select(
    label: str, options: Sequence[str], labels: Callable[[str], str], key: str, *, default: str | None = None, **kwargs: Any
) -> str | None:
    """A selectbox bound to the URL under `key` (value in the URL is the option's label)."""
    return bound_choice(label, options, labels, key, default=default, widget="selectbox", **kwargs)


def bound_slider(label: str, key: str, *, min_value: float, max_value: float, value: Any, step: float, **kwargs: Any) -> Any:
    """A slider bound to the URL under `key`; `value` is the default (a number or a (low, high) pair)."""
    raw = st.query_params.get_all(key)
    if raw:
        try:
            numbers = [float(v) for v in raw]
            if any(not (min_value <= n <= max_value) for n in numbers):
                raise ValueError
        except ValueError:
            notice(t("notice.bad_value", param=_safe_name(key)))
    result = st.slider(
        label, min_value=min_value, max_value=max_value, value=value, step=step, key=key, bind="query-params", **kwargs
    )
    _remember(key, _url_value(result), _url_value(value))
    return result


def bound_text(label: str, key: str, **kwargs: Any) -> str:
    """A text input bound to the URL under `key`."""
    result = st.text_input(label, key=key, bind="query-params", **kwargs)
    _remember(key, result or "", "")
    return result or ""


def bound_tabs(labels: Sequence[str], key: str) -> Sequence[Any]:
    """Tabs whose active tab lives in the URL under `key` (value = the tab label)."""
    check_param(key, labels)
    tabs = st.tabs(list(labels), key=key, bind="query-params")
    _remember(key, st.session_state.get(key) or labels[0], labels[0])
    return tabs


# ---------------------------------------------------------------- sources and statuses


def status_label(status: str) -> str:
    c = content()
    return next(tx(s.label) for s in c.method.statuses if s.id == status)


def tier_label(tier: str) -> str:
    c = content()
    return next(tx(s.label) for s in c.method.tiers if s.id == tier)


def status_badge(status: str) -> None:
    """The verification status as a badge; the full label and definition show on hover."""
    colour, icon = STATUS_STYLE[status]
    sdef = next(s for s in content().method.statuses if s.id == status)
    st.badge(tx(sdef.short), color=colour, icon=icon, help=f"{tx(sdef.label)}. {tx(sdef.description)}")


def evidence(status: str, ids: Sequence[str], *, compact: bool = True) -> None:
    """The verification badge and the sources of a statement on one line; the status's definition
    shows on hover. One element instead of two: a page holds dozens of these, and each element
    costs the server a message to every viewer."""
    st.caption(_evidence_line(status, ids, compact=compact), help=status_help([status]))


def _evidence_line(status: str, ids: Sequence[str], *, compact: bool = True) -> str:
    return f"{status_markup(status)} {sources_text(ids, compact=compact)}"


def sourced_markup(text: str, status: str, ids: Sequence[str], *, compact: bool = True) -> str:
    """Markdown: `text` (already markdown), then `evidence`'s line in small type: one element, not two."""
    return f"{text}\n\n{small(_evidence_line(status, ids, compact=compact))}"


def status_help(statuses: Iterable[str]) -> str:
    """Tooltip text: the definition of each verification status named (once each, in order met)."""
    defs = {s.id: s for s in content().method.statuses}
    return "\n\n".join(f"{tx(defs[s].label)}. {tx(defs[s].description)}" for s in dict.fromkeys(statuses))


def status_markup(status: str) -> str:
    """Markdown for the verification status's badge (short label)."""
    colour, icon = STATUS_STYLE[status]
    sdef = next(s for s in content().method.statuses if s.id == status)
    return f":{colour}-badge[{icon} {md_escape(tx(sdef.short))}]"


def source_link(source: m.Source) -> str:
    """Markdown for one source: publisher — title (date), linked when a URL exists."""
    date = t("date.unknown") if source.published == "unknown" else format_date(source.published)
    title = md_escape(source.title)
    title = f"[{title}]({fmt.md_link_url(source.url)})" if source.url else title
    return f"{md_escape(source.publisher)} — {title} ({date}{t('punct.semicolon')}{tier_label(source.tier).lower()})"


def source_short(source: m.Source) -> str:
    """Markdown for one source in compact form: the publisher, linked, and the date."""
    date = t("date.unknown") if source.published == "unknown" else format_date(source.published)
    name = md_escape(source.publisher)
    name = f"[{name}]({fmt.md_link_url(source.url)})" if source.url else name
    return f"{name} ({date})"


def sources_text(ids: Sequence[str], *, compact: bool = False) -> str:
    """Markdown: "Sources:" and each source, linked (publisher and date when `compact`)."""
    smap = content().source_map
    parts = [(source_short if compact else source_link)(smap[i]) for i in ids]
    return t("sources.label") + " " + " · ".join(parts)


def sources_caption(ids: Sequence[str], *, compact: bool = False) -> None:
    st.caption(sources_text(ids, compact=compact))


def sources_help(ids: Sequence[str]) -> str:
    """Plain text listing sources, for tooltips."""
    smap = content().source_map
    return t("sources.label") + " " + "; ".join(f"{smap[i].publisher}, “{smap[i].title}”" for i in ids)


def format_date(value: Any, precision: str = "day") -> str:
    return fmt.format_date(value, lang(), t("date.months").split(","), precision)


def small(text: str) -> str:
    """Markdown for a side note (small type) inside a larger block; `text` is already markdown."""
    return f":small[{text}]"


def quote_card(quote: m.Quote) -> None:
    """A quote in its original wording (with a translation when the viewer reads the other language),
    who said it and when, its context, status and sources: one text block (the status's definition on hover)."""
    with st.container(border=True):
        parts = ["> " + md_escape(quote.original)]
        if quote.original_language != lang():
            parts.append(small(t("quote.translation") + " " + md_escape(quote.translation)))
        parts.append(
            f"**{md_escape(quote.speaker)}**, {md_escape(tx(quote.role))} — "
            f"{md_escape(quote.organisation)}, {format_date(quote.date, quote.date_precision)}"
        )
        parts.append(small(md_escape(tx(quote.context))))
        sourced_block("\n\n".join(parts), quote.status, quote.sources)


def statement(record: m.Statement, *, compact: bool = False) -> None:
    sourced(record.text, record.status, record.sources, compact=compact)


# ---------------------------------------------------------------- errors


def content_error_page(error: ContentError) -> None:
    """One clear page listing every content problem, instead of a traceback."""
    st.title("Content error / Erreur de contenu")
    st.error(
        f"{len(error.problems)} problem(s) in the content files. The app cannot start until they are fixed. "
        f"Run `python -m reelreality.validate` for the same list."
    )
    st.code("\n".join(str(p) for p in error.problems), language=None)


# ---------------------------------------------------------------- share


def begin_run() -> None:
    """Forget the bound state of the previous run (the share link describes this run's page only);
    fetch the content for this run."""
    st.session_state[_BOUND] = {}
    st.session_state[_RUN_CONTENT] = _load_content()


def app_url() -> str:
    """The app's base URL as the viewer sees it (no page path, no query)."""
    url = st.context.url or "http://localhost:8501/"
    page = current_page()
    path = "/" + page.id
    base = url.split("?", 1)[0]
    return base[: -len(path)] if base.endswith(path) else base.rstrip("/")


def view_url(extra: dict[str, Any] | None = None) -> str:
    """Absolute link to exactly the current view: page, language, bound widget values, plus `extra`."""
    from reelreality import state

    page = current_page()
    path = "" if page == content().site.pages[0] else page.id
    params = {LANG_KEY: lang(), **(extra or {})}
    return state.share_url(f"{app_url()}/{path}", params, bound_state())


def share_box(extra: dict[str, Any] | None = None, more: Callable[[], None] | None = None) -> None:
    """'Share this view': the full link with a copy button, and a 'cite this view' text."""
    import datetime as dt

    from reelreality import state

    # Built and sent only once opened (opening reruns the page): the box is on every page.
    box = st.popover(t("share.button"), icon=":material/share:", key="share_box", on_change="rerun")
    if not box.open:
        return
    url = view_url(extra)
    site = content().site
    with box:
        st.caption(t("share.link"))
        st.code(url, language=None, wrap_lines=True)
        st.caption(t("share.cite"))
        cite = state.citation(
            title=f"{tx(current_page().title)} — {tx(site.title)}",
            url=url,
            version=site.version,
            updated=format_date(site.last_updated),
            accessed=format_date(dt.date.today()),
            template=t("share.cite_template"),
        )
        st.code(cite, language=None, wrap_lines=True)
        st.caption(t("share.copy_hint"))
        if more is not None:
            more()

# ---------------------------------------------------------------- editorial ratings (promise scale)

RATING_STYLE: dict[str, tuple[str, str]] = {
    "not-yet-rated": ("gray", ":material/help:"),
    "in-the-works": ("blue", ":material/construction:"),
    "stalled": ("orange", ":material/pause_circle:"),
    "compromise": ("violet", ":material/balance:"),
    "kept": ("green", ":material/check_circle:"),
    "broken": ("red", ":material/cancel:"),
}


def rating_labels() -> dict[str, str]:
    """Editorial rating id -> label in the viewer's language, in the scale's order."""
    return {s.id: tx(s.label) for s in content().scale.statuses}


def rating_badge(rating: str) -> None:
    """An editorial rating as a badge that says it is editorial; its definition shows on hover."""
    sdef = next(s for s in content().scale.statuses if s.id == rating)
    colour, icon = RATING_STYLE[rating]
    st.badge(
        t("rating.badge", label=tx(sdef.label)),
        color=colour,
        icon=icon,
        help=t("rating.help", text=tx(sdef.description)),
    )


def rating_markup(rating: str, label: str | None = None) -> str:
    """Markdown for an editorial rating's badge; the label says it is editorial unless one is given."""
    sdef = next(s for s in content().scale.statuses if s.id == rating)
    colour, icon = RATING_STYLE[rating]
    return f":{colour}-badge[{icon} {md_escape(label or t('rating.badge', label=tx(sdef.label)))}]"


def rating_tally(groups: Sequence[tuple[m.PromiseStatusDef, Sequence[str]]]) -> str:
    """Markdown list: for each rating, its badge, how many and which (e.g. the cases at each rating)."""
    return "\n".join(
        f"- {rating_markup(sdef.id, tx(sdef.label))} **{len(names)}** — {md_escape(', '.join(names))}"
        for sdef, names in groups
    )


def scale_legend() -> None:
    """The editorial rating scale: every rating with its definition, progress ratings first."""
    scale = content().scale
    lines = [small(md_escape(tx(scale.intro)))]
    for group in ("progress", "final"):
        lines.append(f"**{t(f'rating.group.{group}')}**")
        lines.append(
            "\n".join(
                f"- {rating_markup(s.id)} {md_escape(tx(s.description))}" for s in scale.statuses if s.group == group
            )
        )
    st.markdown("\n\n".join(lines))  # one block, not a badge and a caption per rating


def rating_history(entries: Sequence[Any]) -> None:
    """Dated rating steps, oldest first: rating and evidence badges, finding, rationale, sources (with tier)."""
    for entry in entries:
        with st.container(horizontal=True, vertical_alignment="center"):
            st.markdown(f"**{format_date(entry.date, entry.date_precision)}**", width="content")
            rating_badge(entry.rating)
            status_badge(entry.status)
        if entry.date_note:
            st.caption(md_escape(tx(entry.date_note)))
        st.markdown(md_escape(tx(entry.finding)))
        st.markdown(f"*{t('rating.why')}* {md_escape(tx(entry.rationale))}")
        sources_caption(entry.sources)


def promise_card(p: m.Promise, *, expanded: bool = False) -> None:
    """One promise: title, editorial rating, wording, who and when, what would count as kept, sources, history."""
    with st.container(border=True, height="stretch"):
        rating = next(s for s in content().scale.statuses if s.id == p.rating)
        status = next(s for s in content().method.statuses if s.id == p.status)
        # Title and badges in one block; hovering its help shows what the rating and status mean.
        st.markdown(
            f"#### {md_escape(tx(p.title))}\n\n{rating_markup(p.rating)} {status_markup(p.status)}",
            help=f"{t('rating.help', text=tx(rating.description))}\n\n{tx(status.label)}. {tx(status.description)}",
        )
        if p.status == "seed-only":
            st.warning(t("promises.seed_only"), icon=":material/warning:")
        parts = ["> " + md_escape(p.wording.original)]
        if p.wording.original_language != lang():
            parts.append(small(t("quote.translation") + " " + md_escape(p.wording.translation)))
        if p.wording.kind == "reported":
            parts.append(small(t("promises.reported_speech")))
        who = p.claimant
        parts.append(
            f"**{md_escape(who.person)}**, {md_escape(tx(who.role))} — {md_escape(who.organisation)}, "
            f"{format_date(p.date, p.date_precision)}"
        )
        parts.append(small(f"{t('promises.venue')} {md_escape(tx(p.venue))}"))
        if p.date_note:
            parts.append(small(f"{t('promises.date_note')} {md_escape(tx(p.date_note))}"))
        parts.append(f"**{t('promises.measure')}** {md_escape(tx(p.measure))}")
        parts.append(small(sources_text(p.sources)))
        st.markdown("\n\n".join(parts))  # one block: each element costs every viewer a message
        label = t("promises.history", n=len(p.history))
        with st.expander(label, expanded=expanded, key=f"pr_history_{p.id}_{int(expanded)}", on_change="rerun") as history:
            if history.open:  # sent only when opened: nine cards' histories are most of the page
                rating_history(p.history)


def evidence_card(item: m.Quote | m.Statement) -> None:
    """A quote card, or a bordered card for a reported fact, each with its status and sources."""
    if isinstance(item, m.Quote):
        quote_card(item)
    else:
        with st.container(border=True):
            statement(item, compact=True)


def bound_pick(
    label: str,
    options: Sequence[str],
    labels: Callable[[str], str],
    key: str,
    *,
    default: str | None = None,
    **kwargs: Any,
) -> str:
    """A selectbox bound to the URL under `key` that also opens from an option's stable id.

    Like every bound widget, a shared link carries the option's label; a hand-written link with the
    option itself (e.g. `?pr_id=half-budget`) selects it too. Anything else falls back with a notice."""
    options = list(options)
    raw = st.query_params.get(key)
    if raw in options and raw not in {labels(o) for o in options}:
        if key not in st.session_state:
            # Streamlit drops the id from the address bar (it is not a label); the selection itself holds.
            st.session_state[key] = raw
    else:
        check_param(key, [labels(o) for o in options])
    index = options.index(default) if default is not None else 0
    value = st.selectbox(label, options, index=index, format_func=labels, key=key, bind="query-params", **kwargs)
    _remember(key, _url_value(value, labels), _url_value(options[index], labels))
    return value


# ---------------------------------------------------------------- charts and editorial labels (shared)


def editorial_badge(help: str | None = None) -> None:
    """Marks a rating or score as our judgement, not a reported fact; hover shows why (or the method)."""
    if help is None:
        section = next((s for s in content().method.sections if s.id == "editorial"), None)
        help = tx(section.body) if section else None
    st.badge(t("common.editorial"), color="violet", icon=":material/edit_note:", help=help)


def sourced(text: m.Text, status: str, sources: Sequence[str], *, compact: bool = True) -> None:
    """A sourced sentence as one block: the text, then its verification badge and sources in small
    type; the status's definition shows on hover."""
    sourced_block(md_escape(tx(text)), status, sources, compact=compact)


def sourced_block(text: str, status: str, sources: Sequence[str], *, compact: bool = True) -> None:
    """`sourced` for a text that is already markdown (a heading and a paragraph, say)."""
    st.markdown(sourced_markup(text, status, sources, compact=compact), help=status_help([status]))


# ---------------------------------------------------------------- chart blocks, editorial badge, presets


def figure_block(fig: Any, caption: str, table: Any, file_name: str, *, key: str, columns: str | None = None) -> None:
    """A chart, the caption that states its message, and its data as a table with a CSV download."""
    st.plotly_chart(fig, key=key, config={"displaylogo": False})
    st.caption(md_escape(caption))
    table_block(table, file_name, key=key, columns=columns)


def table_block(table: pd.DataFrame, file_name: str, *, key: str, columns: str | None = None) -> None:
    """"Show the data as a table": an expander holding the table and its CSV download.

    The table is sent only once the expander is opened (opening it reruns the page): closed, it
    costs one element instead of a serialised table, and the CSV is written only when clicked.
    `columns`: a prefix of UI strings that name the columns (`<prefix>.<column>`)."""
    with st.expander(t("common.show_table"), key=f"{key}_table", on_change="rerun") as box:
        if box.open:
            if columns:
                table = table.rename(columns={c: t(f"{columns}.{c}") for c in table.columns})
            st.dataframe(table, hide_index=True)
            st.download_button(
                t("common.download_csv"),
                lambda: table.to_csv(index=False),
                file_name,
                "text/csv",
                key=f"{key}_csv",
                on_click="ignore",
            )


def weight_controls(
    items: Sequence[tuple[str, str, int, str]],
    *,
    prefix: str,
    max_value: int,
    presets: dict[str, dict[str, int]],
    preset_label: str,
    preset_names: dict[str, str],
    preset_notes: dict[str, str],
    modified_note: str,
) -> dict[str, int]:
    """Preset pills above one bound slider per item (id, label, default, help); returns the weights by id.

    The preset lives in the URL under `<prefix>preset` and each weight under `<prefix>w_<id>`.
    Choosing a preset writes every slider through st.session_state: a bound widget's URL parameter
    cannot be written through st.query_params, and Streamlit then updates the URL itself.
    Moving a slider away from the chosen preset clears the preset, so a link never claims a preset
    its weights do not match."""
    preset_key = f"{prefix}preset"
    keys = {item[0]: f"{prefix}w_{item[0]}" for item in items}

    def on_preset() -> None:
        chosen = st.session_state.get(preset_key)
        if chosen in presets:
            for item, key in keys.items():
                st.session_state[key] = presets[chosen][item]

    def on_slider() -> None:
        chosen = st.session_state.get(preset_key)
        if chosen in presets and any(st.session_state.get(k) != presets[chosen][i] for i, k in keys.items()):
            st.session_state[preset_key] = None

    preset = bound_choice(
        preset_label, list(presets), preset_names.get, key=preset_key, widget="pills", on_change=on_preset, wrap=True
    )
    note = st.empty()
    weights = {
        item: bound_slider(
            label, keys[item], min_value=0, max_value=max_value, value=default, step=1, help=hint, on_change=on_slider
        )
        for item, label, default, hint in items
    }
    if preset:
        note.caption(md_escape(preset_notes[preset] if weights == presets[preset] else modified_note))
    return weights


def sourced_by(text: m.Text, record: m.Sourced) -> None:
    """A text that rests on a record's evidence: the text, the record's status badge and its sources."""
    sourced(text, record.status, record.sources)


def seed_check(claim: Any, finding: m.Statement, says_label: str, found_label: str) -> None:
    """What the source article asserts (verbatim, with its seed-only badge) next to what the sources support."""
    with st.container(border=True):
        left, right = st.columns(2)
        parts = [f"**{md_escape(says_label)}**", "> " + md_escape(claim.original)]
        if lang() != "fr":
            parts.append(small(t("quote.translation") + " " + md_escape(claim.translation)))
        with left:
            sourced_block("\n\n".join(parts), claim.status, claim.sources)
        with right:
            found = f"**{md_escape(found_label)}**\n\n{md_escape(tx(finding.text))}"
            sourced_block(found, finding.status, finding.sources)


def record_columns(groups: Sequence[tuple[str, Sequence[Any]]], *, border: bool = True) -> None:
    """Side-by-side columns: a bold heading, then items that are either a label (str, shown in italics)
    or a (Text, Sourced record) pair shown with the record's status badge and sources."""
    for column, (heading, items) in zip(st.columns(len(groups)), groups, strict=True):
        with column.container(border=border, height="stretch" if border else "content"):
            st.markdown(f"**{md_escape(heading)}**")
            for item in items:
                if isinstance(item, str):
                    st.markdown(f"*{md_escape(item)}*")
                else:
                    sourced_by(*item)

# ---------------------------------------------------------------- shared results of pure builders


@st.cache_resource(
    show_spinner=False,
    max_entries=256,
    hash_funcs={
        # A builder is known by its name, the content by the load it came from (hashing the models
        # themselves would cost more than building), a small frame by its pickle (8x faster than
        # Streamlit's default).
        FunctionType: lambda f: f"{f.__module__}.{f.__qualname__}",
        Content: lambda c: c.token,
        pd.DataFrame: pickle.dumps,
    },
)
def shared(build: Callable[..., Any], *args: Any) -> Any:
    """`build(*args)`, computed once per distinct input and shared by every session.

    For the pure builders of figures and tables (reelreality.figures, charts, tables): building a
    plotly figure validates every property, and a page's figures cost far more than its text. The
    result is shared, so callers never modify it (st.plotly_chart and st.dataframe only read)."""
    return build(*args)
