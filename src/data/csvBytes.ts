/**
 * Byte-level checks of a CSV file before it is parsed: size, emptiness, binary content and
 * encoding. Each failure says what was wrong, where, and what to do.
 */
import { fail, succeed, type DatasetError, type Outcome } from './datasetError';

/** Larger files would take minutes to embed in a browser anyway; this keeps memory use safe. */
export const MAX_CSV_BYTES = 50 * 1024 * 1024;

const SAVE_AS_UTF8 =
  'Save it as “CSV UTF-8” (Excel: File › Save As › CSV UTF-8; Google Sheets: File › Download › CSV; LibreOffice: Character set › Unicode (UTF-8)) and load that file.';

export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Checked before a single byte is read, from `File.size` or a Content-Length header. */
export function checkCsvSize(byteLength: number, name: string): Outcome<void> {
  return byteLength <= MAX_CSV_BYTES ? succeed(undefined) : fail(tooLarge(byteLength, name));
}

export function tooLarge(byteLength: number, name: string): DatasetError {
  return {
    kind: 'too-large',
    problem: `“${name}” is ${formatMegabytes(byteLength)}; the limit is ${formatMegabytes(MAX_CSV_BYTES)}.`,
    advice:
      'Load a smaller sample, e.g. the first few thousand rows (pandas: df.head(5000).to_csv("sample.csv")). A few thousand listings are plenty for this lesson.',
  };
}

/** 1-based line of a byte offset: one more than the line feeds before it. */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, nothing
 * above U+10FFFF), or -1 when the whole array is valid. Used to say *where* decoding failed.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const continuationCount =
      lead >= 0xc2 && lead <= 0xdf
        ? 1
        : lead >= 0xe0 && lead <= 0xef
          ? 2
          : lead >= 0xf0 && lead <= 0xf4
            ? 3
            : 0;
    // Not a lead byte, or the character is cut off by the end of the file.
    if (continuationCount === 0 || i + continuationCount >= bytes.length) return i;
    // The second byte's range is narrower after E0, ED, F0 and F4 (overlongs, surrogates, > U+10FFFF).
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= continuationCount; k++) {
      const byte = bytes[i + k];
      const valid = k === 1 ? byte >= low && byte <= high : byte >= 0x80 && byte <= 0xbf;
      if (!valid) return i;
    }
    i += continuationCount + 1;
  }
  return -1;
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** Tags a web page starts with; a CSV header cell does not begin with one. */
const HTML_START =
  /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|base|div|p|h[1-6]|table|main|header|nav|section|pre|iframe)[\s/>]/i;

/**
 * A web page, told by its content rather than its name or headers: it opens with an HTML tag (a
 * doctype is optional and often missing), possibly after comments.
 */
export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 4096));
}

/**
 * Turns a file's bytes into text, or explains why they are not a UTF-8 CSV. A UTF-8 byte order
 * mark (Excel writes one) is removed.
 */
export function decodeCsvBytes(bytes: Uint8Array, name: string): Outcome<string> {
  if (bytes.length === 0) {
    return fail({
      kind: 'empty',
      problem: `“${name}” is empty (0 bytes).`,
      advice: 'Choose a CSV file with a header row and at least one row of text.',
    });
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return fail({
      kind: 'encoding',
      problem: `“${name}” is saved as UTF-16 text; this page reads UTF-8.`,
      where: `It starts with the byte order mark ${hex(bytes[0])} ${hex(bytes[1])}.`,
      advice: SAVE_AS_UTF8,
    });
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return fail({
      kind: 'binary',
      problem: `“${name}” is not a CSV text file: it is a zip archive, which is what Excel (.xlsx) and Numbers files are.`,
      where: 'It starts with the bytes 0x50 0x4B 0x03 0x04 (“PK”).',
      advice: 'Open it in a spreadsheet program and export the sheet as CSV (UTF-8), then load that file.',
    });
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return fail({
      kind: 'binary',
      problem: `“${name}” is a binary file, not CSV text.`,
      where: `Byte ${nul} (line ${lineOfByte(bytes, nul)}) is a NUL byte (0x00), which text files never contain.`,
      advice:
        'Check that you picked the right file. Spreadsheets and images must be exported as CSV (UTF-8) first.',
    });
  }
  let text: string;
  try {
    // fatal: invalid bytes throw instead of silently becoming U+FFFD; the BOM is dropped by default.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    return fail({
      kind: 'encoding',
      problem: `“${name}” is not valid UTF-8 text. It was probably saved in another encoding, such as Windows-1252 or Latin-1.`,
      where:
        offset >= 0
          ? `Line ${lineOfByte(bytes, offset)}, byte ${offset}: ${hex(bytes[offset])} cannot start or continue a UTF-8 character.`
          : undefined,
      advice: SAVE_AS_UTF8,
    });
  }
  if (text.trim() === '') {
    return fail({
      kind: 'empty',
      problem: `“${name}” contains only blank lines.`,
      advice: 'Choose a CSV file with a header row and at least one row of text.',
    });
  }
  if (text.startsWith('version https://git-lfs.github.com/spec/')) {
    return fail({
      kind: 'not-csv',
      problem: `“${name}” is a Git LFS pointer: a few lines that say where the real file is stored, not the data.`,
      advice:
        'On GitHub, open the file and use the address of its “Download” button (media.githubusercontent.com/…) instead.',
    });
  }
  if (looksLikeHtml(text)) {
    return fail({
      kind: 'not-csv',
      problem: `“${name}” is a web page (HTML), not a CSV file.`,
      where: 'It starts with an HTML tag. A wrong address often answers with the site’s own page.',
      advice:
        'Check the address. For a file on GitHub, open it, press “Raw” and use that address (https://raw.githubusercontent.com/…).',
    });
  }
  return succeed(text);
}
