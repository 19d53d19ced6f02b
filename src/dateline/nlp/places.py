"""Places: toponyms resolved to gazetteer entries. Filled by the places component (issue 5)."""
from __future__ import annotations

from ..model import Analysis


def find_places(doc, analysis: Analysis) -> Analysis:
    """Not implemented yet: leaves ``analysis.places`` empty."""
    return analysis
