import type { PickedTemplate } from '@/lib/reply/pick-templates';
import { makeT } from '@/lib/i18n/make-t';
import { messages } from './messages';

const t = makeT(messages);

interface Props {
  templates: PickedTemplate[];
  chosenId: string | undefined;
  onPick: (picked: PickedTemplate) => void;
}

/** The suggestions for this post's category and tone, the post's language first. */
export function TemplateList({ templates, chosenId, onPick }: Props) {
  if (templates.length === 0) return <p className="kz-hint">{t('noTemplates')}</p>;
  return (
    <ul className="kz-templates" aria-label={t('templates')}>
      {templates.map((picked) => {
        const { template } = picked;
        return (
          <li key={`${picked.packId}/${template.id}`}>
            <button
              type="button"
              className="kz-template"
              data-testid="template-option"
              data-template-id={template.id}
              aria-pressed={template.id === chosenId}
              onClick={() => onPick(picked)}
            >
              {template.name && <strong>{template.name}</strong>}
              <span className="kz-template-text">{template.text}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
