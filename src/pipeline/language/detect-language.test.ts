import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage, normalizeLanguageTag } from './index.js';

describe('detectLanguage', () => {
  it('decides Chinese, Japanese and Korean by script', () => {
    assert.equal(detectLanguage('国家统计局周一发布的数据显示，三月份工业增加值同比增长百分之六。').language, 'zh');
    assert.equal(detectLanguage('東京証券取引所は月曜日、新しい取引システムを導入すると発表した。').language, 'ja');
    assert.equal(detectLanguage('서울시는 월요일 새로운 대중교통 정책을 발표했다.').language, 'ko');
    assert.equal(detectLanguage('台積電週一表示，先進封裝產能將於明年倍增。').language, 'zh');
  });

  it('takes a few kana among Han characters as Japanese', () => {
    assert.equal(detectLanguage('日本銀行総裁は金融政策決定会合後の記者会見で発言した').language, 'ja');
  });

  it('identifies Latin, Cyrillic, Arabic and Devanagari languages statistically', () => {
    const samples: Array<[string, string]> = [
      ['The central bank raised interest rates for the third time this year, citing persistent inflation.', 'en'],
      ['Die Bundesregierung will den Ausbau der Windenergie an Land deutlich beschleunigen.', 'de'],
      ['Le gouvernement a présenté mercredi un projet de loi sur la réforme des retraites.', 'fr'],
      ['El Gobierno aprobó este martes una nueva ley de vivienda que limita los alquileres.', 'es'],
      ['Il governo ha approvato ieri il decreto sulle nuove regole per le energie rinnovabili.', 'it'],
      ['O governo anunciou nesta quarta-feira um novo pacote de investimentos em infraestrutura.', 'pt'],
      ['De gemeente heeft besloten om het parkeertarief in het centrum volgend jaar te verhogen.', 'nl'],
      ['Rząd przyjął we wtorek projekt ustawy o odnawialnych źródłach energii.', 'pl'],
      ['Hükümet, yenilenebilir enerji yatırımlarını artırmak için yeni bir teşvik paketi açıkladı.', 'tr'],
      ['Правительство в среду одобрило законопроект о развитии возобновляемой энергетики.', 'ru'],
      ['أعلنت الحكومة يوم الأربعاء عن خطة جديدة لدعم مشاريع الطاقة المتجددة في البلاد.', 'ar'],
      ['सरकार ने बुधवार को नवीकरणीय ऊर्जा परियोजनाओं के लिए नई योजना की घोषणा की।', 'hi'],
      ['Chính phủ đã công bố kế hoạch mới nhằm thúc đẩy phát triển năng lượng tái tạo.', 'vi'],
      ['Pemerintah mengumumkan rencana baru untuk mempercepat pembangunan energi terbarukan.', 'id'],
    ];
    for (const [text, expected] of samples) assert.equal(detectLanguage(text).language, expected, text);
  });

  it('uses the hint when the text is too thin to decide', () => {
    assert.deepEqual(detectLanguage('12:30 — 2025', 'de-DE'), { language: 'de', confidence: 0 });
    assert.equal(detectLanguage('', 'fr').language, 'fr');
    assert.equal(detectLanguage('', null).language, null);
  });

  it('trusts a declared language that statistics find about as likely', () => {
    assert.equal(detectLanguage('Hola, ¿qué tal?', 'es').language, 'es');
  });

  it('reports high confidence for a clear paragraph', () => {
    const result = detectLanguage(
      'The harbour board voted on Thursday to approve the expansion of the northern quay, after two years of consultation with residents.',
    );
    assert.equal(result.language, 'en');
    assert.ok(result.confidence >= 0.5);
  });
});

describe('normalizeLanguageTag', () => {
  it('reduces declared tags to ISO 639-1', () => {
    assert.equal(normalizeLanguageTag('en-US'), 'en');
    assert.equal(normalizeLanguageTag('zh_Hant_TW'), 'zh');
    assert.equal(normalizeLanguageTag('deu'), 'de');
    assert.equal(normalizeLanguageTag('x'), null);
    assert.equal(normalizeLanguageTag(null), null);
  });
});
