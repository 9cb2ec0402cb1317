// The language of an injected route, read from its pattern (English routes live under /en/).
import { langOfPath, type Lang } from '@mkb010/model';

/** The language of a route pattern such as `/en/guides/[slug]`. */
export function routeLang(routePattern: string): Lang {
  return langOfPath(routePattern.startsWith('/') ? routePattern : `/${routePattern}`);
}
