import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReportTaskInput, ReportTaskName, ReportTaskResult, TaskProgress } from './tasks';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './worker-protocol';

/** Where the worker's code is: a built file, or TypeScript to run through tsx. */
export type WorkerLocation = { built: string } | { typescript: string };

/**
 * The built desktop app has the worker as an entry of its own beside the main bundle
 * (electron.vite.config.ts); browser mode, the CLI and the tests run the TypeScript through tsx.
 */
export function defaultWorkerLocation(): WorkerLocation {
  return __filename.endsWith('.ts')
    ? { typescript: join(__dirname, 'worker.ts') }
    : { built: join(__dirname, 'report-worker.js') };
}

function newWorker(location: WorkerLocation, setup: WorkerSetup): Worker {
  if ('built' in location) return new Worker(location.built, { workerData: setup });
  // tsx registered inside the thread, then the worker required: a thread does not inherit the
  // parent's loaders.
  const boot = `require('tsx/cjs/api').register(); require(${JSON.stringify(location.typescript)});`;
  return new Worker(boot, { eval: true, workerData: setup });
}

export class ReportTaskError extends Error {}

export interface ReportRunner {
  /** Runs a task in the worker (started on first use), telling `onProgress` how far it is. */
  run<N extends ReportTaskName>(
    task: N,
    input: ReportTaskInput<N>,
    onProgress?: (progress: TaskProgress) => void,
  ): Promise<ReportTaskResult<N>>;
  /** Stops the worker; a task still running is refused. */
  close(): Promise<void>;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  onProgress?: (progress: TaskProgress) => void;
}

/**
 * Runs report tasks in one worker thread, so the main thread (Electron's, where the counter's
 * every call is answered) is never held up by them. The worker keeps the process alive only while
 * it has work; if it dies, what it was doing is refused and the next task starts a new one.
 */
export function createReportRunner(
  setup: WorkerSetup,
  location: WorkerLocation = defaultWorkerLocation(),
): ReportRunner {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const refuseAll = (error: Error) => {
    for (const task of pending.values()) task.reject(error);
    pending.clear();
  };

  function start(): Worker {
    const started = newWorker(location, setup);
    started.on('message', (reply: WorkerReply) => {
      const task = pending.get(reply.id);
      if (!task) return;
      if ('progress' in reply) {
        task.onProgress?.(reply.progress);
        return;
      }
      pending.delete(reply.id);
      if (pending.size === 0) started.unref();
      if ('error' in reply) task.reject(new ReportTaskError(reply.error));
      else task.resolve(reply.value);
    });
    started.on('error', (error) => {
      if (worker === started) worker = null;
      refuseAll(error);
    });
    started.on('exit', (code) => {
      if (worker === started) worker = null;
      refuseAll(new ReportTaskError(`The report worker stopped (exit code ${code})`));
    });
    return started;
  }

  return {
    run(task, input, onProgress) {
      worker ??= start();
      const id = nextId++;
      const request: WorkerRequest = { id, task, input };
      const running = worker;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress });
        running.ref();
        running.postMessage(request);
      });
    },
    async close() {
      const stopping = worker;
      worker = null;
      if (stopping) await stopping.terminate();
      refuseAll(new ReportTaskError('The report worker was stopped'));
    },
  };
}
