import type { PackError } from './pack-error';

/**
 * A refused pack's errors as lines for standard error, in the `file:line:column: path: message` form
 * that editors and terminals make clickable. For the CLI commands that read a pack (classify,
 * check-reply): `const r = parsePack(readFileSync(f, 'utf8')); if (!r.ok) formatPackErrors(f, r.errors).forEach(io.stderr)`.
 */
export function formatPackErrors(file: string, errors: readonly PackError[], { label = '' }: { label?: string } = {}): string[] {
  return errors.map((e) => {
    const at = e.line !== undefined ? `${file}:${e.line}:${e.column ?? 1}` : file;
    return `${at}: ${label}${e.path}: ${e.message}`;
  });
}

/** Warnings about an accepted pack, in the same clickable form, marked so they are not read as refusals. */
export function formatPackWarnings(file: string, warnings: readonly PackError[], lang: 'ja' | 'en'): string[] {
  return formatPackErrors(file, warnings, { label: lang === 'ja' ? '警告: ' : 'warning: ' });
}
