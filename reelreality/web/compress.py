"""Compressed delivery: brotli where the browser accepts it, gzip otherwise, each file compressed once.

Streamlit serves its static files uncompressed, so as not to spend CPU on every request (its
middleware would recompress each time). Here each static file is compressed on its first request and
the result kept for the life of the process: the set is bounded by the files Streamlit ships.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
from collections.abc import Mapping
from pathlib import Path

import brotli

BROTLI_QUALITY = 5
"""Quality 5 compresses plotly's 4.7 MB bundle in about 0.1 s to 1.24 MB; 11 saves 15 % more in 12 s."""
GZIP_LEVEL = 6
TEXT_SUFFIXES = frozenset({".js", ".mjs", ".css", ".json", ".svg", ".html", ".txt", ".map", ".xml"})
MIN_SIZE = 1024


def choose(accept_encoding: str) -> str | None:
    """'br', 'gzip' or None, from an Accept-Encoding header (q=0 refuses a coding)."""
    accepted: dict[str, float] = {}
    for part in accept_encoding.lower().split(","):
        name, _, params = part.strip().partition(";")
        q = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                q = float(params[2:])
            except ValueError:
                q = 0.0
        if name:
            accepted[name] = q
    for coding in ("br", "gzip"):
        if accepted.get(coding, accepted.get("*", 0.0)) > 0:
            return coding
    return None


def encode(data: bytes, coding: str) -> bytes:
    if coding == "br":
        return brotli.compress(data, quality=BROTLI_QUALITY)
    return gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0)


def compressible(path: Path) -> bool:
    return path.suffix in TEXT_SUFFIXES


class FileCache:
    """Compressed copies of files under one folder, made once per (file, coding) and kept."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self._done: dict[tuple[str, str], tuple[bytes, str]] = {}
        self._locks: dict[tuple[str, str], threading.Lock] = {}
        self._guard = threading.Lock()

    def resolve(self, relative: str) -> Path | None:
        """The file `relative` names inside the folder, or None (missing, outside, not worth compressing)."""
        try:
            path = (self.root / relative).resolve()
        except (OSError, ValueError):
            return None
        if not path.is_relative_to(self.root) or not path.is_file() or not compressible(path):
            return None
        if path.stat().st_size < MIN_SIZE:
            return None
        return path

    def get(self, path: Path, coding: str) -> tuple[bytes, str]:
        """(compressed bytes, strong ETag) of `path` in `coding`; compressed on first call only."""
        key = (str(path), coding)
        done = self._done.get(key)
        if done is not None:
            return done
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:  # one request compresses; the others wait for its result
            done = self._done.get(key)
            if done is None:
                data = path.read_bytes()
                etag = f'"{hashlib.blake2b(data, digest_size=12).hexdigest()}-{coding}"'
                done = (encode(data, coding), etag)
                self._done[key] = done
            return done

    @property
    def held(self) -> Mapping[tuple[str, str], tuple[bytes, str]]:
        return self._done
