import json
import subprocess
import sys

from moderation.cli import main


def test_check_prints_decision_json(capsys):
    assert main(["check", "Pakk on teel, jälgimisnumber CE123456785EE.", "--lang", "et"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["decision"] == "allow"
    assert out["language"] == "et"


def test_check_invalid_input_exit_code(capsys):
    assert main(["check", "   "]) == 2
    err = json.loads(capsys.readouterr().err)
    assert err["error"]["code"] == "invalid_input"


def test_batch_keeps_ids_and_reports_bad_lines(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Helista mulle +372 5123 4567"}),
        "{not json",
        json.dumps({"id": "c"}),
        json.dumps({"id": "d", "text": 5}),
        json.dumps({"id": "e", "text": "x" * 30_000}),
        json.dumps(["not", "an", "object"]),
        "",
        json.dumps({
            "id": 7, "lang": "et", "context": "Kus mu pakk on?",
            "text": "Pakk anti eile kullerile üle, jälgimisnumber CE123456785EE, kohale jõuab reedel.",
        }),
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dst = tmp_path / "out.jsonl"
    assert main(["batch", str(src), "-o", str(dst)]) == 1
    records = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 7
    assert records[0]["id"] == "a" and records[0]["decision"] == "block"
    assert records[1]["error"]["line"] == 2 and "invalid JSON" in records[1]["error"]["message"]
    assert records[2]["id"] == "c" and "missing field 'text'" in records[2]["error"]["message"]
    assert records[3]["error"]["field"] == "text"
    assert records[4]["error"]["code"] == "input_too_large"
    assert "JSON object" in records[5]["error"]["message"]
    assert records[6]["id"] == "7" and records[6]["decision"] == "allow"
    assert "7 lines: 2 ok, 5 failed" in capsys.readouterr().err


def test_console_script_runs_as_a_user_would():
    proc = subprocess.run(
        [sys.executable, "-m", "moderation", "check", "email me: anna dot k at gmail dot com"],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["decision"] == "block"
    assert any(f["kind"] == "email" for f in out["findings"])


def test_broken_model_is_a_clear_error(tmp_path, capsys):
    bad = tmp_path / "model"
    bad.mkdir()
    (bad / "metadata.json").write_text("{not json", encoding="utf-8")
    assert main(["--model", str(bad), "check", "Tere"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("moderation: error:") and "Traceback" not in err


def test_no_model_runs_rules_alone(capsys):
    assert main(["--no-model", "check", "Helista +372 5123 4567"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["decision"] == "block" and out["model_version"] is None
