"""Colour checks: how colours look with colour-vision deficiencies, how far apart they are, text contrast."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

# Machado, Oliveira & Fernandes (2009), full severity, applied to linear sRGB.
SIMULATIONS: dict[str, tuple[tuple[float, ...], ...]] = {
    "normal vision": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}

# CIE76 colour difference below which two colours of one chart are too easily confused. About 2.3
# is barely noticeable side by side; small markers far apart need much more. The worst pair of the
# Okabe-Ito palette under any simulation is about 16.
MIN_DIFFERENCE = 12.0


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    value = hex_colour.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"expected #RRGGBB, got {hex_colour!r}")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _lab(linear: Sequence[float]) -> tuple[float, float, float]:
    r, g, b = (min(1.0, max(0.0, v)) for v in linear)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def simulate(hex_colour: str, vision: str) -> tuple[float, float, float]:
    """CIELAB coordinates of a colour as seen with `vision` (a key of SIMULATIONS)."""
    lin = [_linear(c) for c in _rgb(hex_colour)]
    matrix = SIMULATIONS[vision]
    return _lab([sum(row[j] * lin[j] for j in range(3)) for row in matrix])


def difference(a: str, b: str, vision: str = "normal vision") -> float:
    """CIE76 colour difference between two colours as seen with `vision`."""
    return math.dist(simulate(a, vision), simulate(b, vision))


def confusable(colours: Sequence[str], minimum: float = MIN_DIFFERENCE) -> list[tuple[int, int, str, float]]:
    """Pairs (i, j, vision, difference) of distinct colours that some vision sees closer than `minimum`.

    Equal colours are left alone (two items may share a colour on purpose); one entry per pair, the
    worst vision."""
    found = []
    for (i, a), (j, b) in itertools.combinations(enumerate(colours), 2):
        if a.lower() == b.lower():
            continue
        worst = min((difference(a, b, v), v) for v in SIMULATIONS)
        if worst[0] < minimum:
            found.append((i, j, worst[1], worst[0]))
    return found


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio between two opaque colours (1 to 21)."""

    def luminance(hex_colour: str) -> float:
        r, g, b_ = (_linear(c) for c in _rgb(hex_colour))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b_

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
