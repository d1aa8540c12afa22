/**
 * The stand-in German language pack of the integration tests' locale pass (scripts/test-host/languagePack.ts):
 * a VSIX that declares the display language, and the languagepacks.json entry VS Code's server resolves
 * `--locale` from.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { registerLanguagePack, stubLanguagePackVsix } from '../../../scripts/test-host/languagePack';
import { zipEntry } from '../packaging/zipEntries';

describe('test host: the stand-in language pack', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-langpack-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('packs a VSIX that declares German with an (empty) translation of VS Code', () => {
    const vsix = fs.readFileSync(stubLanguagePackVsix(dir, 'de', 'Deutsch'));
    const manifest = JSON.parse(zipEntry(vsix, 'extension/package.json') ?? '{}');
    assert.deepEqual(manifest.contributes.localizations, [
      { languageId: 'de', languageName: 'Deutsch', localizedLanguageName: 'Deutsch', translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] },
    ]);
    assert.deepEqual(JSON.parse(zipEntry(vsix, 'extension/translations/main.i18n.json') ?? '{}'), { version: '1.0.0', contents: {} });
  });

  it('lists the installed pack in languagepacks.json as the server would', () => {
    const extensions = path.join(dir, 'extensions');
    const installed = path.join(extensions, 'claimlens-test.claimlens-test-language-pack-de-0.0.1');
    fs.mkdirSync(path.join(installed, 'translations'), { recursive: true });
    fs.writeFileSync(path.join(installed, 'package.json'), JSON.stringify({ version: '0.0.1' }));
    registerLanguagePack(path.join(dir, 'user-data'), extensions, 'de', 'Deutsch');
    const packs = JSON.parse(fs.readFileSync(path.join(dir, 'user-data', 'languagepacks.json'), 'utf8'));
    assert.deepEqual(Object.keys(packs), ['de']);
    assert.equal(packs.de.translations.vscode, path.join(installed, 'translations', 'main.i18n.json'));
    assert.deepEqual(packs.de.extensions, [{ extensionIdentifier: { id: 'claimlens-test.claimlens-test-language-pack-de' }, version: '0.0.1' }]);
    assert.match(packs.de.hash, /^[0-9a-f]{32}$/);
    assert.throws(() => registerLanguagePack(path.join(dir, 'user-data'), extensions, 'fr', 'Français'), /not installed/);
  });
});
