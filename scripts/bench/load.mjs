// A bounded load test of one URL on 127.0.0.1 with autocannon, asking for gzip as browsers do.
import autocannon from 'autocannon';

export async function loadTest(url, { seconds = 10, connections = 10 } = {}) {
  const options = { url, connections, headers: { 'accept-encoding': 'gzip' } };
  await autocannon({ ...options, duration: 2 }); // warm-up: caches, JIT, the first render of each route
  const result = await autocannon({ ...options, duration: seconds });
  return {
    url,
    seconds,
    connections,
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}
