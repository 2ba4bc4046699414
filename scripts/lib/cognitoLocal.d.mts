export interface StartCognitoLocalOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /**
   * true (the default): no logging at all. false: info-level lines (warnings for error responses,
   * "delivered to" notices) go to `log`, or to stderr. Codes and passwords are never logged.
   */
  quiet?: boolean;
  /** Sink for one formatted line per log entry when `quiet` is false. */
  log?: (line: string) => void;
}

export interface CognitoLocal {
  /** "http://127.0.0.1:PORT", for the client's `endpoint`. */
  endpoint: string;
  /** The temp folder holding `clients.json` and one `<userPoolId>.json` per pool; deleted by stop(). */
  dataDir: string;
  /**
   * The code ConfirmForgotPassword / ConfirmSignUp would accept right now for this user (looked up
   * by username, sub, or email/phone when the pool uses them as usernames), or undefined when none
   * is pending (never requested, or already used). Rejects for an unknown pool or user.
   */
  getConfirmationCode(userPoolId: string, username: string): Promise<string | undefined>;
  /** Closes the server (and any open connections) and deletes dataDir. Safe to call twice. */
  stop(): Promise<void>;
}

export function startCognitoLocal(opts?: StartCognitoLocalOptions): Promise<CognitoLocal>;
