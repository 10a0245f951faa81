-- wrk report: one line with throughput and latency percentiles (ms), for docs/benchmarks.md.
-- Optional: WRK_PATHS (space-separated request paths) makes each request pick one at random.
local paths = {}
local list = os.getenv("WRK_PATHS")
if list then
  for p in string.gmatch(list, "%S+") do paths[#paths + 1] = p end
end

request = function()
  if #paths > 0 then
    return wrk.format(nil, paths[math.random(#paths)])
  end
  return wrk.format()
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format(
      "RESULT requests=%d req/s=%.0f p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms non2xx3xx+errors=%d\n",
      summary.requests, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(95) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000, errors))
end
