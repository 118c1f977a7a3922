#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Texts carrying long credentials, for timing how a stream holds them (bench/guard.sh).

Fifty prompts with a PEM private key each (25 lines of base64; no real key: the guard reads the
PEM framing) and one 16,000-character prefixed token. Deterministic.

    bench/secrets_corpus.py > secrets.jsonl
"""

import json
import random
import string

rng = random.Random(3)
alphabet = string.ascii_letters + string.digits + "+/"


def body(lines):
    return ["".join(rng.choice(alphabet) for _ in range(64)) for _ in range(lines)]


for host in range(50):
    key = "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(body(25)) + "\n-----END RSA PRIVATE KEY-----"
    text = f"Here is the key for host 10.0.0.{host}, please check it:\n\n{key}\n\nThanks, the ops team."
    print(json.dumps({"text": text}))
token = "sk-proj-" + "".join(rng.choice(string.ascii_letters) for _ in range(16000))
print(json.dumps({"text": f"long token {token} end"}))
