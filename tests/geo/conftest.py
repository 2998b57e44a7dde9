"""Shared fixtures for the geo tests: the shipped layers are built once per test session."""

from __future__ import annotations

import pytest

from geo.boundaries import Layers, load_gemeenten, load_layers
from geo.codes import GemeenteResolver, default_resolver
from geo.paths import SOURCE_GEMEENTEN

RD_NEW = "EPSG:28992"


@pytest.fixture(scope="session")
def layers() -> Layers:
    return load_layers()


@pytest.fixture(scope="session")
def resolver() -> GemeenteResolver:
    return default_resolver()


@pytest.fixture(scope="session")
def gemeenten_rd():
    return load_gemeenten().to_crs(RD_NEW)


@pytest.fixture(scope="session")
def source_gemeenten():
    if not SOURCE_GEMEENTEN.is_file():
        pytest.skip(f"bronbestand ontbreekt: {SOURCE_GEMEENTEN}")
    from geo.build import read_source_gemeenten

    return read_source_gemeenten(SOURCE_GEMEENTEN)
