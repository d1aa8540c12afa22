/**
 * UI test harness: a real VS Code workbench (code-server 1.139) in headless chromium, with the
 * packaged ClaimLens VSIX installed — what a user sees.
 *
 * WRITING A UI TEST (test/ui/<area>/<name>.test.ts, mocha BDD, runs in plain Node):
 *
 *   import * as assert from 'node:assert/strict';
 *   import { useWorkbench } from '../workbench';   // adjust the relative path
 *
 *   describe('Grammar', function () {
 *     const wb = useWorkbench();           // one server+browser for this describe; stopped in after()
 *     it('colours quotes', async () => {
 *       await wb().openFile('000_f9e8f79b6daea75d.txt');
 *       await wb().runCommand('ClaimLens: Open Seed Article…');
 *       ...assertions with wb().page (Playwright Page) ...
 *     });
 *   });
 *
 * useWorkbench(options) registers before/after hooks (start/stop) and an afterEach hook that saves a
 * screenshot per test as test-results/screenshots/<suite> -- <test>.png (also for failing tests),
 * then resets the workbench (closes menus, hovers, quick inputs, notifications: see reset()), so a
 * test never inherits another's leftovers. Still open the files a test needs in the test itself.
 * Or manage it yourself: `const wb = await Workbench.start(options); try { … } finally { await wb.stop(); }`.
 *
 * Options: workspace (fixture folder copied to a temp dir, default test/fixtures/workspace),
 *          settings (user settings.json entries), vsix (path; default: $CLAIMLENS_VSIX, which
 *          `npm run test:ui` sets, else the harness packages one itself; false = without ClaimLens),
 *          restrictedMode (workspace trust on, the folder untrusted), locale (ClaimLens in that language).
 * Helpers: openFile(name), runCommand(title), filterQuickInput(key, value, rowText), pickQuickItem(label), waitForNotification(text),
 *          screenshot(name), editorText(), findDecorationClass(colour), decorations(className),
 *          (backgroundNeedle(colourId) gives findDecorationClass a claim style's colour),
 *          hoverOver(locator), activityBarItem(title), openViewContainer(title), viewHeader(name),
 *          viewRows(), webview(), reset(); page, workspaceDir, server for anything else.
 * Timeouts: the runner gives each test 180 s; helpers wait up to 30 s by default.
 *
 * RUNNING:  npm run test:ui                          compile + build + package + all UI tests
 *           npm run test:ui -- --grep "activity bar"   only matching tests
 *           node out/scripts/test-host/runUi.js out/test/ui/smoke.test.js   (after `npx tsc -p .`)
 * Every server and browser is stopped after the suite, on failures and on Ctrl-C.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/test-host/browser';
import { codeServerDirs, installVsix, startCodeServer, type CodeServer } from '../../scripts/test-host/codeServer';
import { registerLanguagePack, stubLanguagePackVsix } from '../../scripts/test-host/languagePack';
import { fixtureWorkspace, screenshotsDir } from '../../scripts/test-host/config';
import { ensureTestHost } from '../../scripts/test-host/hostInstall';
import { copyWorkspace, makeStateDir, removeStateDir } from '../../scripts/test-host/tempDirs';
import { packageVsix } from '../../scripts/test-host/vsix';
import { findDecorationClassIn } from './decorationColours';

export { backgroundNeedle } from './decorationColours';

export interface WorkbenchOptions {
  /** Folder copied to a temp dir and opened (tests may write there). Default: test/fixtures/workspace. */
  readonly workspace?: string;
  /** User settings merged over the harness's quiet defaults. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** VSIX to install; default $CLAIMLENS_VSIX or one packaged on demand; false: no ClaimLens. */
  readonly vsix?: string | false;
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Workspace trust on and the folder untrusted (Restricted Mode); default: trust off. */
  readonly restrictedMode?: boolean;
  /**
   * Display language: `--locale` with a stand-in language pack for it (scripts/test-host/languagePack.ts), so
   * ClaimLens runs in that language; the workbench's own words stay English (the pack translates none).
   */
  readonly locale?: { readonly id: string; readonly name: string };
  /**
   * ClaimLens's web build (package.json `browser`) in the browser's web worker extension host instead of the
   * desktop build in the server's Node host. Default: $CLAIMLENS_UI_WEB (`npm run test:ui -- --web`).
   */
  readonly web?: boolean;
}

/**
 * User settings that run the installed VSIX's `browser` entry in the web worker extension host, as vscode.dev
 * would: a VSIX with both `main` and `browser` otherwise runs in the server's Node host.
 */
export const WEB_BUILD_SETTINGS: Readonly<Record<string, unknown>> = { 'remote.extensionKind': { 'claimlens.claimlens': ['web'] } };

/** Whether this run puts ClaimLens in the web worker extension host (`npm run test:ui -- --web`). */
export const webMode = (options: WorkbenchOptions = {}): boolean => options.web ?? process.env.CLAIMLENS_UI_WEB === '1';

const WAIT = 30_000;

export class Workbench {
  private constructor(
    /** The Playwright page showing the workbench. */
    readonly page: Page,
    /** The temp copy of the workspace the workbench has open. */
    readonly workspaceDir: string,
    readonly server: CodeServer,
    private readonly browser: Browser,
    private readonly stateDir: string,
    /** ClaimLens runs its web build in the web worker extension host (screenshots go to screenshots/web/). */
    readonly web: boolean,
  ) {}

  /** Starts code-server with ClaimLens installed, opens the workspace in chromium, waits for the explorer. */
  static async start(options: WorkbenchOptions = {}): Promise<Workbench> {
    const host = await ensureTestHost();
    const stateDir = makeStateDir('ui');
    let server: CodeServer | undefined;
    let browser: Browser | undefined;
    try {
      const workspaceDir = copyWorkspace(stateDir, options.workspace ?? fixtureWorkspace);
      const vsix = options.vsix === false ? undefined : options.vsix ?? defaultVsix();
      if (vsix) await installVsix(host, stateDir, vsix);
      if (options.locale) {
        await installVsix(host, stateDir, stubLanguagePackVsix(stateDir, options.locale.id, options.locale.name));
        const dirs = codeServerDirs(stateDir);
        registerLanguagePack(dirs.userDataDir, dirs.extensionsDir, options.locale.id, options.locale.name);
      }
      const settings = webMode(options) ? { ...WEB_BUILD_SETTINGS, ...options.settings } : options.settings;
      server = await startCodeServer(host, { stateDir, userSettings: settings, restrictedMode: options.restrictedMode, locale: options.locale?.id });
      browser = await launchBrowser(stateDir);
      const page = await browser.newPage({ viewport: options.viewport ?? { width: 1400, height: 900 } });
      page.setDefaultTimeout(WAIT);
      await page.goto(server.workbenchUrl(workspaceDir));
      await page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: 90_000 });
      await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
      return new Workbench(page, workspaceDir, server, browser, stateDir, webMode(options));
    } catch (error) {
      await browser?.close().catch(() => undefined);
      await server?.stop();
      removeStateDir(stateDir);
      throw error;
    }
  }

  /** Stops browser and server and removes the temp folder. Safe to call twice. */
  async stop(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await this.server.stop();
    removeStateDir(this.stateDir);
  }

  /** Quick Open (Ctrl+P) a workspace file by name or relative path; resolves when its text is shown. */
  async openFile(name: string): Promise<Locator> {
    await this.chooseInQuickInput('Control+P', name, path.basename(name));
    await this.page.locator(`.tabs-container .tab.active[aria-label*="${cssString(path.basename(name))}"]`).first().waitFor();
    const lines = this.page.locator('.editor-instance .view-lines .view-line');
    await lines.first().waitFor();
    return lines;
  }

  /**
   * Runs a command from the palette by its full label as shown there, e.g. 'ClaimLens: Open Seed Article…'.
   * Does not wait for the command's effect (it may open its own quick pick: use pickQuickItem).
   */
  async runCommand(title: string): Promise<void> {
    await this.chooseInQuickInput('F1', `>${title}`, title);
  }

  /**
   * Opens the quick input with `key`, types `value` and waits until a row showing `rowText` is listed; returns
   * whether that row is the focused one (the one Enter accepts: ours only once the filter has run over the
   * typed value). The palette may still be setting its own value as we type (a CI run waited 30 s on a focused
   * row that never came), so the value is checked and typed again until our row shows.
   */
  async filterQuickInput(key: string, value: string, rowText: string): Promise<{ row: Locator; focused: boolean }> {
    await this.focusWorkbench();
    await this.page.keyboard.press(key);
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    const row = this.page.locator('.quick-input-widget .monaco-list-row', { hasText: rowText }).first();
    const focused = this.page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: rowText }).first();
    const deadline = Date.now() + WAIT;
    for (let attempt = 0; ; attempt++) {
      if (!(await input.isVisible())) await this.page.keyboard.press(key);
      await input.waitFor();
      if ((await input.inputValue()) !== value) await input.fill(value);
      if (await focused.waitFor({ timeout: 3000 }).then(() => true, () => false)) return { row: focused, focused: true };
      // Typed, filtered, and our row is listed but not first: the caller clicks it.
      if (attempt > 0 && (await input.inputValue()) === value && (await row.isVisible())) return { row, focused: false };
      if (Date.now() > deadline) throw new Error(`quick input: no row "${rowText}" after typing "${value}" (value now "${await input.inputValue()}")`);
    }
  }

  /** filterQuickInput, then accepts our row. */
  private async chooseInQuickInput(key: string, value: string, rowText: string): Promise<void> {
    const { row, focused } = await this.filterQuickInput(key, value, rowText);
    if (focused) await this.page.keyboard.press('Enter');
    else await row.click();
  }

  /** Chooses the item whose label contains `label` in the open quick pick. */
  async pickQuickItem(label: string | RegExp): Promise<void> {
    const row = this.page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first();
    await row.waitFor();
    await row.click();
  }

  /** Waits for a notification toast containing `text`; returns it (e.g. to click its buttons). */
  async waitForNotification(text: string | RegExp, timeout = WAIT): Promise<Locator> {
    const toast = this.page.locator('.notifications-toasts .notification-toast', { hasText: text }).first();
    await toast.waitFor({ state: 'visible', timeout });
    return toast;
  }

  /** Saves a PNG of the page to test-results/screenshots/<name>.png (web build: screenshots/web/) and returns its path. */
  async screenshot(name: string): Promise<string> {
    const dir = this.web ? path.join(screenshotsDir, 'web') : screenshotsDir;
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${safeFileName(name)}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Text of the rendered lines of the active editor (virtualised: only what is on screen; no-break spaces as spaces). */
  async editorText(): Promise<string> {
    const lines = await this.page.locator('.editor-instance .view-lines .view-line').allInnerTexts();
    return lines.join('\n').replace(/\u00a0/g, ' ');
  }

  /**
   * The generated class (`ced-…`) of the decoration type whose CSS rule carries `colour` — give each
   * decoration type a colour no other rule uses. Accepts '#rrggbb', '#rgb' or 'rgb(r, g, b)' / 'rgba(…)'.
   */
  async findDecorationClass(colour: string): Promise<string | undefined> {
    return findDecorationClassIn(this.page, colour);
  }

  /** Rendered decoration boxes (backgrounds/borders) of a decoration class, one element per range. */
  decorations(className: string): Locator {
    return this.page.locator(`.editor-instance .view-overlays .cdr.${className}`);
  }

  /** Moves the mouse onto the centre of `target` (twice: the first move only arms the hover) and returns the visible hover. */
  async hoverOver(target: Locator): Promise<Locator> {
    const box = await this.settledBox(target);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x - 2, y);
    await this.page.mouse.move(x, y, { steps: 3 });
    const hover = this.page.locator('.monaco-hover:visible').first();
    await hover.waitFor({ state: 'visible' });
    return hover;
  }

  /**
   * The target's box once it holds still. The editor re-renders a line when inlay hints (speaker names) arrive, which
   * can detach the element found a moment before: the locator is resolved again then, a few times at most.
   */
  private async settledBox(target: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
    for (let attempt = 1; ; attempt++) {
      try {
        await target.scrollIntoViewIfNeeded({ timeout: 10_000 });
        const box = await target.boundingBox();
        if (box) return box;
        if (attempt >= 5) throw new Error('hoverOver: target is not visible');
      } catch (error) {
        if (attempt >= 5 || !/not attached|detached/i.test(String(error))) throw error;
      }
      await this.page.waitForTimeout(200);
    }
  }

  /** The activity bar entry of a view container, by its title (e.g. 'ClaimLens'). */
  activityBarItem(title: string): Locator {
    return this.page.locator(`.part.activitybar .action-item a[aria-label="${cssString(title)}"]`).first();
  }

  /** Opens a view container from the activity bar (no-op when it is already showing). */
  async openViewContainer(title: string): Promise<void> {
    const item = this.activityBarItem(title);
    await item.waitFor();
    const checked = await item.evaluate((el) => el.closest('.action-item')?.classList.contains('checked') ?? false);
    if (!checked) await item.click();
    await this.page.locator('.part.sidebar').waitFor();
  }

  /** Header of a view in the side bar by the view's name (its aria-label is '<name> Section'). */
  viewHeader(viewName: string): Locator {
    return this.page.locator(`.part.sidebar .pane-header[aria-label="${cssString(viewName)} Section"]`).first();
  }

  /** Tree/list rows in the side bar's views. */
  viewRows(): Locator {
    return this.page.locator('.part.sidebar .pane-body .monaco-list-row');
  }

  /** Content of the active webview (view or panel). */
  webview(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  }

  /**
   * Leaves the workbench clean for the next test: closes context menus, hovers, quick inputs and
   * notification toasts. An editor context menu left open (e.g. by a failed test) puts a
   * full-window layer over the workbench that takes every click, so a later test would fail for
   * a reason of its own. Returns what it had to close (empty when the workbench was clean).
   */
  async reset(): Promise<string[]> {
    const closed: string[] = [];
    const overlays: ReadonlyArray<readonly [string, Locator]> = [
      ['context menu', this.page.locator('.context-view .monaco-menu')],
      ['quick input', this.page.locator('.quick-input-widget:visible')],
      ['hover', this.page.locator('.monaco-hover:visible')],
    ];
    // Away from anything that shows a hover on mouse-over (editor text, status bar, tree rows);
    // a hover then hides by itself.
    await this.page.mouse.move(1, 1);
    await this.page.locator('.monaco-hover:visible').first().waitFor({ state: 'hidden', timeout: 2000 }).catch(() => undefined);
    for (const [name, overlay] of overlays) {
      for (let attempt = 0; attempt < 4 && (await overlay.count()) > 0; attempt++) {
        if (attempt === 0) closed.push(name);
        // A menu only hears Escape while it has the focus (a submenu closes first, then the menu).
        if (name === 'context menu') await overlay.last().focus().catch(() => undefined);
        await this.page.keyboard.press('Escape');
        await overlay.first().waitFor({ state: 'hidden', timeout: 2000 }).catch(() => undefined);
      }
      if ((await overlay.count()) > 0) throw new Error(`reset: could not close the ${name}`);
    }
    const toasts = this.page.locator('.notifications-toasts .notification-toast:visible');
    if ((await toasts.count()) > 0) {
      closed.push('notifications');
      await this.runCommand('Notifications: Clear All Notifications');
      await toasts.first().waitFor({ state: 'hidden' });
    }
    return closed;
  }

  /** Keyboard shortcuts need the focus inside the workbench, not in a closed quick input or a webview. */
  private async focusWorkbench(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }
}

/**
 * Mocha hooks for one workbench per describe block: started in before(), stopped in after(), a
 * screenshot after every test. Returns a getter (the workbench exists only once before() ran).
 */
export function useWorkbench(options: WorkbenchOptions = {}): () => Workbench {
  let workbench: Workbench | undefined;
  before(async function () {
    this.timeout(300_000); // First start may include packaging; the host install itself runs before mocha.
    workbench = await Workbench.start(options);
  });
  afterEach(async function () {
    this.timeout(60_000);
    const test = this.currentTest;
    if (!workbench || !test) return;
    await workbench.screenshot(test.fullTitle()).catch(() => undefined);
    // Tests in one describe share the workbench: each starts from a clean one, even after a failure.
    const closed = await workbench.reset().catch((error: Error) => [`reset failed: ${error.message.split('\n')[0]}`]);
    if (closed.length > 0) console.log(`      (after "${test.title}": closed ${closed.join(', ')})`);
  });
  after(async function () {
    this.timeout(60_000);
    await workbench?.stop();
    workbench = undefined;
  });
  return () => {
    if (!workbench) throw new Error('The workbench is not running (use it inside it()/hooks after useWorkbench()).');
    return workbench;
  };
}

let packagedVsix: string | undefined;

/** $CLAIMLENS_VSIX (set by `npm run test:ui`), else one package per process into a temp folder. */
function defaultVsix(): string {
  const fromEnv = process.env.CLAIMLENS_VSIX;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`CLAIMLENS_VSIX=${fromEnv} does not exist`);
    return fromEnv;
  }
  if (!packagedVsix) {
    const dir = makeStateDir('vsix');
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    packagedVsix = packageVsix(dir);
  }
  return packagedVsix;
}

function cssString(text: string): string {
  return text.replace(/["\\]/g, '\\$&');
}

function safeFileName(name: string): string {
  return name.replace(/[^\w.\- ]+/g, '_').replace(/\s+/g, ' ').trim().slice(0, 150);
}
