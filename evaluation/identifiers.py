"""Valid identifiers for the blind sets: tracking numbers, EANs, IBANs and card numbers with
correct check digits.

Written apart from ``moderation/`` on purpose: the sets must not borrow the code they judge.
"""

from __future__ import annotations

_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def s10(prefix: str, serial8: str, country: str) -> str:
    """UPU S10 item id (e.g. CE123456785EE) with its mod-11 check digit."""
    total = sum(int(d) * w for d, w in zip(serial8, _S10_WEIGHTS, strict=True))
    check = 11 - total % 11
    check = {10: 0, 11: 5}.get(check, check)
    return f"{prefix}{serial8}{check}{country}"


def ean13(first12: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return first12 + str((10 - total % 10) % 10)


def iban(country: str, bban: str) -> str:
    """IBAN with ISO 7064 mod 97-10 check digits (``bban`` without spaces)."""
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def grouped(code: str, size: int = 4) -> str:
    return " ".join(code[i : i + size] for i in range(0, len(code), size))


def luhn(partial: str) -> str:
    """``partial`` with its Luhn check digit appended."""
    total = 0
    for i, d in enumerate(reversed([int(c) for c in partial])):
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return partial + str((10 - total % 10) % 10)
