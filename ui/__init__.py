"""The patient reader's Qt application: windows, widgets, printing and kiosk, built on `reader`."""
