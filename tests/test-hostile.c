/* test-hostile.c: corpora made to break the loader (issue 8, part 3)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "plx-html-check.h"
#include "plx-test-util.h"

/* Every test writes a corpus with one good article beside the hostile
 * input, loads it and checks what a user would notice: the good article
 * is there, a message names the bad file and says what is wrong, nothing
 * crashed or hung, and no file of the corpus was written or touched
 * (names, modes, sizes, modification times and checksums before and
 * after). Big inputs are generated here, in a temporary folder. The
 * README's table of hostile corpora lists these tests. */

#define GOOD_TEXT "Ministers met in Geneva on Friday. They agreed to meet again.\n"

typedef struct
{
  char *dir;
  char *before;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = plx_test_make_dir ();
  plx_test_write_file (fixture->dir, "good.txt", GOOD_TEXT, -1);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *after = plx_test_snapshot_tree (fixture->dir);

  /* Nothing in the corpus was written, moved or touched. */
  g_assert_nonnull (fixture->before);
  g_assert_cmpstr (after, ==, fixture->before);

  plx_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->before);
}

/* Loads @sub (a path under the fixture's folder, or %NULL for the folder
 * itself), the snapshot taken just before. */
static PlxCorpus *
fixture_load (Fixture    *fixture,
              const char *sub)
{
  g_autofree char *path = g_build_filename (fixture->dir, sub, NULL);

  g_clear_pointer (&fixture->before, g_free);
  fixture->before = plx_test_snapshot_tree (fixture->dir);

  return plx_test_load (path);
}

static void
assert_good_loaded_as (PlxCorpus  *corpus,
                       const char *id)
{
  PlxArticle *good = plx_corpus_find_article (corpus, id);

  g_assert_nonnull (good);
  g_assert_cmpuint (plx_article_get_n_sentences (good), ==, 2);
  g_assert_cmpstr (plx_sentence_get_text (plx_article_get_sentence (good, 1)), ==, "They agreed to meet again.");
}

static void
assert_good_loaded (PlxCorpus *corpus)
{
  assert_good_loaded_as (corpus, "good");
}

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
print_warnings (PlxCorpus *corpus)
{
  const char * const *warnings = plx_corpus_get_warnings (corpus);

  for (guint i = 0; warnings[i] != NULL; i++)
    g_test_message ("warning: %s", warnings[i]);
}

static gboolean
any_text_contains (PlxCorpus  *corpus,
                   const char *needle)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (corpus)); i++)
    {
      if (strstr (plx_article_get_text (plx_corpus_get_article (corpus, i)), needle) != NULL)
        return TRUE;
    }

  return FALSE;
}

/* Faster than plx_test_write_file() for thousands of files. */
static void
write_quickly (const char *path,
               const char *data,
               gsize       length)
{
  FILE *file = fopen (path, "wb");

  g_assert_nonnull (file);
  g_assert_cmpuint (fwrite (data, 1, length, file), ==, length);
  g_assert_cmpint (fclose (file), ==, 0);
}

static void
make_link (const char *target,
           const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_cmpint (symlink (target, path), ==, 0);
}

/* A child of g_test_trap_subprocess() works on its parent's folder
 * (PLX_TEST_DIR): its own fixture folder goes while it is still root. */
static void
child_forget_fixture (Fixture *fixture)
{
  plx_test_remove_tree (fixture->dir);
  g_free (fixture->before);
  fixture->before = g_strdup ("");
}

static double
elapsed_seconds (gint64 start)
{
  return (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
}

static gsize
peak_rss_kib (void)
{
  struct rusage usage;

  g_assert_cmpint (getrusage (RUSAGE_SELF, &usage), ==, 0);

  return (gsize) usage.ru_maxrss;
}

/* ---- Files ------------------------------------------------------------ */

static void
test_empty_file (Fixture *fixture, gconstpointer data)
{
  g_autoptr(PlxCorpus) corpus = NULL;

  plx_test_write_file (fixture->dir, "empty.txt", "", 0);
  plx_test_write_file (fixture->dir, "blank.txt", "  \n\n \r\n\t", -1);
  plx_test_write_file (fixture->dir, "empty.html", "", 0);
  corpus = fixture_load (fixture, NULL);

  assert_good_loaded (corpus);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1);
  g_assert_true (plx_test_has_warning (corpus, "empty.txt", "empty"));
  g_assert_true (plx_test_has_warning (corpus, "blank.txt", "empty"));
  g_assert_true (plx_test_has_warning (corpus, "empty.html", NULL));
}

static void
test_binary_file (Fixture *fixture, gconstpointer data)
{
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (8);
  g_autofree char *noise = g_malloc (65536);
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f\xf3\xff\x61";

  for (gsize i = 0; i < 65536; i++)
    noise[i] = (char) g_rand_int_range (rand, 0, 256);
  plx_test_write_file (fixture->dir, "noise.txt", noise, 65536);
  plx_test_write_file (fixture->dir, "picture.txt", png, sizeof png - 1);
  corpus = fixture_load (fixture, NULL);
  print_warnings (corpus);

  assert_good_loaded (corpus);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1);
  g_assert_true (plx_test_has_warning (corpus, "noise.txt", "binary"));
  g_assert_true (plx_test_has_warning (corpus, "picture.txt", "binary"));
}

static void
test_invalid_utf8 (Fixture *fixture, gconstpointer data)
{
  g_autoptr(PlxCorpus) corpus = NULL;
  PlxArticle *article;

  /* Mostly UTF-8, a few broken bytes (a truncated sequence, an overlong
   * form, a surrogate): the UTF-8 kept, the bad bytes replaced. */
  plx_test_write_file (fixture->dir, "broken.txt",
                       "Café owners met on Monday. Prices rose \xff sharply \xc0\xaf in Zürich \xed\xa0\x80 today.\n", -1);
  /* A legacy single-byte file: read as Windows-1252. */
  plx_test_write_file (fixture->dir, "legacy.txt", "The caf\xe9 reopened on Monday. Its owner said \x93we are back\x94.\n", -1);
  corpus = fixture_load (fixture, NULL);
  print_warnings (corpus);

  assert_good_loaded (corpus);
  article = plx_corpus_find_article (corpus, "broken");
  g_assert_nonnull (article);
  g_assert_true (g_utf8_validate (plx_article_get_text (article), -1, NULL));
  g_assert_nonnull (strstr (plx_article_get_text (article), "Café owners"));
  g_assert_nonnull (strstr (plx_article_get_text (article), "Zürich"));
  g_assert_nonnull (strstr (plx_article_get_text (article), "\xef\xbf\xbd"));
  g_assert_true (plx_test_has_warning (corpus, "broken.txt", "invalid UTF-8 at byte"));

  article = plx_corpus_find_article (corpus, "legacy");
  g_assert_nonnull (article);
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
test_utf16 (Fixture *fixture, gconstpointer data)
{
  static const char text[] = "Talks resumed in Genève. Both sides met.\r\n";
  g_autoptr(PlxCorpus) corpus = NULL;
  const char *ids[] = { "le", "be", "bare" };

  write_utf16 (fixture->dir, "le.txt", "\xff\xfe", "UTF-16LE", text);
  write_utf16 (fixture->dir, "be.txt", "\xfe\xff", "UTF-16BE", text);
  write_utf16 (fixture->dir, "bare.txt", "", "UTF-16LE", text);
  corpus = fixture_load (fixture, NULL);
  print_warnings (corpus);

  assert_good_loaded (corpus);
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
test_nul_bytes (Fixture *fixture, gconstpointer data)
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
  corpus = fixture_load (fixture, NULL);
  print_warnings (corpus);

  assert_good_loaded (corpus);
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
test_crlf (Fixture *fixture, gconstpointer data)
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
  corpus = fixture_load (fixture, NULL);
  print_warnings (corpus);

  assert_good_loaded (corpus);
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
}

static void
test_long_line (Fixture *fixture, gconstpointer data)
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
  write_quickly (path, line->str, line->len);
  g_string_truncate (line, 0);
  while (line->len < 10 * 1024 * 1024)
    g_string_append (line, "and the talks went on ");
  write_quickly (words_path, line->str, line->len);

  start = g_get_monotonic_time ();
  corpus = fixture_load (fixture, NULL);
  g_test_message ("two 10 MB single-line files loaded in %.1f s", elapsed_seconds (start));
  print_warnings (corpus);

  assert_good_loaded (corpus);
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
test_many_files (Fixture *fixture, gconstpointer data)
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
      write_quickly (path, text, strlen (text));
    }
  g_test_message ("10,000 files written in %.1f s", elapsed_seconds (start));

  start = g_get_monotonic_time ();
  corpus = fixture_load (fixture, NULL);
  g_test_message ("10,000 files loaded in %.1f s", elapsed_seconds (start));

  assert_good_loaded (corpus);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 10001);
  g_assert_cmpuint (plx_corpus_get_n_warnings (corpus), ==, 0);
  g_assert_nonnull (plx_corpus_find_article (corpus, "wire/00000"));
  g_assert_nonnull (plx_corpus_find_article (corpus, "wire/09999"));
  g_assert_cmpuint (plx_article_get_n_sentences (plx_corpus_find_article (corpus, "wire/04242")), ==, 2);
}

/* ---- Folders ---------------------------------------------------------- */

static void
test_deep_folders (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GString) path = g_string_new (fixture->dir);
  g_autoptr(GString) relative = g_string_new (NULL);
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autofree char *shallow_id = NULL;

  for (guint level = 1; level <= 200; level++)
    {
      g_string_append (path, "/d");
      g_string_append (relative, "d/");
      g_assert_cmpint (g_mkdir (path->str, 0755), ==, 0);
      if (level == 10)
        {
          plx_test_write_file (path->str, "shallow.txt", GOOD_TEXT, -1);
          shallow_id = g_strconcat (relative->str, "shallow", NULL);
        }
    }
  plx_test_write_file (path->str, "deep.txt", GOOD_TEXT, -1);
  corpus = fixture_load (fixture, NULL);
  print_warnings (corpus);

  assert_good_loaded (corpus);
  assert_good_loaded_as (corpus, shallow_id);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 2);
  g_assert_true (plx_test_has_warning (corpus, "d/d/d/", "nested too deep"));
}

static void
test_symlink_loops (Fixture *fixture, gconstpointer data)
{
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autofree char *self = g_build_filename (fixture->dir, "self.txt", NULL);
  g_autofree char *ping = g_build_filename (fixture->dir, "ping.txt", NULL);
  g_autofree char *pong = g_build_filename (fixture->dir, "pong.txt", NULL);
  g_autofree char *up = g_build_filename (fixture->dir, "sub", "up", NULL);
  g_autofree char *again = g_build_filename (fixture->dir, "sub", "again", NULL);
  g_autofree char *a = g_build_filename (fixture->dir, "a", NULL);
  g_autofree char *b = g_build_filename (fixture->dir, "b", NULL);
  g_autofree char *manifest_dir = g_build_filename (fixture->dir, "m", NULL);
  g_autofree char *manifest_loop = g_build_filename (fixture->dir, "m", "loop.txt", NULL);
  g_autoptr(PlxCorpus) from_manifest = NULL;

  plx_test_write_file (fixture->dir, "sub/nested.txt", GOOD_TEXT, -1);
  g_assert_cmpint (symlink ("self.txt", self), ==, 0);
  g_assert_cmpint (symlink ("pong.txt", ping), ==, 0);
  g_assert_cmpint (symlink ("ping.txt", pong), ==, 0);
  g_assert_cmpint (symlink ("..", up), ==, 0);
  g_assert_cmpint (symlink ("../sub", again), ==, 0);
  /* Two folders that hold links to each other. */
  g_assert_cmpint (g_mkdir (a, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (b, 0755), ==, 0);
  make_link ("../b", a, "to-b");
  make_link ("../a", b, "to-a");
  /* A manifest naming a link loop. */
  plx_test_write_file (manifest_dir, "good.txt", GOOD_TEXT, -1);
  plx_test_write_file (manifest_dir, "corpus.json",
                       "{\"articles\": [{\"file\": \"loop.txt\"}, {\"file\": \"good.txt\"}]}", -1);
  g_assert_cmpint (symlink ("loop.txt", manifest_loop), ==, 0);

  corpus = fixture_load (fixture, NULL);
  print_warnings (corpus);
  assert_good_loaded (corpus);
  assert_good_loaded_as (corpus, "sub/nested");
  assert_good_loaded_as (corpus, "m/good");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 3);
  g_assert_true (plx_test_has_warning (corpus, "self.txt", "loop"));
  g_assert_true (plx_test_has_warning (corpus, "ping.txt", "loop"));
  g_assert_true (plx_test_has_warning (corpus, "pong.txt", "loop"));
  g_assert_true (plx_test_has_warning (corpus, "sub/up", "already read"));
  g_assert_true (plx_test_has_warning (corpus, "sub/again", "already read"));

  from_manifest = fixture_load (fixture, "m");
  print_warnings (from_manifest);
  assert_good_loaded (from_manifest);
  g_assert_true (plx_test_has_warning (from_manifest, "loop.txt", "loop"));
}

static void
run_unreadable_check (const char *dir)
{
  g_autoptr(PlxCorpus) corpus = plx_test_load (dir);

  print_warnings (corpus);
  assert_good_loaded (corpus);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1);
  g_assert_true (plx_test_has_warning (corpus, "secret.txt", "permission denied"));
  g_assert_true (plx_test_has_warning (corpus, "locked", "cannot read the folder"));
}

static void
test_unreadable (Fixture *fixture, gconstpointer data)
{
  g_autofree char *secret = g_build_filename (fixture->dir, "secret.txt", NULL);
  g_autofree char *locked = g_build_filename (fixture->dir, "locked", NULL);

  /* Root reads any file: check as an unprivileged user in a child. */
  if (g_test_subprocess ())
    {
      child_forget_fixture (fixture);
      g_assert_cmpint (setgid (65534), ==, 0);
      g_assert_cmpint (setuid (65534), ==, 0);
      run_unreadable_check (g_getenv ("PLX_TEST_DIR"));
      return;
    }

  plx_test_write_file (fixture->dir, "secret.txt", GOOD_TEXT, -1);
  plx_test_write_file (locked, "inside.txt", GOOD_TEXT, -1);
  g_assert_cmpint (g_chmod (secret, 0), ==, 0);
  g_assert_cmpint (g_chmod (locked, 0), ==, 0);
  g_assert_cmpint (g_chmod (fixture->dir, 0755), ==, 0);
  fixture->before = plx_test_snapshot_tree (fixture->dir);

  if (geteuid () == 0)
    {
      g_setenv ("PLX_TEST_DIR", fixture->dir, TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
    }
  else
    run_unreadable_check (fixture->dir);

  /* Compared with the first snapshot, then opened up to be removed. */
  {
    g_autofree char *after = plx_test_snapshot_tree (fixture->dir);

    g_assert_cmpstr (after, ==, fixture->before);
  }
  g_chmod (secret, 0644);
  g_chmod (locked, 0755);
  g_free (fixture->before);
  fixture->before = plx_test_snapshot_tree (fixture->dir);
}

/* ---- Links out of the corpus ------------------------------------------ */

#define SECRET_TEXT "PRIVATE key material: nobody reads this.\n"

/* The links of a folder received from someone else: each ends outside
 * it, in @outside (a sibling folder standing for ~/.ssh) or in /etc. */
static const char * const links_outside[] = {
  "notes.txt",           /* -> @outside/id_rsa.txt, absolute */
  "passwd.txt",          /* -> /etc/passwd */
  "keys",                /* -> @outside/keys, a folder */
  "up.txt",              /* -> ../<outside>/id_rsa.txt, relative */
  "chain1.txt",          /* -> chain2.txt -> sub/chain3.txt -> @outside/id_rsa.txt */
  "chain2.txt",
  "sub/chain3.txt",
  "sub/hop",             /* -> ../../<outside>, a folder, relative */
};

static void
make_links_out (const char *dir,
                const char *outside)
{
  g_autofree char *secret = g_build_filename (outside, "id_rsa.txt", NULL);
  g_autofree char *keys = g_build_filename (outside, "keys", NULL);
  g_autofree char *base = g_path_get_basename (outside);
  g_autofree char *up = g_strconcat ("../", base, "/id_rsa.txt", NULL);
  g_autofree char *hop = g_strconcat ("../../", base, NULL);
  g_autofree char *sub = g_build_filename (dir, "sub", NULL);

  g_assert_cmpint (g_mkdir (sub, 0755), ==, 0);
  plx_test_write_file (outside, "id_rsa.txt", SECRET_TEXT, -1);
  plx_test_write_file (outside, "keys/more.txt", SECRET_TEXT, -1);
  plx_test_write_file (dir, ".store/item.txt", GOOD_TEXT, -1);
  make_link (secret, dir, "notes.txt");
  make_link ("/etc/passwd", dir, "passwd.txt");
  make_link (keys, dir, "keys");
  make_link (up, dir, "up.txt");
  make_link ("chain2.txt", dir, "chain1.txt");
  make_link ("sub/chain3.txt", dir, "chain2.txt");
  make_link (secret, dir, "sub/chain3.txt");
  make_link (hop, dir, "sub/hop");
  /* Links that stay inside, to a file and to a (hidden) folder, and a
   * loop. */
  make_link ("good.txt", dir, "alias.txt");
  make_link ("../good.txt", dir, "sub/back.txt");
  make_link (".store", dir, "shelf");
  make_link ("ring.txt", dir, "ring.txt");
}

static void
assert_links_bounded (PlxCorpus *corpus)
{
  print_warnings (corpus);
  assert_good_loaded (corpus);
  assert_good_loaded_as (corpus, "alias");
  assert_good_loaded_as (corpus, "sub/back");
  assert_good_loaded_as (corpus, "shelf/item");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 4);
  g_assert_false (any_text_contains (corpus, "PRIVATE"));
  g_assert_false (any_text_contains (corpus, "root:"));
  for (guint i = 0; i < G_N_ELEMENTS (links_outside); i++)
    g_assert_true (plx_test_has_warning (corpus, links_outside[i], "outside the corpus folder; skipped"));
  g_assert_true (plx_test_has_warning (corpus, "keys", "a symbolic link to a folder outside"));
  g_assert_true (plx_test_has_warning (corpus, "notes.txt", "a symbolic link to a file outside"));
  g_assert_true (plx_test_has_warning (corpus, "ring.txt", "loop"));
  g_assert_cmpuint (plx_corpus_get_n_warnings (corpus), ==, G_N_ELEMENTS (links_outside) + 1);
}

static void
test_links_outside (Fixture *fixture, gconstpointer data)
{
  g_autofree char *outside = plx_test_make_dir ();
  g_autofree char *opened = g_build_filename (outside, "corpus-link", NULL);
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxCorpus) through_link = NULL;

  make_links_out (fixture->dir, outside);
  corpus = fixture_load (fixture, NULL);
  assert_links_bounded (corpus);

  /* Opened through a link: the bound is the folder it leads to. */
  g_assert_cmpint (symlink (fixture->dir, opened), ==, 0);
  through_link = plx_test_load (opened);
  assert_links_bounded (through_link);
  plx_test_remove_tree (outside);
}

static void
test_links_outside_manifest (Fixture *fixture, gconstpointer data)
{
  g_autofree char *outside = plx_test_make_dir ();
  g_autoptr(PlxCorpus) corpus = NULL;
  const char *refused[] = {
    "notes.txt", "passwd.txt", "keys/more.txt", "up.txt", "chain1.txt", "sub/hop/id_rsa.txt",
  };

  /* The same links named by a corpus.json: refused as well, with every
   * link along the way resolved. */
  make_links_out (fixture->dir, outside);
  plx_test_write_file (fixture->dir, "corpus.json",
                       "{\"articles\": [{\"file\": \"notes.txt\"}, {\"file\": \"passwd.txt\"},\n"
                       "  {\"file\": \"keys/more.txt\"}, {\"file\": \"up.txt\"}, {\"file\": \"chain1.txt\"},\n"
                       "  {\"file\": \"sub/hop/id_rsa.txt\"}, {\"file\": \"good.txt\"}, {\"file\": \"alias.txt\"},\n"
                       "  {\"file\": \"shelf/item.txt\"}]}\n", -1);
  corpus = fixture_load (fixture, NULL);
  print_warnings (corpus);
  assert_good_loaded (corpus);
  assert_good_loaded_as (corpus, "alias");
  assert_good_loaded_as (corpus, "item");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 3);
  g_assert_false (any_text_contains (corpus, "PRIVATE"));
  g_assert_false (any_text_contains (corpus, "root:"));
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    g_assert_true (plx_test_has_warning (corpus, refused[i], "outside the folder of the corpus.json; refused"));
  g_assert_cmpuint (plx_corpus_get_n_warnings (corpus), ==, G_N_ELEMENTS (refused));
  plx_test_remove_tree (outside);
}

/* ---- Pipes, devices, sizes -------------------------------------------- */

#define PIPED_TEXT "PIPED text: whoever reads this opened the pipe.\n"

/* Writes PIPED_TEXT into each named pipe of @paths as soon as something
 * opens it to read, until told to stop: a loader that opens a pipe reads
 * that text (and one that waits for a writer would wait forever without
 * this thread). */
typedef struct
{
  char     **paths;
  gboolean   stop;
} PipeFeeder;

static gpointer
pipe_feeder_run (gpointer data)
{
  PipeFeeder *feeder = data;

  while (!g_atomic_int_get (&feeder->stop))
    {
      for (guint i = 0; feeder->paths[i] != NULL; i++)
        {
          /* Fails (ENXIO) until a reader has the pipe open. */
          int fd = open (feeder->paths[i], O_WRONLY | O_NONBLOCK | O_CLOEXEC);

          if (fd >= 0)
            {
              if (write (fd, PIPED_TEXT, strlen (PIPED_TEXT)) < 0)
                g_debug ("the reader of %s went: %s", feeder->paths[i], g_strerror (errno));
              close (fd);
            }
        }
      g_usleep (G_USEC_PER_SEC / 1000);
    }

  return NULL;
}


static void
test_fifo (Fixture *fixture, gconstpointer data)
{
  g_autofree char *manifest_dir = g_build_filename (fixture->dir, "m", NULL);
  g_autofree char *json_dir = g_build_filename (fixture->dir, "j", NULL);
  g_autofree char *json_path = g_build_filename (json_dir, "corpus.json", NULL);
  g_autofree char *pipe = g_build_filename (fixture->dir, "pipe.txt", NULL);
  g_autofree char *named_pipe = g_build_filename (manifest_dir, "pipe.txt", NULL);
  char *pipes[] = { pipe, named_pipe, json_path, NULL };
  g_autoptr(GFile) json_location = g_file_new_for_path (json_dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxCorpus) from_manifest = NULL;
  g_autoptr(PlxCorpus) nothing = NULL;
  PipeFeeder feeder = { pipes, FALSE };
  GThread *thread;

  /* A pipe in a plain folder, one named by a corpus.json, and a
   * corpus.json that is a pipe. */
  plx_test_write_file (manifest_dir, "good.txt", GOOD_TEXT, -1);
  plx_test_write_file (manifest_dir, "corpus.json",
                       "{\"articles\": [{\"file\": \"pipe.txt\"}, {\"file\": \"good.txt\"}]}", -1);
  g_assert_cmpint (g_mkdir (json_dir, 0755), ==, 0);
  for (guint i = 0; pipes[i] != NULL; i++)
    g_assert_cmpint (mkfifo (pipes[i], 0644), ==, 0);
  signal (SIGPIPE, SIG_IGN);
  thread = g_thread_new ("pipe-feeder", pipe_feeder_run, &feeder);

  corpus = fixture_load (fixture, NULL);
  print_warnings (corpus);
  assert_good_loaded (corpus);
  assert_good_loaded_as (corpus, "m/good");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 2);
  g_assert_true (plx_test_has_warning (corpus, "pipe.txt", "not a regular file"));
  g_assert_false (any_text_contains (corpus, "PIPED"));

  from_manifest = fixture_load (fixture, "m");
  print_warnings (from_manifest);
  assert_good_loaded (from_manifest);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (from_manifest)), ==, 1);
  g_assert_true (plx_test_has_warning (from_manifest, "corpus.json: article 1 (pipe.txt)", "not a regular file"));
  g_assert_false (any_text_contains (from_manifest, "PIPED"));

  nothing = plx_corpus_load (json_location, NULL, &error);
  g_assert_null (nothing);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_FAILED);
  g_test_message ("error: %s", error->message);
  g_assert_nonnull (strstr (error->message, "corpus.json: cannot be read: not a regular file"));

  g_atomic_int_set (&feeder.stop, TRUE);
  g_thread_join (thread);
}

static void
test_devices (Fixture *fixture, gconstpointer data)
{
  g_autofree char *node = g_build_filename (fixture->dir, "node.txt", NULL);
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxCorpus) from_manifest = NULL;
  gboolean have_node;

  /* A link to a device is a link outside the folder; a device node
   * inside it (root only: mknod) is not a regular file. */
  make_link ("/dev/zero", fixture->dir, "zero.txt");
  have_node = mknod (node, S_IFCHR | 0644, makedev (1, 5)) == 0;
  if (!have_node)
    g_test_message ("no device node made inside the folder (mknod: %s): that case is not checked",
                    g_strerror (errno));

  corpus = fixture_load (fixture, NULL);
  print_warnings (corpus);
  assert_good_loaded (corpus);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1);
  g_assert_true (plx_test_has_warning (corpus, "zero.txt", "a symbolic link to a file outside the corpus folder"));
  g_assert_true (!have_node || plx_test_has_warning (corpus, "node.txt", "not a regular file"));

  plx_test_write_file (fixture->dir, "corpus.json",
                       "{\"articles\": [{\"file\": \"/dev/zero\"}, {\"file\": \"zero.txt\"},\n"
                       "  {\"file\": \"node.txt\"}, {\"file\": \"good.txt\"}]}", -1);
  from_manifest = fixture_load (fixture, NULL);
  print_warnings (from_manifest);
  assert_good_loaded (from_manifest);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (from_manifest)), ==, 1);
  g_assert_true (plx_test_has_warning (from_manifest, "(/dev/zero)", "outside the folder of the corpus.json"));
  g_assert_true (plx_test_has_warning (from_manifest, "(zero.txt)", "outside the folder of the corpus.json"));
  g_assert_true (!have_node || plx_test_has_warning (from_manifest, "(node.txt)", "not a regular file"));
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

  print_warnings (corpus);
  print_warnings (from_manifest);
  g_print ("# a 2 GB sparse file refused, peak RSS %zu MiB\n", peak_rss_kib () / 1024);
  g_assert_cmpuint (peak_rss_kib (), <, SPARSE_RSS_LIMIT_KIB);
  assert_good_loaded (corpus);
  assert_good_loaded_as (corpus, "m/good");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 2);
  g_assert_true (plx_test_has_warning (corpus, "huge.txt", "the file is larger than 512 MB; skipped"));
  g_assert_true (plx_test_has_warning (corpus, "m/huge.txt", "the file is larger than 512 MB; skipped"));
  assert_good_loaded (from_manifest);
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
test_sparse_file (Fixture *fixture, gconstpointer data)
{
  g_autofree char *manifest_dir = g_build_filename (fixture->dir, "m", NULL);

  if (g_test_subprocess ())
    {
      child_forget_fixture (fixture);
      run_sparse_check (g_getenv ("PLX_TEST_DIR"));
      return;
    }

  make_sparse (fixture->dir);
  plx_test_write_file (manifest_dir, "good.txt", GOOD_TEXT, -1);
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

  print_warnings (corpus);
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
test_changing_file (Fixture *fixture, gconstpointer data)
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

      assert_good_loaded (corpus);
      n_text += check_live (corpus);
    }

  g_atomic_int_set (&writer.stop, TRUE);
  g_thread_join (thread);
  g_test_message ("%u loads while the file was rewritten %u times: %u gave its text, %u a message",
                  LIVE_LOADS, writer.rewrites, n_text, LIVE_LOADS - n_text);
  g_assert_cmpint (g_remove (path), ==, 0);
}

/* ---- corpus.json ------------------------------------------------------ */

static void
assert_manifest_error (Fixture    *fixture,
                       const char *document,
                       gssize      length,
                       const char *line)
{
  g_autofree char *path = g_build_filename (fixture->dir, "corpus.json", NULL);
  g_autoptr(GFile) location = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autofree char *after = NULL;

  plx_test_write_file (fixture->dir, "corpus.json", document, length);
  g_clear_pointer (&fixture->before, g_free);
  fixture->before = plx_test_snapshot_tree (fixture->dir);
  corpus = plx_corpus_load (location, NULL, &error);
  g_assert_null (corpus);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_MANIFEST);
  g_test_message ("error: %s", error->message);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_true (g_str_has_prefix (error->message, "corpus.json: "));
  if (line != NULL)
    {
      g_assert_nonnull (strstr (error->message, line));
      g_assert_nonnull (strstr (error->message, ", column "));
    }

  after = plx_test_snapshot_tree (fixture->dir);
  g_assert_cmpstr (after, ==, fixture->before);
}

static void
test_manifest_malformed (Fixture *fixture, gconstpointer data)
{
  g_autoptr(PlxCorpus) corpus = NULL;

  /* Fatal: the document is not JSON. The message gives line and column. */
  assert_manifest_error (fixture, "{\"articles\": [\n  {\"file\": \"good.txt\"},\n  {\"file\": \"a.txt\" \"outlet\": \"x\"}\n]}\n",
                         -1, "line 3, column");
  assert_manifest_error (fixture, "{\"articles\": [\n  {\"file\": \"good.txt\",}\n]}\n", -1, "line 2, column");
  assert_manifest_error (fixture, "{\"articles\": [\n  {\"file\": \"good.txt\"}", -1, "line 2, column");
  assert_manifest_error (fixture, "{\"articles\": [{\"text\": \"never ends\n\n", -1, NULL);
  assert_manifest_error (fixture, "{\"articles\": [{\"text\": \"caf\xe9\"}]}", -1, NULL);
  assert_manifest_error (fixture, "{\"articles\"\0: []}", 17, NULL);
  assert_manifest_error (fixture, "", 0, NULL);
  assert_manifest_error (fixture, "[1, 2, 3]", -1, NULL);
  assert_manifest_error (fixture, "{\"articles\": {\"file\": \"good.txt\"}}", -1, NULL);

  /* Not fatal: entries of the wrong shape are skipped, named, and the
   * good article still loads. */
  plx_test_write_file (fixture->dir, "corpus.json",
                       "{\"name\": [\"not\", \"a\", \"name\"], \"articles\": [\n"
                       "  42,\n"
                       "  {\"file\": 7},\n"
                       "  {\"file\": \"good.txt\", \"outlet\": {\"x\": 1}, \"date\": \"yesterday\"},\n"
                       "  null\n]}\n", -1);
  corpus = fixture_load (fixture, NULL);
  print_warnings (corpus);
  assert_good_loaded (corpus);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1);
  g_assert_true (plx_test_has_warning (corpus, "corpus.json: article 1", "expected an object"));
  g_assert_true (plx_test_has_warning (corpus, "corpus.json: article 2", "'file' must be a string"));
  g_assert_true (plx_test_has_warning (corpus, "corpus.json: article 3", "'outlet' must be a string"));
  g_assert_true (plx_test_has_warning (corpus, "corpus.json: article 4", "expected an object"));
  g_assert_true (plx_test_has_warning (corpus, "corpus.json: corpus", "'name' must be a string"));
}

/* 100 MB of corpus.json: a good entry, then 1,000 short articles that
 * each carry 100 kB of a field the loader does not use. */
#define HUGE_MANIFEST_SIZE (100 * 1024 * 1024)
#define PEAK_RSS_LIMIT_KIB (1024 * 1024)

static void
run_huge_manifest_check (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "corpus.json", NULL);
  g_autoptr(GFile) location = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxCorpus) corpus = NULL;
  gsize before = peak_rss_kib ();
  gint64 start = g_get_monotonic_time ();
  gsize peak;

  corpus = plx_corpus_load (location, NULL, &error);
  peak = peak_rss_kib ();
  /* A child's g_test_message() is not shown: a TAP comment on stdout. */
  g_print ("# 100 MB corpus.json: %s in %.1f s, peak RSS %zu MiB (%zu MiB before)\n",
                  corpus != NULL ? "loaded" : "refused", elapsed_seconds (start), peak / 1024, before / 1024);
  /* Either outcome is fine, in bounded memory. */
  g_assert_cmpuint (peak, <, PEAK_RSS_LIMIT_KIB);
  if (corpus == NULL)
    {
      g_assert_error (error, PLX_ERROR, PLX_ERROR_MANIFEST);
      g_assert_nonnull (strstr (error->message, "corpus.json"));
    }
  else
    {
      print_warnings (corpus);
      assert_good_loaded (corpus);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1001);
    }
}

static void
test_manifest_huge (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "corpus.json", NULL);

  /* Peak RSS counts a process's whole life: measured in a child. */
  if (g_test_subprocess ())
    {
      child_forget_fixture (fixture);
      run_huge_manifest_check (g_getenv ("PLX_TEST_DIR"));
      return;
    }

    {
      g_autoptr(GString) document = g_string_sized_new (HUGE_MANIFEST_SIZE + 256 * 1024);
      g_autofree char *padding = g_strnfill (HUGE_MANIFEST_SIZE / 1000, 'x');
      guint n = 0;

      g_string_append (document, "{\"name\": \"huge\", \"articles\": [\n  {\"file\": \"good.txt\"}");
      while (n < 1000)
        {
          n++;
          g_string_append_printf (document, ",\n  {\"id\": \"brief-%u\", \"text\": \"Brief %u was filed.\", \"notes\": \"%s\"}",
                                  n, n, padding);
        }
      g_string_append (document, "\n]}\n");
      g_assert_cmpuint (document->len, >, HUGE_MANIFEST_SIZE);
      write_quickly (path, document->str, document->len);
    }

  fixture->before = plx_test_snapshot_tree (fixture->dir);
  g_setenv ("PLX_TEST_DIR", fixture->dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_manifest_deep (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GString) document = g_string_new (NULL);
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autofree char *brackets = NULL;

  /* 100,000 levels of arrays: json-glib 1.6 would recurse until the
   * stack overflows; it is refused before parsing. */
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (document, '[');
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (document, ']');
  assert_manifest_error (fixture, document->str, document->len, NULL);

  /* The same inside an article, and unclosed. */
  g_string_assign (document, "{\"articles\": [{\"file\": \"good.txt\", \"extra\": ");
  for (guint i = 0; i < 100000; i++)
    g_string_append (document, "{\"a\":[");
  assert_manifest_error (fixture, document->str, document->len, NULL);

  /* Brackets inside strings are text, not nesting: this loads. */
  brackets = g_strnfill (100000, '[');
  g_string_printf (document, "{\"articles\": [{\"file\": \"good.txt\"}, {\"id\": \"b\", \"text\": \"Odd text %s here.\"}]}",
                   brackets);
  plx_test_write_file (fixture->dir, "corpus.json", document->str, document->len);
  corpus = fixture_load (fixture, NULL);
  assert_good_loaded (corpus);
  g_assert_nonnull (plx_corpus_find_article (corpus, "b"));
}

static void
test_manifest_outside (Fixture *fixture, gconstpointer data)
{
  g_autofree char *corpus_dir = g_build_filename (fixture->dir, "shared", NULL);
  g_autofree char *secret = g_build_filename (fixture->dir, "secret.txt", NULL);
  g_autofree char *document = NULL;
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxCorpus) outer = NULL;
  const char *refused[] = {
    "../secret.txt", "sub/../../secret.txt", "/etc/hostname", "link.txt", "up/secret.txt", "sub/deep-link.txt",
  };

  plx_test_write_file (fixture->dir, "secret.txt", "PRIVATE diary entry. Nobody reads this.\n", -1);
  plx_test_write_file (corpus_dir, "good.txt", GOOD_TEXT, -1);
  plx_test_write_file (corpus_dir, "sub/inside.txt", GOOD_TEXT, -1);
  make_link ("../secret.txt", corpus_dir, "link.txt");
  make_link ("..", corpus_dir, "up");
  make_link (secret, corpus_dir, "sub/deep-link.txt");
  /* Links that stay inside are fine. */
  make_link ("sub/inside.txt", corpus_dir, "alias.txt");
  document = g_strdup_printf ("{\"articles\": [\n"
                              "  {\"file\": \"../secret.txt\"},\n"
                              "  {\"file\": \"sub/../../secret.txt\"},\n"
                              "  {\"file\": \"/etc/hostname\"},\n"
                              "  {\"file\": \"%s\", \"id\": \"absolute\"},\n"
                              "  {\"file\": \"link.txt\"},\n"
                              "  {\"file\": \"up/secret.txt\"},\n"
                              "  {\"file\": \"sub/deep-link.txt\"},\n"
                              "  {\"file\": \"good.txt\"},\n"
                              "  {\"file\": \"./sub/../sub/inside.txt\"},\n"
                              "  {\"file\": \"alias.txt\"},\n"
                              "  {\"path\": \"%s/good.txt\", \"id\": \"absolute-inside\"}\n"
                              "]}\n", secret, corpus_dir);
  plx_test_write_file (corpus_dir, "corpus.json", document, -1);

  corpus = fixture_load (fixture, "shared");
  print_warnings (corpus);
  assert_good_loaded (corpus);
  assert_good_loaded_as (corpus, "inside");
  assert_good_loaded_as (corpus, "alias");
  assert_good_loaded_as (corpus, "absolute-inside");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 4);
  g_assert_false (any_text_contains (corpus, "PRIVATE"));
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    g_assert_true (plx_test_has_warning (corpus, refused[i], "outside the folder of the corpus.json; refused"));
  g_assert_true (plx_test_has_warning (corpus, secret, "outside the folder"));
  g_assert_cmpuint (plx_corpus_get_n_warnings (corpus), ==, G_N_ELEMENTS (refused) + 1);

  /* The user opens the outer folder: its files are theirs to compare. */
  outer = fixture_load (fixture, NULL);
  assert_good_loaded (outer);
  g_assert_nonnull (plx_corpus_find_article (outer, "secret"));
  g_assert_true (any_text_contains (outer, "PRIVATE"));
}

/* ---- Hostile text ----------------------------------------------------- */

/* Markup, control characters (C0, DEL, C1) and bidirectional overrides,
 * isolates and marks, inside sentences. */
#define HOSTILE_TEXT \
  "<script>alert('owned')</script> Talks resumed in Geneva on Friday.\n" \
  "The bell\x07 rang \x1b[31mtwice\x1b[0m and\x7f the doors \xc2\x85 closed at 5 & 6 <b>pm</b>.\n" \
  "The price was \xe2\x80\xae""001$\xe2\x80\xac according to \xe2\x81\xa6officials\xe2\x81\xa9 \xe2\x80\x8f here.\n" \
  "A quote said \"</td></tr></table><img src=x onerror=alert(1)>\" and ended.\n"

static char *
export_html (PlxCorpus *corpus)
{
  g_autoptr(PlxAlignment) alignment = plx_align_corpus (corpus, NULL, NULL);
  g_autoptr(PlxLedger) ledger = plx_ledger_build (corpus, alignment);

  return plx_export_html (corpus, alignment, ledger);
}

static void
test_hostile_text (Fixture *fixture, gconstpointer data)
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
  corpus = fixture_load (fixture, NULL);
  print_warnings (corpus);

  /* Loaded as the text it is, byte for byte. */
  assert_good_loaded (corpus);
  article = plx_corpus_find_article (corpus, "<script>alert(1)<\xe2\x80\xae");
  g_assert_nonnull (article);
  g_assert_cmpstr (plx_article_get_text (article), ==, HOSTILE_TEXT);
  g_assert_cmpuint (plx_article_get_n_sentences (article), >=, 4);
  assert_offsets_exact (article);

  /* The HTML report: well-formed, every text escaped, no tag from the
   * corpus, no raw control character. */
  html = export_html (corpus);
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
  json = plx_export_json (corpus, NULL, NULL, FALSE, &json_length);
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

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/hostile/empty-file", test_empty_file);
  ADD ("/hostile/binary-file", test_binary_file);
  ADD ("/hostile/invalid-utf8", test_invalid_utf8);
  ADD ("/hostile/utf16", test_utf16);
  ADD ("/hostile/nul-bytes", test_nul_bytes);
  ADD ("/hostile/crlf", test_crlf);
  ADD ("/hostile/long-line", test_long_line);
  ADD ("/hostile/many-files", test_many_files);
  ADD ("/hostile/deep-folders", test_deep_folders);
  ADD ("/hostile/symlink-loops", test_symlink_loops);
  ADD ("/hostile/unreadable", test_unreadable);
  ADD ("/hostile/links-outside", test_links_outside);
  ADD ("/hostile/links-outside-manifest", test_links_outside_manifest);
  ADD ("/hostile/fifo", test_fifo);
  ADD ("/hostile/devices", test_devices);
  ADD ("/hostile/sparse-2gb", test_sparse_file);
  ADD ("/hostile/changing-file", test_changing_file);
  ADD ("/hostile/manifest-malformed", test_manifest_malformed);
  ADD ("/hostile/manifest-huge", test_manifest_huge);
  ADD ("/hostile/manifest-deep", test_manifest_deep);
  ADD ("/hostile/manifest-outside", test_manifest_outside);
  ADD ("/hostile/script-control-bidi", test_hostile_text);
#undef ADD

  return g_test_run ();
}
