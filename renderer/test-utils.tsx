import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import type { Api, HandlerName, InputOf, Language, OutputOf, Result } from '../shared/contract';
import { createI18n } from '../shared/i18n';
import { AppThemeProvider } from './app/AppThemeProvider';

type Fake = { [N in HandlerName]?: (input: InputOf<N>) => Promise<Result<OutputOf<N>>> };

/**
 * Installs `window.api` as the desktop app's preload would, answering the named handlers with
 * the given functions; any other call fails the test loudly.
 */
export function installApi(fake: Fake): void {
  window.api = new Proxy({} as Api, {
    get: (_target, name: string) =>
      fake[name as HandlerName] ?? (() => Promise.reject(new Error(`unexpected call to ${name} in this test`))),
  });
}

/** Renders with the app's providers, in the given language. */
export function renderWithApp(ui: ReactElement, options: { language?: Language } = {}) {
  const i18n = createI18n(options.language ?? 'en', [initReactI18next]);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return {
    i18n,
    ...render(
      <I18nextProvider i18n={i18n}>
        <AppThemeProvider>
          <QueryClientProvider client={queryClient}>
            <Notifications />
            {ui}
          </QueryClientProvider>
        </AppThemeProvider>
      </I18nextProvider>,
    ),
  };
}
