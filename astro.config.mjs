// Site configuration. SITE_URL and BASE_PATH let the same sources build for a domain root
// (BASE_PATH unset) or a sub-path such as /stories/neural-fabric/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/lib/baseLinksPlugin.ts';
import { normaliseBase } from './src/lib/normaliseBase.ts';

const base = normaliseBase(process.env.BASE_PATH);
const site = process.env.SITE_URL ?? 'https://neural-fabric.example';

export default defineConfig({
  output: 'static',
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), svelte(), sitemap()],
  markdown: {
    processor: satteri({ mdastPlugins: [baseLinksPlugin(base)] }),
  },
  devToolbar: { enabled: false },
  // Content-Security-Policy in a <meta> of every page: Astro hashes its own scripts and styles;
  // everything else may come only from the site itself.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'none'",
      ],
    },
  },
});
