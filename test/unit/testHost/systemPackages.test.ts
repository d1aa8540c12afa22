/**
 * `npm test` on a machine that lacks Debian packages: it says which and why before apt-get runs,
 * asks first when a person is at the terminal (CI proceeds), and a "no" installs nothing.
 */
import * as assert from 'node:assert/strict';
import { installMissing, isCi, type Requirement, type SystemIo } from '../../../scripts/test-host/systemPackages';

const CHROMIUM: Requirement = { pkg: 'chromium', why: 'the browser the UI tests drive', present: () => false };
const KRB5: Requirement = { pkg: 'libkrb5-dev', why: "headers code-server's kerberos module compiles against", present: () => false };

/** A machine as the test describes it, recording what happened in order. */
function machine(over: Partial<Pick<SystemIo, 'isRoot' | 'hasAptGet' | 'interactive'>> & { answer?: boolean; aptStatus?: number } = {}) {
  const events: string[] = [];
  const io: SystemIo = {
    isRoot: over.isRoot ?? true,
    hasAptGet: over.hasAptGet ?? true,
    interactive: over.interactive ?? false,
    log: (line) => events.push(`log ${line}`),
    ask: (question) => {
      events.push(`ask ${question}`);
      return Promise.resolve(over.answer ?? true);
    },
    aptGet: (args) => {
      events.push(`apt-get ${args.join(' ')}`);
      return over.aptStatus ?? 0;
    },
  };
  return { io, events };
}

describe('test host: missing Debian packages', () => {
  it('in CI (no terminal): says what and why, then runs apt-get without asking', async () => {
    const { io, events } = machine({ interactive: false });
    await installMissing([CHROMIUM, KRB5], io);
    assert.equal(events.length, 3, events.join('\n'));
    assert.match(events[0], /^log The tests need Debian packages this machine lacks:\n {2}chromium: the browser the UI tests drive\n {2}libkrb5-dev: headers code-server's kerberos module/);
    assert.match(events[0], /Installing them with: apt-get update && apt-get install -y chromium libkrb5-dev$/);
    assert.deepEqual(events.slice(1), ['apt-get update', 'apt-get install -y chromium libkrb5-dev']);
  });

  it('at a terminal: says what and why, asks, and installs on yes', async () => {
    const { io, events } = machine({ interactive: true, answer: true });
    await installMissing([CHROMIUM], io);
    assert.deepEqual(events.map((e) => e.split(' ')[0]), ['log', 'ask', 'apt-get', 'apt-get']);
    assert.match(events[0], /chromium: the browser the UI tests drive/);
  });

  it('at a terminal, on no: installs nothing and names the command', async () => {
    const { io, events } = machine({ interactive: true, answer: false });
    await assert.rejects(installMissing([CHROMIUM], io), /Nothing installed\. Install them yourself, then rerun:\n {2}apt-get update && apt-get install -y chromium\n\(or point CLAIMLENS_CHROMIUM/);
    assert.ok(!events.some((e) => e.startsWith('apt-get')), events.join('\n'));
  });

  it('not root, or no apt-get: stops with the packages, why, and the sudo command; runs nothing', async () => {
    for (const over of [{ isRoot: false }, { hasAptGet: false }]) {
      const { io, events } = machine({ ...over, interactive: true });
      await assert.rejects(installMissing([KRB5], io), (e: Error) => {
        assert.match(e.message, /libkrb5-dev: headers code-server's kerberos module/);
        assert.match(e.message, /sudo apt-get update && apt-get install -y libkrb5-dev$/);
        return true;
      });
      assert.deepEqual(events, []);
    }
  });

  it('a failing apt-get stops the run with the command', async () => {
    const { io } = machine({ aptStatus: 100 });
    await assert.rejects(installMissing([CHROMIUM], io), /apt-get update failed \(exit 100\)\. Run: apt-get update && apt-get install -y chromium/);
  });

  it('nothing missing: silent', async () => {
    const { io, events } = machine({ interactive: true });
    await installMissing([], io);
    assert.deepEqual(events, []);
  });

  it('CI is set by CI=true or CI=1, not by CI=false, CI=0 or nothing', () => {
    const cases: Array<[string | undefined, boolean]> = [['true', true], ['1', true], ['yes', true], ['false', false], ['0', false], ['', false], [undefined, false]];
    for (const [value, expected] of cases) assert.equal(isCi(value), expected, String(value));
  });
});
