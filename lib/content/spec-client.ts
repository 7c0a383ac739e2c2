import { createClassifier } from '../classify/classifier';
import { sendRequest } from '../messages/send';
import type { Classifier } from './classify-cache';

/**
 * The compiled packs come from the background (the content script never reads storage itself). The
 * matcher is rebuilt only when the revision changes: a push about packs that did not change the
 * compiled result costs one message, not a rebuild and a re-read of the page.
 */
export function createSpecClient(onClassifier: (classifier: Classifier) => void) {
  let revision: string | null = null;
  return {
    async load(): Promise<void> {
      const reply = await sendRequest({ type: 'spec/get' }).catch(() => null);
      if (!reply || !('spec' in reply) || reply.spec.revision === revision) return;
      revision = reply.spec.revision;
      onClassifier(createClassifier(reply.spec));
    },
  };
}
