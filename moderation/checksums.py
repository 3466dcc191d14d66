"""Check digits of the numbers sellers write: one implementation each, shared by the
allowlist (legitimate numbers) and the payment extractor (cards)."""

from __future__ import annotations


def gtin_valid(digits: str) -> bool:
    """GS1 check digit (EAN-8, UPC-A, EAN-13, GTIN-14)."""
    body, check = digits[:-1], int(digits[-1])
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def luhn_valid(digits: str) -> bool:
    """Luhn mod-10 (payment cards, IMEI)."""
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0
