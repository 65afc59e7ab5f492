/* plx-test-server.c: a web server on 127.0.0.1 for the fetch tests
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "plx-fetcher.h"
#include "plx-test-server.h"
#include "plx-test-util.h"

/* The server listens on 127.0.0.1 only, on a port the system picks, in
 * the test's own main context: no test reaches beyond the loopback
 * address. What it serves:
 *
 *   /story/NAME              tests/data/html/story/NAME, text/html
 *   benchmark paths          the benchmark's pages, gzip Content-Encoding
 *   /moved                   302 to /story/coast-post.html
 *   /loop-a, /loop-b         302 to each other
 *   /chain/N                 302 to /chain/N+1 up to 3, which is a page
 *   /to-file                 302 to file:///etc/passwd
 *   /stall                   chunked: 8 KB of a page, then nothing more
 *   /silent                  no answer at all
 *   /notes.txt               a short article, text/plain
 *   /binary.txt              NUL bytes labelled text/plain
 *   /image.png, /report.pdf  an image and a PDF
 *   /empty                   200 with nothing
 *   paths a test set         what it set, and changes between requests:
 *                            plx_test_server_set_page(),
 *                            plx_test_server_set_redirect(),
 *                            plx_test_server_unset()
 *   anything else            404 Not Found
 *
 * It counts the requests for each path, for a test to tell that a fetch
 * reached it (plx_test_server_get_n_requests()).
 */

const PlxTestBenchmarkPage plx_test_benchmark_pages[5] = {
  { "0ec95c7261d122f304728e90c983450ef1ce1e0b423546835c397d50aaf0d0f2.html.gz",
    "/news/news_view.html?idx=8576", "127.0.0.1-news_view-idx-8576" },
  { "3cb22bfabed8de715c0813a7bb5052363c96bd71ccce3bb2dfb3ab9d1d7a9bbc.html.gz",
    "/2020-audi-e-tron-sportback-revealed-as-electric-4-door-coupe-19600369/",
    "127.0.0.1-2020-audi-e-tron-sportback-revealed-as-electric-4-door-coupe-19600369" },
  { "4648a420af9984d45b76a4afedf4f74965f8a2e0bf1c69bd3da2dc189020f3c9.html.gz",
    "/blog/introducing-junior-gaspard-new-ceo-experience/",
    "127.0.0.1-introducing-junior-gaspard-new-ceo-experience" },
  { "7916ecca969ffdd8f6fc32d171fbe0dd63db40fe4c1d2ade02b1dec5929a162f.html.gz",
    "/news/2019/11/service-members-killed-afghanistan-helicopter-crash-191120070028895.html",
    "127.0.0.1-service-members-killed-afghanistan-helicopter-crash-191120070028895" },
  { "85439e26c41c75901820d01a13e8cea7836abb58635ea3986f71a163ab0311d3.html.gz",
    "/blog/decision-info/index-2726.html", "127.0.0.1-index-2726" },
};

static SoupServer *server;
static char *base_url;
static GHashTable *n_requests;   /* path -> count, as a pointer */
static GHashTable *set_paths;    /* path -> Set, what a test set */

typedef struct
{
  char *type;       /* NULL: a redirect */
  char *data;       /* the page, or where to */
} Set;

static void
set_free (gpointer data)
{
  Set *set = data;

  g_free (set->type);
  g_free (set->data);
  g_free (set);
}

static void
serve_file (SoupServerMessage *msg,
            const char        *path,
            const char        *type,
            gboolean           gzip)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("The test server cannot read %s: %s", path, error->message);

  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  if (gzip)
    soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Content-Encoding", "gzip");
  soup_server_message_set_response (msg, type, SOUP_MEMORY_TAKE, contents, length);
}

static void
serve_data (SoupServerMessage *msg,
            const char        *type,
            const char        *data,
            gsize              length)
{
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, type, SOUP_MEMORY_COPY, data, length);
}

static void
serve_redirect (SoupServerMessage *msg,
                const char        *location)
{
  soup_server_message_set_status (msg, SOUP_STATUS_FOUND, NULL);
  soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Location", location);
}

/* The beginning of a page, sent with chunked encoding and never
 * completed: the server keeps the connection open and says no more. */
static void
serve_stall (SoupServerMessage *msg)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);
  GString *page = g_string_new ("<!DOCTYPE html><html><head><title>Stalled</title></head><body>\n");

  while (page->len < 8 * 1024)
    g_string_append (page, "<p>The harbour board voted to raise docking fees by 12% on Tuesday.</p>\n");

  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
  soup_message_headers_set_content_type (headers, "text/html", NULL);
  soup_message_body_append (soup_server_message_get_response_body (msg), SOUP_MEMORY_TAKE,
                            page->str, page->len);
  g_string_free (page, FALSE);
}

static gboolean
serve_benchmark (SoupServerMessage *msg,
                 const char        *path)
{
  const char *query = g_uri_get_query (soup_server_message_get_uri (msg));
  g_autofree char *asked = query != NULL ? g_strconcat (path, "?", query, NULL) : g_strdup (path);

  for (guint i = 0; i < G_N_ELEMENTS (plx_test_benchmark_pages); i++)
    {
      g_autofree char *file = NULL;

      if (!g_str_equal (asked, plx_test_benchmark_pages[i].path))
        continue;

      file = g_build_filename (TEST_DATA_DIR, "html", "benchmark", plx_test_benchmark_pages[i].file, NULL);
      serve_file (msg, file, "text/html", TRUE);
      return TRUE;
    }

  return FALSE;
}

/* Serves @path if it names a page of tests/data/html/story. */
static gboolean
serve_story (SoupServerMessage *msg,
             const char        *path)
{
  const char *name = path + strlen ("/story/");
  g_autofree char *file = NULL;

  if (!g_str_has_prefix (path, "/story/") || strchr (name, '/') != NULL || strstr (name, "..") != NULL)
    return FALSE;

  file = g_build_filename (TEST_DATA_DIR, "html", "story", name, NULL);
  if (!g_file_test (file, G_FILE_TEST_IS_REGULAR))
    return FALSE;

  serve_file (msg, file, "text/html", FALSE);
  return TRUE;
}

/* /chain/0 to /chain/2 lead on; /chain/3 is a page. */
static gboolean
serve_chain (SoupServerMessage *msg,
             const char        *path)
{
  g_autofree char *next = NULL;
  guint64 step;

  if (!g_str_has_prefix (path, "/chain/") ||
      !g_ascii_string_to_unsigned (path + strlen ("/chain/"), 10, 0, 3, &step, NULL))
    return FALSE;

  if (step == 3)
    return serve_story (msg, "/story/coast-post.html");

  next = g_strdup_printf ("/chain/%u", (guint) step + 1);
  serve_redirect (msg, next);
  return TRUE;
}

static void
server_cb (SoupServer        *soup_server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
  static const char pdf[] = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
  static const char binary[] = "\0\x01\x02\x03\0\0\xff\xfe binary\0\0";
  static const char notes[] = "Harbour fees to rise\n\nThe harbour board voted on Tuesday to raise docking fees by 12%.\n";
  static const char missing[] = "<html><body>Not here</body></html>";

  g_hash_table_replace (n_requests, g_strdup (path),
                        GUINT_TO_POINTER (plx_test_server_get_n_requests (path) + 1));

  if (g_hash_table_contains (set_paths, path))
    {
      Set *set = g_hash_table_lookup (set_paths, path);

      if (set->type != NULL)
        serve_data (msg, set->type, set->data, strlen (set->data));
      else
        serve_redirect (msg, set->data);
      return;
    }

  if (serve_story (msg, path) || serve_benchmark (msg, path) || serve_chain (msg, path))
    return;

  if (g_str_equal (path, "/moved"))
    serve_redirect (msg, "/story/coast-post.html");
  else if (g_str_equal (path, "/loop-a"))
    serve_redirect (msg, "/loop-b");
  else if (g_str_equal (path, "/loop-b"))
    serve_redirect (msg, "/loop-a");
  else if (g_str_equal (path, "/to-file"))
    serve_redirect (msg, "file:///etc/passwd");
  else if (g_str_equal (path, "/stall"))
    serve_stall (msg);
  else if (g_str_equal (path, "/silent"))
    soup_server_message_pause (msg);
  else if (g_str_equal (path, "/notes.txt"))
    serve_data (msg, "text/plain", notes, strlen (notes));
  else if (g_str_equal (path, "/binary.txt"))
    serve_data (msg, "text/plain", binary, sizeof binary - 1);
  else if (g_str_equal (path, "/image.png"))
    serve_data (msg, "image/png", png, sizeof png - 1);
  else if (g_str_equal (path, "/report.pdf"))
    serve_data (msg, "application/pdf", pdf, strlen (pdf));
  else if (g_str_equal (path, "/empty"))
    serve_data (msg, "text/html", "", 0);
  else
    {
      soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
      soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC, missing, strlen (missing));
    }
}

/**
 * plx_test_server_start:
 *
 * Starts the server, in the thread-default main context, which the test
 * must run for it to answer.
 *
 * Returns: (transfer full): its address, "http://127.0.0.1:PORT"
 */
char *
plx_test_server_start (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  GSList *uris;

  g_assert_null (server);
  n_requests = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  set_paths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, set_free);
  server = soup_server_new ("server-header", "parallax-test ", NULL);
  soup_server_add_handler (server, NULL, server_cb, NULL, NULL);
  soup_server_listen (server, address, 0, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (server);
  g_assert_nonnull (uris);
  g_assert_cmpstr (g_uri_get_host (uris->data), ==, "127.0.0.1");
  base_url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  return g_strdup (base_url);
}

void
plx_test_server_stop (void)
{
  soup_server_disconnect (server);
  g_clear_object (&server);
  g_clear_pointer (&base_url, g_free);
  g_clear_pointer (&n_requests, g_hash_table_unref);
  g_clear_pointer (&set_paths, g_hash_table_unref);
}

/* From now on, @path serves @body as @type, until set again. */
void
plx_test_server_set_page (const char *path,
                          const char *type,
                          const char *body)
{
  Set *set = g_new0 (Set, 1);

  g_assert_nonnull (set_paths);
  set->type = g_strdup (type);
  set->data = g_strdup (body);
  g_hash_table_replace (set_paths, g_strdup (path), set);
}

/* From now on, @path redirects (302) to @location. */
void
plx_test_server_set_redirect (const char *path,
                              const char *location)
{
  Set *set = g_new0 (Set, 1);

  g_assert_nonnull (set_paths);
  set->data = g_strdup (location);
  g_hash_table_replace (set_paths, g_strdup (path), set);
}

/* From now on, @path serves what it did before a test set it: for a
 * path of its own, 404 Not Found. */
void
plx_test_server_unset (const char *path)
{
  g_assert_nonnull (set_paths);
  g_hash_table_remove (set_paths, path);
}

/* The server's address for @path. */
char *
plx_test_server_url (const char *path)
{
  g_assert_nonnull (base_url);

  return g_strconcat (base_url, path, NULL);
}

/* How many requests for @path (no query) the server has received since
 * it started. */
guint
plx_test_server_get_n_requests (const char *path)
{
  g_assert_nonnull (n_requests);

  return GPOINTER_TO_UINT (g_hash_table_lookup (n_requests, path));
}

/* ---- parallax-cli against the server -------------------------------- */

/* Generous: a loaded CI machine can be slow. */
#define CLI_TIMEOUT_SECONDS 60

static void
communicated_cb (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  PlxTestCliRun *run = user_data;
  GSubprocess *process = G_SUBPROCESS (source_object);
  g_autoptr(GError) error = NULL;

  g_subprocess_communicate_utf8_finish (process, result, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_exit_status (process);
  run->done = TRUE;
}

static gboolean
cli_timed_out_cb (gpointer user_data)
{
  g_error ("parallax-cli did not end within %d seconds", CLI_TIMEOUT_SECONDS);
  return G_SOURCE_REMOVE;
}

/**
 * plx_test_run_cli:
 * @argv: parallax-cli's arguments, %NULL-terminated
 * @run: where its output and exit status go
 *
 * Runs parallax-cli with @argv while the main context (the server's)
 * runs, until it exits.
 */
void
plx_test_run_cli (const char * const *argv,
                  PlxTestCliRun      *run)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  guint timeout_id;

  g_ptr_array_add (args, (gpointer) PARALLAX_CLI);
  for (guint i = 0; argv[i] != NULL; i++)
    g_ptr_array_add (args, (gpointer) argv[i]);
  g_ptr_array_add (args, NULL);

  process = g_subprocess_newv ((const char * const *) args->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8_async (process, NULL, NULL, communicated_cb, run);

  timeout_id = g_timeout_add_seconds (CLI_TIMEOUT_SECONDS, cli_timed_out_cb, NULL);
  while (!run->done)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout_id);

  g_test_message ("parallax-cli exited with %d\nout: %s\nerr: %s", run->status, run->out, run->err);
}

void
plx_test_cli_run_clear (PlxTestCliRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

/* ---- Saved news pages ------------------------------------------------ */

const char * const plx_test_harbour_story[5] = {
  "Boat owners at the marina reacted with dismay after the harbour board voted on Tuesday to raise docking fees by 12%, the first rise since 2020.",
  "The rise will add about 300 euros a year to the cost of a berth for a small fishing boat, according to the board's own figures, published on its website.",
  "Several owners said they would attend the next public meeting to ask the board to spread the increase over three years rather than impose it at once.",
  "The board's chair, Maria Olsen, said the money would pay for new pontoons and a dredging programme that the harbour has put off for a decade.",
  NULL
};

/**
 * plx_test_news_page:
 *
 * A news page: the article (@headline and @paragraphs), and what changes
 * on every visit around it: an advertisement (@ad), a list of the most
 * read stories and a script with the time it was served. With
 * @address, a <link rel=canonical> names it.
 *
 * Returns: (transfer full): the page's HTML
 */
char *
plx_test_news_page (const char         *headline,
                    const char * const *paragraphs,
                    const char         *ad,
                    const char         *address)
{
  GString *page = g_string_new ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");

  g_string_append_printf (page, "<title>%s | The Coast Post</title>\n", headline);
  if (address != NULL)
    g_string_append_printf (page, "<link rel=\"canonical\" href=\"%s\">\n", address);
  g_string_append_printf (page, "<script>window.servedAt = \"%s\";</script>\n</head>\n<body>\n", ad);
  g_string_append (page, "<div class=\"header\"><a href=\"/\">The Coast Post</a> <a href=\"/local\">Local</a></div>\n");
  g_string_append_printf (page, "<div class=\"advert\">%s</div>\n", ad);
  g_string_append_printf (page, "<article>\n<h1>%s</h1>\n", headline);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    g_string_append_printf (page, "<p>%s</p>\n", paragraphs[i]);
  g_string_append (page, "</article>\n");
  g_string_append_printf (page, "<div class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/x\">%s</a></li>"
                          "<li><a href=\"/y\">Winter market dates announced</a></li></ul></div>\n", ad);
  g_string_append (page, "</body>\n</html>\n");

  return g_string_free (page, FALSE);
}

/**
 * plx_test_save_page:
 *
 * Saves plx_test_news_page() as @name in @dir, as the fetcher would: the
 * @address it came from in the user.xdg.origin.url attribute. A file
 * system without extended attributes gets the address as the page's
 * canonical one.
 */
void
plx_test_save_page (const char         *dir,
                    const char         *name,
                    const char         *headline,
                    const char * const *paragraphs,
                    const char         *ad,
                    const char         *address)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *html = plx_test_news_page (headline, paragraphs, ad, NULL);

  plx_test_write_file (dir, name, html, -1);
  if (!g_file_set_attribute_string (file, PLX_FETCH_ORIGIN_ATTRIBUTE, address,
                                    G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL))
    {
      g_autofree char *canonical = plx_test_news_page (headline, paragraphs, ad, address);

      g_test_message ("No extended attributes in %s: the address is the canonical one", dir);
      plx_test_write_file (dir, name, canonical, -1);
    }
}
