"""Guichet: case management for a national reintegration desk."""

__version__ = "0.1.0"
