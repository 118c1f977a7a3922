# SPDX-License-Identifier: Apache-2.0
"""An OIDC token as the OpenAI SDK's api_key: the test is the identity provider (an RSA key made
here, its discovery document and JWKS served on loopback), the real binary verifies."""

import base64
import json
import tempfile
import textwrap
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import CUSTOS_BIN, REPO, Process, config_head, custos


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class IdentityProvider:
    """Discovery and JWKS on loopback, and RS256 tokens signed with a key made for the test."""

    def __init__(self):
        from cryptography.hazmat.primitives.asymmetric import rsa

        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        numbers = self.key.public_key().public_numbers()
        jwks = {"keys": [{"kty": "RSA", "kid": "it-1", "use": "sig", "alg": "RS256",
                          "n": b64url(numbers.n.to_bytes(256, "big")), "e": b64url(numbers.e.to_bytes(3, "big"))}]}
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                if self.path == "/.well-known/openid-configuration":
                    body = {"issuer": provider.issuer, "jwks_uri": provider.issuer + "/jwks"}
                elif self.path == "/jwks":
                    body = jwks
                else:
                    self.send_error(404)
                    return
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.issuer = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def token(self, **claims):
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding

        now = int(time.time())
        payload = {"iss": self.issuer, "aud": "custos-it", "sub": "jane", "exp": now + 300, "iat": now, "groups": ["analyst"]}
        payload.update(claims)
        header = {"alg": "RS256", "kid": "it-1", "typ": "JWT"}
        signing_input = b64url(json.dumps(header).encode()) + "." + b64url(json.dumps(payload).encode())
        signature = self.key.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256())
        return signing_input + "." + b64url(signature)


@pytest.fixture(scope="module")
def oidc_stack():
    provider = IdentityProvider()
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        fake = Process([CUSTOS_BIN, "dev", "fake-upstream", "--port", "0"])
        config = directory / "custos.yaml"
        config.write_text(
            config_head("custos.test/oidc") +
            textwrap.dedent(
                f"""\
                models:
                  - name: fake-echo
                    deployments:
                      - {{id: fake, provider: openai-compatible, endpoint: "http://127.0.0.1:{fake.port}/v1", region: local,
                         jurisdiction: us, authorization: none}}
                identity:
                  oidc:
                    - {{issuer: "{provider.issuer}", audience: custos-it, algorithms: [RS256], tenant: agency-a, roles_claim: groups}}
                policy: {{files: [{REPO / "policies" / "default.cedar"}]}}
                tenants:
                  - id: agency-a
                    models: "*"
                    principals: [{{id: svc}}]
                """
            )
        )
        custos("keys", "ledger-init", "--origin", "custos.test/oidc", "--out", str(directory / "ledger.key"))
        gateway = Process([CUSTOS_BIN, "serve", "--config", str(config)])
        try:
            yield {"gateway": gateway, "provider": provider}
        finally:
            gateway.stop()
            fake.stop()
            provider.server.shutdown()


def test_an_oidc_token_is_the_sdks_api_key(oidc_stack):
    import openai

    client = openai.OpenAI(base_url=oidc_stack["gateway"].base_url + "/v1", api_key=oidc_stack["provider"].token(), max_retries=0)
    answer = client.chat.completions.create(model="fake-echo", messages=[{"role": "user", "content": "hello with a token"}])
    assert answer.choices[0].message.content == "echo: hello with a token"
    assert [m.id for m in client.models.list()] == ["fake-echo"]


@pytest.mark.parametrize("claims", [{"exp": int(time.time()) - 600}, {"aud": "another-service"}, {"iss": "https://elsewhere.example"}])
def test_bad_tokens_are_authentication_errors(oidc_stack, claims):
    import openai

    client = openai.OpenAI(base_url=oidc_stack["gateway"].base_url + "/v1", api_key=oidc_stack["provider"].token(**claims), max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        client.chat.completions.create(model="fake-echo", messages=[{"role": "user", "content": "x"}])
