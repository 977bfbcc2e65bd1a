import {
  fail,
  ok,
  type Outcome,
  type ParsedInputOf,
  type PrinterList,
  type PrintJob,
  type PrintJobStarted,
  type PrintSettings,
  type RenderedDocument,
} from '../../../shared/contract';
import { writeSetting } from '../db/queries/settings';
import {
  claimedPrints,
  findPrintJob,
  finishPrintJob,
  insertPrintJob,
  ticketPrintJobs,
  type JobOutcome,
  type PrintJobRecord,
} from '../db/queries/print-jobs';
import { writeTransaction } from '../db/sql';
import { requireActor, type HandlerContext } from '../context';
import type { Printer, PrintRequest, SystemPrinterState } from '../print/printer';
import { audit } from './audit';
import { driverCopies, prepareDocument, readPrintSettings } from './print-documents';

/**
 * Print jobs. A job is recorded (queued) before anything is sent, then finished as sent or
 * failed with the reason; the ticket was committed long before, so a printer that is off,
 * missing or out of paper never loses or blocks a ticket. In browser mode the job is handed
 * to the renderer, which opens the browser's print dialog and reports back.
 */

function publicJob(record: PrintJobRecord): PrintJob {
  const { staffId: _staffId, ...job } = record;
  return job;
}

export async function renderDocument(
  context: HandlerContext,
  input: ParsedInputOf<'print-render'>,
): Promise<Outcome<RenderedDocument>> {
  const prepared = await prepareDocument(context, input);
  return prepared.ok ? ok(prepared.value.rendered) : prepared;
}

type Resolved = { ok: true; printer: string } | { ok: false; printer: string; outcome: JobOutcome };

/** The printer a job goes to: the one named if the system has it, else the default. */
async function resolvePrinter(printer: Printer, name: string): Promise<Resolved> {
  let installed: SystemPrinterState[];
  try {
    installed = await printer.list();
  } catch (error) {
    return { ok: false, printer: name, outcome: { state: 'failed', failure: 'failed', detail: String(error) } };
  }
  const refuse = (failure: 'no-printer' | 'printer-not-found' | 'printer-offline', shown: string): Resolved => ({
    ok: false,
    printer: shown,
    outcome: { state: 'failed', failure, detail: '' },
  });
  if (installed.length === 0) return refuse('no-printer', name);
  if (name === '') {
    // The system's default. Where the system says which one that is, check it is online and
    // name it in the history; otherwise (Windows) leave the choice to the system.
    const fallback = installed.find((candidate) => candidate.isDefault);
    if (!fallback) return { ok: true, printer: '' };
    if (fallback.offline) return refuse('printer-offline', fallback.name);
    return { ok: true, printer: fallback.name };
  }
  const target = installed.find((candidate) => candidate.name === name);
  if (!target) return refuse('printer-not-found', name);
  if (target.offline) return refuse('printer-offline', target.name);
  return { ok: true, printer: target.name };
}

async function send(printer: Printer, request: PrintRequest, output: 'printer' | 'pdf'): Promise<JobOutcome> {
  try {
    const outcome = output === 'pdf' ? await printer.savePdf(request) : await printer.print(request);
    return outcome.ok
      ? { state: 'sent', savedTo: outcome.savedTo }
      : { state: 'failed', failure: outcome.failure, detail: outcome.detail };
  } catch (error) {
    return { state: 'failed', failure: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
}

function finishJob(context: HandlerContext, id: number, outcome: JobOutcome): PrintJob {
  const at = context.core.now().toISOString();
  writeTransaction(context.db, () => {
    finishPrintJob(context.db, id, outcome, at);
    audit(context.db, { actor: context.actor, now: new Date(at) }, 'print.job-finish', {
      entity: 'print-job',
      entityId: id,
      details: outcome.state === 'failed' ? { state: 'failed', failure: outcome.failure } : { state: 'sent' },
    });
  });
  return publicJob(findPrintJob(context.db, id)!);
}

export async function printDocument(
  context: HandlerContext,
  input: ParsedInputOf<'print-document'>,
): Promise<Outcome<PrintJobStarted>> {
  const actor = requireActor(context);
  const prepared = await prepareDocument(context, input);
  if (!prepared.ok) return prepared;
  const { settings, relayout } = prepared.value;
  let rendered = prepared.value.rendered;
  const printer = context.core.printer;
  const wanted = input.printer ?? settings.printer;
  const resolved: Resolved =
    printer && input.output === 'printer' ? await resolvePrinter(printer, wanted) : { ok: true, printer: wanted };

  const id = writeTransaction(context.db, () => {
    // On the desktop a job goes straight to the spooler, so one still on its way counts (browser
    // jobs wait on a dialog the person may leave open or close, and count once reported sent).
    if (printer && relayout && rendered.ticketId !== null && input.output === 'printer') {
      const claimed = claimedPrints(context.db, rendered.ticketId, rendered.document);
      if (claimed !== rendered.reprint) rendered = relayout(claimed);
    }
    const jobId = insertPrintJob(
      context.db,
      {
        document: rendered.document,
        ticketId: rendered.ticketId,
        output: input.output,
        delivery: printer ? 'system' : 'browser',
        printer: resolved.printer,
        paper: rendered.paper,
        copies: rendered.copies,
        language: rendered.language,
        reprint: rendered.reprint,
        staffId: actor.id,
      },
      context.now.toISOString(),
    );
    audit(context.db, context, 'print.job', {
      entity: 'print-job',
      entityId: jobId,
      details: {
        document: rendered.document,
        ticketId: rendered.ticketId,
        output: input.output,
        printer: resolved.printer,
        reprint: rendered.reprint,
        ...(input.period ? { period: input.period } : {}),
        // The work order carries the device password: who printed it is on record.
        ...(rendered.containsDevicePassword ? { devicePassword: true } : {}),
      },
    });
    return jobId;
  });

  if (!printer) return ok({ job: publicJob(findPrintJob(context.db, id)!), document: rendered });
  if (!resolved.ok) return ok({ job: finishJob(context, id, resolved.outcome), document: null });
  const outcome = await send(
    printer,
    {
      html: rendered.html,
      paper: rendered.paper,
      printer: resolved.printer,
      copies: driverCopies(rendered.document, rendered.copies),
      title: rendered.title,
    },
    input.output,
  );
  return ok({ job: finishJob(context, id, outcome), document: null });
}

/** Browser mode: the renderer reports what became of a job it gave to the browser's print dialog. */
export function finishBrowserJob(context: HandlerContext, input: ParsedInputOf<'print-job-finish'>): Outcome<PrintJob> {
  const job = findPrintJob(context.db, input.id);
  if (!job) return fail('not-found', 'printing.errors.jobNotFound');
  if (job.delivery !== 'browser' || job.state !== 'queued') return fail('conflict', 'printing.errors.jobFinished');
  const outcome: JobOutcome =
    input.state === 'sent'
      ? { state: 'sent', savedTo: '' }
      : { state: 'failed', failure: input.failure ?? 'failed', detail: input.detail };
  return ok(finishJob(context, job.id, outcome));
}

export function listPrintJobs(context: HandlerContext, input: ParsedInputOf<'print-jobs-list'>): Outcome<PrintJob[]> {
  return ok(ticketPrintJobs(context.db, input.ticketId).map(publicJob));
}

export async function listPrinters(context: HandlerContext): Promise<Outcome<PrinterList>> {
  const printer = context.core.printer;
  if (!printer) return ok({ mode: 'browser', printers: [] });
  let installed: SystemPrinterState[] = [];
  try {
    installed = await printer.list();
  } catch {
    // No printing system answering is the same, to the person at the counter, as no printers.
  }
  return ok({
    mode: 'system',
    printers: installed.map(({ name, displayName, isDefault }) => ({ name, displayName, isDefault })),
  });
}

export function getPrintSettings(context: HandlerContext): Outcome<PrintSettings> {
  return ok(readPrintSettings(context.db));
}

export function updatePrintSettings(
  context: HandlerContext,
  input: ParsedInputOf<'settings-printing-update'>,
): Outcome<PrintSettings> {
  const before = readPrintSettings(context.db);
  writeTransaction(context.db, () => {
    writeSetting(context.db, 'printing', input, context.now.toISOString());
    audit(context.db, context, 'settings.printing-update', {
      entity: 'settings',
      entityId: null,
      details: { before, after: input },
    });
  });
  return ok(readPrintSettings(context.db));
}
