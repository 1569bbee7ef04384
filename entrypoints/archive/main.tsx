import { render } from 'preact';
import { ArchiveApp } from '../../src/archive-pages/app';
import { loadArchiveData } from '../../src/archive-pages/data';
import { archiveLinks } from '../../src/archive-pages/links';

// The archive pages: one extension page, the view in the address's hash (src/archive-pages/routes.ts).
const app = document.getElementById('app')!;
const links = archiveLinks();
loadArchiveData().then(
  (data) => render(<ArchiveApp data={data} links={links} />, app),
  (e: unknown) => render(<p role="alert">Could not read the archive: {String(e)}</p>, app),
);
