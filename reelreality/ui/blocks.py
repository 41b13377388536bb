"""Chart blocks (figure, caption, table and CSV) and the shared cache of pure builders' results."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from types import FunctionType
from typing import Any

import pandas as pd
import streamlit as st

from reelreality import text
from reelreality.content import Content
from reelreality.style import Block, frozen
from reelreality.ui.base import md_escape, t


def figure_block(block: Block, *, key: str, columns: str | None = None) -> None:
    """A chart, the caption that states its message, and its data as a table with a CSV download."""
    st.plotly_chart(block.figure, key=key, config={"displaylogo": False})
    st.caption(md_escape(block.caption))
    table_block(block.table, block.file_name, key=key, columns=columns)


def plain_table(table: pd.DataFrame) -> pd.DataFrame:
    """A table as a reader and a spreadsheet get it: text without its *emphasis* markup."""
    return table.map(lambda v: text.plain(v) if isinstance(v, str) else v)


def table_block(table: pd.DataFrame, file_name: str, *, key: str, columns: str | None = None) -> None:
    """ "Show the data as a table": an expander holding the table and its CSV download.

    The table is sent only once the expander is opened (opening it reruns the page): closed, it
    costs one element instead of a serialised table, and the CSV is written only when clicked.
    `columns`: a prefix of UI strings that name the columns (`<prefix>.<column>`)."""
    with st.expander(t("common.show_table"), key=f"{key}_table", on_change="rerun") as box:
        if box.open:
            table = plain_table(table)
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

    For the pure view builders of figures and tables (each domain's view module): building a
    plotly figure validates every property, and a page's figures cost far more than its text. The
    result is shared, so callers never modify it (st.plotly_chart and st.dataframe only read); its
    figures are frozen, so each is turned into a dict once rather than on every run (style.frozen)."""
    return frozen(build(*args))
