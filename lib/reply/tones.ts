import { BUILTIN_TONES, toneLabel } from '../i18n/labels';
import type { Lang } from '../i18n/make-t';
import type { Pack } from '../pack/schema';

export interface ToneOption {
  tone: string;
  label: string;
  description?: string;
  builtin: boolean;
}

/**
 * The tones an operator can pick: formal and casual always, then each persona the active packs
 * define, then any other tone their templates use (a template's tone is an open string).
 */
export function listTones(packs: readonly Pack[], lang?: Lang): ToneOption[] {
  const out: ToneOption[] = BUILTIN_TONES.map((tone) => ({ tone, label: toneLabel(tone, [], lang), builtin: true }));
  const seen = new Set(out.map((o) => o.tone));
  const add = (o: ToneOption) => {
    if (seen.has(o.tone)) return;
    seen.add(o.tone);
    out.push(o);
  };
  for (const pack of packs)
    for (const p of pack.personas ?? []) add({ tone: p.tone, label: p.name, description: p.description, builtin: false });
  for (const pack of packs) for (const tpl of pack.templates ?? []) add({ tone: tpl.tone, label: tpl.tone, builtin: false });
  return out;
}
