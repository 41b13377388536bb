"""Reel Reality: `streamlit run app.py` starts the app.

The router script (`router.py`) draws the pages; this launcher hosts it in an ASGI application whose
web layer (`reelreality.web`) answers before any JavaScript runs: each view's title, description and
preview image, readable HTML without scripts, robots.txt and a sitemap, and compressed delivery.
"""

import streamlit as st

from reelreality import web

app = st.App("router.py", routes=web.routes(), middleware=web.middleware())

if __name__ == "__main__":
    app.run()
