"""dateline: a sourced database of who said what, who did what to whom, where and when."""

__version__ = "0.1.0"
