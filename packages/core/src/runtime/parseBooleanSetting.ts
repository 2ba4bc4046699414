/**
 * A boolean setting of the environment or a config file, as the AWS SDK's booleanSelector reads it:
 * only "true" and "false" count; anything else (or nothing) leaves the decision to the next source.
 */
export const parseBooleanSetting = (value: string | undefined): boolean | undefined =>
  value === "true" ? true : value === "false" ? false : undefined;
