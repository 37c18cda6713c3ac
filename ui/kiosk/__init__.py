"""The waiting-room kiosk: window, home screen, dialogs, guard, on-screen keyboard and supervisor."""
