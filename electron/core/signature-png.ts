/**
 * The PNG bytes of a signature as the pad sends it (a data URL), for storing; undefined when the
 * bytes are not a PNG at all (the schema checks only the data URL's form). Null for a ticked box.
 */
export function signatureBytes(
  consent: { method: 'tick' } | { method: 'signature'; png: string },
): Uint8Array | undefined | null {
  if (consent.method !== 'signature') return null;
  const bytes = Buffer.from(consent.png.slice(consent.png.indexOf(',') + 1), 'base64');
  const magic = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return magic.every((byte, index) => bytes[index] === byte) ? bytes : undefined;
}
