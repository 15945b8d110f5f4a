import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../../scripts/shared/formatBytes.ts';

describe('formatBytes', () => {
  it('gives kilobytes below a mebibyte, rounded to the digits asked for', () => {
    expect(formatBytes(421 * 1024)).toBe('421 KB');
    expect(formatBytes(1024)).toBe('1 KB');
    expect(formatBytes(40 * 1024, 1)).toBe('40.0 KB');
    expect(formatBytes(26_419, 1)).toBe('25.8 KB');
  });

  it('switches to megabytes with one decimal from one mebibyte up', () => {
    expect(formatBytes(1024 * 1024 - 1)).toBe('1024 KB');
    expect(formatBytes(1024 * 1024)).toBe('1.0 MB');
    expect(formatBytes(2_400_000, 1)).toBe('2.3 MB');
  });
});
