// A stand-in display-language pack for the localisation pass of the integration tests.
//
// VS Code shows an extension's own translations (package.nls.<language>.json, l10n/bundle.l10n.<language>.json)
// only when the workbench runs in that language, and the workbench runs in a language only when a language
// pack for it is installed: without one, `--locale de` falls back to English (code-server's server-main.js
// resolves the NLS configuration from the installed packs; the web workbench then reports `en`). The real
// German pack (MS-CEINTL.vscode-language-pack-de) comes from the Marketplace, out of reach offline. This pack
// declares German (`contributes.localizations`) with an empty translation of VS Code itself — the workbench's
// own words stay English, which is all we need — so the workbench, and with it ClaimLens, runs in German.
//
// Installing a pack from the command line (`--install-extension`) does not register it: VS Code's server adds a
// pack to `<user-data-dir>/languagepacks.json` only when it installs one itself (its language-pack service's
// install participant), and resolves `--locale` from that file alone. `registerLanguagePack` writes the entry
// that participant would write (measured on code-server 4.139.1: without it the workbench reports `en`).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './config';

/** Packs the stand-in pack for `language` into `dir` and returns the VSIX path. */
export function stubLanguagePackVsix(dir: string, language: string, languageName: string): string {
  const source = path.join(dir, `language-pack-${language}`);
  fs.mkdirSync(path.join(source, 'translations'), { recursive: true });
  const manifest = {
    name: `claimlens-test-language-pack-${language}`,
    displayName: `${languageName} display language (ClaimLens tests, no translations of VS Code)`,
    description: 'Declares a display language so the workbench runs in it; translates nothing of VS Code itself.',
    publisher: 'claimlens-test',
    version: '0.0.1',
    license: 'MIT',
    engines: { vscode: '^1.96.0' },
    categories: ['Language Packs'],
    contributes: {
      localizations: [{ languageId: language, languageName, localizedLanguageName: languageName, translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] }],
    },
  };
  fs.writeFileSync(path.join(source, 'package.json'), JSON.stringify(manifest, null, 2));
  fs.writeFileSync(path.join(source, 'translations', 'main.i18n.json'), JSON.stringify({ version: '1.0.0', contents: {} }));
  fs.writeFileSync(path.join(source, 'README.md'), `# ${manifest.displayName}\n\n${manifest.description}\n`);
  fs.writeFileSync(path.join(source, 'LICENSE'), 'MIT\n');
  const vsix = path.join(dir, `language-pack-${language}.vsix`);
  const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', vsix], {
    cwd: source, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' },
  });
  if (r.status !== 0 || !fs.existsSync(vsix)) throw new Error(`could not pack the ${language} language pack:\n${r.stdout}${r.stderr}`);
  return vsix;
}

/**
 * Lists the installed stand-in pack in `<userDataDir>/languagepacks.json`, in the form VS Code's
 * LanguagePacksCache writes after installing a pack (id, version, hash of both, the translations' path).
 */
export function registerLanguagePack(userDataDir: string, extensionsDir: string, language: string, languageName: string): void {
  const id = `claimlens-test.claimlens-test-language-pack-${language}`;
  const folder = fs.readdirSync(extensionsDir).find((name) => name.startsWith(`${id}-`));
  if (!folder) throw new Error(`the ${language} language pack is not installed in ${extensionsDir}`);
  const version = JSON.parse(fs.readFileSync(path.join(extensionsDir, folder, 'package.json'), 'utf8')).version as string;
  const hash = createHash('md5').update(id).update(version).digest('hex');
  const packs = {
    [language]: {
      hash,
      extensions: [{ extensionIdentifier: { id }, version }],
      translations: { vscode: path.join(extensionsDir, folder, 'translations', 'main.i18n.json') },
      label: languageName,
    },
  };
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(packs));
}
