# SPDX-License-Identifier: Apache-2.0
"""Nothing a client sends can crash Custos: mutated bodies, raw protocol garbage, odd headers.

Every answer must be a well-formed HTTP response with OpenAI's error shape (or a success), and the
gateway must still be healthy at the end.
"""

import http.client
import json
import random
import socket
import urllib.request

VALID = json.dumps(
    {"model": "fake-echo", "messages": [{"role": "user", "content": "héllo \u2603"}], "stream": False, "max_tokens": 5}
).encode()


def mutations(seed=7, count=300):
    rng = random.Random(seed)
    specials = [b"\x00", b"\xff", b"\xc3", b"\xed\xa0\x80", b"{", b"}", b"[", b"]", b'"', b"\\", b"\\u", b",", b":",
                b"1e999999", b"-", b"nul", b"\n"]
    for _ in range(count):
        body = bytearray(VALID)
        for _ in range(rng.randint(1, 4)):
            choice = rng.random()
            position = rng.randrange(len(body) + 1)
            if choice < 0.35 and body:
                del body[position:position + rng.randint(1, 8)]
            elif choice < 0.7:
                body[position:position] = rng.choice(specials)
            else:
                body = body[: rng.randrange(len(body) + 1)]
        yield bytes(body)
    yield b"[" * 100_000 + b"]" * 100_000          # deep nesting
    yield b'{"model":"fake-echo","messages":[' + b'{"role":"user","content":"x"},' * 20_000 + b'{"role":"user"}]}'
    yield b'{"model":"fake-echo","messages":[{"role":"user","content":"x"}],"max_tokens":' + b"9" * 5000 + b"}"
    yield b'{"model":"fake-echo","messages":[{"role":"user","content":"\\ud800"}]}'
    yield b""


def post(conn, path, body, key, headers=None):
    conn.request("POST", path, body=body, headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json",
                                                   **(headers or {})})
    response = conn.getresponse()
    return response.status, response.read()


def assert_openai_error_or_success(status, body):
    if status == 200:
        json.loads(body)
        return
    assert status in (400, 404, 413), (status, body[:200])
    error = json.loads(body)["error"]
    assert {"message", "type", "param", "code"} <= error.keys()


def test_mutated_bodies_never_crash(stack):
    gateway = stack["gateway"]
    key = stack["keys"]["alice"]["key"]
    conn = http.client.HTTPConnection("127.0.0.1", gateway.port, timeout=30)
    statuses = {}
    for body in mutations():
        for path in ("/v1/chat/completions", "/v1/embeddings"):
            status, reply = post(conn, path, body, key)
            assert_openai_error_or_success(status, reply)
            statuses[status] = statuses.get(status, 0) + 1
    assert statuses.get(400, 0) > 100, statuses  # the mutations really were rejected, not ignored
    assert gateway.proc.poll() is None
    assert urllib.request.urlopen(gateway.base_url + "/healthz").status == 200


def test_raw_protocol_garbage(stack):
    gateway = stack["gateway"]
    garbage = [
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 64,      # a TLS ClientHello to a plain port
        b"GET / HTTP/1.1\r\nHost: x\r\n" + b"X-Long: " + b"a" * 200_000 + b"\r\n\r\n",
        b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\nContent-Length: 12\r\n\r\n0123456789",
        b"\r\n\r\n\r\n",
        b"GET /v1/models HTTP/9.9\r\n\r\n",
        b"BREW /coffee HTCPCP/1.0\r\n\r\n",
    ]
    for payload in garbage:
        with socket.create_connection(("127.0.0.1", gateway.port), timeout=10) as sock:
            try:
                sock.sendall(payload)
                sock.shutdown(socket.SHUT_WR)
                while sock.recv(65536):
                    pass
            except (ConnectionResetError, BrokenPipeError):
                pass
    assert gateway.proc.poll() is None
    assert urllib.request.urlopen(gateway.base_url + "/healthz").status == 200


def test_odd_headers_and_methods(stack):
    gateway = stack["gateway"]
    conn = http.client.HTTPConnection("127.0.0.1", gateway.port, timeout=30)
    for authorization in ["Bearer", "Bearer ", "bearer  csk_" + "A" * 43, "Bearer csk_" + "é" * 43, "Token abc", "Bearer " + "A" * 10_000]:
        conn.request("GET", "/v1/models", headers={"Authorization": authorization})
        response = conn.getresponse()
        body = response.read()
        assert response.status == 401, (authorization[:30], response.status)
        assert json.loads(body)["error"]["code"] in ("invalid_api_key", "missing_api_key")
    for method in ("PUT", "DELETE", "PATCH"):
        conn.request(method, "/v1/chat/completions", body=VALID, headers={"Authorization": "Bearer x"})
        response = conn.getresponse()
        assert response.status == 404
        assert json.loads(response.read())["error"]["code"] == "unknown_url"
    # Declared oversized body: refused from the header alone.
    conn.request("POST", "/v1/chat/completions", body=b"{}", headers={"Content-Length": "2",
                                                                    "Authorization": "Bearer " + stack["keys"]["alice"]["key"]})
    assert conn.getresponse().status == 400
