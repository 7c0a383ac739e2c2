import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../lib/reply/check-draft';
import { fillTemplate } from '../../lib/reply/fill-template';

const TEMPLATE = '{{name}}様、{{product}}をご利用いただきありがとうございます。担当の{{operator}}です。';

describe('fillTemplate', () => {
  it('fills every variable it has a value for', () => {
    const out = fillTemplate(TEMPLATE, { name: '山田 花子', product: 'ミドリモバイル', operator: '佐藤' });
    expect(out.text).toBe('山田 花子様、ミドリモバイルをご利用いただきありがとうございます。担当の佐藤です。');
    expect(out.missing).toEqual([]);
  });

  it('accepts spaces inside the braces', () => {
    expect(fillTemplate('@{{ handle }} ありがとうございます', { handle: 'hanako_y' }).text).toBe('@hanako_y ありがとうございます');
  });

  it('marks a variable without value visibly, never as braces, and reports where', () => {
    const out = fillTemplate(TEMPLATE, { name: '山田 花子', product: 'ミドリモバイル', operator: '' });
    expect(out.text).not.toMatch(/\{\{|\}\}/);
    expect(out.missing).toHaveLength(1);
    const [gap] = out.missing;
    expect(gap!.variable).toBe('operator');
    expect(out.text.slice(gap!.start, gap!.end)).toBe('⟦operator⟧');
  });

  it('treats a blank value as missing and reports unknown variables too', () => {
    const out = fillTemplate('{{name}} {{ticket}}', { name: '   ' });
    expect(out.missing.map((m) => m.variable)).toEqual(['name', 'ticket']);
    for (const m of out.missing) expect(out.text.slice(m.start, m.end)).toMatch(/^⟦\w+⟧$/);
  });

  it('does not expand braces that come inside a value (display names are untrusted)', () => {
    const out = fillTemplate('{{name}}様', { name: '{{operator}}', operator: '佐藤' });
    expect(out.text).toBe('{{operator}}様');
    expect(out.missing).toEqual([]);
  });

  it('leaves a markerless template untouched', () => {
    expect(fillTemplate('お問い合わせありがとうございます。', {})).toEqual({ text: 'お問い合わせありがとうございます。', missing: [] });
  });

  it('the marker it leaves is reported by checkDraft as missing-variable, on the same span', () => {
    const filled = fillTemplate(TEMPLATE, { product: 'ミドリモバイル', operator: '佐藤' });
    const found = checkDraft(filled.text, { tone: 'formal', ngWords: [], lang: 'en' }).findings.filter(
      (f) => f.code === 'missing-variable',
    );
    expect(found.map((f) => [f.start, f.end])).toEqual(filled.missing.map((m) => [m.start, m.end]));
  });
});
