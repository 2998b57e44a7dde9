"""The Register page's Streamlit pieces: sign-in, the initiative form, import, new peiljaar, history.

Everything here is convenience: the register functions check role, scope and versions themselves, so a
hidden button is never the only guard. The page holds a session token only, never a role.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Final, NamedTuple

import pandas as pd
import streamlit as st

from dashboard.core import schema
from dashboard.core.initiative import Initiative, Key
from dashboard.core.insurers import INSURERS
from dashboard.i18n import label, t
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
from dashboard.render.register_tables import preview_changes_frame
from dashboard.render.tables import issues_table
from dashboard.ui import changes_components, components, data
from dashboard.ui.components import escape_markdown
from dashboard.ui.sidebar import prefixed_text

TOKEN_KEY: Final = "register_token"
_FLASH_KEY: Final = "_register_flash"
_FORM_ROUND_KEY: Final = "_register_form_round"
_PICK_KEY: Final = "register_pick"
# The choice to show after a save; applied before the selectbox is drawn (its own key is read-only then).
_NEXT_PICK_KEY: Final = "_register_next_pick"
_BASE_KEY: Final = "_register_base_version"
_PREVIEW_KEY: Final = "_register_import_preview"
NEW: Final = "__nieuw__"


# Widget labels are partials of module functions, not lambdas: session state (and AppTest) must pickle them.


def _from_table(table: Mapping[str, str], option: str) -> str:
    return table.get(option, option)


def _named(names: Mapping[str, str], code: str) -> str:
    return f"{names.get(code, code)} ({code})"


def _vocab(kind: str, lang: str, blank: str, code: str) -> str:
    return label(kind, code, lang) if code else blank


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
        st.session_state.pop(data.SHOW_CONCEPTS_KEY, None)
        ended = check.ended or SessionEnd.UNKNOWN
        st.warning(t(_ENDED_TEXTS[ended], lang), icon=":material/timer_off:")
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


def sign_in_form(register: Register, lang: str) -> None:
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
    if submitted:
        try:
            st.session_state[TOKEN_KEY] = register.accounts.sign_in(email, password, client=client_address())
        except SignInError as error:
            st.error(escape_markdown(error.text(lang)), icon=":material/lock:")
            return
        except UnavailableError as error:
            # Busy (an import holds the write lock) or unreachable: the form keeps what was typed.
            shown = t("register.signin.busy", lang) if error.busy else escape_markdown(error.text(lang))
            st.error(shown, icon=":material/hourglass_top:")
            return
        st.rerun()


def signed_in_bar(register: Register, actor: Actor, lang: str) -> None:
    scope = ", ".join(register.scope_label(code) for code in actor.scope) or t("register.scope.all", lang)
    role = t(f"register.role.{actor.role}", lang)
    cols = st.columns([5, 1])
    cols[0].markdown(
        t(
            "register.signed_in",
            lang,
            email=escape_markdown(actor.email),
            role=role,
            scope=escape_markdown(scope),
        )
    )
    if cols[1].button(t("register.signout", lang), icon=":material/logout:"):
        register.accounts.sign_out(st.session_state.pop(TOKEN_KEY, ""))
        st.session_state.pop(data.SHOW_CONCEPTS_KEY, None)
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


def pick_initiative(editable: Sequence[Entry], lang: str) -> Entry | None:
    """The initiative to edit, from `editable` (see `editable_entries`), or None for a new one."""
    entries = editable
    by_option = {f"{e.key[0]}\x1f{e.key[1]}": e for e in entries}
    options = [NEW, *by_option]
    if _NEXT_PICK_KEY in st.session_state:
        st.session_state[_PICK_KEY] = st.session_state.pop(_NEXT_PICK_KEY)
    if st.session_state.get(_PICK_KEY) not in options:
        st.session_state[_PICK_KEY] = NEW
    choice = st.selectbox(
        t("register.pick", lang),
        options,
        key=_PICK_KEY,
        format_func=partial(
            _from_table,
            {NEW: t("register.pick.new", lang)} | {o: _pick_label(e, lang) for o, e in by_option.items()},
        ),
        help=t("register.pick.help", lang),
    )
    entry = by_option.get(choice)
    # The version this user started editing from: a newer one saved meanwhile must not silently replace
    # the form (that would lose their input) but be refused on save as a conflict.
    base = st.session_state.get(_BASE_KEY)
    if entry is not None and not (isinstance(base, tuple) and base[0] == choice):
        st.session_state[_BASE_KEY] = (choice, entry.version)
    return entry


def base_version(entry: Entry) -> int:
    base = st.session_state.get(_BASE_KEY)
    return int(base[1]) if isinstance(base, tuple) else entry.version


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


def initiative_form(
    register: Register, entry: Entry | None, gemeenten: pd.DataFrame, default_year: int, lang: str
) -> None:
    """Every field of the file format; the cells go through the importer's validator on save."""
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
    with st.form(f"{prefix}form"):
        cols = st.columns([1, 3, 1])
        record_id = cols[0].text_input(
            t("register.field.id", lang),
            value=text("id"),
            disabled=entry is not None,
            key=prefix + "id",
        )
        naam = cols[1].text_input(t("register.field.naam", lang), value=text("naam"), key=prefix + "naam")
        jaar = cols[2].number_input(
            t("register.field.jaar", lang), min_value=schema.MIN_YEAR, max_value=schema.MAX_YEAR,
            value=record.jaar if record else default_year, step=1, disabled=entry is not None, key=prefix + "jaar",
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
        saved = register.save(
            credential(),
            cells,
            expected_version=base,
            reason=reason,
            confirm=confirm,
        )
    except RegisterError as error:
        # Right under the Save button, where the user is looking after a click.
        _show_error(error, lang, cells)
        return
    _forget_base()
    if entry is not None and saved.version == base:
        flash("info", t("register.unchanged", lang))
    else:
        name = escape_markdown(saved.record.naam)
        flash("success", t("register.saved", lang, name=name, year=saved.key[1], version=saved.version))
    st.session_state[_NEXT_PICK_KEY] = f"{saved.key[0]}\x1f{saved.key[1]}"
    _next_form_round()
    st.rerun()


def data_default_year(entries: Sequence[Entry]) -> int:
    """The newest peiljaar in the register (what a new initiative and a carry-over start from)."""
    years = [e.key[1] for e in entries if not e.withdrawn]
    return max(years) if years else 2025


def withdraw_form(register: Register, entry: Entry, lang: str) -> None:
    with st.expander(t("register.withdraw", lang), icon=":material/delete:"):
        with st.form(f"withdraw-{entry.key[0]}-{entry.key[1]}-{entry.version}"):
            reason = st.text_input(t("register.withdraw.reason", lang))
            submitted = st.form_submit_button(t("register.withdraw", lang), icon=":material/delete:")
        if not submitted:
            return
        try:
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
        st.session_state[_NEXT_PICK_KEY] = NEW
        st.rerun()


def withdrawn_list(register: Register, entries: Sequence[Entry], lang: str) -> None:
    gone = [e for e in entries if e.withdrawn]
    if not gone:
        st.caption(t("register.withdrawn.none", lang))
        return
    for entry in gone:
        cols = st.columns([4, 3, 1])
        cols[0].markdown(escape_markdown(_pick_label(entry, lang)))
        cols[1].caption(escape_markdown(entry.withdrawn_reason))
        if cols[2].button(t("register.restore", lang), key=f"restore-{entry.key[0]}-{entry.key[1]}"):
            try:
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


def import_section(register: Register, lang: str) -> None:
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
            fresh = preview_import(register, credential(), result)
        except RegisterError as error:
            _show_error(error, lang)
            return
        held = (uploaded.file_id, fresh)
        st.session_state[_PREVIEW_KEY] = held
    preview: ImportPreview = held[1]
    if preview.applied:
        return
    st.info(t("register.import.preview", lang), icon=":material/preview:")
    metrics = st.columns(4)
    for column, kind in zip(metrics, ("nieuw", "gewijzigd", "ongewijzigd"), strict=False):
        column.metric(t(f"register.import.{kind}", lang), len(preview.of(kind)))  # type: ignore[arg-type]
    metrics[3].metric(t("register.import.afgekeurd", lang), preview.rejected_rows)
    changes = preview_changes_frame(preview, lang)
    if len(changes):
        st.dataframe(changes, hide_index=True, width="stretch")
    if preview.issues:
        st.dataframe(issues_table(preview.issues, lang), hide_index=True, width="stretch")
    if preview.result.has_file_error:
        return
    partial = False
    if preview.has_rejections:
        partial = st.checkbox(t("register.import.partial", lang), key="register_import_partial")
        if not partial:
            st.warning(t("register.import.blocked", lang), icon=":material/block:")
    if not preview.has_changes:
        st.success(t("register.import.nothing", lang))
        return
    if st.button(
        t("register.import.confirm", lang),
        icon=":material/save:",
        type="primary",
        disabled=preview.has_rejections and not partial,
    ):
        try:
            apply_import(register, credential(), preview, partial=partial)
        except RegisterError as error:
            st.session_state.pop(_PREVIEW_KEY, None)
            _show_error(error, lang)
            return
        flash(
            "success",
            t(
                "register.import.done",
                lang,
                nieuw=len(preview.of("nieuw")),
                gewijzigd=len(preview.of("gewijzigd")),
            ),
        )
        st.rerun()


# --------------------------------------------------------------------------------------------------------------
# New peiljaar


def new_year_section(
    register: Register, entries: Sequence[Entry], editable: Sequence[Entry], lang: str
) -> None:
    st.caption(t("register.year.help", lang))
    latest = data_default_year(entries)
    cols = st.columns(2)
    source = int(
        cols[0].number_input(
            t("register.year.from", lang),
            schema.MIN_YEAR,
            schema.MAX_YEAR - 1,
            latest,
            key="register_year_from",
        )
    )
    target = int(
        cols[1].number_input(
            t("register.year.to", lang),
            schema.MIN_YEAR + 1,
            schema.MAX_YEAR,
            min(latest + 1, schema.MAX_YEAR),
            key="register_year_to",
        )
    )
    if st.button(t("register.year.copy", lang, a=source, b=target), icon=":material/content_copy:"):
        try:
            copied = register.carry_over(credential(), source, target)
        except RegisterError as error:
            _show_error(error, lang)
        else:
            flash("success", t("register.year.copied", lang, n=len(copied), b=target))
            st.rerun()
    concepts = [e for e in editable if e.status is Status.CONCEPT and e.key[1] == target]
    st.markdown(t("register.year.concepts", lang, b=target, n=len(concepts)))
    if concepts and st.button(t("register.year.confirm_all", lang), icon=":material/done_all:"):
        try:
            done = register.confirm_concepts(credential(), [e.key for e in concepts])
        except RegisterError as error:
            _show_error(error, lang)
        else:
            flash("success", t("register.year.confirmed", lang, n=done))
            st.rerun()
    st.toggle(
        t("register.year.preview", lang),
        key="_register_concepts_toggle",
        value=bool(st.session_state.get(data.SHOW_CONCEPTS_KEY)),
        on_change=_toggle_concepts,
    )


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
