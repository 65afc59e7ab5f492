#!/usr/bin/python3
"""Measures the copies Parallax finds (agency re-runs), on ECB+.

usage: copies.py PARALLAX_CLI [--eval-dir DIR] [--verbose]

For each event folder of ../shared/eval/ecbplus (its articles as one
corpus), `parallax-cli export` gives each article's `copy_of`. This
program measures, on its own terms, how much two articles share: the
fraction of the shorter one's 8-word sequences (lower-cased words and
numbers of its sentences, from the export) found in the other. Then:

  must     pairs sharing >= 60%: each must be linked, directly (one is
           copy_of the other) or through other copies (one group);
  must not pairs sharing <= 20%: none may be linked directly.

Prints the counts and every failure. Exits 0 without figures when
../shared/eval is absent, 1 when a pair is wrong.
"""
import argparse, glob, itertools, json, os, re, subprocess, sys

SOURCE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORD = re.compile(r'\w+')


def shingles(article):
    words = [w.lower() for s in article['sentences'] for w in WORD.findall(s['text'])]
    return {tuple(words[i:i + 8]) for i in range(len(words) - 7)}


def group_of(parent, a):
    while parent.get(a, a) != a:
        a = parent[a]
    return a


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('cli')
    parser.add_argument('--eval-dir', default=os.path.join(SOURCE, '..', 'shared', 'eval'))
    parser.add_argument('--verbose', action='store_true')
    args = parser.parse_args()

    folders = sorted(glob.glob(os.path.join(args.eval_dir, 'ecbplus', '*', 'articles')))
    if not folders:
        print(f'copies: no ECB+ folders under {args.eval_dir}: nothing measured')
        return 0

    must = must_not = failures = links = 0
    for folder in folders:
        name = os.path.basename(os.path.dirname(folder))
        export = json.loads(subprocess.run([args.cli, 'export', '--compact', folder],
                                           capture_output=True, check=True).stdout)
        articles = {a['id']: a for a in export['articles']}
        sets = {i: shingles(a) for i, a in articles.items()}
        direct = set()
        parent = {}
        for a in export['articles']:
            if 'copy_of' in a:
                links += 1
                direct.add(frozenset((a['id'], a['copy_of']['article'])))
                parent[group_of(parent, a['id'])] = group_of(parent, a['copy_of']['article'])
                if args.verbose:
                    print(f"{name}: {a['id']} copy of {a['copy_of']['article']} ({a['copy_of']['share']})")
        for x, y in itertools.combinations(articles, 2):
            shorter = min(len(sets[x]), len(sets[y]))
            if shorter == 0:
                continue
            share = len(sets[x] & sets[y]) / shorter
            if share >= 0.6:
                must += 1
                if group_of(parent, x) != group_of(parent, y):
                    failures += 1
                    print(f'{name}: {x} and {y} share {share:.2f} but are not linked')
            elif share <= 0.2:
                must_not += 1
                if frozenset((x, y)) in direct:
                    failures += 1
                    print(f'{name}: {x} and {y} share {share:.2f} but are linked')

    print(f'copies: {len(folders)} folders, {links} copy_of links; '
          f'{must} pairs sharing >= 60% (all linked: {"yes" if failures == 0 else "no"}), '
          f'{must_not} pairs sharing <= 20%; {failures} wrong')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
