// The web app manifest: name, colours and icons, so the documentary saves to a home screen as itself.
import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_TITLE } from '../site/publication.ts';
import { withBase } from '../site/base.ts';
import { ICONS } from '../site/icons.ts';
import { DARK, LIGHT } from '../viz/cover/svg.ts';

export const GET: APIRoute = () => {
  const manifest = {
    name: SITE_TITLE,
    short_name: 'Neural Fabric',
    description: SITE_DESCRIPTION,
    lang: 'en',
    start_url: withBase('/'),
    scope: withBase('/'),
    display: 'minimal-ui',
    background_color: LIGHT.paper,
    theme_color: DARK.paper,
    icons: [
      { src: withBase('/favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
      ...ICONS.filter((icon) => icon.size >= 192).map((icon) => ({ src: withBase(`/icons/${icon.name}.png`), sizes: `${icon.size}x${icon.size}`, type: 'image/png' })),
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
