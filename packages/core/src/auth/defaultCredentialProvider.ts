// Source imports this file; the browser build swaps the .node file for its .browser twin.
export * from "./defaultCredentialProvider.node.js";
