"""The Streamlit shell's shared parts: the only place in the package that imports streamlit.

Panels call these as `ui.<name>`; `ui.present` and `ui.legal_tab` are imported as modules."""

# ruff: noqa: F401

from reelreality.ui.base import (
    APP_PARAMS,
    base_style,
    content,
    current_page,
    drop_unknown_params,
    flush_notices,
    init_language,
    lang,
    language_switch,
    md_escape,
    notice,
    phrases,
    set_current_page,
    t,
    tx,
)
from reelreality.ui.blocks import (
    figure_block,
    plain_table,
    shared,
    table_block,
)
from reelreality.ui.cards import (
    evidence_card,
    promise_card,
    rating_markup,
    rating_tally,
    scale_legend,
)
from reelreality.ui.evidence import (
    corrected_markup,
    corrections_log,
    editorial_badge,
    editorial_markup,
    evidence,
    format_date,
    quote_card,
    quoted,
    record_columns,
    seed_check,
    small,
    source_short,
    sourced,
    sourced_block,
    sourced_markup,
    sources_caption,
    sources_help,
    statement,
    status_badge,
    status_help,
    status_label,
)
from reelreality.ui.share import (
    app_url,
    begin_run,
    content_error_page,
    share_box,
)
from reelreality.ui.widgets import (
    bound_choice,
    bound_pick,
    bound_pills,
    bound_select,
    bound_slider,
    bound_tabs,
    bound_text,
    weight_controls,
)
