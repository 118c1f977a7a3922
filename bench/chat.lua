-- wrk script: POST a small chat completion. BENCH_KEY (env) adds the Custos bearer key.
wrk.method = "POST"
wrk.body = '{"model":"fake-echo","messages":[{"role":"system","content":"You are terse."},{"role":"user","content":"Summarise the quarterly report in one line."}],"max_tokens":64}'
wrk.headers["Content-Type"] = "application/json"
local key = os.getenv("BENCH_KEY")
if key and key ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. key
end

function response(status, headers, body)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
    wrk.thread:stop()
  end
end
