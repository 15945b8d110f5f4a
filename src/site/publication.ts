// Facts about the publication itself, used in page titles, metadata and PDFs.

export const SITE_TITLE = 'The Neural Fabric';
export const SITE_DESCRIPTION =
  'An interactive documentary in five acts: a divided society in 2145, four people whose choices narrow the divide, and the new neural fabric they weave.';
export const SITE_AUTHOR = 'The Neural Fabric';
