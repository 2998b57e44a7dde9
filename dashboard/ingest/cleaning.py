"""Invisible and look-alike characters in cells: what is removed, what is kept, and how it is said.

Two cells that look the same must mean the same. Unicode has characters that show nothing (category Cf:
zero-width spaces and joiners, soft hyphens, byte order marks, reading-direction controls) and letters of
other scripts that look like Latin ones (Cyrillic 'А' beside Latin 'A'). Pure functions; the validator turns
their findings into warnings and errors with row and column.

- In ids and codes every Cf character is removed: "ok-1" with a left-to-right mark is the id "ok-1".
- In free text (names, explanations) they are removed too and reported, with one exception: a zero-width
  joiner between two emoji (and the tag characters of a flag such as 🏴󠁧󠁢󠁳󠁣󠁴󠁿) is what makes the
  sequence one picture ("👩‍💻"), so it stays.
- Reading-direction controls (U+202A–U+202E, U+2066–U+2069 and the marks U+200E, U+200F, U+061C) can make a
  name look different from what it is; they are reported in their own words.
- A value of a vocabulary (gemeente, insurer, level, ...) that mixes Latin letters or digits with letters of
  another script is named letter by letter, instead of being "corrected" to the word it imitates.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Final

from dashboard.i18n.messages import ListOf, Msg

ZWJ: Final = "\u200d"
# Controls and marks of the Unicode bidirectional algorithm (all category Cf).
BIDI_CONTROLS: Final = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_CHAR_KEYS: Final = {
    "\u200b": "read.char.zero_width_space",
    "\u200c": "read.char.zero_width_non_joiner",
    ZWJ: "read.char.zero_width_joiner",
    "\u2060": "read.char.word_joiner",
    "\ufeff": "read.char.byte_order_mark",
    "\u00ad": "read.char.soft_hyphen",
}
_BLACK_FLAG: Final = "\U0001f3f4"  # starts an emoji tag sequence (flags of Scotland, Wales, England)
_TAGS: Final = range(0xE0020, 0xE0080)
_VARIATION_SELECTOR_16: Final = "\ufe0f"
_SKIN_TONES: Final = range(0x1F3FB, 0x1F400)
_SCRIPT_KEYS: Final = {
    "CYRILLIC": "read.script.cyrillic",
    "GREEK": "read.script.greek",
    "ARMENIAN": "read.script.armenian",
    "CHEROKEE": "read.script.cherokee",
}


def _is_format(ch: str) -> bool:
    return unicodedata.category(ch) == "Cf"


@functools.cache
def _format_characters() -> re.Pattern[str]:
    """One character class of every Cf character this Python knows (built once: a scan of the code points
    takes a third of a second, a search with the class then costs almost nothing per cell)."""
    ranges: list[list[int]] = []
    for code in range(0x110000):
        if _is_format(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    parts = (re.escape(chr(low)) + (f"-{re.escape(chr(high))}" if high > low else "") for low, high in ranges)
    return re.compile(f"[{''.join(parts)}]")


def visible(text: str) -> str:
    """``text`` with each invisible character written out ("Samen [U+202E]neveL"), for the report's value
    column: shown as it was, a reading-direction control would turn the report's own text around."""
    if text.isascii():
        return text
    return _format_characters().sub(lambda match: f"[U+{ord(match.group()):04X}]", text)


def strip_format(text: str) -> tuple[str, tuple[str, ...]]:
    """``text`` without any Cf character (for ids and codes), and the characters removed."""
    if text.isascii():  # no ASCII character is Cf: the common case costs one check
        return text, ()
    removed = tuple(_format_characters().findall(text))
    if not removed:
        return text, ()
    return _format_characters().sub("", text), removed


def _pictographic(ch: str) -> bool:
    """An emoji that a zero-width joiner may join ("So" symbols and the emoji planes)."""
    return unicodedata.category(ch) == "So" or 0x1F000 <= ord(ch) <= 0x1FAFF


def _emoji_before(text: str, index: int) -> bool:
    """Whether the character before ``index`` (skipping variation selector and skin tone) is an emoji."""
    position = index - 1
    while position >= 0 and (text[position] == _VARIATION_SELECTOR_16 or ord(text[position]) in _SKIN_TONES):
        position -= 1
    return position >= 0 and _pictographic(text[position])


def _kept_in_emoji(text: str, index: int, kept: list[str]) -> bool:
    """Whether the Cf character at ``index`` is part of an emoji sequence and must stay."""
    ch = text[index]
    if ch == ZWJ:
        return _emoji_before(text, index) and index + 1 < len(text) and _pictographic(text[index + 1])
    if ord(ch) in _TAGS:
        previous = kept[-1] if kept else ""
        return previous == _BLACK_FLAG or (previous != "" and ord(previous) in _TAGS)
    return False


@dataclass(frozen=True)
class Cleaned:
    """Free text without its invisible characters; what was removed, reading-direction controls apart."""

    text: str
    bidi: tuple[str, ...] = ()
    other: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.bidi or self.other)


def clean_free_text(text: str) -> Cleaned:
    """``text`` without Cf characters except those inside emoji sequences."""
    if text.isascii() or not _format_characters().search(text):
        return Cleaned(text)
    kept: list[str] = []
    bidi: list[str] = []
    other: list[str] = []
    for index, ch in enumerate(text):
        if not _is_format(ch) or _kept_in_emoji(text, index, kept):
            kept.append(ch)
        elif ch in BIDI_CONTROLS:
            bidi.append(ch)
        else:
            other.append(ch)
    return Cleaned("".join(kept), tuple(bidi), tuple(other))


def clean_code(text: str) -> Cleaned:
    """An id or code without any Cf character, reading-direction controls told apart for the warning."""
    clean, removed = strip_format(text)
    return Cleaned(
        clean,
        tuple(ch for ch in removed if ch in BIDI_CONTROLS),
        tuple(ch for ch in removed if ch not in BIDI_CONTROLS),
    )


def _described(chars: tuple[str, ...]) -> ListOf:
    """ "een spatie zonder breedte (U+200B)" per distinct character, in order of appearance."""
    return ListOf.of(
        Msg(
            "read.invisible.char",
            name=Msg(_CHAR_KEYS.get(ch, "read.char.other")),
            code=f"U+{ord(ch):04X}",
        )
        for ch in dict.fromkeys(chars)
    )


def removed_messages(column: str, cleaned: Cleaned) -> list[Msg]:
    """The warnings for what cleaning removed from one cell: reading direction first, then the rest."""
    messages = []
    if cleaned.bidi:
        codes = ListOf.of(f"U+{ord(ch):04X}" for ch in dict.fromkeys(cleaned.bidi))
        messages.append(Msg("read.invisible.bidi", n=len(cleaned.bidi), column=column, what=codes))
    if cleaned.other:
        messages.append(
            Msg("read.invisible.removed", n=len(cleaned.other), column=column, what=_described(cleaned.other))
        )
    return messages


def _script(ch: str) -> str | None:
    """None for a letter that is (or normalises to) Latin, else the first word of its Unicode name."""
    for part in unicodedata.normalize("NFKC", ch):
        if part.isalpha():
            name = unicodedata.name(part, "")
            if "LATIN" not in name.split():
                return name.split(" ", 1)[0] or "?"
    return None


def lookalike(text: str) -> Msg | None:
    """A message naming the non-Latin letters of a value that also has Latin letters or digits, else None.

    "Аmsterdam" with a Cyrillic 'А' reads as Amsterdam but is another word; a name wholly in another script
    ("Москва") is left to the caller's "not found".
    """
    if text.isascii():
        return None
    letters = 0
    foreign: list[Msg] = []
    latin_or_digit = False
    for ch in text:
        if ch.isdigit():
            latin_or_digit = True
            continue
        if not ch.isalpha():
            continue
        letters += 1
        script = _script(ch)
        if script is None:
            latin_or_digit = True
        else:
            foreign.append(
                Msg(
                    "read.lookalike.letter",
                    position=letters,
                    char=ch,
                    script=Msg(_SCRIPT_KEYS.get(script, "read.script.other")),
                    name=unicodedata.name(ch, f"U+{ord(ch):04X}"),
                )
            )
    if not foreign or not latin_or_digit:
        return None
    return Msg("read.lookalike", value=text, letters=ListOf.of(foreign))
