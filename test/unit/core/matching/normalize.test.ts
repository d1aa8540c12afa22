import * as assert from 'node:assert/strict';
import { cleanClaimText, splitCompound } from '../../../../src/core/matching/normalize';
import { terms, words } from '../../../../src/core/matching/tokens';

describe('matching: normalising tweets and quotes', () => {
  it('drops the signature\'s handle and date but keeps who said it', () => {
    assert.equal(cleanClaimText('The library will close every Monday from June. — Dana Reyes (@dreyes) May 3, 2021'), 'The library will close every Monday from June.. Dana Reyes');
    assert.equal(cleanClaimText('The library will close every Monday. — Dana Reyes (@dreyes) May 3, 2021', false), 'The library will close every Monday.');
  });

  it('drops links and pic.twitter tails (also glued to a hashtag)', () => {
    assert.equal(cleanClaimText('Water bills doubled this year https://t.co/abc123 pic.twitter.com/XyZ'), 'Water bills doubled this year');
    assert.equal(cleanClaimText('Flood on Main Street #StormWatchpic.twitter.com/AbC'), 'Flood on Main Street Storm Watch');
    assert.equal(cleanClaimText('Read more at www.example.com/story now'), 'Read more at now');
  });

  it('keeps the words of hashtags and handles, in front of the text too', () => {
    assert.equal(cleanClaimText('Thanks @CityOfRiverton for the #FreeTransit2024 plan'), 'Thanks City Of Riverton for the Free Transit 2024 plan');
    assert.equal(cleanClaimText('@DanaReyes owns four houses https://t.co/abc123'), 'Dana Reyes owns four houses');
    assert.equal(splitCompound('COVID19'), 'COVID 19');
    assert.equal(splitCompound('real_donald'), 'real donald');
  });

  const shorthand: [string, string][] = [
    ['POTUS signed it', 'POTUS President signed it'],
    ['New pics of the #GOP convention', 'New pics photographs of the GOP Republican convention'],
    ['This vid shows the flood', 'This vid video shows the flood'],
    ['The photographer and the video', 'The photographer and the video'],
    ['Dempsey said so', 'Dempsey said so'],
  ];
  for (const [tweet, cleaned] of shorthand) {
    it(`writes out tweet shorthand and keeps it: ${JSON.stringify(tweet)}`, () => assert.equal(cleanClaimText(tweet), cleaned));
  }

  it('tokenises with accents folded, possessives and apostrophes handled, digits apart', () => {
    assert.deepEqual(words("Zoë's café didn't sell 80M cups, 1,200 more than 2.5"), ['zoe', 'cafe', 'didnt', 'sell', '80', 'm', 'cups', '1200', 'more', 'than', '2.5']);
    assert.deepEqual(terms('The councils were closing libraries'), ['council', 'close', 'librari']);
  });

  it('stems a nation\'s adjective and people as the nation', () => {
    assert.deepEqual(terms('Syrian strikes by Mexicans'), terms('Syria strikes by Mexico'));
    assert.notDeepEqual(terms('Syrian'), terms('Serbian'));
  });
});
