#!/usr/bin/python3
"""Checks the labels of the ledger's events, as an editor reads them.

usage: event-labels.py PARALLAX_CLI [CORPUS...]

A label passes when it starts with a capital letter (not with a figure or
punctuation), has 2 to 18 words, does not end with a function word (the
Snowball stop words of its language, data/rules/stopwords-LL.txt, but for
the pronouns that may end a clause: "met them"), with a figure ("a 25",
"25 per"; a date's own figures may end it: "on June 30"), or with opening punctuation, and leaves no bracket or quotation
mark open. Prints each corpus's share of passing labels and the labels that
fail. Without CORPUS: the sample (data/sample) and, when ../shared/eval is
beside the project, every ECB+ event folder in it (a corpus each).
"""
import glob, json, os, re, subprocess, sys

SOURCE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLAUSE_END_PRONOUNS = {
    'me', 'him', 'her', 'us', 'them', 'it', 'you', 'myself', 'himself', 'herself', 'itself',
    'ourselves', 'themselves', 'yourself', 'yourselves', 'mine', 'yours', 'hers', 'ours', 'theirs',
    'again', 'once', 'here', 'there', 'out', 'up', 'down', 'off', 'over', 'too',
    # German, French, Spanish pronouns that end clauses
    'ihn', 'ihm', 'sie', 'ihnen', 'es', 'uns', 'euch', 'lui', 'eux', 'elle', 'elles', 'ellos', 'ellas',
}
OPENING = '([{“‘«„-–—'
PAIRS = (('(', ')'), ('[', ']'), ('“', '”'), ('«', '»'))


def stopwords(language):
    path = os.path.join(SOURCE, 'data', 'rules', f'stopwords-{language}.txt')
    if not os.path.exists(path):
        return set()
    with open(path, encoding='utf-8') as f:
        return {line.strip().lower() for line in f if line.strip() and not line.startswith('#')}


def problem(label, stop, dates):
    words = label.split()
    if not 2 <= len(words) <= 18:
        return f'{len(words)} words'
    first = label[0]
    if not (first.isalpha() and (first.isupper() or first.lower() == first.upper())):
        return 'does not start with a capital'
    last = words[-1].strip('.,;:!?”’»)]')
    bare = last.lower().strip('“‘«([')
    if label[-1] in OPENING:
        return 'ends with opening punctuation'
    ends_with_date = any(date and label.rstrip('.,;:!?”’»)]"').endswith(date) for date in dates)
    time_of_day = re.fullmatch(r'\d{1,2}([:.]\d\d)?(am|pm|a\.m\.?|p\.m\.?)', bare)
    if re.match(r'\d', last) and not re.search(r'[%$€£₹]|\d{4}', last) and not ends_with_date and not time_of_day:
        return 'ends with a figure'
    if bare in ('per', 'cent', 'percent', 'million', 'billion', 'crore', 'lakh'):
        return 'ends inside a figure'
    if bare in stop and bare not in CLAUSE_END_PRONOUNS:
        return f'ends with “{bare}”'
    for opening, closing in PAIRS:
        if label.count(opening) > label.count(closing):
            return f'leaves {opening} open'
    if label.count('"') % 2:
        return 'leaves " open'
    return None


def check(cli, corpus):
    run = subprocess.run([cli, 'export', '--compact', corpus], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f'{corpus}: parallax-cli export failed: {run.stderr.strip()[:300]}')
    export = json.loads(run.stdout)
    languages = {a['id']: a.get('language') or 'en' for a in export['articles']}
    failures = []
    events = export['facts']['events']
    for event in events:
        language = languages.get(event['mentions'][0]['article'], 'en')[:2] if event['mentions'] else 'en'
        dates = [m['text'].strip() for m in event['mentions']]
        why = problem(event['label'], stopwords(language), dates)
        if why:
            failures.append((event['date'], event['label'], why))
    return len(events), failures


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    cli = sys.argv[1]
    corpora = sys.argv[2:]
    if not corpora:
        corpora = [os.path.join(SOURCE, 'data', 'sample')]
        shared = os.path.join(os.path.dirname(SOURCE), 'shared', 'eval', 'ecbplus')
        if os.path.isdir(shared):
            corpora += sorted(glob.glob(os.path.join(shared, '*', 'articles')))
        else:
            print(f'{shared} is absent: the sample only')
    total = passed = 0
    worst = []
    for corpus in corpora:
        n, failures = check(cli, corpus)
        total += n
        passed += n - len(failures)
        share = (n - len(failures)) / n if n else 1.0
        worst.append((share, corpus))
        name = os.path.relpath(corpus, os.path.dirname(SOURCE))
        print(f'{name}: {n - len(failures)} of {n} labels pass ({100 * share:.1f}%)')
        for date, label, why in failures:
            print(f'    {date:11} {label}  [{why}]')
    if len(corpora) > 1:
        share, corpus = min(worst)
        print(f'all: {passed} of {total} labels pass ({100 * passed / max(total, 1):.1f}%); '
              f'worst {os.path.relpath(corpus, os.path.dirname(SOURCE))} {100 * share:.1f}%; '
              f'{sum(1 for s, _ in worst if s < 0.95)} corpora below 95%')


if __name__ == '__main__':
    main()
