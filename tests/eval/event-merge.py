#!/usr/bin/python3
"""Measures how the ledger groups dated mentions into events, on ECB+.

usage: event-merge.py PARALLAX_CLI [--eval-dir DIR] [--verbose]

ECB+ (../shared/eval/ecbplus, see its README) labels pairs of sentences
from different articles: 1 when the two mention the same real-world
event. For each event folder, `parallax-cli export` gives the ledger; each
mention of an entry of kind "event" (dated, or an undated report that
shares a dated mention's row) is matched to its sentence in pairs.tsv (by
article and text, whitespace ignored). Over the pairs of pairs.tsv whose
two sentences are both such mentions:

  precision  of the pairs whose mentions share one ledger entry, the share
             labelled 1 (one entry, one event);
  recall     of the pairs labelled 1, the share in one entry (every
             mention of an event together).

A pair of mentions with different dates counts too: one entry may hold an
event that outlets date differently. Prints the figures pooled over all
folders and for the worst folders. The ledger was not tuned on these
folders; the sample corpus (data/sample) is where its rules were written.
Exits 0 without figures when ../shared/eval is absent.
"""
import argparse, glob, json, os, re, subprocess, sys

SOURCE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def key(text):
    return re.sub(r'\W+', '', text).lower()


def folder_figures(cli, folder):
    result = subprocess.run([cli, 'export', '--compact', folder], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f'parallax-cli export {folder} failed: {result.stderr.strip()[:300]}')
    data = json.loads(result.stdout)
    texts = {(a['id'], s['index']): s['text'] for a in data['articles'] for s in a['sentences']}
    # (article, sentence key) -> the entries its dated event mentions are in
    entries = {}
    for n, event in enumerate(data['facts']['events']):
        if event.get('kind', 'event') != 'event':
            continue
        for mention in event['mentions']:
            article = os.path.basename(mention['article'])
            entries.setdefault((article, key(texts[(mention['article'], mention['sentence'])])), set()).add(n)

    def find(article, text):
        k = key(text)
        if (article, k) in entries:
            return entries[(article, k)]
        # The segmenters differ: a Parallax sentence may hold the annotated one.
        for (a, s), found in entries.items():
            if a == article and len(k) > 20 and (k in s or s in k):
                return found
        return None

    together = together_right = positives = positives_together = pairs = 0
    with open(os.path.join(folder, 'pairs.tsv'), encoding='utf-8') as f:
        rows = [line.rstrip('\n').split('\t') for line in f][1:]
    for article1, text1, article2, text2, label in rows:
        a, b = find(article1, text1), find(article2, text2)
        if a is None or b is None:
            continue
        same = bool(a & b)
        pairs += 1
        together += same
        together_right += same and label == '1'
        positives += label == '1'
        positives_together += same and label == '1'
    return together, together_right, positives, positives_together, len(data['facts']['events']), pairs


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('cli')
    parser.add_argument('--eval-dir', default=os.path.join(os.path.dirname(SOURCE), 'shared', 'eval'))
    parser.add_argument('--verbose', action='store_true')
    args = parser.parse_args()

    folders = sorted(glob.glob(os.path.join(args.eval_dir, 'ecbplus', '*', 'pairs.tsv')))
    if not folders:
        print(f'event-merge: no ECB+ folders under {args.eval_dir}: nothing measured')
        return
    totals = [0, 0, 0, 0, 0, 0]
    per = []
    for path in folders:
        folder = os.path.dirname(path)
        figures = folder_figures(args.cli, folder)
        totals = [t + f for t, f in zip(totals, figures)]
        together, right, positives, found, _, _ = figures
        per.append((right / together if together else None, found / positives if positives else None,
                    os.path.basename(folder), together, positives))
        if args.verbose:
            print(f'  {os.path.basename(folder):12} together {together:4} right {right:4}  positives {positives:4} together {found:4}')
    together, right, positives, found, n_entries, pairs = totals
    print(f'ECB+ event grouping over {len(folders)} folders ({n_entries} ledger entries): '
          f'precision {right / max(together, 1):.3f} ({right} of {together} pairs in one entry are one event), '
          f'recall {found / max(positives, 1):.3f} ({found} of {positives} pairs of one event in one entry)')
    print(f'  {pairs} labelled pairs of mentions, {positives / max(pairs, 1):.3f} of them one event')
    worst = sorted((p, n, t) for p, _, n, t, _ in per if p is not None and t >= 5)[:3]
    print('  lowest precision: ' + ', '.join(f'{n} {p:.2f} ({t} pairs)' for p, n, t in worst))


if __name__ == '__main__':
    main()
