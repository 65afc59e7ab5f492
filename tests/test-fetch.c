/* test-fetch.c: web pages downloaded into a corpus folder (src/net)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "plx-fetch-batch.h"
#include "plx-fetcher.h"
#include "plx-test-server.h"
#include "plx-test-util.h"

/* Every page comes from tests/plx-test-server.c, on 127.0.0.1. */

/* Generous: a loaded machine can be slow; no test should come near it. */
#define TIMEOUT_SECONDS 30

typedef struct
{
  gboolean  done;
  GFile    *file;
  GError   *error;
  goffset   received;   /* as last reported */
  goffset   expected;
  guint     n_reports;
  goffset   cancel_after; /* cancels once this much came, if > 0 */
  GCancellable *cancellable;
} Fetched;

static void
fetched_clear (Fetched *fetched)
{
  g_clear_object (&fetched->file);
  g_clear_error (&fetched->error);
  g_clear_object (&fetched->cancellable);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Fetched, fetched_clear)

static void
progress_cb (goffset  received,
             goffset  expected,
             gpointer user_data)
{
  Fetched *fetched = user_data;

  /* Rising, never past the announced size. */
  g_assert_cmpint (received, >, fetched->received);
  g_assert_true (expected == -1 || received <= expected);
  fetched->received = received;
  fetched->expected = expected;
  fetched->n_reports++;

  if (fetched->cancel_after > 0 && received >= fetched->cancel_after)
    g_cancellable_cancel (fetched->cancellable);
}

static void
fetched_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Fetched *fetched = user_data;

  g_assert_false (fetched->done);
  fetched->file = plx_fetcher_fetch_finish (PLX_FETCHER (source_object), result, &fetched->error);
  /* Neither: a keep function dropped the page (/fetch/keep). */
  g_assert_true (fetched->file == NULL || fetched->error == NULL);
  fetched->done = TRUE;
}

static void
start_fetch (PlxFetcher *fetcher,
             const char *address,
             const char *dir,
             Fetched    *fetched)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);

  plx_fetcher_fetch_async (fetcher, address, folder, fetched->cancellable,
                           progress_cb, fetched, NULL, fetched_cb, fetched);
}

static gboolean
timed_out_cb (gpointer user_data)
{
  g_error ("A fetch did not end within %d seconds", TIMEOUT_SECONDS);
  return G_SOURCE_REMOVE;
}

/* Runs the main context (the server's and the fetcher's) until all of
 * @fetched are done. */
static void
wait_for (Fetched *fetched,
          guint    n_fetched)
{
  guint timeout_id = g_timeout_add_seconds (TIMEOUT_SECONDS, timed_out_cb, NULL);

  for (guint i = 0; i < n_fetched; i++)
    while (!fetched[i].done)
      g_main_context_iteration (NULL, TRUE);

  g_source_remove (timeout_id);
}

/* Fetches the server's @path into @dir with @fetcher, and waits. */
static void
fetch (PlxFetcher *fetcher,
       const char *path,
       const char *dir,
       Fetched    *fetched)
{
  g_autofree char *address = g_str_has_prefix (path, "/") ? plx_test_server_url (path) : g_strdup (path);

  start_fetch (fetcher, address, dir, fetched);
  wait_for (fetched, 1);
}

static void
assert_same_bytes (const char *path_a,
                   const char *path_b)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  gsize length_a = 0;
  gsize length_b = 0;

  g_assert_true (g_file_get_contents (path_a, &a, &length_a, NULL));
  g_assert_true (g_file_get_contents (path_b, &b, &length_b, NULL));
  g_assert_cmpmem (a, length_a, b, length_b);
}

static char *
story_path (const char *name)
{
  return g_build_filename (TEST_DATA_DIR, "html", "story", name, NULL);
}

/* Asserts that the fetch failed with @code, its message naming the
 * address and holding @needle, and that @dir is as empty as before. */
static void
assert_failed (Fetched    *fetched,
               int         code,
               const char *address,
               const char *needle,
               const char *dir)
{
  g_autofree char *names = plx_test_list_dir (dir);

  g_assert_null (fetched->file);
  g_assert_error (fetched->error, PLX_FETCH_ERROR, code);
  g_test_message ("%s", fetched->error->message);
  g_assert_nonnull (strstr (fetched->error->message, address));
  if (needle != NULL)
    g_assert_nonnull (strstr (fetched->error->message, needle));
  g_assert_cmpstr (names, ==, "");
}

/* Fetches @path (the server's, or an address) into an empty folder: it
 * must fail with @code, the message naming the address and holding
 * @needle, and leave the folder empty. */
static void
assert_refused (PlxFetcher *fetcher,
                const char *path,
                int         code,
                const char *needle)
{
  g_autofree char *dir = plx_test_make_dir ();
  g_autofree char *address = path[0] == '/' ? plx_test_server_url (path) : g_strdup (path);
  g_auto(Fetched) fetched = { 0 };

  fetch (fetcher, address, dir, &fetched);
  assert_failed (&fetched, code, address, needle, dir);
  plx_test_remove_tree (dir);
}

/* ---- Saved ------------------------------------------------------------ */

/* A page is saved with its bytes as served, named from its address, and
 * opens as an article with its headline and outlet; it keeps the
 * address it came from. */
static void
test_fetch_page (void)
{
  g_autoptr(PlxFetcher) fetcher = plx_fetcher_new ();
  g_autofree char *dir = plx_test_make_dir ();
  g_autofree char *address = plx_test_server_url ("/story/coast-post.html");
  g_autofree char *source = story_path ("coast-post.html");
  g_autofree char *expected = g_build_filename (dir, "127.0.0.1-coast-post.html", NULL);
  g_autofree char *saved = NULL;
  g_autofree char *names = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(PlxCorpus) corpus = NULL;
  g_auto(Fetched) fetched = { 0 };
  GStatBuf st;
  PlxArticle *article;

  fetch (fetcher, address, dir, &fetched);
  g_assert_no_error (fetched.error);

  saved = g_file_get_path (fetched.file);
  g_assert_cmpstr (saved, ==, expected);
  names = plx_test_list_dir (dir);
  g_assert_cmpstr (names, ==, "127.0.0.1-coast-post.html");
  assert_same_bytes (saved, source);

  /* The progress reached the size announced. */
  g_assert_cmpint (g_stat (source, &st), ==, 0);
  g_assert_cmpint (fetched.received, ==, st.st_size);
  g_assert_cmpint (fetched.expected, ==, st.st_size);

  corpus = plx_test_load (dir);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1);
  article = plx_corpus_get_article (corpus, 0);
  g_assert_cmpstr (plx_article_get_title (article), ==, "Docking fees rise 12% after harbour vote");
  g_assert_cmpstr (plx_article_get_outlet (article), ==, "The Coast Post");

  /* The page names no address of its own: it has the one it came from,
   * where the file system keeps extended attributes. */
  info = g_file_query_info (fetched.file, PLX_FETCH_ORIGIN_ATTRIBUTE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL && g_file_info_get_attribute_string (info, PLX_FETCH_ORIGIN_ATTRIBUTE) != NULL)
    {
      g_assert_cmpstr (g_file_info_get_attribute_string (info, PLX_FETCH_ORIGIN_ATTRIBUTE), ==, address);
      g_assert_cmpstr (plx_article_get_url (article), ==, address);
    }
  else
    g_test_message ("The file system of %s keeps no extended attributes", dir);

  plx_test_remove_tree (dir);
}

/* The five benchmark pages at their original paths, served gzipped as
 * news sites do, fetched at once (one more than run together): each is
 * saved decompressed, under a name from its address, and reads as its
 * saved copy does. */
static void
test_fetch_benchmark (void)
{
  g_autoptr(PlxFetcher) fetcher = plx_fetcher_new ();
  g_autofree char *dir = plx_test_make_dir ();
  Fetched fetched[G_N_ELEMENTS (plx_test_benchmark_pages)] = { { 0 } };
  g_autoptr(PlxCorpus) corpus = NULL;

  G_STATIC_ASSERT (G_N_ELEMENTS (plx_test_benchmark_pages) > PLX_FETCH_MAX_PARALLEL);

  for (guint i = 0; i < G_N_ELEMENTS (plx_test_benchmark_pages); i++)
    {
      g_autofree char *address = plx_test_server_url (plx_test_benchmark_pages[i].path);

      start_fetch (fetcher, address, dir, &fetched[i]);
    }
  wait_for (fetched, G_N_ELEMENTS (fetched));

  corpus = plx_test_load (dir);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, G_N_ELEMENTS (plx_test_benchmark_pages));

  for (guint i = 0; i < G_N_ELEMENTS (plx_test_benchmark_pages); i++)
    {
      const PlxTestBenchmarkPage *page = &plx_test_benchmark_pages[i];
      g_autofree char *original = g_build_filename (TEST_DATA_DIR, "html", "benchmark", page->file, NULL);
      g_autofree char *expected_name = g_strconcat (page->stem, ".html", NULL);
      g_autofree char *name = NULL;
      g_autofree char *compressed = NULL;
      g_autofree char *saved = NULL;
      g_autoptr(GConverter) decompressor = NULL;
      g_autoptr(GInputStream) raw = NULL;
      g_autoptr(GInputStream) input = NULL;
      g_autoptr(GOutputStream) output = NULL;
      g_autoptr(PlxCorpus) copy = NULL;
      g_autoptr(GError) error = NULL;
      PlxArticle *fetched_article;
      PlxArticle *saved_article;
      gsize length = 0;
      gsize saved_length = 0;

      g_assert_no_error (fetched[i].error);
      name = g_file_get_basename (fetched[i].file);
      g_assert_cmpstr (name, ==, expected_name);
      /* The size of a compressed page is not the page's. */
      g_assert_cmpint (fetched[i].expected, ==, -1);

      /* The bytes are the page's, decompressed. */
      g_assert_true (g_file_get_contents (original, &compressed, &length, NULL));
      decompressor = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP));
      raw = g_memory_input_stream_new_from_data (compressed, length, NULL);
      input = g_converter_input_stream_new (raw, decompressor);
      output = g_memory_output_stream_new_resizable ();
      g_output_stream_splice (output, input, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (g_file_peek_path (fetched[i].file), &saved, &saved_length, NULL));
      g_assert_cmpmem (saved, saved_length,
                       g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (output)),
                       g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (output)));

      /* It reads as the copy in tests/data does. */
      copy = plx_test_load (original);
      saved_article = plx_corpus_get_article (copy, 0);
      fetched_article = plx_corpus_find_article (corpus, page->stem);
      g_assert_nonnull (fetched_article);
      g_assert_nonnull (plx_article_get_title (saved_article));
      g_assert_cmpstr (plx_article_get_title (fetched_article), ==, plx_article_get_title (saved_article));
      g_assert_cmpuint (plx_article_get_n_sentences (fetched_article), ==, plx_article_get_n_sentences (saved_article));
    }

  for (guint i = 0; i < G_N_ELEMENTS (fetched); i++)
    fetched_clear (&fetched[i]);
  plx_test_remove_tree (dir);
}

/* A redirect is followed, and the page named from where it led. */
static void
test_fetch_redirect (void)
{
  g_autoptr(PlxFetcher) fetcher = plx_fetcher_new ();
  g_autofree char *dir = plx_test_make_dir ();
  g_autofree char *source = story_path ("coast-post.html");
  g_autofree char *name = NULL;
  g_auto(Fetched) fetched = { 0 };

  fetch (fetcher, "/moved", dir, &fetched);
  g_assert_no_error (fetched.error);
  name = g_file_get_basename (fetched.file);
  g_assert_cmpstr (name, ==, "127.0.0.1-coast-post.html");
  assert_same_bytes (g_file_peek_path (fetched.file), source);

  plx_test_remove_tree (dir);
}

/* Three redirects, with a limit of three, are followed; with a limit of
 * two, they fail, and nothing is saved. */
static void
test_fetch_redirect_limit (void)
{
  g_autoptr(PlxFetcher) fetcher = plx_fetcher_new ();
  g_autofree char *dir = plx_test_make_dir ();
  g_autofree char *address = plx_test_server_url ("/chain/0");
  g_auto(Fetched) followed = { 0 };
  g_auto(Fetched) refused = { 0 };

  g_assert_cmpuint (plx_fetcher_get_max_redirects (fetcher), ==, PLX_FETCH_MAX_REDIRECTS);

  plx_fetcher_set_max_redirects (fetcher, 2);
  fetch (fetcher, address, dir, &refused);
  assert_failed (&refused, PLX_FETCH_ERROR_REDIRECTS, address, "more than 2 redirects", dir);

  plx_fetcher_set_max_redirects (fetcher, 3);
  fetch (fetcher, address, dir, &followed);
  g_assert_no_error (followed.error);
  g_assert_true (g_str_has_suffix (g_file_peek_path (followed.file), "/127.0.0.1-3.html"));

  plx_test_remove_tree (dir);
}

/* Redirects that go round in a loop fail at once, saying so. */
static void
test_fetch_redirect_loop (void)
{
  g_autoptr(PlxFetcher) fetcher = plx_fetcher_new ();

  assert_refused (fetcher, "/loop-a", PLX_FETCH_ERROR_REDIRECT_LOOP, "loop");
}

/* A redirect to a file:// address is not followed. */
static void
test_fetch_redirect_scheme (void)
{
  g_autoptr(PlxFetcher) fetcher = plx_fetcher_new ();

  assert_refused (fetcher, "/to-file", PLX_FETCH_ERROR_ADDRESS, "file:///etc/passwd");
}

/* ---- Refused ---------------------------------------------------------- */

static void
test_fetch_not_found (void)
{
  g_autoptr(PlxFetcher) fetcher = plx_fetcher_new ();

  assert_refused (fetcher, "/story/no-such-page.html", PLX_FETCH_ERROR_STATUS, "404 Not Found");
}

/* Images, PDFs and binary data labelled as text are refused, each saying
 * what it is; an empty page too. */
static void
test_fetch_not_a_page (void)
{
  static const struct
  {
    const char *path;
    int         code;
    const char *needle;
  } cases[] = {
    { "/image.png", PLX_FETCH_ERROR_TYPE, "image/png" },
    { "/report.pdf", PLX_FETCH_ERROR_TYPE, "application/pdf" },
    { "/binary.txt", PLX_FETCH_ERROR_TYPE, "application/octet-stream" },
    { "/empty", PLX_FETCH_ERROR_EMPTY, "empty" },
  };
  g_autoptr(PlxFetcher) fetcher = plx_fetcher_new ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_refused (fetcher, cases[i].path, cases[i].code, cases[i].needle);
}

/* Plain text is saved as a .txt article. */
static void
test_fetch_plain_text (void)
{
  g_autoptr(PlxFetcher) fetcher = plx_fetcher_new ();
  g_autofree char *dir = plx_test_make_dir ();
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autofree char *name = NULL;
  g_auto(Fetched) fetched = { 0 };

  fetch (fetcher, "/notes.txt", dir, &fetched);
  g_assert_no_error (fetched.error);
  name = g_file_get_basename (fetched.file);
  g_assert_cmpstr (name, ==, "127.0.0.1-notes.txt");

  corpus = plx_test_load (dir);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1);
  g_assert_cmpstr (plx_article_get_title (plx_corpus_get_article (corpus, 0)), ==, "Harbour fees to rise");

  plx_test_remove_tree (dir);
}

/* Only http:// and https:// addresses are asked for; the others are
 * refused before any connection, the message naming them. */
static void
test_fetch_scheme (void)
{
  static const char * const addresses[] = {
    "file:///etc/passwd",
    "ftp://127.0.0.1/story.html",
    "data:text/html,<p>hello</p>",
    "javascript:alert(1)",
    "127.0.0.1/story/coast-post.html",
    "http://",
    "",
  };
  g_autoptr(PlxFetcher) fetcher = plx_fetcher_new ();
  g_autofree char *dir = plx_test_make_dir ();

  for (guint i = 0; i < G_N_ELEMENTS (addresses); i++)
    {
      g_auto(Fetched) fetched = { 0 };

      fetch (fetcher, addresses[i], dir, &fetched);
      assert_failed (&fetched, PLX_FETCH_ERROR_ADDRESS, addresses[i], "not a web address", dir);
      g_assert_cmpuint (fetched.n_reports, ==, 0);
    }

  plx_test_remove_tree (dir);
}

/* ---- Limits ----------------------------------------------------------- */

/* A server that stops sending, before answering or in the middle of a
 * page, fails the fetch once the timeout has passed, and leaves nothing
 * behind (the beginning of the page included). The server saw the one
 * request, so the fetch failed waiting for it, not before it; and the
 * stalled page had begun to arrive, so the timeout is one of silence,
 * not of the whole download. A fetch that never times out is stopped by
 * the test's own TIMEOUT_SECONDS.
 */
static void
test_fetch_timeout (void)
{
  static const char * const paths[] = { "/silent", "/stall" };
  g_autoptr(PlxFetcher) fetcher = plx_fetcher_new ();
  g_autofree char *dir = plx_test_make_dir ();

  g_assert_cmpuint (plx_fetcher_get_timeout (fetcher), ==, PLX_FETCH_TIMEOUT);
  plx_fetcher_set_timeout (fetcher, 1);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *address = plx_test_server_url (paths[i]);
      g_auto(Fetched) fetched = { 0 };
      guint n_requests = plx_test_server_get_n_requests (paths[i]);

      fetch (fetcher, address, dir, &fetched);
      assert_failed (&fetched, PLX_FETCH_ERROR_TIMED_OUT, address, "1 second", dir);
      g_assert_cmpuint (plx_test_server_get_n_requests (paths[i]), ==, n_requests + 1);
      if (g_str_equal (paths[i], "/stall"))
        g_assert_cmpint (fetched.received, >=, 8 * 1024);
      else
        g_assert_cmpint (fetched.received, ==, 0);
    }

  plx_test_remove_tree (dir);
}

/* Past the size limit, a download stops: when the server announces the
 * size, before anything is written; when it does not, as soon as the
 * limit is passed, without waiting for the rest (the server stalls
 * after 8 KB, and the timeout is far off). Nothing is left. */
static void
test_fetch_too_large (void)
{
  g_autoptr(PlxFetcher) fetcher = plx_fetcher_new ();
  g_autofree char *dir = plx_test_make_dir ();
  g_autofree char *announced = plx_test_server_url ("/story/harbour-times.html");
  g_autofree char *streamed = plx_test_server_url ("/stall");
  g_auto(Fetched) first = { 0 };
  g_auto(Fetched) second = { 0 };

  g_assert_cmpint (plx_fetcher_get_max_size (fetcher), ==, 50 * 1000 * 1000);
  plx_fetcher_set_max_size (fetcher, 1000);
  plx_fetcher_set_timeout (fetcher, 20);

  fetch (fetcher, announced, dir, &first);
  assert_failed (&first, PLX_FETCH_ERROR_TOO_LARGE, announced, "1.0\xc2\xa0kB", dir);
  g_assert_cmpuint (first.n_reports, ==, 0);

  fetch (fetcher, streamed, dir, &second);
  assert_failed (&second, PLX_FETCH_ERROR_TOO_LARGE, streamed, "1.0\xc2\xa0kB", dir);

  plx_test_remove_tree (dir);
}

/* ---- Keeping or dropping a page ----------------------------------------- */

typedef struct
{
  gboolean keep;
  guint    n_calls;
  char    *address;
  char    *extension;
  char    *contents;
} Keep;

/* Runs in a worker thread: the test waits in the main one. */
static gboolean
keep_cb (GFile       *download,
         const char  *address,
         const char  *extension,
         gpointer     user_data,
         GError     **error)
{
  Keep *keep = user_data;
  g_autofree char *name = g_file_get_basename (download);

  /* A hidden file of the folder, complete. */
  g_assert_true (name[0] == '.');
  keep->n_calls++;
  keep->address = g_strdup (address);
  keep->extension = g_strdup (extension);
  g_assert_true (g_file_load_contents (download, NULL, &keep->contents, NULL, NULL, NULL));

  return keep->keep;
}

/* plx_fetcher_fetch_full_async(): the keep function sees the page
 * complete, from where a redirect led; dropped, the page leaves no file
 * and no error; kept, it takes the name given. */
static void
test_fetch_keep (void)
{
  g_autoptr(PlxFetcher) fetcher = plx_fetcher_new ();
  g_autofree char *dir = plx_test_make_dir ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autofree char *moved = plx_test_server_url ("/moved");
  g_autofree char *target = plx_test_server_url ("/story/coast-post.html");
  g_autofree char *source = story_path ("coast-post.html");
  g_autofree char *expected = NULL;
  g_autofree char *names = NULL;
  g_autofree char *saved = NULL;
  g_auto(Fetched) dropped = { 0 };
  g_auto(Fetched) kept = { 0 };
  Keep drop = { FALSE };
  Keep keep = { TRUE };

  plx_fetcher_fetch_full_async (fetcher, moved, folder, NULL, keep_cb, &drop, NULL, NULL,
                                NULL, NULL, NULL, fetched_cb, &dropped);
  wait_for (&dropped, 1);
  g_assert_no_error (dropped.error);
  g_assert_null (dropped.file);
  g_assert_cmpuint (drop.n_calls, ==, 1);
  g_assert_cmpstr (drop.address, ==, target);
  g_assert_cmpstr (drop.extension, ==, ".html");
  g_assert_true (g_file_get_contents (source, &expected, NULL, NULL));
  g_assert_cmpstr (drop.contents, ==, expected);
  names = plx_test_list_dir (dir);
  g_assert_cmpstr (names, ==, "");

  plx_fetcher_fetch_full_async (fetcher, moved, folder, "harbour", keep_cb, &keep, NULL, NULL,
                                NULL, NULL, NULL, fetched_cb, &kept);
  wait_for (&kept, 1);
  g_assert_no_error (kept.error);
  saved = g_file_get_basename (kept.file);
  g_assert_cmpstr (saved, ==, "harbour.html");
  g_assert_cmpuint (keep.n_calls, ==, 1);

  g_free (drop.address);
  g_free (drop.extension);
  g_free (drop.contents);
  g_free (keep.address);
  g_free (keep.extension);
  g_free (keep.contents);
  plx_test_remove_tree (dir);
}

/* ---- The folder ------------------------------------------------------- */

/* A file of the folder is never replaced: the page takes the next free
 * name, and the file keeps its bytes and its date. */
static void
test_fetch_never_overwrites (void)
{
  g_autoptr(PlxFetcher) fetcher = plx_fetcher_new ();
  g_autofree char *dir = plx_test_make_dir ();
  g_autofree char *source = story_path ("coast-post.html");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *names = NULL;
  g_auto(Fetched) second = { 0 };
  g_auto(Fetched) third = { 0 };

  plx_test_write_file (dir, "127.0.0.1-coast-post.html", "My own notes, not a page.\n", -1);
  before = plx_test_snapshot_tree (dir);

  fetch (fetcher, "/story/coast-post.html", dir, &second);
  g_assert_no_error (second.error);
  g_assert_true (g_str_has_suffix (g_file_peek_path (second.file), "/127.0.0.1-coast-post-2.html"));
  assert_same_bytes (g_file_peek_path (second.file), source);

  fetch (fetcher, "/moved", dir, &third);
  g_assert_no_error (third.error);
  g_assert_true (g_str_has_suffix (g_file_peek_path (third.file), "/127.0.0.1-coast-post-3.html"));

  /* The user's file is as it was. */
  g_assert_cmpint (g_unlink (g_file_peek_path (second.file)), ==, 0);
  g_assert_cmpint (g_unlink (g_file_peek_path (third.file)), ==, 0);
  after = plx_test_snapshot_tree (dir);
  g_assert_cmpstr (after, ==, before);

  names = plx_test_list_dir (dir);
  g_assert_cmpstr (names, ==, "127.0.0.1-coast-post.html");

  plx_test_remove_tree (dir);
}

/* A folder that does not exist: the error names it. */
static void
test_fetch_missing_folder (void)
{
  g_autoptr(PlxFetcher) fetcher = plx_fetcher_new ();
  g_autofree char *dir = plx_test_make_dir ();
  g_autofree char *missing = g_build_filename (dir, "not-here", NULL);
  g_autofree char *address = plx_test_server_url ("/story/coast-post.html");
  g_auto(Fetched) fetched = { 0 };

  fetch (fetcher, address, missing, &fetched);
  assert_failed (&fetched, PLX_FETCH_ERROR_SAVE, address, missing, dir);
  g_assert_nonnull (strstr (fetched.error->message, "the folder does not exist"));

  plx_test_remove_tree (dir);
}

typedef struct
{
  const char   *dir;
  GCancellable *cancellable;
} CancelWatch;

static gboolean
cancel_when_file_shows (gpointer data)
{
  CancelWatch *watch = data;
  g_autofree char *names = plx_test_list_dir (watch->dir);

  if (names[0] != '\0')
    g_cancellable_cancel (watch->cancellable);

  return G_SOURCE_CONTINUE;
}

/* Cancelled in the middle of a page, a fetch ends as cancelled, and
 * leaves nothing; so does one cancelled before it began, which the
 * server never hears of. */
static void
test_fetch_cancel (void)
{
  g_autoptr(PlxFetcher) fetcher = plx_fetcher_new ();
  g_autofree char *dir = plx_test_make_dir ();
  g_autofree char *address = plx_test_server_url ("/stall");
  g_autofree char *names = NULL;
  g_auto(Fetched) midway = { 0 };
  g_auto(Fetched) early = { 0 };
  guint n_requests;

  /* The page stalls after its beginning: only the cancel can end the
   * fetch before the fetcher's timeout, which would say "timed out";
   * shorter than the test's TIMEOUT_SECONDS, for a fetch that ignored
   * its cancellable to fail here rather than hang. */
  plx_fetcher_set_timeout (fetcher, 5);
  midway.cancellable = g_cancellable_new ();
  midway.cancel_after = 1;
  fetch (fetcher, address, dir, &midway);
  g_test_message ("%s", midway.error->message);
  g_assert_error (midway.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_nonnull (strstr (midway.error->message, address));
  g_assert_cmpint (midway.received, >, 0);
  g_assert_cmpuint (plx_test_server_get_n_requests ("/stall"), >=, 1);
  names = plx_test_list_dir (dir);
  g_assert_cmpstr (names, ==, "");
  g_clear_pointer (&names, g_free);

  /* Cancelled as soon as the unfinished file shows in the folder: the
   * page is on its way, or about to be. */
  for (guint i = 0; i < 50; i++)
    {
      g_auto(Fetched) racing = { 0 };
      guint watch_id;

      racing.cancellable = g_cancellable_new ();
      watch_id = g_timeout_add (1, cancel_when_file_shows, &(CancelWatch) { dir, racing.cancellable });
      fetch (fetcher, address, dir, &racing);
      g_source_remove (watch_id);
      g_assert_error (racing.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      names = plx_test_list_dir (dir);
      g_assert_cmpstr (names, ==, "");
      g_clear_pointer (&names, g_free);
    }

  /* Cancelled before it began: the server never hears of it. */
  n_requests = plx_test_server_get_n_requests ("/story/coast-post.html");
  early.cancellable = g_cancellable_new ();
  g_cancellable_cancel (early.cancellable);
  fetch (fetcher, "/story/coast-post.html", dir, &early);
  g_assert_error (early.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (plx_test_server_get_n_requests ("/story/coast-post.html"), ==, n_requests);
  g_assert_cmpuint (early.n_reports, ==, 0);

  names = plx_test_list_dir (dir);
  g_assert_cmpstr (names, ==, "");

  plx_test_remove_tree (dir);
}

/* ---- Addresses and names ------------------------------------------------ */

static void
test_fetch_split_addresses (void)
{
  g_auto(GStrv) addresses = plx_fetch_split_addresses ("  https://a.example/1\n\n"
                                                       "http://b.example/2 \r\n"
                                                       "\thttps://a.example/1\n"
                                                       "https://c.example/3 https://d.example/4");
  const char * const expected[] = {
    "https://a.example/1", "http://b.example/2", "https://c.example/3", "https://d.example/4", NULL
  };
  g_auto(GStrv) none = plx_fetch_split_addresses (" \n\n\t ");

  g_assert_cmpstrv (addresses, expected);
  g_assert_cmpuint (g_strv_length (none), ==, 0);
}

static void
test_fetch_file_stem (void)
{
  static const struct
  {
    const char *address;
    const char *stem;
  } cases[] = {
    { "https://www.aljazeera.com/news/2019/11/service-members-killed-afghanistan-helicopter-crash-191120070028895.html",
      "aljazeera.com-service-members-killed-afghanistan-helicopter-crash-191120070028895" },
    { "http://entermedia.co.kr/news/news_view.html?idx=8576", "entermedia.co.kr-news_view-idx-8576" },
    { "https://www.slashgear.com/2020-audi-e-tron-sportback-revealed/", "slashgear.com-2020-audi-e-tron-sportback-revealed" },
    { "https://example.com/", "example.com" },
    { "https://example.com", "example.com" },
    { "https://EXAMPLE.com/news/index.html", "example.com-news" },
    { "https://example.com/a/%C3%A9t%C3%A9-2026", "example.com-été-2026" },
    { "https://example.com/..%2F..%2Fetc%2Fpasswd", "example.com-etc-passwd" },
    { "https://example.com/.hidden", "example.com-hidden" },
    { "https://example.com/a b<c>|d*e?f=\"g\"", "example.com-a-b-c-d-e-f-g" },
    { "not an address", "page" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *stem = plx_fetch_file_stem (cases[i].address);

      g_assert_cmpstr (stem, ==, cases[i].stem);
    }

  /* Long addresses make names of at most 120 bytes, cut between characters. */
  {
    g_autoptr(GString) address = g_string_new ("https://example.com/");
    g_autofree char *stem = NULL;

    for (guint i = 0; i < 60; i++)
      g_string_append (address, "%C3%A9");
    stem = plx_fetch_file_stem (address->str);
    g_assert_cmpuint (strlen (stem), <=, 120);
    g_assert_cmpuint (strlen (stem), >=, 115);
    g_assert_true (g_utf8_validate (stem, -1, NULL));
  }
}

/* ---- A batch of pages ---------------------------------------------------- */

typedef struct
{
  gboolean  done;
  gboolean  finished;     /* what plx_fetch_batch_run_finish() said */
  GError   *error;
  GArray   *reported;     /* the indices of "page-done", as emitted */
  guint     n_progress;
  guint     n_done;       /* as last reported by "progress" */
  goffset   received;
  double    fraction;
  GCancellable *cancellable;
  gboolean  cancel_after_first; /* cancels once the first page is done */
} Batched;

static void
batched_clear (Batched *batched)
{
  g_clear_error (&batched->error);
  g_clear_pointer (&batched->reported, g_array_unref);
  g_clear_object (&batched->cancellable);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Batched, batched_clear)

/* A page is announced once, in the order of the addresses, when it and
 * every page before it are done, with its file or its error. */
static void
batch_page_done_cb (PlxFetchBatch *batch,
                    guint          index,
                    Batched       *batched)
{
  g_assert_false (batched->done);
  g_assert_cmpuint (index, ==, batched->reported->len);
  g_array_append_val (batched->reported, index);

  for (guint i = 0; i <= index; i++)
    g_assert_true (plx_fetch_batch_is_done (batch, i));
  g_assert_true ((plx_fetch_batch_get_file (batch, index) == NULL) !=
                 (plx_fetch_batch_get_error (batch, index) == NULL));

  if (batched->cancel_after_first)
    g_cancellable_cancel (batched->cancellable);
}

/* The counts, the bytes and the fraction only ever rise. */
static void
batch_progress_cb (PlxFetchBatch *batch,
                   Batched       *batched)
{
  guint n_done = plx_fetch_batch_get_n_done (batch);
  goffset received = plx_fetch_batch_get_received (batch);
  double fraction = plx_fetch_batch_get_fraction (batch);

  g_assert_false (batched->done);
  g_assert_cmpuint (n_done, >=, batched->n_done);
  g_assert_cmpuint (n_done, <=, plx_fetch_batch_get_n_pages (batch));
  g_assert_cmpuint (plx_fetch_batch_get_n_saved (batch) + plx_fetch_batch_get_n_failed (batch), ==, n_done);
  g_assert_cmpint (received, >=, batched->received);
  g_assert_cmpfloat (fraction, >=, batched->fraction);
  g_assert_cmpfloat (fraction, <=, 1.0);

  batched->n_progress++;
  batched->n_done = n_done;
  batched->received = received;
  batched->fraction = fraction;
}

static void
batch_ran_cb (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Batched *batched = user_data;
  PlxFetchBatch *batch = PLX_FETCH_BATCH (source_object);

  g_assert_false (batched->done);
  batched->finished = plx_fetch_batch_run_finish (batch, result, &batched->error);
  g_assert_true (batched->finished == (batched->error == NULL));
  /* Every page was announced before the end. */
  g_assert_cmpuint (batched->reported->len, ==, plx_fetch_batch_get_n_pages (batch));
  g_assert_cmpuint (plx_fetch_batch_get_n_done (batch), ==, plx_fetch_batch_get_n_pages (batch));
  batched->done = TRUE;
}

/* Runs a batch of the server's @paths into @dir with @fetcher, and
 * waits for its end. */
static PlxFetchBatch *
run_batch (PlxFetcher         *fetcher,
           const char * const *paths,
           const char         *dir,
           Batched            *batched)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GPtrArray) array = g_ptr_array_new_null_terminated (8, g_free, TRUE);
  char **addresses;
  PlxFetchBatch *batch;
  guint timeout_id;

  for (guint i = 0; paths[i] != NULL; i++)
    g_ptr_array_add (array, plx_test_server_url (paths[i]));
  addresses = (char **) array->pdata;

  batched->reported = g_array_new (FALSE, FALSE, sizeof (guint));
  batch = plx_fetch_batch_new (fetcher, folder, (const char * const *) addresses);
  g_assert_true (fetcher == NULL || plx_fetch_batch_get_fetcher (batch) == fetcher);
  g_assert_true (plx_fetch_batch_get_folder (batch) == folder);
  g_assert_cmpuint (plx_fetch_batch_get_n_pages (batch), ==, g_strv_length (addresses));
  /* Nothing done yet; a batch of no page has nothing to do. */
  g_assert_cmpfloat (plx_fetch_batch_get_fraction (batch), ==, paths[0] != NULL ? 0.0 : 1.0);
  g_signal_connect (batch, "page-done", G_CALLBACK (batch_page_done_cb), batched);
  g_signal_connect (batch, "progress", G_CALLBACK (batch_progress_cb), batched);

  plx_fetch_batch_run_async (batch, batched->cancellable, batch_ran_cb, batched);
  /* Nothing is announced before the main context runs. */
  g_assert_cmpuint (batched->reported->len, ==, 0);

  timeout_id = g_timeout_add_seconds (TIMEOUT_SECONDS, timed_out_cb, NULL);
  while (!batched->done)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout_id);

  for (guint i = 0; addresses[i] != NULL; i++)
    g_assert_cmpstr (plx_fetch_batch_get_address (batch, i), ==, addresses[i]);

  return batch;
}

static goffset
file_size (GFile *file)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (g_file_peek_path (file), &st), ==, 0);

  return st.st_size;
}

/* More pages than run at once, one of them failing: it stalls, and
 * fails when the fetcher's timeout has passed, most likely after the
 * pages behind it are in, and those wait for it to be announced. (The
 * timeout is short, but long enough that a slow machine does not make
 * the other pages time out too.) Each page's result is under its place in the list; the
 * progress ends with every page done. */
static void
test_fetch_batch (void)
{
  static const char * const paths[] = {
    "/story/coast-post.html", "/stall", "/story/island-wire.html",
    "/notes.txt", "/story/harbour-times.html", "/story/daily-ledger.html", NULL
  };
  static const char * const names[] = {
    "127.0.0.1-coast-post.html", NULL, "127.0.0.1-island-wire.html",
    "127.0.0.1-notes.txt", "127.0.0.1-harbour-times.html", "127.0.0.1-daily-ledger.html",
  };
  g_autoptr(PlxFetcher) fetcher = plx_fetcher_new ();
  g_autofree char *dir = plx_test_make_dir ();
  g_autofree char *listed = NULL;
  g_autoptr(PlxFetchBatch) batch = NULL;
  g_auto(Batched) batched = { 0 };
  goffset saved_size = 0;

  G_STATIC_ASSERT (G_N_ELEMENTS (paths) - 1 > PLX_FETCH_MAX_PARALLEL);

  plx_fetcher_set_timeout (fetcher, 3);
  batch = run_batch (fetcher, paths, dir, &batched);

  g_assert_true (batched.finished);
  g_assert_cmpuint (plx_fetch_batch_get_n_done (batch), ==, 6);
  g_assert_cmpuint (plx_fetch_batch_get_n_saved (batch), ==, 5);
  g_assert_cmpuint (plx_fetch_batch_get_n_failed (batch), ==, 1);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      GFile *file = plx_fetch_batch_get_file (batch, i);
      const GError *error = plx_fetch_batch_get_error (batch, i);
      g_autofree char *name = NULL;

      g_assert_cmpuint (g_array_index (batched.reported, guint, i), ==, i);
      g_assert_true (plx_fetch_batch_is_done (batch, i));
      if (names[i] == NULL)
        {
          g_assert_null (file);
          g_assert_error (error, PLX_FETCH_ERROR, PLX_FETCH_ERROR_TIMED_OUT);
          g_assert_nonnull (strstr (error->message, plx_fetch_batch_get_address (batch, i)));
          continue;
        }

      g_assert_null (error);
      name = g_file_get_basename (file);
      g_assert_cmpstr (name, ==, names[i]);
      saved_size += file_size (file);
    }

  /* The progress reached the end: every page, all their bytes (the
   * stalled page's beginning too). */
  g_assert_cmpuint (batched.n_done, ==, 6);
  g_assert_cmpfloat (batched.fraction, ==, 1.0);
  g_assert_cmpint (batched.received, ==, plx_fetch_batch_get_received (batch));
  g_assert_cmpint (batched.received, >=, saved_size + 8 * 1024);
  g_assert_cmpuint (batched.n_progress, >, 6);

  listed = plx_test_list_dir (dir);
  g_assert_cmpstr (listed, ==, "127.0.0.1-coast-post.html 127.0.0.1-daily-ledger.html "
                               "127.0.0.1-harbour-times.html 127.0.0.1-island-wire.html 127.0.0.1-notes.txt");

  plx_test_remove_tree (dir);
}

/* A batch of no page ends at once, done. */
static void
test_fetch_batch_empty (void)
{
  static const char * const paths[] = { NULL };
  g_autofree char *dir = plx_test_make_dir ();
  g_autoptr(PlxFetchBatch) batch = NULL;
  g_auto(Batched) batched = { 0 };

  batch = run_batch (NULL, paths, dir, &batched);
  g_assert_true (batched.finished);
  g_assert_cmpuint (plx_fetch_batch_get_n_done (batch), ==, 0);
  g_assert_cmpuint (batched.n_progress, ==, 0);
  g_assert_true (PLX_IS_FETCHER (plx_fetch_batch_get_fetcher (batch)));

  plx_test_remove_tree (dir);
}

/* Cancelled once its first page is saved, a batch stops the pages on
 * their way and those waiting their turn, which the server never hears
 * of; each says it was cancelled, the run too, and the folder holds the
 * page saved and nothing else. */
static void
test_fetch_batch_cancel (void)
{
  static const char * const paths[] = {
    "/story/coast-post.html", "/stall", "/stall", "/stall", "/stall", "/stall", NULL
  };
  g_autoptr(PlxFetcher) fetcher = plx_fetcher_new ();
  g_autofree char *dir = plx_test_make_dir ();
  g_autofree char *listed = NULL;
  g_autoptr(PlxFetchBatch) batch = NULL;
  g_auto(Batched) batched = { 0 };
  guint n_requests = plx_test_server_get_n_requests ("/stall");

  /* Only the cancel can end the stalled pages before the fetcher's
   * timeout, which would say "timed out"; it is shorter than the
   * test's TIMEOUT_SECONDS, for a batch that ignored its cancellable
   * to fail here rather than hang. */
  plx_fetcher_set_timeout (fetcher, 10);
  batched.cancellable = g_cancellable_new ();
  batched.cancel_after_first = TRUE;
  batch = run_batch (fetcher, paths, dir, &batched);

  g_assert_false (batched.finished);
  g_assert_error (batched.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (plx_fetch_batch_get_n_saved (batch), ==, 1);
  g_assert_cmpuint (plx_fetch_batch_get_n_failed (batch), ==, 5);
  g_assert_nonnull (plx_fetch_batch_get_file (batch, 0));
  for (guint i = 1; paths[i] != NULL; i++)
    {
      g_assert_null (plx_fetch_batch_get_file (batch, i));
      g_assert_error (plx_fetch_batch_get_error (batch, i), G_IO_ERROR, G_IO_ERROR_CANCELLED);
    }

  /* The fifth stalled page was still waiting its turn. */
  g_assert_cmpuint (plx_test_server_get_n_requests ("/stall") - n_requests, <=, PLX_FETCH_MAX_PARALLEL);

  listed = plx_test_list_dir (dir);
  g_assert_cmpstr (listed, ==, "127.0.0.1-coast-post.html");

  plx_test_remove_tree (dir);
}

/* ---- parallax-cli fetch ------------------------------------------------ */

/* parallax-cli fetch: a line per address, in the order given, on
 * standard output for a page saved and on standard error for one that
 * could not be; exit status 1 if any failed. The folder is made if
 * need be. */
static void
test_fetch_cli (void)
{
  g_autofree char *dir = plx_test_make_dir ();
  g_autofree char *into = g_build_filename (dir, "harbour", NULL);
  g_autofree char *page = plx_test_server_url ("/story/coast-post.html");
  g_autofree char *other = plx_test_server_url ("/story/island-wire.html");
  g_autofree char *missing = plx_test_server_url ("/story/gone.html");
  g_autofree char *saved = g_build_filename (into, "127.0.0.1-coast-post.html", NULL);
  g_autofree char *saved_other = g_build_filename (into, "127.0.0.1-island-wire.html", NULL);
  g_autofree char *expected_out = NULL;
  g_autofree char *names = NULL;
  g_auto(PlxTestCliRun) failed = { 0 };
  g_auto(PlxTestCliRun) passed = { 0 };
  g_auto(PlxTestCliRun) usage = { 0 };

  plx_test_run_cli ((const char * const []) { "fetch", page, missing, other, "--into", into, NULL }, &failed);
  g_assert_cmpint (failed.status, ==, 1);
  expected_out = g_strdup_printf ("%s: saved as %s\n%s: saved as %s\n", page, saved, other, saved_other);
  g_assert_cmpstr (failed.out, ==, expected_out);
  g_assert_nonnull (strstr (failed.err, missing));
  g_assert_nonnull (strstr (failed.err, "404 Not Found"));
  names = plx_test_list_dir (into);
  g_assert_cmpstr (names, ==, "127.0.0.1-coast-post.html 127.0.0.1-island-wire.html");

  /* All saved: status 0, and the page already there is kept. */
  plx_test_run_cli ((const char * const []) { "fetch", "--into", into, page, NULL }, &passed);
  g_assert_cmpint (passed.status, ==, 0);
  g_assert_nonnull (strstr (passed.out, "127.0.0.1-coast-post-2.html"));
  g_assert_cmpstr (passed.err, ==, "");

  /* No folder: a usage error. */
  plx_test_run_cli ((const char * const []) { "fetch", page, NULL }, &usage);
  g_assert_cmpint (usage.status, ==, 2);
  g_assert_nonnull (strstr (usage.err, "--into"));

  plx_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *base = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  base = plx_test_server_start ();
  g_test_message ("Serving on %s", base);

  g_test_add_func ("/fetch/page", test_fetch_page);
  g_test_add_func ("/fetch/benchmark", test_fetch_benchmark);
  g_test_add_func ("/fetch/redirect", test_fetch_redirect);
  g_test_add_func ("/fetch/redirect-limit", test_fetch_redirect_limit);
  g_test_add_func ("/fetch/redirect-loop", test_fetch_redirect_loop);
  g_test_add_func ("/fetch/redirect-scheme", test_fetch_redirect_scheme);
  g_test_add_func ("/fetch/not-found", test_fetch_not_found);
  g_test_add_func ("/fetch/not-a-page", test_fetch_not_a_page);
  g_test_add_func ("/fetch/plain-text", test_fetch_plain_text);
  g_test_add_func ("/fetch/scheme", test_fetch_scheme);
  g_test_add_func ("/fetch/timeout", test_fetch_timeout);
  g_test_add_func ("/fetch/too-large", test_fetch_too_large);
  g_test_add_func ("/fetch/keep", test_fetch_keep);
  g_test_add_func ("/fetch/never-overwrites", test_fetch_never_overwrites);
  g_test_add_func ("/fetch/missing-folder", test_fetch_missing_folder);
  g_test_add_func ("/fetch/cancel", test_fetch_cancel);
  g_test_add_func ("/fetch/split-addresses", test_fetch_split_addresses);
  g_test_add_func ("/fetch/file-stem", test_fetch_file_stem);
  g_test_add_func ("/fetch/batch", test_fetch_batch);
  g_test_add_func ("/fetch/batch-empty", test_fetch_batch_empty);
  g_test_add_func ("/fetch/batch-cancel", test_fetch_batch_cancel);
  g_test_add_func ("/fetch/cli", test_fetch_cli);

  status = g_test_run ();
  plx_test_server_stop ();

  return status;
}
