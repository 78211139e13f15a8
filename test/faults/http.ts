import { type Agent, request } from 'node:http';

/** One HTTP answer, read whole. */
export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One request to the app under test on a keep-alive `agent`, without supertest: the fault suites
 * drive a server whose process or database they kill, so a cut connection must surface as an error
 * the caller retries, and a hung one as a timeout after `timeoutMs`.
 */
export function sendRequest(
  agent: Agent,
  port: number,
  method: string,
  route: string,
  options: { headers?: Record<string, string>; payload?: string; contentType?: string; timeoutMs: number },
): Promise<Answer> {
  const { headers = {}, payload, contentType = 'application/json', timeoutMs } = options;
  return new Promise<Answer>((done, failed) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: route,
        agent,
        headers: { ...headers, ...(payload !== undefined ? { 'content-type': contentType } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }),
        );
        res.on('error', failed);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')));
    req.on('error', failed);
    req.end(payload);
  });
}
