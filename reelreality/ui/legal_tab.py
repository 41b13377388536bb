"""Legal explorer: pick a use of a studio's model and see who must agree, the rules behind it and why it is hard.

Part of the Streamlit shell, like ui.py: a thin layout over reelreality.legal and reelreality.charts.
The obstacles page calls render() inside its Legal tab.
"""

from __future__ import annotations

import streamlit as st

from reelreality import ui
from reelreality.legal import logic as legal_logic
from reelreality.legal import view as legal_view
from reelreality.legal.model import LegalFile, LegalRule, Need


def render() -> None:
    content = ui.content()
    lang = ui.lang()
    lg = content.legal
    uses = {u.id: u for u in lg.use_cases}

    st.subheader(ui.t("legal.title"), anchor=False)
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
    use = uses[use_id]
    with st.container(border=True):
        st.markdown(f"**{ui.md_escape(ui.tx(use.label))}**")
        st.markdown(ui.md_escape(ui.tx(use.description)))
        ui.evidence(use.status, use.sources)
    st.caption(ui.t("legal.assumption"))

    counts = legal_logic.tally(lg, use_id)
    for col, key in zip(st.columns(4), ("consent", "payment", "unclear", "none"), strict=True):
        col.metric(
            ui.t(f"legal.metric.{key}"),
            f"{getattr(counts, key)} / {counts.total}",
            help=ui.t("legal.metric.help", total=counts.total),
            border=True,
        )

    with st.container(border=True):
        st.markdown(f"**{ui.md_escape(ui.t('legal.why'))}**")
        _editorial_badge()
        st.markdown("\n".join("- " + ui.md_escape(s) for s in legal_logic.why_hard(content, use_id, lang)))
        st.caption(ui.t("legal.why_note"))
    quotes = legal_logic.quotes_for(lg, use_id)
    st.markdown(f"**{ui.md_escape(ui.t('legal.said'))}**")
    with st.grid(max(len(quotes), 2), min_column_width=240):
        for quote in quotes:
            ui.quote_card(quote)

    _heading("legal.who")
    _editorial_badge()
    _needs(lg, legal_logic.needs_for(lg, use_id))

    _heading("legal.rules_apply")
    rules = legal_logic.rules_for(lg, use_id)
    if not rules:
        st.info(ui.t("legal.no_rules"))
    with st.grid(2, min_column_width=280):
        for rule in rules:
            with st.container(border=True, height="stretch"):
                _rule_card(lg, rule)

    _heading("legal.matrix")
    _editorial_badge()
    st.caption(ui.t("legal.matrix_hint"))
    blocks = ui.shared(legal_view.legal_blocks, content, lang, use_id)
    ui.figure_block(*blocks["matrix"], key="lg_matrix")

    _heading("legal.timeline")
    ui.figure_block(*blocks["timeline"], key="lg_timeline")


def _heading(key: str) -> None:
    st.markdown("#### " + ui.md_escape(ui.t(key)))


def _editorial_badge() -> None:
    st.badge(ui.t("common.editorial"), icon=":material/edit_note:", color="gray")


def _needs(lg: LegalFile, needs: list[Need]) -> None:
    """Cards for those who must agree, be paid or whose position is unsettled; one list for the rest."""
    req = {d.id: d for d in lg.requirements}
    who = {s.id: s for s in lg.stakeholders}
    rule_names = {r.id: ui.tx(r.short) for r in lg.rules}
    with st.grid(3, min_column_width=240):
        for need in (n for n in needs if n.requirement != "none"):
            with st.container(border=True, height="stretch"):
                st.markdown(f"**{ui.md_escape(ui.tx(who[need.stakeholder].label))}**")
                d = req[need.requirement]
                st.badge(ui.tx(d.label), color=d.badge, help=ui.tx(d.description))
                st.markdown(ui.md_escape(ui.tx(need.rationale)))
                if need.rules:
                    st.caption(
                        ui.t("legal.rules_label") + " " + " · ".join(ui.md_escape(rule_names[r]) for r in need.rules)
                    )
                if need.sources:
                    ui.sources_caption(need.sources, compact=True)
    quiet = [n for n in needs if n.requirement == "none"]
    if quiet:
        with st.container(border=True):
            d = req["none"]
            st.badge(ui.tx(d.label), color=d.badge, help=ui.tx(d.description))
            st.markdown(
                "\n".join(
                    f"- **{ui.md_escape(ui.tx(who[n.stakeholder].label))}** — {ui.md_escape(ui.tx(n.rationale))}"
                    for n in quiet
                )
            )
            cited = sorted({s for n in quiet for s in n.sources})
            if cited:
                ui.sources_caption(cited, compact=True)
    with st.expander(ui.t("legal.legend")):
        for d in lg.requirements:
            st.markdown(f"**{ui.md_escape(ui.tx(d.label))}** — {ui.md_escape(ui.tx(d.description))}")


def _rule_card(lg: LegalFile, rule: LegalRule) -> None:
    kind = next(k for k in lg.rule_kinds if k.id == rule.kind)
    st.markdown(f"**{ui.format_date(rule.date, rule.date_precision)} · {ui.md_escape(ui.tx(rule.title))}**")
    st.caption(f"{ui.md_escape(ui.tx(kind.label))} · {ui.md_escape(ui.tx(rule.jurisdiction))}")
    st.markdown(ui.md_escape(ui.tx(rule.summary)))
    ui.evidence(rule.status, rule.sources)
