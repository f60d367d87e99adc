/**
 * `groundwire digest --period week|day [--format md|html|json] [--send]`: the recap of the most-covered
 * stories, every line quoted from a verified brief with numbered sources; printed, or mailed over SMTP.
 * Exit codes: 0 done (or nothing to send), 1 the mail server refused, 2 mail not configured or bad flags,
 * 3 sent but some recipients were refused.
 */
import { type Command, Option } from 'commander';
import { type Digest, type DigestPeriod, buildDigest } from '../../../jobs/build-digest.js';
import { digestSubject } from '../../digest/describe.js';
import { renderDigestHtml } from '../../digest/render-html.js';
import { renderDigestMarkdown } from '../../digest/render-markdown.js';
import { commaList } from '../comma-list.js';
import { type CliContext, EXIT, type GlobalOptions, type Services } from '../context.js';

interface DigestFlags {
  period: DigestPeriod;
  format: 'md' | 'html' | 'json';
  send?: boolean;
  to?: string[];
  limit?: number;
}

/** Returns the site address links should use: publicUrl, else the address the server listens on. */
function baseUrlOf(services: Services): string {
  if (services.site.publicUrl) return services.site.publicUrl.replace(/\/+$/, '');
  const host = ['0.0.0.0', '::', ''].includes(services.settings.host) ? 'localhost' : services.settings.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${services.settings.port}`;
}

function print(context: CliContext, digest: Digest, format: DigestFlags['format'], base: string): void {
  if (format === 'json') context.stdout(`${JSON.stringify(digest, null, 2)}\n`);
  else context.stdout(format === 'html' ? renderDigestHtml(digest, base) : renderDigestMarkdown(digest, base));
}

async function send(context: CliContext, services: Services, digest: Digest, flags: DigestFlags): Promise<number> {
  if (!services.mailer) {
    context.stderr(
      'Mail is not configured: set smtpHost (GROUNDWIRE_SMTP_HOST) to your SMTP server, with smtpPort, smtpUser and smtpPassword if it needs them.\n',
    );
    return EXIT.usage;
  }
  const to = flags.to?.length ? flags.to : services.mail.to;
  if (to.length === 0) {
    context.stderr('No recipients: set digestTo (GROUNDWIRE_DIGEST_TO) or pass --to someone@example.org.\n');
    return EXIT.usage;
  }
  if (digest.stories.length === 0) {
    context.stderr(`Nothing sent: no story with a verified brief was active in the past ${digest.period}.\n`);
    return EXIT.ok;
  }
  const base = baseUrlOf(services);
  const result = await services.mailer.send({
    from: services.mail.from,
    to,
    subject: digestSubject(digest),
    text: renderDigestMarkdown(digest, base),
    html: renderDigestHtml(digest, base),
    headers: { 'X-Groundwire-Digest': digest.period },
  });
  if (!result.ok) {
    context.stderr(`The recap was not sent. ${result.error.userMessage ?? result.error.message}\n`);
    return EXIT.failure;
  }
  const { accepted, rejected, messageId } = result.value;
  context.stdout(
    `Sent the ${digest.period === 'day' ? 'daily' : 'weekly'} recap (${digest.stories.length} stories) to ${accepted.join(', ')}: ${messageId}\n`,
  );
  if (rejected.length === 0) return EXIT.ok;
  context.stderr(`The mail server refused: ${rejected.join(', ')}\n`);
  return EXIT.partial;
}

/** Registers the command. */
export function registerDigest(program: Command, context: CliContext): void {
  program
    .command('digest')
    .description(
      'Print or mail the recap: the most-covered stories of the week (or day), every line from a verified brief with numbered sources',
    )
    .addOption(new Option('--period <period>', 'the window the recap covers').choices(['week', 'day']).default('week'))
    .addOption(
      new Option('--format <format>', 'what to print (mail always carries Markdown text and HTML)')
        .choices(['md', 'html', 'json'])
        .default('md'),
    )
    .option('--send', 'mail it over SMTP (smtpHost, smtpFrom, digestTo) instead of printing it')
    .option('--to <list>', 'comma-separated recipients, instead of digestTo', commaList)
    .addOption(
      new Option('--limit <n>', 'most stories to include (default 10 a week, 5 a day)').argParser((value) =>
        Math.max(1, Number.parseInt(value, 10) || 1),
      ),
    )
    .action(async (flags: DigestFlags, command: Command) => {
      const services = await context.services(command.optsWithGlobals<GlobalOptions>());
      try {
        const digest = await buildDigest(services, { period: flags.period, ...(flags.limit ? { limit: flags.limit } : {}) });
        if (flags.send) {
          process.exitCode = await send(context, services, digest, flags);
          return;
        }
        if (digest.stories.length === 0) context.stderr(`No story with a verified brief was active in the past ${digest.period}.\n`);
        print(context, digest, flags.format, baseUrlOf(services));
      } finally {
        await services.close();
      }
    });
}
