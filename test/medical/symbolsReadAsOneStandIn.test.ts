/**
 * Emoji, bullets, arrows and brackets beyond Latin-1 are read as one stand-in symbol ('¦', one per
 * UTF-16 unit), so a message that holds one is not a two-byte string for every pattern the engine
 * runs (BENCHMARKS.md, "Session 26"), and the decision is the one the message gets without them.
 * Letters of other scripts, and the few the patterns name (μ, œ), are kept. Our own phrasings.
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../plugins/medical/language/normalizeText.ts';
import { decide, expectAlerts } from './urgencyHelpers.ts';

const oneByte = (text: string) => [...text].every((ch) => ch.charCodeAt(0) <= 0xff);

describe('symbols beyond Latin-1', () => {
  it('become one stand-in per UTF-16 unit, so offsets keep their place', () => {
    const text = 'Chest pain 😟 • worse → now ⟦ok⟧';
    const folded = normalizeText(text);
    expect(folded).toBe('chest pain ¦¦ ¦ worse ¦ now ¦ok¦');
    expect(folded).toHaveLength(text.length);
    expect(oneByte(folded)).toBe(true);
  });

  it('keeps letters of other scripts and the ones the patterns name', () => {
    expect(normalizeText('Mon cœur bat vite, créatinine 300 μmol/L')).toBe('mon cœur bat vite, créatinine 300 μmol/l');
    expect(normalizeText('Болит грудь 🙁')).toBe('болит грудь ¦¦');
  });

  it('decides as without them', () => {
    const pairs: readonly [string, string][] = [
      ['my chest is crushing 😰 and the pain goes into my left arm', 'my chest is crushing and the pain goes into my left arm'],
      ['• lips swelling\n• wheezy\n• ate prawns ten minutes ago', 'lips swelling\nwheezy\nate prawns ten minutes ago'],
      ['runny nose 🤧 and a scratchy throat for two days 🙄', 'runny nose and a scratchy throat for two days'],
      ['sprained my wrist ✋ playing netball, a bit swollen', 'sprained my wrist playing netball, a bit swollen'],
      ['dad’s face dropped on one side ➜ words all muddled', "dad's face dropped on one side, words all muddled"],
    ];
    for (const [withSymbols, without] of pairs) {
      expect(decide(withSymbols).level, withSymbols).toBe(decide(without).level);
      expect(decide(withSymbols).emergency.fired, withSymbols).toBe(decide(without).emergency.fired);
    }
    expectAlerts([pairs[0]?.[0] ?? '', pairs[1]?.[0] ?? '', pairs[4]?.[0] ?? ''], true);
    expectAlerts([pairs[2]?.[0] ?? '', pairs[3]?.[0] ?? ''], false);
  });
});
