"""A page's sections in the order content/site.yaml gives, its finding first and its main element keyed."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import streamlit as st

from reelreality import ui
from reelreality.core import sections
from reelreality.core.models import Text


def draw(parts: Mapping[str, Callable[[], None]]) -> None:
    """Draw each section in its slot: slots in the page's order (content/site.yaml), the main one keyed
    `main_element`; the functions run in the mapping's order, so a section may use what an earlier one chose."""
    page = ui.current_page()
    panel = sections.PANELS[page.script]
    if set(parts) != set(panel.sections):  # the panel and the registry name the same sections
        raise ValueError(f"{page.script} draws {sorted(parts)}, registered {sorted(panel.sections)}")
    slots = {sid: st.container(key=sections.MAIN_KEY if sid == panel.main else None) for sid in page.sections}
    for sid, part in parts.items():
        with slots[sid]:
            part()


def split(text: Text) -> tuple[str, str]:
    """A lede in the reader's language as (its first sentence, the rest)."""
    return sections.split_finding(ui.tx(text))


def finding(sentence: str, status: str | None = None, ids: Sequence[str] = (), corrected: Sequence[str] = ()) -> None:
    """The page's one-sentence finding, with the evidence line of the lede it opens."""
    with st.container(key=sections.FINDING_KEY):
        _text(sentence, status, ids, corrected)


def context(rest: str, status: str | None = None, ids: Sequence[str] = (), corrected: Sequence[str] = ()) -> None:
    """The rest of the lede, below the main element, with the same evidence line."""
    if rest:
        _text(rest, status, ids, corrected)


def _text(text: str, status: str | None, ids: Sequence[str], corrected: Sequence[str]) -> None:
    if status is None:
        st.markdown(ui.md_escape(text))
    else:
        ui.sourced_block(ui.md_escape(text), status, ids, corrected=corrected)
