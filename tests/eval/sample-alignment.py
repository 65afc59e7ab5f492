#!/usr/bin/env python3
"""Rows of the sample corpus against a hand-made alignment.

usage: sample-alignment.py PARALLAX_CLI [CORPUS GOLD]

GOLD groups the sentences of CORPUS that report the same statement; by
default the sample (data/sample, tests/data/sample-alignment.tsv) and the
German and Hindi test corpora (tests/data/corpus-de, corpus-hi, with
tests/data/corpus-de-alignment.tsv, corpus-hi-alignment.tsv), in turn. Of the pairs of sentences from two
outlets that share a row, how many are in one group (precision), and of
the pairs in one group, how many share a row (recall)? Prints both, and
the pairs that are wrong either way.
"""

import itertools, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.normpath(os.path.join(HERE, '..', '..'))


def main():
    if len(sys.argv) not in (2, 4):
        sys.exit(__doc__)
    if len(sys.argv) == 4:
        score(sys.argv[1], sys.argv[2], sys.argv[3])
        return
    data = os.path.join(SOURCE, 'tests', 'data')
    for corpus, gold in ((os.path.join(SOURCE, 'data', 'sample'), 'sample-alignment.tsv'),
                         (os.path.join(data, 'corpus-de'), 'corpus-de-alignment.tsv'),
                         (os.path.join(data, 'corpus-hi'), 'corpus-hi-alignment.tsv')):
        print(f'== {os.path.relpath(corpus, SOURCE)}')
        score(sys.argv[1], corpus, os.path.join(data, gold))


def score(cli, corpus, gold_path):

    export = json.loads(subprocess.run([cli, 'export', '--compact', corpus], check=True,
                                       capture_output=True, text=True).stdout)
    key = {}    # (file, index) -> (file, prefix)
    by_prefix = {}
    for article in export['articles']:
        for sentence in article['sentences']:
            k = (article['file'], sentence['index'])
            by_prefix[(article['file'], sentence['text'][:60])] = k
            key[k] = sentence['text']

    groups = {}
    for line in open(gold_path, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        group, file, prefix = line.rstrip('\n').split('\t')
        k = by_prefix.get((file, prefix))
        if k is None:
            sys.exit(f'{gold_path}: no sentence of {file} starts with "{prefix}"')
        groups.setdefault(group, []).append(k)

    gold = set()
    for members in groups.values():
        for a, b in itertools.combinations(members, 2):
            if a[0] != b[0]:
                gold.add(frozenset((a, b)))

    found = set()
    for row in export['rows']:
        members = [(m['article'], m['sentence']) for m in row['members']]
        files = {a['id']: a['file'] for a in export['articles']}
        members = [(files[a], s) for a, s in members]
        for a, b in itertools.combinations(members, 2):
            if a[0] != b[0]:
                found.add(frozenset((a, b)))

    right = found & gold
    precision = len(right) / len(found) if found else 0.0
    recall = len(right) / len(gold) if gold else 0.0
    for title, pairs in (('sharing a row, not the same statement', found - gold),
                         ('the same statement, not sharing a row', gold - found)):
        print(f'{title}: {len(pairs)}')
        for pair in sorted(pairs, key=sorted):
            a, b = sorted(pair)
            print(f'  {a[0][:3]}.{a[1]} {key[a][:70]}\n  {b[0][:3]}.{b[1]} {key[b][:70]}\n')
    print(f'pairs: {len(found)} sharing a row, {len(gold)} in the hand-made alignment, {len(right)} in both')
    print(f'precision {precision:.3f}  recall {recall:.3f}  F1 {2 * precision * recall / (precision + recall) if right else 0:.3f}')


if __name__ == '__main__':
    main()
