import type { PackError } from './pack-error';

/**
 * A refused pack's errors as lines for standard error, in the `file:line:column: path: message` form
 * that editors and terminals make clickable. For the CLI commands that read a pack (classify,
 * check-reply): `const r = parsePack(readFileSync(f, 'utf8')); if (!r.ok) formatPackErrors(f, r.errors).forEach(io.stderr)`.
 */
export function formatPackErrors(file: string, errors: readonly PackError[]): string[] {
  return errors.map((e) => {
    const at = e.line !== undefined ? `${file}:${e.line}:${e.column ?? 1}` : file;
    return `${at}: ${e.path}: ${e.message}`;
  });
}
