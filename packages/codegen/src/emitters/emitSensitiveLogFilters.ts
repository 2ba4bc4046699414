import { type CodegenContext, containsSensitive, isError } from "../CodegenContext.js";
import { file, importLine } from "../code.js";

/**
 * sensitiveLogFilters.ts: `<Shape>FilterSensitiveLog` (the AWS SDK's names) for every structure or
 * union that holds a sensitive value at any depth. All of them walk the shape's schema.
 */
export function emitSensitiveLogFilters(ctx: CodegenContext): string {
  const shapes = ctx.shapes.filter(
    (s) => (s.type === "structure" || s.type === "union") && !isError(s) && containsSensitive(ctx, s),
  );
  const names = shapes.map((s) => s.name);
  if (names.length === 0) return file(ctx.header, "export {};");
  return file(
    ctx.header,
    [
      importLine(["filterSensitiveLog"], "@lithe/core"),
      importLine(names, "./models.js", true),
      importLine(names.map((n) => `${n}$`), "./schemas.js"),
    ]
      .filter(Boolean)
      .join("\n"),
    names.map((n) => `export const ${n}FilterSensitiveLog = (obj: ${n}): any => filterSensitiveLog(${n}$(), obj);`).join("\n"),
  );
}
