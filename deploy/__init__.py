"""One-machine deployment: N app processes behind HAProxy, started and stopped with `python -m deploy`."""

from deploy.config import Settings, render
from deploy.run import Deployment

__all__ = ["Deployment", "Settings", "render"]
