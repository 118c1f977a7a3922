# SPDX-License-Identifier: Apache-2.0
"""Bedrock and Azure OpenAI through Custos, end to end with the official OpenAI SDK, and Custos's
AWS pieces checked against botocore: its SigV4 signer (identical signatures on randomized
requests), its Bedrock service model (every Converse body Custos sends is valid input), and its
Bedrock client (which signs requests the fake verifies with Custos's verifier, and decodes the
fake's event streams)."""

import base64
import json
import random
import string
import subprocess
import tempfile
import textwrap
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from conftest import CUSTOS_BIN, REPO, Process, config_head, custos

AWS_KEY_ID = "AKIDCUSTOSIT"
AWS_SECRET = "it/secret+key=="
AZURE_KEY = "azure-key-for-tests"


def write_config(directory: Path, fake_port: int) -> Path:
    (directory / "web-identity-token").write_text("eyJhbGciOiJSUzI1NiJ9.e30.fake-signature\n")
    fake = f"http://127.0.0.1:{fake_port}"
    config = directory / "custos.yaml"
    config.write_text(
        config_head("custos.test/providers") +
        textwrap.dedent(
            f"""\
            models:
              - name: claude
                deployments:
                  - {{id: bedrock-west, provider: bedrock, endpoint: "{fake}", upstream_model: "anthropic.claude-3-5-sonnet-20240620-v1:0",
                     credentials: {{aws: environment}}, region: us-gov-west-1, jurisdiction: us, authorization: fedramp-high,
                     retry: {{max_attempts: 1}}}}
                  - {{id: bedrock-east, provider: bedrock, endpoint: "{fake}", upstream_model: "anthropic.claude-east-v1:0",
                     credentials: {{aws: {{web_identity: {{role_arn: "arn:aws-us-gov:iam::123456789012:role/custos",
                                    token_file: web-identity-token, sts_endpoint: "{fake}/"}}}}}},
                     region: us-gov-east-1, jurisdiction: us, authorization: fedramp-high}}
              - name: claude-federated
                deployments:
                  - {{id: bedrock-federated, provider: bedrock, endpoint: "{fake}", upstream_model: "anthropic.claude-fed-v1:0",
                     credentials: {{aws: {{web_identity: {{role_arn: "arn:aws-us-gov:iam::123456789012:role/custos",
                                    token_file: web-identity-token, sts_endpoint: "{fake}/"}}}}}},
                     region: us-gov-west-1, jurisdiction: us, authorization: fedramp-high}}
              - name: titan-embed
                deployments:
                  - {{id: titan, provider: bedrock, endpoint: "{fake}", upstream_model: "amazon.titan-embed-text-v2:0",
                     credentials: {{aws: environment}}, region: us-gov-west-1, jurisdiction: us, authorization: fedramp-high}}
              - name: cohere-embed
                deployments:
                  - {{id: cohere, provider: bedrock, endpoint: "{fake}", upstream_model: "cohere.embed-english-v3",
                     credentials: {{aws: environment}}, region: us-gov-west-1, jurisdiction: us, authorization: fedramp-high}}
              - name: gpt-4o
                deployments:
                  - {{id: azure-gov, provider: azure-openai, endpoint: "{fake}", upstream_model: gpt-4o-gov, api_version: 2024-10-21,
                     credentials: {{env: CUSTOS_IT_AZURE_KEY}}, region: usgovvirginia, jurisdiction: us, authorization: fedramp-high}}
              - name: text-embedding-3-small
                deployments:
                  - {{id: azure-embed, provider: azure-openai, endpoint: "{fake}", upstream_model: embed-gov,
                     credentials: {{env: CUSTOS_IT_AZURE_KEY}}, region: usgovvirginia, jurisdiction: us, authorization: fedramp-high}}
            policy: {{files: [{REPO / "policies" / "default.cedar"}]}}
            tenants:
              - id: agency-a
                models: "*"
                allowed_regions: [us-gov-west-1, us-gov-east-1, usgovvirginia]
                principals:
                  - {{id: alice, clearance: secret}}
            """
        )
    )
    return config


@pytest.fixture(scope="module")
def providers():
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        env = {
            "CUSTOS_IT_FAKE_AWS": f"{AWS_KEY_ID}:{AWS_SECRET}",
            "CUSTOS_IT_AZURE_KEY": AZURE_KEY,
            "AWS_ACCESS_KEY_ID": AWS_KEY_ID,
            "AWS_SECRET_ACCESS_KEY": AWS_SECRET,
        }
        fake = Process(
            [CUSTOS_BIN, "dev", "fake-upstream", "--port", "0", "--aws-key-env", "CUSTOS_IT_FAKE_AWS", "--api-key-env", "CUSTOS_IT_AZURE_KEY"],
            env=env,
        )
        config = write_config(directory, fake.port)
        custos("keys", "ledger-init", "--origin", "custos.test/providers", "--out", str(directory / "ledger.key"))
        key = json.loads(custos("keys", "create", "--config", str(config), "--tenant", "agency-a", "--principal", "alice", "--json").stdout)["key"]
        gateway = Process([CUSTOS_BIN, "serve", "--config", str(config)], env=env)
        try:
            yield {"gateway": gateway, "fake": fake, "key": key, "dir": directory}
        finally:
            gateway.stop()
            fake.stop()


@pytest.fixture
def client(providers):
    import openai

    return openai.OpenAI(base_url=providers["gateway"].base_url + "/v1", api_key=providers["key"], max_retries=0)


def fake_call(providers, method, path, body=None):
    request = urllib.request.Request(
        providers["fake"].base_url + path, method=method, data=None if body is None else json.dumps(body).encode()
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


@pytest.fixture(autouse=True)
def clear_faults(providers):
    fake_call(providers, "DELETE", "/_fake/faults")
    yield
    fake_call(providers, "DELETE", "/_fake/faults")


# --- through Custos with the OpenAI SDK ------------------------------------------------------------


def test_bedrock_chat_streamed_and_not(client):
    answer = client.chat.completions.create(
        model="claude", messages=[{"role": "system", "content": "be brief"}, {"role": "user", "content": "hello bedrock"}]
    )
    assert answer.choices[0].message.content == "echo: hello bedrock"
    assert answer.choices[0].finish_reason == "stop"
    assert answer.usage.prompt_tokens == 4 and answer.usage.completion_tokens == 3

    stream = client.chat.completions.create(
        model="claude", messages=[{"role": "user", "content": "stream this answer"}], stream=True, stream_options={"include_usage": True}
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "echo: stream this answer"
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "stop"
    assert chunks[-1].choices == [] and chunks[-1].usage.total_tokens == chunks[-1].usage.prompt_tokens + chunks[-1].usage.completion_tokens


def test_bedrock_tool_calls_both_ways(client):
    tools = [{"type": "function", "function": {"name": "lookup", "description": "Look it up",
                                               "parameters": {"type": "object", "properties": {"echo": {"type": "string"}}}}}]
    answer = client.chat.completions.create(
        model="claude", messages=[{"role": "user", "content": "find it"}], tools=tools, tool_choice="required"
    )
    call = answer.choices[0].message.tool_calls[0]
    assert answer.choices[0].finish_reason == "tool_calls"
    assert call.function.name == "lookup" and json.loads(call.function.arguments) == {"echo": "find it"}

    # The tool's result goes back as a toolResult turn; the conversation continues.
    follow = client.chat.completions.create(
        model="claude",
        messages=[
            {"role": "user", "content": "find it"},
            {"role": "assistant", "content": None, "tool_calls": [call.model_dump()]},
            {"role": "tool", "tool_call_id": call.id, "content": "42"},
            {"role": "user", "content": "and then?"},
        ],
        tools=tools,
    )
    assert follow.choices[0].message.content == "echo: 42 and then?"

    streamed = client.chat.completions.create(
        model="claude", messages=[{"role": "user", "content": "stream a call"}], tools=tools, tool_choice="required", stream=True
    )
    deltas = [c.choices[0].delta for c in streamed if c.choices and c.choices[0].delta.tool_calls]
    assert deltas[0].tool_calls[0].function.name == "lookup"
    arguments = "".join(d.tool_calls[0].function.arguments or "" for d in deltas)
    assert json.loads(arguments) == {"echo": "stream a call"}


def test_web_identity_credentials_come_from_sts(client, providers):
    before = fake_call(providers, "GET", "/_fake/stats")["sts_calls"]
    answer = client.chat.completions.create(model="claude-federated", messages=[{"role": "user", "content": "federated"}])
    assert answer.choices[0].message.content == "echo: federated"
    again = client.chat.completions.create(model="claude-federated", messages=[{"role": "user", "content": "cached"}])
    assert again.choices[0].message.content == "echo: cached"
    # One AssumeRoleWithWebIdentity for both calls: the temporary credentials are reused until near expiry.
    assert fake_call(providers, "GET", "/_fake/stats")["sts_calls"] <= before + 1


def test_bedrock_embeddings_titan_and_cohere(client):
    titan = client.embeddings.create(model="titan-embed", input=["first text", "second"], dimensions=256)
    assert [d.index for d in titan.data] == [0, 1] and len(titan.data[0].embedding) == 256
    assert titan.usage.prompt_tokens == 3
    cohere = client.embeddings.create(model="cohere-embed", input="one text", encoding_format="float")
    assert len(cohere.data) == 1 and len(cohere.data[0].embedding) == 1024
    assert cohere.usage.prompt_tokens == 2


def test_azure_chat_stream_and_embeddings(client):
    answer = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hello azure"}])
    assert answer.choices[0].message.content == "echo: hello azure"
    text = "".join(
        c.choices[0].delta.content or ""
        for c in client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "streamed azure"}], stream=True)
        if c.choices
    )
    assert text == "echo: streamed azure"
    embedding = client.embeddings.create(model="text-embedding-3-small", input="vector me")
    assert len(embedding.data[0].embedding) == 16


def test_failover_to_the_other_region_and_503_when_none_is_left(client, providers):
    import openai

    fake_call(providers, "POST", "/_fake/faults", {"model": "anthropic.claude-3-5-sonnet-20240620-v1:0", "status": 500})
    answer = client.chat.completions.create(model="claude", messages=[{"role": "user", "content": "east please"}])
    assert answer.choices[0].message.content == "echo: east please"
    assert answer.model == "anthropic.claude-east-v1:0"

    fake_call(providers, "POST", "/_fake/faults", {"model": "*", "status": 503})
    with pytest.raises(openai.InternalServerError) as raised:
        client.chat.completions.create(model="claude", messages=[{"role": "user", "content": "anyone?"}])
    assert raised.value.status_code == 503
    assert raised.value.body["code"] == "no_healthy_deployment"


def test_unsupported_fields_are_refused_with_their_name(client):
    import openai

    with pytest.raises(openai.BadRequestError) as raised:
        client.chat.completions.create(model="claude", messages=[{"role": "user", "content": "x"}], n=2)
    assert raised.value.body["param"] == "n"
    with pytest.raises(openai.BadRequestError) as raised:
        client.chat.completions.create(
            model="claude",
            messages=[{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "https://example.com/cat.png"}}]}],
        )
    assert "data: URLs" in raised.value.message


# --- against botocore ------------------------------------------------------------------------------


def random_request(rng):
    def token(alphabet, low, high):
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(low, high)))

    unreserved = string.ascii_letters + string.digits + "-_.~"
    segments = [token(unreserved + ":@!$'()*,;= ", 1, 12) for _ in range(rng.randint(1, 4))]
    path = "/" + "/".join(urllib.parse.quote(s, safe="") for s in segments)
    if rng.random() < 0.3:
        path += "/"
    query_pairs = [(token(unreserved + " &=/", 1, 8), token(unreserved + " &=/+", 0, 10)) for _ in range(rng.randint(0, 4))]
    query = "&".join(f"{urllib.parse.quote(k, safe='-_.~')}={urllib.parse.quote(v, safe='-_.~')}" for k, v in query_pairs)
    headers = [("Host", rng.choice(["bedrock-runtime.us-gov-west-1.amazonaws.com", "127.0.0.1:8443", "example.amazonaws.com"]))]
    for _ in range(rng.randint(0, 4)):
        headers.append(("X-Custom-" + token(string.ascii_letters, 1, 6), "  " + token(string.printable[:62] + "  \t,;", 0, 20) + " "))
    if rng.random() < 0.5:
        headers.append(("Content-Type", "application/json"))
    body = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 300)))
    return {
        "method": rng.choice(["GET", "POST", "PUT"]),
        "path": path,
        "query": query,
        "headers": headers,
        "body_b64": base64.b64encode(body).decode(),
        "region": rng.choice(["us-east-1", "us-gov-west-1", "us-gov-east-1", "eu-central-1"]),
        "service": rng.choice(["bedrock", "sts", "execute-api"]),
        "access_key": "AKID" + token(string.ascii_uppercase + string.digits, 16, 16),
        "secret_key": token(string.ascii_letters + string.digits + "/+", 40, 40),
        "token": token(string.ascii_letters + string.digits + "/+=", 50, 200) if rng.random() < 0.5 else None,
        "timestamp": rng.randint(1_400_000_000, 1_900_000_000),
        "content_hash": rng.random() < 0.5,
    }


def botocore_authorization(case):
    import datetime
    from unittest import mock

    from botocore.auth import SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials

    url = "https://" + dict((k.lower(), v) for k, v in case["headers"])["host"] + case["path"] + ("?" + case["query"] if case["query"] else "")
    request = AWSRequest(method=case["method"], url=url, data=base64.b64decode(case["body_b64"]))
    for name, value in case["headers"]:
        if name.lower() != "host":
            request.headers[name] = value
    if case["content_hash"]:
        import hashlib

        request.headers["X-Amz-Content-SHA256"] = hashlib.sha256(base64.b64decode(case["body_b64"])).hexdigest()
    credentials = Credentials(case["access_key"], case["secret_key"], case["token"])
    moment = datetime.datetime.fromtimestamp(case["timestamp"], datetime.timezone.utc).replace(tzinfo=None)
    with mock.patch("botocore.auth.get_current_datetime", return_value=moment):
        SigV4Auth(credentials, case["service"], case["region"]).add_auth(request)
    return request.headers["Authorization"]


def test_sigv4_signatures_match_botocore_on_randomized_requests():
    rng = random.Random(20261127)
    cases = [random_request(rng) for _ in range(400)]
    for case in cases:
        # botocore reads the Host from the URL; give Custos the same (botocore drops default ports).
        host = dict((k.lower(), v) for k, v in case["headers"])["host"]
        if host.endswith(":443"):
            case["headers"] = [(k, host[:-4]) if k.lower() == "host" else (k, v) for k, v in case["headers"]]
    lines = "\n".join(json.dumps(c) for c in cases) + "\n"
    result = subprocess.run([CUSTOS_BIN, "dev", "sigv4"], input=lines, capture_output=True, text=True, timeout=60, check=True)
    ours = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(ours) == len(cases)
    mismatches = [(c, o) for c, o in zip(cases, ours) if o["authorization"] != botocore_authorization(c)]
    assert not mismatches, f"{len(mismatches)} of {len(cases)} differ; first: {mismatches[0][0]} ours: {mismatches[0][1]['canonical_request']}"


OPENAI_REQUESTS = [
    {"model": "anthropic.claude-3-5-sonnet-20240620-v1:0", "messages": [{"role": "user", "content": "hi"}]},
    {"model": "m", "max_completion_tokens": 12, "temperature": 0.5, "top_p": 1, "stop": ["a", "b"],
     "messages": [{"role": "system", "content": "s"}, {"role": "user", "content": [{"type": "text", "text": "x"},
                  {"type": "image_url", "image_url": {"url": "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ=="}}]}]},
    {"model": "m", "tools": [{"type": "function", "function": {"name": "f", "parameters": {"type": "object", "properties": {}}}}],
     "tool_choice": {"type": "function", "function": {"name": "f"}},
     "messages": [{"role": "user", "content": "u"},
                  {"role": "assistant", "content": "calling", "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{\"a\": [1, 2.5, null]}"}}]},
                  {"role": "tool", "tool_call_id": "c1", "content": "r1"},
                  {"role": "user", "content": "next"}]},
    {"model": "m", "tool_choice": "auto", "stream": True, "stream_options": {"include_usage": True},
     "tools": [{"type": "function", "function": {"name": "g", "description": "d"}}],
     "messages": [{"role": "developer", "content": [{"type": "text", "text": "dev"}]}, {"role": "user", "content": "u"},
                  {"role": "assistant", "content": [{"type": "text", "text": "a"}]}, {"role": "user", "content": "v"}]},
]


def test_converse_bodies_are_valid_against_botocores_service_model():
    from botocore.loaders import Loader
    from botocore.model import ServiceModel
    from botocore.validate import ParamValidator

    model = ServiceModel(Loader().load_service_model("bedrock-runtime", "service-2"), "bedrock-runtime")
    validator = ParamValidator()
    lines = "\n".join(json.dumps(r) for r in OPENAI_REQUESTS) + "\n"
    result = subprocess.run([CUSTOS_BIN, "dev", "converse-request"], input=lines, capture_output=True, text=True, timeout=60, check=True)
    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(outputs) == len(OPENAI_REQUESTS)
    for operation in ("Converse", "ConverseStream"):
        shape = model.operation_model(operation).input_shape
        for output in outputs:
            assert "error" not in output, output
            params = {"modelId": output["modelId"], **output["body"]}
            # Image bytes travel as base64 text in JSON; botocore's validator wants the decoded blob.
            for message in params["messages"]:
                for block in message["content"]:
                    if "image" in block:
                        block["image"]["source"]["bytes"] = base64.b64decode(block["image"]["source"]["bytes"])
            report = validator.validate(params, shape)
            assert not report.has_errors(), report.generate_report()


def test_botocore_client_against_the_fake_bedrock(providers):
    import botocore.session
    from botocore.exceptions import ClientError

    session = botocore.session.get_session()
    client = session.create_client(
        "bedrock-runtime", region_name="us-gov-west-1", endpoint_url=providers["fake"].base_url,
        aws_access_key_id=AWS_KEY_ID, aws_secret_access_key=AWS_SECRET,
    )
    answer = client.converse(modelId="anthropic.claude-3-5-sonnet-20240620-v1:0", messages=[{"role": "user", "content": [{"text": "boto"}]}])
    assert answer["output"]["message"]["content"] == [{"text": "echo: boto"}] and answer["stopReason"] == "end_turn"
    # The fake's answer has the shape of Bedrock's published output (checked with botocore's validator).
    from botocore.validate import ParamValidator

    output_shape = client.meta.service_model.operation_model("Converse").output_shape
    answer.pop("ResponseMetadata")
    report = ParamValidator().validate(answer, output_shape)
    assert not report.has_errors(), report.generate_report()
    events = list(client.converse_stream(modelId="m", messages=[{"role": "user", "content": [{"text": "boto stream"}]}])["stream"])
    assert [next(iter(e)) for e in events] == ["messageStart", "contentBlockDelta", "contentBlockDelta", "contentBlockDelta",
                                               "contentBlockStop", "messageStop", "metadata"]
    wrong = session.create_client(
        "bedrock-runtime", region_name="us-gov-west-1", endpoint_url=providers["fake"].base_url,
        aws_access_key_id=AWS_KEY_ID, aws_secret_access_key="not-the-secret",
    )
    with pytest.raises(ClientError) as raised:
        wrong.converse(modelId="m", messages=[{"role": "user", "content": [{"text": "x"}]}])
    assert raised.value.response["Error"]["Code"] == "InvalidSignatureException"
