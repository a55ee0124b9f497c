"""Benchmarks for the checker (``make bench``, i.e. ``python -m bench``).

They build an opus-mt-sized MarianMT with random weights offline, so nothing is downloaded, and
force a fixed output length, so speed does not depend on the weights. Files they make live under
``bench/.work/`` (git-ignored).
"""
