"""Organisations: every account belongs to one, and it decides which side of an initiative the account speaks
for (a gemeente, a zorgverzekeraar, or another named party that is neither side)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dashboard.core.insurers import canonical_insurer


class OrganisationKind(StrEnum):
    """Stored in `users.organisation_kind`."""

    GEMEENTE = "gemeente"
    ZORGVERZEKERAAR = "zorgverzekeraar"
    OVERIG = "overig"


class Side(StrEnum):
    """The two sides of the relation an initiative describes (stored in versions and confirmations)."""

    GEMEENTE = "gemeente"
    ZORGVERZEKERAAR = "zorgverzekeraar"


@dataclass(frozen=True)
class Organisation:
    """`code` is the GM code of a gemeente, the canonical name of an insurer, or the name of another party;
    `name` is how the public reads it ("Gemeente Maastricht", "CZ", "GGD Zuid Limburg")."""

    kind: OrganisationKind
    code: str
    name: str

    def side_in(self, gemeenten: tuple[str, ...], zorgverzekeraars: tuple[str, ...]) -> Side | None:
        """The side this organisation speaks for in an initiative with these parties, or None."""
        if self.kind is OrganisationKind.GEMEENTE and self.code in gemeenten:
            return Side.GEMEENTE
        if self.kind is OrganisationKind.ZORGVERZEKERAAR and self.code in {
            canonical_insurer(name) for name in zorgverzekeraars
        }:
            return Side.ZORGVERZEKERAAR
        return None


def gemeente_organisation(code: str, name: str) -> Organisation:
    return Organisation(OrganisationKind.GEMEENTE, code, f"Gemeente {name}")
