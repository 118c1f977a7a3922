# SPDX-License-Identifier: Apache-2.0
"""Quotas and the admin API against the real binary: 429 with Retry-After through the OpenAI SDK,
limits exact under concurrent first requests, counts that survive a restart, and an agency admin
reading usage over HTTP and with `custos usage`."""

import json
import tempfile
import textwrap
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import CUSTOS_BIN, REPO, Process, config_head, custos


def write_config(directory: Path, fake_port: int) -> Path:
    config = directory / "custos.yaml"
    config.write_text(
        config_head("custos.test/quotas") +
        textwrap.dedent(
            f"""\
            models:
              - name: fake-echo
                deployments:
                  - {{id: fake, provider: openai-compatible, endpoint: "http://127.0.0.1:{fake_port}/v1", region: local, jurisdiction: us,
                     authorization: none}}
            policy: {{files: [{REPO / "policies" / "default.cedar"}]}}
            tenants:
              - id: agency-a
                models: "*"
                quotas: {{requests_per_minute: 1000}}
                principals:
                  - {{id: paced, quotas: {{requests_per_minute: 2}}}}
                  - {{id: crowd, quotas: {{tokens_per_day: 1}}}}
                  - {{id: budgeted, quotas: {{tokens_per_day: 1}}}}
                  - {{id: admin, roles: [admin], models: []}}
            """
        )
    )
    return config


@pytest.fixture(scope="module")
def quota_stack():
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        fake = Process([CUSTOS_BIN, "dev", "fake-upstream", "--port", "0"])
        config = write_config(directory, fake.port)
        custos("keys", "ledger-init", "--origin", "custos.test/quotas", "--out", str(directory / "ledger.key"))
        keys = {}
        for principal in ("paced", "crowd", "budgeted", "admin"):
            out = custos("keys", "create", "--config", str(config), "--tenant", "agency-a", "--principal", principal, "--json")
            keys[principal] = json.loads(out.stdout)["key"]
        state = {"gateway": Process([CUSTOS_BIN, "serve", "--config", str(config)]), "fake": fake, "config": config, "keys": keys}
        try:
            yield state
        finally:
            state["gateway"].stop()
            fake.stop()


def client(stack, principal):
    import openai

    return openai.OpenAI(base_url=stack["gateway"].base_url + "/v1", api_key=stack["keys"][principal], max_retries=0)


def chat(stack, principal):
    return client(stack, principal).chat.completions.create(model="fake-echo", messages=[{"role": "user", "content": "hi"}], max_tokens=8)


def test_a_full_window_raises_rate_limit_error_with_retry_after(quota_stack):
    import openai

    for _ in range(2):
        chat(quota_stack, "paced")
    with pytest.raises(openai.RateLimitError) as raised:
        chat(quota_stack, "paced")
    assert raised.value.status_code == 429
    assert raised.value.body["code"] == "quota_exceeded"
    assert 1 <= int(raised.value.response.headers["retry-after"]) <= 60


def test_simultaneous_first_requests_never_exceed_the_limit(quota_stack):
    import openai

    def attempt(_):
        try:
            chat(quota_stack, "crowd")
            return 200
        except openai.RateLimitError:
            return 429

    with ThreadPoolExecutor(max_workers=40) as pool:
        statuses = list(pool.map(attempt, range(120)))
    # A budget of one token: exactly one of the simultaneous first calls gets through (it reserves
    # its maximum at once, so every other sees the budget spent).
    assert statuses.count(200) == 1
    assert statuses.count(429) == 119


def test_budgets_survive_a_restart_and_admins_see_usage(quota_stack):
    import openai

    chat(quota_stack, "budgeted")  # the day's budget of 1 token: this first call is let through
    quota_stack["gateway"].stop()
    quota_stack["gateway"] = Process([CUSTOS_BIN, "serve", "--config", str(quota_stack["config"])])
    with pytest.raises(openai.RateLimitError):
        chat(quota_stack, "budgeted")

    request = urllib.request.Request(
        quota_stack["gateway"].base_url + "/admin/usage?tenant=agency-a",
        headers={"Authorization": "Bearer " + quota_stack["keys"]["admin"]},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        report = json.loads(response.read())
    scopes = {scope["scope"]: scope for scope in report["scopes"]}
    budget = scopes["principal:agency-a/budgeted"]["limits"]["tokens_per_day"]
    assert budget["limit"] == 1 and budget["used"] > 1 and budget["remaining"] == 0
    assert scopes["principal:agency-a/paced"]["limits"]["requests_per_minute"]["limit"] == 2

    # The CLI reads the same counters from the database.
    cli = json.loads(custos("usage", "--config", str(quota_stack["config"]), "--tenant", "agency-a").stdout)
    assert {s["scope"]: s["limits"] for s in cli["scopes"]}["principal:agency-a/budgeted"]["tokens_per_day"]["used"] == budget["used"]

    # A key without the admin role is refused.
    denied = urllib.request.Request(
        quota_stack["gateway"].base_url + "/admin/usage?tenant=agency-a",
        headers={"Authorization": "Bearer " + quota_stack["keys"]["paced"]},
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(denied, timeout=10)
    assert refused.value.code == 403
