# SPDX-License-Identifier: Apache-2.0
"""The guard end to end with the real binary and the official OpenAI SDK: a value redacted in a
request never reaches the model, a blocked kind is a PermissionDeniedError, a streamed answer is
redacted as it flows, and `custos scan` finds and redacts on the command line."""

import json
import sqlite3
import subprocess

import openai
import pytest

from conftest import CUSTOS_BIN, Process, custos

SSN = "391-88-3549"


@pytest.fixture(scope="module")
def guarded(stack):
    config = stack["dir"] / "guarded.yaml"
    text = stack["config"].read_text().replace("path: ledger.db", "path: ledger-guard.db")
    text += "\nguard:\n  request: {US_SSN: redact, CREDIT_CARD: block}\n  response: {EMAIL: redact}\n"
    config.write_text(text)
    gateway = Process([CUSTOS_BIN, "serve", "--config", str(config)], env=stack["env"])
    client = openai.OpenAI(base_url=gateway.base_url + "/v1", api_key=stack["keys"]["alice"]["key"], max_retries=0)
    try:
        yield {"gateway": gateway, "client": client, "ledger": stack["dir"] / "ledger-guard.db"}
    finally:
        gateway.stop()


def test_a_redacted_value_never_reaches_the_model(guarded):
    answer = guarded["client"].chat.completions.create(
        model="fake-echo", messages=[{"role": "user", "content": f"my SSN is {SSN}, thanks"}])
    # The fake upstream echoes what it received.
    assert answer.choices[0].message.content == "echo: my SSN is [US_SSN], thanks"


def test_a_blocked_kind_is_a_permission_error(guarded):
    with pytest.raises(openai.PermissionDeniedError) as info:
        guarded["client"].chat.completions.create(
            model="fake-echo", messages=[{"role": "user", "content": "charge 4111 1111 1111 1111 please"}])
    assert info.value.code == "sensitive_data_blocked"
    assert "CREDIT_CARD" in info.value.message and "4111" not in info.value.message


def test_a_streamed_answer_is_redacted_as_it_flows(guarded):
    stream = guarded["client"].chat.completions.create(
        model="fake-echo", stream=True,
        messages=[{"role": "user", "content": "reply to jane.doe@example.com with the summary"}])
    text = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert text == "echo: reply to [EMAIL] with the summary"


def test_findings_are_recorded_without_values(guarded):
    guarded["client"].chat.completions.create(model="fake-echo", messages=[{"role": "user", "content": f"SSN {SSN}"}])
    with sqlite3.connect(guarded["ledger"]) as db:
        records = [json.loads(data) for (data,) in db.execute("SELECT data FROM ledger_entries ORDER BY idx")]
    assert not any(SSN in json.dumps(r) or "jane.doe" in json.dumps(r) for r in records)
    kinds = [r["findings"] for r in records if r.get("findings")]
    assert {"direction": "request", "kinds": {"US_SSN": 1}, "actions": {"US_SSN": "redact"}, "marking": None,
            "compartments": [], "controls": []} in kinds
    assert any(f["direction"] == "response" and f["actions"].get("EMAIL") == "redact" for f in kinds)


def test_custos_scan_finds_and_redacts(tmp_path):
    text = "SECRET//NOFORN\n(S//NF) Dr. Patel's SSN is 391-88-3549; key AKIAIOSFODNN7EXAMPLE.\n"
    found = subprocess.run([CUSTOS_BIN, "scan"], input=text, capture_output=True, text=True, check=True)
    kinds = [line.split("\t")[0] for line in found.stdout.splitlines()]
    assert kinds == ["CLASSIFICATION_MARKING", "PORTION_MARKING", "PERSON", "US_SSN", "AWS_ACCESS_KEY"]
    assert "classification: secret" in found.stderr
    redacted = subprocess.run([CUSTOS_BIN, "scan", "--redact"], input=text, capture_output=True, text=True, check=True)
    assert SSN not in redacted.stdout and "[US_SSN]" in redacted.stdout and "AKIA" not in redacted.stdout
    lines = tmp_path / "in.jsonl"
    lines.write_text(json.dumps({"id": "a", "text": "café ☕ 391-88-3549"}) + "\n")
    out = json.loads(custos("scan", "--jsonl", str(lines)).stdout)
    assert out["findings"] == [{"type": "US_SSN", "start": 7, "end": 18}] and out["id"] == "a"
