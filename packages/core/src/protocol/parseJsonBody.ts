import { collectBody } from "../http/collectBody.js";
import { toUtf8 } from "../utils/utf8.js";

export type ParsedBody = { ok: true; value: unknown; text: string; reason?: undefined } | { ok: false; text: string; reason: string };

/**
 * Reads and parses a JSON body without ever throwing a raw SyntaxError: an empty body is `{}`
 * (awsJson1_1 allows it), anything else that is not a JSON object is reported with the reason.
 */
export const parseJsonBody = async (body: unknown): Promise<ParsedBody> => {
  const text = typeof body === "string" ? body : toUtf8(await collectBody(body));
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
