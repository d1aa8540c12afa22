/**
 * Foundation as a user meets it, with the packaged VSIX installed: the ClaimLens activity-bar item,
 * the Review view's welcome content before any article is open, "ClaimLens: Open Seed Article…"
 * from the command palette (the bundled seed is copied into the workspace, with a message saying
 * where), and the news-article grammar colouring the seed's quotes and headline.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator } from 'playwright-core';
import { useWorkbench, type Workbench } from './workbench';

const SEED = '000_f9e8f79b6daea75d.txt';
const HEADLINE = 'Putin Explained to Tillerson';

/** The Review view's pane (its header's aria-label carries a description once an article is shown). */
function reviewPane(wb: Workbench): Locator {
  return wb.page.locator('.part.sidebar .pane').filter({ has: wb.page.locator('.pane-header[aria-label^="Review"]') }).first();
}

interface TokenColours {
  quote?: { text: string; colour: string; className: string };
  plain?: { text: string; colour: string; className: string };
  headline?: { text: string; colour: string; className: string };
}

/** Computed colours of three rendered tokens: inside a quote, plain prose, and the headline. */
async function tokenColours(wb: Workbench): Promise<TokenColours> {
  return wb.page.evaluate(
    ({ headline }) => {
      // Runs in the page; typed by hand because this project compiles without the DOM lib.
      type El = { textContent: string | null; className: string; parentElement: El | null };
      const g = globalThis as unknown as {
        document: { querySelectorAll(s: string): ArrayLike<El> };
        getComputedStyle(e: El): { color: string };
      };
      const spans = Array.from(g.document.querySelectorAll('.editor-instance .view-lines .view-line span[class^="mtk"]'));
      // Monaco renders spaces as no-break spaces.
      const text = (el: El): string => (el.textContent ?? '').replace(/\u00a0/g, ' ');
      const describe = (el: El | undefined) =>
        el ? { text: text(el), colour: g.getComputedStyle(el).color, className: el.className } : undefined;
      return {
        quote: describe(spans.find((s) => text(s).includes('things will work out fine'))),
        // Monaco cuts long tokens into 50-character spans: any of these words is whole in one of them.
        plain: describe(spans.find((s) => /\b(Vladimir|hosted|Secretary|Kremlin)\b/.test(text(s)))),
        headline: describe(spans.find((s) => text(s).includes(headline))),
      };
    },
    { headline: HEADLINE },
  );
}

describe('Foundation (UI)', function () {
  const wb = useWorkbench();

  it('shows the ClaimLens activity-bar item and the Review welcome with an Open Seed Article button', async () => {
    await wb().activityBarItem('ClaimLens').waitFor({ state: 'visible' });
    await wb().openViewContainer('ClaimLens');
    const pane = reviewPane(wb());
    const welcome = pane.locator('.welcome-view-content');
    await welcome.waitFor({ state: 'visible' });
    assert.match(await welcome.innerText(), /Open a news article/);
    const button = welcome.locator('.monaco-button', { hasText: 'Open Seed Article' });
    await button.waitFor({ state: 'visible' });
  });

  it('opens the bundled seed from the command palette as a copy in claimlens-seeds/', async () => {
    await wb().runCommand('ClaimLens: Open Seed Article…');
    // The bundled seed is listed by its headline; workspace articles by file name.
    await wb().page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Workspace articles' }).first().waitFor();
    await wb().pickQuickItem(HEADLINE);
    await wb().waitForNotification(/seed article copied to claimlens-seeds\/000_f9e8f79b6daea75d\.txt in the workspace/);
    await wb().page.locator(`.tabs-container .tab[aria-label*="${SEED}"]`).first().waitFor();
    await wb().page.locator('.editor-instance .view-lines .view-line', { hasText: HEADLINE }).first().waitFor();
    const copy = path.join(wb().workspaceDir, 'claimlens-seeds', SEED);
    assert.ok(fs.existsSync(copy), `${copy} was not written`);
    // The language picker in the status bar names the contributed language.
    await wb().page.locator('.part.statusbar .statusbar-item', { hasText: /News Article/ }).first().waitFor();
    // An article is open and analysed: the Review view lists it instead of the welcome.
    await reviewPane(wb()).locator('.welcome-view-content').waitFor({ state: 'hidden', timeout: 120_000 });
    await reviewPane(wb()).locator('.monaco-list-row').first().waitFor({ timeout: 120_000 });
  });

  it('colours the quotes and the headline through the news-article grammar', async () => {
    // Either file will do (the copy or the workspace's seeds/ original): both are news articles.
    await wb().openFile(SEED);
    let colours: TokenColours;
    // Tokenisation is asynchronous: wait until the quote has its own token.
    const deadline = Date.now() + 60_000;
    for (;;) {
      colours = await tokenColours(wb());
      if (colours.quote && colours.plain && colours.quote.className !== colours.plain.className) break;
      if (Date.now() > deadline) break;
      await wb().page.waitForTimeout(250);
    }
    const { quote, plain, headline } = colours;
    assert.ok(quote && plain && headline, `tokens found: ${JSON.stringify(colours)}`);
    assert.equal(plain.className, 'mtk1', `prose has the default foreground token: ${JSON.stringify(plain)}`);
    assert.ok(!quote.text.includes('Trump tweeted'), `the quote is a token of its own: ${JSON.stringify(quote)}`);
    assert.notEqual(quote.colour, plain.colour, `quote and plain text share a colour: ${JSON.stringify(colours)}`);
    assert.notEqual(headline.colour, plain.colour, `headline and plain text share a colour: ${JSON.stringify(colours)}`);
  });
});
