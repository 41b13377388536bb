"""Lessons from other sectors: the same pattern beside Lionsgate × Runway, and what would have worked."""

from itertools import cycle

import streamlit as st

from reelreality import ui
from reelreality.lessons import logic as lessons_logic
from reelreality.lessons import view as lessons_view

content = ui.content()
cf = content.cases
lang = ui.lang()
months = ui.t("date.months").split(",")
names = {c.id: c.company for c in cf.cases}
smap = content.source_map


def links(ids: list[str]) -> str:
    return " · ".join(ui.source_short(smap[s]) for s in ids)


sectors = {s.id: ui.tx(s.label) for s in cf.sectors}


def open_case(key: str) -> None:
    """A lesson's case chosen: show it in the case file, and clear the choice (it is a jump, not a filter)."""
    if chosen := st.session_state.get(key):
        st.session_state["ls_case"] = chosen
    st.session_state[key] = None


st.title(ui.md_escape(ui.tx(ui.current_page().title)), anchor=False)
st.markdown(ui.md_escape(ui.tx(cf.lede)))
st.caption(ui.t("lessons.framing"))
ui.quote_card(cf.framing)

st.subheader(ui.t("lessons.matrix"), anchor=False)
chosen = ui.bound_pills(ui.t("lessons.sector_filter"), list(sectors), sectors.get, key="ls_sector")
shown = lessons_logic.cases_in(cf, chosen)
blocks = ui.shared(lessons_view.lessons_blocks, content, lang, chosen)
if not shown:
    st.info(ui.t("lessons.no_sector"))
else:
    ui.figure_block(*blocks["matrix"], key="ls_matrix")
    st.caption(
        f":gray-badge[:material/edit_note: {ui.t('common.editorial')}] {ui.md_escape(ui.t('lessons.editorial'))}"
    )
    # The cases at each rating, named: one block (a bar chart of five counts said less).
    tally = ui.rating_tally([(s, [c.company for c in found]) for s, found in lessons_logic.rating_groups(content, shown)])
    st.markdown(
        f"**{ui.t('lessons.rating')}**\n\n{tally}\n\n"
        + ui.small(ui.md_escape(lessons_logic.rating_caption(content, shown, lang)))
    )

st.subheader(ui.t("lessons.lessons"), anchor=False)
lesson_grid = st.grid(3, min_column_width=240)
for lesson in cf.lessons:
    with lesson_grid, st.container(border=True, height="stretch"):
        counted = lessons_logic.lesson_caption(content, lesson, shown, lang)
        notes = [counted] if counted else []
        if lesson.studies:
            notes.append(f"{ui.t('lessons.studies_cited')} {lessons_logic.study_titles(content, lesson, lang)}")
        st.markdown(
            f"**{ui.md_escape(ui.tx(lesson.title))}**\n\n{ui.md_escape(ui.tx(lesson.body))}"
            + "".join(f"\n\n{ui.small(ui.md_escape(note))}" for note in notes)
        )
        # One widget for the lesson's cases (not a button each): choosing one opens it below.
        st.pills(
            ui.t("lessons.supporting"),
            lesson.cases,
            format_func=names.get,
            key=f"ls_go_{lesson.id}",
            help=ui.t("lessons.open_help"),
            on_change=open_case,
            args=(f"ls_go_{lesson.id}",),
        )

st.subheader(ui.t("lessons.case_file"), anchor=False)
ids = [c.id for c in lessons_logic.ordered_cases(cf)]
case = lessons_logic.case_by_id(
    cf, ui.bound_select(ui.t("lessons.case_select"), ids, names.get, key="ls_case", default=cf.reference_case)
)
rating = lessons_logic.rating_of(content, case)
with st.container(border=True):
    st.subheader(ui.md_escape(case.company), anchor=False)
    st.markdown(
        ui.small(ui.md_escape(f"{ui.tx(case.product)} · {sectors[case.sector]}"))
        + f"\n\n{ui.rating_markup(rating.id)}\n\n"
        + ui.small(ui.md_escape(ui.tx(case.rating.rationale))),
        help=ui.t("rating.help", text=ui.tx(rating.description)),
    )
    if case.note:
        st.warning(f"{ui.t('lessons.caveat')} {ui.md_escape(ui.tx(case.note))}", icon=":material/info:")
    for col, (heading, part) in zip(
        st.columns(2), [("lessons.promised", case.promise), ("lessons.happened", case.outcome)], strict=True
    ):
        with col:
            ui.sourced_block(f"**{ui.t(heading)}**\n\n{ui.md_escape(ui.tx(part.text))}", part.status, part.sources)
    dates = "\n".join(
        f"- **{ui.md_escape(when)}** — {ui.md_escape(label)}" for when, label in lessons_logic.case_dates(case, months, lang)
    )
    st.markdown(f"**{ui.t('lessons.dates')}**\n\n{dates}")
    for col, (moment, quotes) in zip(cycle(st.columns(2)), lessons_logic.quotes_by_moment(case)):
        with col:
            st.caption(ui.t(f"lessons.moment.{moment}"))
            for quote in quotes:
                ui.quote_card(quote)
    scores = "\n".join(
        f"- **{ui.md_escape(question)}** **{ui.md_escape(answer)}** — {ui.md_escape(ui.tx(score.rationale))} "
        f"· *{ui.md_escape(ui.status_label(score.status))}* · {links(score.sources)}"
        for question, answer, score in lessons_logic.case_scores(cf, case, lang)
    )
    st.markdown(f"**{ui.t('lessons.scores')}**\n\n{scores}")
    if case.unknowns:
        st.markdown(
            f"**{ui.t('lessons.unknowns')}**\n\n" + "\n".join(f"- {ui.md_escape(ui.tx(u))}" for u in case.unknowns)
        )
    with st.expander(ui.t("lessons.all_sources", n=len(case.sources))):
        ui.sources_caption(case.sources)

st.subheader(ui.t("lessons.studies"), anchor=False)
study_grid = st.grid(len(cf.studies), min_column_width=240)
for study in cf.studies:
    with study_grid, st.container(border=True, height="stretch"):
        # A study is three blocks at most (finding, criticism, details): each element is a message to every viewer.
        when = lessons_logic.format_when(study.date, study.date_precision, months, lang)
        heading = f"**{ui.md_escape(study.title)}** — {ui.md_escape(study.publisher)}, {ui.md_escape(when)}"
        kind = ui.small(ui.md_escape(ui.tx(study.kind)))
        ui.sourced_block(f"{heading}\n\n{kind}\n\n{ui.md_escape(ui.tx(study.finding))}", study.status, study.sources)
        if crit := study.criticism:
            text = f"**{ui.t('lessons.criticism')}** {ui.md_escape(ui.tx(crit.text))}"
            st.warning(ui.sourced_markup(text, crit.status, crit.sources), icon=":material/report:")
        rest = [ui.sourced_markup(ui.md_escape(ui.tx(d.text)), d.status, d.sources) for d in study.details] + [
            ui.small(f"{ui.t('lessons.unknowns')} — {ui.md_escape(ui.tx(u))}") for u in study.unknowns
        ]
        if rest:
            st.markdown("\n\n".join(rest), help=ui.status_help(d.status for d in study.details) or None)

st.subheader(ui.t("lessons.closing"), anchor=False)
points = "\n".join(
    f"- {ui.md_escape(ui.tx(p.text))} *{ui.t('lessons.seen_in')} {ui.md_escape(', '.join(names[c] for c in p.cases))}*"
    for p in cf.closing.points
)
st.markdown(f"{ui.md_escape(ui.tx(cf.closing.intro))}\n\n{points}\n\n{ui.md_escape(ui.tx(cf.closing.link_note))}")
target = lessons_logic.link_target(content.site.pages, cf.closing.link_script)
if target:
    st.page_link(target.script, label=ui.tx(target.title), icon=target.icon)
