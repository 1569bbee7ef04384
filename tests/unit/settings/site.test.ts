import { describe, expect, it } from 'vitest';
import { registrableDomain, siteKeys } from '../../../src/settings/site';

describe('siteKeys: web pages', () => {
  it.each([
    ['https://example.com/', 'example.com', 'example.com', false],
    ['https://news.example.com/a/b?c#d', 'news.example.com', 'example.com', false],
    ['https://a.b.news.example.com/', 'a.b.news.example.com', 'example.com', false],
    ['https://News.EXAMPLE.com/', 'news.example.com', 'example.com', false],
    ['https://news.example.com:8443/', 'news.example.com', 'example.com', false],
    ['http://news.example.com:80/', 'news.example.com', 'example.com', false],
    ['https://news.example.com./', 'news.example.com', 'example.com', false],
    ['https://user:pw@news.example.com/', 'news.example.com', 'example.com', false],
    // common two-label public suffixes
    ['https://www.bbc.co.uk/news', 'www.bbc.co.uk', 'bbc.co.uk', false],
    ['https://bbc.co.uk/', 'bbc.co.uk', 'bbc.co.uk', false],
    ['https://co.uk/', 'co.uk', 'co.uk', false],
    ['https://www.abc.net.au/news', 'www.abc.net.au', 'abc.net.au', false],
    ['https://www3.nhk.or.jp/news/', 'www3.nhk.or.jp', 'nhk.or.jp', false],
    ['https://www.asahi.co.jp/', 'www.asahi.co.jp', 'asahi.co.jp', false],
    ['https://www.stuff.co.nz/', 'www.stuff.co.nz', 'stuff.co.nz', false],
    ['https://alice.github.io/post', 'alice.github.io', 'alice.github.io', false],
    // IDN hosts are compared in punycode
    ['https://BÜCHER.de/', 'xn--bcher-kva.de', 'xn--bcher-kva.de', false],
    ['https://nachrichten.bücher.de/', 'nachrichten.xn--bcher-kva.de', 'xn--bcher-kva.de', false],
    ['https://xn--bcher-kva.de/', 'xn--bcher-kva.de', 'xn--bcher-kva.de', false],
    // one-label hosts
    ['http://localhost:3000/', 'localhost', 'localhost', false],
    ['http://intranet/', 'intranet', 'intranet', false],
    // IP addresses: the address is both host and domain; ports ignored; other IPv4 spellings normalised
    ['http://192.168.1.10:8080/', '192.168.1.10', '192.168.1.10', true],
    ['http://127.1/', '127.0.0.1', '127.0.0.1', true],
    ['http://[::1]:3000/', '[::1]', '[::1]', true],
    ['http://[2001:DB8::1]/page', '[2001:db8::1]', '[2001:db8::1]', true],
  ])('%s → host %s, domain %s', (url, host, domain, ip) => {
    expect(siteKeys(url)).toEqual({ annotatable: true, host, domain, ip });
  });
});

describe('siteKeys: pages that cannot be annotated', () => {
  it.each([
    ['file:///home/me/page.html', /files on this computer/i],
    ['chrome://settings/', /browser's own pages/],
    ['chrome://newtab/', /browser's own pages/],
    ['about:blank', /browser's own pages/],
    ['about:addons', /browser's own pages/],
    ['edge://settings', /browser's own pages/],
    ['moz-extension://0c1f6b2e-1111-2222-3333-444455556666/popup.html', /extension pages/i],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html', /extension pages/i],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', /extension pages/i],
    ['view-source:https://example.com/', /source view/],
    ['data:text/html,<p>hi</p>', /data: address/],
    ['blob:https://example.com/1234', /blob:/],
    ['ftp://example.com/file', /only web pages/i],
    ['https://chromewebstore.google.com/detail/x/abc', /add-on store/],
    ['https://chrome.google.com/webstore/detail/abc', /add-on store/],
    ['https://addons.mozilla.org/en-US/firefox/', /add-on store/],
    ['https://microsoftedge.microsoft.com/addons/', /add-on store/],
    ['https://example.com/report.pdf', /PDF/],
    ['https://example.com/files/REPORT.PDF?download=1', /PDF/],
    ['not a url', /not a web address/i],
    ['', /not a web address/i],
  ])('%s', (url, reason) => {
    const keys = siteKeys(url);
    expect(keys.annotatable).toBe(false);
    if (!keys.annotatable) expect(keys.reason).toMatch(reason);
  });

  it('other Google pages are web pages', () => {
    expect(siteKeys('https://chrome.google.com/other')).toMatchObject({ annotatable: true });
    expect(siteKeys('https://example.com/pdf-guide.html')).toMatchObject({ annotatable: true });
  });
});

describe('registrableDomain', () => {
  it.each([
    ['example.com', 'example.com'],
    ['a.example.com', 'example.com'],
    ['a.b.example.co.uk', 'example.co.uk'],
    ['example.co.uk', 'example.co.uk'],
    ['co.uk', 'co.uk'],
    ['uk', 'uk'],
    // the whole Public Suffix List: deep and rare suffixes, and its private section (hosting platforms)
    // "*.kawasaki.jp" is a suffix, except "city.kawasaki.jp"
    ['a.b.kawasaki.jp', 'a.b.kawasaki.jp'],
    ['a.city.kawasaki.jp', 'city.kawasaki.jp'],
    ['news.example.com.au', 'example.com.au'],
    ['alice.github.io', 'alice.github.io'],
    ['blog.alice.github.io', 'alice.github.io'],
    ['github.io', 'github.io'],
    ['localhost', 'localhost'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
  ])('%s → %s', (host, domain) => {
    expect(registrableDomain(host)).toBe(domain);
  });
});
