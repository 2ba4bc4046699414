/** One broken constraint: where (e.g. `UserAttributes[2].Name`, "" for the input itself) and what. */
export interface ValidationViolation {
  readonly path: string;
  readonly message: string;
}

/**
 * Thrown before a request is sent when its input breaks the model's constraints. The message lists
 * every violation, one per line, and never contains a value from the input, only lengths and types.
 */
export class ValidationError extends Error {
  override readonly name = "ValidationError";
  // Assigned, not declared as a field: a field declaration would cost bytes in every browser bundle.
  declare readonly violations: readonly ValidationViolation[];

  constructor(shapeName: string, violations: readonly ValidationViolation[]) {
    const n = violations.length;
    let message = `${n} invalid member${n === 1 ? "" : "s"} in ${shapeName}:`;
    for (const v of violations) message += `\n  ${v.path || "(input)"}: ${v.message}`;
    super(message);
    (this as { violations: unknown }).violations = violations;
  }
}
