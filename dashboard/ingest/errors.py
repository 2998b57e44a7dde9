"""The one error a reader raises for a file that cannot be used as a whole (shared by the CSV and xlsx readers)."""

from __future__ import annotations

from dashboard.i18n.messages import Msg, MsgError


class ImportFileError(MsgError):
    """The file as a whole cannot be read; `msg` is meant for the user, `message` is it in Dutch."""

    msg: Msg
