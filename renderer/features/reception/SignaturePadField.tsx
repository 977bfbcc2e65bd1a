import { Button, Group, Input, Text } from '@mantine/core';
import { IconEraser } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import SignaturePad from 'signature_pad';
import classes from './Reception.module.css';

/** The customer signs with the mouse, a pen or a finger; the signature is kept as a PNG. */
export function SignaturePadField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange(png: string): void;
  error?: string;
}) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return undefined;
    // Sized to its box at the screen's pixel density, so strokes are sharp and land under the pen.
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    canvas.width = canvas.offsetWidth * ratio;
    canvas.height = canvas.offsetHeight * ratio;
    canvas.getContext('2d')?.scale(ratio, ratio);
    const pad = new SignaturePad(canvas, { penColor: '#1a1b1e', backgroundColor: 'rgb(255,255,255)' });
    padRef.current = pad;
    const onEnd = () => onChangeRef.current(pad.isEmpty() ? '' : pad.toDataURL('image/png'));
    pad.addEventListener('endStroke', onEnd);
    return () => {
      pad.removeEventListener('endStroke', onEnd);
      pad.off();
    };
  }, []);

  return (
    <Input.Wrapper label={t('reception.confirm.signHere')} error={error}>
      <canvas ref={canvasRef} className={classes.signature} aria-label={t('reception.confirm.signHere')} role="img" />
      <Group justify="space-between" mt={4}>
        <Text size="xs" c="dimmed">
          {value ? t('reception.confirm.signed') : ''}
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconEraser size={14} />}
          onClick={() => {
            padRef.current?.clear();
            onChange('');
          }}
        >
          {t('reception.confirm.clearSignature')}
        </Button>
      </Group>
    </Input.Wrapper>
  );
}
