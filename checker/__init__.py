"""Translation-quality checker: finds the segments of a translation most likely to be wrong."""

__version__ = "0.1.0"
