#!/usr/bin/env python3
"""Sentence-similarity ROC AUC of Parallax on the ECB+ sentence pairs.

usage: similarity-auc.py PARALLAX_CLI [EVAL_DIR]

EVAL_DIR defaults to ../shared/eval beside the source tree; it holds
ecbplus/<topic>/pairs.tsv, sentence pairs from news articles made from
the ECB+ corpus (Cybulska and Vossen, LREC 2014; CC BY 3.0), labelled 1
when the two sentences mention the same real-world event. Without it the
script says so and exits 0: the data is not part of the project.

Each topic's pairs go to `parallax-cli similarity` as one corpus (lines
TEXT1<TAB>TEXT2, so the IDF comes from that topic's sentences), and the
ROC AUC is computed over all pairs pooled, ties counted as halves.
"""
import glob, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def auc(scores, labels):
    pairs = sorted(zip(scores, labels))
    pos = sum(labels)
    neg = len(labels) - pos
    rank_sum, i = 0.0, 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            j += 1
        rank_sum += (i + j + 1) / 2.0 * sum(l for _, l in pairs[i:j])
        i = j
    return (rank_sum - pos * (pos + 1) / 2.0) / (pos * neg)


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    cli = sys.argv[1]
    data = sys.argv[2] if len(sys.argv) == 3 else os.path.join(os.path.dirname(ROOT), 'shared', 'eval')
    files = sorted(glob.glob(os.path.join(data, 'ecbplus', '*', 'pairs.tsv')))
    if not files:
        print(f'no ECB+ pairs under {data}: nothing to measure')
        return
    scores, labels = [], []
    for path in files:
        with open(path, encoding='utf-8') as f:
            rows = [line.rstrip('\n').split('\t') for line in f][1:]
        r = subprocess.run([cli, 'similarity'], input=''.join(f'{x[1]}\t{x[3]}\n' for x in rows),
                           capture_output=True, text=True)
        out = r.stdout.splitlines()
        if r.returncode != 0 or len(out) != len(rows):
            sys.exit(f'similarity failed on {path}: {r.stderr.strip()[:200]}')
        scores += [float(line.split('\t')[0]) for line in out]
        labels += [int(x[4]) for x in rows]
    print(f'ECB+ pairs: ROC AUC {auc(scores, labels):.3f} over {len(labels)} pairs in {len(files)} topics')


if __name__ == '__main__':
    main()
