"""API keys: made here, shown once, stored only as a SHA-256 hash.

Why SHA-256 and not bcrypt: a key is 32 random bytes (256 bits) from ``secrets``, not a
human password, so there is nothing to brute-force from a leaked hash and no need for a
slow hash; a fast hash lets every request be checked without a CPU cost.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from api.models import ApiKey

ROLES = ("service", "reviewer", "admin")
KEY_PREFIX = "mk_"


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling: what the request handlers see after authentication (never the key)."""

    key_id: str
    name: str
    role: str

    def may(self, role: str) -> bool:
        """``admin`` may do everything; other roles only their own."""
        return self.role == "admin" or self.role == role


def new_key() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(32)


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def create_key(engine: Engine, role: str, name: str) -> tuple[int, str]:
    """Store a new key's hash; return (id, key). The key itself exists only in the return value."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    key = new_key()
    with Session(engine) as session, session.begin():
        row = ApiKey(name=name, hash=hash_key(key), role=role, created_at=datetime.now(UTC))
        session.add(row)
        session.flush()
        key_id = row.id
    return key_id, key


def list_keys(engine: Engine) -> list[dict[str, object]]:
    with Session(engine) as session:
        rows = session.scalars(select(ApiKey).order_by(ApiKey.id)).all()
        return [
            {
                "id": r.id,
                "name": r.name,
                "role": r.role,
                "created_at": r.created_at.isoformat(),
                "revoked_at": r.revoked_at.isoformat() if r.revoked_at else None,
            }
            for r in rows
        ]


def revoke_key(engine: Engine, key_id: int) -> bool:
    with Session(engine) as session, session.begin():
        result = session.execute(
            update(ApiKey)
            .where(ApiKey.id == key_id, ApiKey.revoked_at.is_(None))
            .values(revoked_at=datetime.now(UTC))
        )
        return result.rowcount == 1


class KeyCache:
    """Active key hashes, refreshed from the database at most every ``ttl_s`` seconds.

    Authentication must not depend on the database answering on every request (the
    pre-send path has to keep working when storage is down), so each worker keeps the
    last good copy; a revoked key stops working within ``ttl_s``.
    """

    def __init__(self, engine: Engine | None, ttl_s: float, static: Iterable[Mapping[str, str]] = ()) -> None:
        self._engine = engine
        self._ttl_s = ttl_s
        self._static: dict[str, tuple[str, Principal]] = {}
        for k in static:
            digest, name = str(k["sha256"]).lower(), str(k.get("name", "bootstrap"))
            if k.get("role") not in ROLES:
                raise ValueError(f"API_KEYS entry {name!r}: role must be one of {', '.join(ROLES)}")
            self._static[digest] = (digest, Principal(f"static:{name}", name, str(k["role"])))
        self._keys: dict[str, tuple[str, Principal]] = {}
        self._loaded_at = float("-inf")
        self._lock = threading.Lock()

    def refresh(self) -> bool:
        """Reload from the database; keep the old copy on failure. Returns whether it worked."""
        if self._engine is None:
            return False
        try:
            with Session(self._engine) as session:
                rows = session.execute(
                    select(ApiKey.id, ApiKey.name, ApiKey.hash, ApiKey.role).where(
                        ApiKey.revoked_at.is_(None)
                    )
                ).all()
        except Exception:  # noqa: BLE001 - a storage failure keeps the last good copy
            self._loaded_at = time.monotonic()  # retry after a full TTL, not on every request
            return False
        self._keys = {h: (h, Principal(str(i), n, r)) for i, n, h, r in rows}
        self._loaded_at = time.monotonic()
        return True

    def lookup(self, key: str) -> Principal | None:
        if time.monotonic() - self._loaded_at > self._ttl_s:
            with self._lock:
                if time.monotonic() - self._loaded_at > self._ttl_s:
                    self.refresh()
        digest = hash_key(key)
        for table in (self._keys, self._static):
            found = table.get(digest)
            # The dict lookup finds the candidate; compare_digest makes the final check constant-time.
            if found is not None and hmac.compare_digest(found[0], digest):
                return found[1]
        return None
