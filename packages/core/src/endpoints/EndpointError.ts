/** Thrown when a rule set selects an error rule, a required parameter is missing, or no rule matches. */
export class EndpointError extends Error {
  override name = "EndpointError";
}
