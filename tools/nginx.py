"""Debian's nginx in front of app processes, with the repository's server block (deploy/nginx/).

nginx runs in the foreground on a free port of 127.0.0.1 with a scratch prefix. Only the site's listen port and
its upstream servers are replaced, so the tests and the load benchmark exercise the file an admin installs.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import time
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Final

from tools.server import ROOT, free_port

SITE: Final = ROOT / "deploy" / "nginx" / "preventiekaart.conf"
NGINX: Final = Path(shutil.which("nginx") or "/usr/sbin/nginx")
# The site's lines that the scratch copy replaces; the tests check they are there.
LISTEN_LINE: Final = "listen 80;"
UPSTREAM_LINE: Final = "server 127.0.0.1:8501;"
CACHE_DIR: Final = "/var/lib/nginx/preventiekaart-cache"


def site_for(upstreams: Sequence[str], port: int, cache: Path, site: str | None = None) -> str:
    """The site file listening on 127.0.0.1:``port`` with one ``server`` line per upstream ("host:port") and its
    static cache in ``cache``."""
    text = SITE.read_text(encoding="utf-8") if site is None else site
    for line in (LISTEN_LINE, UPSTREAM_LINE, CACHE_DIR):
        if line not in text:
            raise ValueError(f"{SITE.name} no longer has '{line}'")
    servers = "\n    ".join(f"server {upstream};" for upstream in upstreams)
    return (
        text.replace(LISTEN_LINE, f"listen 127.0.0.1:{port};")
        .replace(UPSTREAM_LINE, servers)
        .replace(CACHE_DIR, str(cache))
    )


def _main_conf(prefix: Path, workers: int) -> str:
    temp = prefix / "tmp"
    # Started as root, nginx would run its workers as nobody, who cannot enter the private scratch folder
    # (the static cache lives there): they run as the caller.
    user = f"user {pwd.getpwuid(os.geteuid()).pw_name};" if os.geteuid() == 0 else ""
    return f"""daemon off;
{user}
worker_processes {workers};
pid {prefix}/nginx.pid;
error_log {prefix}/logs/error.log;
events {{ worker_connections 1024; }}
http {{
    # Which app process answered each request, and the browser's affinity key (tests and the load benchmark).
    log_format upstream '$request_uri $status $upstream_addr $cookie_pk_backend';
    access_log {prefix}/logs/access.log upstream;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    default_type application/octet-stream;
    include {prefix}/site.conf;
}}
"""


@contextmanager
def nginx_proxy(upstreams: Sequence[str], prefix: Path, *, workers: int = 1) -> Iterator[str]:
    """nginx in front of ``upstreams``; yields its URL, stopped on exit. ``prefix`` is an empty scratch folder."""
    if not NGINX.exists():
        raise FileNotFoundError("nginx is not installed (apt-get install nginx)")
    for sub in ("logs", "tmp"):
        (prefix / sub).mkdir(exist_ok=True)
    port = free_port()
    (prefix / "site.conf").write_text(site_for(upstreams, port, prefix / "cache"), encoding="utf-8")
    (prefix / "nginx.conf").write_text(_main_conf(prefix, workers), encoding="utf-8")
    error_log = prefix / "logs" / "error.log"
    proc = subprocess.Popen(
        [str(NGINX), "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-e", str(error_log)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            if proc.poll() is not None:
                stderr = proc.stderr.read().decode() if proc.stderr else ""
                raise RuntimeError(f"nginx exited: {stderr}")
            try:
                urllib.request.urlopen(url + "/_stcore/health", timeout=2)
                break
            except OSError:
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)
