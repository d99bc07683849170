// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import {
  mergePieceSpans,
  PageTermCollector,
  splitLongText,
  toRequests,
} from '../../../../entrypoints/content/glossary/page-term-collector';
import { createTermFinder } from '../../../../core/glossary/term-finding';
import { SAMPLE_TERMS } from '../../../core/glossary/sample-glossary';

const finder = createTermFinder(SAMPLE_TERMS);

/** The engine's answer, counted: which texts were asked about. */
function countingEngine() {
  const asked: string[][] = [];
  return {
    asked,
    findTerms: async (texts: string[]) => {
      asked.push([...texts]);
      return finder.find(texts);
    },
  };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('splitting texts for the engine', () => {
  test('a short text is one piece', () => {
    expect(splitLongText('国連とNATO', 100, 10)).toEqual([{ offset: 0, text: '国連とNATO' }]);
  });

  test('a long text is cut into overlapping pieces; a term across a cut is found once, whole', () => {
    const text = 'あいうえおかきくけ国際連合さしすせそNATO';
    const pieces = splitLongText(text, 12, 5);
    expect(pieces.map((p) => p.offset)).toEqual([0, 7, 14]);
    expect(pieces.every((p) => p.text.length <= 12)).toBe(true);
    expect(pieces.map((p) => p.text).join('')).toContain('NATO');
    const spans = mergePieceSpans(
      pieces,
      pieces.map((p) => finder.find([p.text]).occurrences[0]!),
    );
    expect(spans).toEqual(finder.find([text]).occurrences[0]);
  });

  test('requests stay within the count and character limits, in order', () => {
    expect(toRequests(['aa', 'bb', 'cc', 'dd', 'ee'], 2, 100)).toEqual([['aa', 'bb'], ['cc', 'dd'], ['ee']]);
    expect(toRequests(['aaaa', 'bbbb', 'cc'], 10, 6)).toEqual([['aaaa'], ['bbbb', 'cc']]);
    expect(toRequests([], 10, 6)).toEqual([]);
  });
});

describe('PageTermCollector', () => {
  test('the page terms, read through inline elements, with ranges over the text', async () => {
    document.body.innerHTML = '<p>国<b>連</b>とNATOは<a href="#">制裁</a>を議論した。</p><p>NATOの会議。</p>';
    const engine = countingEngine();
    const collector = new PageTermCollector(document, { findTerms: engine.findTerms });
    await collector.refresh();
    expect(collector.terms!.map((t) => [t.id, t.form, t.count])).toEqual([
      ['united-nations', '国連', 1],
      ['nato', 'NATO', 2],
      ['sanctions', '制裁', 1],
    ]);
    expect(collector.ranges('nato').map((r) => r.toString())).toEqual(['NATO', 'NATO']);
    expect(collector.ranges('united-nations').map((r) => r.toString())).toEqual(['国連']);
    expect(collector.ranges()).toHaveLength(4);
  });

  test('a rescan of unchanged text asks the engine nothing; new text is asked about alone', async () => {
    document.body.innerHTML = '<p>国連の会議。</p>';
    const engine = countingEngine();
    const collector = new PageTermCollector(document, { findTerms: engine.findTerms });
    await collector.refresh();
    await collector.refresh();
    expect(engine.asked).toEqual([['国連の会議。']]);
    document.body.insertAdjacentHTML('beforeend', '<p>習近平が来日。</p>');
    await collector.refresh();
    expect(engine.asked).toEqual([['国連の会議。'], ['習近平が来日。']]);
    expect(collector.terms!.map((t) => t.id)).toEqual(['united-nations', 'xi-jinping']);
  });

  test('a page without Japanese has no terms and costs no request', async () => {
    document.body.innerHTML = '<p>NATO and the UN met today.</p>';
    const engine = countingEngine();
    const collector = new PageTermCollector(document, { findTerms: engine.findTerms });
    await collector.refresh();
    expect(collector.terms).toEqual([]);
    expect(engine.asked).toEqual([]);
  });

  test('swapped text nodes (as furigana does) make the scan stale; ensureFresh rescans', async () => {
    document.body.innerHTML = '<p id="p">国連の会議。</p>';
    const collector = new PageTermCollector(document, { findTerms: countingEngine().findTerms });
    await collector.refresh();
    expect(collector.isStale()).toBe(false);
    const p = document.getElementById('p')!;
    const wrapper = document.createElement('yomu-text');
    wrapper.setAttribute('data-yomu', 'text');
    wrapper.append('国連', 'の会議。');
    p.firstChild!.replaceWith(wrapper);
    expect(collector.isStale()).toBe(true);
    await collector.ensureFresh();
    expect(collector.isStale()).toBe(false);
    const [range] = collector.ranges('united-nations');
    expect(range!.toString()).toBe('国連');
    expect(range!.startContainer.parentElement).toBe(wrapper);
  });

  test('watching: page changes are picked up after the quiet time; our own panel host is not a change', async () => {
    document.body.innerHTML = '<p>国連の会議。</p>';
    let changes = 0;
    const engine = countingEngine();
    const collector = new PageTermCollector(document, {
      findTerms: engine.findTerms,
      onChange: () => changes++,
      debounceMs: 20,
      maxWaitMs: 100,
    });
    await collector.watch();
    expect(changes).toBe(1);
    const host = document.createElement('div');
    host.setAttribute('data-yomu', 'glossary-panel');
    document.documentElement.append(host);
    await new Promise((r) => setTimeout(r, 80));
    expect(changes).toBe(1);
    document.body.insertAdjacentHTML('beforeend', '<p>NATOの会議。</p>');
    await expect.poll(() => changes, { timeout: 1000 }).toBe(2);
    expect(collector.terms!.map((t) => t.id)).toEqual(['united-nations', 'nato']);
    collector.dispose();
    document.body.insertAdjacentHTML('beforeend', '<p>制裁。</p>');
    await new Promise((r) => setTimeout(r, 80));
    expect(changes).toBe(2);
  });

  test('an engine failure is kept as the error, and the next scan clears it', async () => {
    document.body.innerHTML = '<p>国連の会議。</p>';
    let fail = true;
    const collector = new PageTermCollector(document, {
      findTerms: async (texts) => {
        if (fail) throw new Error('The engine is not there');
        return finder.find(texts);
      },
    });
    await collector.refresh();
    expect(collector.error).toBe('The engine is not there');
    expect(collector.terms).toEqual([]);
    fail = false;
    await collector.refresh();
    expect(collector.error).toBeUndefined();
    expect(collector.terms!.map((t) => t.id)).toEqual(['united-nations']);
  });
});
