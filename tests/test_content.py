"""The real content validates; each kind of broken content fails with a message naming file, item and field.

Damage is applied in memory (`helpers.problems_for`); the loader's own errors (a missing file, broken
YAML, a file that is not a mapping) and the validator's command line use files on disk.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import content_copy, mutate, problems_for

from reelreality import validate
from reelreality.content import ContentError, load


def test_real_content_validates():
    content = load()
    assert content.sources.sources
    assert content.overview.key_figures


def test_validator_cli_passes_on_real_content(capsys):
    assert validate.main([]) == 0
    assert "content OK" in capsys.readouterr().out


def test_unknown_source_id():
    def change(d):
        d["key_figures"][0]["sources"][0] = "no-such-source"

    msgs = problems_for("overview.yaml", change)
    assert any(
        m.startswith(
            "content/overview.yaml: key_figures[0](library-titles).sources[0]: unknown source 'no-such-source'"
        )
        for m in msgs
    ), msgs


def test_unused_source():
    def change(d):
        d["sources"].append({**d["sources"][1], "id": "orphan-source", "url": "https://example.org/orphan"})

    msgs = problems_for("sources.yaml", change)
    assert any(
        "content/sources.yaml: sources[" in m and "(orphan-source)" in m and "unused source" in m for m in msgs
    ), msgs


def test_missing_translation():
    def change(d):
        del d["events"][2]["title"]["fr"]

    msgs = problems_for("overview.yaml", change)
    assert "content/overview.yaml: events[2](announcement).title.fr: missing translation 'fr'" in msgs


def test_empty_translation_is_missing():
    def change(d):
        d["headline"]["fr"] = "   "

    msgs = problems_for("overview.yaml", change)
    assert any(m.startswith("content/overview.yaml: headline.fr:") for m in msgs), msgs


def test_bad_date():
    def change(d):
        d["events"][0]["date"] = "2024-13-45"

    msgs = problems_for("overview.yaml", change)
    assert any(m.startswith("content/overview.yaml: events[0](runway-scraping-report).date:") for m in msgs), msgs


def test_future_date():
    def change(d):
        d["events"][0]["date"] = dt.date.today() + dt.timedelta(days=30)

    msgs = problems_for("overview.yaml", change)
    assert any("events[0](runway-scraping-report).date: date" in m and "in the future" in m for m in msgs), msgs


def test_non_https_url():
    def change(d):
        d["sources"][1]["url"] = "http://tvtechnology.com/news/x"

    msgs = problems_for("sources.yaml", change)
    assert any(
        m.startswith("content/sources.yaml: sources[1](tvtech-2024-09).url: ") and "https://" in m for m in msgs
    ), msgs


def test_duplicate_id():
    def change(d):
        d["events"][1]["id"] = d["events"][0]["id"]

    msgs = problems_for("overview.yaml", change)
    assert any("events[1](runway-scraping-report).id: duplicate id 'runway-scraping-report'" in m for m in msgs), msgs


def test_unknown_key():
    def change(d):
        d["key_figures"][1]["sorces"] = ["tvtech-2024-09"]

    msgs = problems_for("overview.yaml", change)
    assert "content/overview.yaml: key_figures[1](data-gap).sorces: unknown key 'sorces'" in msgs


def test_missing_field():
    def change(d):
        del d["quotes"][0]["speaker"]

    msgs = problems_for("overview.yaml", change)
    assert "content/overview.yaml: quotes[0](too-small).speaker: missing field 'speaker'" in msgs


def test_unknown_status():
    def change(d):
        d["takeaways"][0]["status"] = "probably"

    msgs = problems_for("overview.yaml", change)
    assert any(m.startswith("content/overview.yaml: takeaways[0](data).status:") for m in msgs), msgs


def test_unknown_event_type():
    def change(d):
        d["events"][0]["type"] = "rumour"

    msgs = problems_for("overview.yaml", change)
    assert any("events[0](runway-scraping-report).type: unknown event type 'rumour'" in m for m in msgs), msgs


def loader_problems(tmp_path, file: str, text: str | None) -> list[str]:
    """Write `text` as content/<file> in a copy of the content (None deletes it); load; the problems."""
    directory = content_copy(tmp_path)
    if text is None:
        (directory / file).unlink()
    else:
        (directory / file).write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load(directory)
    return [str(p) for p in info.value.problems]


def test_broken_yaml_names_file_and_line(tmp_path):
    msgs = loader_problems(tmp_path, "method.yaml", "statuses: [\n  - broken")
    assert any(m.startswith("content/method.yaml: line ") and "not valid YAML" in m for m in msgs), msgs


def test_missing_file_is_named(tmp_path):
    assert "content/approaches.yaml: file is missing" in loader_problems(tmp_path, "approaches.yaml", None)


@pytest.mark.parametrize(
    "text", ["- a list\n- at the top\n", "just a line of text\n", ""], ids=["list", "text", "empty"]
)
def test_a_file_that_is_not_a_mapping_is_named(tmp_path, text):
    msgs = loader_problems(tmp_path, "slides.yaml", text)
    assert "content/slides.yaml: expected a mapping at the top of the file" in msgs, msgs


def test_validator_cli_prints_one_line_per_problem_and_exits_1(tmp_path, capsys):
    directory = content_copy(tmp_path)

    def change(d):
        d["sources"][1]["url"] = "ftp://example"
        d["sources"][2]["language"] = "klingon"

    mutate(directory, "sources.yaml", change)
    assert validate.main([str(directory)]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) >= 2
    assert all(line.startswith("content/sources.yaml: sources[") for line in lines)


def test_seed_only_claims_cite_the_seed_article():
    content = load()
    seed = {s.id for s in content.sources.sources if s.tier == "source-article"}
    for quote in content.overview.quotes:
        if quote.status == "seed-only":
            assert set(quote.sources) <= seed
