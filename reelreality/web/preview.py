"""A view's preview image (1200x630 PNG, what a chat or a social network shows under a pasted link).

Drawn with DejaVu Sans shipped in reelreality/assets/fonts (a subset covering Latin, French
punctuation and the narrow no-break space; its licence is next to it).
"""

from __future__ import annotations

import functools
import io
from collections.abc import Iterable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from reelreality.content import Content
from reelreality.web import views
from reelreality.web.document import IMAGE_SIZE
from reelreality.web.views import View

FONTS = Path(__file__).resolve().parent.parent / "assets" / "fonts"
REGULAR, BOLD = FONTS / "DejaVuSans.ttf", FONTS / "DejaVuSans-Bold.ttf"

INK, PAPER, BAND, BAND_INK, MUTED = "#111827", "#FFFFFF", "#0F5499", "#FFFFFF", "#374151"
MARGIN = 64
TITLE_SIZES = (60, 56, 52, 48)
"""The title's size: the largest that fits in three lines (never under 48 px)."""
FIGURE_SIZE = 112
TEXT_SIZE = 34


@functools.cache
def font(bold: bool, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(BOLD if bold else REGULAR), size)


def missing_glyphs(text: str, bold: bool = False) -> set[str]:
    """Characters of `text` the font would draw as its 'missing glyph' box."""
    face = font(bold, 40)

    def shape(ch: str) -> tuple[tuple[int, int], bytes]:
        mask = face.getmask(ch)
        return mask.size, bytes(mask)

    notdef = shape("\ue000")  # a private-use character: no font here draws it
    return {ch for ch in set(text) if ch not in "\n" and shape(ch) == notdef}


def wrap(text: str, face: ImageFont.FreeTypeFont, width: int, max_lines: int) -> list[str]:
    """`text` in lines no wider than `width` px; the last line ends with an ellipsis if text is left over."""
    # Split at ordinary spaces only: a no-break space ("20 000", « mot ») keeps its words together.
    words, lines, line = [w for w in text.split(" ") if w], [], ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if face.getlength(candidate) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        kept = lines[:max_lines]
        last = kept[-1]
        while last and face.getlength(last + " …") > width:
            last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
        kept[-1] = f"{last} …"
        return kept
    return lines


def _title_lines(title: str, width: int) -> tuple[list[str], ImageFont.FreeTypeFont]:
    for size in TITLE_SIZES:
        face = font(True, size)
        lines = wrap(title, face, width, 3)
        if not lines[-1].endswith("…"):
            return lines, face
    return lines, face


def texts(content: Content, view: View) -> list[str]:
    """Every string the image draws (for the glyph check)."""
    figure = views.key_figure(content, view)
    drawn = [content.site.title(view.lang), views.view_title(view)]
    drawn += list(figure) if figure else [views.description(content, view)]
    return drawn


def draw(content: Content, view: View) -> bytes:
    """The view's preview image as PNG bytes."""
    width, height = IMAGE_SIZE
    inner = width - 2 * MARGIN
    image = Image.new("RGB", IMAGE_SIZE, PAPER)
    pen = ImageDraw.Draw(image)
    site, title, *rest = texts(content, view)

    pen.rectangle((0, 0, width, 96), fill=BAND)
    pen.text((MARGIN, 48), site, font=font(True, 36), fill=BAND_INK, anchor="lm")

    y = 136
    lines, face = _title_lines(title, inner)
    y = _lines(pen, lines, face, y, INK, spacing=1.15)

    y += 28
    if len(rest) == 2:
        figure, label = rest
        big = font(True, FIGURE_SIZE)
        figure_line = wrap(figure, big, inner, 1)
        y = _lines(pen, figure_line, big, y, BAND, spacing=1.05)
        _lines(pen, wrap(label, font(False, TEXT_SIZE), inner, 2), font(False, TEXT_SIZE), y + 8, MUTED)
    else:
        face = font(False, TEXT_SIZE)
        room = max(1, (height - 48 - y) // int(TEXT_SIZE * 1.3))
        _lines(pen, wrap(rest[0], face, inner, min(room, 5)), face, y, MUTED)

    out = io.BytesIO()
    image.quantize(colors=64, method=Image.Quantize.MEDIANCUT).save(out, format="PNG", optimize=True)
    return out.getvalue()


def _lines(
    pen: ImageDraw.ImageDraw,
    lines: Iterable[str],
    face: ImageFont.FreeTypeFont,
    y: int,
    fill: str,
    spacing: float = 1.3,
) -> int:
    step = int(face.size * spacing)
    for line in lines:
        pen.text((MARGIN, y), line, font=face, fill=fill)
        y += step
    return y
