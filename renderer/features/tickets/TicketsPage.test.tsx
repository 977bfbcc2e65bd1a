import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InputOf, TicketSummary } from '../../../shared/contract';
import { giveElementsSize } from '../../components/test-layout';
import { installApi, renderWithApp } from '../../test-utils';
import { initialTicketListState, setTicketListState } from './list-state';
import { serviceSettings, ticketSummary } from './test-fixtures';
import { TicketsPage } from './TicketsPage';

const hour = 3_600_000;

/** A core that answers `tickets-list` with the given tickets and records what it was asked. */
function fakeCore(tickets: TicketSummary[]) {
  const list = vi.fn(async (input: InputOf<'tickets-list'>) => {
    // Enough of the core's search for these tests: by number or name.
    const found = tickets.filter(
      (ticket) => !input.query || ticket.number.includes(input.query) || ticket.customerName.includes(input.query),
    );
    return { ok: true as const, value: { total: found.length, rows: found.slice(input.offset ?? 0) } };
  });
  installApi({
    'tickets-list': list,
    'settings-service-get': async () => ({ ok: true, value: serviceSettings }),
    'staff-directory': async () => ({
      ok: true,
      value: [
        { id: 1, name: 'Rita Wu', role: 'reception' },
        { id: 2, name: 'Tom Li', role: 'technician' },
      ],
    }),
  });
  return list;
}

const lastInput = (list: ReturnType<typeof fakeCore>) => list.mock.calls.at(-1)?.[0];

/** Typing fast into the search box, as a scanner or a practised hand does. */
async function search(text: string) {
  await userEvent.click(screen.getByRole('textbox', { name: 'Search tickets' }));
  await userEvent.paste(text);
}

// Mantine's widgets make these slower than a unit test: give them room when the machine is busy.
describe('TicketsPage', { timeout: 20_000 }, () => {
  let restoreLayout: () => void;
  beforeAll(() => {
    restoreLayout = giveElementsSize({ width: 1100, height: 520 });
  });
  afterAll(() => restoreLayout());
  beforeEach(() => {
    setTicketListState(initialTicketListState);
    window.location.hash = '#/tickets';
  });

  it('shows each ticket’s state, priority, customer and product, and says in words which one is overdue', async () => {
    fakeCore([
      ticketSummary({ id: 1, number: '20261125-0001', promisedAt: new Date(Date.now() - hour).toISOString() }),
      ticketSummary({ id: 2, number: '20261125-0002', priority: 'critical', state: 'repairing', deviceLabel: '' }),
    ]);
    renderWithApp(<TicketsPage />);

    const late = await screen.findByRole('row', { name: /20261125-0001/ });
    expect(late).toHaveAttribute('data-overdue', 'true');
    expect(within(late).getByText('Overdue')).toBeInTheDocument();
    expect(within(late).getByText('Received')).toBeInTheDocument();
    expect(within(late).getByText('Urgent')).toBeInTheDocument();
    expect(within(late).getByText('138****5678')).toBeInTheDocument();
    expect(within(late).getByText('Huawei Mate 60')).toBeInTheDocument();
    expect(await within(late).findByText('Screen › Cracked screen')).toBeInTheDocument();

    const onTime = screen.getByRole('row', { name: /20261125-0002/ });
    expect(onTime).not.toHaveAttribute('data-overdue');
    expect(within(onTime).queryByText('Overdue')).toBeNull();
    expect(within(onTime).getByText('Repairing')).toBeInTheDocument();
    expect(within(onTime).getByText('Critical')).toBeInTheDocument();
    // No device label: the product category's name stands in.
    expect(within(onTime).getByText('Mobile phone')).toBeInTheDocument();
    expect(screen.getByText('2 tickets')).toBeInTheDocument();
  });

  it('asks the core for the chosen view, filter, search and order', async () => {
    const list = fakeCore([ticketSummary()]);
    renderWithApp(<TicketsPage />);
    await screen.findByRole('row', { name: /20261125-0007/ });
    expect(lastInput(list)).toMatchObject({ view: 'open', sort: 'createdAt', direction: 'desc', query: '' });

    await userEvent.click(screen.getByText('Overdue'));
    await waitFor(() => expect(lastInput(list)).toMatchObject({ view: 'overdue' }));

    await userEvent.click(screen.getByRole('combobox', { name: 'Priority' }));
    // In jsdom the dropdown never finishes its opening transition and stays display: none.
    await userEvent.click(await screen.findByRole('option', { name: 'Critical', hidden: true }));
    await waitFor(() => expect(lastInput(list)).toMatchObject({ view: 'overdue', priority: 'critical' }));

    // Priority sorts most urgent first on the first click, the other way on the second.
    await userEvent.click(screen.getByRole('button', { name: 'Priority' }));
    await waitFor(() => expect(lastInput(list)).toMatchObject({ sort: 'priority', direction: 'desc' }));
    await userEvent.click(screen.getByRole('button', { name: 'Priority' }));
    await waitFor(() => expect(lastInput(list)).toMatchObject({ sort: 'priority', direction: 'asc' }));

    await search('5678');
    await waitFor(() => expect(lastInput(list)).toMatchObject({ query: '5678', priority: 'critical' }));
  });

  it('narrows open tickets by state and technician, and offers neither where tickets are finished', async () => {
    const list = fakeCore([ticketSummary()]);
    renderWithApp(<TicketsPage />);
    await screen.findByRole('row', { name: /20261125-0007/ });

    await userEvent.click(screen.getByRole('combobox', { name: 'State' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Awaiting parts', hidden: true }));
    await waitFor(() => expect(lastInput(list)).toMatchObject({ view: 'open', state: 'awaiting-parts' }));
    await userEvent.click(screen.getByRole('combobox', { name: 'Technician' }));
    // Whoever may hold a ticket: not the counter's receptionists.
    expect(screen.queryByRole('option', { name: 'Rita Wu', hidden: true })).toBeNull();
    await userEvent.click(await screen.findByRole('option', { name: 'Tom Li', hidden: true }));
    await waitFor(() => expect(lastInput(list)).toMatchObject({ state: 'awaiting-parts', technicianId: 2 }));

    await userEvent.click(screen.getByText('Finished'));
    await waitFor(() => expect(lastInput(list)).toMatchObject({ view: 'finished', state: null, technicianId: null }));
    expect(screen.queryByRole('combobox', { name: 'State' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Technician' })).toBeNull();
  });

  it('says in words why the list is empty', async () => {
    fakeCore([]);
    renderWithApp(<TicketsPage />);
    expect(await screen.findByText(/No open tickets/)).toBeInTheDocument();

    await userEvent.click(screen.getByText('Finished'));
    expect(await screen.findByText('No finished tickets yet.')).toBeInTheDocument();

    await search('Zhang');
    expect(await screen.findByText(/No ticket matches “Zhang”/)).toBeInTheDocument();
  });

  it('opens a ticket with Enter on its row, and the only match of a search with Enter in the box', async () => {
    fakeCore([ticketSummary({ id: 12 }), ticketSummary({ id: 13, number: '20261125-0013' })]);
    renderWithApp(<TicketsPage />);
    const row = await screen.findByRole('row', { name: /20261125-0007/ });
    row.focus();
    await userEvent.keyboard('{Enter}');
    expect(window.location.hash).toBe('#/tickets/12');

    // Two tickets listed: Enter in the search box picks neither.
    window.location.hash = '#/tickets';
    await userEvent.click(screen.getByRole('textbox', { name: 'Search tickets' }));
    await userEvent.keyboard('{Enter}');
    expect(window.location.hash).toBe('#/tickets');

    // A scanned number leaves one: Enter opens it.
    await search('20261125-0013');
    await waitFor(() => expect(screen.queryByRole('row', { name: /20261125-0007/ })).toBeNull());
    await userEvent.keyboard('{Enter}');
    expect(window.location.hash).toBe('#/tickets/13');
  });
});
