# SPDX-License-Identifier: Apache-2.0
"""Cedar on the request path, seen from the official OpenAI SDK, and audited the way an outside
auditor would: every decision recorded in the ledger is replayed with the reference
implementation (cedarpy) from the ledger's own POLICY_SET record, and must come out the same."""

import hashlib
import json
import re
import sqlite3

import cedarpy
import openai
import pytest

from conftest import REPO, custos


def call(stack, principal, **headers):
    client = openai.OpenAI(base_url=stack["gateway"].base_url + "/v1", api_key=stack["keys"][principal]["key"], max_retries=0)
    return client.chat.completions.create(
        model="fake-echo", messages=[{"role": "user", "content": "policy check"}], extra_headers=headers)


def test_a_denied_call_is_a_permission_error_naming_the_policies(stack):
    with pytest.raises(openai.PermissionDeniedError) as info:
        call(stack, "alice", **{"Custos-Classification": "SECRET"})
    assert info.value.status_code == 403 and info.value.code == "policy_denied"
    assert "authorization-covers-classification" in info.value.message
    with pytest.raises(openai.PermissionDeniedError) as info:
        call(stack, "bob", **{"Custos-Classification": "cui", "Custos-Compartments": "SI"})
    assert "clearance-dominates" in info.value.message and "need-to-know" in info.value.message
    # Unclassified data from the same callers goes through.
    assert call(stack, "alice").choices[0].message.content == "echo: policy check"
    with pytest.raises(openai.BadRequestError) as info:
        call(stack, "alice", **{"Custos-Classification": "cosmic"})
    assert info.value.body["param"] == "Custos-Classification"


def test_models_are_listed_by_policy(stack):
    bob = openai.OpenAI(base_url=stack["gateway"].base_url + "/v1", api_key=stack["keys"]["bob"]["key"], max_retries=0)
    assert [m.id for m in bob.models.list()] == ["fake-echo"]
    with pytest.raises(openai.NotFoundError):
        bob.chat.completions.create(model="second-model", messages=[{"role": "user", "content": "x"}])


def test_policy_explain_matches_the_gateway(stack):
    config = str(stack["config"])
    allowed = custos("policy", "explain", "--config", config, "--principal", "agency-a/alice", "--model", "fake-echo")
    assert "fake-a  ALLOW  by agency-users-may-call-models" in allowed.stdout
    denied = custos("policy", "explain", "--config", config, "--principal", "agency-a/bob", "--model", "fake-echo",
                    "--classification", "secret", check=False)
    assert denied.returncode == 1
    assert "DENY" in denied.stdout and "clearance-dominates" in denied.stdout
    as_json = json.loads(custos("policy", "explain", "--config", config, "--principal", "agency-a/bob", "--model",
                                "second-model", "--action", "listModels", "--json", check=False).stdout)
    assert as_json["decision"] == "deny"
    assert as_json["deployments"][0]["determining"] == ["principal-model-grants"]
    unknown = custos("policy", "explain", "--config", config, "--principal", "agency-a/nobody", "--model", "fake-echo",
                     check=False)
    assert unknown.returncode == 4


def test_every_recorded_decision_replays_identically_with_cedarpy(stack):
    # Make sure the ledger holds allowed, denied and hidden decisions before replaying it.
    call(stack, "alice")
    with pytest.raises(openai.PermissionDeniedError):
        call(stack, "bob", **{"Custos-Classification": "confidential"})
    with sqlite3.connect(stack["dir"] / "ledger.db") as db:
        records = [json.loads(data) for (data,) in db.execute("SELECT data FROM ledger_entries ORDER BY idx")]

    policy_set = records[0]
    assert policy_set["event"] == "POLICY_SET"
    text = policy_set["policy"]["text"]
    digest = policy_set["policy"]["set"]
    assert hashlib.sha256(text.encode()).hexdigest() == digest
    assert text == (REPO / "policies" / "default.cedar").read_text()

    # The gateway's entities conform to the shipped schema (cedarpy validates them against it).
    schema = cedarpy.Schema.from_str((REPO / "policies" / "custos.cedarschema").read_text())
    entities = cedarpy.Entities.from_json_str(json.dumps(policy_set["entities"]), schema=schema)
    policies = cedarpy.PolicySet.from_str(text)
    names = {pid: body.get("annotations", {}).get("id", pid)
             for pid, body in json.loads(cedarpy.policies_to_json_str(text))["staticPolicies"].items()}

    replayed = 0
    for record in records[1:]:
        assert record["policy"]["set"] == digest
        if "deployments" not in record["policy"]:
            continue
        decision = record["policy"]
        principal = {"type": "User", "id": f'{record["source"]["tenant"]}/{record["source"]["principal"]}'}
        for verdict in decision["deployments"]:
            response = cedarpy.is_authorized(
                {"principal": principal, "action": {"type": "Action", "id": decision["action"]},
                 "resource": {"type": "Deployment", "id": verdict["id"]}, "context": decision["context"]},
                policies, entities, schema=schema)
            assert response.decision.value.lower() == verdict["decision"], record
            assert sorted(names[r] for r in response.diagnostics.reasons) == sorted(verdict["determining"]), record
            # cedarpy reports errors as text: "error while evaluating policy `policy3`: ...".
            erroring = [names[re.search(r"policy `([^`]+)`", e).group(1)] for e in response.diagnostics.errors]
            assert sorted(erroring) == sorted(verdict["erroring"]), record
            replayed += 1
    kinds = {(r["policy"].get("action"), r["policy"].get("decision")) for r in records[1:] if "deployments" in r["policy"]}
    assert {("invoke", "allow"), ("invoke", "deny"), ("listModels", "deny")} <= kinds, kinds
    assert replayed >= 4
