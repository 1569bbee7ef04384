import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { citeReaderArticles } from '../../../src/background/cite-reader';
import { Card } from '../../../src/card/card';
import { cardPayload } from '../../../src/card/payload';
import { parseCardPayload } from '../../../src/card/payload-schema';
import { cardModel } from '../../../src/card/view-model';
import { fb } from './fixture';

afterEach(cleanup);

const links = { entity: (id: string) => `ext:#/entity/${id}`, article: (id: string) => `ext:#/article/${id}` };

function renderCard(saved: Parameters<typeof citeReaderArticles>[1]) {
  // through the schema, as the content script receives it
  const payload = parseCardPayload(JSON.parse(JSON.stringify(citeReaderArticles(cardPayload(fb, 'mara-veldt')!, saved))))!;
  const model = cardModel(payload, 'mara-veldt')!;
  return render(<Card model={model} onRelated={() => undefined} onClose={() => undefined} theme="light" links={links} />);
}

describe("a card citing the reader's own articles", () => {
  it('marks them "from your archive" with a link to where they were read, and links archive articles as before', () => {
    const { container } = renderCard([{ id: 'a1', file: 'a1.txt', text: '', url: 'https://news.example/talks', headline: 'Talks open', savedAt: 1 }]);
    const facts = [...container.querySelectorAll('.fact')];
    const mine = facts.find((f) => f.textContent!.includes('from your archive'))!;
    expect(mine.textContent).toContain('Talks open');
    const original = mine.querySelector('a')!;
    expect(original.textContent).toBe('Original');
    expect(original.getAttribute('href')).toBe('https://news.example/talks');
    expect(original.getAttribute('rel')).toBe('noopener noreferrer');
    expect(mine.textContent).not.toContain('In the article');
    const others = facts.filter((f) => f !== mine);
    expect(others.length).toBeGreaterThan(0);
    for (const f of others) {
      expect(f.textContent).not.toContain('from your archive');
      expect(f.textContent).toContain('In the article');
    }
  });

  it('never links an address that is not http(s)', () => {
    const { container } = renderCard([{ id: 'a1', file: 'a1.txt', text: '', url: 'javascript:alert(1)', savedAt: 1 }]);
    const mine = [...container.querySelectorAll('.fact')].find((f) => f.textContent!.includes('from your archive'))!;
    expect(mine.querySelector('a')).toBeNull();
  });
});
