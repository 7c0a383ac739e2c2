import { useMemo, useState } from 'react';
import { createClassifier } from '@/lib/classify/classifier';
import { baseModel } from '@/lib/classify/base-model';
import { classifyWithLearning } from '@/lib/classify/combine';
import { useLearnedModel } from '@/components/corrections/use-learned-model';
import { messages as layerMessages } from '@/components/corrections/messages';
import { makeT } from '@/lib/i18n/make-t';
import { compileSpec } from '@/lib/classify/compile-spec';
import { categoryLabel } from '@/lib/i18n/labels';
import type { Pack } from '@/lib/pack/schema';
import { t } from './t';

const tl = makeT(layerMessages);

/**
 * Classifies pasted posts with the pack being edited: the same code as the `classify` command, plus
 * the team's learned layer and the second reading (as the background applies them to brand posts),
 * saying which layer decided.
 */
export function SampleTester({ pack }: { pack: Pack }) {
  const [text, setText] = useState('');
  const learned = useLearnedModel();
  const classifier = useMemo(() => {
    try {
      return createClassifier(compileSpec([pack]));
    } catch {
      return null; // an unfinished edit (e.g. a brand without terms) cannot be compiled yet
    }
  }, [pack]);
  const lines = text.split('\n').filter((l) => l.trim());
  return (
    <fieldset className="kz-packs-box">
      <legend>{t('tester')}</legend>
      <label className="kz-field">
        {t('testerInput')}
        <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} data-testid="sample-posts" />
      </label>
      {classifier && lines.length > 0 && (
        <ol className="kz-editor-results" data-testid="sample-results">
          {lines.map((line, i) => {
            const c = classifyWithLearning({ id: String(i), text: line }, classifier, learned?.model ?? null, { secondReading: baseModel() });
            const brands = c.brands.map((id) => pack.brands.find((b) => b.id === id)?.name ?? id);
            return (
              <li key={i} data-testid="sample-result">
                <span className={`kz-badge kz-cat-${c.category}`}>{categoryLabel(c.category)}</span> {t('priority', { n: c.priority })} ·{' '}
                {brands.join(t('listSeparator')) || t('noBrand')} ·{' '}
                <span className="kz-layer" data-testid="sample-layer" data-layer={c.decidedBy}>
                  {tl('decidedBy', { layer: tl(c.decidedBy === 'learned' ? 'layerLearned' : c.decidedBy === 'reading' ? 'layerReading' : 'layerRules') })}
                </span>{' '}
                — <span className="kz-packs-muted">{line}</span>
              </li>
            );
          })}
        </ol>
      )}
    </fieldset>
  );
}
