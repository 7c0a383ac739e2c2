import { useState } from 'react';
import type { SeenPost } from '@/lib/db/records';
import type { Pack } from '@/lib/pack/schema';
import { fillTemplate, type MissingVariable, type TemplateVars } from '@/lib/reply/fill-template';
import { pickTemplates, type PickedTemplate } from '@/lib/reply/pick-templates';

export interface DraftState {
  tone: string;
  templates: PickedTemplate[];
  chosenId: string | undefined;
  /** The chosen template as filled for this post: what `template-unchanged` compares the draft with. */
  filled: string | undefined;
  missing: MissingVariable[];
  draft: string;
  setDraft: (text: string) => void;
  setTone: (tone: string) => void;
  pick: (picked: PickedTemplate) => void;
}

/** Tone, suggested templates and the draft for one post. */
export function useDraft(post: SeenPost, packs: readonly Pack[], vars: TemplateVars): DraftState {
  const [tone, setToneState] = useState('formal');
  const [chosenId, setChosenId] = useState<string>();
  const [filled, setFilled] = useState<string>();
  const [missing, setMissing] = useState<MissingVariable[]>([]);
  const [draft, setDraft] = useState('');
  const templatesFor = (t: string) => pickTemplates(packs, { category: post.category, tone: t, lang: post.lang ?? undefined });

  function pick(picked: PickedTemplate) {
    const result = fillTemplate(picked.template.text, vars);
    setChosenId(picked.template.id);
    setFilled(result.text);
    setMissing(result.missing);
    setDraft(result.text);
  }

  // Switching tone re-fills from the new tone's best template, but only while the operator has not
  // edited the draft: their own words are never thrown away.
  function setTone(next: string) {
    setToneState(next);
    const untouched = draft.trim() === '' || draft === filled;
    const first = templatesFor(next)[0];
    if (untouched && chosenId !== undefined && first) pick(first);
    else if (untouched) setChosenId(undefined);
  }

  return { tone, templates: templatesFor(tone), chosenId, filled, missing, draft, setDraft, setTone, pick };
}
