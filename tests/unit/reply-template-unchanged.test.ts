import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../lib/reply/check-draft';
import { fillTemplate } from '../../lib/reply/fill-template';

const TEMPLATE = '{{name}}様、ご不便をおかけし申し訳ございません。詳しい状況をDMでお知らせいただけますでしょうか。';
const filled = fillTemplate(TEMPLATE, { name: '山田' }).text;
const unchanged = (draft: string, template: string | undefined = filled) =>
  checkDraft(draft, { tone: 'formal', ngWords: [], template, lang: 'en' }).findings.filter(
    (f) => f.code === 'template-unchanged',
  );

describe('template-unchanged', () => {
  it('warns when the filled template is sent as is, over the whole draft', () => {
    const [f] = unchanged(filled);
    expect(f).toMatchObject({ severity: 'warning', start: 0, end: filled.length });
  });

  it('still warns after trivial edits: spacing, punctuation, width, a particle', () => {
    expect(unchanged(filled.replace('、', ' ').replace('。', '！'))).toHaveLength(1);
    expect(unchanged(filled.replace('DM', 'ＤＭ'))).toHaveLength(1);
    expect(unchanged(filled.replace('詳しい', '詳細な'))).toHaveLength(1);
  });

  it('is satisfied once the reply mentions the person’s problem', () => {
    const personal = filled.replace('。', '。充電できない件、ご心配をおかけしております。');
    expect(unchanged(personal)).toEqual([]);
  });

  it('does nothing without a template or with an empty draft', () => {
    const codes = checkDraft(filled, { tone: 'formal', ngWords: [] }).findings.map((f) => f.code);
    expect(codes).not.toContain('template-unchanged');
    expect(unchanged('   ')).toEqual([]);
  });
});
