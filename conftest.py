"""Doctest collection for the package sources (pytest runs them with --doctest-modules)."""

from __future__ import annotations

collect_ignore: list[str] = []
try:
    import dask.bag
    import dask.dataframe  # noqa: F401
except ImportError:
    # copydesk.dask's examples need the optional dask extra; without it there is nothing to run.
    collect_ignore.append("src/copydesk/dask.py")
