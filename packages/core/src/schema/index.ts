export type * from "./types.js";
export { serializeJson } from "./serializeJson.js";
export { deserializeJson } from "./deserializeJson.js";
export { validateInput } from "./validateInput.js";
export { ValidationError, type ValidationViolation } from "./ValidationError.js";
export { filterSensitiveLog, SENSITIVE_STRING } from "./filterSensitiveLog.js";
