# SPDX-License-Identifier: Apache-2.0
"""CustosPolicy against cedarpy (the Rust reference implementation's Python binding) on thousands of
random gateway-shaped cases: policies over agencies, clearances, regions, models and action groups,
with the errors those provoke. Seeded, so a failure reproduces; the harness prints the disagreements."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HARNESS = Path(__file__).resolve().parent / "cedar" / "diff_harness.py"
CONFORMANCE_BIN = os.environ.get("CEDAR_CONFORMANCE_BIN", str(REPO / ".build" / "debug" / "cedar-conformance"))


@pytest.mark.parametrize("seed", [1, 20261127])
def test_random_gateway_cases_agree_with_cedarpy(seed, tmp_path):
    result = subprocess.run(
        [sys.executable, str(HARNESS), "--impl", CONFORMANCE_BIN, "--gen", "1500", "--seed", str(seed)],
        capture_output=True, text=True, timeout=600, cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    summary = json.loads(result.stdout[result.stdout.index("{"):])
    assert summary["cases"] == 1500 and summary["impl_agree"] == 1500
    assert summary["impl_disagree"] == 0 and summary["impl_unsupported"] == 0
    # The generator provokes every outcome, so agreement is not vacuous.
    assert summary["allow"] > 0 and summary["deny"] > 0 and summary["requests_with_errors"] > 0


def test_the_hand_written_sample_agrees_with_cedarpy_using_its_schemas(tmp_path):
    sample = REPO / "Tests" / "CustosPolicyTests" / "Fixtures" / "corpus-sample"
    result = subprocess.run(
        [sys.executable, str(HARNESS), "--impl", CONFORMANCE_BIN, "--dir", str(sample)],
        capture_output=True, text=True, timeout=600, cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    summary = json.loads(result.stdout[result.stdout.index("{"):])
    assert summary["cases"] == 41 and summary["impl_agree"] == 41 and summary["requests"] == 269
