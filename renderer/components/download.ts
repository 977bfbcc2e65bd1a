import type { ExportedFile } from '../../shared/contract';

/**
 * Hands a file the core wrote to the browser's (or the desktop app's) download: saved under its
 * suggested name, wherever the person saving it chooses or their downloads folder.
 */
export function saveFile(file: ExportedFile): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; the URL is let go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
