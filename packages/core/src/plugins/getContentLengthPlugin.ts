// Source imports resolve here (tests, Node build); the browser build swaps in the .browser.ts twin.
export * from "./getContentLengthPlugin.node.js";
