export interface SrpServerOptions {
  /** "region_poolName": the pool name enters the verifier and the signature. */
  userPoolId: string;
  clientId: string;
  /** When set, SECRET_HASH is required and checked in both steps (and ClientSecret on refresh). */
  clientSecret?: string;
  /** `exp` of the issued access and ID tokens, from now. Default 3600. */
  tokenLifetimeSeconds?: number;
}

export interface SrpServer {
  /** "http://127.0.0.1:PORT", for the client's `endpoint`. */
  endpoint: string;
  /** The code the SOFTWARE_TOKEN_MFA challenge accepts. */
  mfaCode: string;
  /** Every request: operation name and parsed body. */
  calls: Array<{ operation: string; body: any }>;
  /** Stores salt and verifier for the password (never the password). USER_ID_FOR_SRP is `username`; `email` signs in too. */
  addUser(user: { username: string; password: string; email?: string; mfa?: "SOFTWARE_TOKEN_MFA" }): void;
  stop(): Promise<void>;
}

export function startSrpServer(options: SrpServerOptions): Promise<SrpServer>;
