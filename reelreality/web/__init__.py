"""The web layer around the Streamlit app: routes and middleware that know the content, not the pages' code.

`app.py` hosts the router in `st.App(..., routes=routes(), middleware=middleware())`.
"""

from __future__ import annotations

from starlette.middleware import Middleware
from starlette.routing import BaseRoute, Route


def routes() -> list[BaseRoute]:
    """Preview images, robots.txt, the sitemap and the app's favicon (outside Streamlit's own paths)."""
    from reelreality.web import server

    return [
        Route("/preview/{name}", server.preview_image, methods=["GET", "HEAD"]),
        Route("/robots.txt", server.robots, methods=["GET", "HEAD"]),
        Route("/sitemap.xml", server.sitemap, methods=["GET", "HEAD"]),
        Route("/favicon.png", server.favicon, methods=["GET", "HEAD"]),
    ]


def middleware() -> list[Middleware]:
    """Page documents that announce their view, and compressed static files."""
    from reelreality.web import server

    return [Middleware(server.WebLayer)]
