# SPDX-License-Identifier: Apache-2.0
"""The shipped default policy set (policies/): its expected decisions hold in Custos
(`custos policy test`), the reference implementation (cedarpy) makes the same decisions for the
same reasons, and the set type-checks against the shipped schema."""

import json

import cedarpy
import yaml

from conftest import REPO, custos

POLICIES = REPO / "policies"


def test_custos_meets_the_expected_decisions():
    result = custos("policy", "test", str(POLICIES / "tests" / "default-cases.yaml"))
    assert "0 failed" in result.stdout


def test_cedarpy_agrees_and_the_set_type_checks():
    text = (POLICIES / "default.cedar").read_text()
    schema = cedarpy.Schema.from_str((POLICIES / "custos.cedarschema").read_text())
    assert cedarpy.validate_policies(text, schema).validation_passed
    policies = cedarpy.PolicySet.from_str(text)
    entities = cedarpy.Entities.from_json_str((POLICIES / "tests" / "entities.json").read_text(), schema=schema)
    ids = {f"policy{n}": annotated for n, annotated in enumerate(
        line.split('"')[1] for line in text.splitlines() if line.startswith('@id("'))}
    cases = yaml.safe_load((POLICIES / "tests" / "default-cases.yaml").read_text())["cases"]

    def uid(text):
        kind, _, rest = text.partition('::"')
        return {"type": kind, "id": rest[:-1]}

    for case in cases:
        response = cedarpy.is_authorized(
            {"principal": uid(case["principal"]), "action": uid(case["action"]), "resource": uid(case["resource"]),
             "context": case.get("context", {})}, policies, entities, schema=schema)
        assert response.decision.value.lower() == case["expect"], case["name"]
        if "reasons" in case:
            assert sorted(ids[r] for r in response.diagnostics.reasons) == sorted(case["reasons"]), case["name"]
        assert not response.diagnostics.errors, case["name"]
