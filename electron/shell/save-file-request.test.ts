import { describe, expect, it } from 'vitest';
import { checkSaveRequest, dialogFilters, isPlainFileName, MAX_SAVE_BYTES, requestBytes } from './save-file-request';

const valid = { kind: 'report', suggestedName: 'alvh-report-2026-06.pdf', mimeType: 'application/pdf', base64: Buffer.from('%PDF-1.7').toString('base64') };

describe('saveFile request check', () => {
  it('accepts a text or a base64 file of a known kind', () => {
    const pdf = checkSaveRequest(valid);
    expect(pdf.ok && pdf.bytes).toBe(8);
    const csv = checkSaveRequest({ kind: 'backtest', suggestedName: 'runs.csv', mimeType: 'text/csv', text: 'a,b\n1,é\n' });
    expect(csv.ok && csv.bytes).toBe(9);
    if (csv.ok) expect(requestBytes(csv.request).toString('utf8')).toBe('a,b\n1,é\n');
    if (pdf.ok) expect(requestBytes(pdf.request).toString('latin1')).toBe('%PDF-1.7');
  });

  it.each([
    ['not an object', 'x'],
    ['null', null],
    ['an array', [valid]],
    ['an unknown kind', { ...valid, kind: 'passwords' }],
    ['an extra field', { ...valid, path: '/etc/passwd' }],
    ['a path in the name', { ...valid, suggestedName: '../../.bashrc' }],
    ['a Windows path in the name', { ...valid, suggestedName: 'C:\\Windows\\x.pdf' }],
    ['an empty name', { ...valid, suggestedName: '' }],
    ['a control character', { ...valid, suggestedName: 'a\u0007.pdf' }],
    ['a bad MIME type', { ...valid, mimeType: 'pdf' }],
    ['both text and base64', { ...valid, text: 'x' }],
    ['neither text nor base64', { kind: 'report', suggestedName: 'a.pdf', mimeType: 'application/pdf' }],
    ['invalid base64', { ...valid, base64: 'abc$' }],
    ['text that is not a string', { kind: 'report', suggestedName: 'a.csv', mimeType: 'text/csv', text: 42 }],
  ])('refuses %s', (_label, request) => {
    expect(checkSaveRequest(request).ok).toBe(false);
  });

  it('refuses files over the size limit without decoding them', () => {
    const tooBig = 'A'.repeat(Math.ceil((MAX_SAVE_BYTES + 3) / 3) * 4);
    const check = checkSaveRequest({ ...valid, base64: tooBig });
    expect(check).toEqual({ ok: false, message: 'saveFile: the file is too large' });
  });

  it('plain file names and dialog filters', () => {
    expect(isPlainFileName('journal 2026-06-01.sqlite')).toBe(true);
    for (const name of ['.', '..', ' a.pdf', 'a/b', 'a:b', 'x'.repeat(201)]) expect(isPlainFileName(name), name).toBe(false);
    expect(dialogFilters('backup.sqlite')[0]).toEqual({ name: 'SQLITE file', extensions: ['sqlite'] });
    expect(dialogFilters('README')).toEqual([{ name: 'All Files', extensions: ['*'] }]);
  });
});
