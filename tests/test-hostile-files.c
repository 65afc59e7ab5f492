/* test-hostile-files.c: hostile file contents: empty, binary, broken or
 * UTF-16 text, NUL bytes, line ends, huge lines and files, many files,
 * a 2 GB sparse file, a file that changes while read, and text made to
 * break the reports (issue 8, part 3)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "plx-html-check.h"
#include "plx-test-util.h"

/* Every test writes a corpus with one good article beside the hostile
 * input and checks what a user would notice (PlxTestCorpusFixture, in
 * plx-test-util.h). The table of hostile corpora in tests/README.md lists these
 * tests. */

/* Every sentence is the very bytes of the text at its offsets. */
static void
assert_offsets_exact (PlxArticle *article)
{
  const char *text = plx_article_get_text (article);
  gsize previous_end = 0;

  for (guint i = 0; i < plx_article_get_n_sentences (article); i++)
    {
      PlxSentence *sentence = plx_article_get_sentence (article, i);
      gsize start = plx_sentence_get_start (sentence);
      gsize end = plx_sentence_get_end (sentence);

      g_assert_cmpuint (start, >=, previous_end);
      g_assert_cmpuint (end, <=, plx_article_get_text_length (article));
      g_assert_cmpuint (end - start, ==, strlen (plx_sentence_get_text (sentence)));
      g_assert_cmpint (memcmp (text + start, plx_sentence_get_text (sentence), end - start), ==, 0);
      previous_end = end;
    }
}

static void
test_empty_file (PlxTestCorpusFixture *fixture, gconstpointer data)
{
  g_autoptr(PlxCorpus) corpus = NULL;

  plx_test_write_file (fixture->dir, "empty.txt", "", 0);
  plx_test_write_file (fixture->dir, "blank.txt", "  \n\n \r\n\t", -1);
  plx_test_write_file (fixture->dir, "empty.html", "", 0);
  corpus = plx_test_fixture_load (fixture, NULL);

  plx_test_assert_good_loaded (corpus);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1);
  g_assert_true (plx_test_has_warning (corpus, "empty.txt", "empty"));
  g_assert_true (plx_test_has_warning (corpus, "blank.txt", "empty"));
  g_assert_true (plx_test_has_warning (corpus, "empty.html", NULL));
}

static void
test_binary_file (PlxTestCorpusFixture *fixture, gconstpointer data)
{
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (8);
  g_autofree char *noise = g_malloc (65536);
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f\xf3\xff\x61";

  for (gsize i = 0; i < 65536; i++)
    noise[i] = (char) g_rand_int_range (rand, 0, 256);
  plx_test_write_file (fixture->dir, "noise.txt", noise, 65536);
  plx_test_write_file (fixture->dir, "picture.txt", png, sizeof png - 1);
  corpus = plx_test_fixture_load (fixture, NULL);
  plx_test_print_warnings (corpus);

  plx_test_assert_good_loaded (corpus);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1);
  g_assert_true (plx_test_has_warning (corpus, "noise.txt", "binary"));
  g_assert_true (plx_test_has_warning (corpus, "picture.txt", "binary"));
}

static void
test_invalid_utf8 (PlxTestCorpusFixture *fixture, gconstpointer data)
{
  g_autoptr(PlxCorpus) corpus = NULL;
  PlxArticle *article;

  /* Mostly UTF-8, a few broken bytes (a truncated sequence, an overlong
   * form, a surrogate): the UTF-8 kept, the bad bytes replaced. */
  plx_test_write_file (fixture->dir, "broken.txt",
                       "Café owners met on Monday. Prices rose \xff sharply \xc0\xaf in Zürich \xed\xa0\x80 today.\n", -1);
  /* A legacy single-byte file: read as Windows-1252. */
  plx_test_write_file (fixture->dir, "legacy.txt", "The caf\xe9 reopened on Monday. Its owner said \x93we are back\x94.\n", -1);
  corpus = plx_test_fixture_load (fixture, NULL);
  plx_test_print_warnings (corpus);

  plx_test_assert_good_loaded (corpus);
  article = plx_corpus_find_article (corpus, "broken");
  g_assert_nonnull (article);
  g_assert_true (g_utf8_validate (plx_article_get_text (article), -1, NULL));
  g_assert_nonnull (strstr (plx_article_get_text (article), "Café owners"));
  g_assert_nonnull (strstr (plx_article_get_text (article), "Zürich"));
  g_assert_nonnull (strstr (plx_article_get_text (article), "\xef\xbf\xbd"));
  g_assert_true (plx_test_has_warning (corpus, "broken.txt", "invalid UTF-8 at byte"));

  article = plx_corpus_find_article (corpus, "legacy");
  g_assert_nonnull (article);
  g_assert_nonnull (strstr (plx_article_get_text (article), "café reopened"));
  g_assert_nonnull (strstr (plx_article_get_text (article), "“we are back”"));
  g_assert_true (plx_test_has_warning (corpus, "legacy.txt", "Windows-1252"));
}

static void
write_utf16 (const char *dir,
             const char *name,
             const char *bom,
             const char *encoding,
             const char *text)
{
  g_autoptr(GString) bytes = g_string_new_len (bom, strlen (bom));
  g_autofree char *converted = NULL;
  gsize length = 0;

  converted = g_convert (text, -1, encoding, "UTF-8", NULL, &length, NULL);
  g_assert_nonnull (converted);
  g_string_append_len (bytes, converted, length);
  plx_test_write_file (dir, name, bytes->str, bytes->len);
}

static void
test_utf16 (PlxTestCorpusFixture *fixture, gconstpointer data)
{
  static const char text[] = "Talks resumed in Genève. Both sides met.\r\n";
  g_autoptr(PlxCorpus) corpus = NULL;
  const char *ids[] = { "le", "be", "bare" };

  write_utf16 (fixture->dir, "le.txt", "\xff\xfe", "UTF-16LE", text);
  write_utf16 (fixture->dir, "be.txt", "\xfe\xff", "UTF-16BE", text);
  write_utf16 (fixture->dir, "bare.txt", "", "UTF-16LE", text);
  corpus = plx_test_fixture_load (fixture, NULL);
  plx_test_print_warnings (corpus);

  plx_test_assert_good_loaded (corpus);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      PlxArticle *article = plx_corpus_find_article (corpus, ids[i]);
      g_autofree char *file = g_strconcat (ids[i], ".txt", NULL);

      g_assert_nonnull (article);
      g_assert_cmpstr (plx_article_get_text (article), ==, text);
      g_assert_cmpuint (plx_article_get_n_sentences (article), ==, 2);
      g_assert_cmpstr (plx_sentence_get_text (plx_article_get_sentence (article, 1)), ==, "Both sides met.");
      assert_offsets_exact (article);
      g_assert_true (plx_test_has_warning (corpus, file, "UTF-16"));
    }
}

static void
test_nul_bytes (PlxTestCorpusFixture *fixture, gconstpointer data)
{
  static const char with_nul[] = "Talks resumed\0 in Geneva on Friday. Both sides\0 met.\n";
  g_autoptr(PlxCorpus) corpus = NULL;
  PlxArticle *article;

  plx_test_write_file (fixture->dir, "nul.txt", with_nul, sizeof with_nul - 1);
  /* U+0000 inside UTF-16 text: what follows it is kept. */
  write_utf16 (fixture->dir, "wide-nul.txt", "\xff\xfe", "UTF-16LE", "Talks resumed in Geneva.");
  {
    g_autofree char *path = g_build_filename (fixture->dir, "wide-nul.txt", NULL);
    g_autofree char *contents = NULL;
    g_autofree char *rest = NULL;
    g_autoptr(GString) bytes = NULL;
    gsize length = 0, rest_length = 0;

    g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
    bytes = g_string_new_len (contents, length);
    g_string_append_len (bytes, "\0\0", 2);
    rest = g_convert (" Both sides met.\n", -1, "UTF-16LE", "UTF-8", NULL, &rest_length, NULL);
    g_string_append_len (bytes, rest, rest_length);
    plx_test_write_file (fixture->dir, "wide-nul.txt", bytes->str, bytes->len);
  }
  corpus = plx_test_fixture_load (fixture, NULL);
  plx_test_print_warnings (corpus);

  plx_test_assert_good_loaded (corpus);
  article = plx_corpus_find_article (corpus, "nul");
  g_assert_nonnull (article);
  g_assert_cmpstr (plx_article_get_text (article), ==, "Talks resumed in Geneva on Friday. Both sides met.\n");
  g_assert_cmpuint (plx_article_get_n_sentences (article), ==, 2);
  assert_offsets_exact (article);
  g_assert_true (plx_test_has_warning (corpus, "nul.txt", "NUL"));

  article = plx_corpus_find_article (corpus, "wide-nul");
  g_assert_nonnull (article);
  g_assert_cmpstr (plx_article_get_text (article), ==, "Talks resumed in Geneva. Both sides met.\n");
  g_assert_true (plx_test_has_warning (corpus, "wide-nul.txt", "UTF-16"));
}

static void
test_crlf (PlxTestCorpusFixture *fixture, gconstpointer data)
{
  static const char *expected[] = {
    "Talks resumed in Geneva on Friday.",
    "Both sides met for an hour.",
    "The next round is in March.",
  };
  g_autoptr(PlxCorpus) corpus = NULL;
  PlxArticle *article;
  const char *text;

  plx_test_write_file (fixture->dir, "windows.txt",
                       "Talks resumed in Geneva on Friday.\r\nBoth sides met for an hour.\r\n\r\n"
                       "The next round is in March.\r\n", -1);
  /* Old Mac line ends: a bare CR. */
  plx_test_write_file (fixture->dir, "mac.txt",
                       "Talks resumed in Geneva on Friday.\rBoth sides met for an hour.\r\r"
                       "The next round is in March.\r", -1);
  /* CRLF after a UTF-8 byte-order mark, as Windows editors save. */
  plx_test_write_file (fixture->dir, "bom.txt", "\xef\xbb\xbfLine one is here.\r\nLine two is here.\r\n", -1);
  corpus = plx_test_fixture_load (fixture, NULL);
  plx_test_print_warnings (corpus);

  plx_test_assert_good_loaded (corpus);
  g_assert_cmpuint (plx_corpus_get_n_warnings (corpus), ==, 0);
  for (guint f = 0; f < 2; f++)
    {
      article = plx_corpus_find_article (corpus, f == 0 ? "windows" : "mac");
      g_assert_nonnull (article);
      text = plx_article_get_text (article);
      g_assert_cmpuint (plx_article_get_n_sentences (article), ==, G_N_ELEMENTS (expected));
      assert_offsets_exact (article);
      for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
        {
          PlxSentence *sentence = plx_article_get_sentence (article, i);

          /* No line end inside a sentence, and the offsets count the CRs. */
          g_assert_cmpstr (plx_sentence_get_text (sentence), ==, expected[i]);
          g_assert_cmpuint (plx_sentence_get_start (sentence), ==, strstr (text, expected[i]) - text);
        }
    }

  /* Offsets count bytes of the decoded text: the BOM is gone, the CR stays. */
  article = plx_corpus_find_article (corpus, "bom");
  g_assert_nonnull (article);
  g_assert_cmpuint (plx_article_get_n_sentences (article), ==, 2);
  g_assert_cmpuint (plx_sentence_get_start (plx_article_get_sentence (article, 1)), ==, strlen ("Line one is here.\r\n"));
  g_assert_cmpstr (plx_sentence_get_text (plx_article_get_sentence (article, 1)), ==, "Line two is here.");
}

static void
test_long_line (PlxTestCorpusFixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "one-line.txt", NULL);
  g_autofree char *words_path = g_build_filename (fixture->dir, "no-stop.txt", NULL);
  g_autoptr(GString) line = g_string_sized_new (10 * 1024 * 1024 + 128);
  g_autoptr(PlxCorpus) corpus = NULL;
  PlxArticle *article;
  gint64 start;

  /* 10 MB of sentences on one line, and 10 MB of words with no full stop
   * nor line end at all: one "sentence" the size of the file. */
  while (line->len < 10 * 1024 * 1024)
    g_string_append (line, "The committee met again on Thursday to review the tariff. ");
  plx_test_write_quickly (path, line->str, line->len);
  g_string_truncate (line, 0);
  while (line->len < 10 * 1024 * 1024)
    g_string_append (line, "and the talks went on ");
  plx_test_write_quickly (words_path, line->str, line->len);

  start = g_get_monotonic_time ();
  corpus = plx_test_fixture_load (fixture, NULL);
  g_test_message ("two 10 MB single-line files loaded in %.1f s", plx_test_elapsed_seconds (start));
  plx_test_print_warnings (corpus);

  plx_test_assert_good_loaded (corpus);
  article = plx_corpus_find_article (corpus, "one-line");
  g_assert_nonnull (article);
  g_assert_cmpuint (plx_article_get_text_length (article), >=, 10 * 1024 * 1024);
  g_assert_cmpuint (plx_article_get_n_sentences (article), >, 100000);
  article = plx_corpus_find_article (corpus, "no-stop");
  g_assert_nonnull (article);
  g_assert_cmpuint (plx_article_get_n_sentences (article), >=, 1);
  assert_offsets_exact (article);
}

static void
test_many_files (PlxTestCorpusFixture *fixture, gconstpointer data)
{
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autofree char *folder = g_build_filename (fixture->dir, "wire", NULL);
  gint64 start = g_get_monotonic_time ();

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  for (guint i = 0; i < 10000; i++)
    {
      char name[32];
      g_autofree char *path = NULL;
      g_autofree char *text = g_strdup_printf ("Brief %u was filed on Monday. It is short.\n", i);

      g_snprintf (name, sizeof name, "%05u.txt", i);
      path = g_build_filename (folder, name, NULL);
      plx_test_write_quickly (path, text, strlen (text));
    }
  g_test_message ("10,000 files written in %.1f s", plx_test_elapsed_seconds (start));

  start = g_get_monotonic_time ();
  corpus = plx_test_fixture_load (fixture, NULL);
  g_test_message ("10,000 files loaded in %.1f s", plx_test_elapsed_seconds (start));

  plx_test_assert_good_loaded (corpus);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 10001);
  g_assert_cmpuint (plx_corpus_get_n_warnings (corpus), ==, 0);
  g_assert_nonnull (plx_corpus_find_article (corpus, "wire/00000"));
  g_assert_nonnull (plx_corpus_find_article (corpus, "wire/09999"));
  g_assert_cmpuint (plx_article_get_n_sentences (plx_corpus_find_article (corpus, "wire/04242")), ==, 2);
}

/* A 2 GB file of zeros that takes no room (sparse), loaded in a child
 * so that its peak memory is its own: it is refused by its size, not
 * read. Reading it would take 512 MB before the reader stops. */
#define SPARSE_SIZE          (G_GINT64_CONSTANT (2) * 1024 * 1024 * 1024)
#define SPARSE_RSS_LIMIT_KIB (256 * 1024)

static void
run_sparse_check (const char *dir)
{
  g_autofree char *manifest_dir = g_build_filename (dir, "m", NULL);
  g_autoptr(PlxCorpus) corpus = plx_test_load (dir);
  g_autoptr(PlxCorpus) from_manifest = plx_test_load (manifest_dir);

  plx_test_print_warnings (corpus);
  plx_test_print_warnings (from_manifest);
  g_print ("# a 2 GB sparse file refused, peak RSS %zu MiB\n", plx_test_peak_rss_kib () / 1024);
  g_assert_cmpuint (plx_test_peak_rss_kib (), <, SPARSE_RSS_LIMIT_KIB);
  plx_test_assert_good_loaded (corpus);
  plx_test_assert_good_loaded_as (corpus, "m/good");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 2);
  g_assert_true (plx_test_has_warning (corpus, "huge.txt", "the file is larger than 512 MB; skipped"));
  g_assert_true (plx_test_has_warning (corpus, "m/huge.txt", "the file is larger than 512 MB; skipped"));
  plx_test_assert_good_loaded (from_manifest);
  g_assert_true (plx_test_has_warning (from_manifest, "(huge.txt)", "the file is larger than 512 MB; skipped"));
}

static void
make_sparse (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "huge.txt", NULL);
  int fd = open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, SPARSE_SIZE), ==, 0);
  g_assert_cmpint (close (fd), ==, 0);
}

static void
test_sparse_file (PlxTestCorpusFixture *fixture, gconstpointer data)
{
  g_autofree char *manifest_dir = g_build_filename (fixture->dir, "m", NULL);

  if (g_test_subprocess ())
    {
      plx_test_fixture_forget (fixture);
      run_sparse_check (g_getenv ("PLX_TEST_DIR"));
      return;
    }

  make_sparse (fixture->dir);
  plx_test_write_file (manifest_dir, "good.txt", PLX_TEST_GOOD_TEXT, -1);
  plx_test_write_file (manifest_dir, "corpus.json",
                       "{\"articles\": [{\"file\": \"huge.txt\"}, {\"file\": \"good.txt\"}]}", -1);
  make_sparse (manifest_dir);
  fixture->before = plx_test_snapshot_tree (fixture->dir);
  g_setenv ("PLX_TEST_DIR", fixture->dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Rewrites live.txt over and over while the corpus is loaded: cut
 * back, then filled again in steps of a few lines, as a scraper that is
 * still writing would. */
#define LIVE_LINE    "Talks went on in Geneva late into the night.\n"
#define LIVE_LOADS   50

typedef struct
{
  char     *path;
  gboolean  stop;
  guint     rewrites;
} LiveWriter;

static gpointer
live_writer_run (gpointer data)
{
  LiveWriter *writer = data;
  int fd = open (writer->path, O_WRONLY | O_APPEND | O_CLOEXEC);
  g_autoptr(GString) lines = g_string_new (NULL);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, 0), ==, 0);
  for (guint i = 0; i < 64; i++)
    g_string_append (lines, LIVE_LINE);

  while (!g_atomic_int_get (&writer->stop))
    {
      for (guint i = 0; i < 256; i++)
        g_assert_cmpint (write (fd, lines->str, lines->len), ==, (gssize) lines->len);
      /* Cut back to a whole number of lines, or to nothing: never past
       * the end, which would leave a hole of zeros. */
      g_assert_cmpint (ftruncate (fd, (off_t) lines->len * g_random_int_range (0, 256)), ==, 0);
      writer->rewrites++;
      /* A breath, so as not to take a whole core from the tests beside. */
      g_usleep (200);
    }
  g_assert_cmpint (close (fd), ==, 0);

  return NULL;
}

/* What a load gave for live.txt: its text as it was at some moment, or
 * a message naming it that says why it was skipped. The loader notices
 * most changes (size, modification time); a file cut back and grown to
 * the same size within one tick of the file system's clock is judged by
 * what was read (NUL bytes from a page being cut: "binary data"). */
static gboolean
check_live (PlxCorpus *corpus)
{
  const char * const *warnings = plx_corpus_get_warnings (corpus);
  PlxArticle *live = plx_corpus_find_article (corpus, "live");

  plx_test_print_warnings (corpus);
  for (guint i = 0; warnings[i] != NULL; i++)
    g_assert_true (g_str_has_prefix (warnings[i], "live.txt: "));
  if (live == NULL)
    {
      g_assert_true (plx_test_has_warning (corpus, "live.txt: ", "; skipped"));
      return FALSE;
    }

  /* Read whole and unwarned: whole lines, the last perhaps cut where
   * the writer was. */
  g_assert_true (g_utf8_validate (plx_article_get_text (live), -1, NULL));
  for (const char *p = plx_article_get_text (live); warnings[0] == NULL && *p != '\0'; p += MIN (strlen (p), strlen (LIVE_LINE)))
    g_assert_cmpint (strncmp (p, LIVE_LINE, MIN (strlen (p), strlen (LIVE_LINE))), ==, 0);

  return TRUE;
}

static void
test_changing_file (PlxTestCorpusFixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "live.txt", NULL);
  LiveWriter writer = { path, FALSE, 0 };
  guint n_text = 0;
  GThread *thread;

  /* Nothing but live.txt may change; it is gone before the teardown. */
  fixture->before = plx_test_snapshot_tree (fixture->dir);
  plx_test_write_file (fixture->dir, "live.txt", LIVE_LINE, -1);
  thread = g_thread_new ("live-writer", live_writer_run, &writer);

  for (guint i = 0; i < LIVE_LOADS; i++)
    {
      g_autoptr(PlxCorpus) corpus = plx_test_load (fixture->dir);

      plx_test_assert_good_loaded (corpus);
      n_text += check_live (corpus);
    }

  g_atomic_int_set (&writer.stop, TRUE);
  g_thread_join (thread);
  g_test_message ("%u loads while the file was rewritten %u times: %u gave its text, %u a message",
                  LIVE_LOADS, writer.rewrites, n_text, LIVE_LOADS - n_text);
  g_assert_cmpint (g_remove (path), ==, 0);
}

/* Markup, control characters (C0, DEL, C1) and bidirectional overrides,
 * isolates and marks, inside sentences. */
#define HOSTILE_TEXT \
  "<script>alert('owned')</script> Talks resumed in Geneva on Friday.\n" \
  "The bell\x07 rang \x1b[31mtwice\x1b[0m and\x7f the doors \xc2\x85 closed at 5 & 6 <b>pm</b>.\n" \
  "The price was \xe2\x80\xae""001$\xe2\x80\xac according to \xe2\x81\xa6officials\xe2\x81\xa9 \xe2\x80\x8f here.\n" \
  "A quote said \"</td></tr></table><img src=x onerror=alert(1)>\" and ended.\n"

static void
test_hostile_text (PlxTestCorpusFixture *fixture, gconstpointer data)
{
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxCorpus) reopened = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;
  g_autofree char *json = NULL;
  g_autofree char *problem = NULL;
  g_autofree char *export_dir = plx_test_make_dir ();
  g_autofree char *export_path = g_build_filename (export_dir, "export.json", NULL);
  g_autofree char *lower = NULL;
  PlxArticle *article;
  PlxArticle *again;
  gsize json_length = 0;

  plx_test_write_file (fixture->dir, "<script>alert(1)<\xe2\x80\xae.txt", HOSTILE_TEXT, -1);
  corpus = plx_test_fixture_load (fixture, NULL);
  plx_test_print_warnings (corpus);

  /* Loaded as the text it is, byte for byte. */
  plx_test_assert_good_loaded (corpus);
  article = plx_corpus_find_article (corpus, "<script>alert(1)<\xe2\x80\xae");
  g_assert_nonnull (article);
  g_assert_cmpstr (plx_article_get_text (article), ==, HOSTILE_TEXT);
  g_assert_cmpuint (plx_article_get_n_sentences (article), >=, 4);
  assert_offsets_exact (article);

  /* The HTML report: well-formed, every text escaped, no tag from the
   * corpus, no raw control character. */
  html = plx_test_export_html (corpus);
  g_assert_true (plx_html_check (html, strlen (html), &problem));
  g_assert_null (problem);
  lower = g_ascii_strdown (html, -1);
  g_assert_null (strstr (lower, "<script"));
  g_assert_null (strstr (lower, "<img"));
  g_assert_null (strstr (lower, "</td></tr></table><"));
  g_assert_nonnull (strstr (html, "&lt;script&gt;alert("));
  g_assert_nonnull (strstr (html, "&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;img"));
  for (const char *p = html; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      g_assert_true (c >= 0x20 || c == '\n' || c == '\t' || c == '\r');
      g_assert_cmpuint (c, !=, 0x7f);
    }

  /* The JSON export parses back with every sentence exactly as loaded,
   * and reopens as the same article. */
  json = plx_test_export_json (corpus, FALSE, FALSE, &json_length);
  g_assert_true (g_utf8_validate (json, json_length, NULL));
  json_parser_load_from_data (parser, json, json_length, &error);
  g_assert_no_error (error);
  plx_test_write_file (export_dir, "export.json", json, json_length);
  reopened = plx_test_load (export_path);
  again = plx_corpus_find_article (reopened, "<script>alert(1)<\xe2\x80\xae");
  g_assert_nonnull (again);
  g_assert_cmpuint (plx_article_get_n_sentences (again), ==, plx_article_get_n_sentences (article));
  for (guint i = 0; i < plx_article_get_n_sentences (article); i++)
    {
      g_assert_cmpstr (plx_sentence_get_text (plx_article_get_sentence (again, i)), ==,
                       plx_sentence_get_text (plx_article_get_sentence (article, i)));
      g_assert_cmpuint (plx_sentence_get_start (plx_article_get_sentence (again, i)), ==,
                        plx_sentence_get_start (plx_article_get_sentence (article, i)));
    }
  g_assert_nonnull (strstr (plx_article_get_text (again), "\xe2\x80\xae""001$\xe2\x80\xac"));
  g_assert_nonnull (strstr (plx_article_get_text (again), "bell\x07 rang \x1b[31mtwice"));
  g_assert_nonnull (strstr (plx_article_get_text (again), "<script>alert('owned')</script>"));
  plx_test_remove_tree (export_dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  PLX_TEST_ADD_CORPUS ("/hostile/empty-file", test_empty_file);
  PLX_TEST_ADD_CORPUS ("/hostile/binary-file", test_binary_file);
  PLX_TEST_ADD_CORPUS ("/hostile/invalid-utf8", test_invalid_utf8);
  PLX_TEST_ADD_CORPUS ("/hostile/utf16", test_utf16);
  PLX_TEST_ADD_CORPUS ("/hostile/nul-bytes", test_nul_bytes);
  PLX_TEST_ADD_CORPUS ("/hostile/crlf", test_crlf);
  PLX_TEST_ADD_CORPUS ("/hostile/long-line", test_long_line);
  PLX_TEST_ADD_CORPUS ("/hostile/many-files", test_many_files);
  PLX_TEST_ADD_CORPUS ("/hostile/sparse-2gb", test_sparse_file);
  PLX_TEST_ADD_CORPUS ("/hostile/changing-file", test_changing_file);
  PLX_TEST_ADD_CORPUS ("/hostile/script-control-bidi", test_hostile_text);

  return g_test_run ();
}
