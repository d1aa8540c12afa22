/**
 * Reading a sidecar: JSON → version check → migration → schema validation (generated from
 * schemas/sidecar.schema.json with ajv, see scripts/generate-sidecar-validator.mjs) → checks
 * the schema cannot express. Every failure comes with a message a reviewer can act on.
 */
import { SIDECAR_VERSION } from './format';
import { migrate, type Migration, MIGRATIONS } from './migrations';
import { validateSidecar } from './sidecarValidator.generated';
import type { Sidecar } from './types';

export type SidecarProblem = 'malformed' | 'invalid' | 'newer';

export type ParseResult =
  | { ok: true; sidecar: Sidecar; migratedFrom?: number }
  | {
      ok: false;
      problem: SidecarProblem;
      message: string;
      /** For 'newer' only: the annotations, when they still fit this version's schema (show read-only). */
      sidecar?: Sidecar;
    };

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };
const validate = validateSidecar as unknown as Validator;

/** "/annotations/0/target/position/start" → "annotations[0].target.position.start" */
function pathOf(pointer: string): string {
  if (!pointer) return 'the file';
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}

function valueAt(doc: unknown, pointer: string): unknown {
  let value: unknown = doc;
  for (const part of pointer.split('/').slice(1)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return value;
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function describeError(doc: unknown, error: AjvError): string {
  const where = pathOf(error.instancePath);
  const found = valueAt(doc, error.instancePath);
  const annotationMatch = /^\/annotations\/(\d+)/.exec(error.instancePath);
  let context = '';
  if (annotationMatch) {
    const annotation = valueAt(doc, annotationMatch[0]) as { id?: unknown } | undefined;
    if (annotation && typeof annotation.id === 'string') context = ` (annotation "${annotation.id}")`;
  }
  const p = error.params;
  let what: string;
  switch (error.keyword) {
    case 'required':
      what = `is missing the required property "${String(p.missingProperty)}"`;
      break;
    case 'additionalProperties':
      what = `has an unknown property "${String(p.additionalProperty)}"`;
      break;
    case 'enum':
      what = `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')} (found ${show(found)})`;
      break;
    case 'type':
      what = `must be ${p.type === 'integer' ? 'a whole number' : `of type ${String(p.type)}`} (found ${show(found)})`;
      break;
    case 'pattern':
      what = where.endsWith('.url')
        ? `must be an http:// or https:// address (found ${show(found)})`
        : where.endsWith('.status')
          ? `must be unreviewed, dismissed or a verdict id: lower-case letters, digits and hyphens (found ${show(found)})`
          : where.endsWith('.at')
            ? `must be an ISO 8601 date-time such as "2024-05-01T12:00:00.000Z" (found ${show(found)})`
            : `has an unexpected format (found ${show(found)})`;
      break;
    case 'maxLength':
      what = `must be at most ${String(p.limit)} characters long (found ${typeof found === 'string' ? `${found.length} characters` : show(found)})`;
      break;
    case 'minLength':
      what = Number(p.limit) === 1 ? 'must not be empty' : `must be at least ${String(p.limit)} characters long (found ${show(found)})`;
      break;
    case 'minimum':
      what = `must be ${String(p.limit)} or more (found ${show(found)})`;
      break;
    default:
      what = `${error.message ?? 'is invalid'} (found ${show(found)})`;
  }
  return `${where}${context} ${what}`;
}

/** Checks the schema cannot express: ranges in order, ids unique. */
function semanticProblem(sidecar: Sidecar): string | undefined {
  const seen = new Set<string>();
  for (const [index, annotation] of sidecar.annotations.entries()) {
    const { start, end } = annotation.target.position;
    if (end < start) return `annotations[${index}] (annotation "${annotation.id}") has position end ${end} before start ${start}`;
    if (seen.has(annotation.id)) return `annotations[${index}] repeats the id "${annotation.id}"; ids must be unique`;
    seen.add(annotation.id);
  }
  return undefined;
}

function check(doc: unknown): { sidecar: Sidecar } | { message: string } {
  if (!validate(doc)) {
    const errors = validate.errors ?? [];
    const message = errors.length ? describeError(doc, errors[0]) : 'does not match the sidecar schema';
    return { message };
  }
  const sidecar = doc as Sidecar;
  const problem = semanticProblem(sidecar);
  return problem ? { message: problem } : { sidecar };
}

function lineColumn(json: string, message: string): string {
  const match = /at position (\d+)/.exec(message);
  if (!match || /line \d+/.test(message)) return message;
  const position = Number(match[1]);
  const before = json.slice(0, position).split('\n');
  return `${message} (line ${before.length} column ${before[before.length - 1].length + 1})`;
}

export function parseSidecar(json: string): ParseResult {
  return parseSidecarWith(json, { version: SIDECAR_VERSION, migrations: MIGRATIONS });
}

export interface FormatRules {
  /** The format version this build reads and writes. */
  version: number;
  migrations: Readonly<Record<number, Migration>>;
}

/** parseSidecar with the format rules made explicit (tests exercise migration with them). */
export function parseSidecarWith(json: string, rules: FormatRules): ParseResult {
  const { migrations } = rules;
  const ourVersion = rules.version;
  const text = json.charCodeAt(0) === 0xfeff ? json.slice(1) : json;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    // V8 quotes the start of the text (`Unexpected token 'r', "root:x:0:0:"... is not valid JSON`):
    // messages name where the error is, never what the file says.
    const reason = (error instanceof Error ? error.message : String(error)).replace(/,\s*(?:\.\.\.)?".*$/s, '');
    return { ok: false, problem: 'malformed', message: `The review file is not valid JSON: ${lineColumn(text, reason)}` };
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    return { ok: false, problem: 'invalid', message: 'The review file must contain a JSON object with "version" and "annotations".' };
  }
  const record = doc as Record<string, unknown>;
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: 'invalid', message: `The review file has no valid format "version" (found ${show(version)}).` };
  }
  if (version > ourVersion) {
    // Show what we can, read-only: the newer file's annotations if they still fit our schema.
    const readable = check({ ...record, version: ourVersion });
    return {
      ok: false,
      problem: 'newer',
      message:
        `The review file was written by a newer ClaimLens (format version ${version}; this version reads up to ${ourVersion}). ` +
        'It is shown read-only; update ClaimLens to review this article.',
      ...('sidecar' in readable ? { sidecar: { version, annotations: readable.sidecar.annotations } } : {}),
    };
  }
  let current = record;
  if (version < ourVersion) {
    const migrated = migrate(record, version, ourVersion, migrations);
    if (typeof migrated === 'string') {
      return { ok: false, problem: 'invalid', message: `The review file (format version ${version}) cannot be upgraded: ${migrated}.` };
    }
    current = migrated;
  }
  const result = check(current);
  if ('message' in result) {
    return { ok: false, problem: 'invalid', message: `The review file does not match the ClaimLens format: ${result.message}.` };
  }
  return version < ourVersion ? { ok: true, sidecar: result.sidecar, migratedFrom: version } : { ok: true, sidecar: result.sidecar };
}
