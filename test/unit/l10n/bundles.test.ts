/**
 * The bundles are complete: every message the code passes to l10n.t is in l10n/bundle.l10n.json (English, made by
 * `npm run l10n:export`) and in every other language's bundle, with the same placeholders; every %key% of
 * package.json is in package.nls.json and in every package.nls.<language>.json; and package.json's user-facing
 * fields are all %keys%.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findL10nMessages } from '../../../scripts/l10n/scan';
import { nlsKeysOf } from '../../../scripts/l10n/manifest';
import { collectMessages, L10N_DIR, ROOT } from '../../../scripts/l10n/sources';
import { format, l10n } from '../../../src/l10n/l10n';

const readJson = (file: string): Record<string, string> => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
const placeholders = (message: string): string[] => [...new Set(message.match(/\{\w+\}/g) ?? [])].sort();

/** The languages beside English: l10n/bundle.l10n.<language>.json. */
const LANGUAGES = fs.readdirSync(L10N_DIR).map((f) => /^bundle\.l10n\.(.+)\.json$/.exec(f)?.[1]).filter((l): l is string => !!l).sort();

describe('l10n: bundles and package.nls files are complete', () => {
  const { messages, nonLiteral } = collectMessages();
  const english = readJson(path.join(L10N_DIR, 'bundle.l10n.json'));
  const manifest = readJson(path.join(ROOT, 'package.json')) as unknown as { l10n?: string; contributes: Record<string, unknown> };

  it('package.json points VS Code at the bundles, and there is at least one language besides English', () => {
    assert.equal(manifest.l10n, './l10n');
    assert.ok(LANGUAGES.includes('de'), LANGUAGES.join(', '));
    assert.ok(fs.existsSync(path.join(ROOT, 'package.nls.de.json')));
  });

  it('every l10n.t message is a literal (the bundles can list it)', () => {
    assert.deepEqual(nonLiteral.map((f) => `src/${f.file}:${f.line} ${f.text}`), []);
    assert.ok(messages.size > 200, `${messages.size} messages`);
  });

  it('bundle.l10n.json holds exactly the messages of the code, each as itself (npm run l10n:export)', () => {
    assert.deepEqual([...messages].filter((m) => !(m in english)), [], 'missing: run npm run l10n:export');
    assert.deepEqual(Object.keys(english).filter((m) => !messages.has(m)), [], 'stale: run npm run l10n:export');
    assert.deepEqual(Object.entries(english).filter(([k, v]) => k !== v).map(([k]) => k), []);
  });

  for (const language of LANGUAGES) {
    it(`bundle.l10n.${language}.json translates every message, keeping its placeholders`, () => {
      const bundle = readJson(path.join(L10N_DIR, `bundle.l10n.${language}.json`));
      assert.deepEqual(Object.keys(english).filter((m) => !(m in bundle)), [], 'untranslated');
      assert.deepEqual(Object.keys(bundle).filter((m) => !(m in english)), [], 'stale');
      assert.deepEqual(Object.entries(bundle).filter(([, v]) => typeof v !== 'string' || !v.trim()).map(([k]) => k), [], 'empty');
      const changed = Object.entries(bundle).filter(([k, v]) => JSON.stringify(placeholders(k)) !== JSON.stringify(placeholders(v)));
      assert.deepEqual(changed.map(([k, v]) => `${k} → ${v}`), []);
      // Translated, not copied: only messages without words of their own ("ClaimLens: {0}") may stay the same.
      const same = Object.entries(bundle).filter(([k, v]) => k === v && /\p{L}{3}/u.test(k.replace(/ClaimLens|\{\w+\}/g, '')));
      assert.ok(same.length <= 3, same.map(([k]) => k).join(' | '));
    });
  }

  it('every %key% of package.json is in package.nls.json and in each package.nls.<language>.json, and none is unused', () => {
    const keys = new Set(nlsKeysOf(manifest));
    const nlsFiles = ['package.nls.json', ...fs.readdirSync(ROOT).filter((f) => /^package\.nls\.[\w-]+\.json$/.test(f))];
    assert.ok(nlsFiles.includes('package.nls.de.json'));
    for (const file of nlsFiles) {
      const nls = readJson(path.join(ROOT, file));
      assert.deepEqual([...keys].filter((k) => typeof nls[k] !== 'string' || !nls[k].trim()), [], `${file}: missing`);
      assert.deepEqual(Object.keys(nls).filter((k) => !keys.has(k)), [], `${file}: unused`);
    }
    const en = readJson(path.join(ROOT, 'package.nls.json'));
    const de = readJson(path.join(ROOT, 'package.nls.de.json'));
    // The command links of the walkthrough and the welcome view survive translation.
    const links = (s: string) => (s.match(/\(command:[^)]+\)/g) ?? []).join(' ');
    assert.deepEqual(Object.keys(en).filter((k) => links(en[k]) !== links(de[k])), []);
  });

  it("package.json's user-facing fields are all %keys% (titles, labels, descriptions, walkthrough, welcome)", () => {
    const plain: string[] = [];
    const walk = (value: unknown, at: string): void => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}[${i}]`));
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          const userFacing = ['title', 'description', 'markdownDescription', 'label', 'name', 'contextualTitle', 'contents', 'altText', 'category', 'enumDescriptions', 'markdownEnumDescriptions'].includes(k);
          if (userFacing && typeof v === 'string' && !/^%[\w.-]+%$/.test(v)) plain.push(`${at}.${k}`);
          else if (userFacing && Array.isArray(v)) v.forEach((s, i) => typeof s === 'string' && !/^%[\w.-]+%$/.test(s) && plain.push(`${at}.${k}[${i}]`));
          else walk(v, `${at}.${k}`);
        }
      }
    };
    walk(manifest.contributes, 'contributes');
    assert.deepEqual(plain, []);
  });

  it('finds a message that is not a literal (so the bundles cannot miss one)', () => {
    const { messages: found, nonLiteral: bad } = findL10nMessages('x.ts', "vscode.l10n.t('Fine {0}', n);\nl10n.t(message);\nl10n.t({ message: 'Also fine', args: [], comment: [] });\n");
    assert.deepEqual(found, ['Fine {0}', 'Also fine']);
    assert.deepEqual(bad.map((b) => b.line), [2]);
  });

  it('without VS Code (unit tests, the CLI) messages are English with their placeholders filled', () => {
    assert.equal(l10n.t('Marked {0} claims sourced.', 3), 'Marked 3 claims sourced.');
    assert.equal(l10n.t('{0} and {1}', 'a', 'b'), 'a and b');
    assert.equal(l10n.t('Hello {name}', { name: 'Dana' }), 'Hello Dana');
    assert.equal(format('{0} · orphaned', []), '{0} · orphaned', 'a missing argument leaves its placeholder');
  });
});
