// Source imports resolve here (tests, Node build); the browser build swaps in runtimeDefaults.browser.ts.
export * from "./runtimeDefaults.node.js";
