# SPDX-License-Identifier: Apache-2.0
"""An auditor's check of the ledger with public tools only (hashlib, cryptography, sqlite3):
no Custos code verifies anything here, so these tests cross-check the Swift implementation."""

import base64
import hashlib
import json
import signal
import sqlite3
import time

import openai
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from conftest import CUSTOS_BIN, Process, wait_for


def leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def merkle_root(leaves):
    """RFC 9162 § 2.1.1, written from the definition."""
    if not leaves:
        return hashlib.sha256(b"").digest()
    if len(leaves) == 1:
        return leaves[0]
    k = 1
    while k * 2 < len(leaves):
        k *= 2
    return hashlib.sha256(b"\x01" + merkle_root(leaves[:k]) + merkle_root(leaves[k:])).digest()


def verify_checkpoint(note: str, vkey: str):
    """C2SP signed-note + tlog-checkpoint, Ed25519. Returns (origin, size, root)."""
    name, key_id_hex, key_b64 = vkey.split("+", 2)
    key = base64.b64decode(key_b64)
    assert key[0] == 0x01 and len(key) == 33
    assert hashlib.sha256(name.encode() + b"\n" + key).digest()[:4].hex() == key_id_hex
    text, _, signatures = note.rpartition("\n\n")
    text += "\n"
    verified = False
    for line in signatures.splitlines():
        dash, signer, sig_b64 = line.split(" ")
        assert dash == "\u2014"
        raw = base64.b64decode(sig_b64)
        if signer == name and raw[:4].hex() == key_id_hex:
            Ed25519PublicKey.from_public_bytes(key[1:]).verify(raw[4:], text.encode())  # raises if invalid
            verified = True
    assert verified, "no signature by the log's key"
    origin, size, root = text.splitlines()[:3]
    return origin, int(size), base64.b64decode(root)


def ledger_rows(path):
    with sqlite3.connect(path) as db:
        entries = [row[0] for row in db.execute("SELECT data FROM ledger_entries ORDER BY idx")]
        checkpoints = list(db.execute("SELECT tree_size, note FROM ledger_checkpoints ORDER BY tree_size"))
    return entries, checkpoints


def test_an_auditor_verifies_the_ledger_with_public_tools(stack, client):
    for n in range(3):
        client.chat.completions.create(model="fake-echo", messages=[{"role": "user", "content": f"audit me {n}"}])
    ledger = stack["dir"] / "ledger.db"
    # The checkpoint interval is 200 ms in the test configuration.
    assert wait_for(lambda: ledger_rows(ledger)[1] and ledger_rows(ledger)[1][-1][0] == len(ledger_rows(ledger)[0]))
    entries, checkpoints = ledger_rows(ledger)
    size, note = checkpoints[-1]
    origin, signed_size, root = verify_checkpoint(note, stack["verifier_key"])
    assert origin == "custos.test/integration" and signed_size == size == len(entries)
    assert merkle_root([leaf_hash(e) for e in entries]) == root
    # Every earlier checkpoint is a prefix of today's log (no history was rewritten).
    for earlier_size, earlier_note in checkpoints:
        _, n, earlier_root = verify_checkpoint(earlier_note, stack["verifier_key"])
        assert merkle_root([leaf_hash(e) for e in entries[:n]]) == earlier_root
    for position, data in enumerate(entries):
        record = json.loads(data)
        # RFC 8785 for these records: sorted keys, no whitespace, no escaping of non-ASCII.
        assert json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode() == data
        # Each start of the gateway writes the policy set it enforces; then calls.
        assert record["event"] in ("REQUEST", "RESPONSE", "REJECTED") or (record["event"] == "POLICY_SET" and position == 0)
        assert "audit me" not in data.decode()


def test_sigterm_signs_a_final_checkpoint(stack):
    config = stack["dir"] / "final.yaml"
    config.write_text(stack["config"].read_text().replace("path: ledger.db", "path: ledger-final.db")
                      .replace("checkpoint_interval: 200ms", "checkpoint_interval: 1h"))
    gateway = Process([CUSTOS_BIN, "serve", "--config", str(config)], env=stack["env"])
    client = openai.OpenAI(base_url=gateway.base_url + "/v1", api_key=stack["keys"]["alice"]["key"], max_retries=0)
    client.chat.completions.create(model="fake-echo", messages=[{"role": "user", "content": "last words"}])
    assert gateway.stop(signal.SIGTERM) == 0
    entries, checkpoints = ledger_rows(stack["dir"] / "ledger-final.db")
    # With an hour between periodic checkpoints, only the shutdown checkpoint can cover these records.
    assert len(entries) == 3 and checkpoints and checkpoints[-1][0] == 3
    _, size, root = verify_checkpoint(checkpoints[-1][1], stack["verifier_key"])
    assert size == 3 and merkle_root([leaf_hash(e) for e in entries]) == root


def test_custos_verify_over_http(stack, client, tmp_path):
    from conftest import custos

    client.chat.completions.create(model="fake-echo", messages=[{"role": "user", "content": "verify me"}])
    auditor = json.loads(custos("keys", "create", "--config", str(stack["config"]), "--tenant", "agency-a",
                                "--principal", "audra", "--json").stdout)["key"]
    env = {"CUSTOS_API_KEY": auditor}
    saved = tmp_path / "checkpoint"
    args = ["verify", "--url", stack["gateway"].base_url + "/ledger", "--vkey", stack["verifier_key"]]
    first = custos(*args, "--entries", "--save", str(saved), env=env)
    assert first.stdout.startswith("ok: custos.test/integration size ")
    assert "records checked" in first.stdout
    client.chat.completions.create(model="fake-echo", messages=[{"role": "user", "content": "and me"}])
    assert wait_for(lambda: "extends the saved checkpoint" in custos(*args, "--since", str(saved), env=env).stdout
                    and json_size(custos(*args, env=env).stdout) > json_size(first.stdout))
    # A checkpoint from a different log (another key) is refused with the verification exit code.
    other = custos(*args[:-1], "custos.test/integration+00000000+AQ" + "A" * 42 + "=", env=env, check=False)
    assert other.returncode != 0
    denied = custos(*args, env={"CUSTOS_API_KEY": stack["keys"]["bob"]["key"]}, check=False)
    assert denied.returncode == 1 and "auditor" in denied.stderr


def json_size(line: str) -> int:
    return int(line.split(" size ")[1].split()[0])
