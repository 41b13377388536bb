"""Lessons from other sectors: the same pattern beside Lionsgate × Runway, and what would have worked."""

from itertools import cycle

import streamlit as st

from reelreality import figures, lessons, ui

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
shown = lessons.cases_in(cf, chosen)
blocks = ui.shared(figures.lessons_blocks, content, lang, chosen)
if not shown:
    st.info(ui.t("lessons.no_sector"))
else:
    ui.figure_block(*blocks["matrix"], key="ls_matrix")
    st.badge(ui.t("common.editorial"), icon=":material/edit_note:", color="gray")
    st.caption(ui.t("lessons.editorial"))
    st.markdown(f"**{ui.t('lessons.rating')}**")
    ui.figure_block(*blocks["ratings"], key="ls_ratings")

st.subheader(ui.t("lessons.lessons"), anchor=False)
lesson_grid = st.grid(3, min_column_width=240)
for lesson in cf.lessons:
    with lesson_grid, st.container(border=True, height="stretch"):
        counted = lessons.lesson_caption(content, lesson, shown, lang)
        st.markdown(
            f"**{ui.md_escape(ui.tx(lesson.title))}**\n\n{ui.md_escape(ui.tx(lesson.body))}"
            + (f"\n\n{ui.small(ui.md_escape(counted))}" if counted else "")
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
        if lesson.studies:
            st.caption(f"{ui.t('lessons.studies_cited')} {ui.md_escape(lessons.study_titles(content, lesson, lang))}")

st.subheader(ui.t("lessons.case_file"), anchor=False)
ids = [c.id for c in lessons.ordered_cases(cf)]
case = lessons.case_by_id(
    cf, ui.bound_select(ui.t("lessons.case_select"), ids, names.get, key="ls_case", default=cf.reference_case)
)
rating = lessons.rating_of(content, case)
with st.container(border=True):
    st.subheader(ui.md_escape(case.company), anchor=False)
    st.caption(ui.md_escape(f"{ui.tx(case.product)} · {sectors[case.sector]}"))
    st.badge(
        f"{ui.t('lessons.rating_label')} {ui.tx(rating.label)}",
        color=lessons.RATING_BADGE[rating.id],
        help=ui.tx(rating.description),
    )
    st.caption(ui.md_escape(ui.tx(case.rating.rationale)))
    if case.note:
        st.warning(f"{ui.t('lessons.caveat')} {ui.md_escape(ui.tx(case.note))}", icon=":material/info:")
    for col, (heading, part) in zip(
        st.columns(2), [("lessons.promised", case.promise), ("lessons.happened", case.outcome)], strict=True
    ):
        with col:
            st.markdown(f"**{ui.t(heading)}**\n\n{ui.md_escape(ui.tx(part.text))}")
            ui.evidence(part.status, part.sources)
    dates = "\n".join(
        f"- **{ui.md_escape(when)}** — {ui.md_escape(label)}" for when, label in lessons.case_dates(case, months, lang)
    )
    st.markdown(f"**{ui.t('lessons.dates')}**\n\n{dates}")
    for col, (moment, quotes) in zip(cycle(st.columns(2)), lessons.quotes_by_moment(case)):
        with col:
            st.caption(ui.t(f"lessons.moment.{moment}"))
            for quote in quotes:
                ui.quote_card(quote)
    scores = "\n".join(
        f"- **{ui.md_escape(question)}** **{ui.md_escape(answer)}** — {ui.md_escape(ui.tx(score.rationale))} "
        f"· *{ui.md_escape(ui.status_label(score.status))}* · {links(score.sources)}"
        for question, answer, score in lessons.case_scores(cf, case, lang)
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
        when = lessons.format_when(study.date, study.date_precision, months, lang)
        st.markdown(
            f"**{ui.md_escape(study.title)}** — {ui.md_escape(study.publisher)}, {ui.md_escape(when)}\n\n"
            f"{ui.small(ui.md_escape(ui.tx(study.kind)))}\n\n{ui.md_escape(ui.tx(study.finding))}"
        )
        ui.evidence(study.status, study.sources)
        if study.criticism:
            st.warning(
                f"**{ui.t('lessons.criticism')}** {ui.md_escape(ui.tx(study.criticism.text))}", icon=":material/report:"
            )
            ui.evidence(study.criticism.status, study.criticism.sources)
        for detail in study.details:
            ui.statement(detail, compact=True)
        for unknown in study.unknowns:
            st.caption(f"{ui.t('lessons.unknowns')} — {ui.md_escape(ui.tx(unknown))}")

st.subheader(ui.t("lessons.closing"), anchor=False)
points = "\n".join(
    f"- {ui.md_escape(ui.tx(p.text))} *{ui.t('lessons.seen_in')} {ui.md_escape(', '.join(names[c] for c in p.cases))}*"
    for p in cf.closing.points
)
st.markdown(f"{ui.md_escape(ui.tx(cf.closing.intro))}\n\n{points}\n\n{ui.md_escape(ui.tx(cf.closing.link_note))}")
target = lessons.link_target(content.site.pages, cf.closing.link_script)
if target:
    st.page_link(target.script, label=ui.tx(target.title), icon=target.icon)
