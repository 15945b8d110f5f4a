import { describe, expect, it } from 'vitest';
import { pdfTextString, setDocumentInfo } from '../../../../scripts/pdf/documentInfo.ts';

// A minimal PDF with a classic xref table and trailer, as Chromium writes them.
function tinyPdf(): Buffer {
  const objects = ['<</Type /Catalog /Pages 2 0 R>>', '<</Type /Pages /Kids [3 0 R] /Count 1>>', '<</Type /Page /Parent 2 0 R /MediaBox [0 0 10 10]>>'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 4\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<</Size 4\n/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

describe('setDocumentInfo', () => {
  const now = new Date(Date.UTC(2146, 4, 7, 12, 0, 0));
  const updated = setDocumentInfo(tinyPdf(), { title: 'Act 2 · Dissonance', author: 'The Neural Fabric', subject: 'S' }, now).toString('latin1');

  it('keeps the original bytes and appends an update', () => {
    expect(updated.startsWith(tinyPdf().toString('latin1'))).toBe(true);
  });
  it('adds an Info object with title, author, subject and dates', () => {
    expect(updated).toContain(`4 0 obj\n<</Title ${pdfTextString('Act 2 · Dissonance')}\n/Author ${pdfTextString('The Neural Fabric')}`);
    expect(updated).toContain('/CreationDate (D:21460507120000Z)');
  });
  it('points a new trailer at the old cross-reference table and at the right offset', () => {
    const trailer = /trailer\n<<\/Size 5\n\/Root 1 0 R\n\/Info 4 0 R\n\/Prev (\d+)>>\nstartxref\n(\d+)\n%%EOF\n$/.exec(updated);
    expect(trailer).not.toBeNull();
    const xrefAt = Number(trailer?.[2]);
    expect(updated.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const objectAt = Number(/4 1\n(\d{10}) 00000 n/.exec(updated)?.[1]);
    expect(updated.slice(objectAt, objectAt + 7)).toBe('4 0 obj');
  });
  it('refuses a file without a trailer', () => {
    expect(() => setDocumentInfo(Buffer.from('%PDF-1.5 xref stream only'), { title: 't', author: 'a' })).toThrow(/without a classic trailer/);
  });
  it('writes any text as UTF-16 with a byte-order mark', () => {
    expect(pdfTextString('A·')).toBe('<FEFF004100B7>');
  });
});
