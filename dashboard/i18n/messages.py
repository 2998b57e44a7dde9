"""Messages that are rendered in the reader's language when they are shown, not when they are made.

The importer and the gemeente resolver produce messages once (their results are cached and shown to Dutch
and English users alike), so they store a catalogue key with its parameters instead of a finished sentence:
``Msg("ingest.year.not_a_year", value="twintig", column="jaar")``. ``render(msg, lang)`` formats it.

A parameter may itself need the language: a nested ``Msg`` (a level label, the resolver's explanation), a
``ListOf`` items ("a, b en c" / "a, b and c"), a ``date`` ("1 januari 2021" / "1 January 2021"), a ``Pct`` or a
``Localized`` text computed for every language up front. Everything here is immutable and picklable, so it
survives Streamlit's cache.

Every list a message names is bounded here, at the one mechanism (``ListOf``, ``Joined``): a list keeps its first
``MAX_LISTED`` items and the count of the rest, and reads "a, b, c, d, e en 9.995 andere". A message built from
data (unknown columns, unknown values, row numbers) can then never run to pages, however long the data.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

from dashboard.i18n import DEFAULT_LANG, LANGS, PLURALS, t, tn
from dashboard.i18n.formats import fmt_date, fmt_decimal, fmt_list, fmt_pct


@dataclass(frozen=True, init=False)
class Msg:
    """A catalogue key with its parameters; a plural key takes its count from the parameter ``n``."""

    key: str
    params: tuple[tuple[str, object], ...]

    def __init__(self, key: str, **params: object) -> None:
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "params", tuple(params.items()))

    def render(self, lang: str = DEFAULT_LANG) -> str:
        values = {name: render_value(value, lang) for name, value in self.params}
        if self.key in PLURALS:
            count = dict(self.params)["n"]
            assert isinstance(count, int)
            values.pop("n")
            return tn(self.key, count, lang, **values)
        return t(self.key, lang, **values)

    def __str__(self) -> str:
        return self.render(DEFAULT_LANG)


# Items a message names before it says how many more there are ("… en 12 andere").
MAX_LISTED: Final = 5
_MORE: Final = {"and": "messages.list.more.and", "or": "messages.list.more.or"}


def _bounded(items: Iterable[object], total: int | None) -> tuple[tuple[object, ...], int]:
    """The first MAX_LISTED items and how many more there are; the rest is counted, never stored.

    ``total`` is the full count when the caller kept only some of the items (a reader that dropped columns).
    """
    if isinstance(items, tuple | list) and len(items) <= MAX_LISTED:  # the common case, without iterating
        return tuple(items), max(0, (total or 0) - len(items))
    iterator = iter(items)
    kept = tuple(itertools.islice(iterator, MAX_LISTED))
    counted = len(kept) + sum(1 for _ in iterator)
    return kept, max(0, (counted if total is None else max(total, counted)) - len(kept))


@dataclass(frozen=True)
class ListOf:
    """Items joined as the language joins a list: "a, b en c" (and) or "a, b of c" (or).

    At most MAX_LISTED items are kept; ``more`` counts the others ("a, b, c, d, e en 7 andere").
    """

    items: tuple[object, ...]
    style: Literal["and", "or"] = "and"
    more: int = 0

    def __post_init__(self) -> None:
        # Built directly with a long tuple: bounded all the same.
        if len(self.items) > MAX_LISTED:
            object.__setattr__(self, "more", self.more + len(self.items) - MAX_LISTED)
            object.__setattr__(self, "items", tuple(self.items[:MAX_LISTED]))

    @staticmethod
    def of(
        items: Iterable[object], style: Literal["and", "or"] = "and", *, total: int | None = None
    ) -> ListOf:
        kept, more = _bounded(items, total)
        return ListOf(kept, style, more)


@dataclass(frozen=True)
class Joined:
    """Items joined by a fixed separator ("'A' (rij 3); 'B' (rij 4)"), bounded like ListOf."""

    items: tuple[object, ...]
    separator: str = "; "
    more: int = 0

    def __post_init__(self) -> None:
        if len(self.items) > MAX_LISTED:
            object.__setattr__(self, "more", self.more + len(self.items) - MAX_LISTED)
            object.__setattr__(self, "items", tuple(self.items[:MAX_LISTED]))

    @staticmethod
    def of(items: Iterable[object], separator: str = "; ", *, total: int | None = None) -> Joined:
        kept, more = _bounded(items, total)
        return Joined(kept, separator, more)


@dataclass(frozen=True)
class Pct:
    """A share in percent (79.2 = 79,2%) shown with ``decimals`` decimals."""

    value: float
    decimals: int = 1


@dataclass(frozen=True)
class Decimal:
    """A number with a fixed number of decimals (1.5 MB = "1,5" in Dutch)."""

    value: float
    decimals: int = 1


@dataclass(frozen=True)
class Localized:
    """A text that was computed once per language (for texts built by code, such as a vocabulary's values)."""

    texts: tuple[tuple[str, str], ...]

    @staticmethod
    def of(build: Callable[[str], str]) -> Localized:
        return Localized(tuple((lang, build(lang)) for lang in LANGS))

    def get(self, lang: str) -> str:
        texts = dict(self.texts)
        return texts.get(lang, texts[DEFAULT_LANG])


def render_value(value: object, lang: str) -> str:
    """One parameter as text in ``lang``."""
    if isinstance(value, Msg):
        return value.render(lang)
    if isinstance(value, Localized):
        return value.get(lang)
    if isinstance(value, ListOf):
        shown = [render_value(item, lang) for item in value.items]
        if value.more:
            shown.append(tn(_MORE[value.style], value.more, lang))
        return fmt_list(shown, lang, value.style)
    if isinstance(value, Joined):
        joined = value.separator.join(render_value(item, lang) for item in value.items)
        return f"{joined} {tn('messages.list.more.joined', value.more, lang)}" if value.more else joined
    if isinstance(value, Pct):
        return fmt_pct(value.value, lang, value.decimals)
    if isinstance(value, Decimal):
        return fmt_decimal(value.value, lang, value.decimals)
    if isinstance(value, date):
        return fmt_date(value, lang)
    # Row numbers, years and codes: as written, never with thousands separators ("rij 2020", not "rij 2.020").
    return str(value)


def render(message: Msg | str, lang: str = DEFAULT_LANG) -> str:
    """A message in ``lang``; a plain string (from code that predates messages) is returned as is."""
    return message.render(lang) if isinstance(message, Msg) else message


class WithMsg:
    """``message`` and ``text(lang)`` for whatever carries a ``msg`` (a file problem, an issue, an error).

    The message is made once, where the problem is found, and rendered where it is shown.
    """

    msg: Msg | str

    @property
    def message(self) -> str:
        """The message in Dutch (logs, and the JSON of the Dutch command line)."""
        return render(self.msg)

    def text(self, lang: str) -> str:
        """The message in the reader's language."""
        return render(self.msg, lang)


class MsgError(WithMsg, Exception):
    """An error whose ``msg`` is meant for the user; ``str(error)`` is the Dutch text (tracebacks, logs)."""

    def __init__(self, msg: Msg | str) -> None:
        super().__init__(render(msg))
        self.msg = msg
