/** Outgoing mail as a port: the recap is sent through it, and tests can swap in a real local SMTP server. */
import type { Result } from '../shared/result.js';

export interface MailMessage {
  from: string;
  to: string[];
  subject: string;
  /** The plain-text part (the recap's Markdown). */
  text: string;
  /** The HTML part. */
  html: string;
  /** Extra headers, e.g. List-Id. */
  headers?: Record<string, string>;
}

export interface MailReceipt {
  messageId: string;
  accepted: string[];
  rejected: string[];
}

export interface Mailer {
  /** Sends one message; a refused connection or recipient is a failure value, not a throw. */
  send(message: MailMessage): Promise<Result<MailReceipt>>;
  /** Closes pooled connections. */
  close(): Promise<void>;
}
