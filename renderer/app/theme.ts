import { createTheme, DEFAULT_THEME, type CSSVariablesResolver } from '@mantine/core';

/** Fonts with Chinese glyphs on every platform a counter PC may run. */
const fontStack =
  'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", sans-serif';

export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 7,
  fontFamily: fontStack,
  headings: { fontFamily: fontStack, fontWeight: '600' },
  defaultRadius: 'sm',
  focusRing: 'auto',
  cursorType: 'pointer',
  /** No sliding or fading for someone who has asked their system for less motion. */
  respectReducedMotion: true,
});

/** Every palette a badge, alert or light button may use. */
const palettes = Object.keys(DEFAULT_THEME.colors);

/**
 * Secondary ("dimmed") text and the text of light (tinted) badges, alerts and buttons are
 * darker than Mantine's defaults (and so are fields' error messages), which fall below the WCAG AA contrast ratio: state badges and
 * hints must be readable on a bright counter screen.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    // A field's error message, readable beside it (Mantine's red 6 is below AA on white).
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(
      palettes.flatMap((name) => [
        [`--mantine-color-${name}-light`, `var(--mantine-color-${name}-0)`],
        [`--mantine-color-${name}-light-hover`, `var(--mantine-color-${name}-1)`],
        [`--mantine-color-${name}-light-color`, `var(--mantine-color-${name}-9)`],
      ]),
    ),
  },
  dark: {},
});
