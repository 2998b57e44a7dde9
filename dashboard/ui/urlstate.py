"""Shareable views: the whole view (filters, selection, map measure, layers, language, slide) as a query string.

Parsed by hand against an allow-list rather than with the widgets' ``bind="query-params"``: that drops a bad
value silently, and someone who opens a pasted link deserves a word when part of it could not be used. Values
are only ever compared with known codes (never evaluated or unpickled) and the query is capped in length.

Pure: the Streamlit glue (reading and writing ``st.query_params``) lives in ``dashboard.share_components``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any, Final
from urllib.parse import unquote

from dashboard.analysis.context_measures import MAP_MEASURES
from dashboard.core.filters import Filters
from dashboard.i18n import DEFAULT_LANG, LANGS, t
from dashboard.ui.state import (
    COALITION_CHOICES,
    FILTER_KEYS,
    LANG_KEY,
    SessionState,
    coalition_choice,
    coalition_filter,
)

# Session keys of the page widgets that are part of a view (app_pages/kaart.py and the presentation page).
SELECTED_KEY: Final = (
    "selected_gm"  # == dashboard.components.SELECTED_KEY (not imported: that pulls in folium)
)
MEASURE_KEY: Final = "maat"
# The map's need-side measure (population, health, need vs offer) overrides MEASURE_KEY while chosen; the link
# carries whichever one the map shows in the single "maat" parameter.
CONTEXT_MEASURE_KEY: Final = "maat_context"
LAYERS_KEY: Final = "lagen"
SLIDE_KEY: Final = "dia"
# The fall-prevention page: its programme and period widgets, and the user's own values (a plain dict naam ->
# value kept by the page, not a widget); the number inputs themselves are keyed VP_INPUT_PREFIX + naam.
VP_PROGRAMME_KEY: Final = "vp_programma"
VP_YEARS_KEY: Final = "vp_jaren"
VP_VALUES_KEY: Final = "vp_waarden"
VP_INPUT_PREFIX: Final = "vp_in_"
VP_DEFAULT_PROGRAMME: Final = "in_balans"  # == dashboard.analysis.valpreventie.DEFAULT_PROGRAMME
VP_DEFAULT_YEARS: Final = 3
VP_MAX_YEARS: Final = 5
# A value in a link: plain decimal text, short (no exponent tricks, no 10,000-digit numbers).
VP_MAX_NUMBER_CHARS: Final = 16
PAGE_WIDGET_KEYS: Final = (
    SELECTED_KEY,
    MEASURE_KEY,
    CONTEXT_MEASURE_KEY,
    LAYERS_KEY,
    VP_PROGRAMME_KEY,
    VP_YEARS_KEY,
)

DEFAULT_MEASURE: Final = "niveau"
# The layer pills of the map page, in their order; the page's default selection is DEFAULT_LAYERS.
MAP_LAYERS: Final = ("regio", "provincie", "ggd", "initiatieven")
DEFAULT_LAYERS: Final = ("regio",)

# Filters field -> URL parameter (singular Dutch words: ?niveau=formeel,informeel&regio=ZK02).
LIST_PARAMS: Final[dict[str, str]] = {
    "niveaus": "niveau",
    "interventies": "interventie",
    "partijen": "partij",
    "zorgverzekeraars": "verzekeraar",
    "provincies": "provincie",
    "regios": "regio",
    "reikwijdte": "reikwijdte",
}
SCALAR_PARAMS: Final = (
    "jaar",
    "coalitie",
    "bevestigd",
    "gemeente",
    "maat",
    "lagen",
    "taal",
    "presentatie",
    "dia",
    "bron",
    "vp_programma",
    "vp_jaren",
    "vp_waarden",
)
KNOWN_PARAMS: Final = frozenset((*LIST_PARAMS.values(), *SCALAR_PARAMS))
# Streamlit's own parameters: never ours to judge.
IGNORED_PARAMS: Final = frozenset(("embed", "embed_options"))
UPLOAD_FLAG: Final = "upload"
TRUE_WORDS: Final = frozenset(("1", "ja", "true", "yes", "aan", "on"))
FALSE_WORDS: Final = frozenset(("0", "nee", "false", "no", "uit", "off"))

# A real view is well under 2,000 characters (all 342 gemeenten would be ~2,400); anything beyond is not a link
# this app made, so the excess is dropped rather than parsed.
MAX_QUERY_CHARS: Final = 8000
MAX_PARAMS: Final = 40
MAX_SHOWN_CHARS: Final = 40
MAX_SHOWN_BAD: Final = 3


@dataclass(frozen=True)
class ViewState(Filters):
    """One shareable view: the sidebar's filters plus the rest of the view.

    Defaults are what a fresh session shows; ``jaar=None`` means "the latest year".
    """

    gemeente: str | None = None
    maat: str = DEFAULT_MEASURE
    lagen: tuple[str, ...] = DEFAULT_LAYERS
    taal: str = DEFAULT_LANG
    presentatie: bool = False
    dia: int = 1
    upload: bool = False  # the view was of an uploaded file (which a link cannot carry)
    vp_programma: str = VP_DEFAULT_PROGRAMME
    vp_jaren: int = VP_DEFAULT_YEARS
    vp_waarden: tuple[tuple[str, float], ...] = ()  # the user's own fall-prevention values, by name


@dataclass(frozen=True)
class AllowList:
    """Every value a link may hold; anything else is ignored with a notice."""

    options: Mapping[str, tuple[Any, ...]]  # Filters field -> allowed values (as the sidebar offers them)
    gemeenten: frozenset[str]
    measures: tuple[str, ...]
    layers: tuple[str, ...] = MAP_LAYERS
    langs: tuple[str, ...] = LANGS
    slides: int = 1
    # Fall-prevention programmes, and every parameter a link may set with its (low, high) bounds.
    vp_programmes: tuple[str, ...] = ()
    vp_bounds: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    _folded: dict[str, dict[str, Any]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def build(
        cls,
        options: Mapping[str, Iterable[Any]],
        gemeenten: Iterable[str],
        measures: Iterable[str],
        layers: Iterable[str] = MAP_LAYERS,
        slides: int = 1,
        vp_programmes: Iterable[str] = (),
        vp_bounds: Mapping[str, tuple[float, float]] | None = None,
    ) -> AllowList:
        """``options`` is ``dashboard.sidebar.filter_options(...)``: the same lists the widgets offer."""
        return cls(
            options={name: tuple(values) for name, values in options.items()},
            gemeenten=frozenset(gemeenten),
            measures=tuple(measures),
            layers=tuple(layers),
            slides=max(1, slides),
            vp_programmes=tuple(vp_programmes),
            vp_bounds=dict(vp_bounds or {}),
        )

    def resolve(self, kind: str, value: str) -> Any | None:
        """The allowed value ``value`` names (codes match case-insensitively: gm0363 is GM0363), else None."""
        folded = self._folded.get(kind)
        if folded is None:
            folded = {str(v).casefold(): v for v in self._values(kind)}
            self._folded[kind] = folded
        return folded.get(value.strip().casefold())

    def _values(self, kind: str) -> Iterable[Any]:
        if kind == "gemeente":
            return self.gemeenten
        if kind == "maat":
            return self.measures
        if kind == "lagen":
            return self.layers
        if kind == "taal":
            return self.langs
        if kind == "vp_programma":
            return self.vp_programmes
        if kind == "vp_naam":
            return self.vp_bounds
        return self.options.get(kind, ())


# --------------------------------------------------------------------------------------------------------------
# Query string <-> ViewState


def _escape_item(item: str) -> str:
    # "," separates list items; an insurer's free-text name could contain one.
    return item.replace("%", "%25").replace(",", "%2C")


def _join(items: Iterable[Any]) -> str:
    return ",".join(_escape_item(str(item)) for item in items)


def to_query(state: ViewState) -> dict[str, str]:
    """The compact query for ``state``: defaults left out, lists comma-joined, codes (never labels)."""
    query: dict[str, str] = {}
    if state.jaar is not None:
        query["jaar"] = str(state.jaar)
    for name, param in LIST_PARAMS.items():
        values = getattr(state, name)
        if values:
            query[param] = _join(values)
    if state.preventiecoalitie is not None:
        query["coalitie"] = coalition_choice(state.preventiecoalitie)
    if state.alleen_bevestigd:
        query["bevestigd"] = "1"
    if state.gemeente:
        query["gemeente"] = state.gemeente
    if state.maat != DEFAULT_MEASURE:
        query["maat"] = state.maat
    if state.lagen != DEFAULT_LAYERS:
        query["lagen"] = _join(state.lagen)  # "" (no layers) differs from absent (the default layers)
    if state.taal != DEFAULT_LANG:
        query["taal"] = state.taal
    if state.presentatie:
        query["presentatie"] = "1"
    if state.dia != 1:
        query["dia"] = str(state.dia)
    if state.upload:
        query["bron"] = UPLOAD_FLAG
    if state.vp_programma != VP_DEFAULT_PROGRAMME:
        query["vp_programma"] = state.vp_programma
    if state.vp_jaren != VP_DEFAULT_YEARS:
        query["vp_jaren"] = str(state.vp_jaren)
    if state.vp_waarden:
        query["vp_waarden"] = ",".join(f"{naam}:{number_text(value)}" for naam, value in state.vp_waarden)
    return query


def number_text(value: float) -> str:
    """A value as short plain decimal text: 0.06, 252, 1.98 (never an exponent)."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text or "0"


def parse_number(text: str, bounds: tuple[float, float]) -> float | None:
    """A short plain decimal within ``bounds`` (a comma counts as a decimal point), else None."""
    value = text.strip().replace(",", ".")
    if not value or len(value) > VP_MAX_NUMBER_CHARS or not value.isascii():
        return None
    if value.count(".") > 1 or not value.replace(".", "").isdigit():
        return None  # digits and one point only: no sign, exponent, inf or nan
    number = float(value)
    return number if bounds[0] <= number <= bounds[1] else None


def _shown(value: object) -> str:
    """A short, printable rendering of a bad value for a notice (callers still escape it for markdown)."""
    text = "".join(ch if ch.isprintable() else "?" for ch in str(value))
    return text if len(text) <= MAX_SHOWN_CHARS else text[: MAX_SHOWN_CHARS - 1] + "…"


def _as_text(value: object) -> str | None:
    """The parameter's text: a str, or the values of a repeated key joined; None for anything else."""
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return ",".join(value)
    return None


def _split(text: str) -> list[str]:
    return [unquote(part).strip() for part in text.split(",")] if text.strip() else []


class _Parser:
    def __init__(self, allowed: AllowList, lang: str) -> None:
        self.allowed = allowed
        self.lang = lang
        self.notices: list[str] = []
        self.values: dict[str, Any] = {}

    def invalid(self, param: str, value: object) -> None:
        self.notices.append(t("share.notice.invalid", self.lang, param=_shown(param), value=_shown(value)))

    def list_param(self, name: str, param: str, text: str, kind: str | None = None) -> None:
        good: list[Any] = []
        bad: list[str] = []
        for item in _split(text):
            resolved = self.allowed.resolve(kind or name, item)
            if resolved is None:
                bad.append(item)
            elif resolved not in good:
                good.append(resolved)
        if bad:
            self.invalid(param, ", ".join(bad[:MAX_SHOWN_BAD]) + (" …" if len(bad) > MAX_SHOWN_BAD else ""))
        if good or not bad:
            self.values[name] = tuple(good)

    def scalar(self, param: str, text: str) -> None:
        value = text.strip()
        folded = value.casefold()
        if param == "jaar":
            year = int(value) if value.isascii() and value.isdigit() and len(value) <= 4 else None
            if year is not None and year in self.allowed.options.get("jaar", ()):
                self.values["jaar"] = year
                return
        elif param == "coalitie":
            if folded in COALITION_CHOICES:
                self.values["preventiecoalitie"] = coalition_filter(folded)
                return
        elif param == "bevestigd":
            if folded in TRUE_WORDS | FALSE_WORDS:
                self.values["alleen_bevestigd"] = folded in TRUE_WORDS
                return
        elif param in ("gemeente", "maat", "taal"):
            resolved = self.allowed.resolve(param, value)
            if resolved is not None:
                self.values[param] = resolved
                return
        elif param == "lagen":
            self.list_param("lagen", "lagen", text)
            return
        elif param == "presentatie":
            if folded in TRUE_WORDS | FALSE_WORDS:
                self.values["presentatie"] = folded in TRUE_WORDS
                return
        elif param == "dia":
            if (
                value.isascii()
                and value.isdigit()
                and len(value) <= 3
                and 1 <= int(value) <= self.allowed.slides
            ):
                self.values["dia"] = int(value)
                return
        elif param == "bron" and folded == UPLOAD_FLAG:
            self.values["upload"] = True
            return
        elif param == "vp_programma":
            resolved = self.allowed.resolve("vp_programma", value)
            if resolved is not None:
                self.values["vp_programma"] = resolved
                return
        elif param == "vp_jaren":
            if value.isascii() and value.isdigit() and len(value) == 1 and 1 <= int(value) <= VP_MAX_YEARS:
                self.values["vp_jaren"] = int(value)
                return
        elif param == "vp_waarden":
            self.vp_values(text)
            return
        self.invalid(param, text)

    def vp_values(self, text: str) -> None:
        """``naam:waarde,naam:waarde``: known names, numbers within each name's bounds; the rest is noted."""
        good: dict[str, float] = {}
        bad: list[str] = []
        for item in _split(text)[: max(1, len(self.allowed.vp_bounds))]:
            naam, _, number = item.partition(":")
            resolved = self.allowed.resolve("vp_naam", naam)
            value = parse_number(number, self.allowed.vp_bounds[resolved]) if resolved is not None else None
            if value is None or resolved is None:
                bad.append(item)
            else:
                good[resolved] = value
        if bad:
            self.invalid(
                "vp_waarden", ", ".join(bad[:MAX_SHOWN_BAD]) + (" …" if len(bad) > MAX_SHOWN_BAD else "")
            )
        if good:
            self.values["vp_waarden"] = tuple(sorted(good.items()))


def _url_lang(params: Mapping[Any, Any], allowed: AllowList, fallback: str | None) -> str:
    """Notices speak the language the link asks for, else the caller's, else Dutch."""
    wanted = params.get("taal") if hasattr(params, "get") else None
    text = _as_text(wanted)
    if text is not None and text.strip().casefold() in allowed.langs:
        return text.strip().casefold()
    return fallback if fallback in LANGS else DEFAULT_LANG


def parse_query(
    params: Mapping[str, str | list[str]], allowed: AllowList, lang: str | None = None
) -> tuple[ViewState, list[str]]:
    """The view a query describes, and a notice for every part that was ignored. Never raises on bad input."""
    try:
        items = list(params.items())
    except Exception:  # a Mapping that cannot even be listed is treated as an empty link
        return ViewState(), []
    parser = _Parser(allowed, _url_lang(params, allowed, lang))
    budget = MAX_QUERY_CHARS
    for index, (param, raw) in enumerate(items):
        text = _as_text(raw)
        size = len(param) + len(text) + 2 if isinstance(param, str) and text is not None else 0
        if index >= MAX_PARAMS or size > budget:
            parser.notices.append(t("share.notice.too_long", parser.lang))
            break
        budget -= size
        if param in IGNORED_PARAMS:
            continue
        if not isinstance(param, str) or param not in KNOWN_PARAMS:
            parser.notices.append(t("share.notice.unknown", parser.lang, param=_shown(param)))
            continue
        if text is None:
            parser.invalid(param, raw)
            continue
        field_name = next((name for name, p in LIST_PARAMS.items() if p == param), None)
        if field_name is not None:
            parser.list_param(field_name, param, text)
        else:
            parser.scalar(param, text)
    view = ViewState(**parser.values)
    if view.upload:
        parser.notices.append(t("share.notice.upload", parser.lang))
    return view, parser.notices


# --------------------------------------------------------------------------------------------------------------
# Session state <-> ViewState


def _tuple(value: object) -> tuple[Any, ...]:
    if isinstance(value, list | tuple):
        return tuple(value)
    return ()


def from_session(session: SessionState, *, upload: bool = False) -> ViewState:
    """The view the session shows now (``upload``: the session shows an uploaded file, not the server's)."""
    year = session.get(FILTER_KEYS["jaar"])
    coalition = session.get(FILTER_KEYS["preventiecoalitie"], "alle")
    layers = session.get(LAYERS_KEY, list(DEFAULT_LAYERS))
    slide = session.get(SLIDE_KEY, 1)
    lang = session.get(LANG_KEY, DEFAULT_LANG)
    gemeente = session.get(SELECTED_KEY)
    programme = session.get(VP_PROGRAMME_KEY)
    period = session.get(VP_YEARS_KEY)
    own = session.get(VP_VALUES_KEY)
    # Any: the dataclass fields of these names are all tuples (a test keeps LIST_PARAMS and ViewState equal).
    lists: dict[str, Any] = {name: _tuple(session.get(FILTER_KEYS[name])) for name in LIST_PARAMS}
    return ViewState(
        jaar=int(year) if isinstance(year, int) else None,
        **lists,
        preventiecoalitie=coalition_filter(coalition) if isinstance(coalition, str) else None,
        alleen_bevestigd=session.get(FILTER_KEYS["alleen_bevestigd"]) is True,
        gemeente=gemeente if isinstance(gemeente, str) and gemeente else None,
        # The segmented control returns None when its choice is clicked off; the map then shows the default.
        maat=str(session.get(CONTEXT_MEASURE_KEY) or session.get(MEASURE_KEY) or DEFAULT_MEASURE),
        lagen=_tuple(layers),
        taal=lang if lang in LANGS else DEFAULT_LANG,
        dia=slide if isinstance(slide, int) and slide >= 1 else 1,
        upload=upload,
        vp_programma=programme if isinstance(programme, str) and programme else VP_DEFAULT_PROGRAMME,
        vp_jaren=period if isinstance(period, int) and 1 <= period <= VP_MAX_YEARS else VP_DEFAULT_YEARS,
        vp_waarden=tuple(sorted((str(k), float(v)) for k, v in own.items())) if isinstance(own, dict) else (),
    )


def apply_to_session(view: ViewState, session: SessionState) -> None:
    """Make the session show ``view``; run before the widgets render (Streamlit forbids it afterwards).

    A value at its default is removed rather than set, so each widget falls back to its own default (setting a
    widget's key and passing it a default logs a warning).
    """
    if view.jaar is None:
        session.pop(FILTER_KEYS["jaar"], None)
    else:
        session[FILTER_KEYS["jaar"]] = view.jaar
    for name in LIST_PARAMS:
        session[FILTER_KEYS[name]] = list(getattr(view, name))
    session[FILTER_KEYS["preventiecoalitie"]] = coalition_choice(view.preventiecoalitie)
    _set_or_pop(session, FILTER_KEYS["alleen_bevestigd"], view.alleen_bevestigd, False)
    _set_or_pop(session, SELECTED_KEY, view.gemeente, None)
    is_context = view.maat in MAP_MEASURES
    _set_or_pop(session, MEASURE_KEY, DEFAULT_MEASURE if is_context else view.maat, DEFAULT_MEASURE)
    _set_or_pop(session, CONTEXT_MEASURE_KEY, view.maat if is_context else None, None)
    _set_or_pop(session, LAYERS_KEY, list(view.lagen), list(DEFAULT_LAYERS))
    session[LANG_KEY] = view.taal
    session[SLIDE_KEY] = view.dia
    _set_or_pop(session, VP_PROGRAMME_KEY, view.vp_programma, VP_DEFAULT_PROGRAMME)
    _set_or_pop(session, VP_YEARS_KEY, view.vp_jaren, VP_DEFAULT_YEARS)
    session[VP_VALUES_KEY] = dict(view.vp_waarden)
    # The number inputs start again from the values the link holds.
    for key in [k for k in session if isinstance(k, str) and k.startswith(VP_INPUT_PREFIX)]:
        del session[key]


def keep_page_widgets(session: SessionState) -> None:
    """Keep the map page's choices while another page is shown.

    Streamlit drops a widget's value when a run does not draw the widget; writing the value back through the
    Session State API at the start of every run makes it a value Streamlit keeps (the documented multipage
    pattern). A value the user cleared stays cleared: only present keys are kept.
    """
    for key in PAGE_WIDGET_KEYS:
        if key in session:
            session[key] = session[key]


def _set_or_pop(session: SessionState, key: str, value: object, default: object) -> None:
    if value == default:
        session.pop(key, None)
    else:
        session[key] = value


def normalise_query(params: Mapping[str, Any]) -> dict[str, str]:
    """A query as comparable text (repeated keys joined, Streamlit's own keys left out)."""
    out: dict[str, str] = {}
    for key, value in params.items():
        text = _as_text(value)
        if key not in IGNORED_PARAMS and text is not None:
            out[str(key)] = text
    return out


def without(view: ViewState, *names: str) -> ViewState:
    """``view`` with the named fields back at their defaults."""
    defaults = ViewState()
    valid = {f.name for f in fields(ViewState)}
    return replace(view, **{name: getattr(defaults, name) for name in names if name in valid})
