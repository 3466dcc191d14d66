"""The one object adapters hold: extractors, language ID, optional model and policy, built once."""

from __future__ import annotations

import inspect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from moderation.config import Settings, Thresholds
from moderation.errors import InputTooLarge, InvalidInput
from moderation.extractors import Extractor, default_extractors, merge_findings
from moderation.language import LanguageIdentifier
from moderation.normalize import Normalized, normalize
from moderation.policy import Policy
from moderation.types import Decision, Finding


class ScoringModel(Protocol):
    """What the moderator needs from a trained classifier (see ``moderation.classifier``).

    ``score`` may also take ``norm`` (``normalize(text)``, already computed by the moderator)
    and an optional ``score_many(items, norms=None)`` scores a batch; a model whose ``score``
    has no ``norm`` parameter is called without it.
    """

    version: str
    thresholds: Mapping[str, Thresholds]

    def score(
        self,
        text: str,
        context: str | None,
        findings: Sequence[Finding],
        language: str,
        norm: Normalized | None = None,
    ) -> dict[str, float]: ...


@dataclass(frozen=True, slots=True)
class Message:
    """One message to check, validated."""

    text: str
    context: str | None = None
    language: str | None = None
    id: str | None = None


class Moderator:
    """Thread-safe after construction: nothing in it changes while checking."""

    def __init__(
        self,
        settings: Settings,
        extractors: Sequence[Extractor],
        language_identifier: LanguageIdentifier,
        policy: Policy,
        model: ScoringModel | None = None,
    ) -> None:
        self.settings = settings
        self.extractors = tuple(extractors)
        self.language_identifier = language_identifier
        self.policy = policy
        self.model = model
        self._model_takes_norm = model is not None and _accepts(model.score, "norm")

    @classmethod
    def build(cls, settings: Settings | None = None, model: ScoringModel | None = None) -> Moderator:
        settings = settings or Settings.load()
        return cls(settings, default_extractors(settings), LanguageIdentifier(), Policy(settings), model)

    @property
    def model_version(self) -> str | None:
        return self.model.version if self.model is not None else None

    def validate(
        self, text: object, context: object = None, language: object = None, message_id: object = None
    ) -> Message:
        """Check types and limits; raise ``InvalidInput`` naming the field that is wrong."""
        if isinstance(text, bytes | bytearray):
            raise InvalidInput("text must be a string, not bytes", field="text")
        if not isinstance(text, str):
            raise InvalidInput(f"text must be a string, got {type(text).__name__}", field="text")
        if not text.strip():
            raise InvalidInput("text is empty", field="text")
        if len(text) > self.settings.max_text_chars:
            raise InputTooLarge(
                f"text is {len(text)} characters; the limit is {self.settings.max_text_chars}", field="text"
            )
        if context is not None:
            if not isinstance(context, str):
                raise InvalidInput(f"context must be a string, got {type(context).__name__}", field="context")
            if len(context) > self.settings.max_context_chars:
                raise InputTooLarge(
                    f"context is {len(context)} characters; the limit is {self.settings.max_context_chars}",
                    field="context",
                )
        if language is not None and not isinstance(language, str):
            raise InvalidInput("language must be a string such as 'et'", field="language")
        if message_id is not None and not isinstance(message_id, str | int):
            raise InvalidInput("id must be a string or an integer", field="id")
        return Message(
            text=text,
            context=context or None,
            language=language,
            id=None if message_id is None else str(message_id),
        )

    def find(self, text: str) -> list[Finding]:
        """All extractor findings for ``text``, merged, in original coordinates."""
        return self.find_normalized(normalize(text))

    def find_normalized(self, norm: Normalized) -> list[Finding]:
        """``find`` for a text already normalized (the model reuses the same ``norm``)."""
        findings: list[Finding] = []
        for extractor in self.extractors:
            findings.extend(extractor.find(norm))
        return merge_findings(findings)

    def check(
        self,
        text: object,
        context: object = None,
        language: object = None,
        message_id: object = None,
    ) -> Decision:
        msg = self.validate(text, context, language, message_id)
        return self._check(msg)

    def check_many(self, messages: Iterable[Message]) -> list[Decision]:
        """Check validated messages; a model with ``score_many`` scores them in one batch."""
        messages = list(messages)
        score_many = getattr(self.model, "score_many", None)
        if score_many is None:
            return [self._check(m) for m in messages]
        languages = [self.language_identifier.identify(m.text, m.language, m.context) for m in messages]
        norms = [normalize(m.text) for m in messages]
        findings = [self.find_normalized(n) for n in norms]
        rows = zip(messages, findings, languages, strict=True)
        items = [(m.text, m.context, f, lang) for m, f, lang in rows]
        scores = score_many(items, norms=norms) if _accepts(score_many, "norms") else score_many(items)
        rows = zip(messages, findings, languages, scores, strict=True)
        return [self._decide(m, f, lang, s) for m, f, lang, s in rows]

    def _check(self, msg: Message) -> Decision:
        language = self.language_identifier.identify(msg.text, msg.language, msg.context)
        norm = normalize(msg.text)
        findings = self.find_normalized(norm)
        scores = None
        if self.model is not None:
            if self._model_takes_norm:
                scores = self.model.score(msg.text, msg.context, findings, language, norm=norm)
            else:
                scores = self.model.score(msg.text, msg.context, findings, language)
        return self._decide(msg, findings, language, scores)

    def _decide(
        self, msg: Message, findings: list[Finding], language: str, scores: Mapping[str, float] | None
    ) -> Decision:
        return self.policy.decide(
            msg.text,
            findings,
            language,
            model_scores=scores,
            model_thresholds=self.model.thresholds if self.model is not None else None,
            model_version=self.model_version,
            message_id=msg.id,
        )


def _accepts(function: object, name: str) -> bool:
    """Whether ``function`` takes a keyword argument ``name`` (older models' ``score`` does not)."""
    try:
        parameters = inspect.signature(function).parameters  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return name in parameters or any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values())
