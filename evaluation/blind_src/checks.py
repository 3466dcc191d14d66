"""Check-digit helpers so identifiers in the blind set are real-looking and valid."""


def s10(prefix: str, serial8: str, country: str) -> str:
    """UPU S10 item id (e.g. CE123456785EE) with its mod-11 check digit."""
    weights = (8, 6, 4, 2, 3, 5, 9, 7)
    total = sum(int(d) * w for d, w in zip(serial8, weights, strict=True))
    cd = 11 - total % 11
    cd = 0 if cd == 10 else 5 if cd == 11 else cd
    return f"{prefix}{serial8}{cd}{country}"


def ean13(first12: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return first12 + str((10 - total % 10) % 10)


def iban(country: str, bban: str) -> str:
    """IBAN with ISO 7064 mod-97 check digits (bban without spaces)."""
    rearranged = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearranged)
    check = 98 - int(num) % 97
    return f"{country}{check:02d}{bban}"


def grouped(code: str) -> str:
    return " ".join(code[i:i + 4] for i in range(0, len(code), 4))


def luhn(partial: str) -> str:
    digits = [int(d) for d in partial]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return partial + str((10 - total % 10) % 10)
