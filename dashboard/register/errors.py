"""The register's errors: each carries a message for the user (never a traceback), made once as a ``Msg`` and
rendered in the reader's language where it is shown (`text(lang)`); `message` is its Dutch rendering (logs)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dashboard.i18n.messages import Msg, MsgError

if TYPE_CHECKING:
    from dashboard.ingest.validation import Issue
    from dashboard.register.model import VersionInfo


class RegisterError(MsgError):
    """Anything the register refuses or cannot do, said for the user."""


class UnavailableError(RegisterError):
    """The database cannot be reached, is locked (`busy`: another writer holds it), or has a schema this code
    does not know."""

    def __init__(self, msg: Msg | str, *, busy: bool = False) -> None:
        super().__init__(msg)
        self.busy = busy


class NotAllowedError(RegisterError):
    """The credential is missing, expired, or its role or scope does not cover the write."""


class NotFoundError(RegisterError):
    pass


class InvalidRecordError(RegisterError):
    """The record does not pass the importer's validation; `issues` are the importer's own messages."""

    def __init__(self, msg: Msg | str, issues: Sequence[Issue]) -> None:
        super().__init__(msg)
        self.issues = list(issues)


class ConflictError(RegisterError):
    """Someone else saved first (optimistic locking); `other` is their version."""

    def __init__(self, msg: Msg | str, other: VersionInfo | None) -> None:
        super().__init__(msg)
        self.other = other


class SignInError(RegisterError):
    pass
