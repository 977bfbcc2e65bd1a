import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AppError, InputOf, ServiceSettings, StaffDirectoryEntry } from '../../../../shared/contract';
import { installApi, renderWithApp } from '../../../test-utils';
import { ServiceSettingsPanel } from './ServiceSettingsPanel';
import { testSettings } from './test-settings';

const manager: StaffDirectoryEntry = { id: 2, name: 'Mia Manager', role: 'manager' };
const receptionist: StaffDirectoryEntry = { id: 3, name: 'Rita', role: 'reception' };

type Update = InputOf<'settings-service-update'>;

/** A core holding settings; `refuse` answers an update with a validation failure instead of saving. */
function fakeCore(options: { refuse?: AppError['fields'] } = {}) {
  let stored: ServiceSettings = testSettings();
  const update = vi.fn(async (input: Update) => {
    if (options.refuse) {
      return {
        ok: false as const,
        error: { code: 'validation' as const, key: 'errors.validation', message: '', fields: options.refuse },
      };
    }
    stored = { ...stored, ...(input as Partial<ServiceSettings>) };
    return { ok: true as const, value: stored };
  });
  installApi({
    'settings-service-get': async () => ({ ok: true, value: stored }),
    'settings-service-update': update,
  });
  return update;
}

async function openSection(name: string) {
  await userEvent.click(await screen.findByRole('tab', { name }));
  return screen.getByRole('form', { name });
}

describe('ServiceSettingsPanel', { timeout: 20_000 }, () => {
  it('saves one section on its own, sending only its settings, and says so', async () => {
    const update = fakeCore();
    renderWithApp(<ServiceSettingsPanel staff={manager} />);
    const warranty = await openSection('Warranty and SLA');
    const save = within(warranty).getByRole('button', { name: /Save/ });
    expect(save).toBeDisabled();

    const days = within(warranty).getByRole('textbox', { name: 'Our repair warranty (days)' });
    await userEvent.clear(days);
    await userEvent.type(days, '180');
    expect(within(warranty).getByText('Unsaved changes')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /Warranty and SLA/ })).toHaveTextContent('Unsaved changes');
    await userEvent.click(save);

    expect(await screen.findByText('Warranty and SLA saved')).toBeInTheDocument();
    expect(update).toHaveBeenCalledTimes(1);
    expect(update.mock.calls[0]?.[0]).toEqual({
      repairWarrantyDays: 180,
      slaTargetHours: { normal: 27, urgent: 9, critical: 4 },
    });
    expect(within(warranty).getByText(/Saved at/)).toBeInTheDocument();
    expect(save).toBeDisabled();
  });

  it('refuses a price that is not money beside the field, without calling the core', async () => {
    const update = fakeCore();
    renderWithApp(<ServiceSettingsPanel staff={manager} />);
    const templates = await openSection('Solution templates');
    await userEvent.click(within(templates).getByRole('button', { name: /Replace the screen assembly/ }));
    const price = within(templates).getByRole('textbox', { name: 'Line 1 unit price in yuan' });
    expect(price).toHaveValue('880.00');
    await userEvent.clear(price);
    await userEvent.type(price, '88.888');
    await userEvent.keyboard('{Enter}');

    expect(await within(templates).findByText('Enter an amount in yuan, e.g. 128 or 128.50')).toBeInTheDocument();
    expect(price).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Nothing was saved')).toBeInTheDocument();
    expect(update).not.toHaveBeenCalled();
  });

  it('puts the core’s refusal beside the field it names, opening the item that holds it', async () => {
    fakeCore({ refuse: { 'productCategories.1.name': { key: 'validation.required' } } });
    renderWithApp(<ServiceSettingsPanel staff={manager} />, { language: 'zh-CN' });
    const categories = await openSection('产品类别与故障');
    await userEvent.click(within(categories).getByRole('button', { name: /手机/ }));
    const months = within(categories).getByRole('textbox', { name: '厂家保修期（月）' });
    await userEvent.clear(months);
    await userEvent.type(months, '24');
    await userEvent.click(within(categories).getByRole('button', { name: /保存/ }));

    // The television category (index 1) opens, with the message on its name.
    expect(await within(categories).findByText('请至少填写中文或英文')).toBeInTheDocument();
    expect(within(categories).getByRole('textbox', { name: '中文名称' })).toHaveValue('电视');
    expect(within(categories).getByText('需修改')).toBeInTheDocument();
  });

  it('names the templates a category change would break', async () => {
    fakeCore({ refuse: { 'solutionTemplates.1.productCategory': { key: 'validation.unknownCategory' } } });
    renderWithApp(<ServiceSettingsPanel staff={manager} />);
    const categories = await openSection('Product categories');
    await userEvent.click(within(categories).getByRole('button', { name: /Television/ }));
    await userEvent.click(within(categories).getByRole('button', { name: 'Remove this category' }));
    await userEvent.click(within(categories).getByRole('button', { name: /Save/ }));

    const alert = await within(categories).findByRole('alert');
    expect(alert).toHaveTextContent('Template “Diagnose, then quote” — Not a product category in Settings');
  });

  it('shows reception the settings read-only', async () => {
    fakeCore();
    renderWithApp(<ServiceSettingsPanel staff={receptionist} />);
    const types = await openSection('Service types');
    expect(within(types).getByText('Only a manager or administrator can change these settings.')).toBeInTheDocument();
    expect(within(types).queryByRole('button', { name: /Save/ })).not.toBeInTheDocument();
    expect(within(types).getByRole('switch', { name: 'Repair offered' })).toBeDisabled();
    expect(within(types).getByRole('textbox', { name: 'Terms for Repair (English)' })).toBeDisabled();
    const hours = await openSection('Business hours');
    expect(within(hours).queryByRole('textbox', { name: 'Add a holiday' })).not.toBeInTheDocument();
    expect(within(hours).getByRole('list', { name: 'Holidays' })).toHaveTextContent('2027-02-05 Fri');
  });
});
