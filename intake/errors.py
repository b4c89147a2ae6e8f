"""One exception tree: every error this product raises derives from IntakeError."""


class IntakeError(Exception):
    """Base of every error this product raises."""


class ConfigError(IntakeError):
    """The configuration is wrong; the message says exactly what and where."""


class SourceError(IntakeError):
    """A mail source failed; the message names the server and user, never a secret."""


class DeliveryError(IntakeError):
    """A mail was not delivered; `code` is the server's reply code when there was one."""

    def __init__(self, reason: str, *, code: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code

    def __str__(self) -> str:
        return f"{self.code} {self.reason}" if self.code is not None else self.reason


class TemporaryFailure(DeliveryError):
    """Worth trying again later: a 4xx reply, a refused or lost connection, a timeout."""


class ServerUnavailable(TemporaryFailure):
    """The server could not be reached or would not start a session (refused, login
    failed, no TLS): every other mail of this drain would fail the same way."""


class PermanentFailure(DeliveryError):
    """A 5xx reply for this mail: sending it again will not help."""
