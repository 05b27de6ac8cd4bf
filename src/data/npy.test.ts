import { describe, expect, it } from 'vitest';
import { encodeNpy, parseNpy } from './npy';

describe('encodeNpy', () => {
  it('writes a version 1.0 header that NumPy reads, aligned to 64 bytes', () => {
    const bytes = encodeNpy(Float32Array.of(1, 2, 3, 4, 5, 6), [2, 3]);
    expect(Array.from(bytes.subarray(0, 8))).toEqual([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]);
    const headerLength = bytes[8] | (bytes[9] << 8);
    expect((10 + headerLength) % 64).toBe(0);
    const header = new TextDecoder().decode(bytes.subarray(10, 10 + headerLength));
    expect(header).toMatch(/^\{'descr': '<f4', 'fortran_order': False, 'shape': \(2, 3\), \} *\n$/);
    expect(bytes.length).toBe(10 + headerLength + 6 * 4);
  });

  it('stores values as little-endian float32', () => {
    const bytes = encodeNpy(Float32Array.of(1, -0.5), [1, 2]);
    // 1.0f = 00 00 80 3F, -0.5f = 00 00 00 BF (little-endian)
    expect(Array.from(bytes.subarray(bytes.length - 8))).toEqual([
      0x00, 0x00, 0x80, 0x3f, 0x00, 0x00, 0x00, 0xbf,
    ]);
  });

  it('rejects a shape that does not match the values', () => {
    expect(() => encodeNpy(new Float32Array(5), [2, 3])).toThrow(RangeError);
  });

  it('keeps the data 64-byte aligned whatever the length of the shape text', () => {
    for (const shape of [
      [0, 1],
      [0, 384],
      [123456789, 0],
      [0, 12345678901234],
    ] as const) {
      const bytes = encodeNpy(new Float32Array(0), shape);
      expect(bytes.length % 64).toBe(0); // no data: the file is exactly the header
      expect(parseNpy(bytes).shape).toEqual(shape);
    }
  });
});

describe('parseNpy', () => {
  it('round-trips shape and exact float32 values', () => {
    const values = Float32Array.from({ length: 384 * 3 }, (_, i) => Math.sin(i) / 3);
    const parsed = parseNpy(encodeNpy(values, [3, 384]));
    expect(parsed).toMatchObject({
      version: [1, 0],
      dataOffset: 128,
      descr: '<f4',
      fortranOrder: false,
      shape: [3, 384],
    });
    expect(parsed.values).toEqual(values);
  });

  it('rejects other files and truncated data', () => {
    expect(() => parseNpy(new TextEncoder().encode('index,title\n'))).toThrow(/magic/);
    const bytes = encodeNpy(Float32Array.of(1, 2), [1, 2]);
    expect(() => parseNpy(bytes.subarray(0, bytes.length - 1))).toThrow(/data bytes/);
  });
});
