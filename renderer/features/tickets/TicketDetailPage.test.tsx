import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StaffDirectoryEntry, TicketDetail } from '../../../shared/contract';
import type { Role } from '../../../shared/domain/roles';
import { installApi, renderWithApp } from '../../test-utils';
import { serviceSettings, ticketDetail } from './test-fixtures';
import { TicketDetailPage } from './TicketDetailPage';

const hour = 3_600_000;
const staff = (role: Role): StaffDirectoryEntry => ({ id: 2, name: 'Tom Tech', role });

function fakeCore(ticket: TicketDetail, more: Parameters<typeof installApi>[0] = {}) {
  const reveal = vi.fn(async () => ({ ok: true as const, value: { password: '246813' } }));
  installApi({
    ...more,
    'tickets-get': async () => ({ ok: true, value: ticket }),
    'settings-service-get': async () => ({ ok: true, value: serviceSettings }),
    'tickets-device-password': reveal,
    'print-jobs-list': async () => ({ ok: true, value: [] }),
  });
  return { reveal };
}

describe('TicketDetailPage', () => {
  beforeEach(() => {
    window.location.hash = '#/tickets/7';
  });

  it('shows what was recorded, with codes turned into the names in service settings', async () => {
    fakeCore(ticketDetail());
    renderWithApp(<TicketDetailPage id={7} staff={staff('manager')} />);

    expect(await screen.findByRole('heading', { level: 1, name: /20261125-0007/ })).toBeInTheDocument();
    expect(await screen.findByText('Screen › Cracked screen')).toBeInTheDocument();
    expect(screen.getByText('Charger, Case')).toBeInTheDocument();
    expect(screen.getByText('Scratches. Dent on the back')).toBeInTheDocument();
    expect(screen.getByText('Mobile phone')).toBeInTheDocument();
    expect(screen.getByText("In the maker's 12-month warranty until 2027-06-24")).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mary Major' })).toHaveAttribute('href', '#/customers/3');
    expect(screen.getByRole('cell', { name: 'Screen assembly' })).toBeInTheDocument();
    expect(screen.getAllByText('¥960.00')).not.toHaveLength(0);
    expect(screen.getByText('Balance due').nextSibling).toHaveTextContent('¥860.00');
    expect(screen.getByText('¥1,200.00')).toBeInTheDocument();
    expect(screen.getByText(/Recorded at reception/)).toBeInTheDocument();
    // The receipt and the work order print from here; nothing has been printed yet.
    expect(screen.getByRole('button', { name: 'Print receipt' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Print work order' })).toBeEnabled();
    expect(await screen.findByText('Nothing printed yet.')).toBeInTheDocument();
    expect(screen.queryByText(/Overdue/)).toBeNull();
  });

  it('says a ticket past its promise is overdue, and why the promise was moved', async () => {
    const promisedAt = new Date(Date.now() - hour).toISOString();
    fakeCore(
      ticketDetail({
        promisedAt,
        promisedComputedAt: new Date(Date.now() + 5 * hour).toISOString(),
        promisedChangeReason: 'Customer travels tomorrow',
      }),
    );
    renderWithApp(<TicketDetailPage id={7} staff={staff('reception')} />);
    expect(await screen.findByRole('status')).toHaveTextContent(/^Overdue: promised by/);
    expect(screen.getByText(/Reason: Customer travels tomorrow/)).toBeInTheDocument();
  });

  it('shows the device password only to roles allowed to see it, and only when asked', async () => {
    const { reveal } = fakeCore(ticketDetail());
    renderWithApp(<TicketDetailPage id={7} staff={staff('technician')} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Show device password' }));
    expect(reveal).toHaveBeenCalledWith({ id: 7 });
    expect(await screen.findByText('246813')).toBeInTheDocument();
    expect(screen.getByText(/recorded in the audit log/)).toBeInTheDocument();
  });

  it('tells reception a password exists without offering it', async () => {
    const { reveal } = fakeCore(ticketDetail());
    renderWithApp(<TicketDetailPage id={7} staff={staff('reception')} />);
    expect(await screen.findByText(/Only technicians and managers can view it/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show device password' })).toBeNull();
    expect(reveal).not.toHaveBeenCalled();
  });

  it('shows a consultation’s question and answer, with no estimate or product', async () => {
    fakeCore(
      ticketDetail({
        serviceType: 'consultation',
        state: 'closed',
        device: null,
        faultCategory: '',
        faultDescription: 'Does the update erase my data?',
        resolution: 'No; back up first to be safe.',
        solution: '',
        lines: [],
        accessories: [],
        conditions: [],
        conditionNote: '',
        hasDevicePassword: false,
        promisedAt: null,
      }),
    );
    renderWithApp(<TicketDetailPage id={7} staff={staff('reception')} />);
    const question = await screen.findByText('Does the update erase my data?');
    expect(question.closest('dd')?.previousSibling).toHaveTextContent('The customer’s question');
    expect(screen.getByRole('heading', { name: 'Answer given' })).toBeInTheDocument();
    expect(screen.getByText('No product recorded for this ticket.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Estimate' })).toBeNull();
    expect(screen.queryByText('Show device password')).toBeNull();
    expect(screen.getByText('No promised time (finished at the counter)')).toBeInTheDocument();
    expect(screen.queryByText(/Overdue/)).toBeNull();
  });

  it('lists the ledger; a manager may reverse an entry with a reason, reception may not', async () => {
    const ticket = ticketDetail();
    const reversed = {
      ...ticket,
      ledger: {
        entries: [
          { ...ticket.ledger.entries[0]!, reversedById: 2 },
          { ...ticket.ledger.entries[0]!, id: 2, reversesId: 1, reason: 'Paid by Alipay, not WeChat Pay' },
        ],
        summary: { depositFen: 0, paymentsFen: 0, refundsFen: 0, paidFen: 0 },
        balanceFen: 96000,
      },
    };
    const reverse = vi.fn(async () => ({ ok: true as const, value: reversed }));
    fakeCore(ticket, { 'payments-reverse': reverse });
    renderWithApp(<TicketDetailPage id={7} staff={staff('manager')} />);
    const ledger = await screen.findByRole('table', { name: 'Payments' });
    expect(ledger).toHaveTextContent('Deposit · WeChat Pay');
    await userEvent.click(screen.getByRole('button', { name: 'Reverse Deposit · WeChat Pay · ¥100.00' }));

    const dialog = await screen.findByRole('dialog', { name: 'Reverse an entry on 20261125-0007' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Why' }), 'Paid by Alipay, not WeChat Pay');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reverse' }));
    await waitFor(() =>
      expect(reverse).toHaveBeenCalledWith({ paymentId: 1, reason: 'Paid by Alipay, not WeChat Pay' }),
    );
    expect(await screen.findByText('Reversed')).toBeInTheDocument();
    expect(screen.getByText(/reverses an entry: Paid by Alipay/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Reverse/u })).not.toBeInTheDocument();
  });

  it('offers reception no reversal', async () => {
    fakeCore(ticketDetail());
    renderWithApp(<TicketDetailPage id={7} staff={staff('reception')} />);
    expect(await screen.findByRole('table', { name: 'Payments' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Reverse/u })).not.toBeInTheDocument();
  });

  it('goes back to the list with Esc', async () => {
    fakeCore(ticketDetail());
    renderWithApp(<TicketDetailPage id={7} staff={staff('manager')} />);
    await screen.findByRole('heading', { level: 1, name: /20261125-0007/ });
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(window.location.hash).toBe('#/tickets'));
  });

  it('says so when the ticket does not exist', async () => {
    installApi({
      'tickets-get': async () => ({
        ok: false,
        error: { code: 'not-found', key: 'errors.ticketNotFound', message: 'No such ticket' },
      }),
      'settings-service-get': async () => ({ ok: true, value: serviceSettings }),
    });
    renderWithApp(<TicketDetailPage id={99} staff={staff('manager')} />);
    expect(await screen.findByText('This ticket does not exist.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Back to tickets/ })).toBeInTheDocument();
  });
});
