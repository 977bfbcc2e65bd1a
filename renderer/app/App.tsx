import { Center, Loader } from '@mantine/core';
import { useEffect } from 'react';
import { useApiQuery } from '../api/hooks';
import { ErrorState } from '../components/ErrorState';
import { SetupScreen } from '../features/setup/SetupScreen';
import { SignInScreen } from '../features/session/SignInScreen';
import { AppLayout } from '../features/shell/AppLayout';
import { i18n, storedLanguage } from './i18n';
import { useNoticesOfThisPerson } from './staff-notices';

/** Setup on first run, then sign-in, then the workstation. */
export function App() {
  const info = useApiQuery('app-info', {});
  const session = useApiQuery('session-current', {}, { enabled: info.data?.needsSetup === false });

  useNoticesOfThisPerson(session.data?.staff?.id ?? null);

  // Until someone picks a language on this machine, follow the shop's choice.
  const shopLanguage = info.data?.defaultLanguage;
  useEffect(() => {
    if (shopLanguage && !storedLanguage() && i18n.language !== shopLanguage) void i18n.changeLanguage(shopLanguage);
  }, [shopLanguage]);

  if (info.isError) return <ErrorState error={info.error} onRetry={() => void info.refetch()} />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (!info.data) return <FullPageLoader />;
  if (info.data.needsSetup) return <SetupScreen />;
  if (!session.data) return <FullPageLoader />;
  if (!session.data.staff) return <SignInScreen shopName={info.data.shopName} />;
  return <AppLayout staff={session.data.staff} shopName={info.data.shopName} version={info.data.version} />;
}

function FullPageLoader() {
  return (
    <Center h="100%">
      <Loader />
    </Center>
  );
}
