"""Pure Python domain layer: no Qt, no database. Specs, vocabularies, clocks, checks, errors."""
