/// <reference types="vitest/config" />
// Unit tests run through Astro's Vite config, so .svelte files and astro/zod resolve as in the
// build. tests/build/ holds the slower tests that run whole builds of broken content.
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
