import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type {
  AppError,
  InputOf,
  PrinterList,
  PrintJob,
  PrintSettings,
  StaffDirectoryEntry,
} from '../../../../shared/contract';
import { installApi, renderWithApp } from '../../../test-utils';
import { PrintSettingsPanel } from './PrintSettingsPanel';

const manager: StaffDirectoryEntry = { id: 2, name: 'Mia Manager', role: 'manager' };
const technician: StaffDirectoryEntry = { id: 4, name: 'Tom Technician', role: 'technician' };

const systemPrinters: PrinterList = {
  mode: 'system',
  printers: [
    { name: 'XP-80C', displayName: 'Xprinter XP-80C', isDefault: true },
    { name: 'HP_LaserJet_M110', displayName: 'HP LaserJet M110', isDefault: false },
  ],
};

function savedSettings(): PrintSettings {
  return {
    receipt: { printer: 'XP-80C', paper: 'roll-80', copies: 2, autoPrint: false },
    'work-order': { printer: '', paper: 'a4', copies: 1, autoPrint: false },
    'pickup-receipt': { printer: '', paper: 'roll-80', copies: 2, autoPrint: false },
    'device-label': { printer: 'Zebra_GK888t', paper: 'label-50x30', copies: 1, autoPrint: true },
    quote: { printer: '', paper: 'a5', copies: 1, autoPrint: false },
    'day-log': { printer: '', paper: 'a4-landscape', copies: 1, autoPrint: false },
  };
}

/** A core holding print settings; `refuse` answers an update with a validation failure instead of saving. */
function fakeCore(options: { printers?: PrinterList; refuse?: AppError['fields'] } = {}) {
  let stored = savedSettings();
  const update = vi.fn(async (input: InputOf<'settings-printing-update'>) => {
    if (options.refuse) {
      return {
        ok: false as const,
        error: { code: 'validation' as const, key: 'errors.validation', message: '', fields: options.refuse },
      };
    }
    stored = input as PrintSettings;
    return { ok: true as const, value: stored };
  });
  const print = vi.fn(async (input: InputOf<'print-document'>) => {
    const job: PrintJob = {
      id: 1,
      document: input.document,
      ticketId: null,
      ticketNumber: null,
      output: 'printer',
      delivery: 'system',
      printer: input.printer || 'XP-80C',
      paper: input.paper ?? 'a4',
      copies: 1,
      language: input.language,
      state: 'sent',
      failure: null,
      failureDetail: '',
      reprint: 0,
      staffName: 'Mia Manager',
      createdAt: '2027-03-01T02:00:00.000Z',
      finishedAt: '2027-03-01T02:00:01.000Z',
      savedTo: '',
    };
    return { ok: true as const, value: { job, document: null } };
  });
  installApi({
    'settings-printing-get': async () => ({ ok: true, value: stored }),
    'settings-printing-update': update,
    'printers-list': async () => ({ ok: true, value: options.printers ?? systemPrinters }),
    'print-document': print,
  });
  return { update, print };
}

async function documentRow(name: string) {
  const table = await screen.findByRole('table', { name: 'Printer and paper for each document' });
  return within(table).getByRole('row', { name: new RegExp(`^${name}`) });
}

function optionLabels(select: HTMLElement): string[] {
  return within(select)
    .getAllByRole('option')
    .map((option) => option.textContent ?? '');
}

describe('PrintSettingsPanel', { timeout: 20_000 }, () => {
  it('has a row per document, offering only the papers each is laid out for', async () => {
    fakeCore();
    renderWithApp(<PrintSettingsPanel staff={manager} />);
    const table = await screen.findByRole('table', { name: 'Printer and paper for each document' });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.querySelector('td')?.textContent),
    ).toEqual(['Customer receipt', 'Work order', 'Pickup receipt', 'Device label', 'Quote', 'Daily log']);

    expect(optionLabels(screen.getByRole('combobox', { name: 'Paper for Customer receipt' }))).toEqual([
      '80 mm roll',
      '58 mm roll',
      'A5',
    ]);
    expect(optionLabels(screen.getByRole('combobox', { name: 'Paper for Work order' }))).toEqual(['A4', 'A5']);
    expect(optionLabels(screen.getByRole('combobox', { name: 'Paper for Device label' }))).toEqual([
      'Label 50 × 30 mm',
      'Label 60 × 40 mm',
    ]);
    expect(optionLabels(screen.getByRole('combobox', { name: 'Paper for Quote' }))).toEqual(['A5', '80 mm roll']);
    expect(optionLabels(screen.getByRole('combobox', { name: 'Paper for Daily log' }))).toEqual(['A4 landscape', 'A4']);
    expect(optionLabels(screen.getByRole('combobox', { name: 'Printer for Work order' }))).toEqual([
      'System default printer',
      'Xprinter XP-80C (default)',
      'HP LaserJet M110',
    ]);

    // Auto-print for the three documents of an intake, and for the pickup receipt when a device is
    // handed over; the quote is printed by hand once billed.
    expect(screen.getAllByRole('switch')).toHaveLength(4);
    expect(screen.getByRole('switch', { name: 'Print Pickup receipt when a device is handed over' })).not.toBeChecked();
    expect(screen.queryByRole('switch', { name: /Quote/ })).not.toBeInTheDocument();
    expect(within(await documentRow('Quote')).getByText('Once billed')).toBeInTheDocument();
    expect(within(await documentRow('Daily log')).getByText('From Reports')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Print Device label when an intake is recorded' })).toBeChecked();
  });

  it('saves the whole object, changed rows and untouched ones', async () => {
    const { update } = fakeCore();
    renderWithApp(<PrintSettingsPanel staff={manager} />);
    const save = await screen.findByRole('button', { name: /Save/ });
    expect(save).toBeDisabled();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Paper for Customer receipt' }), '58 mm roll');
    const copies = screen.getByRole('textbox', { name: 'Copies of Customer receipt' });
    await userEvent.clear(copies);
    await userEvent.type(copies, '1');
    await userEvent.click(screen.getByRole('switch', { name: 'Print Customer receipt when an intake is recorded' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Printer for Work order' }), 'HP LaserJet M110');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    await userEvent.click(save);

    expect(await screen.findByText('Printing settings saved')).toBeInTheDocument();
    expect(update).toHaveBeenCalledTimes(1);
    expect(update.mock.calls[0]?.[0]).toEqual({
      ...savedSettings(),
      receipt: { printer: 'XP-80C', paper: 'roll-58', copies: 1, autoPrint: true },
      'work-order': { printer: 'HP_LaserJet_M110', paper: 'a4', copies: 1, autoPrint: false },
    });
    expect(screen.getByText(/Saved at/)).toBeInTheDocument();
    expect(save).toBeDisabled();
  });

  it('puts the core’s refusal beside the field it names', async () => {
    const { update } = fakeCore({ refuse: { 'receipt.paper': { key: 'validation.paperForDocument' } } });
    renderWithApp(<PrintSettingsPanel staff={manager} />);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Paper for Customer receipt' }), 'A5');
    await userEvent.click(screen.getByRole('button', { name: /Save/ }));

    const paper = screen.getByRole('combobox', { name: 'Paper for Customer receipt' });
    expect(await screen.findByText('This document is not laid out for this paper')).toBeInTheDocument();
    expect(paper).toHaveAttribute('aria-invalid', 'true');
    expect(paper).toHaveAccessibleDescription('This document is not laid out for this paper');
    expect(screen.getByRole('combobox', { name: 'Paper for Work order' })).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Nothing was saved')).toBeInTheDocument();
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('checks copies before sending anything', async () => {
    const { update } = fakeCore();
    renderWithApp(<PrintSettingsPanel staff={manager} />);
    const copies = await screen.findByRole('textbox', { name: 'Copies of Work order' });
    await userEvent.clear(copies);
    await userEvent.keyboard('{Enter}');

    expect(await screen.findByText('Nothing was saved')).toBeInTheDocument();
    expect(copies).toHaveAttribute('aria-invalid', 'true');
    expect(copies).toHaveAccessibleDescription('From 1 to 5 copies');
    expect(update).not.toHaveBeenCalled();
  });

  it('shows a technician the settings read-only, with the test pages still at hand', async () => {
    const { print } = fakeCore();
    renderWithApp(<PrintSettingsPanel staff={technician} />);
    expect(await screen.findByText('Only a manager or administrator can change these settings.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Save/ })).not.toBeInTheDocument();
    // The values as text, nothing to change.
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
    const receipt = await documentRow('Customer receipt');
    expect(
      within(receipt)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Customer receipt', 'Xprinter XP-80C (default)', '80 mm roll', '2', 'No', 'Test page']);
    expect(within(await documentRow('Device label')).getByText('Zebra_GK888t (not found)')).toBeInTheDocument();
    expect(within(await documentRow('Device label')).getByText('Yes')).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Print a test page for Customer receipt (Xprinter XP-80C, 80 mm roll)' }),
    );
    expect(await screen.findByText('Test page sent to XP-80C')).toBeInTheDocument();
    expect(print).toHaveBeenCalledWith({
      document: 'test-page',
      ticketId: null,
      language: 'en',
      paper: 'roll-80',
      printer: 'XP-80C',
    });
  });

  it('tests the row as it stands, in the active language', async () => {
    const { print } = fakeCore();
    renderWithApp(<PrintSettingsPanel staff={manager} />, { language: 'zh-CN' });
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: '派工单的纸张' }), 'A5');
    await userEvent.click(screen.getByRole('button', { name: '按派工单的设置打印测试页（系统默认打印机，A5）' }));
    expect(print).toHaveBeenCalledWith({
      document: 'test-page',
      ticketId: null,
      language: 'zh-CN',
      paper: 'a5',
      printer: '',
    });
  });

  it('in browser mode has no printer to choose, and keeps the saved printers', async () => {
    const { update } = fakeCore({ printers: { mode: 'browser', printers: [] } });
    renderWithApp(<PrintSettingsPanel staff={manager} />);
    expect(
      await screen.findByText(
        'In browser mode the browser’s print dialog chooses the printer; the paper size here still shapes the document.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /Printer for/ })).not.toBeInTheDocument();
    expect(
      within(await documentRow('Customer receipt')).getByText('Chosen in the browser’s print dialog'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print a test page for Pickup receipt (80 mm roll)' })).toBeEnabled();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Paper for Device label' }), 'Label 60 × 40 mm');
    await userEvent.click(screen.getByRole('button', { name: /Save/ }));
    expect(await screen.findByText('Printing settings saved')).toBeInTheDocument();
    const sent = update.mock.calls[0]?.[0];
    expect(sent?.receipt.printer).toBe('XP-80C');
    expect(sent?.['device-label']).toEqual({
      printer: 'Zebra_GK888t',
      paper: 'label-60x40',
      copies: 1,
      autoPrint: true,
    });
  });

  it('keeps a saved printer the system no longer lists, marked not found', async () => {
    const { update } = fakeCore();
    renderWithApp(<PrintSettingsPanel staff={manager} />);
    const labelPrinter = await screen.findByRole('combobox', { name: 'Printer for Device label' });
    expect(labelPrinter).toHaveDisplayValue('Zebra_GK888t (not found)');
    expect(optionLabels(labelPrinter)).toEqual([
      'System default printer',
      'Xprinter XP-80C (default)',
      'HP LaserJet M110',
      'Zebra_GK888t (not found)',
    ]);
    // Other documents are not offered a printer they never had.
    expect(optionLabels(screen.getByRole('combobox', { name: 'Printer for Work order' }))).not.toContain(
      'Zebra_GK888t (not found)',
    );

    await userEvent.selectOptions(labelPrinter, 'System default printer');
    await userEvent.click(screen.getByRole('button', { name: /Save/ }));
    expect(await screen.findByText('Printing settings saved')).toBeInTheDocument();
    expect(update.mock.calls[0]?.[0]['device-label'].printer).toBe('');
  });
});
