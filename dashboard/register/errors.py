"""The register's errors; every `message` is Dutch and meant for the user (never a traceback)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dashboard.ingest.validation import Issue
    from dashboard.register.repository import VersionInfo


class RegisterError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UnavailableError(RegisterError):
    """The database cannot be reached, is locked, or has a schema this code does not know."""


class NotAllowedError(RegisterError):
    """The credential is missing, expired, or its role or scope does not cover the write."""


class NotFoundError(RegisterError):
    pass


class InvalidRecordError(RegisterError):
    """The record does not pass the importer's validation; `issues` are the importer's own messages."""

    def __init__(self, message: str, issues: Sequence[Issue]) -> None:
        super().__init__(message)
        self.issues = list(issues)


class ConflictError(RegisterError):
    """Someone else saved first (optimistic locking); `other` is their version."""

    def __init__(self, message: str, other: VersionInfo | None) -> None:
        super().__init__(message)
        self.other = other


class SignInError(RegisterError):
    pass
