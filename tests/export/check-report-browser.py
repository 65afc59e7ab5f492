#!/usr/bin/python3
"""The HTML report in a real browser: headless Chromium.

usage: check-report-browser.py PARALLAX_CLI SAMPLE_DIR

The sample's report (`parallax-cli export --format=html`) is opened in
Debian's Chromium (installed by .ci/install-deps): it logs no console
message (a Content-Security-Policy violation is one: the check first
makes sure that a copy with an inline script and a remote image does
log them), its table has a row per aligned row, and printed to PDF it
keeps the rows' colours. Exits 77 (skipped) without Chromium, as in the
Flatpak build's test run.
"""
import json, os, re, shutil, subprocess, sys, tempfile, zlib

# The rows' backgrounds: in all outlets, in some, in one only.
ROW_COLOURS = {(232, 245, 233), (255, 253, 231), (227, 242, 253)}


def chromium():
    for name in ('chromium', 'chromium-browser', 'google-chrome'):
        found = shutil.which(name)
        if found:
            return found
    return None


def browse(browser, path, *args):
    """Runs the browser on @path; returns (stdout, console lines)."""
    result = subprocess.run([browser, '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
                             '--enable-logging=stderr', '--v=0', *args, 'file://' + path],
                            capture_output=True, timeout=180,
                            env=dict(os.environ, HOME=os.path.dirname(path)))
    console = [line for line in result.stderr.decode(errors='replace').splitlines() if ':CONSOLE' in line]
    return result.stdout.decode(errors='replace'), console


def fill_colours(pdf):
    colours = set()
    for match in re.finditer(rb'stream\r?\n(.*?)\r?\nendstream', pdf, re.S):
        try:
            content = zlib.decompress(match.group(1))
        except zlib.error:
            continue
        for rgb in re.findall(rb'([0-9.]+) ([0-9.]+) ([0-9.]+) rg', content):
            colours.add(tuple(round(float(x) * 255) for x in rgb))
    return colours


def main():
    cli, sample = sys.argv[1], sys.argv[2]
    browser = chromium()
    if browser is None:
        print('check-report-browser: no Chromium here: skipped')
        sys.exit(77)

    report = subprocess.run([cli, 'export', '--format=html', sample], capture_output=True, check=True).stdout
    n_rows = len(json.loads(subprocess.run([cli, 'export', sample], capture_output=True,
                                           check=True).stdout)['rows'])
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, 'report.html')
        with open(path, 'wb') as f:
            f.write(report)

        # The check sees what it must: a script and a remote image are refused, loudly.
        bad = os.path.join(folder, 'bad.html')
        with open(bad, 'wb') as f:
            f.write(report.replace(b'</body>', b'<script>document.title="x"</script>'
                                              b'<img src="http://example.com/x.png"></body>'))
        _, console = browse(browser, bad, '--dump-dom')
        assert len(console) >= 2, f'a refused script and image logged nothing: {console}'

        dom, console = browse(browser, path, '--dump-dom')
        assert not console, f'the report logs: {console}'
        assert '<table>' in dom, 'no table'
        shown = len(re.findall(r'<tr id="row-\d+"', dom))
        assert shown == n_rows, f'{shown} rows shown of {n_rows}'

        pdf_path = os.path.join(folder, 'report.pdf')
        browse(browser, path, '--no-pdf-header-footer', '--print-to-pdf=' + pdf_path)
        with open(pdf_path, 'rb') as f:
            pdf = f.read()
        assert pdf.startswith(b'%PDF'), 'no PDF printed'
        pages = len(re.findall(rb'/Type\s*/Page[^s]', pdf))
        kept = ROW_COLOURS & fill_colours(pdf)
        assert kept == ROW_COLOURS, f'printed without the rows\' colours: {sorted(kept)}'
        print(f'check-report-browser: {shown} rows, no console message; printed on {pages} pages, '
              f'colours kept')


if __name__ == '__main__':
    main()
