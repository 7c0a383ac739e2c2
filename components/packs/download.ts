/** Saves text as a file from the side panel (an object URL on a temporary link). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // The download has started by the next tick; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
