import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { deserializeJson } from "../deserializeJson.js";
import { serializeJson } from "../serializeJson.js";
import type { StructureSchema } from "../types.js";
import { validateInput } from "../validateInput.js";
import { bigDecimalCodec } from "./bigDecimalCodec.js";
import { bigIntegerCodec } from "./bigIntegerCodec.js";
import { blobCodec } from "./blobCodec.js";
import { documentCodec } from "./documentCodec.js";
import { floatCodec } from "./floatCodec.js";
import { timestampCodec } from "./timestampCodec.js";

const CODECS = { timestampCodec, blobCodec, floatCodec, bigIntegerCodec, bigDecimalCodec, documentCodec };

/** Minified browser bundle of `code`, resolved from this folder as an app bundler would (sideEffects: false). */
const bundle = async (code: string): Promise<string> => {
  const result = await build({
    stdin: { contents: code, resolveDir: fileURLToPath(new URL(".", import.meta.url)), loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
};

describe("codecs", () => {
  it("are left out of a bundle whose schemas do not reference them", async () => {
    const walkers = await bundle(`
      export { serializeJson } from "../serializeJson.js";
      export { deserializeJson } from "../deserializeJson.js";
      export { validateInput } from "../validateInput.js";
      export { filterSensitiveLog } from "../filterSensitiveLog.js";
    `);
    for (const codec of Object.values(CODECS)) expect(walkers, codec.kind).not.toContain(codec.expected);
    expect(walkers).not.toMatch(/GMT|Infinity|base64/);
    // The markers are real: a schema referencing a codec brings it in.
    const withTimestamps = await bundle(`
      export { serializeJson } from "../serializeJson.js";
      export { timestampCodec } from "./timestampCodec.js";
    `);
    expect(withTimestamps).toContain(timestampCodec.expected);
    expect(withTimestamps).toContain("GMT");
  });

  it("name the member and the kind, never the value, when a value cannot be converted", () => {
    const schema: StructureSchema = {
      kind: "structure",
      name: "Stamped",
      members: { At: { target: timestampCodec, timestampFormat: "date-time" }, N: { target: bigIntegerCodec } },
    };
    expect(() => deserializeJson(schema, { At: "secret-not-a-date" })).toThrow("Stamped.At: cannot deserialize a string as timestamp");
    expect(() => deserializeJson(schema, { N: 1.5 })).toThrow("Stamped.N: cannot deserialize a number as bigInteger");
    expect(() => serializeJson(schema, { At: "secret-not-a-date" })).toThrow("Stamped.At: cannot serialize a string as timestamp");
    expect(validateInput(schema, { At: "secret-not-a-date" })).toEqual([
      { path: "At", message: `must be ${timestampCodec.expected} (got string)` },
    ]);
  });
});
