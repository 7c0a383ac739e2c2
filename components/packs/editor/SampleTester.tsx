import { useMemo, useState } from 'react';
import { createClassifier } from '@/lib/classify/classifier';
import { compileSpec } from '@/lib/classify/compile-spec';
import type { Pack } from '@/lib/pack/schema';
import { t } from './t';

/** Classifies pasted posts with the pack being edited: the same code as the `classify` command. */
export function SampleTester({ pack }: { pack: Pack }) {
  const [text, setText] = useState('');
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
      <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} data-testid="sample-posts" />
      {classifier && lines.length > 0 && (
        <ol className="kz-editor-results" data-testid="sample-results">
          {lines.map((line, i) => {
            const c = classifier.classify({ id: String(i), text: line });
            return (
              <li key={i}>
                <span className={`kz-badge kz-cat-${c.category}`}>{c.category}</span> <strong>{c.priority}</strong> {c.brands.join(', ') || t('noBrand')} —{' '}
                <span className="kz-packs-muted">{line}</span>
              </li>
            );
          })}
        </ol>
      )}
    </fieldset>
  );
}
