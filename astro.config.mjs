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
});
