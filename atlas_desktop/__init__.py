"""Atlas Desktop: an offline, encrypted GDPR register for small offices."""

__version__ = "0.1.0"
