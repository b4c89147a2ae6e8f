"""One exception tree: every error this product raises derives from IntakeError."""


class IntakeError(Exception):
    """Base of every error this product raises."""


class ConfigError(IntakeError):
    """The configuration is wrong; the message says exactly what and where."""
