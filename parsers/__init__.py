"""Parsers: pure functions from mail bytes to typed values; no I/O."""
