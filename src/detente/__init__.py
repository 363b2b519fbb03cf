"""Détente: source-cited PLOVER event data from Hebrew, Arabic, Russian and English text."""

__version__ = "0.1.0"
