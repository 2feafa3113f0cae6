/**
 * The frame of the static pages the harness writes (kata report, league leaderboard): one
 * document with a Content-Security-Policy, shared base styles and the page's own. Callers escape
 * their content; the title is escaped here.
 */
import escapeHtml from 'escape-html';

const BASE_STYLE = `body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; padding: 0 1rem; color: #1d232a; }
table { border-collapse: collapse; }
caption { text-align: left; font-weight: 600; }
th, td { text-align: left; padding: 0.25rem 0.6rem; border-bottom: 1px solid #dde2e6; }`;

export interface Page {
  title: string;
  /** The Content-Security-Policy; pages without scripts should allow none. */
  csp: string;
  /** CSS after the shared base styles. */
  style: string;
  body: string;
}

export function htmlPage(page: Page): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(page.csp)}">
<title>${escapeHtml(page.title)}</title>
<style>
${BASE_STYLE}
${page.style}
</style>
</head>
<body>
${page.body}
</body>
</html>
`;
}
