from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st

from reelreality.ui.base import _safe_name, check_param, md_escape, notice, t

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
    """Multi-select pills whose selection lives in the URL under `key` (values are the labels)."""
    check_param(key, [labels(o) for o in options])
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
    **kwargs: Any,
) -> str | None:
    """A single choice (segmented control, pills, radio or selectbox) bound to the URL under `key`.

    `default` None means "nothing selected" for segmented control/pills and the first option for
    radio/selectbox."""
    check_param(key, [labels(o) for o in options])
    options = list(options)
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
    label: str, options: Sequence[str], labels: Callable[[str], str], key: str, *, default: str | None = None, **kwargs: Any
) -> str | None:
    """A selectbox bound to the URL under `key` (value in the URL is the option's label)."""
    return bound_choice(label, options, labels, key, default=default, widget="selectbox", **kwargs)


def bound_slider(label: str, key: str, *, min_value: float, max_value: float, value: Any, step: float, **kwargs: Any) -> Any:
    """A slider bound to the URL under `key`; `value` is the default (a number or a (low, high) pair)."""
    raw = st.query_params.get_all(key)
    if raw:
        try:
            numbers = [float(v) for v in raw]
            if any(not (min_value <= n <= max_value) for n in numbers):
                raise ValueError
        except ValueError:
            notice(t("notice.bad_value", param=_safe_name(key)))
    result = st.slider(
        label, min_value=min_value, max_value=max_value, value=value, step=step, key=key, bind="query-params", **kwargs
    )
    _remember(key, _url_value(result), _url_value(value))
    return result


def bound_text(label: str, key: str, **kwargs: Any) -> str:
    """A text input bound to the URL under `key`."""
    result = st.text_input(label, key=key, bind="query-params", **kwargs)
    _remember(key, result or "", "")
    return result or ""


def bound_tabs(labels: Sequence[str], key: str) -> Sequence[Any]:
    """Tabs whose active tab lives in the URL under `key` (value = the tab label)."""
    check_param(key, labels)
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
    **kwargs: Any,
) -> str:
    """A selectbox bound to the URL under `key` that also opens from an option's stable id.

    Like every bound widget, a shared link carries the option's label; a hand-written link with the
    option itself (e.g. `?pr_id=half-budget`) selects it too. Anything else falls back with a notice."""
    options = list(options)
    raw = st.query_params.get(key)
    if raw in options and raw not in {labels(o) for o in options}:
        if key not in st.session_state:
            # Streamlit drops the id from the address bar (it is not a label); the selection itself holds.
            st.session_state[key] = raw
    else:
        check_param(key, [labels(o) for o in options])
    index = options.index(default) if default is not None else 0
    value = st.selectbox(label, options, index=index, format_func=labels, key=key, bind="query-params", **kwargs)
    _remember(key, _url_value(value, labels), _url_value(options[index], labels))
    return value



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



