import { describe, expect, it } from 'vitest';
import { checkDocuments } from '../../../src/story/checkDocuments.ts';

const scenes = [
  { id: 'a1-start', act: 1, date: '2145-03-02' },
  { id: 'a2-order', act: 2, date: '2145-06-28' },
  { id: 'a2-late', act: 2, date: '2145-07-05' },
  { id: 'a3-viral', act: 3, date: '2145-09-01' },
];
const doc = (date: string, scene: string) => ({ file: 'content/documents/order.md', date, scene });

describe('checkDocuments', () => {
  it('accepts a record dated anywhere within its scene\'s act, before or after the scene itself', () => {
    expect(checkDocuments([doc('2145-06-28', 'a2-order'), doc('2145-08-31', 'a2-order'), doc('2145-03-03', 'a2-late')], scenes)).toEqual([
      'content/documents/order.md: date: got "2145-03-03", expected a date within act 2 of scene "a2-late" (2145-06-28 to 2145-08-31)',
    ]);
  });
  it('names the file, the field, the date and the act span when a record falls outside its act', () => {
    expect(checkDocuments([doc('2145-09-01', 'a2-order')], scenes)).toEqual([
      'content/documents/order.md: date: got "2145-09-01", expected a date within act 2 of scene "a2-order" (2145-06-28 to 2145-08-31)',
    ]);
  });
  it('lets the last act run a year past its last scene', () => {
    expect(checkDocuments([doc('2146-09-01', 'a3-viral')], scenes)).toEqual([]);
    expect(checkDocuments([doc('2146-09-02', 'a3-viral')], scenes)).toHaveLength(1);
  });
  it('refuses a scene that does not exist', () => {
    expect(checkDocuments([doc('2145-06-28', 'a2-nowhere')], scenes)).toEqual([
      'content/documents/order.md: scene: got "a2-nowhere", expected a scene id from content/data/scenes.json',
    ]);
  });
});
