import { Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './GlobalSearch.module.css';
import { useApiQuery } from '../../api/hooks';
import { navigate } from '../../app/route';
import { KeyHint } from '../../components/KeyHint';

/** One box for the counter: phone digits or a name, results as you type, Enter opens the first. */
export function GlobalSearch({ inputRef }: { inputRef: RefObject<HTMLInputElement | null> }) {
  const { t } = useTranslation();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [query, setQuery] = useState('');
  const trimmed = query.trim();
  const results = useApiQuery(
    'customers-search',
    { query: trimmed, limit: 8 },
    { enabled: trimmed !== '', placeholderData: keepPreviousData },
  );
  const rows = useMemo(() => (trimmed === '' ? [] : (results.data?.rows ?? [])), [trimmed, results.data]);

  useEffect(() => {
    if (rows.length > 0) combobox.selectFirstOption();
  }, [rows, combobox]);

  const open = (id: string) => {
    navigate({ section: 'customers', customerId: Number(id) });
    setQuery('');
    combobox.closeDropdown();
    inputRef.current?.blur();
  };

  return (
    <Combobox store={combobox} onOptionSubmit={open} withinPortal>
      <Combobox.Target withExpandedAttribute>
        <TextInput
          ref={inputRef}
          w={440}
          aria-label={t('topBar.search')}
          placeholder={t('topBar.searchPlaceholder')}
          leftSection={results.isFetching ? <Loader size={16} /> : <IconSearch size={18} />}
          rightSection={<KeyHint keys={['Ctrl', 'K']} />}
          rightSectionWidth={72}
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              setQuery('');
              event.currentTarget.blur();
            }
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={trimmed === ''}>
        <Combobox.Options aria-label={t('topBar.search')}>
          {rows.map((customer) => (
            <Combobox.Option value={String(customer.id)} key={customer.id} className={classes.option}>
              <Group justify="space-between" wrap="nowrap">
                <Text fw={600} truncate>
                  {customer.name}
                  {customer.company ? (
                    <Text span c="dimmed" fw={400} size="sm">
                      {' '}
                      · {customer.company}
                    </Text>
                  ) : null}
                </Text>
                <Text ff="monospace" size="sm" c="dimmed">
                  {customer.phone ?? customer.phoneMasked}
                </Text>
              </Group>
            </Combobox.Option>
          ))}
          {rows.length === 0 && results.data ? (
            <Combobox.Empty>
              {results.data.hint === 'too-few-digits'
                ? t('topBar.searchHint')
                : results.data.hint === 'whole-number'
                  ? t('customers.wholeNumberOnly')
                  : t('topBar.searchEmpty')}
            </Combobox.Empty>
          ) : null}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
