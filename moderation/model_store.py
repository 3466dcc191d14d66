"""Saving and loading model artifacts, with the checks that make a bad artifact a loud error.

A model directory ``models/<version>/`` holds ``model.joblib`` (the fitted pipeline) and
``metadata.json`` (version, sha256 of the model file, library versions, feature version,
thresholds, metrics). ``models/CURRENT`` names the default version. ``load_model`` refuses
a missing, corrupt, tampered or incompatible artifact with ``ModelError``; it never falls
back to running without a model.

The sha256 check guards against corruption and accidental edits, not against an attacker
who can rewrite both files: only load models from a directory you control.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from moderation.config import Thresholds
from moderation.errors import ModelError
from moderation.types import CATEGORIES

MODEL_FILE = "model.joblib"
METADATA_FILE = "metadata.json"
CURRENT_FILE = "CURRENT"


def default_models_root() -> Path:
    """``models/`` next to the ``moderation`` package (the repository root when run from a checkout)."""
    return Path(__file__).resolve().parent.parent / "models"


def default_model_dir(root: str | os.PathLike[str] | None = None) -> Path:
    """The directory named by ``<root>/CURRENT``; ``ModelError`` when there is none."""
    root = Path(root) if root is not None else default_models_root()
    pointer = root / CURRENT_FILE
    try:
        version = pointer.read_text(encoding="utf-8").strip()
    except FileNotFoundError as exc:
        raise ModelError(f"no current model: {pointer} does not exist") from exc
    if not version or "/" in version or "\\" in version or version.startswith("."):
        raise ModelError(f"{pointer} must name a model directory, got {version!r}")
    model_dir = root / version
    if not model_dir.is_dir():
        raise ModelError(f"{pointer} names {version!r}, but {model_dir} is not a directory")
    return model_dir


def library_versions() -> dict[str, str]:
    import numpy
    import scipy
    import sklearn

    return {
        "python": platform.python_version(),
        "sklearn": sklearn.__version__,
        "numpy": numpy.__version__,
        "scipy": scipy.__version__,
    }


def sha256_file(path: str | os.PathLike[str]) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def save_model(
    pipeline: Any,
    out_dir: str | os.PathLike[str],
    version: str,
    thresholds: Mapping[str, Mapping[str, float]],
    extra_metadata: Mapping[str, Any] | None = None,
) -> Path:
    """Write ``model.joblib`` and ``metadata.json`` to ``out_dir``; returns the directory."""
    import joblib

    from moderation.classifier import FEATURE_VERSION

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    model_path = out / MODEL_FILE
    joblib.dump(pipeline, model_path, compress=("zlib", 6))
    metadata: dict[str, Any] = dict(extra_metadata or {})
    metadata.update(
        {
            "version": version,
            "model_file": MODEL_FILE,
            "sha256": sha256_file(model_path),
            "feature_version": FEATURE_VERSION,
            "libraries": library_versions(),
            "thresholds": {
                c: {"block": float(t["block"]), "warn": float(t["warn"])} for c, t in thresholds.items()
            },
        }
    )
    (out / METADATA_FILE).write_text(
        json.dumps(metadata, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return out


def read_metadata(model_dir: str | os.PathLike[str]) -> dict[str, Any]:
    path = Path(model_dir) / METADATA_FILE
    try:
        metadata = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ModelError(f"model metadata not found: {path}") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ModelError(f"model metadata {path} is not valid JSON: {exc}") from exc
    if not isinstance(metadata, dict):
        raise ModelError(f"model metadata {path} must be a JSON object")
    for key in ("version", "sha256", "libraries", "thresholds", "feature_version"):
        if key not in metadata:
            raise ModelError(f"model metadata {path} lacks {key!r}")
    return metadata


def check_compatible(metadata: Mapping[str, Any]) -> None:
    """The model must come from the same sklearn major.minor and the same feature code."""
    from moderation.classifier import FEATURE_VERSION

    trained = str(metadata["libraries"].get("sklearn", ""))
    running = library_versions()["sklearn"]
    if _major_minor(trained) != _major_minor(running):
        raise ModelError(
            f"model {metadata['version']!r} was trained with scikit-learn {trained}; this is {running} "
            "(major.minor must match: retrain with `python -m training train`)"
        )
    if str(metadata["feature_version"]) != FEATURE_VERSION:
        raise ModelError(
            f"model {metadata['version']!r} uses feature version {metadata['feature_version']}, "
            f"this code computes version {FEATURE_VERSION}: retrain the model"
        )


def load_model(path: str | os.PathLike[str] | None = None):  # -> TrainedClassifier
    """Load a model from a model directory, a ``models/`` root with ``CURRENT``, or its ``model.joblib``.

    With no ``path``, loads ``default_model_dir()``. Raises ``ModelError`` on any problem.
    """
    import joblib

    from moderation.classifier import TrainedClassifier

    if path is None:
        model_dir = default_model_dir()
    else:
        p = Path(path)
        if p.is_file():
            model_dir = p.parent
        elif (p / CURRENT_FILE).is_file() and not (p / METADATA_FILE).exists():
            model_dir = default_model_dir(p)
        elif p.is_dir():
            model_dir = p
        else:
            raise ModelError(f"model path not found: {p}")
    metadata = read_metadata(model_dir)
    model_path = model_dir / str(metadata.get("model_file", MODEL_FILE))
    if not model_path.is_file():
        raise ModelError(f"model file not found: {model_path}")
    actual = sha256_file(model_path)
    if actual != metadata["sha256"]:
        raise ModelError(
            f"model file {model_path} does not match its metadata (sha256 {actual[:12]}…, "
            f"expected {str(metadata['sha256'])[:12]}…): corrupt or modified, refusing to load"
        )
    check_compatible(metadata)
    try:
        thresholds = {
            c: Thresholds(block=float(t["block"]), warn=float(t["warn"]))
            for c, t in metadata["thresholds"].items()
        }
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"model metadata has invalid thresholds: {exc!r}") from exc
    try:
        pipeline = joblib.load(model_path)
        model = TrainedClassifier(pipeline, str(metadata["version"]), thresholds)
    except Exception as exc:  # unpickling can fail in many ways; all mean the same thing here
        raise ModelError(f"model file {model_path} could not be loaded: {exc!r}") from exc
    if set(model.categories) != set(CATEGORIES):
        raise ModelError(f"model predicts {model.categories}, expected {CATEGORIES}")
    return model


def _major_minor(version: str) -> tuple[str, ...]:
    return tuple(version.split(".")[:2])
