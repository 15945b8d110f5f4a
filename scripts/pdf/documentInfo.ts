// Sets a PDF's document information (title, author, subject, keywords) by an incremental update:
// a new Info dictionary and a trailer appended after the original bytes, so everything Chromium
// wrote (tags, outline, fonts) stays exactly as it was. Chromium fills in only the title.

export interface DocumentInfo {
  title: string;
  author: string;
  subject?: string;
  keywords?: string;
}

/** A PDF text string: UTF-16BE with a byte-order mark, hex-encoded (safe for any character). */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i += 1) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

function pdfDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `(D:${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z)`;
}

export function setDocumentInfo(pdf: Buffer, info: DocumentInfo, now = new Date()): Buffer {
  const tail = pdf.subarray(Math.max(0, pdf.length - 2048)).toString('latin1');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  const trailer = tail.lastIndexOf('trailer');
  const size = /\/Size\s+(\d+)/.exec(tail.slice(trailer));
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(tail.slice(trailer));
  if (!startxref || trailer < 0 || !size || !root) throw new Error('setDocumentInfo: got a PDF without a classic trailer, expected one as Chromium writes');

  const id = Number(size[1]);
  const fields = [
    `/Title ${pdfTextString(info.title)}`,
    `/Author ${pdfTextString(info.author)}`,
    info.subject ? `/Subject ${pdfTextString(info.subject)}` : '',
    info.keywords ? `/Keywords ${pdfTextString(info.keywords)}` : '',
    `/Creator ${pdfTextString(info.author)}`,
    `/CreationDate ${pdfDate(now)}`,
    `/ModDate ${pdfDate(now)}`,
  ].filter(Boolean);
  const separator = pdf[pdf.length - 1] === 0x0a ? '' : '\n';
  const objectOffset = pdf.length + separator.length;
  const object = `${id} 0 obj\n<<${fields.join('\n')}>>\nendobj\n`;
  const xrefOffset = objectOffset + Buffer.byteLength(object, 'latin1');
  const update =
    `${separator}${object}xref\n0 1\n0000000000 65535 f \n${id} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<</Size ${id + 1}\n/Root ${root[1]}\n/Info ${id} 0 R\n/Prev ${startxref[1]}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(update, 'latin1')]);
}
