"""The client address for the sign-in throttle: the peer, and X-Forwarded-For only from a configured proxy."""

from __future__ import annotations

from dashboard.ui.client import client_address

PROXY = frozenset({"127.0.0.1"})


def test_without_a_proxy_the_peer_counts_and_a_header_is_ignored():
    assert client_address("203.0.113.5", ["198.51.100.1"], frozenset()) == "203.0.113.5"
    assert client_address(None, ["198.51.100.1"], frozenset()) == "127.0.0.1"


def test_behind_the_configured_proxy_the_forwarded_client_counts():
    assert client_address(None, ["198.51.100.1"], PROXY) == "198.51.100.1"
    # The client may send a header of its own: the proxy appends the address it saw, which is the last one.
    assert client_address(None, ["10.9.9.9, 198.51.100.1"], PROXY) == "198.51.100.1"
    assert client_address(None, ["not an address"], PROXY) == "127.0.0.1"
    # A peer that is not the proxy cannot forge its address with the header.
    assert client_address("203.0.113.5", ["198.51.100.1"], PROXY) == "203.0.113.5"


def test_the_proxy_list_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("PREVENTIEKAART_PROXY", "127.0.0.1, ::1")
    assert client_address("::1", ["2001:db8::7"]) == "2001:db8::7"
    monkeypatch.delenv("PREVENTIEKAART_PROXY")
    assert client_address("::1", ["2001:db8::7"]) == "::1"
