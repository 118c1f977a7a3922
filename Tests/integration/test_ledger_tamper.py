# SPDX-License-Identifier: Apache-2.0
"""Tamper test: an insider edits, deletes, reorders or truncates rows of the ledger's SQLite file;
`custos verify` fails (exit 5) and names the first bad index. Over HTTP, an edited record is named too."""

import hashlib
import json
import re
import sqlite3

import openai
import pytest

from conftest import CUSTOS_BIN, Process, custos, wait_for

VERIFICATION_FAILED = 5


@pytest.fixture(scope="module")
def recorded_ledger(stack):
    """A ledger of 40 calls (the POLICY_SET record, then 80 call records), closed with a final
    checkpoint on SIGTERM."""
    config = stack["dir"] / "tamper.yaml"
    config.write_text(stack["config"].read_text().replace("path: ledger.db", "path: ledger-tamper.db"))
    gateway = Process([CUSTOS_BIN, "serve", "--config", str(config)], env=stack["env"])
    client = openai.OpenAI(base_url=gateway.base_url + "/v1", api_key=stack["keys"]["alice"]["key"], max_retries=0)
    for n in range(40):
        client.chat.completions.create(model="fake-echo", messages=[{"role": "user", "content": f"call {n}"}])
    assert gateway.stop() == 0
    return stack["dir"] / "ledger-tamper.db"


def copy_of(ledger, tmp_path, name):
    target = tmp_path / f"{name}.db"
    with sqlite3.connect(ledger) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    return target


def verify_db(stack, path):
    return custos("verify", "--db", str(path), "--vkey", stack["verifier_key"], "--entries", check=False)


def leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def first_bad_index(result):
    match = re.search(r"\[first bad index: (\d+)\]", result.stderr)
    return int(match.group(1)) if match else None


def test_the_untouched_file_verifies(stack, recorded_ledger, tmp_path):
    result = verify_db(stack, copy_of(recorded_ledger, tmp_path, "honest"))
    assert result.returncode == 0, result.stderr
    assert "size 81 " in result.stdout and "81 records checked" in result.stdout
    assert "REQUEST without RESPONSE" not in result.stdout


def test_an_edited_record_is_named(stack, recorded_ledger, tmp_path):
    path = copy_of(recorded_ledger, tmp_path, "edited")
    with sqlite3.connect(path) as db:
        (data,) = db.execute("SELECT data FROM ledger_entries WHERE idx = 38").fetchone()  # a RESPONSE
        forged = bytes(data).replace(b'"status":200', b'"status":403')
        assert forged != bytes(data)
        db.execute("UPDATE ledger_entries SET data = ? WHERE idx = 38", (forged,))
    result = verify_db(stack, path)
    assert result.returncode == VERIFICATION_FAILED, result.stderr
    assert "entry 38 was altered" in result.stderr and first_bad_index(result) == 38


def test_a_record_edited_with_its_leaf_hash_fails_the_signed_root(stack, recorded_ledger, tmp_path):
    path = copy_of(recorded_ledger, tmp_path, "rehashed")
    with sqlite3.connect(path) as db:
        forged = json.dumps({"event": "RESPONSE", "status": 200}).encode()
        db.execute("UPDATE ledger_entries SET data = ?, leaf_hash = ? WHERE idx = 37", (forged, leaf_hash(forged)))
        signed = [size for (size,) in db.execute("SELECT tree_size FROM ledger_checkpoints ORDER BY tree_size")]
    result = verify_db(stack, path)
    assert result.returncode == VERIFICATION_FAILED, result.stderr
    low = max([0] + [size for size in signed if size <= 37])
    assert first_bad_index(result) == low and low <= 37, result.stderr


def test_a_deleted_record_is_named(stack, recorded_ledger, tmp_path):
    path = copy_of(recorded_ledger, tmp_path, "deleted")
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM ledger_entries WHERE idx = 12")
    result = verify_db(stack, path)
    assert result.returncode == VERIFICATION_FAILED, result.stderr
    assert "entry 12 is missing" in result.stderr and first_bad_index(result) == 12


def test_reordered_records_fail_the_signed_root(stack, recorded_ledger, tmp_path):
    path = copy_of(recorded_ledger, tmp_path, "reordered")
    with sqlite3.connect(path) as db:
        db.execute("UPDATE ledger_entries SET idx = -1 WHERE idx = 20")
        db.execute("UPDATE ledger_entries SET idx = 20 WHERE idx = 21")
        db.execute("UPDATE ledger_entries SET idx = 21 WHERE idx = -1")
    result = verify_db(stack, path)
    assert result.returncode == VERIFICATION_FAILED, result.stderr
    assert "are not what the checkpoint" in result.stderr and first_bad_index(result) <= 20


def test_a_truncated_ledger_is_named(stack, recorded_ledger, tmp_path):
    path = copy_of(recorded_ledger, tmp_path, "truncated")
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM ledger_entries WHERE idx >= 70")
    result = verify_db(stack, path)
    assert result.returncode == VERIFICATION_FAILED, result.stderr
    assert "entries 70..<81 were deleted" in result.stderr and first_bad_index(result) == 70


def test_truncating_checkpoints_too_is_caught_against_a_saved_checkpoint(stack, recorded_ledger, tmp_path):
    saved = tmp_path / "saved.checkpoint"
    honest = verify_db(stack, copy_of(recorded_ledger, tmp_path, "before"))
    assert honest.returncode == 0
    custos("verify", "--db", str(copy_of(recorded_ledger, tmp_path, "save")), "--vkey", stack["verifier_key"], "--save", str(saved))
    path = copy_of(recorded_ledger, tmp_path, "cut")
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM ledger_entries WHERE idx >= 70")
        db.execute("DELETE FROM ledger_checkpoints WHERE tree_size > 70")
    result = custos("verify", "--db", str(path), "--vkey", stack["verifier_key"], "--since", str(saved), check=False)
    assert result.returncode == VERIFICATION_FAILED, result.stderr
    assert "shrank from 81" in result.stderr


def test_an_edited_record_is_named_over_http(stack, recorded_ledger, tmp_path):
    # The gateway serves what its store holds; the verifier judges it against the tiles.
    path = copy_of(recorded_ledger, tmp_path, "served")
    config = stack["dir"] / "tamper-served.yaml"
    config.write_text(stack["config"].read_text().replace("path: ledger.db", f"path: {path}"))
    gateway = Process([CUSTOS_BIN, "serve", "--config", str(config)], env=stack["env"])
    try:
        auditor = json.loads(custos("keys", "create", "--config", str(config), "--tenant", "agency-a",
                                    "--principal", "audra", "--json").stdout)["key"]
        with sqlite3.connect(path) as db:
            db.execute("UPDATE ledger_entries SET data = CAST('{}' AS BLOB) WHERE idx = 5")
        result = custos("verify", "--url", gateway.base_url + "/ledger", "--vkey", stack["verifier_key"], "--entries",
                        env={"CUSTOS_API_KEY": auditor}, check=False)
        assert result.returncode == VERIFICATION_FAILED, result.stderr
        assert "entry 5 does not hash to its leaf" in result.stderr and first_bad_index(result) == 5
    finally:
        gateway.stop()
