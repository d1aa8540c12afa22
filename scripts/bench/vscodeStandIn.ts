/**
 * A minimal in-process stand-in for the `vscode` module, only so the benchmark can time loading
 * dist/extension.js and running activate() in plain Node. Every API is an inert object: calls
 * return disposables, events never fire, configuration returns the defaults, collections are
 * empty. The real activation time is the one the integration layer prints inside a real
 * extension host; this figure tracks our own code's cost (bundle load + wiring).
 */
import Module from 'node:module';

type Anything = ((...args: unknown[]) => unknown) & Record<string | symbol, unknown>;

function inert(name: string): Anything {
  const cache = new Map<string | symbol, unknown>();
  const target = function () {
    /* inert */
  } as unknown as Anything;
  const proxy: Anything = new Proxy(target, {
    // esbuild's ESM interop copies a module's own keys; an inert object has none, so members are
    // found through the prototype instead.
    getPrototypeOf: () => new Proxy({}, { get: (_o, key) => proxy[key] }),
    set(_t, key, value) {
      cache.set(key, value);
      return true;
    },
    get(_t, key) {
      if (key === 'then') return undefined; // not a promise
      if (key === Symbol.iterator) return function* () {
        /* empty */
      };
      if (key === Symbol.toPrimitive) return () => 0;
      if (key === 'length' || key === 'size') return 0;
      if (key === 'toString') return () => name;
      if (key === 'dispose') return () => undefined;
      if (!cache.has(key)) cache.set(key, inert(`${name}.${String(key)}`));
      return cache.get(key);
    },
    apply(_t, _this, args) {
      // `configuration.get(key, default)` and friends: hand back the default.
      if (name.endsWith('.get') && args.length >= 2) return args[1];
      if (name.endsWith('.get') || name.endsWith('.inspect')) return undefined;
      if (name.endsWith('.has')) return false;
      if (/\.(find|findFiles|executeCommand|showInformationMessage|showWarningMessage|showErrorMessage|openTextDocument)$/.test(name)) {
        return Promise.resolve(undefined);
      }
      return inert(`${name}()`);
    },
    construct(_t, args) {
      const instance = inert(`new ${name}`) as unknown as Record<string, unknown>;
      // Value classes (Range, Position, Uri…) keep their arguments readable.
      return new Proxy(instance, {
        get: (t, key) => (typeof key === 'string' && /^\d+$/.test(key) ? args[Number(key)] : (t as Record<string | symbol, unknown>)[key]),
      });
    },
  });
  return proxy;
}

/** Makes `require('vscode')` return the stand-in in this process. */
export function installVscodeStandIn(): void {
  const standIn = inert('vscode');
  const m = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = m._load;
  m._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? standIn : load.call(this, request, ...rest);
  };
}

export function fakeContext(extensionPath: string): Record<string, unknown> {
  const memento = () => {
    const data = new Map<string, unknown>();
    return { get: (k: string, d?: unknown) => (data.has(k) ? data.get(k) : d), update: async (k: string, v: unknown) => void data.set(k, v), keys: () => [...data.keys()] };
  };
  return {
    subscriptions: [] as { dispose(): unknown }[],
    extensionPath,
    extensionUri: { fsPath: extensionPath, scheme: 'file', path: extensionPath },
    asAbsolutePath: (p: string) => `${extensionPath}/${p}`,
    globalState: memento(),
    workspaceState: memento(),
    storageUri: undefined,
    globalStorageUri: { fsPath: '/tmp', scheme: 'file', path: '/tmp' },
    logUri: { fsPath: '/tmp', scheme: 'file', path: '/tmp' },
    extensionMode: 1,
    // The manifest's identity, as VS Code gives it (the walkthrough command names itself by it).
    extension: { id: 'claimlens.claimlens', extensionPath, packageJSON: { name: 'claimlens', publisher: 'claimlens' } },
    environmentVariableCollection: {},
    secrets: { get: async () => undefined, store: async () => undefined },
  };
}
