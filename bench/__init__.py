"""Benchmarks: each module has main() and runs with `python -m bench.<name>`."""
