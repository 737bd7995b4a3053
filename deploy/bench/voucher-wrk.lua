-- wrk script of voucher-bench: each connection's requests reserve 100 fen on a bench client's
-- order with that client's session cookie and a fresh Idempotency-Key. Clients are dealt to wrk's
-- threads round-robin; each thread cycles through its own. VBENCH_CLIENTS names the Lua file with
-- {cookie, order, voucher} per client (written by VoucherBench.java).
local threads = {}
local next_id = 1

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  local all = dofile(os.getenv("VBENCH_CLIENTS"))
  local nthreads = tonumber(os.getenv("VBENCH_THREADS"))
  label = os.getenv("VBENCH_LABEL")
  mine = {}
  for i, c in ipairs(all) do
    if (i - 1) % nthreads == id - 1 then table.insert(mine, c) end
  end
  cursor, seq, ok, refused = 0, 0, 0, 0
end

function request()
  cursor = cursor % #mine + 1
  seq = seq + 1
  local c = mine[cursor]
  return wrk.format("POST", "/api/v1/service-orders/" .. c.order .. "/voucher", {
    ["Content-Type"] = "application/json",
    ["Cookie"] = c.cookie,
    ["Idempotency-Key"] = label .. "-" .. id .. "-" .. seq,
  }, '{"voucherId":' .. c.voucher .. ',"amountFen":100}')
end

function response(status, headers, body)
  if status == 200 then ok = ok + 1 else refused = refused + 1 end
end

function done(summary, latency, requests)
  local total_ok, total_refused = 0, 0
  for _, t in ipairs(threads) do
    total_ok = total_ok + t:get("ok")
    total_refused = total_refused + t:get("refused")
  end
  io.write(string.format("RESULT ok=%d refused=%d p50=%.1f p95=%.1f p99=%.1f\n", total_ok, total_refused,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
