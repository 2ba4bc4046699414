import { collectBody } from "../http/collectBody.js";
import { toUtf8 } from "../utils/utf8.js";

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
 * allows it); anything else that is not a JSON object gives the reason as a string instead of the
 * object (no result object to allocate on every call).
 */
export const parseJsonText = (text: string): object | string => {
  if (text.length === 0 || isBlank(text)) return {};
  try {
    const value = JSON.parse(text);
    if (value === null || typeof value !== "object" || Array.isArray(value)) return "the body is JSON but not an object";
    return value;
  } catch {
    return text.trimStart().startsWith("{") ? "the body is truncated or invalid JSON" : "the body is not JSON";
  }
};

const isBlank = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
};
