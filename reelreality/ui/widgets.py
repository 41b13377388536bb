"""Widgets bound to the URL: a shared link reopens the view, and a value a widget must not take opens its default.

Every bound widget checks the link before it renders (`check_param`): an empty value where the
widget has no empty state, an unknown label, a number out of range or a reversed range is dropped
with the usual quiet notice. Streamlit's own binding would otherwise keep some of them: an empty
`?cm_view=` selects nothing in a required segmented control, and `?ob_feat=130&ob_feat=100` is taken
as a range.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import streamlit as st

from reelreality.ui.base import check_param, md_escape

_BOUND = "_rr_bound"


def _remember(key: str, value: Any, default: Any) -> None:
    """Record a bound widget's URL value and default so a share link can be built server-side."""
    st.session_state.setdefault(_BOUND, {})
    st.session_state[_BOUND][key] = (value, default)


def bound_state() -> dict[str, tuple[Any, Any]]:
    """URL value and default of every bound widget rendered in this session, by key."""
    return st.session_state.get(_BOUND, {})


def _url_value(value: Any, fmt: Callable[[Any], str] | None = None) -> str | list[str]:
    fmt = fmt or (lambda v: f"{v:g}" if isinstance(v, float) else str(v))
    if isinstance(value, list | tuple):
        return [fmt(v) for v in value]
    return "" if value is None else fmt(value)


def bound_pills(
    label: str,
    options: Sequence[str],
    labels: Callable[[str], str],
    key: str,
    *,
    default: Sequence[str] | None = None,
    **kwargs: Any,
) -> list[str]:
    """Multi-select pills whose selection lives in the URL under `key` (values are the labels).

    `?key=` is an empty selection (a share link writes it when the reader deselects everything);
    any unknown label opens the default selection."""
    allowed = {labels(o) for o in options} | {""}
    check_param(key, lambda values: set(values) <= allowed, labels=allowed)
    default = list(default) if default is not None else list(options)
    value = st.pills(
        label,
        options=list(options),
        format_func=labels,
        selection_mode="multi",
        default=default,
        key=key,
        bind="query-params",
        **kwargs,
    )
    _remember(key, _url_value(value, labels), _url_value(default, labels))
    return value


def bound_choice(
    label: str,
    options: Sequence[str],
    labels: Callable[[str], str],
    key: str,
    *,
    default: str | None = None,
    widget: str = "segmented_control",
    former: Mapping[str, str] | None = None,
    **kwargs: Any,
) -> str | None:
    """A single choice (segmented control, pills, radio or selectbox) bound to the URL under `key`.

    `default` None means "nothing selected" for segmented control/pills and the first option for
    radio/selectbox. The link carries one label; `?key=` is "nothing selected", a value only when
    the reader can deselect (pills or segmented control, not `required`) and that differs from the
    default. `former` maps other spellings a link may carry to their option: a label the option had
    before a correction (so links shared earlier open the same view), or a stable id."""
    options = list(options)
    names = [labels(o) for o in options]
    former = {k: v for k, v in (former or {}).items() if v in options and k not in names}
    clearable = widget not in ("radio", "selectbox") and not kwargs.get("required") and default is not None
    check_param(key, [*names, *former, *([""] if clearable else [])])
    raw = st.query_params.get(key)
    if raw in former and key not in st.session_state:
        # Not a label, so Streamlit drops it from the address bar; the selection itself holds, and
        # the share link then carries today's label.
        st.session_state[key] = former[raw]
    if widget in ("radio", "selectbox"):
        index = options.index(default) if default is not None else 0
        value = getattr(st, widget)(
            label, options, index=index, format_func=labels, key=key, bind="query-params", **kwargs
        )
        default = options[index]
    else:
        value = getattr(st, widget)(
            label, options, default=default, format_func=labels, key=key, bind="query-params", **kwargs
        )
    _remember(key, _url_value(value, labels), _url_value(default, labels))
    return value


def bound_select(
    label: str,
    options: Sequence[str],
    labels: Callable[[str], str],
    key: str,
    *,
    default: str | None = None,
    former: Mapping[str, str] | None = None,
    **kwargs: Any,
) -> str | None:
    """A selectbox bound to the URL under `key` (value in the URL is the option's label; `former`: see bound_choice)."""
    return bound_choice(label, options, labels, key, default=default, widget="selectbox", former=former, **kwargs)


def bound_slider(
    label: str, key: str, *, min_value: float, max_value: float, value: Any, step: float, **kwargs: Any
) -> Any:
    """A slider bound to the URL under `key`; `value` is the default (a number or a (low, high) pair).

    The link carries one number, or two in increasing order for a range, within the slider's bounds."""
    count = len(value) if isinstance(value, list | tuple) else 1
    check_param(key, lambda values: _numbers_ok(values, count, min_value, max_value))
    result = st.slider(
        label, min_value=min_value, max_value=max_value, value=value, step=step, key=key, bind="query-params", **kwargs
    )
    _remember(key, _url_value(result), _url_value(value))
    return result


def _numbers_ok(values: list[str], count: int, low: float, high: float) -> bool:
    try:
        numbers = [float(v) for v in values]
    except ValueError:
        return False
    # NaN fails every comparison, so it is rejected with the out-of-range values.
    return len(numbers) == count and all(low <= n <= high for n in numbers) and numbers == sorted(numbers)


def bound_text(label: str, key: str, **kwargs: Any) -> str:
    """A text input bound to the URL under `key`."""
    result = st.text_input(label, key=key, bind="query-params", **kwargs)
    _remember(key, result or "", "")
    return result or ""


def bound_tabs(labels: Sequence[str], key: str) -> Sequence[Any]:
    """Tabs whose active tab lives in the URL under `key` (value = the tab label)."""
    check_param(key, list(labels))
    tabs = st.tabs(list(labels), key=key, bind="query-params")
    _remember(key, st.session_state.get(key) or labels[0], labels[0])
    return tabs


def bound_pick(
    label: str,
    options: Sequence[str],
    labels: Callable[[str], str],
    key: str,
    *,
    default: str | None = None,
    former: Mapping[str, str] | None = None,
    **kwargs: Any,
) -> str:
    """A selectbox bound to the URL under `key` that also opens from an option's stable id.

    Like every bound widget, a shared link carries the option's label; a hand-written link with the
    option itself (e.g. `?pr_id=half-budget`) selects it too, and so does a label the option had before
    a correction (`former`: old label -> option). Anything else falls back with a notice."""
    spellings = {**{o: o for o in options}, **(former or {})}
    return bound_select(label, options, labels, key, default=default, former=spellings, **kwargs)


def weight_controls(
    items: Sequence[tuple[str, str, int, str]],
    *,
    prefix: str,
    max_value: int,
    presets: dict[str, dict[str, int]],
    preset_label: str,
    preset_names: dict[str, str],
    preset_notes: dict[str, str],
    modified_note: str,
) -> dict[str, int]:
    """Preset pills above one bound slider per item (id, label, default, help); returns the weights by id.

    The preset lives in the URL under `<prefix>preset` and each weight under `<prefix>w_<id>`.
    Choosing a preset writes every slider through st.session_state: a bound widget's URL parameter
    cannot be written through st.query_params, and Streamlit then updates the URL itself.
    Moving a slider away from the chosen preset clears the preset, so a link never claims a preset
    its weights do not match."""
    preset_key = f"{prefix}preset"
    keys = {item[0]: f"{prefix}w_{item[0]}" for item in items}

    def on_preset() -> None:
        chosen = st.session_state.get(preset_key)
        if chosen in presets:
            for item, key in keys.items():
                st.session_state[key] = presets[chosen][item]

    def on_slider() -> None:
        chosen = st.session_state.get(preset_key)
        if chosen in presets and any(st.session_state.get(k) != presets[chosen][i] for i, k in keys.items()):
            st.session_state[preset_key] = None

    preset = bound_choice(
        preset_label, list(presets), preset_names.get, key=preset_key, widget="pills", on_change=on_preset, wrap=True
    )
    note = st.empty()
    weights = {
        item: bound_slider(
            label, keys[item], min_value=0, max_value=max_value, value=default, step=1, help=hint, on_change=on_slider
        )
        for item, label, default, hint in items
    }
    if preset:
        note.caption(md_escape(preset_notes[preset] if weights == presets[preset] else modified_note))
    return weights
