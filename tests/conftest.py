"""Shared fixtures. Tests that read ../shared run in CI (CI=true) and fail there if it is missing;
on a clone without it they skip with a clear reason."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from homsmap.events import Seeds, load_seeds
from homsmap.gazetteer import Gazetteer, load_gazetteer
from homsmap.territory import Scope, campaign_scope

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("HOMSMAP_SHARED", ROOT.parent / "shared"))


def _shared(sub: str) -> Path:
    path = SHARED / sub
    if not path.is_dir():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{path} is missing: CI must run with ../shared beside the repository")
        pytest.skip(f"{path} not found: these tests need the shared reference data beside the repository")
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return _shared("seeds")


@pytest.fixture(scope="session")
def reference_dir() -> Path:
    return _shared("reference")


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="session")
def seeds(gaz: Gazetteer) -> Seeds:
    """The project's curated campaigns (seeds/)."""
    return load_seeds(gazetteer=gaz)


@pytest.fixture(scope="session")
def ho24(seeds: Seeds, gaz: Gazetteer) -> Scope:
    """The territory scope of the 2024 Homs offensive (its cells are computed once for every test)."""
    return campaign_scope(seeds, "2024-12-homs-offensive", gaz)
