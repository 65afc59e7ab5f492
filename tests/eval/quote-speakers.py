#!/usr/bin/python3
"""Checks the speakers of the ledger's quotations on real news.

usage: quote-speakers.py PARALLAX_CLI [--eval-dir DIR] [--verbose]

For the sample corpus (data/sample) and each ECB+ event folder
(../shared/eval/ecbplus/*/articles, see its README), runs `parallax-cli
facts --format=json` and checks every quotation's speaker: never a
pronoun, a weekday or a month (src/facts/plx-quote-speakers.c: unknown
stays unknown). Prints, per corpus and in all, the quotations, how many
have a speaker, and every speaker that fails; exits 1 when one does.
The rules were not written on the ECB+ folders. Without ../shared/eval,
only the sample is checked.
"""
import argparse, glob, json, os, subprocess, sys

SOURCE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BAD = {'he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'his', 'this', 'that',
       'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
       'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
       'october', 'november', 'december'}


def speakers(cli, corpus):
    r = subprocess.run([cli, 'facts', '--format=json', corpus], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f'parallax-cli facts failed on {corpus}: {r.stderr.strip()[:300]}')
    return [q['speaker'] for q in json.loads(r.stdout)['quotes']]


def bad(speaker):
    return speaker is not None and any(word.strip('.,').lower() in BAD for word in speaker.split())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('cli')
    parser.add_argument('--eval-dir', default=os.path.join(os.path.dirname(SOURCE), 'shared', 'eval'))
    parser.add_argument('--verbose', action='store_true')
    args = parser.parse_args()

    corpora = [os.path.join(SOURCE, 'data', 'sample')]
    folders = sorted(glob.glob(os.path.join(args.eval_dir, 'ecbplus', '*', 'articles')))
    if not folders:
        print(f'{args.eval_dir}/ecbplus not found: checking the sample only')
    corpora += folders
    total = named = 0
    failures = []
    for corpus in corpora:
        found = speakers(args.cli, corpus)
        total += len(found)
        named += sum(s is not None for s in found)
        wrong = [s for s in found if bad(s)]
        failures += [(corpus, s) for s in wrong]
        if args.verbose:
            print(f'{os.path.relpath(corpus, os.path.dirname(SOURCE))}: {len(found)} quotations, '
                  f'{sum(s is not None for s in found)} with a speaker: {sorted({s for s in found if s})}')
    for corpus, speaker in failures:
        print(f'FAIL {os.path.relpath(corpus, os.path.dirname(SOURCE))}: speaker "{speaker}"')
    print(f'all: {total} quotations in {len(corpora)} corpora, {named} with a speaker; '
          f'{len(failures)} speakers are a pronoun, a weekday or a month')
    sys.exit(1 if failures else 0)


if __name__ == '__main__':
    main()
