import type { Sender } from '@/lib/background/define-handler';

type Listener = (message: unknown) => void;

/** One end of a port; `other` receives what this end posts, asynchronously and as a copy, as a browser does. */
export class FakePort {
  other!: FakePort;
  private messages = new Set<Listener>();
  private disconnects = new Set<() => void>();
  constructor(
    readonly name: string,
    readonly sender?: Sender,
  ) {}
  onMessage = { addListener: (l: Listener) => this.messages.add(l) };
  onDisconnect = { addListener: (l: () => void) => this.disconnects.add(l) };
  postMessage(message: unknown) {
    const copy = JSON.parse(JSON.stringify(message)) as unknown;
    setTimeout(() => this.other.messages.forEach((l) => l(copy)));
  }
  /** Both ends learn it, as when the worker stops or the page goes away. */
  disconnect() {
    for (const end of [this, this.other]) end.disconnects.forEach((l) => l());
  }
}

/** Two ends wired to each other: `near` for the one who connects, `far` (with `sender`) for the one who accepts. */
export function portPair(name: string, sender: Sender): { near: FakePort; far: FakePort } {
  const near = new FakePort(name);
  const far = new FakePort(name, sender);
  near.other = far;
  far.other = near;
  return { near, far };
}
