// The page the preview server answers while its content cannot be loaded (the Content Lake is
// unreachable, the dataset file is broken): what is wrong, that it retries by itself, nothing secret.

/** Seconds a browser or the Studio's preview frame is asked to wait before trying again. */
const RETRY_AFTER_SECONDS = 5;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A 503 response naming the problem; `reason` is the content source's own message. */
export function unavailableResponse(reason: string): Response {
  const html = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Voorbeeld tijdelijk niet beschikbaar | Preview temporarily unavailable</title>
</head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">
<p><strong>Voorbeeld / Preview</strong></p>
<h1>Het voorbeeld is tijdelijk niet beschikbaar</h1>
<p>De voorbeeldserver kan de inhoud nu niet ophalen. Hij probeert het zelf opnieuw: laad de pagina over een paar seconden opnieuw. Je concepten zijn niet weg.</p>
<h2 lang="en">The preview is temporarily unavailable</h2>
<p lang="en">The preview server cannot load the content right now. It retries by itself: reload this page in a few seconds. Your drafts are safe.</p>
<h2>Wat er misging / What went wrong</h2>
<pre style="white-space: pre-wrap">${escapeHtml(reason)}</pre>
</body>
</html>`;
  return new Response(html, {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': String(RETRY_AFTER_SECONDS) },
  });
}
