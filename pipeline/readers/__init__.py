"""Readers: one module per input format, each turning bytes into a `ReadDocument` (see base)."""
