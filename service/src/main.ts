// `npm run service`: starts the service with the settings in the environment (docs/service.md)
// and stops it cleanly on SIGTERM or SIGINT.
import { ConfigError, configFromEnv } from './config.ts';
import { startService } from './service.ts';

try {
  const config = configFromEnv();
  // Routing and alerts from the published content of the source the environment names.
  const service = await startService(config);
  const where = config.database.kind === 'postgres' ? 'PostgreSQL at DATABASE_URL' : `PGlite in ${config.database.dir}`;
  const mail = config.mail.kind === 'smtp' ? 'SMTP at SMTP_URL' : `.eml files in ${config.mail.dir}`;
  console.log(`Service listening on ${service.url} (${where}; mail: ${mail}).`);
  const stop = async () => {
    await service.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `The service could not start: ${(error as Error).message}`);
  process.exit(1);
}
