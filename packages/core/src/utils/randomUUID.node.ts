/**
 * A version 4 UUID from node:crypto, which hands them out of a pre-filled entropy buffer (~85 ns,
 * where WebCrypto's `crypto.randomUUID` takes ~175 ns in Node 20): every call needs one for
 * amz-sdk-invocation-id. Looked up on first use, so importing lithe does not load node:crypto.
 */
export const randomUUID = (): string => (generate ??= nodeRandomUUID())();

let generate: (() => string) | undefined;

const nodeRandomUUID = (): (() => string) =>
  (process.getBuiltinModule?.("node:crypto") as typeof import("node:crypto") | undefined)?.randomUUID ??
  (() => globalThis.crypto.randomUUID());
