# SPDX-License-Identifier: Apache-2.0
"""The official OpenAI Python SDK, pointed at the real `custos` binary, against the fake upstream."""

import math

import openai
import pytest


def test_chat_completion(client):
    completion = client.chat.completions.create(model="fake-echo", messages=[{"role": "user", "content": "hello there"}])
    assert completion.object == "chat.completion"
    assert completion.choices[0].message.content == "echo: hello there"
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage.completion_tokens == 3
    assert completion.system_fingerprint == "fp_custos_fake"


def test_chat_completion_raw_response_has_request_id(client):
    raw = client.chat.completions.with_raw_response.create(model="fake-echo", messages=[{"role": "user", "content": "x"}])
    assert raw.headers.get("x-request-id")
    assert raw.parse().choices[0].message.content == "echo: x"


def test_streaming_with_usage(client):
    stream = client.chat.completions.create(
        model="fake-echo",
        messages=[{"role": "user", "content": "one two three"}],
        stream=True,
        stream_options={"include_usage": True},
    )
    text, usage, finish = "", None, None
    for chunk in stream:
        assert chunk.object == "chat.completion.chunk"
        if chunk.choices:
            text += chunk.choices[0].delta.content or ""
            finish = chunk.choices[0].finish_reason or finish
        if chunk.usage:
            usage = chunk.usage
    assert text == "echo: one two three"
    assert finish == "stop"
    assert usage is not None and usage.total_tokens == usage.prompt_tokens + usage.completion_tokens == 7


def test_tools_and_json_mode_pass_through(client):
    completion = client.chat.completions.create(
        model="fake-echo",
        messages=[{"role": "user", "content": "weather in Boston"}],
        tools=[{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object", "properties": {}}}}],
        tool_choice="required",
    )
    call = completion.choices[0].message.tool_calls[0]
    assert call.function.name == "get_weather"
    assert call.function.arguments == '{"echo":"weather in Boston"}'
    json_mode = client.chat.completions.create(
        model="fake-echo", messages=[{"role": "user", "content": "q"}], response_format={"type": "json_object"}
    )
    assert json_mode.choices[0].message.content == '{"echo":"q"}'


def test_embeddings_default_base64_and_float(client):
    # The SDK asks for base64 by default and decodes it itself.
    result = client.embeddings.create(model="fake-echo", input=["alpha", "beta"])
    assert [item.index for item in result.data] == [0, 1]
    vector = result.data[0].embedding
    assert len(vector) == 16
    assert math.isclose(sum(v * v for v in vector), 1.0, rel_tol=1e-4)
    floats = client.embeddings.create(model="fake-echo", input="alpha", encoding_format="float", dimensions=8)
    assert len(floats.data[0].embedding) == 8
    # Same input, same vector: the fake is deterministic, and the gateway does not alter the answer.
    again = client.embeddings.create(model="fake-echo", input=["alpha"])
    assert again.data[0].embedding == vector


def test_models_list_and_retrieve(stack, client):
    assert [m.id for m in client.models.list()] == ["fake-echo", "slow-model", "second-model"]
    assert client.models.retrieve("fake-echo").owned_by == "custos-fake-upstream"
    bob = openai.OpenAI(base_url=stack["gateway"].base_url + "/v1", api_key=stack["keys"]["bob"]["key"], max_retries=0)
    assert [m.id for m in bob.models.list()] == ["fake-echo"]
    with pytest.raises(openai.NotFoundError):
        bob.models.retrieve("second-model")
    with pytest.raises(openai.NotFoundError):
        bob.chat.completions.create(model="second-model", messages=[{"role": "user", "content": "x"}])


def test_authentication_error(stack):
    bad = openai.OpenAI(base_url=stack["gateway"].base_url + "/v1", api_key="csk_" + "A" * 43, max_retries=0)
    with pytest.raises(openai.AuthenticationError) as info:
        bad.chat.completions.create(model="fake-echo", messages=[{"role": "user", "content": "x"}])
    assert info.value.status_code == 401
    assert info.value.code == "invalid_api_key"


def test_bad_request_names_the_field(client):
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(model="fake-echo", messages=[{"content": "no role"}])
    assert info.value.param == "messages[0].role"
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(model="fake-echo", messages=[{"role": "user", "content": "x"}], max_tokens="lots")
    assert info.value.param == "max_tokens"


def test_not_found_for_unknown_model(client):
    with pytest.raises(openai.NotFoundError) as info:
        client.chat.completions.create(model="gpt-unknown", messages=[{"role": "user", "content": "x"}])
    assert info.value.code == "model_not_found"


def test_rate_limit_error(client):
    with pytest.raises(openai.RateLimitError) as info:
        client.chat.completions.create(
            model="fake-echo", messages=[{"role": "user", "content": "x"}], extra_body={"custos_fake": {"status": 429, "retry_after": 3}}
        )
    assert info.value.status_code == 429
    assert info.value.response.headers["retry-after"] == "3"


def test_body_too_large_is_413(client):
    with pytest.raises(openai.APIStatusError) as info:
        client.chat.completions.create(model="fake-echo", messages=[{"role": "user", "content": "x" * (70 * 1024)}])
    assert info.value.status_code == 413
    assert info.value.code == "request_too_large"


@pytest.mark.parametrize("upstream, expected", [(500, 502), (503, 503)])
def test_upstream_failures(client, upstream, expected):
    with pytest.raises(openai.APIStatusError) as info:
        client.chat.completions.create(
            model="fake-echo", messages=[{"role": "user", "content": "x"}], extra_body={"custos_fake": {"status": upstream}}
        )
    assert isinstance(info.value, openai.InternalServerError)
    assert info.value.status_code == expected


def test_upstream_timeout_is_504(client):
    with pytest.raises(openai.APIStatusError) as info:
        client.chat.completions.create(
            model="slow-model", messages=[{"role": "user", "content": "x"}], extra_body={"custos_fake": {"delay_ms": 3000}}
        )
    assert info.value.status_code == 504


def test_retry_before_first_byte_is_invisible(client):
    completion = client.chat.completions.create(
        model="fake-echo",
        messages=[{"role": "user", "content": "retry me"}],
        extra_body={"custos_fake": {"status": 503, "fail_times": 1, "key": "sdk-retry"}},
    )
    assert completion.choices[0].message.content == "echo: retry me"


def test_mid_stream_disconnect_raises(client):
    stream = client.chat.completions.create(
        model="fake-echo",
        messages=[{"role": "user", "content": "a b c d e f"}],
        stream=True,
        extra_body={"custos_fake": {"disconnect_after": 3}},
    )
    received = ""
    with pytest.raises(openai.APIError) as info:
        for chunk in stream:
            if chunk.choices:
                received += chunk.choices[0].delta.content or ""
    assert "incomplete" in str(info.value)
    # Some of the answer arrived before the break: the SDK raised rather than returning it as complete.
    assert received.startswith("echo:") and received != "echo: a b c d e f"
