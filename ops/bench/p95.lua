-- wrk reporting hook: prints the 95th percentile of the latency (does not change the requests)
done = function(summary, latency, requests)
  io.write(string.format("p95 %.2f ms\n", latency:percentile(95) / 1000))
end
