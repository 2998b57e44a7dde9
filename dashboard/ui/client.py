"""Which address a browser session comes from, for the sign-in throttle (no Streamlit here: a pure rule).

Streamlit reports the TCP peer of the session's websocket (`st.context.ip_address`, None for a local
connection). Behind a reverse proxy every session has the proxy's address, so the proxy's X-Forwarded-For is
used, but only when the peer is one of the proxies named in PREVENTIEKAART_PROXY (comma-separated addresses):
anyone else could write that header themselves.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Iterable
from typing import Final

PROXY_ENV_VAR: Final = "PREVENTIEKAART_PROXY"
# Streamlit gives no address for a connection from this machine.
LOCAL: Final = "127.0.0.1"


def trusted_proxies() -> frozenset[str]:
    configured = os.environ.get(PROXY_ENV_VAR, "")
    return frozenset(_normal(item) for item in configured.split(",") if item.strip())


def _normal(address: str) -> str:
    try:
        return str(ipaddress.ip_address(address.strip()))
    except ValueError:
        return address.strip()


def client_address(
    peer: str | None, forwarded_for: Iterable[str] = (), trusted: frozenset[str] | None = None
) -> str:
    """The client's address: the peer, or behind a trusted proxy the last address in X-Forwarded-For that is
    not itself a trusted proxy (the one the outermost trusted proxy saw). A malformed header is ignored."""
    address = _normal(peer) if peer else LOCAL
    trusted = trusted_proxies() if trusted is None else trusted
    if address not in trusted:
        return address
    hops = [hop.strip() for header in forwarded_for for hop in header.split(",") if hop.strip()]
    for hop in reversed(hops):
        try:
            candidate = str(ipaddress.ip_address(hop))
        except ValueError:
            return address
        if candidate not in trusted:
            return candidate
    return address
