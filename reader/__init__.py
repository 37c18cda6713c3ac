"""The patient reader's core: articles, rendering, search and handouts, with no Qt."""

__version__ = "0.1.0"
