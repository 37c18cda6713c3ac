"""Handouts in the window: the dialog, its preview, the clinic profile, and the PDF/print layout."""
