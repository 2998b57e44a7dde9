"""Every register test runs twice: on SQLite (a temporary file) and on the throw-away PostgreSQL."""

from __future__ import annotations

import pytest

from dashboard.register.access import Console
from dashboard.register.db import make_engine
from dashboard.register.repository import Register

PASSWORD = "correct paard batterij"
# One initiative of two gemeenten and one insurer: both sides of a relation (the confirmation tests).
HEERLEN = {
    "id": "hl",
    "naam": "Heerlen fit",
    "jaar": "2025",
    "gemeenten": "Heerlen; Maastricht",
    "samenwerkingsniveau": "informeel",
    "partijen": "gemeente; zorgverzekeraar; huisarts",
    "zorgverzekeraars": "CZ",
}
MAASTRICHT_CELLS = {"id": "zl", "naam": "Zuid-Limburg beweegt", "jaar": "2025", "gemeenten": "Maastricht"}


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'register.sqlite'}"
    return request.getfixturevalue("postgres_server").new_database()


@pytest.fixture
def empty_register(db_url):
    register = Register(make_engine(db_url))
    register.initialize(empty=True)
    yield register
    register.close()


@pytest.fixture
def register(db_url):
    """A register holding the shipped records, as on first start."""
    register = Register(make_engine(db_url))
    register.initialize()
    yield register
    register.close()


def signed_in(register: Register, email: str, role: str = "redacteur", scope: tuple[str, ...] = ("ZK31",)):
    from dashboard.register.access import SessionToken

    register.accounts.add(email, role, scope)
    register.accounts.set_password(email, PASSWORD)
    return SessionToken(register.accounts.sign_in(email, PASSWORD))


CONSOLE = Console()
