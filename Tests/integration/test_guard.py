# SPDX-License-Identifier: Apache-2.0
"""The guard end to end with the real binary and the official OpenAI SDK: a value redacted in a
request never reaches the model, a blocked kind is a PermissionDeniedError, a streamed answer is
redacted as it flows, and `custos scan` finds and redacts on the command line."""

import json
import random
import sqlite3
import string
import subprocess

import openai
import pytest

from conftest import CUSTOS_BIN, REPO, Process, custos

SSN = "391-88-3549"


@pytest.fixture(scope="module")
def guarded(stack):
    config = stack["dir"] / "guarded.yaml"
    text = stack["config"].read_text().replace("path: ledger.db", "path: ledger-guard.db")
    text += ("\nguard:\n  request: {US_SSN: redact, CREDIT_CARD: block, API_TOKEN: redact, PASSWORD: redact}\n"
             "  response: {EMAIL: redact, PRIVATE_KEY: redact}\n")
    config.write_text(text)
    gateway = Process([CUSTOS_BIN, "serve", "--config", str(config)], env=stack["env"])
    client = openai.OpenAI(base_url=gateway.base_url + "/v1", api_key=stack["keys"]["alice"]["key"], max_retries=0)
    try:
        yield {"gateway": gateway, "client": client, "ledger": stack["dir"] / "ledger-guard.db", "config": config}
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


def key_body(lines):
    """Base64 lines shaped like a key's body (no real key: the guard reads the PEM framing)."""
    rng = random.Random(7)
    alphabet = string.ascii_letters + string.digits + "+/"
    return ["".join(rng.choice(alphabet) for _ in range(64)) for _ in range(lines)]


@pytest.fixture(scope="module")
def keys_allowed(stack):
    """A gateway whose policies let credentials through (no `no-credentials-to-models`), whose
    guard records private keys in prompts and redacts them in answers."""
    policy = stack["dir"] / "allow-all.cedar"
    policy.write_text('@id("allow-all")\npermit (principal is User, action, resource);\n')
    config = stack["dir"] / "keys-allowed.yaml"
    text = stack["config"].read_text().replace("path: ledger.db", "path: ledger-keys.db")
    text = text.replace(str(REPO / "policies" / "default.cedar"), str(policy))
    assert str(policy) in text
    config.write_text(text + "\nguard:\n  response: {PRIVATE_KEY: redact}\n")
    gateway = Process([CUSTOS_BIN, "serve", "--config", str(config)], env=stack["env"])
    client = openai.OpenAI(base_url=gateway.base_url + "/v1", api_key=stack["keys"]["alice"]["key"], max_retries=0)
    try:
        yield client
    finally:
        gateway.stop()


def test_a_private_key_in_a_streamed_answer_never_leaves(keys_allowed):
    body = key_body(24)
    # Pasted into one line: the fake upstream streams it a line (a word) at a time.
    key = "-----BEGIN RSA PRIVATE KEY----- " + " ".join(body) + " -----END RSA PRIVATE KEY-----"
    stream = keys_allowed.chat.completions.create(
        model="fake-echo", stream=True, messages=[{"role": "user", "content": f"store {key} safely"}])
    pieces = [chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices]
    assert "".join(pieces) == "echo: store [PRIVATE_KEY] safely"
    assert len([piece for piece in pieces if piece]) >= 2
    assert not any(line in piece for piece in pieces for line in body)


def test_a_long_json_web_token_in_a_request_is_redacted_whole(guarded):
    header = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9"  # {"alg":"RS256","typ":"JWT"}
    token = header + ".eyJzdWIiOiIxMjM0NTY3ODkwIiwi" + "Zm9vYmFy" * 40 + "fQ." + "".join(key_body(6))[:342].replace("+", "-").replace("/", "_")
    assert len(token) > 600
    answer = guarded["client"].chat.completions.create(
        model="fake-echo", messages=[{"role": "user", "content": f"why is {token} rejected?"}])
    assert answer.choices[0].message.content == "echo: why is [API_TOKEN] rejected?"


def test_passwords_in_a_pasted_config_are_redacted_and_references_left(guarded):
    config = ('DB_HOST=10.0.0.5\nDB_PASSWORD=Sup3r-S3cret!\nCACHE_PASSWORD=${REDIS_PASSWORD}\n'
              'DATABASE_URL=postgres://app:Pa55w0rd@db.agency.gov/claims')
    answer = guarded["client"].chat.completions.create(
        model="fake-echo", messages=[{"role": "user", "content": f"why does this fail?\n{config}"}])
    assert answer.choices[0].message.content == (
        "echo: why does this fail?\nDB_HOST=10.0.0.5\nDB_PASSWORD=[PASSWORD]\nCACHE_PASSWORD=${REDIS_PASSWORD}\n"
        "DATABASE_URL=postgres://app:[PASSWORD]@db.agency.gov/claims")


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


def test_custos_scan_shows_what_a_configuration_would_do(guarded):
    # guard.request: {US_SSN: redact, CREDIT_CARD: block}; response: {EMAIL: redact}; others record.
    text = f"SSN {SSN}, card 4111 1111 1111 1111, mail jane.doe@example.com"
    found = subprocess.run([CUSTOS_BIN, "scan", "--config", str(guarded["config"])], input=text,
                           capture_output=True, text=True, check=True)
    assert [line.split("\t")[2] for line in found.stdout.splitlines()] == ["redact", "block", "record"]
    assert "would refuse it (403): CREDIT_CARD" in found.stderr
    answer = subprocess.run([CUSTOS_BIN, "scan", "--config", str(guarded["config"]), "--direction", "response", "--redact"],
                            input=text, capture_output=True, text=True, check=True)
    # Answers redact only EMAIL: the SSN and the card stay (recorded).
    assert answer.stdout == f"SSN {SSN}, card 4111 1111 1111 1111, mail [EMAIL]"
    lines = subprocess.run([CUSTOS_BIN, "scan", "--config", str(guarded["config"]), "--jsonl"],
                           input=json.dumps({"text": text}) + "\n", capture_output=True, text=True, check=True)
    out = json.loads(lines.stdout)
    assert [f["action"] for f in out["findings"]] == ["redact", "block", "record"] and out["blocked"] == ["CREDIT_CARD"]
    broken = subprocess.run([CUSTOS_BIN, "scan", "--config", "/nonexistent.yaml"], input=text, capture_output=True, text=True)
    assert broken.returncode == 3 and "invalid configuration" in broken.stderr


@pytest.fixture(scope="module")
def obliged(stack):
    """A gateway with no `guard` section: a permit's obligations alone ask for redaction and blocking."""
    policy = stack["dir"] / "obligations.cedar"
    policy.write_text(
        '@id("fake-without-ssns")\n'
        '@guard_redact("US_SSN")\n'
        '@guard_block_response("EMAIL")\n'
        'permit (principal is User, action == Action::"invoke", resource is Deployment)\n'
        'when { resource.model == Model::"fake-echo" };\n'
    )
    config = stack["dir"] / "obliged.yaml"
    text = stack["config"].read_text().replace("path: ledger.db", "path: ledger-obliged.db")
    text = text.replace("default.cedar]", f"default.cedar, {policy}]")
    assert str(policy) in text
    config.write_text(text)
    gateway = Process([CUSTOS_BIN, "serve", "--config", str(config)], env=stack["env"])
    client = openai.OpenAI(base_url=gateway.base_url + "/v1", api_key=stack["keys"]["alice"]["key"], max_retries=0)
    try:
        yield {"client": client, "ledger": stack["dir"] / "ledger-obliged.db"}
    finally:
        gateway.stop()


def test_a_permits_obligations_redact_and_block_for_the_calls_it_permits(obliged):
    client = obliged["client"]
    answer = client.chat.completions.create(model="fake-echo", messages=[{"role": "user", "content": f"SSN {SSN} on file"}])
    assert answer.choices[0].message.content == "echo: SSN [US_SSN] on file"
    with pytest.raises(openai.PermissionDeniedError) as info:
        client.chat.completions.create(model="fake-echo", messages=[{"role": "user", "content": "mail jane.doe@example.com"}])
    assert info.value.code == "sensitive_data_blocked" and "EMAIL" in info.value.message
    # Another model: the permit does not apply, nor do its obligations.
    other = client.chat.completions.create(model="second-model", messages=[{"role": "user", "content": f"SSN {SSN}"}])
    assert SSN in other.choices[0].message.content
    with sqlite3.connect(obliged["ledger"]) as db:
        records = [json.loads(data) for (data,) in db.execute("SELECT data FROM ledger_entries ORDER BY idx")]
    first = next(r for r in records if r.get("event") == "REQUEST")
    verdict = first["policy"]["deployments"][0]
    assert "fake-without-ssns" in verdict["determining"]
    assert verdict["obligations"] == {"request": {"US_SSN": "redact"}, "response": {"US_SSN": "redact", "EMAIL": "block"}}


def test_a_misspelt_obligation_stops_the_policy_check(tmp_path):
    policy = tmp_path / "typo.cedar"
    policy.write_text('@id("x")\n@guard_redcat("US_SSN")\npermit (principal, action, resource);\n')
    checked = custos("policy", "check", str(policy), check=False)
    assert checked.returncode == 1
    assert f"{policy}:1:1: error: annotation `@guard_redcat` is no guard obligation" in checked.stderr
