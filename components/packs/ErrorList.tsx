import type { ShownError } from './use-import';
import { t } from './t';

/** Why an import was refused: each problem with its JSON path (and line), in the UI language. */
export function ErrorList({ errors }: { errors: ShownError[] }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="kz-packs-errors" data-testid="pack-errors">
      <strong>{t('refusedTitle')}</strong>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>
            {e.path && <code>{e.path}</code>}
            {e.line !== undefined && <span className="kz-packs-muted"> ({t('errorLine', { line: e.line })})</span>} {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
