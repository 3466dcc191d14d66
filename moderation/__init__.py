"""Pre-send moderation of marketplace Helpdesk messages (pure library: no web framework, no database)."""

from moderation.config import Settings, Thresholds
from moderation.errors import ConfigError, InputTooLarge, InvalidInput, ModelError, ModerationError
from moderation.moderator import Message, Moderator
from moderation.types import CATEGORIES, CategoryScore, Decision, Finding, Reason

__all__ = [
    "CATEGORIES",
    "CategoryScore",
    "ConfigError",
    "Decision",
    "Finding",
    "InputTooLarge",
    "InvalidInput",
    "Message",
    "ModelError",
    "ModerationError",
    "Moderator",
    "Reason",
    "Settings",
    "Thresholds",
]
