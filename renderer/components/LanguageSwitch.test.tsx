import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../test-utils';
import { storedLanguage } from '../app/i18n';
import { LanguageSwitch } from './LanguageSwitch';

describe('LanguageSwitch', () => {
  it('switches the interface to English and remembers the choice on this computer', async () => {
    const { i18n } = renderWithApp(<LanguageSwitch />, { language: 'zh-CN' });
    expect(screen.getByRole('radiogroup', { name: '语言' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('radio', { name: 'English' }));

    expect(i18n.language).toBe('en');
    expect(storedLanguage()).toBe('en');
    expect(await screen.findByRole('radiogroup', { name: 'Language' })).toBeInTheDocument();
  });
});
