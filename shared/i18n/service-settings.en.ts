/** English messages of the service settings (Settings → Service). */
export const serviceSettingsEn = {
  title: 'Service',
} as const;
