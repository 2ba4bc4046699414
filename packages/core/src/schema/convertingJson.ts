import { deserializeJson } from "./deserializeJson.js";
import { serializeJson } from "./serializeJson.js";
import type { JsonCodec } from "./types.js";

/**
 * The JSON codec of operations whose shapes need conversion (timestamps, blobs, floats, big numbers,
 * documents) or hold unions. Generated commands name it only then, so an app that sends only plain
 * operations bundles `plainJson` and not these walkers.
 */
export const convertingJson: JsonCodec = { serialize: serializeJson, deserialize: deserializeJson };
