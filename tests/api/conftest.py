"""A running server over a small database built from the seed article and a few real sentences."""
from __future__ import annotations

import threading
from dataclasses import dataclass

import pytest

# A real-world style sentence whose quoted words hold markup, so every page must escape them.
KABUL_TEXT = ('The mayor of Kabul, Ahmad Karimi, said on Tuesday that "prices <script>alert(1)</script> & fees" '
              "would fall. Karimi accused Pakistan of closing the Torkham border.")
KABUL_TITLE = "Kabul mayor <b>speaks</b>"


@dataclass
class Served:
    """The server under test: its base URL, database path and the stored analyses by name."""

    url: str
    db: str
    seed: object
    kabul: object


def _with_accuse_event(analysis):
    """Ensure an ACCUSE event on "accused", so event pages have a row whatever the event model finds."""
    from dateline.model import Event

    if any(v.type == "ACCUSE" for v in analysis.events):
        return analysis
    text = analysis.text
    start = text.index("accused")
    sentence = text.index("Karimi accused")
    names = {e.name: e.id for e in analysis.entities}
    places = {p.name: p.id for p in analysis.places}
    analysis.events.append(Event(
        id=f"V{len(analysis.events) + 1}", type="ACCUSE", mode=None, actor=names.get("Ahmad Karimi"),
        recipient=names.get("Pakistan"), place=places.get("Pakistan"), date=None,
        trigger_span=(start, start + len("accused")), sentence_span=(sentence, len(text)), confidence=1.0))
    return analysis


@pytest.fixture(scope="session")
def served(analyze, seed_text, tmp_path_factory):
    """Start ``dateline serve``'s server on a free port in a thread; stop it after the session."""
    from dateline.api.server import make_server, server_url
    from dateline.store import open_store

    db = tmp_path_factory.mktemp("api") / "api.db"
    seed = analyze(seed_text)
    kabul = _with_accuse_event(analyze(KABUL_TEXT, title=KABUL_TITLE, published="2024-03-05"))
    with open_store(db) as store:
        store.save(seed)
        store.save(kabul)
    server = make_server(db, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Served(server_url(server), str(db), seed, kabul)
    server.shutdown()
    server.server_close()
    thread.join()
