// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { moveCursor } from '@/components/queue/queue-cursor';
import { isTypingTarget, shortcutKey } from '@/components/shell/use-shortcuts';

const key = (init: KeyboardEventInit, target: Element = document.body) => {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
};

describe('queue cursor', () => {
  const ids = ['a', 'b', 'c'];
  it('moves by post id and stops at both ends', () => {
    expect(moveCursor(ids, 'a', 1)).toBe('b');
    expect(moveCursor(ids, 'c', 1)).toBe('c');
    expect(moveCursor(ids, 'a', -1)).toBe('a');
  });
  it('starts on the first post when nothing is current or the current post left', () => {
    expect(moveCursor(ids, undefined, 1)).toBe('a');
    expect(moveCursor(ids, 'gone', -1)).toBe('a');
    expect(moveCursor([], 'a', 1)).toBeUndefined();
  });
});

describe('panel shortcut keys', () => {
  it('reads letters case-free and leaves browser shortcuts alone', () => {
    expect(shortcutKey(key({ key: 'J', shiftKey: true }))).toBe('j');
    expect(shortcutKey(key({ key: '?', shiftKey: true }))).toBe('?');
    expect(shortcutKey(key({ key: 'r', ctrlKey: true }))).toBeNull();
    expect(shortcutKey(key({ key: 'h', metaKey: true }))).toBeNull();
  });
  it('never acts while the operator types', () => {
    const textarea = document.createElement('textarea');
    const search = Object.assign(document.createElement('input'), { type: 'search' });
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(isTypingTarget(textarea)).toBe(true);
    expect(isTypingTarget(search)).toBe(true);
    expect(isTypingTarget(checkbox)).toBe(false);
    expect(shortcutKey(key({ key: 'j' }, textarea))).toBeNull();
    expect(shortcutKey(key({ key: 'a', isComposing: true }))).toBeNull();
  });
  it('lets Enter press a focused button instead of acting twice', () => {
    const button = document.createElement('button');
    expect(shortcutKey(key({ key: 'Enter' }, button))).toBeNull();
    expect(shortcutKey(key({ key: 'Enter' }))).toBe('Enter');
  });
});
