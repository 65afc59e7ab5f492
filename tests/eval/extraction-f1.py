#!/usr/bin/env python3
"""Article-extraction F1 of Parallax on saved news pages.

usage: extraction-f1.py PARALLAX_CLI [EVAL_DIR] [--worst N] [--metadata]

EVAL_DIR defaults to ../shared/eval beside the source tree; it holds
article-extraction/html/<id>.html.gz, saved pages from the Article
Extraction Benchmark (scrapinghub/article-extraction-benchmark, MIT
licence), and article-extraction/ground-truth.json, the human-checked
article body of each. Without it the script says so and exits 0: the
data is not part of the project.

The pages are written as .html files into a temporary folder and read
with `parallax-cli export --format=json FOLDER`. An article's body is the
text of its sentences with role body or heading, joined by spaces. The
metric is the benchmark's own: both texts are split into \\w+ tokens and
cut into 4-token shingles (with counts); per page, precision and recall
of the shingles; precision and recall are the means over pages, and F1
is computed from those two means.

--worst N lists the N pages with the lowest F1; --metadata prints how
many pages got a title, an outlet, a date, a URL and a language.
"""
import collections, gzip, json, os, re, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOKEN = re.compile(r'\w+', re.UNICODE)
# Whether a page's markup states a field at all: what the metadata
# coverage is counted against (a rough test of the raw bytes).
MARKUP = {
    'title': rb'(?i)og:title|"headline"|<h1[\s>]',
    'outlet': rb'(?i)og:site_name|"publisher"',
    'date': rb'(?i)published_time|"datePublished"|itemprop=["\']?datePublished|<time[^>]+datetime=',
}


def shingles(text):
    words = TOKEN.findall(text or '')
    return collections.Counter(tuple(words[i:i + 4]) for i in range(max(1, len(words) - 3)) if words[i:i + 4])


def page_scores(truth, found):
    """Precision and recall of one page (None where undefined)."""
    ts, ps = shingles(truth), shingles(found)
    tp = sum(min(ts[x], ps[x]) for x in ts.keys() | ps.keys())
    fp = sum(max(0, ps[x] - ts[x]) for x in ps)
    fn = sum(max(0, ts[x] - ps[x]) for x in ts)
    if fp == fn == 0:
        return 1.0, 1.0
    return (tp / (tp + fp) if tp + fp else None), (tp / (tp + fn) if tp + fn else None)


def main(argv):
    args = [a for a in argv[1:] if not a.startswith('--')]
    worst = int(argv[argv.index('--worst') + 1]) if '--worst' in argv else 0
    if worst:
        args.remove(str(worst))
    if not args:
        sys.exit(__doc__)
    cli = args[0]
    eval_dir = args[1] if len(args) > 1 else os.path.join(ROOT, '..', 'shared', 'eval')
    src = os.path.join(eval_dir, 'article-extraction')
    if not os.path.isfile(os.path.join(src, 'ground-truth.json')):
        print(f'{src}: not found; the evaluation data is not part of the project, nothing measured')
        return 0

    gold = json.load(open(os.path.join(src, 'ground-truth.json')))
    folder = tempfile.mkdtemp(prefix='plx-extraction-')
    carries = collections.defaultdict(set)
    try:
        for key in gold:
            with gzip.open(os.path.join(src, 'html', key + '.html.gz')) as page:
                data = page.read()
            open(os.path.join(folder, key + '.html'), 'wb').write(data)
            for field, pattern in MARKUP.items():
                if re.search(pattern, data):
                    carries[field].add(key)
        run = subprocess.run([cli, 'export', '--format=json', folder], capture_output=True, text=True)
    finally:
        shutil.rmtree(folder)
    if run.returncode != 0:
        sys.exit(f'export failed: {run.stderr.strip()[:300]}')

    articles = {}
    for article in json.loads(run.stdout).get('articles', []):
        key = os.path.splitext(os.path.basename(str(article.get('file', article.get('id')))))[0]
        articles[key] = article

    precisions, recalls, per_page = [], [], []
    for key, truth in gold.items():
        article = articles.get(key, {})
        body = ' '.join(s.get('text', '') for s in article.get('sentences', [])
                        if s.get('role') in ('body', 'heading'))
        p, r = page_scores(truth.get('articleBody', ''), body)
        if p is not None:
            precisions.append(p)
        if r is not None:
            recalls.append(r)
        pp, rr = p or 0.0, r or 0.0
        per_page.append((2 * pp * rr / (pp + rr) if pp + rr else 0.0, pp, rr, key))

    p = sum(precisions) / len(precisions)
    r = sum(recalls) / len(recalls)
    print(f'article extraction, {len(gold)} pages: F1 {2 * p * r / (p + r):.3f} '
          f'precision {p:.3f} recall {r:.3f} '
          f'(trafilatura 0.958, Readability.js 0.947, readability-lxml 0.922 on the full 181)')

    if '--metadata' in argv:
        for field in ('title', 'outlet', 'date', 'url', 'language'):
            n = sum(1 for a in articles.values() if a.get(field))
            line = f'  {field}: {n}/{len(gold)} pages'
            if field in carries:
                have = carries[field]
                got = sum(1 for k in have if articles.get(k, {}).get(field))
                line += f'; {got}/{len(have)} ({100 * got / max(1, len(have)):.0f}%) of the pages whose markup has one'
            print(line)

    for f1, pp, rr, key in sorted(per_page)[:worst]:
        print(f'  {f1:.3f} P {pp:.3f} R {rr:.3f} {key[:16]} {gold[key].get("url", "")}')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
