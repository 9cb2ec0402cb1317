// @mkb010/service: the service beside the static site (see docs/service.md).
export { type ServiceConfig, ConfigError, configFromEnv } from './config.ts';
export type { Directory, IntakeRoute, RoutingContent } from './routing/directory.ts';
export { routeRequest } from './routing/directory.ts';
export { loadRoutingContent } from './routing/published.ts';
export { type PublishedContent, publishedContent } from './content/published.ts';
export { type AlertScheme, publishedSchemes, type SchemeSource } from './alerts/schemes.ts';
export { type RunningService, startService } from './service.ts';
