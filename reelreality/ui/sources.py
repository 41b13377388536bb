"""The Sources & method page's own layout: the bibliography table with its download, the source article's errors."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from reelreality import ui
from reelreality.sources.view import SourcesView
from reelreality.story.model import Correction


def bibliography(view: SourcesView) -> None:
    """The filtered bibliography: how many are shown, the table (each source's full citation), its CSV."""
    st.caption(ui.t("sources.count", n=len(view.table), total=view.total))
    col = st.column_config
    st.dataframe(
        ui.plain_table(view.table),
        hide_index=True,
        column_config={
            "publisher": col.TextColumn(ui.t("sources.col.publisher")),
            "title": col.TextColumn(ui.t("sources.col.title"), width="large"),
            "published": col.DateColumn(ui.t("sources.col.published"), format="YYYY-MM-DD"),
            "accessed": col.DateColumn(ui.t("sources.col.accessed"), format="YYYY-MM-DD"),
            "read": col.CheckboxColumn(ui.t("sources.col.read"), help=ui.t("sources.col.read_help")),
            "language": col.TextColumn(ui.t("sources.col.language")),
            "tier": col.TextColumn(ui.t("sources.col.tier")),
            "url": col.LinkColumn(ui.t("sources.col.url")),
            "note": col.TextColumn(ui.t("sources.col.note"), width="large"),
        },
        key="sources_table",
    )
    st.download_button(
        ui.t("sources.download", n=len(view.table)),
        lambda: ui.plain_table(view.csv).to_csv(index=False),
        file_name="reel-reality-sources.csv",
        mime="text/csv",
        on_click="ignore",
    )


def seed_corrections(corrections: Sequence[Correction]) -> None:
    """What the source article got wrong, and what the sources say instead."""
    if not corrections:
        return
    st.header(ui.t("sources.corrections"))
    for corr in corrections:
        st.markdown(f"- {ui.t('overview.seed_says')} {ui.quoted(corr.seed_says)} — {ui.md_escape(ui.tx(corr.correct))}")
