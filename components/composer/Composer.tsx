import { useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/db/database';
import { selectedPost } from '@/lib/db/kv-items';
import { getPostStates } from '@/lib/handled/post-states';
import type { SeenPost } from '@/lib/contract/records';
import { getActivePacks } from '@/lib/pack/store';
import { applyFix, checkDraft } from '@/lib/reply/check-draft';
import { listTones } from '@/lib/reply/tones';
import { makeT } from '@/lib/i18n/make-t';
import { useOperatorSettings } from '@/components/common/use-settings';
import { DmHandoff } from './DmHandoff';
import { DraftEditor } from './DraftEditor';
import { forgetDraft } from './draft-memory';
import { FindingsList } from './FindingsList';
import { MarkHandledForm } from './MarkHandledForm';
import { PostQuote } from './PostQuote';
import { Preflight } from './Preflight';
import { ReplyActions } from './ReplyActions';
import { TemplateList } from './TemplateList';
import { TonePicker } from './TonePicker';
import { templateVars } from './template-vars';
import { useClaim } from './use-claim';
import { useDraft } from './use-draft';
import { messages } from './messages';

const t = makeT(messages);

/** Drafting a reply to the selected post: warnings, tone, templates, the draft and its live checks. */
export function Composer({ post, onMarked }: { post: SeenPost; onMarked?: (postId: string, handledAt: number) => void }) {
  const packs = useLiveQuery(getActivePacks, []) ?? [];
  const settings = useOperatorSettings();
  // The same read as the chips' and the queue's: one post state, whoever asks.
  const handled = useLiveQuery(async () => (await getPostStates(db, [post.postId], Date.now()))[post.postId]?.handled ?? [], [post.postId]) ?? [];
  const claim = useClaim(post.postId);
  const [confirmed, setConfirmed] = useState(false);
  const state = useDraft(post, packs, templateVars(post, packs, settings));
  const editor = useRef<HTMLTextAreaElement>(null);

  const ngWords = packs.flatMap((p) => p.ngWords ?? []);
  const report = checkDraft(state.draft, { tone: state.tone, ngWords, template: state.filled });
  const mustConfirm = !confirmed && (handled.length > 0 || !!claim?.heldBy);
  const errors = report.findings.filter((f) => f.severity === 'error');
  // One pack saying no is enough: the strictest team rule wins.
  const allowOverride = packs.every((p) => p.replyChecks?.allowOverride !== false);
  const [overridden, setOverridden] = useState<string[]>([]);

  function show(start: number, end: number) {
    editor.current?.focus();
    editor.current?.setSelectionRange(start, end);
  }

  return (
    <section className="kz-composer" data-testid="composer" aria-label={t('composerLabel', { name: post.displayName })}>
      <header className="kz-composer-head">
        <PostQuote post={post} />
        <button type="button" className="kz-close" aria-label={t('close')} data-testid="composer-close" onClick={() => void selectedPost.remove()}>
          ×
        </button>
      </header>
      <Preflight handled={handled} claimedBy={claim?.heldBy?.operatorName ?? null} onProceed={mustConfirm ? () => setConfirmed(true) : undefined} />
      {!mustConfirm && (
        <>
          <TonePicker tones={listTones(packs)} value={state.tone} onChange={state.setTone} />
          <TemplateList templates={state.templates} chosenId={state.chosenId} onPick={state.pick} />
          <DraftEditor ref={editor} draft={state.draft} onChange={state.setDraft} weightedLength={report.weightedLength} />
          <FindingsList draft={state.draft} findings={report.findings} onFix={(fix) => state.setDraft(applyFix(state.draft, fix))} onShow={show} />
          <DmHandoff findings={report.findings} draft={state.draft} handle={post.authorHandle} lang={post.lang} onInsert={state.setDraft} />
          <ReplyActions postId={post.postId} draft={state.draft} errors={errors} allowOverride={allowOverride} onOverride={(codes) => setOverridden((old) => [...new Set([...old, ...codes])])} />
          <MarkHandledForm post={post} draft={state.draft} overriddenChecks={overridden} onMarked={(handledAt) => (forgetDraft(post.postId), onMarked?.(post.postId, handledAt), void selectedPost.remove())} />
        </>
      )}
    </section>
  );
}
