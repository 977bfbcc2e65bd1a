import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { KeyHint } from '../../components/KeyHint';

interface Question {
  document: string;
  answer(printed: boolean): void;
}

let ask: ((question: Question) => void) | null = null;

/**
 * After the browser's print dialog closes: did the document come out? The browser does not say
 * whether the person printed or cancelled, and only what reached paper counts for reprint numbers.
 * Answered yes when no one can be asked (no question on screen).
 */
export function askWhetherPrinted(document: string): Promise<boolean> {
  return new Promise((resolve) => {
    if (ask) ask({ document, answer: resolve });
    else resolve(true);
  });
}

/** Where the question is shown: mounted once in the signed-in app. Enter (or Y) yes, Esc (or N) no. */
export function PrintedQuestion() {
  const { t } = useTranslation();
  const [question, setQuestion] = useState<Question | null>(null);
  useEffect(() => {
    ask = setQuestion;
    return () => {
      ask = null;
    };
  }, []);
  const answer = (printed: boolean) => {
    question?.answer(printed);
    setQuestion(null);
  };
  // Its keys stay with it: an Esc must not also close the preview it was printed from (Mantine's
  // modals close on an Esc seen anywhere, unless the key's target is marked as handling it).
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const key = event.key.toLowerCase();
    if (key !== 'escape' && key !== 'y' && key !== 'n') return;
    event.preventDefault();
    event.stopPropagation();
    answer(key === 'y');
  };
  return (
    <Modal
      opened={question !== null}
      onClose={() => answer(false)}
      title={t('printing.question.title')}
      centered
      withCloseButton={false}
      closeOnEscape={false}
    >
      <div onKeyDown={onKeyDown}>
        <Text mb="md">{t('printing.question.body', { document: question?.document ?? '' })}</Text>
        <Group justify="flex-end">
          <Button
            data-mantine-stop-propagation
            variant="default"
            onClick={() => answer(false)}
            rightSection={<KeyHint keys={['Esc']} />}
          >
            {t('printing.question.no')}
          </Button>
          <Button
            data-mantine-stop-propagation
            data-autofocus
            onClick={() => answer(true)}
            rightSection={<KeyHint keys={['Enter']} />}
          >
            {t('printing.question.yes')}
          </Button>
        </Group>
      </div>
    </Modal>
  );
}
