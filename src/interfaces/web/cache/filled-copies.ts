/**
 * Whole copies of a cached page with slots where each reader's CSRF token goes. A response takes a copy,
 * writes its token into the slots and sends the page as one buffer; the copy comes back once Node has handed
 * it to the kernel. Sending the shared bytes and the token as separate buffers cost a story page about a
 * fifth of its throughput, and copying the page per response cost more. The copies of all pages together
 * stay within a byte budget: past it, a response falls back to the separate buffers.
 */

/** Bytes all pages' copies may hold together. */
export interface CopyBudget {
  limit: number;
  used: number;
}

/** Creates the budget shared by one page store's pages. */
export function copyBudget(limit: number): CopyBudget {
  return { limit, used: 0 };
}

/** A page's reusable copies. */
export class FilledCopies {
  private readonly free: Buffer[] = [];
  private readonly slots: number[] = [];
  private readonly length: number;
  private held = 0;

  /** `chunks` are the page split where tokens go; every token is `tokenLength` bytes. */
  constructor(
    private readonly chunks: readonly Buffer[],
    private readonly tokenLength: number,
    private readonly budget: CopyBudget,
  ) {
    let offset = 0;
    chunks.forEach((chunk, i) => {
      if (i > 0) {
        this.slots.push(offset);
        offset += tokenLength;
      }
      offset += chunk.byteLength;
    });
    this.length = offset;
  }

  /** Returns a copy of the page holding `token` in every slot, or null when the token does not fit or the budget is spent. */
  take(token: string): Buffer | null {
    if (token.length !== this.tokenLength) return null;
    const copy = this.free.pop() ?? this.allocate();
    if (!copy) return null;
    // The token is base64url (ASCII): one byte a character.
    for (const slot of this.slots) copy.write(token, slot, 'latin1');
    return copy;
  }

  /** Takes a copy back for the next response (call once the response has finished). */
  give(copy: Buffer): void {
    this.free.push(copy);
  }

  /** Releases the page's share of the budget (the page left the cache; its copies go with it). */
  release(): void {
    this.budget.used -= this.held;
    this.held = 0;
    this.free.length = 0;
  }

  private allocate(): Buffer | null {
    if (this.budget.used + this.length > this.budget.limit) return null;
    this.budget.used += this.length;
    this.held += this.length;
    const copy = Buffer.allocUnsafeSlow(this.length);
    let offset = 0;
    this.chunks.forEach((chunk, i) => {
      if (i > 0) offset += this.tokenLength;
      offset += chunk.copy(copy, offset);
    });
    return copy;
  }
}
