import { collectBody } from "../http/collectBody.js";
import { toUtf8 } from "../utils/utf8.js";

export type ParsedBody = { ok: true; value: unknown; text: string; reason?: undefined } | { ok: false; text: string; reason: string };

/**
 * A body as text: synchronous for the string and byte bodies lithe's handlers return, so the common
 * path adds no promise; streams from other handlers are collected first.
 */
export const readBodyText = (body: unknown): string | Promise<string> => {
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return toUtf8(body);
  return collectBody(body).then(toUtf8);
};

/**
 * Parses a JSON body without ever throwing a raw SyntaxError: an empty body is `{}` (awsJson1_1
 * allows it), anything else that is not a JSON object is reported with the reason.
 */
export const parseJsonText = (text: string): ParsedBody => {
  if (text.length === 0 || isBlank(text)) return { ok: true, value: {}, text };
  try {
    const value = JSON.parse(text);
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      return { ok: false, text, reason: "the body is JSON but not an object" };
    }
    return { ok: true, value, text };
  } catch {
    return { ok: false, text, reason: text.trimStart().startsWith("{") ? "the body is truncated or invalid JSON" : "the body is not JSON" };
  }
};

const isBlank = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
};
