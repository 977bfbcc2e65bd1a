import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { InputOf, PrintJob, PrintSettings, RenderedDocument } from '../../../shared/contract';
import { installApi, renderWithApp } from '../../test-utils';
import { PrintActions } from './PrintActions';
import { PrintedQuestion } from './PrintedQuestion';

// Browser mode's print dialog: jsdom has none; it closes at once, as a cancelled one would.
vi.mock('./browser-print', () => ({ printInBrowser: () => Promise.resolve() }));

const ticket = { id: 7, number: '20261125-0007', state: 'received', bill: null } as const;
const paper = { printer: '', paper: 'roll-80', copies: 1, autoPrint: false } as const;
const settings: PrintSettings = {
  receipt: paper,
  'work-order': { ...paper, paper: 'a4' },
  'pickup-receipt': paper,
  'device-label': { ...paper, paper: 'label-50x30' },
  quote: { ...paper, paper: 'a5' },
  'day-log': { ...paper, paper: 'a4-landscape' },
};

/** Browser mode: the core queues each job with its document, and finishes it as told. */
function browserApi() {
  const job: PrintJob = {
    id: 1,
    document: 'receipt',
    ticketId: 7,
    ticketNumber: ticket.number,
    output: 'printer',
    delivery: 'browser',
    printer: '',
    paper: 'roll-80',
    copies: 1,
    language: 'en',
    state: 'queued',
    failure: null,
    failureDetail: '',
    reprint: 0,
    staffName: 'Rita',
    createdAt: '2026-11-25T02:00:00.000Z',
    finishedAt: null,
    savedTo: '',
  };
  const finished = vi.fn((input: InputOf<'print-job-finish'>) =>
    Promise.resolve({
      ok: true as const,
      value: { ...job, state: input.state, failure: input.failure ?? null, finishedAt: job.createdAt },
    }),
  );
  installApi({
    'settings-printing-get': () => Promise.resolve({ ok: true, value: settings }),
    'print-jobs-list': () => Promise.resolve({ ok: true, value: [] }),
    'print-document': () =>
      Promise.resolve({
        ok: true,
        value: { job, document: { html: '<p></p>', paper: 'roll-80' } as RenderedDocument },
      }),
    'print-job-finish': finished,
  });
  return finished;
}

function renderPrinting() {
  renderWithApp(
    <>
      <PrintActions ticket={ticket} />
      <PrintedQuestion />
    </>,
  );
}

describe('after the browser’s print dialog', () => {
  it('asks whether it printed; Enter says yes, and the job counts as printed', async () => {
    const finished = browserApi();
    renderPrinting();
    await userEvent.click(await screen.findByRole('button', { name: 'Print receipt' }));
    const question = await screen.findByRole('dialog', { name: 'Did it print?' });
    expect(question).toHaveTextContent('Did the Customer receipt come out of the printer?');
    await waitFor(() => expect(screen.getByRole('button', { name: /Yes, printed/u })).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(finished).toHaveBeenCalledWith({ id: 1, state: 'sent' }));
  });

  it('records a cancelled dialog as not printed, which no reprint number counts', async () => {
    const finished = browserApi();
    renderPrinting();
    await userEvent.click(await screen.findByRole('button', { name: 'Print receipt' }));
    await screen.findByRole('dialog', { name: 'Did it print?' });
    await userEvent.click(screen.getByRole('button', { name: /No, not printed/u }));
    await waitFor(() => expect(finished).toHaveBeenCalledWith({ id: 1, state: 'failed', failure: 'cancelled' }));
    expect(await screen.findByText(/Customer receipt not printed/u)).toBeInTheDocument();
  });
});
