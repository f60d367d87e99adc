/** The fetch stage: get a resource through the HttpClient port and classify the outcome. */
export { FEED_ACCEPT, type FeedFetchFailure, type FeedFetchRequest, fetchFeed, parseRetryAfter } from './fetch-feed.js';
