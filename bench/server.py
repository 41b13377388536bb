"""Server time per view, measured with AppTest: a cold first run, a first visit, and warm reruns after a click.

Server time is the time Streamlit's script runner spends on a run (the page script, the elements it
sends, the clean-up after it), timed inside the runner. AppTest's own harness (a fresh session's
mocks, threads and element tree) adds a few hundred milliseconds to a first run that a real server
does not have; its wall time is reported beside.
"""

from __future__ import annotations

import contextlib
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import streamlit as st
from helpers import walk_tree
from streamlit.runtime.scriptrunner import script_runner
from streamlit.runtime.state.common import TESTING_KEY
from streamlit.testing.v1 import AppTest

from bench import ROOT, View
from reelreality import content as content_module

TIMEOUT = 120
# AppTest element type -> the element bench/floor.py adds for it (kinds that load front-end code of their own).
FLOOR_KINDS = {
    "plotly_chart": "plotly",
    "dataframe": "dataframe",
    "button_group": "pills",
    "text_input": "text_input",
    "selectbox": "selectbox",
    "slider": "slider",
    "toggle": "toggle",
    "download_button": "download_button",
    "expander": "expander",
    "popover": "popover",
}


@dataclass
class ServerTimes:
    view: str
    interaction: str
    kinds: list[str]  # element kinds on the page that the browser floor reproduces
    # Each list holds (server seconds, AppTest wall seconds) per run.
    cold: list[tuple[float, float]] = field(default_factory=list)  # every cache emptied: content loaded again
    first: list[tuple[float, float]] = field(default_factory=list)  # a new session, caches warm
    warm: list[tuple[float, float]] = field(default_factory=list)  # reruns after one interaction

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {"view": self.view, "interaction": self.interaction, "kinds": self.kinds}
        for name in ("cold", "first", "warm"):
            runs = getattr(self, name)
            out[f"{name}_ms"] = _ms(statistics.median(r[0] for r in runs))
            out[f"{name}_apptest_ms"] = _ms(statistics.median(r[1] for r in runs))
        out["warm_max_ms"] = _ms(max(r[0] for r in self.warm))
        return out


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


_RUNS: list[float] = []


@contextlib.contextmanager
def timed_runner() -> Iterator[None]:
    """Time every script run inside Streamlit's runner while the block runs."""
    original = script_runner.ScriptRunner._run_script

    def run_script(self: Any, *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(self, *args, **kwargs)
        finally:
            _RUNS.append(time.perf_counter() - start)

    script_runner.ScriptRunner._run_script = run_script
    try:
        yield
    finally:
        script_runner.ScriptRunner._run_script = original


def _open(view: View, default_script: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "router.py"), default_timeout=TIMEOUT)
    if view.script != default_script:
        at.run()  # AppTest lands on the default page before it can switch
        at.query_params.clear()
        at.switch_page(view.script)
    for key, value in view.query.items():
        at.query_params[key] = value
    return at


def _timed_run(at: AppTest) -> tuple[float, float]:
    """(server seconds, AppTest wall seconds) of one run."""
    _RUNS.clear()
    start = time.perf_counter()
    at.run()
    elapsed = time.perf_counter() - start
    if at.exception:
        raise RuntimeError(f"the page raised: {at.exception}")
    return sum(_RUNS), elapsed


def _by_labels(at: AppTest, widget: Any, labels: list[str]) -> None:
    """Select options by their labels, as the browser sends them (AppTest otherwise wants raw values)."""
    at.session_state[TESTING_KEY][widget.id] = str
    multi = isinstance(widget.value, list | tuple)
    widget.set_value(labels if multi else (labels[0] if labels else None))


def interaction(at: AppTest) -> tuple[str, Callable[[int], None]]:
    """A description and a setter for two states of the page's first bound widget (or plain reruns).

    setter(i) puts the widget in state i % 2 before the next run, so reruns alternate like clicks."""
    bound = at.session_state["_rr_bound"] if "_rr_bound" in at.session_state else {}  # noqa: SIM401 - no .get()
    widgets = {node.key: node for node in walk_tree(at._tree) if getattr(node, "key", None)}
    for key in bound:
        widget = widgets.get(key)
        options = getattr(widget, "options", None)
        if options:
            current = list(getattr(widget, "formatted_values", None) or [])
            if not current and getattr(widget, "index", None) is not None:
                current = [options[widget.index]]
            other = current[:-1] if len(current) > 1 else [o for o in options if o not in current][:1]
            states = [other, current]

            def set_choice(i: int, widget=widget, states=states) -> None:
                _by_labels(at, widget, states[i % 2])

            def show(labels: list[str], total: int = len(options)) -> str:
                return f"{len(labels)} of {total}" if len(labels) > 1 else repr(labels[0] if labels else "")

            return f"{key}: {show(current)} ⇄ {show(other)}", set_choice
        if widget is not None and hasattr(widget, "min") and hasattr(widget, "max"):
            values = [widget.max, widget.min] if widget.value != widget.max else [widget.min, widget.max]
            return f"{key}: slider {values[0]} ⇄ {values[1]}", lambda i, w=widget, v=values: w.set_value(v[i % 2])
        if widget is not None and widget.type == "text_input":
            return f"{key}: text 'a' ⇄ ''", lambda i, w=widget: w.set_value("a" if i % 2 == 0 else "")
    return "plain rerun", lambda i: None


def measure(view: View, default_script: str, repeat: int) -> ServerTimes:
    """Cold run, first visit and four warm reruns after interactions, `repeat` times."""
    times = ServerTimes(view.name, "plain rerun", [])
    with timed_runner():
        for _ in range(repeat):
            at = _open(view, default_script)
            st.cache_data.clear()
            st.cache_resource.clear()
            content_module.current.cache_clear()
            times.cold.append(_timed_run(at))

            at = _open(view, default_script)
            times.first.append(_timed_run(at))
            times.kinds = sorted(
                {FLOOR_KINDS[t] for t in {getattr(n, "type", None) for n in walk_tree(at._tree)} if t in FLOOR_KINDS}
            )
            times.interaction, set_state = interaction(at)
            for i in range(4):
                set_state(i)
                times.warm.append(_timed_run(at))
    return times
