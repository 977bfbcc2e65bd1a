import { parentPort, workerData } from 'node:worker_threads';
import { openReadOnly } from '../db/connection';
import { CACHE_KIB } from '../db/connection';
import { reportTasks, type ReportTaskName } from './tasks';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './worker-protocol';

/*
 * The report worker: a thread of its own with its own read-only connection (the write-ahead log
 * lets it read while the main connection writes), so that a month's figures or export never hold
 * up the counter. It answers the requests of `ReportRunner` one at a time.
 */
const setup = workerData as WorkerSetup;
const db = openReadOnly(setup.databaseFile, { nativeBinding: setup.nativeBinding });
db.pragma(`cache_size = ${-CACHE_KIB}`);

const reply = (message: WorkerReply) => parentPort?.postMessage(message);

parentPort?.on('message', (request: WorkerRequest) => {
  void (async () => {
    try {
      const task = reportTasks[request.task as ReportTaskName] as
        ((context: Parameters<(typeof reportTasks)[ReportTaskName]>[0], input: unknown) => unknown) | undefined;
      if (!task) throw new Error(`No report task named ${request.task}`);
      const value = await task(
        { db, nativeBinding: setup.nativeBinding, progress: (progress) => reply({ id: request.id, progress }) },
        request.input,
      );
      reply({ id: request.id, value });
    } catch (error) {
      reply({ id: request.id, error: error instanceof Error ? error.message : String(error) });
    }
  })();
});
