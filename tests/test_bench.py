"""The benchmarks' own logic: before-and-after medians and the report sections they rewrite."""

from __future__ import annotations

from bench.compare import rows
from bench.report import COMPARE_TITLE, section, splice


def _run(ratio: float, warm: float) -> dict:
    return {"story": {"ratio": ratio, "warm_ms": warm}}


def test_before_and_after_are_medians_of_the_rounds_with_their_change():
    before = [_run(1.0, 10.0), _run(1.2, 30.0), _run(1.1, 20.0)]
    after = [_run(1.21, 18.0), _run(9.0, 19.0), _run(1.19, 1.0)]
    (row,) = rows(before, after)
    assert (row["ratio_before"], row["ratio_after"], row["ratio_change"]) == (1.1, 1.21, 0.1)
    assert (row["warm_ms_before"], row["warm_ms_after"], row["warm_ms_change"]) == (20.0, 18.0, -0.1)


def test_a_view_one_build_lacks_is_left_out():
    after = [{**_run(1.0, 1.0), "presentation": {"ratio": 1.0, "warm_ms": 1.0}}]
    assert [r["view"] for r in rows([_run(1.0, 1.0)], after)] == ["story"]


def test_a_section_is_added_before_the_misses_then_replaced_and_read_back(tmp_path):
    report = tmp_path / "performance.md"
    report.write_text("# Performance\n\n## Server\n\nfigures\n\n## Targets missed\n\n- one\n", encoding="utf-8")
    splice(report, COMPARE_TITLE, [COMPARE_TITLE, "", "first"])
    splice(report, COMPARE_TITLE, [COMPARE_TITLE, "", "second"])
    text = report.read_text(encoding="utf-8")
    assert text == (
        f"# Performance\n\n## Server\n\nfigures\n\n{COMPARE_TITLE}\n\nsecond\n\n## Targets missed\n\n- one\n"
    )
    assert section(report, COMPARE_TITLE) == [COMPARE_TITLE, "", "second"]
    splice(report, COMPARE_TITLE, section(report, COMPARE_TITLE))  # what a full run does: kept as it was
    assert report.read_text(encoding="utf-8") == text
    assert section(report, "## Nowhere") is None
