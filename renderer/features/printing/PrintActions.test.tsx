import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { InputOf, PrintJob, PrintSettings } from '../../../shared/contract';
import { installApi, renderWithApp } from '../../test-utils';
import { PrintActions } from './PrintActions';
import { PrintHistory } from './PrintHistory';
import { printableDocuments } from './PrintPreviewModal';
import { useAutoPrint } from './use-auto-print';

const ticket = { id: 7, number: '20261125-0007', state: 'received', bill: null } as const;

const settings = (autoPrint: Partial<Record<keyof PrintSettings, boolean>>): PrintSettings => ({
  receipt: { printer: '', paper: 'roll-80', copies: 2, autoPrint: autoPrint.receipt ?? false },
  'work-order': { printer: '', paper: 'a4', copies: 1, autoPrint: autoPrint['work-order'] ?? false },
  'pickup-receipt': { printer: '', paper: 'roll-80', copies: 2, autoPrint: false },
  'device-label': { printer: '', paper: 'label-50x30', copies: 1, autoPrint: autoPrint['device-label'] ?? false },
  quote: { printer: '', paper: 'a5', copies: 1, autoPrint: autoPrint.quote ?? false },
  'day-log': { printer: '', paper: 'a4-landscape', copies: 1, autoPrint: false },
});

function sentJob(input: InputOf<'print-document'>, id: number, reprint = 0): PrintJob {
  return {
    id,
    document: input.document,
    ticketId: input.ticketId ?? null,
    ticketNumber: ticket.number,
    output: 'printer',
    delivery: 'system',
    printer: 'XP-80C',
    paper: 'roll-80',
    copies: 2,
    language: input.language,
    state: 'sent',
    failure: null,
    failureDetail: '',
    reprint,
    staffName: 'Rita',
    createdAt: '2026-11-25T02:00:00.000Z',
    finishedAt: '2026-11-25T02:00:01.000Z',
    savedTo: '',
  };
}

/** A desktop app whose printer takes every job; the history grows as it prints. */
function desktopApi(printSettings: PrintSettings) {
  const jobs: PrintJob[] = [];
  const printed = vi.fn(async (input: InputOf<'print-document'>) => {
    const reprint = jobs.filter((job) => job.document === input.document).length;
    const job = sentJob(input, jobs.length + 1, reprint);
    jobs.unshift(job);
    return { ok: true as const, value: { job, document: null } };
  });
  installApi({
    'settings-printing-get': () => Promise.resolve({ ok: true, value: printSettings }),
    'print-jobs-list': () => Promise.resolve({ ok: true, value: [...jobs] }),
    'print-document': printed,
  });
  return printed;
}

function AutoPrinting({ id }: { id: number }) {
  useAutoPrint(id);
  return <PrintActions ticket={{ ...ticket, id }} />;
}

describe('printing a ticket', () => {
  it('prints the receipt with one click, then offers a reprint', async () => {
    const printed = desktopApi(settings({}));
    renderWithApp(<PrintActions ticket={ticket} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Print receipt' }));
    expect(printed).toHaveBeenCalledWith(expect.objectContaining({ document: 'receipt', ticketId: 7, language: 'en' }));
    expect(await screen.findByText('Customer receipt sent to XP-80C')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Reprint receipt' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print work order' })).toBeInTheDocument();
  });

  it('can print the quote once the work is billed, until the ticket went back unrepaired or was cancelled', () => {
    const billed = { ...ticket, bill: { lines: [] } };
    expect(printableDocuments(ticket)).toEqual(['receipt', 'work-order', 'device-label']);
    expect(printableDocuments({ ...billed, state: 'awaiting-approval' })).toEqual([
      'receipt',
      'work-order',
      'device-label',
      'quote',
    ]);
    expect(printableDocuments({ ...billed, state: 'returned-unrepaired' })).not.toContain('quote');
    expect(printableDocuments({ ...billed, state: 'picked-up' })).toEqual([
      'receipt',
      'work-order',
      'device-label',
      'quote',
      'pickup-receipt',
    ]);
  });

  it('gives the workbench’s documents a button each, the quote first', async () => {
    const printed = desktopApi(settings({}));
    const billed = { ...ticket, state: 'awaiting-approval', bill: { lines: [] } } as const;
    renderWithApp(<PrintActions ticket={billed} main={['quote', 'work-order']} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Print quote' }));
    expect(printed).toHaveBeenCalledWith(expect.objectContaining({ document: 'quote', ticketId: 7 }));
    expect(screen.getByRole('button', { name: 'Print work order' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Print receipt' })).not.toBeInTheDocument();
  });

  it('prints what the manager chose on recording, once per ticket, one document after the other', async () => {
    const printed = desktopApi(settings({ receipt: true, 'device-label': true }));
    const view = renderWithApp(<AutoPrinting id={7} />);
    await waitFor(() => expect(printed).toHaveBeenCalledTimes(2));
    expect(printed.mock.calls.map(([input]) => input.document)).toEqual(['receipt', 'device-label']);

    // Coming back to the same ticket's result prints nothing again.
    view.unmount();
    renderWithApp(<AutoPrinting id={7} />);
    await screen.findByRole('button', { name: 'Reprint receipt' });
    expect(printed).toHaveBeenCalledTimes(2);
  });

  it('prints nothing on recording when auto-print is off', async () => {
    const printed = desktopApi(settings({}));
    renderWithApp(<AutoPrinting id={8} />);
    await screen.findByRole('button', { name: 'Print receipt' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(printed).not.toHaveBeenCalled();
  });

  it('says why a print failed, and keeps it in the history', async () => {
    const failed: PrintJob = {
      ...sentJob({ document: 'receipt', ticketId: 7, language: 'en' }, 1),
      state: 'failed',
      failure: 'printer-offline',
    };
    installApi({
      'settings-printing-get': () => Promise.resolve({ ok: true, value: settings({}) }),
      'print-jobs-list': () => Promise.resolve({ ok: true, value: [] }),
      'print-document': () => Promise.resolve({ ok: true, value: { job: failed, document: null } }),
    });
    renderWithApp(<PrintActions ticket={ticket} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Print receipt' }));
    expect(
      await screen.findByText('The printer “XP-80C” is offline. Check that it is on and connected, then retry.'),
    ).toBeInTheDocument();
  });

  it('offers retry and PDF on a failed print in the history, with the paper and language it had', async () => {
    const failed: PrintJob = {
      ...sentJob({ document: 'work-order', ticketId: 7, language: 'zh-CN' }, 1),
      paper: 'a5',
      state: 'failed',
      failure: 'failed',
      failureDetail: 'Paper jam',
    };
    const printed = vi.fn(async (input: InputOf<'print-document'>) => ({
      ok: true as const,
      value: { job: { ...sentJob(input, 2), paper: 'a5' as const }, document: null },
    }));
    installApi({
      'print-jobs-list': () => Promise.resolve({ ok: true, value: [failed] }),
      'print-document': printed,
    });
    renderWithApp(<PrintHistory ticketId={7} />);
    expect(await screen.findByText(/The printer refused the job \(Paper jam\)/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(printed).toHaveBeenLastCalledWith(
      expect.objectContaining({
        document: 'work-order',
        ticketId: 7,
        language: 'zh-CN',
        paper: 'a5',
        output: 'printer',
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save as PDF' }));
    expect(printed).toHaveBeenLastCalledWith(expect.objectContaining({ document: 'work-order', output: 'pdf' }));
  });
});
