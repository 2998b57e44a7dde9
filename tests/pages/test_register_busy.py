"""Issue 22.6: while another process holds SQLite's write lock (a command-line import), the Register page keeps
working for a signed-in editor (checking a session only reads) and a sign-in says "bezet" with the input kept,
instead of the error page. The lock is held by a real second process."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from dashboard.ui.register_components import TOKEN_KEY
from tests.pages.register_pages import EDITOR, PASSWORD, page_errors, sign_in

PAGE = "app_pages/register.py"
HOLD = (
    "import sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "c.execute('BEGIN IMMEDIATE')\n"
    "c.execute('UPDATE register_meta SET revision = revision WHERE id = 1')\n"
    "print('locked', flush=True)\n"
    "sys.stdin.read()\n"
    "c.execute('ROLLBACK')\n"
)


class Writer:
    """A second process that holds the register's write lock from `hold()` until `release()`."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.process: subprocess.Popen[str] | None = None

    def hold(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLD, self.path], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None and self.process.stdout.readline().strip() == "locked"

    def release(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.communicate("", timeout=30)


@pytest.fixture
def writer(register, tmp_path):
    held = Writer(str(tmp_path / "register.sqlite"))
    yield held
    held.release()


def test_a_writer_in_another_process_leaves_the_page_working_and_sign_in_says_busy(app, register, writer):
    editor = sign_in(app(PAGE), "Aanmelden")
    assert editor.session_state[TOKEN_KEY]
    visitor = app(PAGE)
    writer.hold()
    # The signed-in editor's next rerun: the session check and the page only read.
    editor.run()
    assert not editor.exception, [e.value for e in editor.exception]
    assert not page_errors(editor)
    assert any("Aangemeld als" in m.value for m in editor.markdown)
    # A sign-in needs a write: after the busy timeout it says so, and what was typed stays in the form.
    visitor.text_input[0].input(EDITOR)
    visitor.text_input[1].input(PASSWORD)
    started = time.monotonic()
    next(b for b in visitor.button if b.label == "Aanmelden").click().run()
    assert not visitor.exception, [e.value for e in visitor.exception]
    assert "bezet" in page_errors(visitor)
    assert time.monotonic() - started < 30
    assert (visitor.text_input[0].value, visitor.text_input[1].value) == (EDITOR, PASSWORD)
    assert TOKEN_KEY not in visitor.session_state
    # Once the writer is done, the same form signs in.
    writer.release()
    next(b for b in visitor.button if b.label == "Aanmelden").click().run()
    assert visitor.session_state[TOKEN_KEY] and not page_errors(visitor)
