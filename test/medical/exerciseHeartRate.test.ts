import { describe, expect, it } from 'vitest';
import { extractVitals } from '../../plugins/medical/language/extractVitals.ts';
import { expectAlerts } from './urgencyHelpers.ts';

// A heart rate told during exercise is a working heart, not a resting vital sign: with palpitations
// alone it alerted ("heart_rate"). Fainting or chest pain with it, or a fast rate at rest, still alert.
// Phrasings are our own.
describe('a heart rate told during exercise', () => {
  it('is read apart from resting rates', () => {
    const v = (s: string) => extractVitals(s.toLowerCase());
    expect(v('my heart rate goes up to 155 when I run').exerciseHeartRate).toEqual([155]);
    expect(v('pulse 150 on the treadmill').heartRate).toEqual([]);
    expect(v('pulse 150 at rest, I was not exercising').heartRate).toEqual([150]);
    expect(v("I've been running a fever and my pulse is 140").heartRate).toEqual([140]);
    expect(v('heart rate 215 on the treadmill').heartRate).toEqual([215]);
    expect(v('poor exercise tolerance, pulse 135').heartRate).toEqual([135]);
    expect(v('he runs marathons; on examination pulse 140').heartRate).toEqual([140]);
  });

  it('does not alert with palpitations alone', () => {
    expectAlerts(
      [
        '34 year old male. Presenting complaints: palpitations. He reports his heart rate goes up to 150 when he runs, settling within minutes after stopping. Negatives: no chest pain, no fainting.',
        'I feel my heart pounding during my workouts, my watch says 165 bpm, it settles when I stop',
        '29 year old female. Presenting complaints: palpitations. Heart rate of 158 during spin class noted on her fitness tracker, feels her heart racing.',
      ],
      false,
    );
  });

  it('alerts with fainting or chest pain, and a fast rate at rest still alerts', () => {
    expectAlerts(
      [
        'my heart rate hit 170 while jogging and then I passed out',
        'pulse 160 on the treadmill and I got a crushing chest pain',
        'my pulse is 150 and I have palpitations, I am just sitting on the sofa',
        'heart rate 145 with palpitations and I feel faint',
        // "Exercise intolerance" is a symptom, and a rate taken at the clinic a resting one.
        '50 year old male. Presenting complaints: fatigue, palpitations. He reports exercise intolerance and palpitations, heart rate 140 at the clinic.',
        '30 year old male. Shortness of breath with reduced exercise tolerance, pulse 135, after a viral illness.',
      ],
      true,
    );
  });
});
