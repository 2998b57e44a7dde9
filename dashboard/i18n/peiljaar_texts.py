"""Texts of the peiljaar round and the two sides: the open-year banner, confirming and disputing, opening and
closing a round, organisations, and the register's own refusals about them (made as ``Msg``)."""

from typing import Final

TEXTS: Final[dict[str, dict[str, str]]] = {
    # Who made a change, for the public
    "peiljaar.actor.migration": {
        "nl": "bestaand peiljaar (overgang naar peiljaarstatus)",
        "en": "existing reference year (introduction of year status)",
    },
    "peiljaar.actor.unknown_organisation": {
        "nl": "redacteur (organisatie onbekend)",
        "en": "editor (organisation unknown)",
    },
    # Version actions of the two sides and the vaststelling
    "register.action.bevestigd_door": {"nl": "bevestigd door een kant", "en": "confirmed by one side"},
    "register.action.bevestigd_door.gemeente": {
        "nl": "bevestigd door gemeente",
        "en": "confirmed by gemeente",
    },
    "register.action.bevestigd_door.zorgverzekeraar": {
        "nl": "bevestigd door zorgverzekeraar",
        "en": "confirmed by health insurer",
    },
    "register.action.betwist": {"nl": "betwist", "en": "disputed"},
    "register.action.betwist.gemeente": {"nl": "betwist door gemeente", "en": "disputed by gemeente"},
    "register.action.betwist.zorgverzekeraar": {
        "nl": "betwist door zorgverzekeraar",
        "en": "disputed by health insurer",
    },
    "register.action.niet_bijgewerkt": {
        "nl": "overgenomen (niet bijgewerkt)",
        "en": "carried over (not updated)",
    },
    # The register's refusals
    "peiljaar.error.example_not_confirmable": {
        "nl": "Dit is voorbeelddata (gegenereerd, geen echt initiatief): voorbeelddata kan niet bevestigd of "
        "betwist worden.",
        "en": "This is example data (generated, not a real initiative): example data cannot be confirmed or "
        "disputed.",
    },
    "peiljaar.error.no_organisation": {
        "nl": "Uw account hoort nog bij geen organisatie, en kan daarom niet bevestigen namens een kant. Vraag de "
        "beheerder uw organisatie in te stellen (python -m dashboard users set … --organisatie …).",
        "en": "Your account does not belong to an organisation yet, so it cannot confirm for a side. Ask the "
        "administrator to set your organisation (python -m dashboard users set … --organisatie …).",
    },
    "peiljaar.error.not_a_party": {
        "nl": "{organisation} is geen gemeente of zorgverzekeraar van '{name}' en kan het daarom niet bevestigen "
        "of betwisten.",
        "en": "{organisation} is not a gemeente or health insurer of '{name}', so it cannot confirm or dispute "
        "it.",
    },
    "peiljaar.error.dispute_reason": {
        "nl": "Geef een reden waarom u het betwist.",
        "en": "Give a reason why you dispute it.",
    },
    "peiljaar.error.closed": {
        "nl": "Peiljaar {year} is vastgesteld; daarin wordt geen ronde meer geopend of vastgesteld.",
        "en": "Reference year {year} is closed; no round can be opened or closed in it any more.",
    },
    "peiljaar.error.not_opened": {
        "nl": "Peiljaar {year} is nog niet geopend. Een beheerder opent de ronde.",
        "en": "Reference year {year} has not been opened. An administrator opens the round.",
    },
    "peiljaar.error.needs_beheerder": {
        "nl": "Alleen een beheerder opent of sluit een peiljaar.",
        "en": "Only an administrator opens or closes a reference year.",
    },
    "peiljaar.error.close_reason": {
        "nl": "Geef een reden voor de vaststelling (bijvoorbeeld: wat er nog open staat en waarom het zo mag).",
        "en": "Give a reason for closing the year (for example: what is still open and why that is acceptable).",
    },
    "peiljaar.error.unknown": {
        "nl": "Peiljaar {year} bestaat niet in het register.",
        "en": "Reference year {year} does not exist in the register.",
    },
    "peiljaar.error.no_organisation_given": {
        "nl": "Geef een organisatie: een gemeente (GM-code of naam), een zorgverzekeraar of de naam van een "
        "andere partij.",
        "en": "Give an organisation: a gemeente (GM code or name), a health insurer or the name of another "
        "party.",
    },
    "peiljaar.error.unknown_gemeente": {
        "nl": "{code} is geen bekende gemeentecode.",
        "en": "{code} is not a known gemeente code.",
    },
}
