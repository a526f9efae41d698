"""Shared test configuration: hypothesis profiles and paths."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Article generation is slow on a loaded machine: don't fail the health check for it.
# No example database: the docstring examples call ``hypothesis.find``, which keys saved
# examples by the predicate's source, so two ``lambda name: True`` in different examples
# would replay each other's values and shrink to another answer. A failure still prints
# its example and a ``@reproduce_failure`` line.
settings.register_profile(
    "default",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    database=None,
)
settings.register_profile("thorough", parent=settings.get_profile("default"), max_examples=2000)
# CI (the CI environment variable set) runs the default examples derandomized: a run is
# repeatable, and a red CI run always names a real, reproducible failure. Local runs stay
# random so they keep exploring; ``thorough`` explores much further.
settings.register_profile("ci", parent=settings.get_profile("default"), derandomize=True)
_DEFAULT_PROFILE = "ci" if os.environ.get("CI") else "default"
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", _DEFAULT_PROFILE))

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_8b8a93bd28dc7ebf.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article the project started from."""
    return SEED.read_text(encoding="utf-8")
