import type { InitializeHandlerOptions, InitializeMiddleware, Pluggable } from "@smithy/types";
import { ValidationError } from "../schema/ValidationError.js";
import { validateInput } from "../schema/validateInput.js";
import type { OperationSchema } from "../schema/types.js";

/**
 * Checks the input against the model's constraints (@required, @length, @pattern, @range) and throws
 * one ValidationError naming every offending member before anything is sent.
 */
export const validateInputMiddleware: InitializeMiddleware<any, any> = (next, context) => {
  const schema = (context.operation as OperationSchema).input;
  return (args) => {
    const violations = validateInput(schema, args.input);
    if (violations.length > 0) return Promise.reject(new ValidationError(schema.name, violations));
    return next(args);
  };
};

export const validateInputMiddlewareOptions: InitializeHandlerOptions = {
  name: "validateInputMiddleware",
  step: "initialize",
  tags: ["VALIDATION"],
  override: true,
};

export const getValidationPlugin = (): Pluggable<any, any> => ({
  applyToStack: (stack) => stack.add(validateInputMiddleware, validateInputMiddlewareOptions),
});
