/** Browsers have no environment or shared config file: only the client's `endpoint` counts. */
export const configuredEndpoint = (_sdkId: string): string | undefined => undefined;
