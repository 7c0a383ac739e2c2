// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { HistoryItem } from '@/components/history/HistoryItem';
import { EscalationList } from '@/components/reports/EscalationList';
import { handled } from '../sync-server/fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// A teammate's record says which post it is about by its id; its `url` is whatever their client
// wrote. The history's link must lead to that post, whatever the url field says.
function linkOf(over: Parameters<typeof handled>[2]): string | null {
  const host = document.createElement('ul');
  act(() => createRoot(host).render(<HistoryItem record={handled('1790000000000000001', 'suzuki', { sync: 'remote', ...over })} />));
  return host.querySelector('a')?.getAttribute('href') ?? null;
}

describe('history links', () => {
  it.each([
    ['another post on x.com', 'https://x.com/attacker/status/42'],
    ['a look-alike path on x.com', 'https://x.com/i/redirect?url=https://evil.example'],
    ['another site', 'https://evil.example/status/1790000000000000001'],
    ['javascript:', 'javascript:alert(1)'],
  ])('url field pointing at %s: the link is built from the post id', (_, url) => {
    expect(linkOf({ url, authorHandle: 'customer_001' })).toBe('https://x.com/customer_001/status/1790000000000000001');
  });

  it('a handle that is not an X handle is not put in the link', () => {
    expect(linkOf({ authorHandle: '../../evil' })).toBe('https://x.com/i/status/1790000000000000001');
  });

  it('no link for a record whose post id is not a post id', () => {
    expect(linkOf({ postId: 'https://evil.example' })).toBeNull();
  });
});

describe('escalation links', () => {
  it("an escalated teammate's record links to its own post, whatever its url field says", () => {
    const host = document.createElement('div');
    const record = handled('1790000000000000002', 'suzuki', { sync: 'remote', action: 'escalated', url: 'https://x.com/attacker/status/42', authorHandle: 'customer_002' });
    act(() => createRoot(host).render(<EscalationList records={[record]} />));
    expect(host.querySelector('a')?.getAttribute('href')).toBe('https://x.com/customer_002/status/1790000000000000002');
  });
});
