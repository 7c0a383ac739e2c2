import { useState } from 'react';
import { currentLang } from '@/lib/i18n/make-t';
import type { StoredPack } from '@/lib/db/records';
import { diffPacks, type PackDiff } from '@/lib/pack/diff';
import { fetchWithPermission } from './fetch-with-permission';
import type { Pack } from '@/lib/pack/schema';
import { getStoredPack, storePacks } from '@/lib/pack/store';
import { parsePack } from '@/lib/pack/validate';

// The import flow: load → validate → preview the diff → apply in one transaction, or show why not.
// Nothing is stored before Apply; a refusal leaves the active packs as they were.

export interface Pending {
  pack: Pack;
  /** Problems worth a look that do not stop the import (an unknown tone, a misspelt variable). */
  warnings: ShownError[];
  source: string;
  diff: PackDiff;
  previous?: StoredPack;
}
export interface ShownError {
  path?: string;
  line?: number;
  message: string;
}

export function useImport() {
  const [pending, setPending] = useState<Pending | null>(null);
  const [errors, setErrors] = useState<ShownError[]>([]);
  const [applied, setApplied] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refuse = (list: ShownError[]) => {
    setPending(null);
    setApplied(null);
    setErrors(list);
  };

  /** Validates a pack (text or value) and shows what it would change. */
  const preview = async (input: string | unknown, source: string) => {
    const parsed = parsePack(input, { lang: currentLang() });
    if (!parsed.ok) return refuse(parsed.errors);
    const previous = await getStoredPack(parsed.pack.id);
    setErrors([]);
    setApplied(null);
    setPending({ pack: parsed.pack, warnings: parsed.warnings, source, previous, diff: diffPacks(previous?.pack, parsed.pack) });
  };

  const fromUrl = async (url: string) => {
    // The last fetch's error is about the last URL: it goes while this one is fetched.
    setErrors([]);
    setApplied(null);
    setBusy(true);
    try {
      const got = await fetchWithPermission(url.trim());
      if (!got.ok) return refuse([{ message: got.error }]);
      await preview(got.text, got.url);
    } finally {
      setBusy(false);
    }
  };

  const apply = async () => {
    const applying = pending;
    if (!applying) return;
    await storePacks([applying.pack], applying.source);
    setApplied(applying.pack.name);
    // Another file chosen while this one was being stored keeps its own preview.
    setPending((current) => (current === applying ? null : current));
  };

  return { pending, errors, applied, busy, setBusy, preview, fromUrl, apply, refuse, cancel: () => setPending(null) };
}
export type ImportApi = ReturnType<typeof useImport>;
