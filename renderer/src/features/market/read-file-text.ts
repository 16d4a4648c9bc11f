/** Reads a picked or dropped file as text, reporting bytes read as it goes (large CSVs). */
export function readFileText(file: File, onProgress?: (loaded: number, total: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => onProgress?.(event.loaded, event.lengthComputable ? event.total : file.size);
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(new Error(`${file.name} could not be read${reader.error ? `: ${reader.error.message}` : ''}`));
    reader.readAsText(file);
  });
}

/** Data rows of a CSV text: non-blank lines after the header. */
export function countDataRows(text: string): number {
  let lines = 0;
  for (const line of text.split(/\r\n|\n|\r/)) if (line.trim() !== '') lines += 1;
  return Math.max(0, lines - 1);
}
