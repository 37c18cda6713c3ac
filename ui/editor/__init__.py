"""The article editor (staff only, never in the kiosk): front-matter form, Markdown, live preview, import."""
