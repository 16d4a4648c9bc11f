import { decodeFileBytes } from './save-file';

/**
 * Reads a picked or dropped file as text, reporting bytes read as it goes (large CSVs). The
 * bytes are decoded by the shared policy (BOM / UTF-16 detected, invalid UTF-8 refused).
 */
export function readFileText(file: File, onProgress?: (loaded: number, total: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => onProgress?.(event.loaded, event.lengthComputable ? event.total : file.size);
    reader.onload = () => {
      try {
        resolve(decodeFileBytes(new Uint8Array(reader.result instanceof ArrayBuffer ? reader.result : new ArrayBuffer(0)), file.name));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    reader.onerror = () => reject(new Error(`${file.name} could not be read${reader.error ? `: ${reader.error.message}` : ''}`));
    reader.readAsArrayBuffer(file);
  });
}

/** Data rows of a CSV text: non-blank lines after the header. */
export function countDataRows(text: string): number {
  let lines = 0;
  for (const line of text.split(/\r\n|\n|\r/)) if (line.trim() !== '') lines += 1;
  return Math.max(0, lines - 1);
}
