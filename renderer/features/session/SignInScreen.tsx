import { Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { SignInForm } from './SignInForm';

export function SignInScreen({ shopName }: { shopName: string }) {
  const { t } = useTranslation();
  return (
    <Center mih="100%" p="xl">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={480}>
        <Group justify="space-between" align="flex-start" mb="lg">
          <Stack gap={2}>
            <Text c="dimmed" size="sm">
              {t('app.name')} · {shopName}
            </Text>
            <Title order={1} size="h2">
              {t('signIn.title')}
            </Title>
            <Text c="dimmed" size="sm">
              {t('signIn.subtitle')}
            </Text>
          </Stack>
          <LanguageSwitch />
        </Group>
        <SignInForm submitLabel={t('signIn.submit')} />
      </Paper>
    </Center>
  );
}
