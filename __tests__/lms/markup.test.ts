import { cdata, xmlAttr, xmlText } from '@/lib/lms/markup';
import { parseXml } from './readBack';

const EDGES = ['a ]]> b', ']]>', ']]]]>', 'x]]', ']>', 'CDATA[ <![CDATA[ ]]> ]]>'];

describe('XML text the exports write', () => {
  it.each(EDGES)('keeps %j whole inside CDATA, however often it closes a section', (text) => {
    expect(parseXml(`<a>${cdata(text)}</a>`).documentElement.textContent).toBe(text);
  });

  it('keeps line breaks, tabs, carriage returns and quotes in an attribute', () => {
    const text = 'one\ntwo\tthree\r\n"four" \'five\' <&>';
    expect(parseXml(`<a b="${xmlAttr(text)}" c='${xmlAttr(text)}'/>`).documentElement.getAttribute('b')).toBe(text);
    expect(parseXml(`<a>${xmlText(text)}</a>`).documentElement.textContent).toBe(text);
  });

  it('writes control characters XML cannot hold as spaces, so the file stays well-formed', () => {
    expect(parseXml(`<a>${xmlText('bell\u0007end')}${cdata('nul\u0000end')}</a>`).documentElement.textContent).toBe(
      'bell endnul end',
    );
  });
});
