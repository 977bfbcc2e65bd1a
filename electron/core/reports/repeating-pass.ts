/** When a background pass first looks after opening, and how often after that. */
export interface PassTiming {
  firstAfterMs: number;
  everyMs: number;
}

export interface RepeatingPass<T> {
  /** One pass now, or the one already running: what it did. */
  catchUp(): Promise<T>;
  /** Looks after `firstAfterMs`, then every `everyMs`; the timers never keep the process alive. */
  start(timing?: PassTiming): void;
  close(): void;
}

/**
 * A pass the core runs in the background now and then (catching up the kept facts, writing the
 * scheduled logs): never two at once, a failure logged under `name` and tried again at the next
 * look, and nothing more once closed (`isClosed` tells the pass to stop between steps).
 */
export function repeatingPass<T>(
  pass: (isClosed: () => boolean) => Promise<T>,
  options: { name: string; timing: PassTiming; log?: (error: unknown, name: string) => void },
): RepeatingPass<T> {
  let running: Promise<T> | null = null;
  let closed = false;
  let timer: NodeJS.Timeout | null = null;
  const isClosed = () => closed;

  const repeating: RepeatingPass<T> = {
    catchUp() {
      running ??= pass(isClosed).finally(() => {
        running = null;
      });
      return running;
    },
    start(timing = options.timing) {
      const look = (after: number) => {
        timer = setTimeout(() => {
          repeating.catchUp().then(
            () => !closed && look(timing.everyMs),
            (error: unknown) => {
              if (closed) return;
              options.log?.(error, options.name);
              look(timing.everyMs);
            },
          );
        }, after);
        timer.unref();
      };
      look(timing.firstAfterMs);
    },
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
    },
  };
  return repeating;
}
