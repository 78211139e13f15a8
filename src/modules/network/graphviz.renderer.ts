import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';

/** How long one layout may take before the renderer is stopped and the request answered 422. */
export const RENDER_TIMEOUT_MS = 60_000;

/**
 * The renderer process: reads one DOT source from stdin, loads Graphviz (WebAssembly), writes the
 * SVG to stdout and exits. Plain CommonJS run by `node -e`, so it runs the same from `dist/` and
 * under ts-jest; the module URL comes from the main process's resolution (argv[1]).
 */
const RENDERER_SOURCE = `
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', async () => {
  try {
    const { Graphviz } = await import(process.argv[1]);
    const svg = (await Graphviz.load()).dot(Buffer.concat(chunks).toString('utf8'), 'svg');
    process.stdout.end(svg);
  } catch (error) {
    process.stderr.write(String((error && error.message) || error));
    process.exitCode = 1;
  }
});
`;

interface Job {
  dot: string;
  resolve(svg: string): void;
  reject(error: Error): void;
}

/**
 * Renders DOT to SVG with @hpcc-js/wasm-graphviz in a **child process**, one per layout: a large
 * layout takes seconds of CPU, which must not stall every other request on the event loop, and
 * Graphviz's WebAssembly memory (80–150 MB for 1,000 participants) must leave with it. A worker
 * thread that is terminated gives the memory back to the allocator, not to the system: glibc keeps
 * the thread's arena, and the app's RSS stayed ~70 MB higher after every SVG (issue 8: RSS ≤ 250 MB
 * after any request). A process that exits returns all of it. Starting Node and loading Graphviz
 * costs ~100 ms a render. Jobs run one at a time in arrival order; a layout that runs past
 * `timeoutMs` is killed and answered 422 `network_layout_timeout`; a renderer that fails or dies is
 * answered 500 `network_render_failed` (logged with what it said).
 */
@Injectable()
export class GraphvizRenderer implements OnModuleDestroy {
  /** How long one layout may run (tests shorten it). */
  timeoutMs = RENDER_TIMEOUT_MS;
  private readonly logger = new Logger(GraphvizRenderer.name);
  private readonly queue: Job[] = [];
  private running: { job: Job; child: ChildProcess; timer: NodeJS.Timeout } | null = null;
  /** The Graphviz module the renderer loads (tests point it elsewhere to see a failure). */
  moduleUrl = pathToFileURL(createRequire(import.meta.url).resolve('@hpcc-js/wasm-graphviz')).href;

  renderSvg(dot: string): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      this.queue.push({ dot, resolve, reject });
      this.pump();
    });
  }

  onModuleDestroy(): void {
    const stopping = new Error('The server is shutting down.');
    for (const job of this.queue.splice(0)) job.reject(stopping);
    const running = this.running;
    this.running = null;
    if (running) {
      clearTimeout(running.timer);
      running.child.kill('SIGKILL');
      running.job.reject(stopping);
    }
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    const child = spawn(process.execPath, ['-e', RENDERER_SOURCE, this.moduleUrl], {
      stdio: ['pipe', 'pipe', 'pipe'],
      // Only what Node needs: the renderer sees none of the app's settings or secrets.
      env: { PATH: process.env.PATH },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const settle = (outcome: { svg: string } | { error: Error }) => {
      if (this.running?.child !== child) return;
      clearTimeout(this.running.timer);
      this.running = null;
      if ('svg' in outcome) job.resolve(outcome.svg);
      else job.reject(outcome.error);
      this.pump();
    };
    const failed = (why: string) => {
      this.logger.error({ reason: why }, 'Graphviz renderer failed');
      settle({
        error: new AppError(
          ErrorCode.NetworkRenderFailed,
          'The network could not be laid out as svg on the server. Ask for format=dot or format=graphml and lay it out locally.',
        ),
      });
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      settle({
        error: new AppError(
          ErrorCode.NetworkLayoutTimeout,
          `Laying out this network took longer than ${Math.ceil(this.timeoutMs / 1000)} seconds. ` +
            'Download it as dot or graphml and lay it out locally.',
        ),
      });
    }, this.timeoutMs);
    this.running = { job, child, timer };
    child.on('error', (error) => failed(error.message));
    child.on('close', (code, signal) => {
      if (code === 0) settle({ svg: Buffer.concat(out).toString('utf8') });
      else failed(Buffer.concat(err).toString('utf8').slice(0, 2000) || `exited with ${code ?? signal}`);
    });
    child.stdin.on('error', () => undefined); // a renderer that died early: reported by 'close'
    child.stdin.end(job.dot);
  }
}
