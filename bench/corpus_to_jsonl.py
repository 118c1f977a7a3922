#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes the Cedar conformance corpus (a corpus-tests.tar.gz) as cedar-conformance JSONL cases,
one test per line, so two implementations can be timed on identical input (bench/policy.sh)."""
import json
import sys
import tarfile

# Read every member once, in order (random access into a .tar.gz decompresses from the start).
files = {}
with tarfile.open(sys.argv[1], "r|gz") as tar:
    for member in tar:
        if member.isfile():
            files[member.name] = tar.extractfile(member).read()
out = open(sys.argv[2], "w")
for name in sorted(files):
    if not name.endswith(".json") or name.endswith(".entities.json"):
        continue
    test = json.loads(files[name])
    case = {
        "id": name,
        "policies": files[test["policies"]].decode(),
        "entities": json.loads(files[test["entities"]]),
        "schema": None,
        "requests": [{k: r[k] for k in ("principal", "action", "resource", "context")} for r in test["requests"]],
    }
    out.write(json.dumps(case) + "\n")
