"""The Register page's Streamlit pieces: sign-in, the initiative form, the two sides' "Te bevestigen" list,
import, the peiljaar round, history.

Everything here is convenience: the register functions check role, scope, organisation and versions
themselves, so a hidden button is never the only guard. The page holds a session token only, never a role.

The page never stops before the form: when the database is busy or unreachable, `register_view` says so and
the page is drawn from what was read last (the signed-in account as last checked, the entries of the last
revision read), so every widget keeps what was typed; a save then is refused with that message and nothing is
lost. Which initiative the form edits is held by its id and year (`pick_initiative`), never by its label, so a
rename or a confirmation by someone else never swaps the form under the user.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Final, NamedTuple

import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from dashboard.core import schema
from dashboard.core.confirmation import ConfirmationState, SideState, SideWord
from dashboard.core.initiative import Initiative, Key
from dashboard.core.insurers import INSURERS
from dashboard.core.organisation import Side
from dashboard.core.peiljaar import NO_ROUNDS, Peiljaar, Rounds
from dashboard.export import tabular, writer
from dashboard.i18n import label, t, tn
from dashboard.i18n.formats import fmt_date
from dashboard.i18n.messages import render
from dashboard.ingest.reading import MAX_UPLOAD_BYTES
from dashboard.ingest.validation import Issue, load_bytes
from dashboard.register.access import Actor, SessionEnd, SessionToken
from dashboard.register.errors import (
    ConflictError,
    InvalidRecordError,
    NotAllowedError,
    RegisterError,
    SignInError,
    UnavailableError,
)
from dashboard.register.importing import ImportPreview, apply_import, preview_import
from dashboard.register.records import FIELDS, LIST_JOINER, cell_value, to_cells
from dashboard.register.repository import Entry, Register, Status, shown_actor
from dashboard.render import peiljaar
from dashboard.render.register_tables import preview_changes_frame
from dashboard.render.tables import issues_table
from dashboard.ui import changes_components, components, data
from dashboard.ui.components import escape_markdown
from dashboard.ui.sidebar import prefixed_text

TOKEN_KEY: Final = "register_token"
_FLASH_KEY: Final = "_register_flash"
_FORM_ROUND_KEY: Final = "_register_form_round"
_PICK_KEY: Final = "register_pick"
# The initiative the form edits, as "id\x1fyear": the truth the pick list is drawn from on every run (a
# selectbox's own state is its label, which changes when someone else renames the initiative).
_CHOICE_KEY: Final = "_register_choice"
_BASE_KEY: Final = "_register_base_version"
_PREVIEW_KEY: Final = "_register_import_preview"
# The signed-in account as last checked in the database: shown (never trusted for a write) while the
# database cannot be asked.
_ACTOR_KEY: Final = "_register_actor"
# A confirm or dispute clicked in the "Te bevestigen" list: (action, key, the version the user saw).
_PENDING_KEY: Final = "_register_pending_side"
_CONFIRM_PAGE_KEY: Final = "register_confirm_page"
NEW: Final = "__nieuw__"
CONFIRM_PAGE_SIZE: Final = 8
# How many still-open initiatives the vaststelling lists before "… and n more".
CLOSE_LIST_ROWS: Final = 200


# Widget labels are partials of module functions, not lambdas: session state (and AppTest) must pickle them.


def _from_table(table: Mapping[str, str], option: str) -> str:
    return table.get(option, option)


def _named(names: Mapping[str, str], code: str) -> str:
    return f"{names.get(code, code)} ({code})"


def _vocab(kind: str, lang: str, blank: str, code: str) -> str:
    return label(kind, code, lang) if code else blank


def _option(key: Key) -> str:
    return f"{key[0]}\x1f{key[1]}"


# --------------------------------------------------------------------------------------------------------------
# What the page reads, once per run; the page goes on with what was read last when the database cannot answer


@dataclass(frozen=True)
class RegisterView:
    """What the Register page shows in this run.

    `problem` is set when the database could not be read (busy or unreachable): `entries` and `actor` are then
    what was read last, for drawing the page only (every write goes to the database and is refused there).
    """

    register: Register | None
    revision: int | None
    actor: Actor | None
    entries: tuple[Entry, ...]
    rounds: Rounds
    problem: RegisterError | None = None

    @property
    def editable(self) -> list[Entry]:
        if self.actor is None or self.register is None:
            return []
        return editable_entries(self.register, self.actor, self.entries)


def register_view(lang: str) -> RegisterView:
    """Read the register for the page and say what the reader must know first: how many initiatives it
    holds, the message of the last action, and whether the database answers (with "what you typed stays")."""
    problem: RegisterError | None = None
    register: Register | None = None
    revision: int | None = None
    try:
        register = data.register()
        revision = register.revision()
    except RegisterError as error:
        problem = error
    entries: tuple[Entry, ...] = data.last_register_entries()
    rounds = NO_ROUNDS
    if revision is not None:
        try:
            entries = data.register_entries(revision)
            rounds = data.register_rounds(revision)
        except RegisterError as error:
            problem = error
    actor: Actor | None = None
    if register is not None and problem is None:
        try:
            actor = signed_in_actor(register, lang)
        except RegisterError as error:
            problem = error
    if problem is not None and st.session_state.get(TOKEN_KEY):
        held = st.session_state.get(_ACTOR_KEY)
        actor = held if isinstance(held, Actor) else None
    published = sum(1 for entry in entries if entry.published)
    st.caption(t("register.count", lang, n=published, revision=revision if revision is not None else "?"))
    show_flash()
    if problem is not None:
        unavailable_notice(problem, lang)
    return RegisterView(register, revision, actor, entries, rounds, problem)


def unavailable_notice(error: RegisterError, lang: str) -> None:
    """The database is busy or cannot be reached: said once at the top; the page stays as it was."""
    st.error(_unavailable_text(error, lang), icon=":material/cloud_off:")


def _unavailable_text(error: RegisterError, lang: str) -> str:
    """Busy: "bezet, probeer het zo nog eens" (which says the input stays); else the register's own words
    (never where it lives) and that the input stays."""
    if isinstance(error, UnavailableError) and error.busy:
        return t("register.signin.busy", lang)
    return escape_markdown(error.text(lang)) + " " + t("peiljaar.page.kept", lang)


def section(view: RegisterView, body: Callable[..., None], *args: object) -> None:
    """Draw one part of the page; a database error in it is that part's message, not the error page."""
    try:
        body(*args)
    except RegisterError as error:
        lang = str(args[-1]) if args else "nl"
        if view.problem is None:  # said once at the top already otherwise
            unavailable_notice(error, lang)


# --------------------------------------------------------------------------------------------------------------
# Sign-in


def oidc_configured() -> bool:
    """True when .streamlit/secrets.toml has an [auth] section (then st.login is offered)."""
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all: Streamlit raises its own error type
        return False


def _oidc_email() -> str | None:
    if not oidc_configured():
        return None
    try:
        if st.user.is_logged_in:
            email = st.user.get("email")
            return str(email) if email else None
    except Exception:
        return None
    return None


_ENDED_TEXTS: Final = {
    SessionEnd.IDLE: "register.expired",
    SessionEnd.PASSWORD_CHANGED: "register.session.password_changed",
    SessionEnd.UNKNOWN: "register.session.ended",
}


def signed_in_actor(register: Register, lang: str) -> Actor | None:
    """The signed-in user of this session (checked in the database on every run, reading only), or None.

    A database that is busy (another process writing) or unreachable raises `UnavailableError`: the page says
    so and keeps the session, instead of signing the user out.
    """
    token = st.session_state.get(TOKEN_KEY)
    if not token:
        email = _oidc_email()
        if email is None:
            return None
        try:
            token = register.accounts.sign_in_oidc(email)
        except NotAllowedError as error:
            st.error(escape_markdown(error.text(lang)), icon=":material/block:")
            if st.button(t("register.signout", lang), key="oidc_signout"):
                st.logout()
            return None
        st.session_state[TOKEN_KEY] = token
    check = register.accounts.check_session(token)
    if check.actor is None:
        st.session_state.pop(TOKEN_KEY, None)
        st.session_state.pop(_ACTOR_KEY, None)
        st.session_state.pop(data.SHOW_CONCEPTS_KEY, None)
        ended = check.ended or SessionEnd.UNKNOWN
        st.warning(t(_ENDED_TEXTS[ended], lang), icon=":material/timer_off:")
    else:
        st.session_state[_ACTOR_KEY] = check.actor
    return check.actor


def client_address() -> str | None:
    """The address this session's browser connects from (for the sign-in throttle); behind a configured
    reverse proxy, the client it forwarded (see `dashboard.ui.client`)."""
    from dashboard.ui.client import client_address as from_request

    try:
        peer = st.context.ip_address
        forwarded = st.context.headers.get_all("X-Forwarded-For")
    except Exception:  # no request context (bare mode): nothing to tell
        return None
    # Outside a real server (AppTest) these are stand-ins, not text.
    if not isinstance(peer, str | None) or not isinstance(forwarded, list):
        return None
    return from_request(peer, [hop for hop in forwarded if isinstance(hop, str)])


def credential() -> SessionToken:
    return SessionToken(str(st.session_state.get(TOKEN_KEY, "")))


def sign_in_form(view: RegisterView, lang: str) -> None:
    st.subheader(t("register.signin", lang))
    if oidc_configured() and st.button(
        t("register.signin.oidc", lang), icon=":material/login:", type="primary"
    ):
        st.login()
    with st.form("register_signin"):
        email = st.text_input(t("register.signin.email", lang), autocomplete="username")
        password = st.text_input(
            t("register.signin.password", lang), type="password", autocomplete="current-password"
        )
        submitted = st.form_submit_button(t("register.signin.submit", lang), icon=":material/login:")
    st.caption(t("register.signin.help", lang))
    if not submitted:
        return
    try:
        register = view.register or data.register()
        st.session_state[TOKEN_KEY] = register.accounts.sign_in(email, password, client=client_address())
    except SignInError as error:
        st.error(escape_markdown(error.text(lang)), icon=":material/lock:")
        return
    except RegisterError as error:
        # Busy (an import holds the write lock) or unreachable: the form keeps what was typed.
        busy = isinstance(error, UnavailableError) and error.busy
        shown = t("register.signin.busy", lang) if busy else escape_markdown(error.text(lang))
        st.error(shown, icon=":material/hourglass_top:")
        return
    st.rerun()


def signed_in_bar(view: RegisterView, lang: str) -> None:
    actor = view.actor
    if actor is None:
        return
    register = view.register
    labels = register.scope_label if register is not None else str
    scope = ", ".join(labels(code) for code in actor.scope) or t("register.scope.all", lang)
    role = t(f"register.role.{actor.role}", lang)
    organisation = (
        escape_markdown(actor.organisation.name)
        if actor.organisation is not None
        else t("peiljaar.page.no_organisation", lang)
    )
    cols = st.columns([5, 1])
    cols[0].markdown(
        t(
            "register.signed_in",
            lang,
            email=escape_markdown(actor.email),
            role=role,
            scope=escape_markdown(scope),
        )
        + " "
        + t("peiljaar.page.organisation", lang, organisation=organisation)
    )
    if cols[1].button(t("register.signout", lang), icon=":material/logout:"):
        token = st.session_state.pop(TOKEN_KEY, "")
        st.session_state.pop(_ACTOR_KEY, None)
        st.session_state.pop(data.SHOW_CONCEPTS_KEY, None)
        try:
            if register is not None:
                register.accounts.sign_out(token)
        except RegisterError:
            pass  # the session row expires on its own; this tab holds no token any more
        if _oidc_email() is not None:
            st.logout()
        st.rerun()


# --------------------------------------------------------------------------------------------------------------
# Messages that survive the rerun after a save


def flash(kind: str, message: str) -> None:
    st.session_state[_FLASH_KEY] = (kind, message)


def show_flash() -> None:
    kind, message = st.session_state.pop(_FLASH_KEY, (None, None))
    if kind == "success":
        st.success(message, icon=":material/check_circle:")
    elif kind == "info":
        st.info(message, icon=":material/info:")


def _issues_error(issues: list[Issue], lang: str) -> None:
    lines = [
        f"- **{escape_markdown(issue.column or '')}**: {escape_markdown(issue.text(lang))}"
        if issue.column
        else f"- {escape_markdown(issue.text(lang))}"
        for issue in issues
        if issue.severity == "error"
    ]
    st.error(t("register.invalid", lang) + "\n\n" + "\n".join(lines), icon=":material/error:")


def _show_error(error: RegisterError, lang: str, mine: Mapping[str, str] | None = None) -> None:
    if isinstance(error, InvalidRecordError):
        _issues_error(error.issues, lang)
        return
    if isinstance(error, UnavailableError):
        st.error(_unavailable_text(error, lang), icon=":material/cloud_off:")
        return
    st.error(escape_markdown(error.text(lang)), icon=":material/error:")
    if isinstance(error, ConflictError) and error.other is not None and mine is not None:
        theirs = to_cells(error.other.data)
        differing = [f for f in FIELDS if theirs.get(f, "") != mine.get(f, "")]
        if differing:
            st.caption(t("register.conflict.table", lang))
            st.dataframe(
                pd.DataFrame(
                    {
                        t("register.conflict.field", lang): differing,
                        t("register.conflict.theirs", lang): [theirs.get(f, "") for f in differing],
                        t("register.conflict.mine", lang): [mine.get(f, "") for f in differing],
                    }
                ),
                hide_index=True,
                width="stretch",
            )
        # A callback: the button is gone from the rerun its click starts, so a plain `if st.button` never fires.
        st.button(t("register.conflict.reload", lang), icon=":material/refresh:", on_click=_load_theirs)


# --------------------------------------------------------------------------------------------------------------
# The initiative form


def _load_theirs() -> None:
    _forget_base()
    _next_form_round()


def _next_form_round() -> None:
    st.session_state[_FORM_ROUND_KEY] = int(st.session_state.get(_FORM_ROUND_KEY, 0)) + 1


def _pick_label(entry: Entry, lang: str) -> str:
    concept = f" — {t('register.concept', lang)}" if entry.status is Status.CONCEPT else ""
    return f"{entry.record.naam} ({entry.key[1]}, {entry.key[0]}){concept}"


def _newest_first(entry: Entry) -> tuple[int, str]:
    return -entry.key[1], entry.record.naam.casefold()


def editable_entries(register: Register, actor: Actor, entries: Sequence[Entry]) -> list[Entry]:
    """The entries (not withdrawn) this actor may edit, newest peiljaar first, then by name."""
    rules = register.rules
    editable = [e for e in entries if not e.withdrawn and not rules.outside(actor, e.gemeenten)]
    return sorted(editable, key=_newest_first)


def _remember_choice() -> None:
    st.session_state[_CHOICE_KEY] = st.session_state.get(_PICK_KEY, NEW)


def pick_initiative(view: RegisterView, lang: str) -> Entry | None:
    """The initiative to edit, or None for a new one.

    The choice is held as the initiative's id and year (`_CHOICE_KEY`), set only by the user's pick or a save,
    and written into the selectbox before it is drawn: when someone else renames the initiative or confirms it
    (its label changes) or withdraws it or moves it out of this editor's area (it leaves the list), the form
    stays on it, so a submitted form is saved or refused with a message, never dropped.
    """
    editable = view.editable
    by_option = {_option(e.key): e for e in editable}
    chosen = str(st.session_state.get(_CHOICE_KEY, NEW))
    if chosen != NEW and chosen not in by_option:
        # No longer editable here (withdrawn, moved out of the area): kept so a save says why.
        gone = next((e for e in view.entries if _option(e.key) == chosen), None)
        if gone is not None:
            by_option[chosen] = gone
        else:
            chosen = NEW
    options = [NEW, *by_option]
    st.session_state[_PICK_KEY] = chosen
    st.session_state[_CHOICE_KEY] = chosen
    labels = {NEW: t("register.pick.new", lang)} | {o: _pick_label(e, lang) for o, e in by_option.items()}
    choice = st.selectbox(
        t("register.pick", lang),
        options,
        key=_PICK_KEY,
        format_func=partial(_from_table, labels),
        help=t("register.pick.help", lang),
        on_change=_remember_choice,
    )
    entry = by_option.get(choice)
    # The version this user started editing from: a newer one saved meanwhile must not silently replace
    # the form (that would lose their input) but be refused on save as a conflict.
    base = st.session_state.get(_BASE_KEY)
    if entry is not None and not (isinstance(base, tuple) and base[0] == choice):
        st.session_state[_BASE_KEY] = (choice, entry.version)
    return entry


def choose(key: Key | None) -> None:
    """Make the form show `key` (None: a new initiative) on the next run."""
    st.session_state[_CHOICE_KEY] = NEW if key is None else _option(key)


def base_version(entry: Entry) -> int:
    base = st.session_state.get(_BASE_KEY)
    return int(base[1]) if isinstance(base, tuple) and base[0] == _option(entry.key) else entry.version


def _forget_base() -> None:
    st.session_state.pop(_BASE_KEY, None)


class _ListField(NamedTuple):
    field: str
    choices: tuple[str, ...]
    # The kind of label ``_vocab`` gives the codes; None: shown as written (insurer names).
    vocabulary: str | None
    key: str
    free: bool  # the user may type a value of their own (an open list)


# The form's list fields, column by column.
_LIST_COLUMNS: Final = (
    (
        _ListField("zorgverzekeraars", INSURERS, None, "zv", free=True),
        _ListField("partijen", schema.PARTIES, "party", "partijen", free=True),
        _ListField("financiering", schema.FUNDING, "funding", "fin", free=False),
    ),
    (
        _ListField("interventies", schema.INTERVENTIONS, "intervention", "int", free=True),
        _ListField("gli_programmas", schema.GLI_PROGRAMS, "gli", "gli", free=False),
        _ListField("doelgroepen", schema.TARGET_GROUPS, "target", "doel", free=True),
    ),
)


def _multi(spec: _ListField, current: list[str], lang: str, prefix: str) -> list[str]:
    # Free-text values already in the record stay choosable (partijen, interventies, doelgroepen are open lists).
    all_options = list(dict.fromkeys([*spec.choices, *current]))
    fmt: Callable[[str], str] = str if spec.vocabulary is None else partial(_vocab, spec.vocabulary, lang, "")
    return st.multiselect(
        t(f"register.field.{spec.field}", lang),
        all_options,
        default=current,
        format_func=fmt,
        key=prefix + spec.key,
        accept_new_options=spec.free,
        placeholder=t("register.choose_or_type" if spec.free else "register.choose", lang),
        wrap=True,  # in a form column Streamlit would scroll the chosen values out of sight instead
    )


def initiative_form(view: RegisterView, entry: Entry | None, lang: str) -> None:
    """Every field of the file format; the cells go through the importer's validator on save.

    The widgets are keyed by the initiative's id, year and the version the user started from, so what was
    typed survives every rerun (a refusal, a busy database, someone else's save) until it is saved.
    """
    gemeenten = data.gemeenten_table()
    record: Initiative | None = entry.record if entry else None
    base = base_version(entry) if entry else None
    suffix = f"{entry.key[0]}-{entry.key[1]}-{base}" if entry else "nieuw"
    prefix = f"reg-{suffix}-{st.session_state.get(_FORM_ROUND_KEY, 0)}-"
    names = dict(zip(gemeenten["gm_code"], gemeenten["gm_naam"], strict=True))
    gm_options = sorted(names, key=lambda code: names[code].casefold())

    def listed(field: str) -> list[str]:
        value = record[field] if record is not None else ()
        return [str(v) for v in value] if isinstance(value, tuple) else []

    def text(field: str) -> str:
        return cell_value(record, field)

    if entry:
        st.caption(
            t(
                "register.version",
                lang,
                version=entry.version,
                who=escape_markdown(render(shown_actor(entry.updated_by), lang)),
                day=fmt_date(entry.updated_at.date(), lang),
                time=entry.updated_at.strftime("%H:%M"),
            )
        )
        if entry.record.voorbeelddata:
            st.caption(t("peiljaar.page.example_record", lang))
        if entry.status is Status.CARRIED:
            st.caption(t("peiljaar.page.carried_record", lang))
    with st.form(f"{prefix}form"):
        cols = st.columns([1, 3, 1])
        record_id = cols[0].text_input(
            t("register.field.id", lang),
            value=text("id"),
            disabled=entry is not None,
            key=prefix + "id",
            placeholder=t("peiljaar.page.id_placeholder", lang) if entry is None else None,
            help=t("peiljaar.page.id_help", lang) if entry is None else None,
        )
        naam = cols[1].text_input(t("register.field.naam", lang), value=text("naam"), key=prefix + "naam")
        jaar = cols[2].number_input(
            t("register.field.jaar", lang), min_value=schema.MIN_YEAR, max_value=schema.MAX_YEAR,
            value=record.jaar if record else data_default_year(view), step=1, disabled=entry is not None,
            key=prefix + "jaar",
        )  # fmt: skip
        picked = st.multiselect(
            t("register.field.gemeenten", lang), gm_options, default=[g for g in listed("gemeenten") if g in names],
            format_func=partial(_named, names), key=prefix + "gemeenten",
            placeholder=t("register.choose", lang), wrap=True,
        )  # fmt: skip
        typed = st.text_input(t("register.field.gemeenten_typed", lang), key=prefix + "gemeenten_typed")
        cols = list(st.columns(3))
        levels = list(schema.LEVELS)
        level = cols[0].selectbox(
            t("register.field.samenwerkingsniveau", lang), levels,
            index=levels.index(text("samenwerkingsniveau") or schema.UNKNOWN_LEVEL),
            format_func=partial(_vocab, "level", lang, ""), key=prefix + "niveau",
        )  # fmt: skip
        reach_options = ["", *schema.REACH]
        reach = cols[1].selectbox(
            t("register.field.reikwijdte", lang), reach_options,
            index=reach_options.index(text("reikwijdte")),
            format_func=partial(_vocab, "reach", lang, t("register.field.reikwijdte.auto", lang)),
            key=prefix + "reach",
        )  # fmt: skip
        agreement_options = ["", *schema.AGREEMENTS]
        afspraken = cols[2].selectbox(
            t("register.field.afspraken", lang), agreement_options,
            index=agreement_options.index(text("afspraken")),
            format_func=partial(_vocab, "agreement", lang, t("register.field.none", lang)),
            key=prefix + "afspraken",
        )  # fmt: skip
        coalition = st.checkbox(
            t("register.field.preventiecoalitie", lang),
            value=bool(record and record.preventiecoalitie),
            key=prefix + "coalitie",
        )
        lists: dict[str, list[str]] = {}
        for column, specs in zip(st.columns(len(_LIST_COLUMNS)), _LIST_COLUMNS, strict=True):
            with column:
                for spec in specs:
                    lists[spec.field] = _multi(spec, listed(spec.field), lang, prefix)
        cols = st.columns([3, 1])
        wijken = cols[0].text_input(
            t("register.field.wijken", lang), value=text("wijken"), key=prefix + "wijken"
        )
        startjaar = cols[1].text_input(
            t("register.field.startjaar", lang), value=text("startjaar"), key=prefix + "start"
        )
        bron = st.text_input(t("register.field.bron", lang), value=text("bron"), key=prefix + "bron")
        toelichting = st.text_area(
            t("register.field.toelichting", lang),
            value=text("toelichting"),
            key=prefix + "toel",
        )
        reason = st.text_input(t("register.field.reason", lang), key=prefix + "reason")
        confirm = False
        if entry and entry.status is Status.CONCEPT:
            confirm = st.checkbox(t("register.field.confirm", lang), value=True, key=prefix + "confirm")
        submitted = st.form_submit_button(t("register.save", lang), icon=":material/save:", type="primary")
    if not submitted:
        return
    gemeente_items = [*picked, *(item.strip() for item in typed.split(schema.LIST_SEPARATOR) if item.strip())]
    cells = {
        "id": record.id if record else record_id,
        "naam": naam,
        "jaar": str(int(jaar)),
        "preventiecoalitie": "ja" if coalition else "nee",
        "reikwijdte": reach,
        "gemeenten": LIST_JOINER.join(gemeente_items),
        "wijken": wijken,
        "samenwerkingsniveau": level,
        "afspraken": afspraken,
        **{field: LIST_JOINER.join(values) for field, values in lists.items()},
        "startjaar": startjaar,
        "bron": bron,
        "toelichting": toelichting,
        # Provenance is not a form field: an example record stays marked as example data.
        schema.EXAMPLE_COLUMN: "ja" if record and record.voorbeelddata else "nee",
    }
    try:
        register = view.register or data.register()
        saved = register.save(
            credential(),
            cells,
            expected_version=base,
            reason=reason,
            confirm=confirm,
        )
    except RegisterError as error:
        # Right under the Save button, where the user is looking after a click; the form keeps its input.
        _show_error(error, lang, cells)
        return
    _forget_base()
    if entry is not None and saved.version == base:
        flash("info", t("register.unchanged", lang))
    else:
        name = escape_markdown(saved.record.naam)
        message = t("register.saved", lang, name=name, year=saved.key[1], version=saved.version)
        if entry is None and not str(record_id).strip():
            message += " " + t("peiljaar.page.id_given", lang, id=escape_markdown(saved.key[0]))
        if view.rounds.is_open(saved.key[1]):
            message += " " + t("peiljaar.page.saved_open", lang, year=saved.key[1])
        flash("success", message)
    choose(saved.key)
    _next_form_round()
    st.rerun()


def data_default_year(view: RegisterView) -> int:
    """The year a new initiative starts in: the newest open peiljaar (the round being filled), else the
    newest year in the register."""
    years = sorted({e.key[1] for e in view.entries if not e.withdrawn} | set(view.rounds.by_year))
    open_years = [year for year in years if view.rounds.is_open(year)]
    if open_years:
        return open_years[-1]
    return years[-1] if years else 2025


def withdraw_form(view: RegisterView, entry: Entry | None, lang: str) -> None:
    if entry is None:
        return
    with st.expander(t("register.withdraw", lang), icon=":material/delete:"):
        # Keyed by the initiative and the version the user started from (not the current version), so a save by
        # someone else does not swap the form and drop what was typed.
        with st.form(f"withdraw-{entry.key[0]}-{entry.key[1]}-{base_version(entry)}"):
            reason = st.text_input(t("register.withdraw.reason", lang))
            submitted = st.form_submit_button(t("register.withdraw", lang), icon=":material/delete:")
        if not submitted:
            return
        try:
            register = view.register or data.register()
            register.withdraw(credential(), entry.key, expected_version=base_version(entry), reason=reason)
        except RegisterError as error:
            _show_error(error, lang)
            return
        flash(
            "success",
            t(
                "register.withdraw.done",
                lang,
                name=escape_markdown(entry.record.naam),
                year=entry.key[1],
            ),
        )
        _forget_base()
        choose(None)
        st.rerun()


def withdrawn_list(view: RegisterView, lang: str) -> None:
    gone = [e for e in view.entries if e.withdrawn]
    if not gone:
        st.caption(t("register.withdrawn.none", lang))
        return
    for entry in gone:
        cols = st.columns([4, 3, 1])
        cols[0].markdown(escape_markdown(_pick_label(entry, lang)))
        cols[1].caption(escape_markdown(entry.withdrawn_reason))
        if cols[2].button(t("register.restore", lang), key=f"restore-{entry.key[0]}-{entry.key[1]}"):
            try:
                register = view.register or data.register()
                register.restore(credential(), entry.key)
            except RegisterError as error:
                _show_error(error, lang)
                continue
            flash(
                "success",
                t(
                    "register.restore.done",
                    lang,
                    name=escape_markdown(entry.record.naam),
                    year=entry.key[1],
                ),
            )
            st.rerun()


# --------------------------------------------------------------------------------------------------------------
# Import


def import_section(view: RegisterView, lang: str) -> None:
    components.uploader_texts(lang, MAX_UPLOAD_BYTES // (1024 * 1024))
    uploaded = st.file_uploader(
        t("register.import.label", lang) + f" (max. {MAX_UPLOAD_BYTES // (1024 * 1024)} MB)",
        type=["csv", "xlsx"],
        key="register_import_file",
    )
    if uploaded is None:
        st.session_state.pop(_PREVIEW_KEY, None)
        return
    held = st.session_state.get(_PREVIEW_KEY)
    if not (isinstance(held, tuple) and held[0] == uploaded.file_id):
        result = load_bytes(uploaded.getvalue(), uploaded.name, keep_initiatives=True)
        try:
            fresh = preview_import(view.register or data.register(), credential(), result)
        except RegisterError as error:
            _show_error(error, lang)
            return
        held = (uploaded.file_id, fresh)
        st.session_state[_PREVIEW_KEY] = held
    preview: ImportPreview = held[1]
    show_import_preview(preview, uploaded.name, lang)
    if preview.applied or preview.result.has_file_error:
        return
    partial_ok = False
    if preview.has_rejections and preview.has_changes:
        partial_ok = st.checkbox(t("register.import.partial", lang), key="register_import_partial")
        if not partial_ok:
            st.warning(t("register.import.blocked", lang), icon=":material/block:")
    if not preview.has_changes:
        return
    if st.button(
        t("register.import.confirm", lang),
        icon=":material/save:",
        type="primary",
        disabled=preview.has_rejections and not partial_ok,
    ):
        try:
            apply_import(view.register or data.register(), credential(), preview, partial=partial_ok)
        except RegisterError as error:
            st.session_state.pop(_PREVIEW_KEY, None)
            _show_error(error, lang)
            return
        # The preview is now the import's record: the next run says once what was imported, in this tab.
        st.rerun()


def show_import_preview(preview: ImportPreview, name: str, lang: str) -> None:
    """What the file would change, or (once applied) what it did: one message that fits the state, never two
    that contradict each other; the rejected rows to download and correct."""
    if preview.applied:
        st.success(
            t(
                "peiljaar.import.applied",
                lang,
                name=escape_markdown(name),
                nieuw=len(preview.of("nieuw")),
                gewijzigd=len(preview.of("gewijzigd")),
            ),
            icon=":material/check_circle:",
        )
    elif preview.result.has_file_error:
        st.error(t("peiljaar.import.unusable", lang), icon=":material/error:")
    elif not preview.has_changes:
        key = "peiljaar.import.nothing_rejected" if preview.has_rejections else "register.import.nothing"
        st.info(t(key, lang), icon=":material/info:")
    else:
        st.info(t("register.import.preview", lang), icon=":material/preview:")
    metrics = st.columns(4)
    for column, kind in zip(metrics, ("nieuw", "gewijzigd", "ongewijzigd"), strict=False):
        column.metric(t(f"register.import.{kind}", lang), len(preview.of(kind)))  # type: ignore[arg-type]
    metrics[3].metric(t("register.import.afgekeurd", lang), preview.rejected_rows)
    changes = preview_changes_frame(preview, lang)
    if len(changes) and not preview.applied:
        st.dataframe(changes, hide_index=True, width="stretch")
    if preview.issues:
        st.dataframe(issues_table(preview.issues, lang), hide_index=True, width="stretch")
    if preview.rejected_rows:
        stem = f"afgekeurde_rijen_{name.rsplit('.', 1)[0]}"
        download = writer.offer(stem, "csv", partial(tabular.import_rejected_csv_bytes, preview, lang))
        components.offer_download(
            None,
            tn("peiljaar.import.download_rejected", preview.rejected_rows, lang),
            download,
            key="register_import_rejected",
            icon=":material/download:",
        )


# --------------------------------------------------------------------------------------------------------------
# Te bevestigen: the signed-in organisation confirms or disputes the relation fields, one initiative at a time


def _pending(action: str, key: Key, version: int) -> None:
    st.session_state[_PENDING_KEY] = (action, key, version)


def _word_text(side: Side, word: SideWord | None, lang: str) -> str:
    who = t(f"peiljaar.side.{side.value}", lang)
    if word is None:
        return t("peiljaar.word.none", lang, side=who)
    day = fmt_date(word.at.date(), lang)
    if word.state is SideState.CONFIRMED:
        return t("peiljaar.word.confirmed", lang, side=who, organisation=escape_markdown(word.organisation_name),
                 day=day)  # fmt: skip
    proposed = (
        t("peiljaar.word.proposes", lang, level=label("level", word.proposed_level.value, lang))
        if word.proposed_level is not None
        else ""
    )
    return t(
        "peiljaar.word.disputed", lang, side=who, organisation=escape_markdown(word.organisation_name), day=day,
        reason=escape_markdown(word.reason), proposed=proposed,
    )  # fmt: skip


def _relation_text(record: Initiative, lang: str) -> str:
    agreement = (
        label("agreement", record.afspraken.value, lang)
        if record.afspraken
        else t("register.field.none", lang)
    )
    funding = ", ".join(label("funding", code.value, lang) for code in record.financiering) or t(
        "register.field.none", lang
    )
    return t(
        "peiljaar.relation",
        lang,
        level=label("level", record.samenwerkingsniveau.value, lang),
        agreement=agreement,
        funding=funding,
    )


def to_confirm(view: RegisterView) -> list[tuple[Entry, Side]]:
    """The initiatives the signed-in account's organisation may confirm or dispute, with its side: by the
    register's own rule (`Register.side_refusal`, checked again on the server when it acts)."""
    register, actor = view.register, view.actor
    if register is None or actor is None or actor.organisation is None:
        return []
    out: list[tuple[Entry, Side]] = []
    for entry in view.entries:
        if entry.withdrawn or entry.record.voorbeelddata:
            continue
        if register.side_refusal(actor, entry) is None:
            side = register.side_of(actor, entry)
            if side is not None:
                out.append((entry, Side(side)))
    return out


def confirm_section(view: RegisterView, lang: str) -> None:
    """ "Te bevestigen": per initiative the relation fields, each side's word, and confirm or dispute in one
    step. Generated example data never appears: it is not confirmable, and the list says so."""
    actor = view.actor
    st.caption(t("peiljaar.confirm.intro", lang))
    if actor is None:
        return
    if actor.organisation is None:
        st.info(t("peiljaar.confirm.no_organisation", lang), icon=":material/domain_disabled:")
        return
    _do_pending(view, lang)
    rows = to_confirm(view)
    years = sorted({entry.key[1] for entry, _ in rows}, reverse=True)
    if not years:
        st.info(t("peiljaar.confirm.none", lang, organisation=escape_markdown(actor.organisation.name)))
        st.caption(t("peiljaar.confirm.example", lang))
        return
    open_years = [year for year in years if view.rounds.is_open(year)]
    controls = st.columns([1, 2, 2])
    year = controls[0].selectbox(
        t("register.field.jaar", lang),
        years,
        index=years.index(open_years[0]) if open_years else 0,
        key="register_confirm_year",
        format_func=partial(_year_text, frozenset(open_years), lang),
    )
    show = controls[1].segmented_control(
        t("peiljaar.confirm.show", lang),
        ["todo", "all"],
        default="todo",
        key="register_confirm_show",
        wrap=True,
        format_func=partial(prefixed_text, "peiljaar.confirm.show.", lang=lang),
    )
    mine = [(entry, side) for entry, side in rows if entry.key[1] == year]
    todo = [(e, s) for e, s in mine if _needs_word(e, s)]
    shown = todo if show != "all" else mine
    controls[2].markdown(
        tn(
            "peiljaar.confirm.count",
            len(todo),
            lang,
            organisation=escape_markdown(actor.organisation.name),
            total=len(mine),
        )
    )
    st.caption(t("peiljaar.confirm.example", lang))
    if not shown:
        st.success(t("peiljaar.confirm.done", lang), icon=":material/task_alt:")
        return
    shown = sorted(shown, key=lambda pair: pair[0].record.naam.casefold())
    pages = max(1, -(-len(shown) // CONFIRM_PAGE_SIZE))
    page = 1
    if pages > 1:
        page = int(
            st.number_input(t("peiljaar.confirm.page", lang, pages=pages), 1, pages, 1, key=_CONFIRM_PAGE_KEY)
        )
    start = (page - 1) * CONFIRM_PAGE_SIZE
    for entry, side in shown[start : start + CONFIRM_PAGE_SIZE]:
        _confirm_row(entry, side, lang)


def _year_text(open_years: frozenset[int], lang: str, year: int) -> str:
    return t("sidebar.jaar.open", lang, year=year) if year in open_years else str(year)


def _needs_word(entry: Entry, side: Side) -> bool:
    """Still to do for this side: it has not confirmed yet, or the other side disputes."""
    word = entry.confirmation.of(side)
    return (word is None or word.state is not SideState.CONFIRMED) or (
        entry.confirmation.state is ConfirmationState.DISPUTED
    )


def _confirm_row(entry: Entry, side: Side, lang: str) -> None:
    key = entry.key
    ident = f"{key[0]}-{key[1]}"
    with st.container(border=True):
        head = st.columns([5, 1.3, 1.3], vertical_alignment="center")
        concept = f" — {t('register.concept', lang)}" if entry.status is Status.CONCEPT else ""
        head[0].markdown(
            f"**{escape_markdown(entry.record.naam)}** ({key[1]}, {escape_markdown(key[0])}){concept}"
        )
        head[0].markdown(escape_markdown(_relation_text(entry.record, lang)))
        other = Side.ZORGVERZEKERAAR if side is Side.GEMEENTE else Side.GEMEENTE
        head[0].caption(
            _word_text(side, entry.confirmation.of(side), lang)
            + "  \n"
            + _word_text(other, entry.confirmation.of(other), lang)
        )
        head[1].button(
            t("peiljaar.confirm.button", lang),
            key=f"confirm-{ident}",
            icon=":material/check:",
            type="primary",
            on_click=_pending,
            args=("confirm", key, entry.version),
            width="stretch",
        )
        popover = head[2].popover(
            t("peiljaar.dispute.button", lang), icon=":material/gavel:", width="stretch"
        )
        with popover, st.form(f"dispute-{ident}"):
            st.text_area(t("peiljaar.dispute.reason", lang), key=f"dispute-reason-{ident}")
            levels = ["", *schema.RANKED_LEVELS]
            st.selectbox(
                t("peiljaar.dispute.level", lang),
                levels,
                key=f"dispute-level-{ident}",
                format_func=partial(_vocab, "level", lang, t("peiljaar.dispute.level.none", lang)),
            )
            st.form_submit_button(
                t("peiljaar.dispute.submit", lang),
                on_click=_pending,
                args=("dispute", key, entry.version),
            )


def _do_pending(view: RegisterView, lang: str) -> None:
    """Carry out the confirm or dispute clicked in the last run (with the version the user saw then), before the
    list is drawn again; a refusal is said here, and a dispute's reason stays in its form."""
    pending = st.session_state.pop(_PENDING_KEY, None)
    if not (isinstance(pending, tuple) and len(pending) == 3):
        return
    action, key, seen = pending
    ident = f"{key[0]}-{key[1]}"
    name = next((e.record.naam for e in view.entries if e.key == key), key[0])
    try:
        register = view.register or data.register()
        if action == "confirm":
            register.confirm_side(credential(), key, seen_version=seen)
            st.success(t("peiljaar.confirm.saved", lang, name=escape_markdown(name), year=key[1]),
                       icon=":material/check_circle:")  # fmt: skip
            return
        level_code = str(st.session_state.get(f"dispute-level-{ident}") or "")
        register.dispute(
            credential(),
            key,
            seen_version=seen,
            reason=str(st.session_state.get(f"dispute-reason-{ident}") or ""),
            proposed_level=schema.Level(level_code) if level_code else None,
        )
    except RegisterError as error:
        st.error(
            t("peiljaar.confirm.refused", lang, name=escape_markdown(name), year=key[1]) + " "
            + (t("register.signin.busy", lang) if isinstance(error, UnavailableError) and error.busy
               else escape_markdown(error.text(lang))),
            icon=":material/error:",
        )  # fmt: skip
        return
    st.session_state.pop(f"dispute-reason-{ident}", None)
    st.session_state.pop(f"dispute-level-{ident}", None)
    st.success(t("peiljaar.dispute.saved", lang, name=escape_markdown(name), year=key[1]),
               icon=":material/gavel:")  # fmt: skip


# --------------------------------------------------------------------------------------------------------------
# The peiljaar round


def round_section(view: RegisterView, lang: str) -> None:
    """Each peiljaar's status; for an open one how far it is per region and the concepts this editor can
    confirm unchanged; for a beheerder, opening a round and closing one (with what is still open and a reason)."""
    actor = view.actor
    if actor is None:
        return
    st.caption(t("peiljaar.round.intro", lang))
    peiljaren = view.register.peiljaren() if view.register is not None and view.problem is None else []
    if peiljaren:
        st.dataframe(_peiljaren_frame(peiljaren, lang), hide_index=True, width="stretch")
    names = view.register.region_names() if view.register is not None else {}
    open_years = [year for year, status in view.rounds.statuses if view.rounds.is_open(year)]
    for year in open_years:
        st.subheader(t("peiljaar.round.open_year", lang, year=year))
        note = peiljaar.open_year_note(view.rounds, year, lang)
        if note:
            st.warning(escape_markdown(note), icon=":material/pending:")
        with st.expander(t("peiljaar.banner.table", lang), icon=":material/table_chart:"):
            st.dataframe(
                peiljaar.progress_frame(view.rounds, year, names, lang), hide_index=True, width="stretch"
            )
        _concepts(view, year, lang)
        if actor.is_beheerder:
            _close_form(view, year, lang)
    if actor.is_beheerder:
        _open_form(view, lang)
    st.toggle(
        t("register.year.preview", lang),
        key="_register_concepts_toggle",
        value=bool(st.session_state.get(data.SHOW_CONCEPTS_KEY)),
        on_change=_toggle_concepts,
    )


def _peiljaren_frame(peiljaren: Sequence[Peiljaar], lang: str) -> pd.DataFrame:
    """Each peiljaar: its status, when and by whom it was closed, and why."""

    def when(moment: datetime | None) -> str:
        return "" if moment is None else fmt_date(moment.date(), lang)

    return pd.DataFrame(
        {
            t("register.field.jaar", lang): [str(p.jaar) for p in peiljaren],
            t("peiljaar.round.status", lang): [
                t(f"peiljaar.status.{p.status.value}", lang) for p in peiljaren
            ],
            t("peiljaar.round.closed_at", lang): [when(p.closed_at) for p in peiljaren],
            t("peiljaar.round.closed_by", lang): [
                render(shown_actor(p.closed_by), lang) if p.closed_by else "" for p in peiljaren
            ],
            t("peiljaar.round.reason", lang): [p.reason for p in peiljaren],
        }
    )


def _concepts(view: RegisterView, year: int, lang: str) -> None:
    concepts = [e for e in view.editable if e.status is Status.CONCEPT and e.key[1] == year]
    st.markdown(t("register.year.concepts", lang, b=year, n=len(concepts)))
    if concepts and st.button(
        t("register.year.confirm_all", lang), icon=":material/done_all:", key=f"confirm-concepts-{year}"
    ):
        try:
            done = (view.register or data.register()).confirm_concepts(
                credential(), [e.key for e in concepts]
            )
        except RegisterError as error:
            _show_error(error, lang)
        else:
            flash("success", t("register.year.confirmed", lang, n=done))
            st.rerun()


def _open_form(view: RegisterView, lang: str) -> None:
    years = sorted({e.key[1] for e in view.entries} | set(view.rounds.by_year))
    proposal = min((years[-1] + 1) if years else 2025, schema.MAX_YEAR)
    with st.form("register_round_open"):
        st.markdown(t("peiljaar.round.open_help", lang))
        year = st.number_input(
            t("peiljaar.round.open_year_field", lang), schema.MIN_YEAR, schema.MAX_YEAR, proposal,
            key="register_round_open_year",
        )  # fmt: skip
        submitted = st.form_submit_button(t("peiljaar.round.open", lang), icon=":material/play_arrow:")
    if not submitted:
        return
    try:
        copied = (view.register or data.register()).open_peiljaar(credential(), int(year))
    except RegisterError as error:
        _show_error(error, lang)
        return
    flash("success", tn("cli.peiljaar.opened", len(copied), lang, year=int(year)))
    st.rerun()


def _close_form(view: RegisterView, year: int, lang: str) -> None:
    """Vaststellen: first what is still not updated or not confirmed by both sides, then a required reason."""
    open_items = [
        e
        for e in view.entries
        if e.key[1] == year
        and not e.withdrawn
        and (
            e.status is Status.CONCEPT
            or (not e.record.voorbeelddata and e.confirmation.state is not ConfirmationState.BOTH)
        )
    ]
    concepts = sum(1 for e in open_items if e.status is Status.CONCEPT)
    with st.expander(t("peiljaar.round.close", lang, year=year), icon=":material/lock:"):
        st.markdown(tn("cli.peiljaar.unfinished", len(open_items), lang, year=year, concepts=concepts))
        if open_items:
            st.dataframe(
                pd.DataFrame(
                    {
                        t("history.id", lang): [e.key[0] for e in open_items[:CLOSE_LIST_ROWS]],
                        t("history.name", lang): [e.record.naam for e in open_items[:CLOSE_LIST_ROWS]],
                        t("table.status", lang): [
                            t("cli.peiljaar.state.concept", lang)
                            if e.status is Status.CONCEPT
                            else t(f"peiljaar.state.{e.confirmation.state.value}", lang)
                            for e in open_items[:CLOSE_LIST_ROWS]
                        ],
                    }
                ),
                hide_index=True,
                width="stretch",
                height=min(320, 40 + 35 * min(len(open_items), CLOSE_LIST_ROWS)),
            )
            if len(open_items) > CLOSE_LIST_ROWS:
                st.caption(tn("cli.peiljaar.more", len(open_items) - CLOSE_LIST_ROWS, lang))
        with st.form(f"register_round_close_{year}"):
            reason = st.text_area(
                t("cli.peiljaar.close.reden", lang), key=f"register_round_close_reason_{year}"
            )
            submitted = st.form_submit_button(
                t("peiljaar.round.close_submit", lang, year=year), icon=":material/lock:", type="primary"
            )
        if not submitted:
            return
        try:
            published = (view.register or data.register()).close_peiljaar(credential(), year, reason=reason)
        except RegisterError as error:
            _show_error(error, lang)
            return
        flash("success", tn("cli.peiljaar.closed", len(published), lang, year=year))
        st.rerun()


def _toggle_concepts() -> None:
    st.session_state[data.SHOW_CONCEPTS_KEY] = bool(st.session_state.get("_register_concepts_toggle"))


# --------------------------------------------------------------------------------------------------------------
# History


def history_section(register: Register, revision: int, entries: Sequence[Entry], lang: str) -> None:
    kinds = ["all", "regio", "initiative"]
    kind = st.radio(
        t("register.history.scope", lang), kinds, horizontal=True, key="register_history_kind",
        format_func=partial(prefixed_text, "register.history.scope.", lang=lang),
    )  # fmt: skip
    key: Key | None = None
    regio: str | None = None
    stem = "wijzigingen"
    if kind == "regio":
        regions = register.region_names()
        regio = st.selectbox(
            t("sidebar.regios", lang),
            sorted(regions),
            format_func=partial(_named, regions),
            key="register_history_regio",
        )
        stem = f"wijzigingen_{regio}"
    elif kind == "initiative":
        options = {f"{e.key[0]}\x1f{e.key[1]}": e for e in sorted(entries, key=_newest_first)}
        choice = st.selectbox(
            t("register.pick", lang),
            list(options),
            format_func=partial(_from_table, {o: _pick_label(e, lang) for o, e in options.items()}),
            key="register_history_pick",
        )
        if not choice:
            st.caption(t("register.history.none", lang))
            return
        key = options[choice].key
        stem = f"wijzigingen_{key[0]}"
    # Old → new per field (the change log's rows, with the account): changes_components.
    changes_components.register_history(revision, lang, key, regio, stem)


def history(view: RegisterView, lang: str) -> None:
    """The history tab (it reads versions, so only while the database answers)."""
    if view.register is None or view.revision is None:
        st.caption(t("peiljaar.page.history_unavailable", lang))
        return
    history_section(view.register, view.revision, view.entries, lang)


# --------------------------------------------------------------------------------------------------------------
# The page's tabs


def tabs(view: RegisterView, lang: str) -> dict[str, DeltaGenerator]:
    """The tabs a signed-in account sees (the withdrawn list for a beheerder only), by name."""
    actor = view.actor
    names = ["edit", "confirm", "import", "year", "history"]
    if actor is not None and actor.is_beheerder:
        names.append("withdrawn")
    titles = [t(f"register.tab.{name}", lang) for name in names]
    return dict(zip(names, st.tabs(titles), strict=True))
