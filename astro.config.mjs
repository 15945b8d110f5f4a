// Site configuration. SITE_URL and BASE_PATH let the same sources build for a domain root
// (BASE_PATH unset) or a sub-path such as /stories/neural-fabric/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/site/base.ts';
import { normaliseBase } from './src/site/base.ts';
import { glossaryNotesPlugin } from './src/story/glossaryNotesPlugin.ts';
import { siteFonts } from './src/site/fonts/siteFonts.ts';
import { cssModule } from './src/site/fonts/cssModule.ts';

const base = normaliseBase(process.env.BASE_PATH);

// Fonts come from npm (@fontsource), subset at build time to the characters the site uses
// (src/site/fonts/); PDFs embed them as TrueType.
const { families: fonts, fallbackCss } = await siteFonts(new URL('./', import.meta.url));
const site = process.env.SITE_URL ?? 'https://neural-fabric.example';

export default defineConfig({
  output: 'static',
  site,
  base,
  trailingSlash: 'always',
  // Styles inline in each page: no render-blocking request before the first paint. Two pages at a
  // time: the share cards and icons rasterise off the main thread while the next page renders.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 2 },
  fonts,
  integrations: [mdx(), svelte(), sitemap()],
  markdown: {
    // No code blocks in a documentary, and Shiki's inline styles would fight the CSP.
    syntaxHighlight: false,
    // Chapters: the first use of each glossary term opens its definition in place.
    processor: satteri({ mdastPlugins: [baseLinksPlugin(base), glossaryNotesPlugin] }),
  },
  devToolbar: { enabled: false },
  vite: { plugins: [cssModule('virtual:font-fallbacks.css', fallbackCss)] },
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
