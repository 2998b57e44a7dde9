"""Two-sided confirmation of an initiative's relation fields, as a value (no I/O).

The relation fields (samenwerkingsniveau, afspraken, financiering) describe a relation between gemeente and
zorgverzekeraar, so each side confirms them, or disputes them with a reason and the level it proposes. The
register stores this per initiative (`initiatives.confirmation`, JSON: `to_json`/`from_json` are the only place
that knows the shape) and decides every change of it inside its write transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Final

from dashboard.core.organisation import Side
from dashboard.core.schema import Level

# The fields one side confirms for both: a change to one of them by one side re-opens the other side's word.
RELATION_FIELDS: Final = ("samenwerkingsniveau", "afspraken", "financiering")
# Who the sides are: a change here can take a confirming organisation out of the initiative.
PARTY_FIELDS: Final = ("gemeenten", "zorgverzekeraars")


class SideState(StrEnum):
    CONFIRMED = "bevestigd"
    DISPUTED = "betwist"


class ConfirmationState(StrEnum):
    """The combined state the pages filter and count on (the records frame's `bevestiging` column)."""

    NONE = "onbevestigd"
    GEMEENTE = "gemeente"
    ZORGVERZEKERAAR = "zorgverzekeraar"
    BOTH = "beide"
    DISPUTED = "betwist"


CONFIRMATION_STATES: Final = tuple(state.value for state in ConfirmationState)


@dataclass(frozen=True)
class SideWord:
    """What one side said: confirmed or disputed, by which organisation (its code and its name then), when,
    at which version of the initiative; a dispute has a reason and may propose a level."""

    state: SideState
    organisation: str
    organisation_name: str
    at: datetime
    version: int
    reason: str = ""
    proposed_level: Level | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "state": self.state.value,
            "organisation": self.organisation,
            "organisation_name": self.organisation_name,
            "at": self.at.isoformat(timespec="seconds"),
            "version": self.version,
            "reason": self.reason,
            "proposed_level": None if self.proposed_level is None else self.proposed_level.value,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> SideWord:
        level = data.get("proposed_level")
        version = data.get("version")
        return cls(
            SideState(str(data["state"])),
            str(data.get("organisation") or ""),
            str(data.get("organisation_name") or ""),
            datetime.fromisoformat(str(data["at"])),
            version if isinstance(version, int) else 0,
            str(data.get("reason") or ""),
            Level(str(level)) if level else None,
        )


@dataclass(frozen=True)
class Confirmation:
    """Each side's word on an initiative's relation fields (None: that side has not said anything yet)."""

    gemeente: SideWord | None = None
    zorgverzekeraar: SideWord | None = None

    def of(self, side: Side) -> SideWord | None:
        return self.gemeente if side is Side.GEMEENTE else self.zorgverzekeraar

    def with_side(self, side: Side, word: SideWord | None) -> Confirmation:
        return replace(self, **{side.value: word})

    @property
    def state(self) -> ConfirmationState:
        words = (self.gemeente, self.zorgverzekeraar)
        if any(word is not None and word.state is SideState.DISPUTED for word in words):
            return ConfirmationState.DISPUTED
        gemeente = self.gemeente is not None and self.gemeente.state is SideState.CONFIRMED
        insurer = self.zorgverzekeraar is not None and self.zorgverzekeraar.state is SideState.CONFIRMED
        if gemeente and insurer:
            return ConfirmationState.BOTH
        if gemeente:
            return ConfirmationState.GEMEENTE
        if insurer:
            return ConfirmationState.ZORGVERZEKERAAR
        return ConfirmationState.NONE

    @property
    def dispute(self) -> SideWord | None:
        """The dispute, if a side disputes (the gemeente's first when both do)."""
        for word in (self.gemeente, self.zorgverzekeraar):
            if word is not None and word.state is SideState.DISPUTED:
                return word
        return None

    def to_json(self) -> dict[str, object] | None:
        if self.gemeente is None and self.zorgverzekeraar is None:
            return None
        return {
            side.value: word.to_json()
            for side, word in ((Side.GEMEENTE, self.gemeente), (Side.ZORGVERZEKERAAR, self.zorgverzekeraar))
            if word is not None
        }

    @classmethod
    def from_json(cls, data: object) -> Confirmation:
        if not isinstance(data, Mapping):
            return NO_CONFIRMATION
        words: dict[str, SideWord] = {}
        for side in Side:
            word = data.get(side.value)
            if isinstance(word, Mapping):
                words[side.value] = SideWord.from_json(word)
        return cls(**words)


NO_CONFIRMATION: Final = Confirmation()
