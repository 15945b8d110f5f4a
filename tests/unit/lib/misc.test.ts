import { describe, expect, it } from 'vitest';
import { formatMonth } from '../../../src/lib/formatDate.ts';
import { realmName } from '../../../src/lib/realmName.ts';

describe('formatMonth', () => {
  it('print story dates the same in every locale and time zone', () => {
    expect(formatMonth('2145-06-14')).toBe('June 2145');
    expect(formatMonth('2147-01-05')).toBe('January 2147');
  });
  it('refuse a date that is not YYYY-MM-DD', () => {
    expect(() => formatMonth('June 2145')).toThrow('formatMonth: got "June 2145", expected a date as YYYY-MM-DD');
  });
});

describe('realmName', () => {
  it('names realms as prose does', () => {
    expect(realmName('glimmers')).toBe('The Glimmers');
    expect(realmName('glimmers', { capital: false })).toBe('the Glimmers');
    expect(realmName('alterna')).toBe('Alterna');
  });
});
