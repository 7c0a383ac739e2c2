import type { BrowserContext, Route } from '@playwright/test';

/**
 * Serves pages at x.com URLs so the content script runs on them as on the real site. Every other
 * request (X's scripts, images, analytics) is blocked: saved pages carry <script> tags.
 */
export async function routeX(context: BrowserContext, pages: Record<string, string>): Promise<void> {
  await context.route('**/*', (route: Route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:') return route.continue();
    const isX = url.hostname === 'x.com' || url.hostname === 'twitter.com';
    const body = isX && route.request().resourceType() === 'document' ? pages[url.pathname] : undefined;
    if (body === undefined) return route.abort('blockedbyclient');
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
}
