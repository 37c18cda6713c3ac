"""Leaf helpers of the interface: language, themes, stylesheets, icons, accessibility; imports nothing above it."""
