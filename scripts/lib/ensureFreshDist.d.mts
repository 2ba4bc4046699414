export function distIsStale(): boolean;
export function ensureFreshDist(options?: { force?: boolean; stdio?: "inherit" | "pipe" | "ignore" }): void;
