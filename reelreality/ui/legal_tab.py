"""The obstacles page's Legal tab: pick a use of a studio's model; see who must agree, the rules, why it is hard."""

from __future__ import annotations

import streamlit as st

from reelreality import ui
from reelreality.legal import view as legal_view
from reelreality.legal.model import LegalFile
from reelreality.legal.view import Badge, Block, NeedCard, RuleCard


def render() -> None:
    content = ui.content()
    lang = ui.lang()
    lg = content.legal
    uses = {u.id: u for u in lg.use_cases}

    st.header(ui.t("legal.title"), anchor=False)
    ui.statement(lg.lede)
    st.info(ui.t("legal.disclaimer"), icon=":material/gavel:")

    default = lg.use_cases[0].id
    use_id = (
        ui.bound_choice(
            ui.t("legal.pick"),
            list(uses),
            {i: ui.tx(u.short) for i, u in uses.items()}.get,
            key="lg_use",
            default=default,
            widget="pills",
            required=True,
        )
        or default
    )
    shown = legal_view.use_case_view(content, lang, use_id)
    with st.container(border=True):
        st.markdown(f"**{ui.md_escape(ui.tx(shown.use.label))}**")
        st.markdown(ui.md_escape(ui.tx(shown.use.description)))
        ui.evidence(shown.use.status, shown.use.sources, corrected=shown.use.corrected)
    st.caption(ui.t("legal.assumption"))

    counts = shown.tally
    for col, key in zip(st.columns(4), ("consent", "payment", "unclear", "none"), strict=True):
        col.metric(
            ui.t(f"legal.metric.{key}"),
            f"{getattr(counts, key)} / {counts.total}",
            help=ui.t("legal.metric.help", total=counts.total),
            border=True,
        )

    editorial = ui.t("legal.editorial")
    with st.container(border=True):
        st.markdown(f"**{ui.md_escape(ui.t('legal.why'))}**")
        ui.editorial_badge(help=editorial)
        st.markdown("\n".join("- " + ui.md_escape(s) for s in shown.why))
        st.caption(ui.t("legal.why_note"))
    st.markdown(f"**{ui.md_escape(ui.t('legal.said'))}**")
    with st.grid(max(len(shown.quotes), 2), min_column_width=240):
        for quote in shown.quotes:
            ui.quote_card(quote)

    _heading("legal.who")
    ui.editorial_badge(help=editorial)
    _needs(shown.needs, shown.no_say, shown.no_say_badge)
    _legend(lg)

    _heading("legal.rules_apply")
    if not shown.rules:
        st.info(ui.t("legal.no_rules"))
    with st.grid(2, min_column_width=280):
        for rule in shown.rules:
            with st.container(border=True, height="stretch"):
                _rule_card(rule)

    _heading("legal.matrix")
    ui.editorial_badge(help=editorial)
    st.caption(ui.t("legal.matrix_hint"))
    blocks = ui.shared(legal_view.legal_blocks, content, lang, use_id)
    _figure(blocks.matrix, key="lg_matrix")

    _heading("legal.timeline")
    _figure(blocks.timeline, key="lg_timeline")


def _heading(key: str) -> None:
    st.markdown("### " + ui.md_escape(ui.t(key)))


def _figure(block: Block, *, key: str) -> None:
    ui.figure_block(block, key=key)


def _badge(badge: Badge) -> None:
    st.badge(badge.label, color=badge.colour, help=badge.help)


def _needs(needs: list[NeedCard], no_say: list[NeedCard], no_say_badge: Badge) -> None:
    """Cards for those who must agree, be paid or whose position is unsettled; one list for the rest."""
    with st.grid(3, min_column_width=240):
        for need in needs:
            with st.container(border=True, height="stretch"):
                st.markdown(f"**{ui.md_escape(need.who)}**")
                _badge(need.requirement)
                st.markdown(ui.md_escape(need.rationale))
                if need.rules:
                    st.caption(ui.t("legal.rules_label") + " " + " · ".join(ui.md_escape(r) for r in need.rules))
                if need.sources:
                    ui.sources_caption(need.sources, compact=True)
    if no_say:
        with st.container(border=True):
            _badge(no_say_badge)
            st.markdown("\n".join(f"- **{ui.md_escape(n.who)}** — {ui.md_escape(n.rationale)}" for n in no_say))
            cited = sorted({s for n in no_say for s in n.sources})
            if cited:
                ui.sources_caption(cited, compact=True)


def _legend(lg: LegalFile) -> None:
    with st.expander(ui.t("legal.legend")):
        for d in lg.requirements:
            st.markdown(f"**{ui.md_escape(ui.tx(d.label))}** — {ui.md_escape(ui.tx(d.description))}")


def _rule_card(rule: RuleCard) -> None:
    st.markdown(f"**{rule.when} · {ui.md_escape(rule.title)}**")
    st.caption(f"{ui.md_escape(rule.kind)} · {ui.md_escape(rule.jurisdiction)}")
    st.markdown(ui.md_escape(rule.summary))
    ui.evidence(rule.status, rule.sources, corrected=rule.corrected)
