import { beforeAll, describe, expect, it } from 'vitest';
import { decode } from 'fast-png';
import { cardSvg, wrap, type Measure } from '../../../../src/publish/cards/card.ts';
import { measureText, renderCard } from '../../../../src/publish/cards/render.ts';
import { actCover } from '../../../../src/viz/cover/cover.ts';

/** Every character 10 px wide: line breaks become easy to predict. */
const mono: Measure = (text) => text.length * 10;
const style = { family: 'Inter', weight: 400, size: 20 };

describe('wrap', () => {
  it('breaks greedily at the width', () => {
    expect(wrap('aaa bbb ccc ddd', style, 70, 4, mono)).toEqual(['aaa bbb', 'ccc ddd']);
  });

  it('ends the last allowed line with an ellipsis when the text runs on', () => {
    expect(wrap('aaa bbb ccc ddd eee fff', style, 70, 2, mono)).toEqual(['aaa bbb', 'ccc…']);
  });

  it('keeps a word longer than the width on its own line rather than losing it', () => {
    expect(wrap('abcdefghijkl x', style, 50, 3, mono)).toEqual(['abcdefghijkl', 'x']);
  });
});

describe('measureText', () => {
  it('measures with the real fonts: wider text, wider measure; bigger size, proportionally wider', () => {
    const inter = { family: 'Inter', weight: 400, size: 20 };
    expect(measureText('The Neural Fabric', inter)).toBeGreaterThan(measureText('The Neural', inter));
    expect(measureText('Fabric', { ...inter, size: 40 })).toBeCloseTo(2 * measureText('Fabric', inter), 5);
    expect(measureText('Fabric', { family: 'Source Serif 4 SemiBold', weight: 600, size: 20 })).not.toBe(measureText('Fabric', inter));
  });

  it('names the family it does not know', () => {
    expect(() => measureText('x', { family: 'Comic Sans', weight: 400, size: 10 })).toThrow('cards: font-family: got "Comic Sans", expected one of');
  });
});

describe('cardSvg', () => {
  it('sets the kicker in capitals, the title and the dek, escaped', () => {
    const svg = cardSvg(actCover(1).shapes, { kicker: 'Act 1 of 5', title: 'Fish & <Chips>', dek: 'A short dek.' }, mono);
    expect(svg).toContain('>ACT 1 OF 5</tspan>');
    expect(svg).toContain('>Fish &amp; &lt;Chips&gt;</tspan>');
    expect(svg).toContain('>A short dek.</tspan>');
  });
});

describe('renderCard', () => {
  const text = { kicker: 'Act', title: 'Title', dek: 'The same words on every card, so only the art differs.' };
  let cards: Buffer[] = [];
  let images: ReturnType<typeof decode>[] = [];
  beforeAll(async () => {
    cards = await Promise.all([1, 2, 3, 4, 5].map((act) => renderCard(actCover(act).shapes, text)));
    images = cards.map((png) => decode(png));
  });

  it('renders 1200x630 PNGs under 300 KB', () => {
    for (const [i, png] of cards.entries()) {
      expect(png.length, `act ${i + 1}`).toBeLessThan(300 * 1024);
      expect([images[i]?.width, images[i]?.height]).toEqual([1200, 630]);
    }
  });

  it('draws visibly different art for each act (over a tenth of the art area differs between any two)', async () => {
    const channels = images[0]?.channels ?? 4;
    const differing = (a: ReturnType<typeof decode>, b: ReturnType<typeof decode>) => {
      let count = 0;
      let total = 0;
      for (let y = 0; y < 630; y += 2) {
        for (let x = 700; x < 1200; x += 2) {
          const i = (y * 1200 + x) * channels;
          const delta = Math.abs(Number(a.data[i]) - Number(b.data[i])) + Math.abs(Number(a.data[i + 1]) - Number(b.data[i + 1])) + Math.abs(Number(a.data[i + 2]) - Number(b.data[i + 2]));
          if (delta > 48) count += 1;
          total += 1;
        }
      }
      return count / total;
    };
    for (let i = 0; i < images.length; i += 1) {
      for (let j = i + 1; j < images.length; j += 1) {
        expect(differing(images[i] as ReturnType<typeof decode>, images[j] as ReturnType<typeof decode>), `acts ${i + 1} and ${j + 1}`).toBeGreaterThan(0.1);
      }
    }
    // The same act twice is the same picture, so the measure above is not noise.
    expect(differing(images[0] as ReturnType<typeof decode>, decode(await renderCard(actCover(1).shapes, text)))).toBe(0);
  });
});
