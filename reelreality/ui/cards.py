"""Promise cards and the editorial rating scale: rating badges, the scale legend, a promise's rating history."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from reelreality.core.models import Quote, Statement
from reelreality.core.scale import PromiseStatusDef
from reelreality.promises.model import HistoryEntry, Promise
from reelreality.ui.base import content, lang, md_escape, t, tx
from reelreality.ui.evidence import (
    corrected_markup,
    evidence_details,
    format_date,
    quote_card,
    small,
    statement,
    status_badge,
    status_markup,
    translation,
)

# ---------------------------------------------------------------- editorial ratings (promise scale)

RATING_STYLE: dict[str, tuple[str, str]] = {
    "not-yet-rated": ("gray", ":material/help:"),
    "in-the-works": ("blue", ":material/construction:"),
    "stalled": ("orange", ":material/pause_circle:"),
    "compromise": ("violet", ":material/balance:"),
    "kept": ("green", ":material/check_circle:"),
    "broken": ("red", ":material/cancel:"),
}


def _rating(rating: str) -> PromiseStatusDef:
    return next(s for s in content().scale.statuses if s.id == rating)


def rating_badge(rating: str) -> None:
    """An editorial rating as a badge that says it is editorial; its definition shows on hover."""
    sdef = _rating(rating)
    colour, icon = RATING_STYLE[rating]
    st.badge(
        t("rating.badge", label=tx(sdef.label)),
        color=colour,
        icon=icon,
        help=t("rating.help", text=tx(sdef.description)),
    )


def rating_markup(rating: str, label: str | None = None) -> str:
    """Markdown for an editorial rating's badge; the label says it is editorial unless one is given."""
    sdef = _rating(rating)
    colour, icon = RATING_STYLE[rating]
    return f":{colour}-badge[{icon} {md_escape(label or t('rating.badge', label=tx(sdef.label)))}]"


def rating_tally(groups: Sequence[tuple[PromiseStatusDef, Sequence[str]]]) -> str:
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


def rating_history(entries: Sequence[HistoryEntry]) -> None:
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
        st.caption(evidence_details(None, entry.sources, corrected=entry.corrected), unsafe_allow_html=True)


def promise_card(p: Promise, *, expanded: bool = False) -> None:
    """One promise: title, editorial rating, wording, who and when, what would count as kept, sources, history."""
    with st.container(border=True, height="stretch"):
        rating = _rating(p.rating)
        status = next(s for s in content().method.statuses if s.id == p.status)
        # Title and badges in one block; hovering its help shows what the rating and status mean.
        st.markdown(
            f"### {md_escape(tx(p.title))}\n\n{rating_markup(p.rating)} {status_markup(p.status)}"
            f"{corrected_markup(p.corrected)}",
            help=f"{t('rating.help', text=tx(rating.description))}\n\n{tx(status.label)}. {tx(status.description)}",
        )
        if p.status == "seed-only":
            st.warning(t("promises.seed_only"), icon=":material/warning:")
        parts = ["> " + md_escape(p.wording.original)]
        if p.wording.original_language != lang():
            parts.append(translation(p.wording.translation))
        if p.wording.kind == "reported":
            parts.append(small(md_escape(t("promises.reported_speech"))))
        who = p.claimant
        parts.append(
            f"**{md_escape(who.person)}**, {md_escape(tx(who.role))} — {md_escape(who.organisation)}, "
            f"{format_date(p.date, p.date_precision)}"
        )
        parts.append(small(f"{md_escape(t('promises.venue'))} {md_escape(tx(p.venue))}"))
        if p.date_note:
            parts.append(small(f"{md_escape(t('promises.date_note'))} {md_escape(tx(p.date_note))}"))
        parts.append(f"**{md_escape(t('promises.measure'))}** {md_escape(tx(p.measure))}")
        parts.append(evidence_details(None, p.sources))
        # One block: each element costs every viewer a message. Raw HTML is on for the evidence line's
        # disclosure: every text here, UI strings included, is markdown-escaped.
        st.markdown("\n\n".join(parts), unsafe_allow_html=True)
        label = t("promises.history", n=len(p.history))
        with st.expander(
            label, expanded=expanded, key=f"pr_history_{p.id}_{int(expanded)}", on_change="rerun"
        ) as history:
            if history.open:  # sent only when opened: nine cards' histories are most of the page
                rating_history(p.history)


def evidence_card(item: Quote | Statement) -> None:
    """A quote card, or a bordered card for a reported fact, each with its status and sources."""
    if isinstance(item, Quote):
        quote_card(item)
    else:
        with st.container(border=True):
            statement(item, compact=True)
