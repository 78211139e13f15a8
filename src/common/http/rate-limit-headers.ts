import type { OpenAPIObject } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

/** Where a budget stands after this request, as the client is told. */
export interface BudgetState {
  /** The policy's name in the headers: `ip` or `user`. */
  policy: string;
  quota: number;
  windowSeconds: number;
  remaining: number;
  /** Seconds until the window ends and the budget is full again. */
  resetSeconds: number;
}

function appended(reply: FastifyReply, name: string, item: string): string {
  const previous = reply.getHeader(name);
  return typeof previous === 'string' && previous !== '' ? `${previous}, ${item}` : item;
}

/**
 * Adds a budget to the response's `RateLimit-Policy` and `RateLimit` fields, as
 * draft-ietf-httpapi-ratelimit-headers-10 defines them (structured-field lists, one item per policy):
 * `RateLimit-Policy: "ip";q=1200;w=60, "user";q=600;w=60` and `RateLimit: "ip";r=1187;t=42, "user";r=590;t=42`.
 */
export function reportBudget(reply: FastifyReply, state: BudgetState): void {
  void reply.header(
    'ratelimit-policy',
    appended(reply, 'ratelimit-policy', `"${state.policy}";q=${state.quota};w=${state.windowSeconds}`),
  );
  void reply.header(
    'ratelimit',
    appended(reply, 'ratelimit', `"${state.policy}";r=${state.remaining};t=${state.resetSeconds}`),
  );
}

const HEADERS = {
  'RateLimit-Policy': {
    description:
      'The request budgets that apply (draft-ietf-httpapi-ratelimit-headers): `"ip";q=1200;w=60` is 1200 requests per 60 seconds from one IP, `"user";q=600;w=60` per signed-in user.',
    schema: { type: 'string', example: '"ip";q=1200;w=60, "user";q=600;w=60' },
  },
  RateLimit: {
    description:
      'What is left of each budget: `r` requests remain, and the window ends in `t` seconds. Shared by every server instance.',
    schema: { type: 'string', example: '"ip";r=1187;t=42, "user";r=590;t=42' },
  },
  'Retry-After': {
    description: 'Seconds to wait before retrying.',
    schema: { type: 'integer', example: 42 },
  },
};

/**
 * Documents the rate-limit headers once (components.headers) and references them from every response
 * of every rate-limited operation (all but the health checks); 429s also get Retry-After.
 */
export function documentRateLimitHeaders(document: OpenAPIObject): void {
  document.components ??= {};
  document.components.headers = { ...document.components.headers, ...HEADERS };
  const ref = (name: keyof typeof HEADERS) => ({ $ref: `#/components/headers/${name}` });
  for (const [route, path] of Object.entries(document.paths)) {
    if (route.startsWith('/health')) continue;
    for (const operation of Object.values(path) as Array<{ responses?: Record<string, { headers?: object }> }>) {
      if (!operation || typeof operation !== 'object' || !operation.responses) continue;
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!response || typeof response !== 'object' || '$ref' in response) continue;
        response.headers = {
          ...response.headers,
          'RateLimit-Policy': ref('RateLimit-Policy'),
          RateLimit: ref('RateLimit'),
          ...(status === '429' ? { 'Retry-After': ref('Retry-After') } : {}),
        };
      }
    }
  }
}
