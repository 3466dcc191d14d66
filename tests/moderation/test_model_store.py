import json
from pathlib import Path

import numpy as np
import pytest

from moderation.errors import ModelError
from moderation.model_store import (
    CURRENT_FILE,
    METADATA_FILE,
    MODEL_FILE,
    default_model_dir,
    load_model,
    save_model,
)
from moderation.types import CATEGORIES
from tests.training.tiny import THRESHOLDS, inputs, tiny_corpus, tiny_model


@pytest.fixture(scope="module")
def saved(tmp_path_factory) -> Path:
    model = tiny_model()
    out = tmp_path_factory.mktemp("models")
    thresholds = {c: {"block": t.block, "warn": t.warn} for c, t in THRESHOLDS.items()}
    save_model(model.pipeline, out / "v1", "v1", thresholds, {"metrics": {}})
    (out / CURRENT_FILE).write_text("v1\n")
    return out


def copy_dir(src: Path, dst: Path) -> Path:
    dst.mkdir()
    for f in src.iterdir():
        (dst / f.name).write_bytes(f.read_bytes())
    return dst


def test_round_trip_gives_the_same_scores(saved):
    loaded = load_model(saved / "v1")
    records = inputs(tiny_corpus())[:100]
    assert np.array_equal(loaded.predict_proba(records), tiny_model().predict_proba(records))
    assert loaded.version == "v1"
    assert loaded.thresholds == THRESHOLDS


@pytest.mark.parametrize("how", ["root", "dir", "file"])
def test_load_from_root_dir_or_file(saved, how):
    path = {"root": saved, "dir": saved / "v1", "file": saved / "v1" / MODEL_FILE}[how]
    assert load_model(path).version == "v1"
    assert default_model_dir(saved) == saved / "v1"


def test_tampered_model_is_refused(saved, tmp_path):
    d = copy_dir(saved / "v1", tmp_path / "v1")
    data = bytearray((d / MODEL_FILE).read_bytes())
    data[len(data) // 2] ^= 0x01
    (d / MODEL_FILE).write_bytes(bytes(data))
    with pytest.raises(ModelError, match="does not match"):
        load_model(d)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda m: m["libraries"].update(sklearn="0.24.2"), "scikit-learn"),
        (lambda m: m.update(feature_version="0"), "feature version"),
        (lambda m: m.pop("sha256"), "lacks"),
        (lambda m: m.update(thresholds={"marketing": {"block": "x"}}), "thresholds"),
    ],
)
def test_incompatible_metadata_is_refused(saved, tmp_path, edit, message):
    d = copy_dir(saved / "v1", tmp_path / "v1")
    meta = json.loads((d / METADATA_FILE).read_text())
    edit(meta)
    (d / METADATA_FILE).write_text(json.dumps(meta))
    with pytest.raises(ModelError, match=message):
        load_model(d)


def test_missing_and_corrupt_artifacts_are_refused(saved, tmp_path):
    with pytest.raises(ModelError):
        load_model(tmp_path / "nowhere")
    d = copy_dir(saved / "v1", tmp_path / "v1")
    (d / METADATA_FILE).write_text("{not json")
    with pytest.raises(ModelError, match="not valid JSON"):
        load_model(d)
    (d / METADATA_FILE).unlink()
    with pytest.raises(ModelError, match="metadata not found"):
        load_model(d)


@pytest.mark.parametrize("pointer", ["", "../etc", ".hidden", "missing"])
def test_bad_current_pointer_is_refused(tmp_path, pointer):
    (tmp_path / CURRENT_FILE).write_text(pointer)
    with pytest.raises(ModelError):
        default_model_dir(tmp_path)


def test_no_current_pointer_is_an_error(tmp_path):
    with pytest.raises(ModelError, match="no current model"):
        default_model_dir(tmp_path)


def test_the_shipped_default_model_loads_and_is_small():
    model = load_model()
    assert set(model.categories) == set(CATEGORIES)
    assert all(0 <= t.warn <= t.block for t in model.thresholds.values())
    assert (default_model_dir() / MODEL_FILE).stat().st_size < 5_000_000
    scores = model.score("Tere! Pakk on teel.", None, (), "et")
    assert set(scores) == set(CATEGORIES)
