"""The main window: menus and actions, its reading and content tools as composed objects, its dialogs."""
