// Svelte compiler settings shared by Astro and Vitest.
export default {};
