import {
  Autocomplete,
  CloseButton,
  createTheme,
  MantineProvider,
  mergeThemeOverrides,
  PasswordInput,
  Select,
} from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cssVariablesResolver, theme } from './theme';

type CloseButtonDefaults = NonNullable<Parameters<typeof CloseButton.extend>[0]['defaultProps']>;

/**
 * Mantine with our theme, plus the accessible names its built-in buttons lack or give in English
 * (the × on dialogs and notifications, the eye that shows a PIN), in the language on screen.
 */
export function AppThemeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const closeLabel = t('common.close');
  const showHideLabel = t('common.showHideSecret');
  const themed = useMemo(
    () =>
      mergeThemeOverrides(
        theme,
        createTheme({
          components: {
            // CloseButton passes unknown props on to its <button>; its props type just omits aria-*.
            CloseButton: CloseButton.extend({ defaultProps: { 'aria-label': closeLabel } as CloseButtonDefaults }),
            // A list opens when asked (↓, a click, typing), never by itself on focus: an
            // autofocused select, or a field tabbed into, would otherwise cover the fields below it.
            Select: Select.extend({ defaultProps: { openOnFocus: false } }),
            Autocomplete: Autocomplete.extend({ defaultProps: { openOnFocus: false } }),
            PasswordInput: PasswordInput.extend({
              defaultProps: { visibilityToggleButtonProps: { 'aria-label': showHideLabel } },
            }),
          },
        }),
      ),
    [closeLabel, showHideLabel],
  );
  return (
    <MantineProvider theme={themed} cssVariablesResolver={cssVariablesResolver}>
      {children}
    </MantineProvider>
  );
}
