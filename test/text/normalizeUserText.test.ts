import { describe, expect, it } from 'vitest';
import { normalizeHistory } from '../../server/text/normalizeHistory.ts';
import { normalizeUserText } from '../../server/text/normalizeUserText.ts';

const norm = (s: string) => normalizeUserText(s).text;

describe('normalizeUserText', () => {
  it('leaves plain text untouched, the same string', () => {
    const plain = "My knee hurts when I climb stairs.\nIt's been 3 days.";
    expect(normalizeUserText(plain).text).toBe(plain);
  });

  it('drops format characters wherever they sit in a word', () => {
    expect(norm('sharp ch\u200best pain')).toBe('sharp chest pain');
    expect(norm('sui\u00adcidal')).toBe('suicidal');
    expect(norm('\ufeffbleeding he\u2060avily')).toBe('bleeding heavily');
    expect(norm('can\u200d\u200ct breathe')).toBe('cant breathe');
    expect(norm('over\u202edose\u202c')).toBe('overdose');
    expect(norm('strok\u2066e\u2069')).toBe('stroke');
    expect(norm('se\ufe0fizure')).toBe('seizure');
    expect(norm('fa\u{e0101}inted')).toBe('fainted');
  });

  it('folds fullwidth, mathematical and ligature forms (NFKC)', () => {
    expect(norm('ｓｅｖｅｒｅ ｈｅａｄａｃｈｅ')).toBe('severe headache');
    expect(norm('𝐜𝐡𝐞𝐬𝐭 𝐩𝐚𝐢𝐧')).toBe('chest pain');
    expect(norm('diﬃculty breathing')).toBe('difficulty breathing');
  });

  it('maps Cyrillic, Greek and Armenian look-alikes inside Latin words', () => {
    expect(norm('tightness in my сhеst')).toBe('tightness in my chest');
    expect(norm('I plan to еnd my lifе')).toBe('I plan to end my life');
    expect(norm('ΗΕΑDΑCΗΕ')).toBe('HEADACHE');
    expect(norm('numb fаcе and slurrеd spееch')).toBe('numb face and slurred speech');
    expect(norm('swօllen tongue')).toBe('swollen tongue');
  });

  it('maps a word made only of look-alikes when the message around it is Latin', () => {
    expect(norm('my arm has a sharp раіп in it')).toBe('my arm has a sharp pain in it');
    expect(norm('I want to kill mуѕеlf')).toBe('I want to kill myself');
  });

  it('leaves text written in Cyrillic or Greek as written', () => {
    expect(norm('У меня болит голова и температура')).toBe('У меня болит голова и температура');
    expect(norm('Πονάω στο στήθος')).toBe('Πονάω στο στήθος');
  });

  it('keeps Spanish and French accents, composing decomposed ones', () => {
    expect(norm('Mi niño tiene fiebre desde hace un año, ¿qué hago?')).toBe('Mi niño tiene fiebre desde hace un año, ¿qué hago?');
    expect(norm("J'ai très mal à la poitrine, ma sœur est enceinte, garçon")).toBe("J'ai très mal à la poitrine, ma sœur est enceinte, garçon");
    expect(norm('fie\u0300vre et douleur')).toBe('fièvre et douleur');
  });

  it('makes runs of odd whitespace one space and line separators a newline', () => {
    expect(norm('chest\u00a0\u2003 pain\tand\u3000sweating')).toBe('chest pain and sweating');
    expect(norm('first line\r\nsecond\u2028third')).toBe('first line\nsecond\nthird');
  });

  it('maps every position of the normalised text back to the original', () => {
    const original = 'ａ\u200bb c\u00ad\u00add ｅ';
    const n = normalizeUserText(original);
    expect(n.text).toBe('ab cd e');
    for (let i = 0; i < n.text.length; i += 1) {
      const back = original.at(n.toOriginal(i)) ?? '';
      expect(back.normalize('NFKC')).toBe(n.text[i]);
    }
    expect(n.toOriginal(n.text.length)).toBe(original.length);
    const found = n.text.indexOf('cd');
    expect(original.slice(n.toOriginal(found), n.toOriginal(found + 2))).toBe('c\u00ad\u00add');
  });

  it('normalises only the person\u2019s messages in a history', () => {
    const history = [
      { role: 'user' as const, content: 'pa\u200bin in my ch\u0435st' },
      { role: 'assistant' as const, content: 'ｗｅｌｌ' },
    ];
    const read = normalizeHistory(history);
    expect(read.map((m) => m.content)).toEqual(['pain in my chest', 'ｗｅｌｌ']);
    expect(history[0]?.content).toBe('pa\u200bin in my ch\u0435st');
    expect(normalizeHistory(history)).toBe(read);
  });
});
