# SPDX-License-Identifier: Apache-2.0
"""The `custos` command line: keys, config checking, refusal to start on bad config, graceful stop."""

import json
import signal
import subprocess
import threading
from pathlib import Path

import jsonschema
import openai
import pytest
import yaml

from conftest import CUSTOS_BIN, REPO, Process, custos, wait_for


def test_keys_lifecycle(stack):
    config = str(stack["config"])
    created = json.loads(custos("keys", "create", "--config", config, "--tenant", "agency-a", "--principal", "bob", "--json").stdout)
    assert created["key"].startswith("csk_") and len(created["key"]) == 47
    listed = [json.loads(line) for line in custos("keys", "list", "--config", config, "--json").stdout.splitlines()]
    entry = next(item for item in listed if item["id"] == created["id"])
    assert entry["status"] == "active"
    assert all("key" not in item for item in listed), "listing must never show secrets"
    client = openai.OpenAI(base_url=stack["gateway"].base_url + "/v1", api_key=created["key"], max_retries=0)
    assert client.models.list().data[0].id == "fake-echo"

    assert "revoked" in custos("keys", "revoke", "--config", config, created["id"]).stdout

    def refused():
        try:
            client.models.list()
            return False
        except openai.AuthenticationError:
            return True

    # The gateway trusts a confirmed key for `server.key_cache` (1 s by default), then asks again.
    assert wait_for(refused, timeout=3.0)
    listed = [json.loads(line) for line in custos("keys", "list", "--config", config, "--json").stdout.splitlines()]
    assert next(item for item in listed if item["id"] == created["id"])["status"] == "revoked"
    assert custos("keys", "revoke", "--config", config, "key_doesnotexist", check=False).returncode == 4


def test_keys_refuse_unknown_principal(stack):
    result = custos("keys", "create", "--config", str(stack["config"]), "--tenant", "agency-a", "--principal", "nobody", check=False)
    assert result.returncode == 4
    assert "no principal `nobody`" in result.stderr


def test_expiring_key(stack):
    result = custos(
        "keys", "create", "--config", str(stack["config"]), "--tenant", "agency-a", "--principal", "alice", "--expires", "1h", "--json"
    )
    assert json.loads(result.stdout)["expires_at"]
    assert custos("keys", "create", "--config", str(stack["config"]), "--tenant", "agency-a", "--principal", "alice",
                  "--expires", "soon", check=False).returncode != 0


def test_example_config_is_valid_and_matches_the_schema():
    example = REPO / "examples" / "custos.yaml"
    assert "ok (1 models" in custos("config", "check", "--config", str(example)).stdout
    schema = json.loads((REPO / "schema" / "custos-config.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(yaml.safe_load(example.read_text()), schema)


def test_schema_rejects_what_the_loader_rejects(tmp_path):
    schema = json.loads((REPO / "schema" / "custos-config.schema.json").read_text())
    document = yaml.safe_load((REPO / "examples" / "custos.yaml").read_text())
    document["models"][0]["deployments"][0]["timeout"] = "5s"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema)
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(document))
    result = custos("config", "check", "--config", str(bad), check=False)
    assert result.returncode == 3
    assert "unknown key `timeout`" in result.stderr


def test_serve_refuses_broken_config(tmp_path):
    bad = tmp_path / "broken.yaml"
    bad.write_text("storage: {sqlite: {path: x.db}}\nmodels:\n  - name: m\n    deployments: []\ntenants: []\n"
                   "ledger: {origin: o, sqlite: {path: l.db}, signing_key: {file: k}}\n")
    result = subprocess.run([CUSTOS_BIN, "serve", "--config", str(bad)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 3
    assert f"{bad}:4:18: models[0].deployments: a model needs at least one deployment" in result.stderr


def test_serve_refuses_a_policy_that_does_not_parse(stack, tmp_path):
    policy = tmp_path / "local.cedar"
    policy.write_text('@id("ok")\npermit (principal, action, resource);\n\nforbid (principal, action, resource)\nwhen { context.classification > };\n')
    config = tmp_path / "custos.yaml"
    config.write_text(stack["config"].read_text().replace("policy: {files: [", f"policy: {{files: [{policy}, "))
    result = subprocess.run([CUSTOS_BIN, "serve", "--config", str(config)], capture_output=True, text=True, timeout=30,
                            env={**stack["env"], "PATH": "/usr/bin:/bin"})
    assert result.returncode == 3
    assert f"{policy}:5:" in result.stderr and "policy.files" in result.stderr, result.stderr


def test_serve_refuses_unresolvable_secret(stack, tmp_path):
    result = subprocess.run(
        [CUSTOS_BIN, "serve", "--config", str(stack["config"]), "--port", "0"],
        capture_output=True, text=True, timeout=30, env={"PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 3
    assert "environment variable `CUSTOS_IT_UPSTREAM_KEY` is not set" in result.stderr


def test_second_gateway_on_the_same_ledger_refuses_to_start(stack):
    result = subprocess.run(
        [CUSTOS_BIN, "serve", "--config", str(stack["config"]), "--port", "0"],
        capture_output=True, text=True, timeout=30, env={**stack["env"], "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 1
    assert "another custos process is using the ledger" in result.stderr
    # The running gateway is unaffected.
    client = openai.OpenAI(base_url=stack["gateway"].base_url + "/v1", api_key=stack["keys"]["alice"]["key"], max_retries=0)
    assert client.chat.completions.create(model="fake-echo", messages=[{"role": "user", "content": "x"}]).choices


def test_health_ready_metrics(stack):
    import urllib.request

    base = stack["gateway"].base_url
    assert urllib.request.urlopen(base + "/healthz").status == 200
    assert json.loads(urllib.request.urlopen(base + "/readyz").read())["status"] == "ready"
    metrics = urllib.request.urlopen(base + "/metrics").read().decode()
    assert "custos_http_requests_total" in metrics


def test_sigterm_finishes_in_flight_stream(stack):
    """A second gateway (its own ledger): SIGTERM mid-stream lets the stream finish, then exits 0."""
    config = stack["dir"] / "second.yaml"
    config.write_text(stack["config"].read_text().replace("path: ledger.db", "path: ledger-second.db"))
    gateway = Process([CUSTOS_BIN, "serve", "--config", str(config)], env=stack["env"])
    client = openai.OpenAI(base_url=gateway.base_url + "/v1", api_key=stack["keys"]["alice"]["key"], max_retries=0)
    stream = client.chat.completions.create(
        model="fake-echo",
        messages=[{"role": "user", "content": "a b c d e"}],
        stream=True,
        extra_body={"custos_fake": {"chunk_delay_ms": 150}},
    )
    text = ""
    for index, chunk in enumerate(stream):
        if index == 1:
            threading.Thread(target=gateway.proc.send_signal, args=(signal.SIGTERM,)).start()
        if chunk.choices:
            text += chunk.choices[0].delta.content or ""
    assert text == "echo: a b c d e"
    assert gateway.proc.wait(timeout=20) == 0


def test_policy_check_reports_file_line_and_column(tmp_path):
    good = tmp_path / "good.cedar"
    good.write_text('@id("tenant-isolation")\npermit(principal in Agency::"a", action, resource) when { principal.clearance >= 2 };\n')
    bad = tmp_path / "bad.cedar"
    bad.write_text('permit(principal, action, resource)\n  when { 1 < 2 < 3 };\n')
    ok = custos("policy", "check", str(good))
    assert "ok, 1 policies (tenant-isolation)" in ok.stdout
    result = custos("policy", "check", str(good), str(bad), check=False)
    assert result.returncode == 1
    assert f"{bad}:2:16: error: multiple relational operators" in result.stderr


def test_policy_test_checks_expected_decisions(tmp_path):
    (tmp_path / "p.cedar").write_text(
        '@id("clearance-dominates")\n'
        'forbid(principal, action, resource) when { context.classification > principal.clearance };\n'
        '@id("invoke")\n'
        'permit(principal is User, action == Action::"invoke", resource is Deployment) when { principal.active };\n'
    )
    (tmp_path / "e.json").write_text(json.dumps([
        {"uid": {"type": "User", "id": "alice"}, "attrs": {"clearance": 3, "active": True}, "parents": []},
        {"uid": {"type": "Deployment", "id": "gov-west"}, "attrs": {}, "parents": []},
    ]))
    request = {"principal": 'User::"alice"', "action": 'Action::"invoke"', "resource": 'Deployment::"gov-west"'}
    cases = {"policies": ["p.cedar"], "entities": "e.json", "cases": [
        {"name": "at her clearance", **request, "context": {"classification": 3}, "expect": "allow", "reasons": ["invoke"]},
        {"name": "above it", **request, "context": {"classification": 4}, "expect": "deny", "reasons": ["clearance-dominates"]},
    ]}
    (tmp_path / "cases.yaml").write_text(yaml.safe_dump(cases))
    passing = custos("policy", "test", str(tmp_path / "cases.yaml"))
    assert "2 passed, 0 failed" in passing.stdout

    # Cedar skips a forbid that errors: without `classification` the call is allowed, and the
    # expectation that it is denied fails, naming the erroring policy.
    cases["cases"].append({"name": "no classification", **request, "context": {}, "expect": "deny"})
    (tmp_path / "cases.yaml").write_text(yaml.safe_dump(cases))
    failing = custos("policy", "test", str(tmp_path / "cases.yaml"), check=False)
    assert failing.returncode == 1
    assert "2 passed, 1 failed" in failing.stdout
    assert "FAIL no classification: expected deny, got allow" in failing.stderr and "clearance-dominates" in failing.stderr


def test_policy_test_checks_expected_guard_obligations(tmp_path):
    (tmp_path / "p.cedar").write_text(
        '@id("commercial")\n'
        '@guard_redact("US_SSN")\n'
        '@guard_block_response("EMAIL")\n'
        'permit(principal, action == Action::"invoke", resource) when { context.commercial };\n'
        '@id("anyone")\n'
        'permit(principal, action == Action::"invoke", resource);\n'
    )
    request = {"principal": 'User::"alice"', "action": 'Action::"invoke"', "resource": 'Deployment::"d"'}
    cases = {"policies": ["p.cedar"], "cases": [
        {"name": "commercial", **request, "context": {"commercial": True}, "expect": "allow",
         "obligations": {"request": {"US_SSN": "redact"}, "response": {"US_SSN": "redact", "EMAIL": "block"}}},
        {"name": "gov", **request, "context": {"commercial": False}, "expect": "allow", "obligations": {}},
    ]}
    (tmp_path / "cases.yaml").write_text(yaml.safe_dump(cases))
    assert "2 passed, 0 failed" in custos("policy", "test", str(tmp_path / "cases.yaml")).stdout
    cases["cases"][1]["obligations"] = {"request": {"US_SSN": "redact"}}
    (tmp_path / "cases.yaml").write_text(yaml.safe_dump(cases))
    failing = custos("policy", "test", str(tmp_path / "cases.yaml"), check=False)
    assert failing.returncode == 1 and "FAIL gov: expected obligations" in failing.stderr
