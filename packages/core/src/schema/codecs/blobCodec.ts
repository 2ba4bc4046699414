import { fromBase64, toBase64 } from "../../utils/base64.js";
import { fromUtf8 } from "../../utils/utf8.js";
import { utf8ByteLength } from "../../utils/utf8ByteLength.js";
import type { Codec } from "../types.js";

/** Blobs are base64 text in JSON; an input string is sent as its UTF-8 bytes. */
export const blobCodec: Codec = {
  kind: "blob",
  expected: "a Uint8Array or a string",
  write: (value: unknown): string | undefined =>
    value instanceof Uint8Array
      ? `"${toBase64(value)}"`
      : typeof value === "string"
        ? `"${toBase64(fromUtf8(value))}"`
        : undefined,
  // fromBase64 throws a TypeError for text that is not base64.
  read: (value: unknown): unknown => (typeof value === "string" ? fromBase64(value) : value),
  // @length counts bytes.
  check: (value: unknown): number | undefined =>
    value instanceof Uint8Array ? value.length : typeof value === "string" ? utf8ByteLength(value) : undefined,
};
