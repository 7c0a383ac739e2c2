import type { Pack } from './schema';

// Export writes the same format import reads; export → import gives back an identical pack.

export function packToJson(pack: Pack): string {
  return JSON.stringify(pack, null, 2) + '\n';
}

/**
 * The active packs as one pack: brands, templates and searches by id/name with the first pack (highest
 * precedence) winning, signals and NG words concatenated in precedence order.
 */
export function mergePacks(packs: Pack[], { id = 'merged', name = 'Merged packs' } = {}): Pack {
  const firstBy = <T>(items: T[], key: (x: T) => string) => {
    const seen = new Map<string, T>();
    for (const x of items) if (!seen.has(key(x))) seen.set(key(x), x);
    return [...seen.values()];
  };
  return {
    format: 'kizuki.pack',
    version: 1,
    id,
    name,
    updatedAt: new Date().toISOString(),
    brands: firstBy(packs.flatMap((p) => p.brands), (b) => b.id),
    signals: packs.flatMap((p) => p.signals ?? []),
    templates: firstBy(packs.flatMap((p) => p.templates ?? []), (t) => t.id),
    ngWords: firstBy(packs.flatMap((p) => p.ngWords ?? []), (w) => (w.pattern ? `/${w.pattern.source}/${w.pattern.flags}` : w.term)),
    searches: firstBy(packs.flatMap((p) => p.searches ?? []), (s) => s.name),
  };
}

/** A file name that is safe on every OS. */
export function exportFileName(pack: Pack): string {
  return `${pack.id.replace(/[^A-Za-z0-9._-]/g, '_')}${pack.packVersion ? '-' + pack.packVersion.replace(/[^A-Za-z0-9._-]/g, '_') : ''}.kizuki-pack.json`;
}
