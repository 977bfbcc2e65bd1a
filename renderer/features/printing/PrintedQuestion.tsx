import { Button, Group, Modal, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useState } from 'react';
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
  useHotkeys(
    question
      ? [
          ['y', () => answer(true)],
          ['n', () => answer(false)],
        ]
      : [],
  );
  return (
    <Modal
      opened={question !== null}
      onClose={() => answer(false)}
      title={t('printing.question.title')}
      centered
      withCloseButton={false}
    >
      <Text mb="md">{t('printing.question.body', { document: question?.document ?? '' })}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => answer(false)} rightSection={<KeyHint keys={['Esc']} />}>
          {t('printing.question.no')}
        </Button>
        <Button data-autofocus onClick={() => answer(true)} rightSection={<KeyHint keys={['Enter']} />}>
          {t('printing.question.yes')}
        </Button>
      </Group>
    </Modal>
  );
}
