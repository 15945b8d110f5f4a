// html-validate's recommended rules, less the ones about markup style (not validity) that
// Astro's and Svelte's output choose for us; inline styles stay forbidden, as the CSP forbids them.
import type { ConfigData } from 'html-validate';

export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    'no-inline-style': 'error',
    'long-title': 'off',
    'no-trailing-whitespace': 'off',
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'no-redundant-role': 'off',
    // Islands after the first carry the same disable note (see ScrollSection.astro) unused.
    'no-unused-disable': 'off',
  },
};
