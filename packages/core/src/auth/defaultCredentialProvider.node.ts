import type { AwsCredentials, CredentialProvider, DefaultCredentialProviderOptions } from "./credentials.js";
import { CredentialsProviderError } from "./CredentialsProviderError.js";
import { configFileProfiles } from "./parseIni.js";
import { readSharedConfigFiles, type SharedFile } from "../runtime/sharedConfigFiles.node.js";

/**
 * The Node credential chain, a subset of the AWS SDK's:
 * 1. environment: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_CREDENTIAL_EXPIRATION
 *    (skipped when a profile is chosen explicitly or through AWS_PROFILE, as the AWS SDK does);
 * 2. the profile (`options.profile`, AWS_PROFILE, "default") in the shared credentials file
 *    (AWS_SHARED_CREDENTIALS_FILE, ~/.aws/credentials) and config file (AWS_CONFIG_FILE,
 *    ~/.aws/config, `[profile x]` sections), keys in the credentials file winning.
 *
 * Only static keys (aws_access_key_id, aws_secret_access_key, optional aws_session_token) are
 * read: SSO, credential_process, assume-role (role_arn), web identity and instance metadata are
 * not supported; pass a provider for those. Nothing is read until the provider is called; the files
 * are then read once per process (runtime/sharedConfigFiles.node.ts), as the AWS SDK reads them.
 */
export const defaultCredentialProvider =
  (options: DefaultCredentialProviderOptions = {}): CredentialProvider =>
  async () => {
    const env = process.env;
    const looked: string[] = [];
    const chosenProfile = options.profile ?? env.AWS_PROFILE;

    if (chosenProfile) {
      const by = options.profile ? "the profile option" : "AWS_PROFILE";
      looked.push(`environment variables (skipped: profile "${chosenProfile}" chosen by ${by})`);
    } else {
      const fromEnv = credentialsFromEnv(env);
      if (fromEnv) return fromEnv;
      looked.push(describeEnv(env));
    }

    const profile = chosenProfile || "default";
    const { credentials: credentialsFile, config: configFile } = readSharedConfigFiles(env);
    const fromCredentials = credentialsFile.sections[profile];
    const fromConfig = configFileProfiles(configFile.sections)[profile];
    // The AWS SDK merges the two files per key, the credentials file winning.
    const merged: Record<string, string> = { ...fromConfig, ...fromCredentials };
    const accessKeyId = merged["aws_access_key_id"];
    const secretAccessKey = merged["aws_secret_access_key"];
    if (accessKeyId && secretAccessKey) {
      const sessionToken = merged["aws_session_token"];
      return sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey };
    }

    looked.push(describeFile(credentialsFile, !!fromCredentials, profile));
    looked.push(describeFile(configFile, !!fromConfig, profile));
    const unsupported = ["role_arn", "sso_session", "sso_start_url", "credential_process", "web_identity_token_file"].filter(
      (key) => key in merged,
    );
    throw new CredentialsProviderError(
      "Could not find AWS credentials. Looked at: " +
        looked.join("; ") +
        "." +
        (unsupported.length
          ? ` Profile "${profile}" uses ${unsupported.join(", ")}, which lithe does not resolve: only static keys are read.`
          : "") +
        " Pass `credentials` (static keys or a provider) to the client, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.",
    );
  };

const credentialsFromEnv = (env: NodeJS.ProcessEnv): AwsCredentials | undefined => {
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = env;
  if (!accessKeyId || !secretAccessKey) return undefined;
  const credentials: AwsCredentials = { accessKeyId, secretAccessKey };
  if (env.AWS_SESSION_TOKEN) credentials.sessionToken = env.AWS_SESSION_TOKEN;
  const expiration = env.AWS_CREDENTIAL_EXPIRATION ? new Date(env.AWS_CREDENTIAL_EXPIRATION) : undefined;
  if (expiration && !Number.isNaN(expiration.getTime())) credentials.expiration = expiration;
  return credentials;
};

const describeEnv = (env: NodeJS.ProcessEnv): string => {
  const missing = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"].filter((name) => !env[name]);
  return missing.length === 2
    ? "environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (not set)"
    : `environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (${missing[0]} not set)`;
};

const describeFile = ({ path, problem }: SharedFile, hasProfile: boolean, profile: string): string => {
  if (problem === "ENOENT") return `${path} (file not found)`;
  if (problem) return `${path} (could not be read: ${problem})`;
  return hasProfile
    ? `profile "${profile}" in ${path} (no aws_access_key_id and aws_secret_access_key pair)`
    : `${path} (no profile "${profile}")`;
};
