import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { memo, useImperativeHandle, useLayoutEffect, useMemo, useRef, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { greetPicks, type GreetPick } from './greet-picks';
import { GreetResults } from './GreetResults';
import { useGreetSearch } from './use-greet-search';

/** What the greet step asks of its search box. */
export interface GreetSearchHandle {
  /** What is typed now. */
  text(): string;
  /** Empties the box (a customer was chosen). */
  clear(): void;
}

interface Props {
  /** Stable: the box is drawn on every keystroke, and nothing around it is. */
  onChoose(pick: GreetPick): void;
  handle: Ref<GreetSearchHandle>;
}

/**
 * The greet box and its results. A keystroke or a reply draws only this: the step around it
 * (forms, the chosen customer) stays as it was, so the answer reaches the screen sooner.
 */
export const GreetSearch = memo(function GreetSearch({ onChoose, handle }: Props) {
  const { t } = useTranslation();
  const search = useGreetSearch(6);
  const resultsRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const typed = search.text.trim();
  useImperativeHandle(
    handle,
    () => ({
      text: () => search.text,
      clear: () => {
        if (inputRef.current) inputRef.current.value = '';
        search.type('');
      },
    }),
    [search],
  );

  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      resultsRef.current?.querySelector<HTMLElement>('[data-result]')?.focus();
      return;
    }
    const first = event.key === 'Enter' && !event.ctrlKey ? greetPicks(search.data)[0] : undefined;
    // Only results that answer what is typed now: Enter must never open an older prefix's match.
    if (first && search.query === typed) {
      event.preventDefault();
      onChoose(first);
    }
  };

  // The box is never drawn again by React: the browser draws what is typed (it holds its own
  // value), so a keystroke costs only its search and the browser's own drawing of the text.
  const keyHandler = useRef(onKey);
  useLayoutEffect(() => {
    keyHandler.current = onKey;
  });
  const { type } = search;
  const box = useMemo(
    () => (
      <TextInput
        label={t('reception.greet.search')}
        placeholder={t('reception.greet.searchPlaceholder')}
        description={t('reception.greet.scanHint')}
        leftSection={<IconSearch size={18} />}
        size="md"
        ref={inputRef}
        defaultValue=""
        onChange={(event) => type(event.currentTarget.value)}
        onKeyDown={(event) => keyHandler.current(event)}
        data-autofocus
        data-enter-submits
        autoFocus
        autoComplete="off"
      />
    ),
    [t, type],
  );

  return (
    <>
      {box}
      {typed !== '' ? (
        <div ref={resultsRef} aria-live="polite" aria-busy={search.pending} data-answers={search.query}>
          <GreetResults
            data={search.data}
            query={search.query}
            error={search.error}
            resultsRef={resultsRef}
            onChoose={onChoose}
          />
        </div>
      ) : null}
    </>
  );
});
