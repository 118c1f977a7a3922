#!/usr/bin/env python3
"""Guard scan time on adversarial and degenerate texts (issue 5): does it grow with the text, or
faster? A gateway scans whatever a client sends, up to the body limit, so one text that makes the
scan quadratic is a denial of service.

For each pattern this writes one text of SMALL bytes (256 KiB: past the caches a short text sits in) and one of LARGE bytes, times the scanner on
each (`custos dev guard-bench`, one core, in process) and prints MB/s for both and their ratio:
near 1.0 means time grows with the text; a ratio near SMALL/LARGE means it grows with its square.

    python3 bench/guard_stress.py .build/release/custos [--small 262144] [--large 4194304]
"""

import argparse
import json
import pathlib
import random
import re
import subprocess
import sys
import tempfile

# Each pattern repeats a unit (or builds rows) until the text is long enough. The units are what a
# detector looks back or ahead from: capitalised words in a chain, a table's rows, an INSERT's
# tuples, markings, number groups, punctuation that starts a detector.
PATTERNS = {
    "prose": lambda rnd: "The committee reviewed the draft and asked for another round of comments. ",
    "same name": lambda rnd: "John ",
    "mixed names": lambda rnd: rnd.choice(["John", "Smith", "Mary", "Ryan", "White", "Dr.", "Mr.", "said", "the"]) + " ",
    "name, mention": lambda rnd: "Ryan White met Ryan. ",
    "csv rows": lambda rnd: f"John Smith,123-45-{rnd.randrange(10000):04d},555-123-{rnd.randrange(10000):04d}\n",
    "one csv line": lambda rnd: f"123-45-{rnd.randrange(10000):04d},",
    "pipe rows": lambda rnd: f"| Mary Jones | 219-09-{rnd.randrange(10000):04d} |\n",
    "insert tuples": lambda rnd: f"('John Smith', '123-45-{rnd.randrange(10000):04d}'),",
    # A report aligned with spaces: each value counts the cells before it on its line.
    "spaced rows": lambda rnd: "  ".join(f"{rnd.randrange(10 ** 9):09d}" for _ in range(30)) + "\n",
    "one spaced line": lambda rnd: f"{rnd.randrange(10 ** 9):09d}  ",
    "banners": lambda rnd: "SECRET//NOFORN\n",
    "portion marks": lambda rnd: "(S//NF) ",
    "bullets": lambda rnd: "- (U) ",
    "ssn groups": lambda rnd: "123-45-6789 ",
    "digits": lambda rnd: "1",
    "numbers": lambda rnd: str(rnd.randrange(10 ** rnd.randint(1, 12))) + " ",
    "dates": lambda rnd: "DOB 03/14/1962, ",
    "emails": lambda rnd: f"a{rnd.randrange(1000)}@b.com ",
    "ipv6": lambda rnd: "fe80::1:2:3 ",
    "parens": lambda rnd: "(",
    "at signs": lambda rnd: "@",
    "colons": lambda rnd: ":",
    "plus signs": lambda rnd: "+",
    "slashes": lambda rnd: "/",
    "periods": lambda rnd: ". ",
    "addresses": lambda rnd: "12 Main St, Springfield, IL 62704. ",
    "context words": lambda rnd: "ssn phone account routing passport license ",
    "curly quotes": lambda rnd: "\u201cJohn Smith\u201d \u2014 ",
    "key-like": lambda rnd: "AKIA" + "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16)) + " ",
    # Credentials run to 1 MiB: a word starting inside one must not start another long walk.
    "token parts": lambda rnd: "sk-",
    "prefixed parts": lambda rnd: "ghp_a-",
    "bearer parts": lambda rnd: "Bearer a-",
    "jwt parts": lambda rnd: "eyJhbGciOiJIUzI1NiJ9-",
    "key headers": lambda rnd: "-----BEGIN PRIVATE KEY-----\n" + "QUJD" * 12 + "\n",
    "assignments": lambda rnd: f"password={rnd.randrange(10 ** 6)}x! token: a{rnd.randrange(10 ** 9)}b{rnd.randrange(10 ** 9)}C ",
    "bearer": lambda rnd: "Bearer ",
}

HEADERS = {"csv rows": "name,ssn,phone\n", "pipe rows": "| name | ssn |\n|---|---|\n",
           "spaced rows": "  ".join(["ssn"] * 30) + "\n",
           "one spaced line": "ssn  routing  account\n",
           "insert tuples": "INSERT INTO people (name, ssn) VALUES "}


def text(pattern: str, size: int) -> str:
    rnd = random.Random(5)
    parts = [HEADERS.get(pattern, "")]
    length = len(parts[0])
    while length < size:
        unit = PATTERNS[pattern](rnd)
        parts.append(unit)
        length += len(unit.encode())
    return "".join(parts)


def mb_per_second(binary: str, body: str, seconds: float) -> float:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as file:
        file.write(json.dumps({"text": body}) + "\n")
    try:
        out = subprocess.run([binary, "dev", "guard-bench", file.name, "--seconds", str(seconds)],
                             capture_output=True, text=True, check=True, timeout=600).stdout
    finally:
        pathlib.Path(file.name).unlink()
    return float(re.search(r"guard scan: ([0-9.]+) MB/s", out).group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("--small", type=int, default=256 * 1024)
    parser.add_argument("--large", type=int, default=4 * 1024 * 1024)
    parser.add_argument("--seconds", type=float, default=0.5)
    args = parser.parse_args()
    print(f"{'pattern':<16} {'MB/s at ' + str(args.small // 1024) + ' KiB':>16} {'MB/s at ' + str(args.large // 1024) + ' KiB':>17}  large/small")
    worst = 1.0
    for pattern in PATTERNS:
        small = mb_per_second(args.binary, text(pattern, args.small), args.seconds)
        large = mb_per_second(args.binary, text(pattern, args.large), args.seconds)
        worst = min(worst, large / small)
        print(f"{pattern:<16} {small:>16.1f} {large:>17.1f}  {large / small:>10.2f}")
    print(f"worst ratio {worst:.2f} (1.0: time grows with the text; {args.small / args.large:.3f}: with its square)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
