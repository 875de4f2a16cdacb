/** The base64 SHA-256 of each distinct inline script's text, in page order (CSP hash source). */
export function inlineScriptHashes(html: string): string[];
/** The second policy for a rendered page: this site's script files and these inline scripts only. */
export function pageScriptPolicy(html: string): string;
