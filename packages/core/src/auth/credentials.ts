/** AWS credentials as the AWS SDK shapes them (`AwsCredentialIdentity`), so providers are interchangeable. */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** Present for temporary (STS) credentials; sent as X-Amz-Security-Token. */
  sessionToken?: string;
  /** When temporary credentials stop working; memoizeCredentials refreshes ahead of it. */
  expiration?: Date;
}

export type CredentialProvider = () => Promise<AwsCredentials>;

/** Static credentials become a provider that always answers with them. */
export const toCredentialProvider = (credentials: AwsCredentials | CredentialProvider): CredentialProvider => {
  if (typeof credentials === "function") return credentials;
  const resolved = Promise.resolve(credentials);
  return () => resolved;
};

export const isAwsCredentials = (value: unknown): value is AwsCredentials =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as AwsCredentials).accessKeyId === "string" &&
  typeof (value as AwsCredentials).secretAccessKey === "string";

export interface DefaultCredentialProviderOptions {
  /** Profile of the shared files to read; defaults to `AWS_PROFILE`, then "default". */
  profile?: string;
}
