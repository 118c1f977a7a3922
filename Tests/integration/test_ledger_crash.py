# SPDX-License-Identifier: Apache-2.0
"""Lose nothing: kill the real gateway with SIGKILL under load, restart it, and check that every
call that was answered with 2xx has its REQUEST and RESPONSE records, and that the ledger verifies."""

import json
import signal
import sqlite3
import threading
import time

import openai

from conftest import CUSTOS_BIN, Process, custos, wait_for


def test_sigkill_under_load_loses_no_answered_call(stack):
    config = stack["dir"] / "crash.yaml"
    config.write_text(stack["config"].read_text().replace("path: ledger.db", "path: ledger-crash.db"))
    gateway = Process([CUSTOS_BIN, "serve", "--config", str(config)], env=stack["env"])
    answered, stop = [], threading.Event()

    def caller():
        client = openai.OpenAI(base_url=gateway.base_url + "/v1", api_key=stack["keys"]["alice"]["key"], max_retries=0, timeout=5)
        while not stop.is_set():
            try:
                raw = client.chat.completions.with_raw_response.create(model="fake-echo", messages=[{"role": "user", "content": "load"}])
                raw.parse()
                answered.append(raw.headers["x-request-id"])
            except (openai.APIConnectionError, openai.APIStatusError, openai.APITimeoutError):
                pass

    threads = [threading.Thread(target=caller) for _ in range(8)]
    for thread in threads:
        thread.start()
    assert wait_for(lambda: len(answered) >= 50, timeout=30)
    gateway.proc.send_signal(signal.SIGKILL)  # no graceful shutdown, no final checkpoint
    gateway.proc.wait(timeout=10)
    stop.set()
    for thread in threads:
        thread.join(timeout=10)

    with sqlite3.connect(stack["dir"] / "ledger-crash.db") as db:
        records = [json.loads(row[0]) for row in db.execute("SELECT data FROM ledger_entries ORDER BY idx")]
    assert records[0]["event"] == "POLICY_SET"
    events = {(r["request_id"], r["event"]) for r in records[1:]}
    missing = [rid for rid in answered if (rid, "REQUEST") not in events or (rid, "RESPONSE") not in events]
    assert not missing, f"{len(missing)} answered calls lack a record, e.g. {missing[:3]}"

    # Restart on the same ledger: the lock died with the process; the tree reloads and appends continue.
    restarted = Process([CUSTOS_BIN, "serve", "--config", str(config)], env=stack["env"])
    try:
        client = openai.OpenAI(base_url=restarted.base_url + "/v1", api_key=stack["keys"]["alice"]["key"], max_retries=0)
        client.chat.completions.create(model="fake-echo", messages=[{"role": "user", "content": "after the crash"}])
        auditor = json.loads(custos("keys", "create", "--config", str(config), "--tenant", "agency-a",
                                    "--principal", "audra", "--json").stdout)["key"]
        args = ["verify", "--url", restarted.base_url + "/ledger", "--vkey", stack["verifier_key"], "--entries"]

        def verified():
            result = custos(*args, env={"CUSTOS_API_KEY": auditor}, check=False)
            # The restart's POLICY_SET record, then one call's REQUEST and RESPONSE.
            return result.returncode == 0 and f"size {len(records) + 3} " in result.stdout

        assert wait_for(verified, timeout=10), custos(*args, env={"CUSTOS_API_KEY": auditor}, check=False).stdout
    finally:
        restarted.stop()
