from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction
from numbers import Real

from reelreality.compare.logic import Matrix, Ranking, Sensitivity, Template, leaders


def fmt_num(value: Real, lang: str, digits: int = 2) -> str:
    text = f"{float(value):.{digits}f}"
    return text.replace(".", ",") if lang == "fr" else text


def fmt_pct(share: Real, lang: str) -> str:
    """A share as a percentage, whole when it is whole, else to one decimal; French spacing and comma."""
    text = f"{float(share) * 100:.1f}".rstrip("0").rstrip(".")
    return (text.replace(".", ",") if lang == "fr" else text) + pct_suffix(lang)


def pct_suffix(lang: str) -> str:
    """The percent sign as fmt_pct writes it (French puts a narrow no-break space before it)."""
    return "\u202f%" if lang == "fr" else "%"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _join(items: Sequence[str], last: str) -> str:
    """'a, b and c' with `last` the word before the final item (templates cannot keep edge spaces)."""
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {last} " + items[-1]


def verdict(ranking: Ranking, names: Mapping[str, str], tpl: Template, lang: str) -> str:
    """'The multi-model platform comes first (3.66 out of 5), ahead of …' or the tie / all-zero message."""
    if not ranking.ok:
        return tpl("compare.all_zero")
    top = ranking.rows[0]
    rest = [r for r in ranking.rows if r.rank != 1]
    if ranking.is_tie:
        head = tpl("compare.verdict.tie").format(
            names=_join([names[a] for a in ranking.winners], tpl("compare.radar.and")), score=fmt_num(top.score, lang)
        )
    else:
        head = tpl("compare.verdict.one").format(winner=names[top.approach], score=fmt_num(top.score, lang))
    if rest:
        others = _join([f"{names[r.approach]} ({fmt_num(r.score, lang)})" for r in rest], tpl("compare.radar.and"))
        head += tpl("compare.verdict.rest").format(others=others)
    return _cap(head) + "."


def focus_sentence(
    sens: Sequence[Sensitivity],
    ranking: Ranking,
    focus: str,
    names: Mapping[str, str],
    criteria: Mapping[str, str],
    tpl: Template,
    lang: str,
) -> str:
    """Where `focus` would come first: 'only if X's weight exceeded N%', or 'no weight … puts it first'."""
    if not ranking.ok:
        return tpl("compare.all_zero")
    if ranking.winners == (focus,):
        return _cap(tpl("compare.sens.first_now").format(focus=names[focus])) + "."
    conditions = []
    for s in sens:
        span = s.win_range(focus)
        if span is None:
            continue
        lo, hi = span
        fmt = dict(criterion=criteria[s.criterion], now=fmt_pct(s.current, lang))
        if hi == 1:
            conditions.append(tpl("compare.sens.above").format(pct=fmt_pct(lo, lang), **fmt))
        elif lo == 0:
            conditions.append(tpl("compare.sens.below").format(pct=fmt_pct(hi, lang), **fmt))
        else:
            conditions.append(tpl("compare.sens.between").format(lo=fmt_pct(lo, lang), hi=fmt_pct(hi, lang), **fmt))
    if conditions:
        text = tpl("compare.sens.only_if").format(
            focus=names[focus], conditions=_join(conditions, tpl("compare.sens.or"))
        )
        return _cap(text) + "."
    text = _cap(tpl("compare.sens.never").format(focus=names[focus])) + "."
    ties = [(s, s.tie_shares(focus)) for s in sens]
    ties = [(s, points[0]) for s, points in ties if points]
    if ties:
        s, point = min(ties, key=lambda item: abs(item[1] - item[0].current))
        tie = tpl("compare.sens.tie_at").format(
            focus=names[focus], criterion=criteria[s.criterion], pct=fmt_pct(point, lang)
        )
        text += " " + _cap(tie) + "."
    return text


def winner_sentence(
    sens: Sequence[Sensitivity],
    ranking: Ranking,
    names: Mapping[str, str],
    criteria: Mapping[str, str],
    tpl: Template,
    lang: str,
) -> str:
    """How firm first place is: the criterion whose weight, moved the least, hands first place to someone else."""
    if not ranking.ok:
        return tpl("compare.all_zero")
    if ranking.is_tie:
        who = _join([names[a] for a in ranking.winners], tpl("compare.radar.and"))
        return _cap(tpl("compare.sens.tied_now").format(names=who)) + "."
    winner = names[ranking.winners[0]]
    flips = []  # (distance from the current share, criterion order, sensitivity, flip share, who then leads, template)
    for i, s in enumerate(sens):
        lo, hi = s.stable
        if s.below is not None:
            flips.append((s.current - lo, i, s, lo, s.below, "compare.sens.flip_down"))
        if s.above is not None:
            flips.append((hi - s.current, i, s, hi, s.above, "compare.sens.flip_up"))
    if not flips:
        return _cap(tpl("compare.sens.robust").format(winner=winner)) + "."
    _, _, s, at, then, key = min(flips, key=lambda f: (f[0], f[1]))
    text = tpl(key).format(
        winner=winner,
        criterion=criteria[s.criterion],
        pct=fmt_pct(at, lang),
        now=fmt_pct(s.current, lang),
        other=_join([names[a] for a in then], tpl("compare.radar.and")),
    )
    return _cap(text) + "."


def top_criteria(matrix: Matrix) -> dict[str, list[str]]:
    """For each approach, the criteria on which it has the highest score (shared tops included)."""
    out: dict[str, list[str]] = {a: [] for a in matrix.approaches}
    for c in matrix.criteria:
        for a in leaders({a: Fraction(matrix.score(a, c)) for a in matrix.approaches}, matrix.approaches):
            out[a].append(c)
    return out


def radar_caption(matrix: Matrix, names: Mapping[str, str], criteria: Mapping[str, str], tpl: Template) -> str:
    """'The multi-model platform scores highest (or joint highest) on 5 of 7 criteria: …' for each approach."""
    tops = top_criteria(matrix)
    parts = []
    for a in matrix.approaches:
        if tops[a]:
            listed = _join([criteria[c] for c in tops[a]], tpl("compare.radar.and"))
            text = tpl("compare.radar.leads").format(
                name=names[a], n=len(tops[a]), total=len(matrix.criteria), criteria=listed
            )
        else:
            text = tpl("compare.radar.none").format(name=names[a])
        parts.append(_cap(text) + ".")
    return " ".join(parts)


# ---------------------------------------------------------------- chart inputs



