import { can } from '../../shared/domain/roles';
import {
  contract,
  fail,
  isHandlerName,
  type Failure,
  type HandlerName,
  type Outcome,
  type Result,
} from '../../shared/contract';
import { translatorFor } from './translators';
import { findStaff } from './db/queries/staff';
import type { Actor, Core, HandlerContext, Session } from './context';
import { validationFailure, unexpectedFailure } from './errors';
import { handlers, type Handler, type Handlers } from './handlers';

export interface Router {
  /** Validates, checks access, runs the handler; never throws. `session` may be changed (sign-in, sign-out). */
  dispatch(name: string, input: unknown, session: Session): Promise<Result<unknown>>;
}

export interface RouterOptions {
  handlers?: Handlers;
  /** Where unexpected errors are reported; they reach the caller only as `internal`. */
  log?: (error: unknown, name: string) => void;
  /** Where a handler that held the thread too long is reported: its name and milliseconds, nothing else. */
  logSlow?: (name: HandlerName, milliseconds: number) => void;
  /** Milliseconds on a monotonic clock (a test may pass its own). */
  clock?: () => number;
  /** Called after every call, whatever its outcome: the audit anchor catches up with what was written. */
  afterEach?: () => void;
}

/**
 * A handler that holds the thread longer than this freezes the desktop app visibly (the core runs
 * in Electron's main process), so it is logged: the next slow path is seen in the field.
 */
export const SLOW_HANDLER_MS = 100;

function loadActor(core: Core, session: Session): Actor | null {
  if (session.staffId === null) return null;
  const staff = findStaff(core.db, session.staffId);
  if (!staff || !staff.active || staff.pinHash !== session.credential) {
    session.staffId = null;
    delete session.credential;
    return null;
  }
  return { id: staff.id, name: staff.name, role: staff.role };
}

function checkAccess(name: HandlerName, actor: Actor | null): Failure | null {
  const access = contract[name].access;
  if (access === 'public') return null;
  if (!actor) return fail('unauthenticated', 'errors.unauthenticated').error;
  if (access === 'signed-in' || can(actor.role, access)) return null;
  return fail('forbidden', 'errors.forbidden').error;
}

export function createRouter(core: Core, options: RouterOptions = {}): Router {
  const table = options.handlers ?? handlers;
  const log = options.log ?? ((error: unknown, name: string) => console.error(`[core] ${name} failed:`, error));
  const logSlow =
    options.logSlow ??
    ((name: HandlerName, milliseconds: number) =>
      console.warn(`[core] ${name} held the main thread for ${Math.round(milliseconds)} ms`));
  const clock = options.clock ?? (() => performance.now());
  const translate = (failure: Failure): Result<never> => {
    const translator = translatorFor(core.defaultLanguage);
    return { ok: false, error: { ...failure, message: translator(failure.key, failure.params) } };
  };

  function run<N extends HandlerName>(
    name: N,
    input: unknown,
    session: Session,
  ): Outcome<unknown> | Promise<Outcome<unknown>> {
    const actor = loadActor(core, session);
    const denied = checkAccess(name, actor);
    if (denied) return { ok: false, error: denied };
    const parsed = contract[name].input.safeParse(input ?? {});
    if (!parsed.success) return validationFailure(parsed.error);
    const context: HandlerContext = { core, db: core.db, session, actor, now: core.now() };
    const handler = table[name] as Handler<N>;
    return handler(parsed.data as Parameters<Handler<N>>[0], context);
  }

  return {
    async dispatch(name, input, session) {
      if (!isHandlerName(name)) return translate(fail('unknown-handler', 'errors.unknown-handler').error);
      let outcome: Outcome<unknown>;
      try {
        // Timed up to the answer or the first await: the part that blocks every other call.
        const started = clock();
        const answer = run(name, input, session);
        const held = clock() - started;
        if (held > SLOW_HANDLER_MS) logSlow(name, held);
        outcome = await answer;
      } catch (error) {
        log(error, name);
        outcome = unexpectedFailure(error);
      }
      options.afterEach?.();
      return outcome.ok ? outcome : translate(outcome.error);
    },
  };
}
