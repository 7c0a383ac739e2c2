import type { PickedTemplate } from '@/lib/reply/pick-templates';
import { makeT } from '@/lib/i18n/make-t';
import { useShortcuts } from '@/components/shell/use-shortcuts';
import { messages } from './messages';

const t = makeT(messages);

interface Props {
  templates: PickedTemplate[];
  chosenId: string | undefined;
  onPick: (picked: PickedTemplate) => void;
}

/** The suggestions for this post's category and tone, the post's language first. */
export function TemplateList({ templates, chosenId, onPick }: Props) {
  // 1–9 pick the first nine suggestions, in the order shown.
  useShortcuts(Object.fromEntries(templates.slice(0, 9).map((picked, i) => [String(i + 1), () => onPick(picked)])));
  if (templates.length === 0) return <p className="kz-hint">{t('noTemplates')}</p>;
  return (
    <ul className="kz-templates" aria-label={t('templates')}>
      {templates.map((picked, i) => {
        const { template } = picked;
        return (
          <li key={`${picked.packId}/${template.id}`}>
            <button
              type="button"
              className="kz-template"
              data-testid="template-option"
              data-template-id={template.id}
              aria-pressed={template.id === chosenId}
              aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
              onClick={() => onPick(picked)}
            >
              <span className="kz-template-head">
                {i < 9 && <kbd className="kz-key">{i + 1}</kbd>}
                {template.name && <strong>{template.name}</strong>}
              </span>
              <span className="kz-template-text">{template.text}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
