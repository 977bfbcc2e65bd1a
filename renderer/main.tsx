import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import './app/global.css';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { i18n } from './app/i18n';
import { AppThemeProvider } from './app/AppThemeProvider';

const queryClient = new QueryClient({
  defaultOptions: {
    // The data is local: no refetching on focus, and a failed call is shown, not retried blindly.
    queries: { refetchOnWindowFocus: false, retry: false, staleTime: 5_000 },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <AppThemeProvider>
        <QueryClientProvider client={queryClient}>
          <Notifications position="bottom-right" />
          <App />
        </QueryClientProvider>
      </AppThemeProvider>
    </I18nextProvider>
  </StrictMode>,
);
