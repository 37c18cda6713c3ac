"""The article library in the window: the folder watcher and the one way to run work off the GUI thread."""
