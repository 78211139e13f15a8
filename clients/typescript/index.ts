/**
 * A typed client for the Snowball API: every path, parameter, body and response of docs/openapi.json
 * as TypeScript types (schema.d.ts, generated), called through openapi-fetch. See README.md.
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type { components, paths };
export type SnowballClient = Client<paths>;
export type Schemas = components['schemas'];

export interface SnowballClientOptions {
  /** Where the API is, e.g. `https://snowball.example.com` (no trailing `/v1`). */
  baseUrl: string;
  /** An access token or API key; a function is asked before every request (so a refreshed token is used). */
  token?: string | (() => string | undefined | Promise<string | undefined>);
  /** A fetch implementation (defaults to the global one). */
  fetch?: typeof fetch;
}

/** A client bound to one server: `client.GET('/v1/contacts', { params: { query: { q: 'ana' } } })`. */
export function createSnowballClient(options: SnowballClientOptions): SnowballClient {
  const client = createClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch });
  if (options.token !== undefined) {
    const token = options.token;
    const auth: Middleware = {
      async onRequest({ request }) {
        const value = typeof token === 'function' ? await token() : token;
        if (value) request.headers.set('Authorization', `Bearer ${value}`);
        return request;
      },
    };
    client.use(auth);
  }
  return client;
}
