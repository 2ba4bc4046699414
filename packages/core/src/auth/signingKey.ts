import { hmacSha256 } from "./digests.js";

/** Derived keys are valid for a whole day, so the four HMACs are worth caching; bounded like the SDK's. */
const MAX_CACHED_KEYS = 50;
const cache = /* @__PURE__ */ new Map<string, Uint8Array>();

/**
 * kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request").
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#derive-signing-key
 */
export const signingKey = (secretAccessKey: string, shortDate: string, region: string, service: string): Uint8Array => {
  const id = `${shortDate}\n${region}\n${service}\n${secretAccessKey}`;
  let key = cache.get(id);
  if (key) return key;
  key = hmacSha256(
    hmacSha256(hmacSha256(hmacSha256(`AWS4${secretAccessKey}`, shortDate), region), service),
    "aws4_request",
  );
  // Map iterates in insertion order, so the first key is the oldest.
  if (cache.size >= MAX_CACHED_KEYS) cache.delete(cache.keys().next().value!);
  cache.set(id, key);
  return key;
};
