import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Found on our own phrasings (round 13): "My mum is burning hot then shivering, very confused,
// breathing fast and hasn't had a wee all day" got no alert: "burning hot" was not a fever, so the
// sepsis lay signs lacked their infection sign. Said of the person, "burning hot", "boiling hot" and
// "roasting hot" now read as a fever; said of water, a room, the weather or a pain they do not.
describe('"burning hot" said of a person is a fever', () => {
  it('alerts on sepsis signs with a fever told as "burning hot"', () => {
    expectAlerts(
      [
        "My mum is burning hot then shivering, very confused, breathing fast and hasn't had a wee all day",
        'My dad feels boiling hot, he is very confused and his skin looks blotchy',
      ],
      true,
    );
  });

  it('does not read hot water, a hot room or a hot pain as a fever', () => {
    expectAlerts(
      [
        'I spilled boiling hot water on my hand, it is red but not blistered, I ran it under the tap',
        "It's boiling hot in here and I feel a bit confused about which tablets to take for my hay fever",
        'The room was roasting hot last night and I woke up with a mild headache',
        'I feel boiling hot in this weather and a bit tired, no other symptoms',
      ],
      false,
    );
  });
});
