# SPDX-License-Identifier: Apache-2.0
"""Starts the real `custos` binary and its fake upstream on loopback for the integration tests."""

import json
import os
import signal
import subprocess
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CUSTOS_BIN = os.environ.get("CUSTOS_BIN", str(REPO / ".build" / "debug" / "custos"))


class Process:
    """A child process whose first stdout line announces `listening on http://host:port`."""

    def __init__(self, args, env=None):
        self.args = args
        self.proc = subprocess.Popen(
            args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})}
        )
        line = self.proc.stdout.readline()
        if "listening on http" not in line:
            self.proc.kill()
            _, err = self.proc.communicate(timeout=10)
            raise RuntimeError(f"{args[1:3]} did not start: {line!r} {err}")
        self.base_url = line.split("listening on ")[1].split()[0]
        self.port = int(self.base_url.rsplit(":", 1)[1])

    def stop(self, sig=signal.SIGTERM, timeout=15):
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise


def custos(*args, check=True, env=None):
    """Runs a custos CLI command and returns the completed process."""
    result = subprocess.run(
        [CUSTOS_BIN, *args], capture_output=True, text=True, timeout=60, env={**os.environ, **(env or {})}
    )
    if check and result.returncode != 0:
        raise AssertionError(f"custos {' '.join(args)} exited {result.returncode}: {result.stderr}")
    return result


def write_config(directory: Path, fake_port: int) -> Path:
    config = directory / "custos.yaml"
    config.write_text(
        textwrap.dedent(
            f"""\
            server: {{host: 127.0.0.1, port: 0, max_body_size: 64KiB}}
            storage: {{sqlite: {{path: custos.db}}}}
            ledger: {{origin: custos.test/integration, sqlite: {{path: ledger.db}}, signing_key: {{file: ledger.key}},
                      checkpoint_interval: 200ms}}
            logging: {{level: warning}}
            models:
              - name: fake-echo
                owned_by: custos-fake-upstream
                deployments:
                  - id: fake-a
                    provider: openai-compatible
                    endpoint: http://127.0.0.1:{fake_port}/v1
                    credentials: {{env: CUSTOS_IT_UPSTREAM_KEY}}
                    region: local
                    jurisdiction: us
                    authorization: none
                    timeouts: {{connect: 5s, read: 20s}}
                    retry: {{max_attempts: 2, base_delay: 10ms, max_delay: 50ms}}
              - name: slow-model
                deployments:
                  - {{id: fake-slow, provider: openai-compatible, endpoint: "http://127.0.0.1:{fake_port}/v1",
                     credentials: {{env: CUSTOS_IT_UPSTREAM_KEY}}, region: local, jurisdiction: us, authorization: none,
                     timeouts: {{read: 500ms}}, retry: {{max_attempts: 1}}}}
              - name: second-model
                deployments:
                  - {{id: fake-b, provider: openai-compatible, endpoint: "http://127.0.0.1:{fake_port}/v1",
                     credentials: {{env: CUSTOS_IT_UPSTREAM_KEY}}, region: local, jurisdiction: us, authorization: none}}
            policy: {{files: [{REPO / "policies" / "default.cedar"}]}}
            tenants:
              - id: agency-a
                models: "*"
                principals:
                  - {{id: alice, clearance: secret}}
                  - {{id: bob, models: [fake-echo]}}
                  - {{id: audra, roles: [auditor], models: []}}
            """
        )
    )
    return config


UPSTREAM_KEY = "fake-upstream-secret-for-tests"


def config_head(origin: str) -> str:
    """The server, storage, ledger and logging sections every test stack shares (YAML, unindented)."""
    return (
        "server: {host: 127.0.0.1, port: 0}\n"
        "storage: {sqlite: {path: custos.db}}\n"
        f"ledger: {{origin: {origin}, sqlite: {{path: ledger.db}}, signing_key: {{file: ledger.key}}}}\n"
        "logging: {level: warning}\n"
    )


@pytest.fixture(scope="session")
def stack():
    """One fake upstream (requiring a key) and one gateway for the whole session."""
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        env = {"CUSTOS_IT_UPSTREAM_KEY": UPSTREAM_KEY}
        fake = Process([CUSTOS_BIN, "dev", "fake-upstream", "--port", "0", "--api-key-env", "CUSTOS_IT_UPSTREAM_KEY"], env=env)
        config = write_config(directory, fake.port)
        verifier_key = custos("keys", "ledger-init", "--origin", "custos.test/integration", "--out", str(directory / "ledger.key")).stdout.strip()
        keys = {}
        for principal in ("alice", "bob"):
            out = custos("keys", "create", "--config", str(config), "--tenant", "agency-a", "--principal", principal, "--json")
            keys[principal] = json.loads(out.stdout)
        gateway = Process([CUSTOS_BIN, "serve", "--config", str(config)], env=env)
        try:
            yield {"gateway": gateway, "fake": fake, "config": config, "keys": keys, "dir": directory, "env": env,
                   "verifier_key": verifier_key}
        finally:
            gateway.stop()
            fake.stop()


@pytest.fixture
def client(stack):
    import openai

    return openai.OpenAI(base_url=stack["gateway"].base_url + "/v1", api_key=stack["keys"]["alice"]["key"], max_retries=0)


def wait_for(predicate, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False
