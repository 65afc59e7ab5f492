#!/usr/bin/env python3
"""Sentence-boundary F1 of `parallax-cli segment` on the ECB+ news articles.

usage: segment-boundary-f1.py PARALLAX_CLI [EVAL_DIR]

EVAL_DIR defaults to ../shared/eval beside the source tree; it holds
ecbplus/<topic>/articles/*.txt and ecbplus/<topic>/sentences.tsv, the
annotators' sentences of every article (see its README.md). Without it
the script says so and exits 0: the data is not part of the project.

Each article is segmented with `segment --lang=en --format=json FILE`.
Sentences are placed in the article by their characters other than
white space (the data was rebuilt from tokens, so its spacing differs
from the original text's); a boundary is the end of a sentence that is
not the end of the article. Precision, recall and F1 are pooled over all
articles, and given twice: for every boundary, and for those inside a
line only (a line end is a boundary for the segmenter by definition).
"""
import glob, json, os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def nonspace_ends(sentences):
    """End offsets of the sentences in the text's non-space characters."""
    ends, k = [], 0
    for s in sentences:
        k += len(re.sub(r'\s', '', s))
        ends.append(k)
    return ends


def line_end_offsets(text):
    """Non-space offsets at which a line with content ends."""
    offsets, k = set(), 0
    for line in text.splitlines():
        k += len(re.sub(r'\s', '', line))
        offsets.add(k)
    return offsets


def read_gold(topic):
    gold = {}
    with open(os.path.join(topic, 'sentences.tsv'), encoding='utf-8') as f:
        next(f)
        for row in f:
            article, index, text = row.rstrip('\n').split('\t', 2)
            gold.setdefault(article, []).append((int(index), text))
    return {a: [t for _, t in sorted(s)] for a, s in gold.items()}


def segment(cli, path):
    r = subprocess.run([cli, 'segment', '--lang=en', '--format=json', path],
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f'{path}: parallax-cli segment failed: {r.stderr.strip()[:200]}')
    return json.loads(r.stdout)


class Counts:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, gold, predicted):
        self.tp += len(gold & predicted)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    def line(self, name):
        p = self.tp / max(1, self.tp + self.fp)
        r = self.tp / max(1, self.tp + self.fn)
        f = 2 * p * r / (p + r) if p + r else 0.0
        return (f'{name}: F1 {f:.4f} (precision {p:.4f}, recall {r:.4f}; '
                f'{self.tp + self.fn} gold boundaries, {self.fp} false, {self.fn} missed)')


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    cli = sys.argv[1]
    eval_dir = sys.argv[2] if len(sys.argv) == 3 else os.path.join(ROOT, '..', 'shared', 'eval')
    topics = sorted(glob.glob(os.path.join(eval_dir, 'ecbplus', '*', 'sentences.tsv')))
    if not topics:
        print(f'no ECB+ data under {eval_dir}: nothing to measure')
        return 0

    every, inside, articles = Counts(), Counts(), 0
    for tsv in topics:
        topic = os.path.dirname(tsv)
        for article, sentences in sorted(read_gold(topic).items()):
            path = os.path.join(topic, 'articles', article + '.txt')
            with open(path, encoding='utf-8') as f:
                text = f.read()
            gold = nonspace_ends(sentences)
            predicted = nonspace_ends(segment(cli, path))
            if predicted[-1:] != gold[-1:]:
                sys.exit(f'{path}: the sentences do not cover the text')
            gold, predicted = set(gold[:-1]), set(predicted[:-1])
            lines = line_end_offsets(text)
            every.add(gold, predicted)
            inside.add(gold - lines, predicted - lines)
            articles += 1

    print(f'ECB+ sentence boundaries, {articles} articles')
    print(every.line('all boundaries'))
    print(inside.line('inside lines'))
    return 0


if __name__ == '__main__':
    sys.exit(main())
