import type { Language } from '../../shared/contract';
import type { Role } from '../../shared/domain/roles';
import type { WritableDB } from './db/types';
import type { Printer } from './print/printer';
import type { RemotePinAttempts } from '../../shared/domain/sign-in';
import type { ReportRunner } from './reports/runner';

/** Who is signed in on one window (Electron) or one browser cookie (browser mode). */
export interface Session {
  staffId: number | null;
  /**
   * The PIN hash the sign-in was checked against. A PIN reset changes it, which ends every
   * session signed in with the old PIN (someone who learnt it is put out at once).
   */
  credential?: string;
  /**
   * Where the caller is, set by browser mode on every request from the socket's address (never a
   * header). Absent for the desktop app and the command line, which run on this computer.
   */
  source?: { address: string; loopback: boolean };
}

/** Did this call come over the network from another computer (browser mode with `--allow-lan`)? */
export function isRemote(session: Session): boolean {
  return session.source !== undefined && !session.source.loopback;
}

/** The signed-in staff member a handler acts for. */
export interface Actor {
  id: number;
  name: string;
  role: Role;
}

/** The core's long-lived parts, shared by every call. */
export interface Core {
  db: WritableDB;
  dataDir: string;
  databaseFile: string;
  version: string;
  /** Language of messages when the caller's is unknown (setup's choice, else `--lang`). */
  defaultLanguage: Language;
  now: () => Date;
  /** The system's printers (the desktop app); null in browser mode, where the browser prints. */
  printer: Printer | null;
  /** Where reports are worked out: a worker thread with its own read-only connection. */
  reports: ReportRunner;
  /** Wrong PINs typed from other computers, by their address (kept in memory; see services/session). */
  remoteSignIns: Map<string, RemotePinAttempts>;
}

/** What one handler call sees. */
export interface HandlerContext {
  core: Core;
  db: WritableDB;
  session: Session;
  /** Null only for public handlers called before sign-in. */
  actor: Actor | null;
  now: Date;
  /**
   * Set when the command line acts (no one signs in there): the operating system's user running
   * it, named in every audit entry it writes as "command line, OS user X".
   */
  commandLineUser?: string;
}

/** For handlers that the router only runs for a signed-in caller. */
export function requireActor(context: HandlerContext): Actor {
  if (!context.actor) throw new Error('Handler needs a signed-in actor; the router should have refused the call');
  return context.actor;
}
