"""The other-sectors page's blocks: the matrix with its rating tally, lesson cards, the case file, studies, closing."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import cycle

import streamlit as st

from reelreality import ui
from reelreality.lessons.model import CasesFile
from reelreality.lessons.view import CaseCard, ClosingView, LessonCard, MatrixBlock, Selection, StudyCard

CASE_KEY = "ls_case"


def intro(cf: CasesFile, rest: str) -> None:
    """The lede after its first sentence, and the claim the panel puts to the test."""
    if rest:
        st.markdown(ui.md_escape(rest))
    st.caption(ui.t("lessons.framing"))
    ui.quote_card(cf.framing)


def matrix(block: MatrixBlock, shown: Selection) -> None:
    """The heat map with its caption and table, the editorial note, and the cases at each rating."""
    ui.figure_block(block, key="ls_matrix")
    st.caption(f"{ui.editorial_markup()} {ui.md_escape(ui.t('lessons.editorial'))}")
    # The cases at each rating, named: one block (a bar chart of five counts said less).
    tally = ui.rating_tally([(g.status, [c.company for c in g.cases]) for g in shown.ratings])
    st.markdown(f"**{ui.t('lessons.rating')}**\n\n{tally}\n\n" + ui.small(ui.md_escape(shown.rating_caption)))


def _open_case(key: str) -> None:
    """A lesson's case chosen: show it in the case file, and clear the choice (it is a jump, not a filter)."""
    if chosen := st.session_state.get(key):
        st.session_state[CASE_KEY] = chosen
    st.session_state[key] = None


def lesson_cards(cards: Sequence[LessonCard], names: Mapping[str, str]) -> None:
    """One card per lesson: title, body, its evidence notes, and its supporting cases to open."""
    grid = st.grid(3, min_column_width=240)
    for card in cards:
        lesson = card.lesson
        with grid, st.container(border=True, height="stretch"):
            st.markdown(
                f"**{ui.md_escape(ui.tx(lesson.title))}**\n\n{ui.md_escape(ui.tx(lesson.body))}"
                + "".join(f"\n\n{ui.small(ui.md_escape(note))}" for note in card.notes)
            )
            # One widget for the lesson's cases (not a button each): choosing one opens it below.
            key = f"ls_go_{lesson.id}"
            st.pills(
                ui.t("lessons.supporting"),
                lesson.cases,
                format_func=names.get,
                key=key,
                help=ui.t("lessons.open_help"),
                on_change=_open_case,
                args=(key,),
            )


def case_picker(names: Mapping[str, str], default: str) -> str | None:
    """The case file's choice of case, bound to the URL by company name."""
    return ui.bound_select(ui.t("lessons.case_select"), list(names), names.get, key=CASE_KEY, default=default)


def _links(ids: Sequence[str]) -> str:
    smap = ui.content().source_map
    return " · ".join(ui.source_short(smap[s]) for s in ids)


def case_file(card: CaseCard) -> None:
    """One case: rating, promise and outcome, dates, quotes, the answer to each question, what is unknown."""
    case, rating = card.case, card.rating
    with st.container(border=True):
        st.subheader(ui.md_escape(case.company), anchor=False)
        st.markdown(
            ui.small(ui.md_escape(f"{ui.tx(case.product)} · {card.sector}"))
            + f"\n\n{ui.rating_markup(rating.id)}\n\n"
            + ui.small(ui.md_escape(ui.tx(case.rating.rationale))),
            help=ui.t("rating.help", text=ui.tx(rating.description)),
        )
        if case.note:
            st.warning(f"{ui.t('lessons.caveat')} {ui.md_escape(ui.tx(case.note))}", icon=":material/info:")
        parts = [("lessons.promised", case.promise), ("lessons.happened", case.outcome)]
        for col, (heading, part) in zip(st.columns(2), parts, strict=True):
            with col:
                ui.sourced_block(
                    f"**{ui.md_escape(ui.t(heading))}**\n\n{ui.md_escape(ui.tx(part.text))}",
                    part.status,
                    part.sources,
                    corrected=part.corrected,
                )
        dates = "\n".join(f"- **{ui.md_escape(d.when)}** — {ui.md_escape(d.label)}" for d in card.dates)
        st.markdown(f"**{ui.t('lessons.dates')}**\n\n{dates}")
        for col, group in zip(cycle(st.columns(2)), card.quotes):
            with col:
                st.caption(ui.t(f"lessons.moment.{group.moment}"))
                for quote in group.quotes:
                    ui.quote_card(quote)
        scores = "\n".join(
            f"- **{ui.md_escape(line.question)}** **{ui.md_escape(line.answer)}** — "
            f"{ui.md_escape(ui.tx(line.score.rationale))} "
            f"· *{ui.md_escape(ui.status_label(line.score.status))}* · {_links(line.score.sources)}"
            f"{ui.corrected_markup(line.score.corrected)}"
            for line in card.scores
        )
        st.markdown(f"**{ui.t('lessons.scores')}**\n\n{scores}")
        if case.unknowns:
            st.markdown(
                f"**{ui.t('lessons.unknowns')}**\n\n" + "\n".join(f"- {ui.md_escape(ui.tx(u))}" for u in case.unknowns)
            )
        with st.expander(ui.t("lessons.all_sources", n=len(case.sources))):
            ui.sources_caption(case.sources)


def study_cards(cards: Sequence[StudyCard]) -> None:
    """The cross-sector studies side by side: finding, criticism when contested, details and unknowns."""
    grid = st.grid(len(cards), min_column_width=240)
    for card in cards:
        study = card.study
        with grid, st.container(border=True, height="stretch"):
            # A study is three blocks at most (finding, criticism, details): each element is a message to every viewer.
            heading = f"**{ui.md_escape(study.title)}** — {ui.md_escape(study.publisher)}, {ui.md_escape(card.when)}"
            kind = ui.small(ui.md_escape(ui.tx(study.kind)))
            finding = f"{heading}\n\n{kind}\n\n{ui.md_escape(ui.tx(study.finding))}"
            ui.sourced_block(finding, study.status, study.sources, corrected=study.corrected)
            if crit := study.criticism:
                text = f"**{ui.t('lessons.criticism')}** {ui.md_escape(ui.tx(crit.text))}"
                st.warning(
                    ui.sourced_markup(text, crit.status, crit.sources, corrected=crit.corrected),
                    icon=":material/report:",
                )
            rest = [
                ui.sourced_markup(ui.md_escape(ui.tx(d.text)), d.status, d.sources, corrected=d.corrected)
                for d in study.details
            ]
            rest += [ui.small(f"{ui.t('lessons.unknowns')} — {ui.md_escape(ui.tx(u))}") for u in study.unknowns]
            if rest:
                st.markdown("\n\n".join(rest), help=ui.status_help(d.status for d in study.details) or None)


def closing(view: ClosingView) -> None:
    """What would have worked, where it was seen, and the link to the comparison once the site lists it."""
    points = "\n".join(
        f"- {ui.md_escape(p.text)} *{ui.t('lessons.seen_in')} {ui.md_escape(p.seen_in)}*" for p in view.points
    )
    st.markdown(f"{ui.md_escape(view.intro)}\n\n{points}\n\n{ui.md_escape(view.note)}")
    if view.target:
        st.page_link(view.target.script, label=ui.tx(view.target.title), icon=view.target.icon)
