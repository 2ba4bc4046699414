// The password-recovery flow as an app runs it, in plain JavaScript so that every runtime runs
// this same file: Node, Bun and Deno import it from the CLI entry (cli.mjs), workerd from a bundle
// (worker.mjs). It returns what the test checks, as JSON.
import {
  CognitoIdentityProviderClient,
  CognitoIdentityProviderServiceException,
  ForgotPasswordCommand,
  UserNotFoundException,
} from "@lithe/client-cognito-identity-provider";

/** Which runtime this is, from what only that runtime has. */
const runtime = () => {
  if (typeof Deno !== "undefined") return `deno ${Deno.version.deno}`;
  if (typeof Bun !== "undefined") return `bun ${Bun.version}`;
  if (typeof navigator !== "undefined" && navigator.userAgent === "Cloudflare-Workers") return "workerd";
  if (typeof process !== "undefined" && process.release?.name === "node") return `node ${process.versions.node}`;
  return "unknown";
};

/** `{ endpoint, clientId, username, unknownUsername }` → what happened, as plain data. */
export const recoveryFlow = async ({ endpoint, clientId, username, unknownUsername }) => {
  // No credentials: ForgotPassword is unsigned, as on a password-reset page.
  const client = new CognitoIdentityProviderClient({ region: "us-east-1", endpoint, maxAttempts: 1 });
  try {
    const sent = await client.send(new ForgotPasswordCommand({ ClientId: clientId, Username: username }));
    let error;
    try {
      await client.send(new ForgotPasswordCommand({ ClientId: clientId, Username: unknownUsername }));
    } catch (caught) {
      error = caught;
    }
    return {
      runtime: runtime(),
      delivery: sent.CodeDeliveryDetails,
      httpStatusCode: sent.$metadata.httpStatusCode,
      error: error && {
        name: error.name,
        isUserNotFoundException: error instanceof UserNotFoundException,
        isServiceException: error instanceof CognitoIdentityProviderServiceException,
        fault: error.$fault,
        httpStatusCode: error.$metadata?.httpStatusCode,
      },
    };
  } finally {
    client.destroy();
  }
};
