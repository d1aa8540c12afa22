/**
 * Article changes told in two turns (issue 20). The extension host sends what a task asked of the window
 * (setDecorations included) only after that task, on a timer (VS Code's protocol writer flushes with a
 * setTimeout): every listener that runs in the same task as the paint delays the highlight. Traced in the
 * workbench: the status bar, views, Problems and "checked before" took 8–33 ms after a keystroke's paint and
 * 100–180 ms after a window's first one. So the paint is told at once, and the rest a little later (after the
 * writer's timer and its write), each article once however often it changed meanwhile. No vscode: the ArticleService wires it to its events.
 * Not a 0 ms timer: the writer's timer only hands the bytes to the websocket, which deflates them on Node's thread
 * pool and writes them in a later I/O turn, after every timer due with the writer's had run. Traced (issue 20,
 * `host.wire`): with 0 ms the highlights left 9-73 ms after setDecorations, always after these listeners.
 */
import { traceMark } from '../trace/timingTrace';

/** How long the listeners after the paint wait, so the highlights are written to the window first (see above). */
export const AFTER_PAINT_MS = 10;

export class ChangeRelay<K> {
  private readonly due = new Map<string, K>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waiters: Array<() => void> = [];
  private disposed = false;

  /**
   * @param now tells a change at once (the editor's paint).
   * @param later tells it a timer turn later (everything else), once per key.
   * @param idOf the key's identity (a URI's string).
   */
  constructor(
    private readonly now: (key: K) => void,
    private readonly later: (key: K) => void,
    private readonly idOf: (key: K) => string = String,
  ) {}

  changed(key: K): void {
    if (this.disposed) return;
    this.now(key);
    this.due.set(this.idOf(key), key);
    this.timer ??= setTimeout(() => this.flush(), AFTER_PAINT_MS);
  }

  /** Resolves once every change so far has been told to the `later` listeners too. */
  settled(): Promise<void> {
    if (this.timer === undefined) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.due.clear();
    for (const w of this.waiters.splice(0)) w();
  }

  private flush(): void {
    this.timer = undefined;
    const keys = [...this.due.values()];
    this.due.clear();
    traceMark('host.later', keys.length);
    try {
      for (const key of keys) this.later(key);
    } finally {
      traceMark('host.later.done');
      for (const w of this.waiters.splice(0)) w();
    }
  }
}
