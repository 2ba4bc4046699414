export declare const OFFICIAL_CLIENT: "@aws-sdk/client-cognito-identity-provider";
/** The folder of the installed package. */
export declare const officialClientDir: () => string;
/** The installed version: what the comparisons measure against. */
export declare const officialClientVersion: () => string;
/** Resolves modules as the official client itself does (e.g. the @aws-sdk/core it imports). */
export declare const officialClientRequire: () => NodeJS.Require;
