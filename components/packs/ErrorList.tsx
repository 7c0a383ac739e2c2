import type { ShownError } from './use-import';
import { t } from './t';

/**
 * Why an import was refused, or (as warnings) what to look at in a pack that was accepted: each
 * problem with its JSON path (and line), in the UI language.
 */
export function ErrorList({ errors, warnings = false }: { errors: ShownError[]; warnings?: boolean }) {
  if (errors.length === 0) return null;
  return (
    <div role={warnings ? 'status' : 'alert'} className={warnings ? 'kz-packs-warnings' : 'kz-packs-errors'} data-testid={warnings ? 'pack-warnings' : 'pack-errors'}>
      <strong>{t(warnings ? 'warningsTitle' : 'refusedTitle')}</strong>
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
