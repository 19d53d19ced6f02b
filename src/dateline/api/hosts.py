"""Which ``Host`` names the server answers: its own, never a stranger's (DNS rebinding).

A web page on another site can point a name it controls at 127.0.0.1 and make the visitor's
browser read a server on loopback as if it were that site. The browser still sends the
attacker's name in the ``Host`` header, so answering only the names this server is reached by
closes that door. An IP address cannot be rebound, so on a server listening on every interface
(``--host 0.0.0.0``) any address is accepted, with the machine's own names.
"""
from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from typing import Optional
from urllib.parse import urlsplit

# The names of the loopback interface a browser on this machine may use.
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")

# Addresses that mean "every interface": the server is reached by any of the machine's names.
WILDCARD_ADDRESSES = ("", "0.0.0.0", "::")


def _name(host: str) -> str:
    """A host name as compared: lower case, without brackets or a trailing dot."""
    return host.strip().strip("[]").rstrip(".").lower()


class HostCheck:
    """The ``Host`` header values a server answers.

    Args:
        bound: The address the server listens on (``--host``).
        extra: Further names to answer (a name on the local network that points at this machine).

    >>> check = HostCheck("127.0.0.1")
    >>> check.allows("localhost:8001"), check.allows("[::1]:8001"), check.allows("evil.example")
    (True, True, False)
    """

    def __init__(self, bound: str, extra: Iterable[str] = ()):
        self.any_address = bound in WILDCARD_ADDRESSES
        names = {*LOOPBACK_NAMES, _name(bound), *(_name(name) for name in extra)}
        if self.any_address:
            names |= {_name(socket.gethostname()), _name(socket.getfqdn())}
        self.names = frozenset(name for name in names if name)

    def host_name(self, header: str) -> Optional[str]:
        """The host name in a ``Host`` header value (``name:port``, ``[v6]:port``), or None if malformed."""
        try:
            parts = urlsplit("//" + header.strip())
            parts.port  # noqa: B018 - raises ValueError on a port that is not a number
        except ValueError:
            return None
        return _name(parts.hostname) if parts.hostname else None

    def allows(self, header: Optional[str]) -> bool:
        """Whether to answer a request whose ``Host`` header is ``header``.

        A request without one is answered: HTTP/1.0 clients may omit it, browsers never do.
        """
        if header is None:
            return True
        name = self.host_name(header)
        if name is None:
            return False
        if name in self.names:
            return True
        if self.any_address:
            try:
                ipaddress.ip_address(name)
                return True
            except ValueError:
                return False
        return False

    def shown(self) -> str:
        """The accepted names, for an error message (IPv6 addresses in brackets, as in a URL)."""
        listed = sorted(f"[{name}]" if ":" in name else name for name in self.names)
        return ", ".join(listed) + (" or any IP address" if self.any_address else "")
