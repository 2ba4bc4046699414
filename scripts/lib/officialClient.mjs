// The official client (@aws-sdk/client-cognito-identity-provider, a devDependency) as the repo
// installs it: the scripts and the bench compare lithe with it, import its model and endpoints,
// and install the same version into their throwaway apps.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export const OFFICIAL_CLIENT = "@aws-sdk/client-cognito-identity-provider";

const rootRequire = createRequire(new URL("../../package.json", import.meta.url));

/** The folder of the installed package. */
export const officialClientDir = () => dirname(rootRequire.resolve(`${OFFICIAL_CLIENT}/package.json`));

/** The installed version: what the comparisons measure against. */
export const officialClientVersion = () => JSON.parse(readFileSync(join(officialClientDir(), "package.json"), "utf8")).version;

/** Resolves modules as the official client itself does (e.g. the @aws-sdk/core it imports). */
export const officialClientRequire = () => createRequire(join(officialClientDir(), "package.json"));
