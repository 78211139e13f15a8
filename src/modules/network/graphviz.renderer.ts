import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';

/** How long one layout may take before the worker is stopped and the request answered 422. */
export const RENDER_TIMEOUT_MS = 60_000;

/**
 * The worker: loads Graphviz (WebAssembly) once and lays out one DOT source per message. Plain
 * JavaScript evaluated by `new Worker(…, { eval: true })`, so it runs the same from `dist/` and under
 * ts-jest; the module URL comes from the main thread's resolution.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const graphviz = import(workerData.moduleUrl).then((module) => module.Graphviz.load());
parentPort.on('message', async ({ id, dot }) => {
  try {
    const svg = (await graphviz).dot(dot, 'svg');
    parentPort.postMessage({ id, svg });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

interface Job {
  id: number;
  dot: string;
  resolve(svg: string): void;
  reject(error: Error): void;
}

interface WorkerReply {
  id: number;
  svg?: string;
  error?: string;
}

/**
 * Renders DOT to SVG with @hpcc-js/wasm-graphviz on a worker thread: a large layout takes seconds
 * of CPU, which must not stall every other request on the event loop. One worker, started on demand;
 * jobs run one at a time in arrival order, and queued jobs reuse it. When the queue is empty the
 * worker is stopped before the answer goes out: Graphviz's WebAssembly memory (80–150 MB, never
 * given back while the module lives) leaves with it, so the process is back to its size after every
 * SVG (issue 8: RSS ≤ 250 MB after any request); loading Graphviz again costs ~50 ms a render.
 * A layout that runs past RENDER_TIMEOUT_MS is abandoned (the worker is stopped; the next job starts
 * a fresh one).
 */
@Injectable()
export class GraphvizRenderer implements OnModuleDestroy {
  /** How long one layout may run (tests shorten it). */
  timeoutMs = RENDER_TIMEOUT_MS;
  private readonly logger = new Logger(GraphvizRenderer.name);
  private readonly queue: Job[] = [];
  private worker: Worker | null = null;
  private running: { job: Job; timer: NodeJS.Timeout } | null = null;
  private nextId = 1;

  renderSvg(dot: string): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, dot, resolve, reject });
      this.pump();
    });
  }

  async onModuleDestroy(): Promise<void> {
    const stopping = new Error('The server is shutting down.');
    for (const job of this.queue.splice(0)) job.reject(stopping);
    this.finish()?.reject(stopping);
    await this.stop();
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    const worker = this.worker ?? this.start();
    const timer = setTimeout(() => {
      this.finish()?.reject(
        new AppError(
          ErrorCode.NetworkLayoutTimeout,
          `Laying out this network took longer than ${Math.ceil(this.timeoutMs / 1000)} seconds. ` +
            'Download it as dot or graphml and lay it out locally.',
        ),
      );
      void this.stop();
      this.pump();
    }, this.timeoutMs);
    this.running = { job, timer };
    worker.postMessage({ id: job.id, dot: job.dot });
  }

  /** Ends the running job (clearing its timer) and hands it back to settle. */
  private finish(): Job | undefined {
    if (!this.running) return undefined;
    const { job, timer } = this.running;
    clearTimeout(timer);
    this.running = null;
    return job;
  }

  private start(): Worker {
    const moduleUrl = pathToFileURL(createRequire(import.meta.url).resolve('@hpcc-js/wasm-graphviz')).href;
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { moduleUrl } });
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      if (worker !== this.worker || this.running?.job.id !== reply.id) return;
      const job = this.finish()!;
      const settle = () => {
        if (reply.svg !== undefined) job.resolve(reply.svg);
        else job.reject(new Error(`Graphviz could not lay out the network: ${reply.error}`));
      };
      if (this.queue.length > 0) {
        settle();
        this.pump();
        return;
      }
      // Nothing waits: free Graphviz's memory before answering (a job arriving meanwhile starts a new worker).
      void this.stop().finally(() => {
        settle();
        this.pump();
      });
    });
    worker.on('error', (error) => {
      if (worker !== this.worker) return;
      this.logger.error({ err: error }, 'Graphviz worker failed');
      this.worker = null;
      this.finish()?.reject(error);
      this.pump();
    });
    worker.on('exit', () => {
      if (worker !== this.worker) return;
      this.worker = null;
      this.finish()?.reject(new Error('The Graphviz worker stopped unexpectedly.'));
      this.pump();
    });
    this.worker = worker;
    return worker;
  }

  private async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}
