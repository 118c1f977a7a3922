# SPDX-License-Identifier: Apache-2.0
"""Custos terminating TLS and requiring client certificates, with a PKI made by the test (a CA
standing in for a PIV/CAC issuer, another CA, and client certificates good and bad): the OpenAI
SDK with a valid certificate is served as the principal it maps to; expired, other-CA,
self-signed and wrong-usage certificates fail the handshake; a revoked one gets 401; plain HTTP
is refused."""

import datetime
import hashlib
import json
import ssl
import tempfile
import textwrap
import urllib.request
from pathlib import Path

import pytest

from conftest import CUSTOS_BIN, REPO, Process, custos


def pki(directory: Path):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = datetime.datetime.now(datetime.timezone.utc)

    def name(common):
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common), x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Agency A")])

    def ca(common):
        key = ec.generate_private_key(ec.SECP256R1())
        cert = (x509.CertificateBuilder().subject_name(name(common)).issuer_name(name(common)).public_key(key.public_key())
                .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
                .not_valid_after(now + datetime.timedelta(days=365))
                .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
                .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True, content_commitment=False,
                                             key_encipherment=False, data_encipherment=False, key_agreement=False,
                                             encipher_only=False, decipher_only=False), critical=True)
                .sign(key, hashes.SHA256()))
        return key, cert

    def leaf(common, issuer, *, email=None, dns=None, ip=None, usage=ExtendedKeyUsageOID.CLIENT_AUTH, days=(-1, 30)):
        key = ec.generate_private_key(ec.SECP256R1())
        names = []
        if email:
            names.append(x509.RFC822Name(email))
        if dns:
            names.append(x509.DNSName(dns))
        if ip:
            import ipaddress
            names.append(x509.IPAddress(ipaddress.ip_address(ip)))
        issuer_key, issuer_cert = issuer if issuer else (key, None)
        builder = (x509.CertificateBuilder().subject_name(name(common))
                   .issuer_name(issuer_cert.subject if issuer_cert else name(common)).public_key(key.public_key())
                   .serial_number(x509.random_serial_number()).not_valid_before(now + datetime.timedelta(days=days[0]))
                   .not_valid_after(now + datetime.timedelta(days=days[1]))
                   .add_extension(x509.ExtendedKeyUsage([usage]), critical=False))
        if names:
            builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
        return key, builder.sign(issuer_key, hashes.SHA256())

    def write(label, key, cert):
        (directory / f"{label}.key").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                                   serialization.NoEncryption()))
        (directory / f"{label}.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        return (str(directory / f"{label}.pem"), str(directory / f"{label}.key"))

    root = ca("Agency A PIV Root")
    other = ca("Somebody Else's Root")
    write("ca", *root)
    files = {
        "server": write("server", *leaf("custos.local", root, ip="127.0.0.1", usage=ExtendedKeyUsageOID.SERVER_AUTH)),
        "jane": write("jane", *leaf("Jane Doe", root, email="jane@agency-a.gov")),
        "batch": write("batch", *leaf("batch", root, dns="batch.agency-a.gov")),
        "revoked": write("revoked", *leaf("Rex Revoked", root, email="rex@agency-a.gov")),
        "expired": write("expired", *leaf("Old Timer", root, email="jane@agency-a.gov", days=(-60, -1))),
        "other_ca": write("other_ca", *leaf("Jane Doe", other, email="jane@agency-a.gov")),
        "self_signed": write("self_signed", *leaf("Jane Doe", None, email="jane@agency-a.gov")),
        "server_usage": write("server_usage", *leaf("Jane Doe", root, email="jane@agency-a.gov", usage=ExtendedKeyUsageOID.SERVER_AUTH)),
    }
    der = ssl.PEM_cert_to_DER_cert((directory / "revoked.pem").read_text())
    return files, hashlib.sha256(der).hexdigest()


@pytest.fixture(scope="module")
def mtls_stack():
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        files, revoked = pki(directory)
        fake = Process([CUSTOS_BIN, "dev", "fake-upstream", "--port", "0"])
        config = directory / "custos.yaml"
        config.write_text(
            textwrap.dedent(
                f"""\
                server:
                  host: 127.0.0.1
                  port: 0
                  tls: {{certificate: server.pem, private_key: server.key, client_certificates: required, client_ca: ca.pem,
                         revoked: ["{revoked}"]}}
                storage: {{sqlite: {{path: custos.db}}}}
                ledger: {{origin: custos.test/mtls, sqlite: {{path: ledger.db}}, signing_key: {{file: ledger.key}}}}
                logging: {{level: warning}}
                models:
                  - name: fake-echo
                    deployments:
                      - {{id: fake, provider: openai-compatible, endpoint: "http://127.0.0.1:{fake.port}/v1", region: local,
                         jurisdiction: us, authorization: none}}
                policy: {{files: [{REPO / "policies" / "default.cedar"}]}}
                tenants:
                  - id: agency-a
                    models: "*"
                    principals:
                      - {{id: jane, certificates: [{{email: jane@agency-a.gov}}]}}
                      - {{id: batch, certificates: [{{dns: batch.agency-a.gov}}]}}
                      - {{id: rex, certificates: [{{email: rex@agency-a.gov}}]}}
                """
            )
        )
        custos("keys", "ledger-init", "--origin", "custos.test/mtls", "--out", str(directory / "ledger.key"))
        gateway = Process([CUSTOS_BIN, "serve", "--config", str(config)])
        try:
            yield {"gateway": gateway, "files": files, "ca": str(directory / "ca.pem"), "dir": directory}
        finally:
            gateway.stop()
            fake.stop()


def sdk(stack, who):
    import openai

    context = ssl.create_default_context(cafile=stack["ca"])
    context.load_cert_chain(*stack["files"][who])
    http = openai.DefaultHttpxClient(verify=context)
    # The certificate is the identity: the SDK's api_key is a placeholder.
    return openai.OpenAI(base_url=stack["gateway"].base_url + "/v1", api_key="mtls", max_retries=0, http_client=http)


def test_a_piv_style_certificate_is_the_principal(mtls_stack):
    assert mtls_stack["gateway"].base_url.startswith("https://")
    answer = sdk(mtls_stack, "jane").chat.completions.create(model="fake-echo", messages=[{"role": "user", "content": "hi over mTLS"}])
    assert answer.choices[0].message.content == "echo: hi over mTLS"
    assert sdk(mtls_stack, "batch").models.list().data[0].id == "fake-echo"
    # The ledger says how the caller authenticated: the certificate's fingerprint, not a key.
    import sqlite3

    with sqlite3.connect(mtls_stack["dir"] / "ledger.db") as db:
        rows = [json.loads(bytes(row[0])) for row in db.execute("SELECT data FROM ledger_entries ORDER BY idx")]
    source = [r for r in rows if r.get("event") == "REQUEST"][-1]["source"]
    assert source["auth_method"] == "mtls" and source["principal"] == "jane"
    assert source["credential_id"].startswith("sha256:")


@pytest.mark.parametrize("who", ["expired", "other_ca", "self_signed", "server_usage"])
def test_bad_certificates_fail_the_handshake(mtls_stack, who):
    import openai

    with pytest.raises(openai.APIConnectionError):
        sdk(mtls_stack, who).chat.completions.create(model="fake-echo", messages=[{"role": "user", "content": "x"}])


def test_a_revoked_certificate_is_refused(mtls_stack):
    import openai

    with pytest.raises(openai.AuthenticationError):
        sdk(mtls_stack, "revoked").chat.completions.create(model="fake-echo", messages=[{"role": "user", "content": "x"}])


def test_no_certificate_or_plain_http_is_refused(mtls_stack):
    import openai

    bare = openai.OpenAI(base_url=mtls_stack["gateway"].base_url + "/v1", api_key="x", max_retries=0,
                         http_client=openai.DefaultHttpxClient(verify=ssl.create_default_context(cafile=mtls_stack["ca"])))
    with pytest.raises(openai.APIConnectionError):
        bare.chat.completions.create(model="fake-echo", messages=[{"role": "user", "content": "x"}])
    plain = mtls_stack["gateway"].base_url.replace("https://", "http://") + "/healthz"
    with pytest.raises(Exception):
        urllib.request.urlopen(plain, timeout=5).read()
