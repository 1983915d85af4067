"""Spreadsheet and PDF exports and report signing (no Qt)."""
