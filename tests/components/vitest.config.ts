// Component tests compile .astro files, so this project runs on Astro's Vite config.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    name: 'components',
    include: ['tests/components/**/*.test.ts'],
    testTimeout: 60_000,
    // The site's stylesheet goes through Tailwind as in a build, so axe judges styled components.
    css: { include: [/src\/styles\/global\.css/] },
  },
});
