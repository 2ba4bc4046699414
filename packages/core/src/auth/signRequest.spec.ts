import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { describe, expect, it } from "vitest";
import { canonicalHeaders, canonicalPath, canonicalQuery } from "./canonicalRequest.js";
import { signRequest } from "./signRequest.js";
import { prng } from "../../test/support/seededRandom.js";

// Credentials and request of the AWS SigV4 test suite (aws-sig-v4-test-suite, also in the IAM docs).
const SUITE_CREDENTIALS = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };
const SUITE_DATE = new Date("2015-08-30T12:36:00Z");
const suiteRequest = (options: Partial<ConstructorParameters<typeof HttpRequest>[0]> = {}) =>
  new HttpRequest({ method: "GET", hostname: "example.amazonaws.com", path: "/", headers: { Host: "example.amazonaws.com" }, ...options });
const signSuite = (request: HttpRequest) =>
  signRequest(request, { credentials: SUITE_CREDENTIALS, region: "us-east-1", service: "service", signingDate: SUITE_DATE });
const suiteAuthorization = (signature: string) =>
  `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=${signature}`;

describe("signRequest against the AWS SigV4 test suite", () => {
  it("signs get-vanilla", async () => {
    const signed = await signSuite(suiteRequest());
    expect(signed.headers["x-amz-date"]).toBe("20150830T123600Z");
    expect(signed.headers["authorization"]).toBe(
      suiteAuthorization("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"),
    );
  });

  it("signs get-vanilla-query-order-key-case (query sorted before signing)", async () => {
    const signed = await signSuite(suiteRequest({ query: { Param2: "value2", Param1: "value1" } }));
    expect(signed.headers["authorization"]).toBe(
      suiteAuthorization("b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"),
    );
  });

  it("signs post-vanilla (no body hashes as the empty string)", async () => {
    const signed = await signSuite(suiteRequest({ method: "POST" }));
    expect(signed.headers["authorization"]).toBe(
      suiteAuthorization("5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"),
    );
  });

  it("signs get-utf8 (a unicode path is percent-encoded as UTF-8)", async () => {
    const signed = await signSuite(suiteRequest({ path: "/\u1234" }));
    expect(signed.headers["authorization"]).toBe(
      suiteAuthorization("8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85"),
    );
  });
});

describe("signRequest", () => {
  it("returns a signed copy and leaves the input request untouched", async () => {
    const request = suiteRequest({ headers: { Host: "example.amazonaws.com", Authorization: "stale", Date: "x" }, query: { a: ["2", "1"] } });
    const before = JSON.stringify(request);
    const signed = await signSuite(request);
    expect(signed).not.toBe(request);
    expect(signed).toBeInstanceOf(HttpRequest);
    expect(JSON.stringify(request)).toBe(before);
    expect(signed.headers["Authorization"]).toBeUndefined();
    expect(signed.headers["Date"]).toBeUndefined();
  });

  it("adds and signs X-Amz-Security-Token for session credentials", async () => {
    const signed = await signRequest(suiteRequest(), {
      credentials: { ...SUITE_CREDENTIALS, sessionToken: "session-token" },
      region: "us-east-1",
      service: "service",
      signingDate: SUITE_DATE,
    });
    expect(signed.headers["x-amz-security-token"]).toBe("session-token");
    expect(signed.headers["authorization"]).toContain("SignedHeaders=host;x-amz-date;x-amz-security-token,");
  });

  it("adds no X-Amz-Content-Sha256 header unless asked to", async () => {
    const plain = await signSuite(suiteRequest({ method: "POST", body: "{}" }));
    expect(Object.keys(plain.headers).map((h) => h.toLowerCase())).not.toContain("x-amz-content-sha256");
    const withChecksum = await signRequest(suiteRequest({ method: "POST", body: "{}" }), {
      credentials: SUITE_CREDENTIALS,
      region: "us-east-1",
      service: "service",
      applyChecksum: true,
    });
    expect(withChecksum.headers["x-amz-content-sha256"]).toBe("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
  });

  it("rejects credentials without a secret key, without echoing them", async () => {
    const attempt = signRequest(suiteRequest(), { credentials: { accessKeyId: "AKIDSECRETISH" } as any, region: "r", service: "s" });
    await expect(attempt).rejects.toThrow(/not valid/);
    await expect(attempt).rejects.not.toThrow(/AKIDSECRETISH/);
  });
});

describe("canonical request parts", () => {
  it("normalises and double-encodes the path", () => {
    expect(canonicalPath("/a/./b/../c//d/")).toBe("/a/c/d/");
    expect(canonicalPath("/%20 x")).toBe("/%2520%20x");
    expect(canonicalPath("/..")).toBe("/");
  });

  it("encodes reserved characters and sorts repeated keys by value", () => {
    expect(canonicalQuery({ "b*": "(x)", a: ["z", "y y"], "X-Amz-Signature": "skip", c: [] })).toBe(
      "a=y%20y&a=z&b%2A=%28x%29",
    );
  });

  it("lower-cases, folds whitespace and skips headers proxies may rewrite", () => {
    expect(
      canonicalHeaders({ "X-A": " one \t two\r\nthree ", "User-Agent": "ua", "proxy-x": "p", "Sec-Fetch": "s", "x-a": "last" }),
    ).toEqual({ "x-a": "last" });
    expect(canonicalHeaders({ "x-a": " one \t two\r\nthree " })).toEqual({ "x-a": "one two three" });
  });
});

// ---------------------------------------------------------------------------------------------
// Differential test: random requests signed by lithe and by @smithy/signature-v4 must agree.

const ALPHABETS = [
  "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
  "-._~!$&'()*+,;=:@/?#[]% \"<>\\^`{|}",
  "äöüßéèçñ€£¥ሴ中文日本語한국어",
  "😀🚀👩‍💻🇩🇪",
  " \t\r\n",
];

const generator = (random: () => number) => {
  const int = (max: number) => Math.floor(random() * max);
  const pick = <T,>(items: readonly T[]): T => items[int(items.length)]!;
  const chance = (p: number) => random() < p;
  const text = (maxLength: number, alphabets = ALPHABETS.slice(0, 4)) => {
    let out = "";
    for (let n = int(maxLength + 1); n > 0; n--) out += pick([...pick(alphabets)]); // [...s] keeps emoji whole
    return out;
  };
  const token = (maxLength: number) => text(Math.max(1, maxLength), [ALPHABETS[0]!, "-_"]) || "x";
  return { int, pick, chance, text, token };
};

const UNSIGNABLE = ["User-Agent", "x-amzn-trace-id", "Expect", "Connection", "Proxy-Authorization", "Sec-Fetch-Mode", "Transfer-Encoding"];
const GENERATED = ["Authorization", "X-Amz-Date", "date", "X-Amz-Security-Token"];

const randomCase = (g: ReturnType<typeof generator>, name: string) =>
  [...name].map((c) => (g.chance(0.5) ? c.toUpperCase() : c.toLowerCase())).join("");

const randomRequest = (g: ReturnType<typeof generator>): HttpRequest => {
  const segments: string[] = [];
  for (let n = g.int(6); n > 0; n--) segments.push(g.pick(["", ".", "..", g.text(8), encodeURIComponent(g.text(5))]));
  const path = (g.chance(0.9) ? "/" : "") + segments.join("/") + (g.chance(0.3) ? "/" : "");

  const query: Record<string, string | string[] | null> = {};
  for (let n = g.int(5); n > 0; n--) {
    const key = g.chance(0.1) ? "X-Amz-Signature" : g.text(6);
    query[key] = g.chance(0.3) ? Array.from({ length: g.int(4) }, () => g.text(6)) : g.chance(0.05) ? null : g.text(8);
  }

  const headers: Record<string, string> = { host: `${g.token(10)}.example.com` };
  for (let n = g.int(8); n > 0; n--) {
    const name = g.chance(0.2) ? g.pick([...UNSIGNABLE, ...GENERATED]) : g.chance(0.2) ? `X-Amz-${g.token(6)}` : g.token(10);
    const value = g.text(12, ALPHABETS);
    headers[randomCase(g, name)] = value;
    if (g.chance(0.15)) headers[randomCase(g, name)] = g.text(6, ALPHABETS); // the same header, another case
  }
  if (g.chance(0.05)) headers[randomCase(g, "x-amz-content-sha256")] = "UNSIGNED-PAYLOAD";

  const bodyText = g.text(40, ALPHABETS) + (g.chance(0.05) ? "\ud800" : ""); // a lone surrogate now and then
  const bytes = new TextEncoder().encode(bodyText);
  const body = g.pick([
    undefined,
    bodyText,
    bytes,
    bytes.buffer,
    new Uint8Array(bytes.buffer, Math.min(1, bytes.length)), // a view with an offset
    { pipe() {} }, // a stream: UNSIGNED-PAYLOAD
  ]);

  return new HttpRequest({
    method: g.pick(["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]),
    protocol: "https:",
    hostname: headers.host,
    path,
    query: query as any,
    headers,
    body,
  });
};

describe("signRequest matches @smithy/signature-v4 on random requests", () => {
  const CASES = 1200;
  const SEED = 0x5167_0004;

  it(`agrees on ${CASES} seeded random requests (seed ${SEED})`, async () => {
    const g = generator(prng(SEED));
    for (let i = 0; i < CASES; i++) {
      const request = randomRequest(g);
      const credentials = {
        accessKeyId: `AKIA${g.token(16).toUpperCase()}`,
        secretAccessKey: g.text(40, [ALPHABETS[0]!, "+/="]),
        ...(g.chance(0.5) ? { sessionToken: g.text(60, [ALPHABETS[0]!, "+/="]) } : {}),
      };
      const region = g.pick(["us-east-1", "eu-west-1", "ap-southeast-2", g.token(12)]);
      const service = g.pick(["cognito-idp", "dynamodb", "sts", g.token(10)]);
      const signingDate = new Date(Date.UTC(1990, 0, 1) + Math.floor(g.int(100 * 365) * 86_400_000 + g.int(86_400_000)));
      const applyChecksum = g.chance(0.3);

      const before = JSON.stringify(request);
      const ours = await signRequest(request, { credentials, region, service, signingDate, applyChecksum });
      const theirs = await new SignatureV4({ credentials, region, service, sha256: Sha256, applyChecksum }).sign(request, { signingDate });

      const context = `case ${i} (seed ${SEED}): ${before}`;
      expect(ours.headers["authorization"], context).toBe(theirs.headers["authorization"]);
      expect(ours.headers, context).toEqual(theirs.headers);
      expect({ ...ours, body: undefined }, context).toEqual({ ...theirs, body: undefined });
      expect(ours.body, context).toBe(request.body);
      expect(JSON.stringify(request), context).toBe(before);
    }
  });
});
