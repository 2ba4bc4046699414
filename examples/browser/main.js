// The example page's one module: password recovery with lithe, from the browser, then a sign-in
// with SRP (the password is not sent; the SRP code is a chunk of its own, loaded on the first sign-in).
// `npm run bundle` builds it (minified, tree-shaken) into examples/browser/dist/main.js.
import {
  CognitoIdentityProviderClient,
  ConfirmForgotPasswordCommand,
  ForgotPasswordCommand,
  signInWithSrp,
} from "@lithe/client-cognito-identity-provider";

const field = (id) => /** @type {HTMLInputElement} */ (document.getElementById(id));
const result = /** @type {HTMLOutputElement} */ (document.getElementById("result"));
const cancel = /** @type {HTMLButtonElement} */ (document.getElementById("cancel"));
const submitButtons = [...document.querySelectorAll('button[type="submit"]')];

// Handy with cognito-local: ?endpoint=http://127.0.0.1:9229&clientId=...&region=...
const query = new URLSearchParams(location.search);
for (const [param, id] of [["region", "region"], ["endpoint", "endpoint"], ["clientId", "client-id"], ["userPoolId", "user-pool-id"], ["username", "username"]]) {
  const value = query.get(param);
  if (value) field(id).value = value;
}

// One client per region/endpoint pair: a client resolves its endpoint once and reuses it.
let client;
let clientKey;
const getClient = () => {
  const region = field("region").value.trim();
  const endpoint = field("endpoint").value.trim() || undefined;
  const key = `${region} ${endpoint}`;
  if (key !== clientKey) {
    client = new CognitoIdentityProviderClient({ region, endpoint });
    clientKey = key;
  }
  return client;
};

/** Shows an outcome; `data-*` attributes make it easy to style (and to test). */
const show = (outcome, text, details = {}) => {
  result.dataset.outcome = outcome;
  for (const key of ["errorName", "requestId"]) delete result.dataset[key];
  Object.assign(result.dataset, details);
  result.textContent = text;
};

/** Name, message and request id: what a user can act on, or quote to support. */
const showError = (error) => {
  const requestId = error?.$metadata?.requestId;
  const name = error?.name ?? "Error";
  const cancelled = name === "AbortError" ? "Cancelled. " : "";
  show("error", `${cancelled}${name}: ${error?.message ?? String(error)}${requestId ? `\nRequest id: ${requestId}` : ""}`, {
    errorName: name,
    ...(requestId ? { requestId } : {}),
  });
};

// The call in flight, if any: Cancel aborts it through its AbortController.
let inFlight;
/** Runs `call(abortSignal)` as the one call in flight: buttons disabled, Cancel enabled meanwhile. */
const run = async (call, pendingText) => {
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  cancel.disabled = false;
  for (const button of submitButtons) button.disabled = true;
  show("pending", pendingText);
  try {
    return await call(controller.signal);
  } finally {
    if (inFlight === controller) {
      inFlight = undefined;
      cancel.disabled = true;
      for (const button of submitButtons) button.disabled = false;
    }
  }
};

const send = (command, pendingText) => run((abortSignal) => getClient().send(command, { abortSignal }), pendingText);

cancel.addEventListener("click", () => inFlight?.abort());

document.getElementById("forgot").addEventListener("submit", async (event) => {
  event.preventDefault();
  try {
    const output = await send(
      new ForgotPasswordCommand({ ClientId: field("client-id").value.trim(), Username: field("username").value.trim() }),
      "Asking Cognito to send a code…",
    );
    const delivery = output.CodeDeliveryDetails ?? {};
    show(
      "delivered",
      `Code sent by ${delivery.DeliveryMedium ?? "an unknown medium"} to ${delivery.Destination ?? "an undisclosed destination"}` +
        `${delivery.AttributeName ? ` (${delivery.AttributeName})` : ""}. Enter it below with a new password.`,
    );
    field("code").focus();
  } catch (error) {
    showError(error);
  }
});

document.getElementById("confirm").addEventListener("submit", async (event) => {
  event.preventDefault();
  const password = field("new-password");
  try {
    await send(
      new ConfirmForgotPasswordCommand({
        ClientId: field("client-id").value.trim(),
        Username: field("username").value.trim(),
        ConfirmationCode: field("code").value.trim(),
        Password: password.value,
      }),
      "Setting the new password…",
    );
    password.value = "";
    field("code").value = "";
    show("confirmed", "Password changed. You can sign in with the new password.");
  } catch (error) {
    showError(error);
  }
});

document.getElementById("sign-in").addEventListener("submit", async (event) => {
  event.preventDefault();
  const password = field("password");
  try {
    const output = await run(
      (abortSignal) =>
        signInWithSrp(
          getClient(),
          {
            UserPoolId: field("user-pool-id").value.trim(),
            ClientId: field("client-id").value.trim(),
            Username: field("username").value.trim(),
            Password: password.value,
          },
          { abortSignal },
        ),
      "Signing in (SRP: the password stays on this page)…",
    );
    password.value = "";
    if (output.AuthenticationResult) {
      // A real app keeps the tokens (in memory, or as its framework advises); this page only says so.
      show("signed-in", `Signed in. Cognito issued an access token valid for ${output.AuthenticationResult.ExpiresIn ?? "?"} s.`);
    } else {
      // MFA, NEW_PASSWORD_REQUIRED, ...: answered with RespondToAuthChallenge and output.Session.
      show("challenge", `Cognito asks for one more step: ${output.ChallengeName}.`, { challenge: output.ChallengeName });
    }
  } catch (error) {
    showError(error);
  }
});
