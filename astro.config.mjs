// Site configuration. SITE_URL and BASE_PATH let the same sources build for a domain root
// (BASE_PATH unset) or a sub-path such as /stories/neural-fabric/.
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/site/base.ts';
import { normaliseBase } from './src/site/base.ts';
import { glossaryNotesPlugin } from './src/story/glossaryNotesPlugin.ts';

const base = normaliseBase(process.env.BASE_PATH);

// Fonts come from npm (@fontsource), Latin subsets in static cuts: PDFs embed them as TrueType.
// Astro's font API serves them, preloads the body cuts and sizes a local fallback to match, so
// the text does not jump when they arrive.
const fontFile = (pkg, file) => `./node_modules/@fontsource/${pkg}/files/${file}.woff2`;
const fonts = [
  {
    provider: fontProviders.local(),
    name: 'Source Serif 4',
    cssVariable: '--font-serif',
    fallbacks: ['Georgia', 'serif'],
    options: {
      variants: [
        { src: [fontFile('source-serif-4', 'source-serif-4-latin-400-normal')], weight: 400, style: 'normal' },
        { src: [fontFile('source-serif-4', 'source-serif-4-latin-400-italic')], weight: 400, style: 'italic' },
        { src: [fontFile('source-serif-4', 'source-serif-4-latin-600-normal')], weight: 600, style: 'normal' },
      ],
    },
  },
  {
    provider: fontProviders.local(),
    name: 'Inter',
    cssVariable: '--font-sans',
    fallbacks: ['system-ui', 'sans-serif'],
    options: {
      variants: [
        { src: [fontFile('inter', 'inter-latin-400-normal')], weight: 400, style: 'normal' },
        { src: [fontFile('inter', 'inter-latin-600-normal')], weight: 600, style: 'normal' },
        { src: [fontFile('inter', 'inter-latin-700-normal')], weight: 700, style: 'normal' },
      ],
    },
  },
];
const site = process.env.SITE_URL ?? 'https://neural-fabric.example';

export default defineConfig({
  output: 'static',
  site,
  base,
  trailingSlash: 'always',
  // Styles inline in each page: no render-blocking request before the first paint.
  build: { format: 'directory', inlineStylesheets: 'always' },
  fonts,
  integrations: [mdx(), svelte(), sitemap()],
  markdown: {
    // No code blocks in a documentary, and Shiki's inline styles would fight the CSP.
    syntaxHighlight: false,
    // Chapters: the first use of each glossary term opens its definition in place.
    processor: satteri({ mdastPlugins: [baseLinksPlugin(base), glossaryNotesPlugin] }),
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
