/** The two ways a scenario is measured: under load (autocannon) or call after call (warm latency). */
import autocannon, { type Request } from 'autocannon';

export interface Figures {
  /** `load`: N connections for a fixed time; `serial`: one call at a time, after warm-up calls. */
  mode: string;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Responses that were not 2xx, plus socket errors and timeouts. */
  errors: number;
}

export interface HttpCall {
  method?: string;
  path: string;
  body?: unknown;
}

export interface LoadOptions {
  url: string;
  token: string;
  connections: number;
  duration: number;
  /** The next request (called once per request, so bodies can differ); or a fixed one. */
  next: () => HttpCall;
  /** Called right before the counted run; the function it returns, right after (to read CPU around it). */
  around?: () => () => void;
}

/** Drives `url` with autocannon: `connections` connections for `duration` seconds. */
export async function load(options: LoadOptions): Promise<Figures> {
  const headers = { authorization: `Bearer ${options.token}`, 'content-type': 'application/json' };
  let reported = false;
  const request: Request = {
    onResponse: (status, body) => {
      if (status >= 300 && !reported) {
        reported = true;
        process.stderr.write(`  first failure: ${status} ${body.slice(0, 300)}\n`);
      }
    },
    setupRequest: (raw) => {
      const call = options.next();
      return {
        ...raw,
        method: call.method ?? 'GET',
        path: call.path,
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
      };
    },
  };
  const run = (duration: number) =>
    autocannon({
      url: options.url,
      connections: options.connections,
      duration,
      timeout: 30,
      headers,
      requests: [request],
    });
  // Warm-up, not counted: JIT, connection pools and caches as they are a few seconds into real traffic.
  await run(Math.max(1, Math.round(options.duration / 5)));
  const after = options.around?.();
  const result = await run(options.duration);
  after?.();
  return {
    mode: `load ×${options.connections}`,
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

/** One call; throws with the status and the start of the body when it is not 2xx. */
export async function call(url: string, token: string, request: HttpCall): Promise<unknown> {
  const response = await fetch(`${url}${request.path}`, {
    method: request.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${request.method ?? 'GET'} ${request.path}: ${response.status} ${text.slice(0, 300)}`);
  }
  const type = response.headers.get('content-type') ?? '';
  return type.includes('json') && text ? JSON.parse(text) : text;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export interface SerialOptions {
  url: string;
  token: string;
  /** Seconds to keep calling (at least `minCalls`, at most `maxCalls`). */
  duration: number;
  warmup?: number;
  minCalls?: number;
  maxCalls?: number;
  next: () => HttpCall;
}

/** Warm latency: `warmup` calls first, then one call at a time; p50 is the median of the warm calls. */
export async function serial(options: SerialOptions): Promise<Figures> {
  const { warmup = 2, minCalls = 5, maxCalls = 500 } = options;
  for (let i = 0; i < warmup; i++) await call(options.url, options.token, options.next());
  const times: number[] = [];
  let errors = 0;
  const started = performance.now();
  while (times.length + errors < maxCalls) {
    const elapsed = (performance.now() - started) / 1000;
    if (times.length + errors >= minCalls && elapsed >= options.duration) break;
    const before = performance.now();
    try {
      await call(options.url, options.token, options.next());
      times.push(performance.now() - before);
    } catch (error) {
      errors++;
      if (errors === 1) process.stderr.write(`  ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  const total = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    mode: 'serial',
    rps: (times.length + errors) / total,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    requests: times.length + errors,
    errors,
  };
}
