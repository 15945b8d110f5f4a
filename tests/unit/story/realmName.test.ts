import { describe, expect, it } from 'vitest';
import { realmName } from '../../../src/story/realmName.ts';

describe('realmName', () => {
  it('names realms as prose does', () => {
    expect(realmName('glimmers')).toBe('The Glimmers');
    expect(realmName('glimmers', { capital: false })).toBe('the Glimmers');
    expect(realmName('alterna')).toBe('Alterna');
  });
});
