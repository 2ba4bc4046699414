// A loopback server playing Cognito's side of USER_SRP_AUTH / PASSWORD_VERIFIER (cognito-local
// does not implement SRP), for the integration tests and the demo. awsJson1_1 over real HTTP.
//
// Written apart from lithe's SRP code on purpose: its arithmetic is the server's half of SRP-6a
// (B = k·v + g^b, S = (A·v^u)^b), with node:crypto for hashing and HKDF, so a client that signs in
// here agrees with an independent implementation, not with itself.
import { createHash, createHmac, hkdfSync, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";

const N = BigInt(
  "0xFFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD" +
    "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED" +
    "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F" +
    "83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B" +
    "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510" +
    "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7" +
    "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C" +
    "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF",
);
const g = 2n;

const modPow = (base, exponent, modulus) => {
  let result = 1n;
  base = ((base % modulus) + modulus) % modulus;
  for (; exponent > 0n; exponent >>= 1n) {
    if (exponent & 1n) result = (result * base) % modulus;
    base = (base * base) % modulus;
  }
  return result;
};
// Java's BigInteger.toByteArray in hex, which is what the service hashes: whole bytes, sign bit clear.
const toBytesHex = (value) => {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  return parseInt(hex[0], 16) >= 8 ? `00${hex}` : hex;
};
const sha256 = (data) => createHash("sha256").update(data).digest();
const hashOfHex = (hex) => BigInt(`0x${sha256(Buffer.from(hex, "hex")).toString("hex")}`);
const k = hashOfHex(toBytesHex(N) + toBytesHex(g));
const TIMESTAMP = /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([1-9]|[12]\d|3[01]) \d\d:\d\d:\d\d UTC \d{4}$/;
const MFA_CODE = "123456";

const base64url = (value) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");
/** A JWT-shaped token (unsigned: the clients under test decode it, nobody verifies it). */
const token = (claims) => `${base64url({ alg: "none", typ: "JWT" })}.${base64url(claims)}.${base64url("not-signed")}`;

/**
 * @param {import("./srpServer.d.mts").SrpServerOptions} options
 * @returns {Promise<import("./srpServer.d.mts").SrpServer>}
 */
export async function startSrpServer({ userPoolId, clientId, clientSecret, tokenLifetimeSeconds = 3600 }) {
  const poolName = userPoolId.split("_")[1];
  const users = new Map(); // by USER_ID_FOR_SRP
  const sessions = new Map();
  const refreshTokens = new Map();
  const calls = [];

  const addUser = ({ username, password, email, mfa }) => {
    // Cognito's USER_ID_FOR_SRP is the user's internal name; an alias (email) signs in too.
    const userId = username;
    const salt = randomBytes(16).toString("hex");
    const x = hashOfHex(toBytesHex(BigInt(`0x${salt}`)) + sha256(`${poolName}${userId}:${password}`).toString("hex"));
    users.set(userId, { userId, email, mfa, salt, verifier: modPow(g, x, N) });
  };
  const findUser = (name) => users.get(name) ?? [...users.values()].find((user) => user.email !== undefined && user.email === name);

  const secretHashOk = (value, username) => {
    if (!clientSecret) return true;
    const expected = createHmac("sha256", clientSecret).update(username + clientId, "utf8").digest("base64");
    return typeof value === "string" && value === expected;
  };
  const tokensFor = (user) => {
    const now = Math.floor(Date.now() / 1000);
    const refreshToken = randomBytes(32).toString("base64url");
    refreshTokens.set(refreshToken, user.userId);
    return {
      AccessToken: token({ sub: user.userId, token_use: "access", client_id: clientId, username: user.userId, iat: now, exp: now + tokenLifetimeSeconds }),
      IdToken: token({ sub: user.userId, token_use: "id", aud: clientId, "cognito:username": user.userId, email: user.email, iat: now, exp: now + tokenLifetimeSeconds }),
      RefreshToken: refreshToken,
      ExpiresIn: tokenLifetimeSeconds,
      TokenType: "Bearer",
    };
  };
  const newSession = (state) => {
    const session = randomBytes(48).toString("base64");
    sessions.set(session, state);
    return session;
  };
  class ServiceError extends Error {
    constructor(type, message) {
      super(message);
      this.type = type;
    }
  }
  const notAuthorized = (message = "Incorrect username or password.") => new ServiceError("NotAuthorizedException", message);

  const operations = {
    InitiateAuth(body) {
      if (body.ClientId !== clientId) throw new ServiceError("ResourceNotFoundException", "User pool client does not exist.");
      const parameters = body.AuthParameters ?? {};
      if (body.AuthFlow !== "USER_SRP_AUTH") throw new ServiceError("InvalidParameterException", `Auth flow not enabled for this client`);
      if (!parameters.USERNAME || !parameters.SRP_A) throw new ServiceError("InvalidParameterException", "Missing required parameter USERNAME or SRP_A");
      if (!secretHashOk(parameters.SECRET_HASH, parameters.USERNAME)) throw notAuthorized(`Unable to verify secret hash for client ${clientId}`);
      const user = findUser(parameters.USERNAME);
      if (!user) throw new ServiceError("UserNotFoundException", "User does not exist.");
      const A = BigInt(`0x${parameters.SRP_A}`);
      if (A % N === 0n) throw new ServiceError("InvalidParameterException", "SRP_A is invalid");
      const b = BigInt(`0x${randomBytes(128).toString("hex")}`);
      const B = (k * user.verifier + modPow(g, b, N)) % N;
      const secretBlock = randomBytes(1024).toString("base64");
      const Session = newSession({ step: "PASSWORD_VERIFIER", userId: user.userId, A, b, B, secretBlock });
      return {
        ChallengeName: "PASSWORD_VERIFIER",
        Session,
        ChallengeParameters: { SALT: user.salt, SECRET_BLOCK: secretBlock, SRP_B: B.toString(16), USERNAME: user.userId, USER_ID_FOR_SRP: user.userId },
      };
    },
    RespondToAuthChallenge(body) {
      if (body.ClientId !== clientId) throw new ServiceError("ResourceNotFoundException", "User pool client does not exist.");
      const state = sessions.get(body.Session);
      const responses = body.ChallengeResponses ?? {};
      if (!state || state.step !== body.ChallengeName) throw notAuthorized("Invalid session for the user.");
      sessions.delete(body.Session);
      const user = users.get(state.userId);
      if (responses.USERNAME !== user.userId) throw notAuthorized("Incorrect username or password.");
      if (!secretHashOk(responses.SECRET_HASH, responses.USERNAME)) throw notAuthorized(`Unable to verify secret hash for client ${clientId}`);
      if (state.step === "SOFTWARE_TOKEN_MFA") {
        if (responses.SOFTWARE_TOKEN_MFA_CODE !== MFA_CODE) throw new ServiceError("CodeMismatchException", "Invalid code received for user");
        return { ChallengeParameters: {}, AuthenticationResult: tokensFor(user) };
      }
      if (!TIMESTAMP.test(responses.TIMESTAMP ?? "")) throw new ServiceError("InvalidParameterException", "TIMESTAMP format is invalid");
      if (responses.PASSWORD_CLAIM_SECRET_BLOCK !== state.secretBlock) throw notAuthorized("Incorrect username or password.");
      const u = hashOfHex(toBytesHex(state.A) + toBytesHex(state.B));
      const S = modPow(state.A * modPow(user.verifier, u, N), state.b, N);
      const key = Buffer.from(hkdfSync("sha256", Buffer.from(toBytesHex(S), "hex"), Buffer.from(toBytesHex(u), "hex"), "Caldera Derived Key", 16));
      const expected = createHmac("sha256", key)
        .update(Buffer.concat([Buffer.from(poolName), Buffer.from(user.userId), Buffer.from(state.secretBlock, "base64"), Buffer.from(responses.TIMESTAMP)]))
        .digest();
      const claimed = Buffer.from(responses.PASSWORD_CLAIM_SIGNATURE ?? "", "base64");
      if (claimed.length !== expected.length || !timingSafeEqual(claimed, expected)) throw notAuthorized("Incorrect username or password.");
      if (user.mfa === "SOFTWARE_TOKEN_MFA") {
        return { ChallengeName: "SOFTWARE_TOKEN_MFA", Session: newSession({ step: "SOFTWARE_TOKEN_MFA", userId: user.userId }), ChallengeParameters: {} };
      }
      return { ChallengeParameters: {}, AuthenticationResult: tokensFor(user) };
    },
    GetTokensFromRefreshToken(body) {
      if (body.ClientId !== clientId) throw new ServiceError("ResourceNotFoundException", "User pool client does not exist.");
      const userId = refreshTokens.get(body.RefreshToken);
      if (!userId) throw notAuthorized("Invalid Refresh Token");
      if (clientSecret && body.ClientSecret !== clientSecret) throw notAuthorized(`Unable to verify secret hash for client ${clientId}`);
      refreshTokens.delete(body.RefreshToken); // rotation: the old refresh token is spent
      return { AuthenticationResult: tokensFor(users.get(userId)) };
    },
  };

  const server = createServer((request, response) => {
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      // CORS as Cognito answers it, so that a page (the browser example) can sign in here too.
      const cors = { "access-control-allow-origin": "*", "access-control-expose-headers": "x-amzn-requestid, x-amzn-errortype" };
      if (request.method === "OPTIONS") {
        response.writeHead(204, { ...cors, "access-control-allow-methods": "POST", "access-control-allow-headers": "*", "access-control-max-age": "600" });
        return response.end();
      }
      const operation = String(request.headers["x-amz-target"] ?? "").replace("AWSCognitoIdentityProviderService.", "");
      const send = (status, payload) => {
        response.writeHead(status, { ...cors, "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": randomUUID() });
        response.end(JSON.stringify(payload));
      };
      let body;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
      } catch {
        return send(400, { __type: "SerializationException", message: "body is not JSON" });
      }
      calls.push({ operation, body });
      const handler = operations[operation];
      if (!handler) return send(400, { __type: "UnknownOperationException", message: `${operation} is not implemented here` });
      try {
        send(200, handler(body));
      } catch (error) {
        if (!(error instanceof ServiceError)) return send(500, { __type: "InternalErrorException", message: "internal error" });
        send(400, { __type: error.type, message: error.message });
      }
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    mfaCode: MFA_CODE,
    calls,
    addUser,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
