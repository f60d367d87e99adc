import { languageModelContract } from '../../test/contract/language-model-contract.js';
import { createFakeLanguageModel } from './fake-language-model.js';

languageModelContract('fake model', async () => {
  const model = createFakeLanguageModel('fake-model', 300);
  return {
    model,
    script(step) {
      if (step.kind === 'answer')
        model.script({ kind: 'answer', content: step.content, promptTokens: step.promptTokens, completionTokens: step.completionTokens });
      else if (step.kind === 'rate-limited')
        model.script({ kind: 'failure', code: 'rate-limited', retryAfterSeconds: step.retryAfterSeconds });
      else if (step.kind === 'unavailable') model.script({ kind: 'failure', code: 'server-error' });
      else if (step.kind === 'bad-request') model.script({ kind: 'failure', code: 'http-error' });
      else model.script({ kind: 'silence' });
    },
    close: async () => undefined,
  };
});
