/** Paths of the reader's pages, in one place so feeds, the API and mail link to the same addresses. */

/** Returns the story page path. */
export function storyPath(storyId: string): string {
  return `/stories/${encodeURIComponent(storyId)}`;
}

/** Returns a board page path. */
export function boardPath(boardId: string): string {
  return `/boards/${encodeURIComponent(boardId)}`;
}

/** Path of the recap page. */
export const RECAP_PATH = '/recap';

/** Joins a base URL ("https://news.example.org" or with a trailing slash) and a path. */
export function absoluteUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}
