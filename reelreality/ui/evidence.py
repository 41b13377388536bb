"""Evidence in the Streamlit shell: status badges, source lines, sourced texts, quotes and the editorial badge."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import Any

import streamlit as st

from reelreality import text
from reelreality.core.models import Quote, Source, Sourced, Statement, Text
from reelreality.core.quotes import MARKS
from reelreality.sources.model import CorrectionsFile
from reelreality.ui.base import STATUS_STYLE, content, lang, md_escape, t, tx


def status_label(status: str) -> str:
    """A verification status's full label in the viewer's language."""
    return next(tx(s.label) for s in content().method.statuses if s.id == status)


def tier_label(tier: str) -> str:
    """A source tier's label in the viewer's language."""
    return next(tx(s.label) for s in content().method.tiers if s.id == tier)


def status_badge(status: str) -> None:
    """The verification status as a badge; the full label and definition show on hover."""
    colour, icon = STATUS_STYLE[status]
    sdef = next(s for s in content().method.statuses if s.id == status)
    st.badge(tx(sdef.short), color=colour, icon=icon, help=f"{tx(sdef.label)}. {tx(sdef.description)}")


def evidence(status: str, ids: Sequence[str], *, compact: bool = True, corrected: Sequence[str] = ()) -> None:
    """The verification badge and the outlets of a statement on one line that opens on the full
    citations; the status's definition shows on hover. One element instead of two: a page holds
    dozens of these, and each element costs the server a message to every viewer."""
    st.caption(evidence_details(status, ids, corrected=corrected), unsafe_allow_html=True, help=status_help([status]))


def evidence_details(status: str | None, ids: Sequence[str], *, corrected: Sequence[str] = ()) -> str:
    """Markdown with fixed HTML tags: the status badge (if any) and the outlets (a date where the source
    prints one) as the summary of a native disclosure, which opens on each source's full citation,
    as the Sources & method page lists it. `<details>` opens by click, tap and keyboard, tells a
    screen reader whether it is open, and needs no rerun and no widget.

    Render with `unsafe_allow_html=True`: every content, UI and URL text in it is markdown-escaped
    (`md_escape`, `text.md_link_url`) and no tag attribute carries content. The leading span keeps
    the line a markdown paragraph (a line that starts with `<details>` would be raw HTML, its badge
    markup shown as text); the browser closes that paragraph before the disclosure, so the
    'corrected' mark, when there is one, sits on the line above (base.py's CSS hides an empty one).

    Written once per content load, language and record: a page holds dozens of these lines, and
    writing one (escaping, dates in the reader's language, every citation) cost more than sending it."""
    return _evidence_details(content().token, lang(), status, tuple(ids), tuple(corrected))


@functools.lru_cache(maxsize=4096)
def _evidence_details(
    _token: str, _lang: str, status: str | None, ids: tuple[str, ...], corrected: tuple[str, ...]
) -> str:
    """evidence_details for the content load `_token` in `_lang` (the key: the body reads both itself)."""
    smap = content().source_map
    cites = "".join(f"<li>{source_link(smap[i])}</li>" for i in ids)
    badge = f"{status_markup(status)} " if status else ""
    return (
        f'<span class="rr-ev">{corrected_markup(corrected).strip()}</span>'
        f'<details class="rr-cite"><summary>{badge}{md_escape(t("sources.label"))} {outlets(ids)}</summary>'
        f"<ul>{cites}</ul></details>"
    )


def outlets(ids: Sequence[str]) -> str:
    """Markdown: the publishers of `ids`, each once, with a date where one of its sources prints one."""
    smap = content().source_map
    dates: dict[str, Any] = {}
    for i in ids:
        source = smap[i]
        if dates.get(source.publisher, "unknown") == "unknown":
            dates[source.publisher] = source.published
    return " · ".join(
        md_escape(name) + ("" if when == "unknown" else f" ({format_date(when)})") for name, when in dates.items()
    )


def _evidence_line(status: str, ids: Sequence[str], *, compact: bool = True, corrected: Sequence[str] = ()) -> str:
    return f"{status_markup(status)}{corrected_markup(corrected)} {sources_text(ids, compact=compact)}"


def corrected_markup(corrected: Sequence[str]) -> str:
    """A 'corrected' badge linking to the record's entries in the corrections log (none when uncorrected)."""
    links = " ".join(f"[{i}]({correction_link(cid)})" for i, cid in enumerate(corrected, start=1))
    return f" :orange-badge[:material/history_edu: {md_escape(t('corrections.mark'))}] {links}" if corrected else ""


def correction_link(correction_id: str) -> str:
    """Where a corrections-log entry is shown: its anchor on the Sources & method page."""
    page = next((p for p in content().site.pages if p.script == "panels/sources.py"), None)
    path = page.id if page else ""
    return f"/{path}?lang={lang()}#correction-{correction_id}"


def sourced_markup(
    text: str, status: str, ids: Sequence[str], *, compact: bool = True, corrected: Sequence[str] = ()
) -> str:
    """Markdown: `text` (already markdown), then `evidence`'s line in small type: one element, not two."""
    return f"{text}\n\n{small(_evidence_line(status, ids, compact=compact, corrected=corrected))}"


def status_help(statuses: Iterable[str]) -> str:
    """Tooltip text: the definition of each verification status named (once each, in order met)."""
    defs = {s.id: s for s in content().method.statuses}
    return "\n\n".join(f"{tx(defs[s].label)}. {tx(defs[s].description)}" for s in dict.fromkeys(statuses))


def status_markup(status: str) -> str:
    """Markdown for the verification status's badge (short label)."""
    colour, icon = STATUS_STYLE[status]
    sdef = next(s for s in content().method.statuses if s.id == status)
    return f":{colour}-badge[{icon} {md_escape(tx(sdef.short))}]"


def source_link(source: Source) -> str:
    """Markdown for one source: publisher — title (date), linked when a URL exists."""
    date = t("date.unknown") if source.published == "unknown" else format_date(source.published)
    title = md_escape(source.shown_title(lang()))
    title = f"[{title}]({text.md_link_url(source.url)})" if source.url else title
    tail = md_escape(f"{date}{t('punct.semicolon')}{tier_label(source.tier).lower()}")
    return f"{md_escape(source.publisher)} — {title} ({tail})"


def source_short(source: Source) -> str:
    """Markdown for one source in compact form: the publisher, linked, and the date where the source prints one."""
    name = md_escape(source.publisher)
    name = f"[{name}]({text.md_link_url(source.url)})" if source.url else name
    return name if source.published == "unknown" else f"{name} ({format_date(source.published)})"


def sources_text(ids: Sequence[str], *, compact: bool = False) -> str:
    """Markdown: "Sources:" and each source, linked (publisher and date when `compact`)."""
    smap = content().source_map
    parts = [(source_short if compact else source_link)(smap[i]) for i in ids]
    return t("sources.label") + " " + " · ".join(parts)


def sources_caption(ids: Sequence[str], *, compact: bool = False) -> None:
    """The sources line as a caption of its own: the outlets, opening on the full citations."""
    st.caption(evidence_details(None, ids), unsafe_allow_html=True)


def sources_help(ids: Sequence[str]) -> str:
    """Plain text listing sources, for tooltips."""
    smap = content().source_map
    return t("sources.label") + " " + "; ".join(f"{smap[i].publisher}, {smap[i].quoted_title(lang())}" for i in ids)


def format_date(value: Any, precision: str = "day") -> str:
    """A date in the viewer's language, as the whole app writes it."""
    return text.format_date(value, lang(), precision)


def quoted(text: str) -> str:
    """Markdown for words quoted in the viewer's language's quotation marks (the text is escaped)."""
    opening, closing = MARKS[lang()]
    return f"{opening}{md_escape(text)}{closing}"


def small(text: str) -> str:
    """Markdown for a side note (small type) inside a larger block; `text` is already markdown."""
    return f":small[{text}]"


def translation(words: str) -> str:
    """Markdown for a quote's translation as a side note under the original wording."""
    return small(f"{md_escape(t('quote.translation'))} {md_escape(words)}")


def quote_card(quote: Quote) -> None:
    """A quote in its original wording (with a translation when the viewer reads the other language),
    who said it and when, its context, status and sources: one text block (the status's definition on hover)."""
    with st.container(border=True):
        parts = ["> " + md_escape(quote.original)]
        if quote.original_language != lang():
            parts.append(translation(quote.translation))
        parts.append(
            f"**{md_escape(quote.speaker)}**, {md_escape(tx(quote.role))} — "
            f"{md_escape(quote.organisation)}, {format_date(quote.date, quote.date_precision)}"
        )
        parts.append(small(md_escape(tx(quote.context))))
        sourced_block("\n\n".join(parts), quote.status, quote.sources, corrected=quote.corrected)


def statement(record: Statement, *, compact: bool = False) -> None:
    """A sourced statement: its text, status badge and sources as one block."""
    sourced(record.text, record.status, record.sources, corrected=record.corrected, compact=compact)


EDITORIAL_STYLE = ("violet", ":material/edit_note:")
"""Colour and icon of the badge that marks our own judgements (ratings, scores), wherever it appears."""


def editorial_badge(help: str | None = None) -> None:
    """Marks a rating or score as our judgement, not a reported fact; hover shows why (or the method)."""
    if help is None:
        section = next((s for s in content().method.sections if s.id == "editorial"), None)
        help = tx(section.body) if section else None
    colour, icon = EDITORIAL_STYLE
    st.badge(t("common.editorial"), color=colour, icon=icon, help=help)


def editorial_markup() -> str:
    """The editorial badge as markdown, to sit inside a text block (no hover of its own)."""
    colour, icon = EDITORIAL_STYLE
    return f":{colour}-badge[{icon} {md_escape(t('common.editorial'))}]"


def sourced(
    text: Text, status: str, sources: Sequence[str], *, compact: bool = True, corrected: Sequence[str] = ()
) -> None:
    """A sourced sentence as one block: the text, then its verification badge and sources in small
    type; the status's definition shows on hover."""
    sourced_block(md_escape(tx(text)), status, sources, compact=compact, corrected=corrected)


def sourced_block(
    text: str, status: str, sources: Sequence[str], *, compact: bool = True, corrected: Sequence[str] = ()
) -> None:
    """`sourced` for a text that is already markdown (a heading and a paragraph, say). Rendered with raw
    HTML on (the evidence line's disclosure): every content and UI text in `text` must be escaped."""
    line = evidence_details(status, sources, corrected=corrected)
    st.markdown(f"{text}\n\n{line}", unsafe_allow_html=True, help=status_help([status]))


def sourced_by(text: Text, record: Sourced) -> None:
    """A text that rests on a record's evidence: the text, the record's status badge and its sources."""
    sourced(text, record.status, record.sources, corrected=record.corrected)


def seed_check(claim: Any, finding: Statement, says_label: str, found_label: str) -> None:
    """What the source article asserts (verbatim, with its seed-only badge) next to what the sources support."""
    with st.container(border=True):
        left, right = st.columns(2)
        parts = [f"**{md_escape(says_label)}**", "> " + md_escape(claim.original)]
        if lang() != "fr":
            parts.append(translation(claim.translation))
        with left:
            sourced_block("\n\n".join(parts), claim.status, claim.sources, corrected=claim.corrected)
        with right:
            found = f"**{md_escape(found_label)}**\n\n{md_escape(tx(finding.text))}"
            sourced_block(found, finding.status, finding.sources, corrected=finding.corrected)


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


def corrections_log(log: CorrectionsFile) -> None:
    """The corrections log, newest first: each entry under an anchor that 'corrected' marks link to."""
    st.header(t("corrections.title"), anchor="corrections")
    st.markdown(md_escape(tx(log.intro)))
    for entry in log.entries:
        # Two elements an entry, no box: each element is a message to every viewer, and the log grows
        # with every correction. The heading's anchor is where Streamlit scrolls when a "corrected"
        # link arrives with #correction-<id>.
        st.subheader(format_date(entry.date), anchor=f"correction-{entry.id}")
        st.markdown(
            f"**{t('corrections.was')}** {md_escape(tx(entry.wrong))}\n\n"
            f"**{t('corrections.now')}** {md_escape(tx(entry.now))}\n\n"
            + small(sources_text(entry.sources, compact=True))
        )
