import type { ValidationViolation } from "../schema/ValidationError.js";
import { ValidationError } from "../schema/ValidationError.js";
import type { HostPrefix } from "../schema/types.js";

/** One or more RFC 1123 labels (letters, digits, inner hyphens; 1–63 characters each), dot-separated. */
const HOST_LABELS = /^[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)*$/i;

/**
 * An `@endpoint` hostPrefix such as "foo.{label}.", for the operation schema of a generated command
 * that has one (and only those import it, so other bundles carry none of this). `resolve` fills each
 * `{name}` with the `@hostLabel` input member of that name; every label that is missing or not a
 * valid host label is reported (without its value) in one ValidationError, before anything is sent.
 * https://smithy.io/2.0/spec/endpoint-traits.html#endpoint-trait
 */
export const hostPrefix = (template: string): HostPrefix => ({
  template,
  resolve(input, operation) {
    const violations: ValidationViolation[] = [];
    const prefix = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const value = input[name];
      if (typeof value !== "string" || !HOST_LABELS.test(value)) {
        violations.push({
          path: name,
          message:
            typeof value !== "string"
              ? `is required as a host label (got ${value === undefined ? "nothing" : typeof value})`
              : `must be a host label: letters, digits and hyphens, 1 to 63 characters between dots, no hyphen first or last (got ${value.length} characters)`,
        });
        return "";
      }
      return value;
    });
    if (violations.length) throw new ValidationError(operation.input.name, violations);
    return prefix;
  },
});
