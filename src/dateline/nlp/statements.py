"""Statements: who said what. Filled by the statements component (issue 3)."""
from __future__ import annotations

from ..model import Analysis


def find_statements(doc, analysis: Analysis) -> Analysis:
    """Not implemented yet: leaves ``analysis.statements`` empty."""
    return analysis
