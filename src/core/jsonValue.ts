/** One home for "a parsed JSON value is an object" (not null, not an array), for readers of user files. */
export type JsonObject = Record<string, unknown>;

export const isJsonObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
