"""Running a coroutine to its end from a test, whatever else runs in the test process.

Playwright's sync API keeps an event loop running in the main thread for the whole session once a browser test
has used it, and `asyncio.run` refuses to start inside a running loop; so every coroutine runs in a thread of
its own, on a loop of its own, as a server's would.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


def run_apart(coroutine: Coroutine[Any, Any, T]) -> T:
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()
