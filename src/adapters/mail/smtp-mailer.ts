/** The Mailer port over SMTP with nodemailer: one connection per send (a recap is a few messages a week). */
import nodemailer from 'nodemailer';
import type { MailMessage, MailReceipt, Mailer } from '../../ports/mailer.js';
import { type Result, fail, ok } from '../../shared/result.js';

export interface SmtpSettings {
  host: string;
  port: number;
  user: string | null;
  password: string | null;
  /** Seconds to wait for the server before giving up. */
  timeoutSeconds?: number;
}

function describe(error: Error & { code?: string }, settings: SmtpSettings): string {
  const where = `${settings.host}:${settings.port}`;
  // nodemailer reports socket failures as ESOCKET/ECONNECTION and keeps the system code in the message.
  if (/ECONNREFUSED/.test(`${error.code} ${error.message}`))
    return `Nothing answered at ${where}: check smtpHost and smtpPort, and that the mail server is running.`;
  if (/ENOTFOUND|EAI_AGAIN/.test(error.message)) return `The mail server name ${settings.host} could not be resolved: check smtpHost.`;
  if (error.code === 'EAUTH') return `The mail server at ${where} refused the login: check smtpUser and smtpPassword.`;
  if (error.code === 'ETIMEDOUT' || error.code === 'ECONNECTION' || error.code === 'ESOCKET')
    return `The mail server at ${where} could not be reached (${error.message}): check smtpHost and smtpPort.`;
  if (error.code === 'EENVELOPE')
    return `The mail server refused the sender or recipients: check smtpFrom and digestTo (${error.message}).`;
  return `The mail server at ${where} did not accept the message: ${error.message}`;
}

/** Builds an SMTP mailer; port 465 speaks TLS from the start, others upgrade with STARTTLS when offered. */
export function createSmtpMailer(settings: SmtpSettings): Mailer {
  const timeout = (settings.timeoutSeconds ?? 30) * 1000;
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.port === 465,
    auth: settings.user ? { user: settings.user, pass: settings.password ?? '' } : undefined,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  return {
    async send(message: MailMessage): Promise<Result<MailReceipt>> {
      try {
        const info = await transport.sendMail({
          from: message.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          headers: message.headers,
        });
        const addresses = (list: unknown[]) =>
          list.map((entry) => (typeof entry === 'string' ? entry : (entry as { address: string }).address));
        return ok({ messageId: info.messageId, accepted: addresses(info.accepted), rejected: addresses(info.rejected) });
      } catch (error) {
        const userMessage = describe(error as Error, settings);
        return fail('mail', (error as { code?: string }).code ?? 'send-failed', (error as Error).message, { userMessage, cause: error });
      }
    },
    async close() {
      transport.close();
    },
  };
}
