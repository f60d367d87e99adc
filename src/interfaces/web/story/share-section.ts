/** Share links (X, LinkedIn) and the story's address to copy; the Copy button appears only when script runs. */
import { type Markup, html } from '../html.js';

/** Renders the share box for a story at `url` titled `title`. */
export function shareSection(url: string, title: string): Markup {
  const x = `https://x.com/intent/post?${new URLSearchParams({ text: title, url }).toString()}`;
  const linkedIn = `https://www.linkedin.com/sharing/share-offsite/?${new URLSearchParams({ url }).toString()}`;
  return html`<section class="side-box share" aria-labelledby="share-heading">
    <h2 id="share-heading">Share</h2>
    <ul class="share-links">
      <li><a href="${x}" rel="noopener noreferrer">Share on X</a></li>
      <li><a href="${linkedIn}" rel="noopener noreferrer">Share on LinkedIn</a></li>
    </ul>
    <div class="copy-link">
      <label for="share-url">Link to this story</label>
      <div class="copy-row">
        <input id="share-url" type="url" readonly value="${url}" /><button type="button" class="secondary" data-copy="share-url" hidden>
          Copy link
        </button>
      </div>
      <p class="copy-status" role="status" aria-live="polite"></p>
    </div>
  </section>`;
}
