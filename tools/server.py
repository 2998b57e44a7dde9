"""A Streamlit server of its own on 127.0.0.1, and the headless Chromium that drives it.

The app starts as ``make run`` starts it: ``streamlit run serve.py`` (app.py behind st.App, with the app's own
HTTP routes).

Shared by the browser tests (tests/browser/conftest.py) and the browser bench (tools/bench_browser.py), so both
start the app the same way: a free port, Streamlit's telemetry and file watcher off, the caller's environment
without its PREVENTIEKAART_ variables (a server never falls back on a register it was not given).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Final

ROOT: Final = Path(__file__).resolve().parents[1]
CHROMIUM: Final = Path("/usr/bin/chromium")
CHROMIUM_ARGS: Final = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)


def free_port() -> int:
    """A port of 127.0.0.1 nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def wait_healthy(url: str, proc: subprocess.Popen[bytes], timeout: float = 90, base_path: str = "") -> None:
    """Until Streamlit answers its health check (below ``base_path``, its ``server.baseUrlPath``); a server that
    exits first fails at once."""
    deadline = time.monotonic() + timeout
    health = (
        f"{url}/{base_path.strip('/')}/_stcore/health" if base_path.strip("/") else f"{url}/_stcore/health"
    )
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(health, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError("streamlit did not become healthy")


@dataclass(frozen=True)
class Server:
    url: str
    proc: subprocess.Popen[bytes]

    def rss_mb(self) -> float:
        """Resident memory of the server process (Linux /proc), in MB."""
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
        raise RuntimeError("no VmRSS")

    def cpu_s(self) -> float:
        """CPU seconds the server process has used so far, user and system (Linux /proc)."""
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextmanager
def streamlit_server(
    script: Path = ROOT / "serve.py",
    *,
    address: str | None = "127.0.0.1",
    cwd: Path = ROOT,
    env_extra: Mapping[str, str] | None = None,
    args: tuple[str, ...] = (),
    port: int | None = None,
    log: Path | None = None,
) -> Iterator[Server]:
    """``streamlit run script`` on 127.0.0.1 (a free port unless given), stopped on exit.

    ``address=None`` passes no address, so the server binds what .streamlit/config.toml says (tests of that
    default).

    Streamlit reads ``.streamlit/`` from ``cwd``; the project root is on PYTHONPATH so a script elsewhere can
    import the project. ``log`` receives the server's output (else it is dropped).
    """
    port = port or free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREVENTIEKAART_")} | dict(env_extra or {})
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    out: IO[str] | int = log.open("w") if log is not None else subprocess.DEVNULL
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(script),
            *([f"--server.address={address}"] if address is not None else []),
            f"--server.port={port}",
            "--server.headless=true",
            "--browser.gatherUsageStats=false",
            "--server.fileWatcherType=none",
            *args,
        ],
        cwd=cwd,
        env=env,
        stdout=out,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    base_path = next((a.split("=", 1)[1] for a in args if a.startswith("--server.baseUrlPath=")), "")
    try:
        wait_healthy(url, proc, base_path=base_path)
        yield Server(url, proc)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        if not isinstance(out, int):
            out.close()
