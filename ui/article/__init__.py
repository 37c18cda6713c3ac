"""The article pane and what acts on it: view, find, highlights, contents, consultation mode, second screen."""
