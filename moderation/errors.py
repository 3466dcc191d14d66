"""The library's error hierarchy; `api/` maps these to HTTP statuses in one place."""


class ModerationError(Exception):
    """Base class of every error the library raises on purpose."""

    code = "moderation_error"


class InvalidInput(ModerationError):
    """The caller sent something the library cannot check (wrong type, empty, too long, bad language)."""

    code = "invalid_input"

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class InputTooLarge(InvalidInput):
    code = "input_too_large"


class ModelError(ModerationError):
    """A model artifact is missing, corrupt, tampered with or incompatible."""

    code = "model_error"


class ConfigError(ModerationError):
    """The policy or settings file is invalid."""

    code = "config_error"
