"""The HTTP API and web pages over a dateline database (``dateline serve``), read-only.

``server`` routes each path to a view in ``views/``; a view returns the page's data and its HTML,
so every page has a JSON twin (``/statements`` and ``/statements.json``).
"""
from .server import make_server, server_url

__all__ = ["make_server", "server_url"]
