/** Types for chromium-check.mjs (plain JS so the test runner scripts need no TypeScript loader). */
export declare function chromiumPath(): string;
export declare function chromiumHelp(): string;
export declare function hasChromium(): boolean;
