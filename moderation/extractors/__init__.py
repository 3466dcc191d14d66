"""Extractors: each finds one kind of off-platform channel in a normalized message.

An extractor is any object with a ``name`` and ``find(norm) -> list[Finding]``; spans in
the findings are in the *original* text (use ``view.original_span``). ``default_extractors``
is the one place that lists them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from moderation.normalize import Normalized
from moderation.types import Finding

if TYPE_CHECKING:
    from moderation.config import Settings


class Extractor(Protocol):
    name: str

    def find(self, norm: Normalized) -> list[Finding]: ...


def default_extractors(settings: Settings) -> list[Extractor]:
    """Build the default extractors for these settings (no I/O beyond bundled data)."""
    from moderation.extractors.email import EmailExtractor
    from moderation.extractors.payment import PaymentExtractor
    from moderation.extractors.phone import PhoneExtractor
    from moderation.extractors.social import SocialExtractor
    from moderation.extractors.url import UrlExtractor

    return [
        PhoneExtractor(settings),
        EmailExtractor(settings),
        UrlExtractor(settings),
        SocialExtractor(settings),
        PaymentExtractor(settings),
    ]


def merge_findings(findings: list[Finding]) -> list[Finding]:
    """Sort by position and drop a finding wholly inside a stronger one of the same category."""
    ordered = sorted(findings, key=lambda f: (f.start, -(f.end - f.start), -f.score))
    kept: list[Finding] = []
    for f in ordered:
        if any(
            k.category == f.category and k.start <= f.start and f.end <= k.end and k.score >= f.score
            for k in kept
        ):
            continue
        kept.append(f)
    return kept
