import type { TaskProgress } from './tasks';

/** What the report worker is started with. */
export interface WorkerSetup {
  databaseFile: string;
  nativeBinding?: string;
}

export interface WorkerRequest {
  id: number;
  task: string;
  input: unknown;
}

export type WorkerReply =
  { id: number; progress: TaskProgress } | { id: number; value: unknown } | { id: number; error: string };
