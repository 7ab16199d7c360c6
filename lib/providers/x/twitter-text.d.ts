/** The part of twitter-text (CommonJS, no bundled types) Socialite uses. */
declare module "twitter-text" {
  export type TweetConfig = {
    version: number;
    maxWeightedTweetLength: number;
    scale: number;
    defaultWeight: number;
    transformedURLLength: number;
    emojiParsingEnabled?: boolean;
    ranges: { start: number; end: number; weight: number }[];
  };

  export type ParsedTweet = {
    weightedLength: number;
    valid: boolean;
    permillage: number;
    validRangeStart: number;
    validRangeEnd: number;
    displayRangeStart: number;
    displayRangeEnd: number;
  };

  const twitterText: {
    parseTweet(text: string, config?: TweetConfig): ParsedTweet;
    hasInvalidCharacters(text: string): boolean;
    configs: {
      version1: TweetConfig;
      version2: TweetConfig;
      version3: TweetConfig;
      defaults: TweetConfig;
    };
  };
  export default twitterText;
}
