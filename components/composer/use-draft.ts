import { useEffect, useState } from 'react';
import type { SeenPost } from '@/lib/contract/records';
import type { Pack } from '@/lib/pack/schema';
import { fillTemplate, type TemplateVars } from '@/lib/reply/fill-template';
import { pickTemplates, type PickedTemplate } from '@/lib/reply/pick-templates';
import { recallDraft, rememberDraft, type SavedDraft } from './draft-memory';

export interface DraftState extends SavedDraft {
  templates: PickedTemplate[];
  setDraft: (text: string) => void;
  setTone: (tone: string) => void;
  pick: (picked: PickedTemplate) => void;
}

/**
 * Tone, suggested templates and the draft for one post. `filled` is the chosen template as filled
 * for this post: what the template-unchanged check compares the draft with.
 */
export function useDraft(post: SeenPost, packs: readonly Pack[], vars: TemplateVars): DraftState {
  const [state, setState] = useState<SavedDraft>(() => recallDraft(post.postId) ?? { tone: 'formal', draft: '' });
  useEffect(() => rememberDraft(post.postId, state), [post.postId, state]);
  const templatesFor = (tone: string) => pickTemplates(packs, { category: post.category, tone, lang: post.lang ?? undefined });

  function filledFrom(picked: PickedTemplate, tone: string): SavedDraft {
    const text = fillTemplate(picked.template.text, vars).text;
    return { tone, chosenId: picked.template.id, filled: text, draft: text };
  }

  // Switching tone re-fills from the new tone's best template, but only while the operator has not
  // edited the draft: their own words are never thrown away.
  function setTone(tone: string) {
    setState((s) => {
      const untouched = s.draft.trim() === '' || s.draft === s.filled;
      const first = templatesFor(tone)[0];
      if (untouched && s.chosenId !== undefined && first) return filledFrom(first, tone);
      return untouched ? { tone, draft: s.draft } : { ...s, tone };
    });
  }

  return {
    ...state,
    templates: templatesFor(state.tone),
    setDraft: (draft) => setState((s) => ({ ...s, draft })),
    setTone,
    pick: (picked) => setState((s) => filledFrom(picked, s.tone)),
  };
}
