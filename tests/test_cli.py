"""The CLI contract that scripts depend on: JSON shapes, exit statuses, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from homsmap.cli import build_parser, main

RESOLVE_KEYS = {"query", "status", "id", "name", "name_ar", "kind", "lat", "lon", "adm1", "adm2", "adm3",
                "confidence", "candidates"}


def test_resolve_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["resolve", "--format", "json", "Ar Rastan", "Wazi'iya", "Beirut"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [o["status"] for o in out] == ["resolved", "ambiguous", "unknown"]
    for obj in out:
        assert set(obj) >= RESOLVE_KEYS
        for cand in obj["candidates"]:
            assert {"id", "name", "lat", "lon", "score"} <= set(cand)
    assert out[0]["id"] == "wof:421178433" and out[0]["adm2"] == "Ar-Rastan"
    assert len(out[1]["candidates"]) >= 3 and out[1]["id"] is None


def test_places_json_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "report.txt"
    doc.write_text("Rebels captured Talbiseh and al-Rastan, north of Homs.", encoding="utf-8")
    assert main(["places", "--format", "json", str(doc)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [(o["text"], o["id"]) for o in out] == [
        ("Talbiseh", "wof:421178429"), ("al-Rastan", "wof:421178433"), ("Homs", "wof:421168647")]
    text = doc.read_text(encoding="utf-8")
    for obj in out:
        assert text[obj["start"]:obj["end"]] == obj["text"]
        assert set(obj) >= RESOLVE_KEYS


@pytest.mark.parametrize("argv", [
    ["resolve", ""], ["resolve", "x" * 10_000], ["resolve", "Homs\x07"],
    ["places", "/no/such/file.txt"], ["resolve", "--gazetteer", "/no/such/dir", "Homs"], ["bogus"],
])
def test_bad_input_exits_2_with_one_line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err and err[-1].startswith("homsmap: ")
    assert "Traceback" not in "\n".join(err)


def test_binary_and_non_utf8_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    binary = tmp_path / "a.bin"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    latin = tmp_path / "b.txt"
    latin.write_bytes("Homs\ncaf\xe9".encode("latin-1"))
    assert main(["places", str(binary)]) == 2
    assert "a.bin: binary file" in capsys.readouterr().err
    assert main(["places", str(latin)]) == 2
    assert "b.txt:2: not UTF-8" in capsys.readouterr().err


def test_gazetteer_info_and_build_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["gazetteer", "info", "--format", "json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["places"] > 10_000 and info["by_kind"]["governorate"] == 14
    assert main(["gazetteer", "build", "--reference", str(tmp_path), "--out", str(tmp_path / "o")]) == 2
    assert "reference data missing" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_every_command_documents_its_options(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--help"], ["resolve", "--help"], ["places", "--help"], ["gazetteer", "build", "--help"],
                 ["gazetteer", "info", "--help"]):
        assert main(argv) == 0
        assert "usage: homsmap" in capsys.readouterr().out
    parser = build_parser()
    assert parser.prog == "homsmap"


def test_reader_closing_the_pipe_early_is_not_an_error() -> None:
    """`homsmap events --format json | head -c 100`: exit 0 and nothing on stderr."""
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-m", "homsmap.cli", "events", "--format", "json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.read(100)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 0, err
    assert first.startswith(b"[") and err == ""
