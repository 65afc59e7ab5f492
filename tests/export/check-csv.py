#!/usr/bin/python3
"""The CSV exports as a spreadsheet user meets them.

usage: check-csv.py PARALLAX_CLI SAMPLE_DIR

`parallax-cli export --format=csv` and `parallax-cli facts --format=csv`
of the sample corpus, and of a .parallax comparison of it (outlets
named, two rows joined, a note), read back with Python's csv module: one line per
row (per mention) plus the heading, the outlets' names in the heading,
every cell the sentence (the words) the JSON export gives. A corpus whose
sentences hold commas, quotation marks and a would-be formula reads back
whole, the formula made text. Then LibreOffice Calc (`soffice
--headless`, installed by .ci/install-deps) converts the rows to an ODS
spreadsheet and back, as a user opening the file with the import
dialog's UTF-8 does: the cells are the same. Without soffice (the
Flatpak build's test run) that part is skipped, and said.
"""
import csv, io, json, os, shutil, subprocess, sys, tempfile

BOM = '\ufeff'


def run(cli, *args):
    result = subprocess.run([cli, *args], capture_output=True)
    if result.returncode != 0:
        sys.exit(f'parallax-cli {" ".join(args)} failed: {result.stderr.decode()[:300]}')
    return result.stdout


def read_csv(data):
    text = data.decode('utf-8')
    assert text.startswith(BOM), 'no byte order mark'
    assert text.endswith('\r\n'), 'the last record has no CRLF'
    return list(csv.reader(io.StringIO(text[len(BOM):], newline='')))


def check_rows(cli, corpus):
    export = json.loads(run(cli, 'export', corpus))
    rows = read_csv(run(cli, 'export', '--format=csv', corpus))
    articles = export['articles']
    names = [a.get('outlet') or a['id'] for a in articles]
    texts = {(a['id'], s['index']): s['text'] for a in articles for s in a['sentences']}

    edited = any(r.get('corrected') or r.get('note') for r in export['rows'])
    extra = ['corrected', 'note'] if edited else []
    assert rows[0] == ['kind'] + names + extra, f'heading {rows[0]}'
    assert len(rows) == len(export['rows']) + 1, f'{len(rows)} lines for {len(export["rows"])} rows'
    for line, row in zip(rows[1:], export['rows']):
        assert line[0] == row['kind'], (line[0], row['kind'])
        by_article = {}
        for m in row['members']:   # both halves of a statement split in two
            by_article[m['article']] = ' '.join(filter(None, [by_article.get(m['article']),
                                                              texts[(m['article'], m['sentence'])]]))
        expected = [by_article.get(a['id'], '') for a in articles]
        shown = [cell[1:] if cell.startswith("'") and by_article.get(a['id'], '')[:1] in '=+@-' else cell
                 for cell, a in zip(line[1:], articles)]
        assert shown == expected, f'row {row["id"]}: {line[1:]} != {expected}'
        if edited:
            assert line[-2:] == ['yes' if row.get('corrected') else '', row.get('note', '')], line[-2:]
    return rows


def check_facts(cli, corpus):
    facts = json.loads(run(cli, 'facts', '--format=json', corpus))
    lines = read_csv(run(cli, 'facts', '--format=csv', corpus))
    n = sum(len(entry['mentions']) for part in ('tariffs', 'events', 'conflicts', 'quotes', 'terms')
            for entry in facts.get(part, []))
    assert lines[0][:2] == ['type', 'entry'] and lines[0][-4:] == ['outlet', 'article', 'sentence', 'text']
    assert len(lines) == n + 1, f'{len(lines)} lines for {n} mentions'
    assert {line[0] for line in lines[1:]} >= {'figure', 'event', 'quote'}
    quotes = [line for line in lines if line[0] == 'quote' and line[6] == 'Sergio Gor']
    assert quotes and all(line[7] in ('same', 'shortened', 'worded') for line in quotes)


def check_hostile(cli, folder):
    with open(os.path.join(folder, 'a.txt'), 'w', encoding='utf-8') as f:
        f.write('Levies\n\nThe minister said "25, maybe 30 per cent", and left.\n\n'
                '=HYPERLINK("http://example.com","click") was pasted into the page.\n')
    with open(os.path.join(folder, 'b.txt'), 'w', encoding='utf-8') as f:
        f.write('Levies again\n\nThe minister said "25, maybe 30 per cent", and left.\n')
    rows = read_csv(run(cli, 'export', '--format=csv', folder))
    cells = [cell for line in rows[1:] for cell in line[1:] if cell]
    assert 'The minister said "25, maybe 30 per cent", and left.' in cells, cells
    assert any(cell.startswith("'=HYPERLINK(") for cell in cells), cells
    assert not any(cell.startswith('=') for cell in cells)


def comparison_file(cli, sample, folder):
    """A .parallax file of the sample: two outlets named (a comma and
    quotation marks in one), two sentences that no other outlet reports
    joined, a note."""
    export = json.loads(run(cli, 'export', sample))
    articles = export['articles']
    texts = {(a['id'], s['index']): s['text'] for a in articles for s in a['sentences']}
    singles = [r['members'][0] for r in export['rows'] if len(r['members']) == 1]
    a = singles[0]
    b = next(m for m in singles if m['article'] != a['article'])
    ref = lambda m: {'article': m['article'], 'sentence': m['sentence'], 'text': texts[(m['article'], m['sentence'])]}
    document = {'parallax-comparison': 1, 'corpus': os.path.abspath(sample),
                'outlets': {articles[0]['id']: 'Agence "France", Presse', articles[1]['id']: 'Die Zeitung'},
                'together': [[ref(a), ref(b)]], 'apart': [],
                'notes': [{'row': [ref(a)], 'text': 'Checked, "twice"'}]}
    path = os.path.join(folder, 'sample.parallax')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(document, f, ensure_ascii=False)
    return path


def check_libreoffice(rows_csv, folder):
    soffice = shutil.which('soffice')
    if soffice is None:
        print('check-csv: no soffice here: the LibreOffice round trip is skipped')
        return
    env = dict(os.environ, HOME=folder)
    source = os.path.join(folder, 'rows.csv')
    with open(source, 'wb') as f:
        f.write(rows_csv)
    # The import dialog's choices: comma, double quote, UTF-8, from line 1.
    subprocess.run([soffice, '--headless', '--convert-to', 'ods', '--infilter=CSV:44,34,76,1',
                    '--outdir', folder, source], env=env, check=True, capture_output=True, timeout=300)
    back = os.path.join(folder, 'back')
    subprocess.run([soffice, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1',
                    '--outdir', back, os.path.join(folder, 'rows.ods')],
                   env=env, check=True, capture_output=True, timeout=300)
    with open(os.path.join(back, 'rows.csv'), encoding='utf-8-sig', newline='') as f:
        again = list(csv.reader(f))
    original = list(csv.reader(io.StringIO(rows_csv.decode('utf-8')[len(BOM):], newline='')))
    assert again == original, 'LibreOffice reads other cells'
    print(f'check-csv: LibreOffice read {len(again)} lines back, cell for cell')


def main():
    cli, sample = sys.argv[1], sys.argv[2]
    rows = check_rows(cli, sample)
    check_facts(cli, sample)
    with tempfile.TemporaryDirectory() as folder:
        corpus = os.path.join(folder, 'corpus')
        os.mkdir(corpus)
        check_hostile(cli, corpus)
        comparison = comparison_file(cli, sample, folder)
        edited = check_rows(cli, comparison)
        assert edited[0][1:3] == ['Agence "France", Presse', 'Die Zeitung'], edited[0]
        assert len(edited) == len(rows) - 1, 'joining two rows leaves one line fewer'
        check_libreoffice(run(cli, 'export', '--format=csv', comparison), folder)
    print(f'check-csv: {len(rows) - 1} rows, a comparison file\'s {len(edited) - 1} and the ledger read back')


if __name__ == '__main__':
    main()
