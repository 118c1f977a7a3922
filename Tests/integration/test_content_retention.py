# SPDX-License-Identifier: Apache-2.0
"""Content retention end to end with the real binary: a tenant's prompts and answers are sealed,
an auditor with the exported key opens one against the signed ledger, and after
`custos ledger shred` the content is unreadable while `custos verify` still passes."""

import hashlib
import json
import re
import sqlite3

import openai
import pytest

from conftest import CUSTOS_BIN, Process, custos, wait_for

NOT_FOUND, VERIFICATION_FAILED = 4, 5


@pytest.fixture(scope="module")
def retaining(stack):
    directory = stack["dir"]
    custos("keys", "content-init", "--out", str(directory / "content.key"))
    config = directory / "retaining.yaml"
    text = stack["config"].read_text().replace("path: ledger.db", "path: ledger-retain.db")
    text = text.replace("checkpoint_interval: 200ms}",
                        "checkpoint_interval: 200ms, content: {sqlite: {path: content.db}, master_key: {file: content.key}}}")
    text = text.replace("  - id: agency-a\n", "  - id: agency-a\n    retain_content: true\n")
    config.write_text(text)
    gateway = Process([CUSTOS_BIN, "serve", "--config", str(config)], env=stack["env"])
    auditor = json.loads(custos("keys", "create", "--config", str(config), "--tenant", "agency-a",
                                "--principal", "audra", "--json").stdout)["key"]
    try:
        yield {"gateway": gateway, "config": config, "auditor": auditor}
    finally:
        gateway.stop()


def content_cli(stack, retaining, index, keys_file, *extra):
    return custos("ledger", "content", "--url", retaining["gateway"].base_url + "/ledger", "--vkey", stack["verifier_key"],
                  "--index", str(index), "--keys", str(keys_file), *extra, env={"CUSTOS_API_KEY": retaining["auditor"]}, check=False)


def signed(stack, retaining, size):
    """Whether the ledger verifies with a signed checkpoint covering at least `size` entries."""
    result = custos("verify", "--url", retaining["gateway"].base_url + "/ledger", "--vkey", stack["verifier_key"], "--entries",
                    env={"CUSTOS_API_KEY": retaining["auditor"]}, check=False)
    found = re.search(r"size (\d+) ", result.stdout)
    return result.returncode == 0 and found is not None and int(found.group(1)) >= size


def ledger_records(stack):
    with sqlite3.connect(stack["dir"] / "ledger-retain.db") as db:
        return [(idx, json.loads(data)) for idx, data in db.execute("SELECT idx, data FROM ledger_entries ORDER BY idx")]


def request_index(stack, request_id):
    return next(idx for idx, record in ledger_records(stack) if record.get("request_id") == request_id and record["event"] == "REQUEST")


def test_an_auditor_opens_retained_content_and_shredding_ends_it(stack, retaining, tmp_path):
    client = openai.OpenAI(base_url=retaining["gateway"].base_url + "/v1", api_key=stack["keys"]["alice"]["key"], max_retries=0)
    raw = client.chat.completions.with_raw_response.create(
        model="fake-echo", messages=[{"role": "user", "content": "the sealed prompt"}])
    answer = raw.parse()
    assert wait_for(lambda: signed(stack, retaining, 3), timeout=10)  # POLICY_SET, REQUEST, RESPONSE

    keys = tmp_path / "agency-a.keys"
    exported = custos("ledger", "export-key", "--config", str(retaining["config"]), "--tenant", "agency-a", "--out", str(keys))
    assert "wrote 1 key(s)" in exported.stdout

    request = content_cli(stack, retaining, 1, keys)
    assert request.returncode == 0, request.stderr
    assert json.loads(request.stdout)["messages"][0]["content"] == "the sealed prompt"
    assert "is in the signed ledger and matches its record" in request.stderr
    response = content_cli(stack, retaining, 2, keys, "--out", str(tmp_path / "answer.json"))
    assert response.returncode == 0, response.stderr
    assert json.loads((tmp_path / "answer.json").read_text())["id"] == answer.id

    # The content store never holds the prompt in the clear.
    assert b"the sealed prompt" not in (stack["dir"] / "content.db").read_bytes()

    # A key for another tenant opens nothing.
    wrong = tmp_path / "wrong.keys"
    wrong.write_text(keys.read_text().replace("+agency-a+", "+agency-b+"))
    assert content_cli(stack, retaining, 1, wrong).returncode == NOT_FOUND

    refused = custos("ledger", "shred", "--config", str(retaining["config"]), "--tenant", "agency-a", check=False)
    assert refused.returncode != 0 and "--yes" in refused.stderr
    shred = custos("ledger", "shred", "--config", str(retaining["config"]), "--tenant", "agency-a", "--yes")
    assert "2 retained bodies are now unreadable" in shred.stdout
    again = custos("ledger", "shred", "--config", str(retaining["config"]), "--tenant", "agency-a", "--yes", check=False)
    assert again.returncode == NOT_FOUND and "already shredded" in again.stderr
    # The key file the auditor held before the shred still exists, but the operator's copy is gone.
    after = custos("ledger", "export-key", "--config", str(retaining["config"]), "--tenant", "agency-a",
                   "--out", str(tmp_path / "after.keys"), check=False)
    assert after.returncode == NOT_FOUND

    # Calls go on, under a fresh key; the ledger verifies, every proof intact.
    later = client.chat.completions.with_raw_response.create(model="fake-echo", messages=[{"role": "user", "content": "after the shred"}])
    index = request_index(stack, later.headers["x-request-id"])
    assert wait_for(lambda: signed(stack, retaining, index + 2), timeout=10)
    fresh = tmp_path / "fresh.keys"
    custos("ledger", "export-key", "--config", str(retaining["config"]), "--tenant", "agency-a", "--out", str(fresh))
    assert fresh.read_text().split("+")[2] != keys.read_text().split("+")[2]
    assert content_cli(stack, retaining, 1, fresh).returncode == NOT_FOUND
    assert content_cli(stack, retaining, index, fresh).returncode == 0

    # Each time the auditor's tool fetched content, the ledger recorded who read what; no record
    # holds the content itself.
    reads = [record for _, record in ledger_records(stack) if record["event"] == "CONTENT_READ"]
    served = [(r["source"]["principal"], r["content"]["part"]) for r in reads if r["outcome"] == "served"]
    assert ("audra", "request") in served and ("audra", "response") in served
    assert all(r["source"]["tenant"] == "agency-a" and r["status"] in (200, 404) for r in reads)
    assert not any("sealed prompt" in json.dumps(r) for r in reads)


def test_content_altered_in_the_store_fails_the_auditors_check(stack, retaining, tmp_path):
    client = openai.OpenAI(base_url=retaining["gateway"].base_url + "/v1", api_key=stack["keys"]["alice"]["key"], max_retries=0)
    raw = client.chat.completions.with_raw_response.create(model="fake-echo", messages=[{"role": "user", "content": "x"}])
    request_id = raw.headers["x-request-id"]
    index = request_index(stack, request_id)
    assert wait_for(lambda: signed(stack, retaining, index + 2), timeout=10)
    keys = tmp_path / "k.keys"
    custos("ledger", "export-key", "--config", str(retaining["config"]), "--tenant", "agency-a", "--out", str(keys))
    assert content_cli(stack, retaining, index, keys).returncode == 0
    with sqlite3.connect(stack["dir"] / "content.db") as db:
        (sealed,) = db.execute("SELECT sealed FROM content WHERE request_id = ? AND part = 'request'", (request_id,)).fetchone()
        forged = bytes(sealed[:-1]) + bytes([sealed[-1] ^ 1])
        db.execute("UPDATE content SET sealed = ? WHERE request_id = ? AND part = 'request'", (forged, request_id))
    result = content_cli(stack, retaining, index, keys)
    assert result.returncode == VERIFICATION_FAILED, result.stderr
    assert "does not match its ledger record" in result.stderr
    assert hashlib.sha256(forged).hexdigest() in result.stderr
