"""The web layer around the Streamlit app: routes and middleware that know the content, not the pages' code."""

from __future__ import annotations

from starlette.middleware import Middleware
from starlette.routing import BaseRoute


def routes() -> list[BaseRoute]:
    return []


def middleware() -> list[Middleware]:
    return []
