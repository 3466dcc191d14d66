"""Corpus files: JSONL read/write, a content hash, the grouped train/test split, model inputs."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from tqdm import tqdm

from moderation.classifier import ModelInput
from moderation.types import CATEGORIES, Finding

DEFAULT_DATA = Path(__file__).resolve().parent / "data" / "corpus.jsonl"
REQUIRED = ("id", "lang", "text", "context", "labels", "source")
Finder = Callable[[str], Sequence[Finding]]


@dataclass(frozen=True, slots=True)
class Corpus:
    rows: tuple[dict, ...]

    @property
    def labels(self) -> np.ndarray:
        """``(n, len(CATEGORIES))`` 0/1 matrix."""
        return np.array([[int(c in r["labels"]) for c in CATEGORIES] for r in self.rows], dtype=np.int64)

    @property
    def groups(self) -> np.ndarray:
        return np.array([r["source"] for r in self.rows])

    @property
    def languages(self) -> np.ndarray:
        return np.array([r["lang"] for r in self.rows])

    def subset(self, index: Iterable[int]) -> Corpus:
        return Corpus(tuple(self.rows[i] for i in index))


def write_jsonl(rows: Iterable[dict], path: str | os.PathLike[str]) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    return path


def read_corpus(path: str | os.PathLike[str] = DEFAULT_DATA) -> Corpus:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            row = json.loads(line)
            missing = [k for k in REQUIRED if k not in row]
            if missing:
                raise ValueError(f"{path}:{lineno}: missing {missing}")
            unknown = set(row["labels"]) - set(CATEGORIES)
            if unknown:
                raise ValueError(f"{path}:{lineno}: unknown labels {sorted(unknown)}")
            rows.append(row)
    return Corpus(tuple(rows))


def data_hash(path: str | os.PathLike[str]) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def group_split(corpus: Corpus, test_fraction: float = 0.2, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Split by ``source``: every example of a template lands on the same side.

    A source goes to the test side when a seeded hash of it falls under ``test_fraction``,
    so the split is stable when other templates are added or removed.
    """

    def in_test(source: str) -> bool:
        h = hashlib.sha256(f"{seed}:{source}".encode()).digest()
        return int.from_bytes(h[:4], "big") / 2**32 < test_fraction

    test_mask = np.array([in_test(s) for s in corpus.groups])
    return np.flatnonzero(~test_mask), np.flatnonzero(test_mask)


def compute_findings(
    corpus: Corpus, finder: Finder | None, progress: bool = True
) -> list[tuple[Finding, ...]]:
    """The rule findings of every row, computed once (none without a finder)."""
    if finder is None:
        return [() for _ in corpus.rows]
    rows = tqdm(corpus.rows, desc="findings", unit="msg", disable=not progress)
    return [tuple(finder(r["text"])) for r in rows]


def model_inputs(corpus: Corpus, findings: Sequence[Sequence[Finding]]) -> list[ModelInput]:
    return [
        ModelInput.build(r["text"], r.get("context"), f, r["lang"])
        for r, f in zip(corpus.rows, findings, strict=True)
    ]
