"""Events in PLOVER terms. Filled by the events component (issue 6)."""
from __future__ import annotations

from ..model import Analysis


def find_events(doc, analysis: Analysis) -> Analysis:
    """Not implemented yet: leaves ``analysis.events`` empty."""
    return analysis
