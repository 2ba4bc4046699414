/** The @lithe/core version, for the user agent; a test keeps it equal to package.json. */
export const LITHE_VERSION = "0.1.0";
