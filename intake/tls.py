"""TLS client contexts: the system's trust store, or an operator's CA file on top of it
(an internal mail relay with a private CA). Certificates and host names are always
verified; there is no switch to turn that off."""

from __future__ import annotations

import ssl

from intake.errors import ConfigError


def client_tls_context(ca_file: str = "") -> ssl.SSLContext:
    """A verifying client context; `ca_file` adds the CAs it holds."""
    context = ssl.create_default_context()
    if ca_file:
        try:
            context.load_verify_locations(cafile=ca_file)
        except (OSError, ssl.SSLError) as error:
            raise ConfigError(f"cannot use CA file {ca_file!r}: {error}") from None
    return context
