/**
 * NumPy's .npy format, version 1.0, for a float32 matrix: `np.load("file.npy")` gives an array of
 * shape (rows, cols). Layout: magic "\x93NUMPY", version 1 0, a little-endian uint16 header length,
 * a Python-dict header padded with spaces to make the data start on a 64-byte boundary, then the
 * values, little-endian, row after row.
 */
const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
const PREAMBLE = MAGIC.length + 2 + 2; // magic, version, header length
const ALIGNMENT = 64;

export function encodeNpy(values: Float32Array, shape: readonly [number, number]): Uint8Array<ArrayBuffer> {
  const [rows, cols] = shape;
  if (rows * cols !== values.length)
    throw new RangeError(`Shape ${rows}×${cols} does not hold ${values.length} values`);
  const dict = `{'descr': '<f4', 'fortran_order': False, 'shape': (${rows}, ${cols}), }`;
  // Pad with spaces so preamble + header (ending in '\n') is a multiple of 64 bytes.
  const headerLength = Math.ceil((PREAMBLE + dict.length + 1) / ALIGNMENT) * ALIGNMENT - PREAMBLE;
  const header = dict.padEnd(headerLength - 1, ' ') + '\n';
  const out = new Uint8Array(PREAMBLE + headerLength + values.length * 4);
  out.set(MAGIC, 0);
  out.set([1, 0], MAGIC.length);
  const view = new DataView(out.buffer);
  view.setUint16(MAGIC.length + 2, headerLength, true);
  for (let i = 0; i < header.length; i++) out[PREAMBLE + i] = header.charCodeAt(i);
  const dataStart = PREAMBLE + headerLength;
  values.forEach((value, i) => view.setFloat32(dataStart + i * 4, value, true));
  return out;
}

export interface ParsedNpy {
  version: [number, number];
  /** Where the values start (a multiple of 64 in files this app writes). */
  dataOffset: number;
  descr: string;
  fortranOrder: boolean;
  shape: number[];
  values: Float32Array;
}

/** Reads a float32 .npy file (version 1.0 or 2.0); for tests and for checking exports. */
export function parseNpy(bytes: Uint8Array): ParsedNpy {
  if (!MAGIC.every((byte, i) => bytes[i] === byte)) throw new Error('Not a .npy file: bad magic bytes');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version: [number, number] = [bytes[6], bytes[7]];
  const wide = version[0] >= 2;
  const headerLength = wide ? view.getUint32(8, true) : view.getUint16(8, true);
  const headerStart = wide ? 12 : 10;
  const header = new TextDecoder('latin1').decode(bytes.subarray(headerStart, headerStart + headerLength));
  const descr = /'descr':\s*'([^']+)'/.exec(header)?.[1];
  const fortran = /'fortran_order':\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape':\s*\(([^)]*)\)/.exec(header)?.[1];
  if (!descr || !fortran || shapeText === undefined) throw new Error(`Unreadable .npy header: ${header}`);
  if (descr !== '<f4') throw new Error(`Only little-endian float32 is supported, not ${descr}`);
  const shape = shapeText
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(Number);
  const count = shape.reduce((a, b) => a * b, 1);
  const dataOffset = headerStart + headerLength;
  if (bytes.length - dataOffset !== count * 4)
    throw new Error(`Expected ${count * 4} data bytes, found ${bytes.length - dataOffset}`);
  const values = new Float32Array(count);
  for (let i = 0; i < count; i++) values[i] = view.getFloat32(dataOffset + i * 4, true);
  return { version, dataOffset, descr, fortranOrder: fortran === 'True', shape, values };
}
