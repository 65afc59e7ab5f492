/* test-export.c: the JSON export and parallax-cli
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "plx-html-check.h"
#include "plx-test-util.h"

static JsonObject *
parse_object (JsonParser *parser,
              const char *document)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, document, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));

  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_export_document (void)
{
  g_autoptr(PlxCorpus) corpus = plx_test_load (plx_test_sample_dir ());
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *document = plx_test_export_json (corpus, FALSE, TRUE, NULL);
  JsonObject *root = parse_object (parser, document);
  JsonArray *articles;
  JsonObject *first;
  JsonArray *sentences;
  JsonObject *title;

  g_assert_cmpint (json_object_get_int_member (root, "parallax"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "corpus"), "name"), ==, "sample");

  articles = json_object_get_array_member (root, "articles");
  g_assert_cmpuint (json_array_get_length (articles), ==, 5);

  first = json_array_get_object_element (articles, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "id"), ==, "000_c04e2a96f8778bf5");
  g_assert_cmpstr (json_object_get_string_member (first, "file"), ==, "000_c04e2a96f8778bf5.txt");
  g_assert_cmpstr (json_object_get_string_member (first, "outlet"), ==, "Firstpost");
  g_assert_cmpstr (json_object_get_string_member (first, "title"), ==,
                   "Jaishankar-Rubio talks, Pax Silica invitation… Is the India-US impasse ending?");
  g_assert_true (json_object_get_null_member (first, "date"));
  g_assert_cmpstr (json_object_get_string_member (first, "language"), ==, "en");

  sentences = json_object_get_array_member (first, "sentences");
  title = json_array_get_object_element (sentences, 0);
  g_assert_cmpint (json_object_get_int_member (title, "index"), ==, 0);
  g_assert_cmpstr (json_object_get_string_member (title, "role"), ==, "title");
  g_assert_cmpint (json_object_get_int_member (title, "start"), ==, 0);
  /* Offsets count bytes: the title line is 94 bytes of UTF-8 for 90
   * characters ("…" and "–" take three bytes each). */
  g_assert_cmpint (json_object_get_int_member (title, "end"), ==, 94);

  /* An unknown outlet is null, not invented. */
  g_assert_true (json_object_get_null_member (json_array_get_object_element (articles, 1), "outlet"));
}

/* An export reopens as the same corpus: same articles, sentences, roles
 * and offsets. */
static void
test_export_reopens (void)
{
  g_autoptr(PlxCorpus) corpus = plx_test_load (plx_test_sample_dir ());
  g_autofree char *dir = plx_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "export.json", NULL);
  g_autofree char *document = plx_test_export_json (corpus, FALSE, FALSE, NULL);
  g_autoptr(PlxCorpus) reopened = NULL;
  g_autofree char *again = NULL;

  plx_test_write_file (dir, "export.json", document, -1);
  reopened = plx_test_load (path);
  g_assert_cmpuint (plx_corpus_get_n_warnings (reopened), ==, 0);
  g_assert_cmpstr (plx_corpus_get_name (reopened), ==, "sample");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reopened)), ==, 5);

  for (guint i = 0; i < 5; i++)
    {
      PlxArticle *a = plx_corpus_get_article (corpus, i);
      PlxArticle *b = plx_corpus_get_article (reopened, i);

      g_assert_cmpstr (plx_article_get_id (a), ==, plx_article_get_id (b));
      g_assert_cmpstr (plx_article_get_outlet (a), ==, plx_article_get_outlet (b));
      g_assert_cmpuint (plx_article_get_n_sentences (a), ==, plx_article_get_n_sentences (b));
      for (guint j = 0; j < plx_article_get_n_sentences (a); j++)
        {
          PlxSentence *sa = plx_article_get_sentence (a, j);
          PlxSentence *sb = plx_article_get_sentence (b, j);
          const char *text_b = plx_article_get_text (b);

          g_assert_cmpstr (plx_sentence_get_text (sa), ==, plx_sentence_get_text (sb));
          g_assert_cmpint (plx_sentence_get_role (sa), ==, plx_sentence_get_role (sb));
          g_assert_cmpuint (plx_sentence_get_start (sa), ==, plx_sentence_get_start (sb));
          g_assert_cmpint (strncmp (text_b + plx_sentence_get_start (sb), plx_sentence_get_text (sb),
                                    plx_sentence_get_end (sb) - plx_sentence_get_start (sb)), ==, 0);
        }
    }

  /* Exporting the reopened corpus gives the same articles. */
  again = plx_test_export_json (reopened, FALSE, FALSE, NULL);
  g_assert_nonnull (strstr (again, "\"outlet\":\"Firstpost\""));
  plx_test_remove_tree (dir);
}

/* ---- Exports are safe -------------------------------------------------- */

/* Text a scraper may hand over: markup, entities, quotes for attribute
 * values, control and bidirectional-override characters. */
static const char * const hostile_texts[] = {
  "Tariffs of 25% on <b>steel</b>, said <script>alert(\"x\")</script> Reuters on 13 January 2026.\n"
  "He called it \"a 'fair' deal\" & more > less < none.\n",
  "Tariffs of 50% on <i>steel</i>, said <img src=\"https://evil.example/x.png\" onerror=\"alert(1)\"> AP on 14 January 2026.\n"
  "He called it \"an 'unfair' deal\" &amp; &#x41; \x01\x1f\x7f \xe2\x80\xae reversed \xe2\x80\xac.\n",
  "<a href=\"http://evil.example/\">Read more</a>\n<style>@import url(https://evil.example/x.css)</style> "
  "Tariffs of 50% on steel, said \"Le Monde\".\n",
};

static PlxCorpus *
hostile_corpus (const char *name)
{
  PlxCorpus *corpus = plx_corpus_new (name, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (hostile_texts); i++)
    {
      g_autofree char *id = g_strdup_printf ("<b id=\"%u\">", i);
      g_autoptr(PlxArticle) article = plx_article_new (id, hostile_texts[i]);

      g_assert_true (plx_analyse_article (article, NULL, NULL, NULL, NULL));
      plx_article_set_outlet (article, i == 0 ? "\"Outlet\" <em>&</em>" : "O'Brien & Sons");
      plx_article_set_url (article, "javascript:alert(1)");
      plx_corpus_append (corpus, article);
    }

  return corpus;
}

static void
assert_html_ok (const char *html)
{
  g_autofree char *problem = NULL;

  if (!plx_html_check (html, strlen (html), &problem))
    g_error ("The HTML report fails the check: %s", problem);
}

/* The cells of one row of the report, and how many columns they span. */
static guint
count_row_cells (const char *row_start,
                 guint      *n_columns)
{
  const char *end = strstr (row_start, "</tr>");
  guint n_cells = 0;

  g_assert_nonnull (end);
  *n_columns = 0;
  for (const char *p = strstr (row_start, "<td"); p != NULL && p < end; p = strstr (p + 1, "<td"))
    {
      const char *close = strchr (p, '>');
      const char *span = g_strstr_len (p, close - p, "colspan=\"");

      n_cells++;
      *n_columns += span != NULL ? (guint) atoi (span + strlen ("colspan=\"")) : 1;
    }

  return n_cells;
}

/* A corpus of 200 outlets, each with a statement of its own and three
 * sharing one: a row keeps its 200 columns, but the outlets that do not
 * report it share one cell, so the report grows with the text, not with
 * rows × outlets (ecbplus's was 186 MB, nearly all "not reported"). */
static void
test_html_wide_corpus (void)
{
  const guint n_articles = 200;
  g_autoptr(PlxCorpus) corpus = plx_corpus_new ("wide", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(PlxComparison) comparison = NULL;
  g_autofree char *html = NULL;
  gsize text_size = 0;
  guint n_rows = 0;

  for (guint i = 0; i < n_articles; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *id = g_strdup_printf ("outlet-%03u", i);
      g_autoptr(PlxArticle) article = NULL;

      /* Words of random letters: a statement no other outlet makes. */
      for (guint w = 0; w < 10; w++)
        {
          guint length = g_rand_int_range (rand, 4, 9);

          for (guint c = 0; c < length; c++)
            g_string_append_c (text, (char) ((w == 0 && c == 0 ? 'A' : 'a') + g_rand_int_range (rand, 0, 26)));
          g_string_append_c (text, w < 9 ? ' ' : '.');
        }
      if (i == 0 || i == 1 || i == n_articles - 1)
        g_string_append (text, " The finance minister resigned on Friday after a long row over the budget.");
      g_string_append_c (text, '\n');
      text_size += text->len;

      article = plx_article_new (id, text->str);
      g_assert_true (plx_analyse_article (article, NULL, NULL, NULL, NULL));
      plx_corpus_append (corpus, article);
    }

  comparison = plx_test_compare (corpus, TRUE);
  html = plx_export_html (comparison);
  assert_html_ok (html);

  for (const char *row = strstr (html, "<tr id="); row != NULL; row = strstr (row + 1, "<tr id="))
    {
      guint n_columns;
      guint n_cells = count_row_cells (row, &n_columns);
      const char *end = strstr (row, "</tr>");

      /* Every row spans every outlet's column... */
      g_assert_cmpuint (n_columns, ==, n_articles);
      /* ... in a cell per outlet that reports it, and one for each run
       * of outlets that do not. */
      if (g_strstr_len (row, end - row, "finance minister") != NULL)
        g_assert_cmpuint (n_cells, ==, 4);
      else
        g_assert_cmpuint (n_cells, <=, 3);
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, g_list_model_get_n_items (G_LIST_MODEL (plx_comparison_get_alignment (comparison))));
  g_assert_cmpuint (n_rows, >=, n_articles);

  /* The header names each outlet once; beyond that, a few hundred bytes
   * a row (markup, "not reported") on top of the text. */
  g_assert_cmpuint (strlen (html), <, 2 * text_size + n_articles * 64 + n_rows * 400);
}

/* Every text from the corpus is escaped, in element content and in
 * attribute values (a replaced word's old form goes into title="..."). */
static void
test_html_escapes_everything (void)
{
  g_autoptr(PlxCorpus) corpus = hostile_corpus ("<script>alert(\"name\")</script>");
  g_autofree char *html = plx_test_export_html (corpus);
  g_autofree char *lower = g_ascii_strdown (html, -1);

  assert_html_ok (html);
  g_assert_null (strstr (lower, "<script"));
  g_assert_null (strstr (lower, "<img"));
  g_assert_null (strstr (lower, "<i>"));
  g_assert_null (strstr (lower, "onerror=\""));
  g_assert_nonnull (strstr (html, "<title>&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt; — Parallax</title>"));
  g_assert_nonnull (strstr (html, "&lt;b&gt;steel&lt;/b&gt;"));
  g_assert_nonnull (strstr (html, "&amp;#x41;"));
  /* A replacement shows the reference's words in a title attribute. */
  g_assert_nonnull (strstr (html, "<mark class="));
  g_assert_nonnull (strstr (html, "title=\""));
}

/* The report is one file that loads nothing: no script, no link out, no
 * remote style sheet, font or image, whatever the corpus says; and a
 * Content-Security-Policy says so to the browser. */
static void
test_html_loads_nothing (void)
{
  g_autoptr(PlxCorpus) hostile = hostile_corpus ("hostile");
  g_autoptr(PlxCorpus) sample = plx_test_load (plx_test_sample_dir ());
  PlxCorpus *corpora[] = { hostile, sample };

  for (guint i = 0; i < G_N_ELEMENTS (corpora); i++)
    {
      g_autofree char *html = plx_test_export_html (corpora[i]);
      g_autofree char *lower = g_ascii_strdown (html, -1);

      /* plx_html_check() refuses URLs in attributes and in the style
       * sheet, and any element the report does not write itself. */
      assert_html_ok (html);
      g_assert_nonnull (strstr (html, "content=\"default-src 'none'; style-src 'unsafe-inline'\""));
      g_assert_null (strstr (lower, "<link"));
      g_assert_null (strstr (lower, "<script"));
      g_assert_null (strstr (lower, "src=\""));
      g_assert_null (strstr (lower, "href=\"http"));
      g_assert_null (strstr (lower, "href=\"javascript"));
    }
}

/* The JSON export gives back exactly the strings that went in, whatever
 * bytes a file held: each byte value alone and in odd company, and
 * pseudo-random byte strings, go through the decoder (as the loader
 * reads a file), then become a corpus name, an outlet, a URL and the
 * article's sentences. */
static void
assert_json_round_trip (const char *data,
                        gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = plx_decode_text (data, length, NULL, &error);
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxArticle) article = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *document = NULL;
  gsize document_length = 0;
  JsonObject *root;
  JsonObject *exported;
  JsonArray *sentences;

  if (text == NULL)
    return;

  corpus = plx_corpus_new (text, NULL);
  article = plx_article_new ("a", text);
  g_assert_true (plx_analyse_article (article, NULL, NULL, NULL, NULL));
  plx_article_set_outlet (article, text);
  plx_article_set_url (article, text);
  plx_corpus_append (corpus, article);

  document = plx_test_export_json (corpus, FALSE, FALSE, &document_length);
  g_assert_cmpuint (document_length, ==, strlen (document));
  g_assert_true (g_utf8_validate (document, document_length, NULL));
  root = parse_object (parser, document);

  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "corpus"), "name"), ==, text);
  exported = json_array_get_object_element (json_object_get_array_member (root, "articles"), 0);
  g_assert_cmpstr (json_object_get_string_member (exported, "outlet"), ==, text);
  g_assert_cmpstr (json_object_get_string_member (exported, "url"), ==, text);
  sentences = json_object_get_array_member (exported, "sentences");
  g_assert_cmpuint (json_array_get_length (sentences), ==, plx_article_get_n_sentences (article));
  for (guint i = 0; i < json_array_get_length (sentences); i++)
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (sentences, i), "text"), ==,
                     plx_sentence_get_text (plx_article_get_sentence (article, i)));
}

static void
test_json_exact_strings (void)
{
  static const char * const tricky[] = {
    "\"quoted\" \\ back\\slash / solidus",
    "\x01\x02\x07\b\f\n\r\t\x0b\x1b\x1f\x7f end",
    "\xe2\x80\xa8 line and paragraph \xe2\x80\xa9 separators",
    "\xc2\x80\xc2\x9f C1 controls, \xef\xbf\xbd, \xef\xbf\xbe\xef\xbf\xbf, \xf0\x9f\x98\x80 and \xf4\x8f\xbf\xbf",
    "\xed\x9f\xbf \xee\x80\x80 around the surrogates",
    "\\u0041 is not an escape, nor \\n",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260113);

  for (guint i = 0; i < G_N_ELEMENTS (tricky); i++)
    assert_json_round_trip (tricky[i], strlen (tricky[i]));

  for (guint byte = 0; byte < 256; byte++)
    {
      char lone[] = { (char) byte };
      char company[] = { 'A', (char) byte, ' ', 'b', (char) byte, (char) byte, '.', '\n', 'Z', (char) byte };

      assert_json_round_trip (lone, sizeof lone);
      assert_json_round_trip (company, sizeof company);
    }

  for (guint i = 0; i < 2000; i++)
    {
      char data[64];
      gsize length = g_rand_int_range (rand, 1, sizeof data);

      for (gsize j = 0; j < length; j++)
        data[j] = (char) g_rand_int_range (rand, 0, 256);
      assert_json_round_trip (data, length);
    }
}

/* A folder and a file named in Latin-1, as an old archive may be: the
 * exports are still UTF-8, the JSON reopens and the HTML is well-formed.
 * (The JSON export wrote the raw bytes, and json-glib then refused it:
 * "JSON data must be UTF-8 encoded".) */
static void
test_non_utf8_file_names (void)
{
  g_autofree char *dir = plx_test_make_dir ();
  g_autofree char *folder = g_build_filename (dir, "caf\xe9", NULL);
  g_autofree char *path = g_build_filename (dir, "export.json", NULL);
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxCorpus) reopened = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *document = NULL;
  g_autofree char *html = NULL;
  JsonObject *root;

  plx_test_write_file (folder, "r\xe9sum\xe9.txt", "Talks resumed in Geneva. Both sides met.\n", -1);
  corpus = plx_test_load (folder);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1);

  document = plx_test_export_json (corpus, FALSE, FALSE, NULL);
  g_assert_true (g_utf8_validate (document, -1, NULL));
  root = parse_object (parser, document);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "corpus"), "name"), ==,
                   "caf\xef\xbf\xbd");

  plx_test_write_file (dir, "export.json", document, -1);
  reopened = plx_test_load (path);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reopened)), ==, 1);

  html = plx_test_export_html (corpus);
  assert_html_ok (html);
  plx_test_remove_tree (dir);
}

/* ---- parallax-cli ---------------------------------------------------- */

static int
run_cli (const char * const *args,
         char              **out,
         char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, (gpointer) PARALLAX_CLI);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));

  return WEXITSTATUS (status);
}

static void
test_cli_export_seeds (void)
{
  const char *args[] = { "export", "--format=json", plx_test_sample_dir (), NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;

  g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
  root = parse_object (parser, out);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "articles")), ==, 5);
  g_assert_cmpstr (err, ==, "");
}

static void
test_cli_help_and_version (void)
{
  const char *help[] = { "--help", NULL };
  const char *version[] = { "--version", NULL };
  const char *export_help[] = { "export", "--help", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli (help, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "export"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (version, &out, &err), ==, 0);
  g_assert_true (g_str_has_prefix (out, "parallax-cli " PACKAGE_VERSION));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (export_help, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "--format"));
}

static void
test_cli_bad_usage (void)
{
  const char *no_command[] = { NULL };
  const char *unknown[] = { "frobnicate", NULL };
  const char *no_corpus[] = { "export", NULL };
  const char *bad_format[] = { "export", "--format=pdf", plx_test_sample_dir (), NULL };
  const char *bad_option[] = { "export", "--bogus", plx_test_sample_dir (), NULL };
  const char * const *cases[] = { no_command, unknown, no_corpus, bad_format, bad_option };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_cmpint (run_cli (cases[i], &out, &err), ==, 2);
      g_assert_cmpstr (out, ==, "");
      g_assert_cmpuint (strlen (err), >, 0);
    }
}

static void
test_cli_nothing_loaded (void)
{
  g_autofree char *dir = plx_test_make_dir ();
  const char *empty[] = { "export", dir, NULL };
  const char *missing[] = { "export", "/nonexistent/corpus", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli (empty, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, dir));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (missing, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "/nonexistent/corpus"));
  plx_test_remove_tree (dir);
}

static void
test_cli_warnings_keep_going (void)
{
  g_autofree char *dir = plx_test_make_dir ();
  const char *args[] = { "export", dir, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();

  plx_test_write_file (dir, "good.txt", "Talks resumed in Geneva. Both sides met.\n", -1);
  plx_test_write_file (dir, "bad.txt", "", 0);

  /* Some files skipped: still success, the warning names the file. */
  g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
  g_assert_nonnull (strstr (err, "bad.txt"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (parse_object (parser, out), "articles")), ==, 1);
  plx_test_remove_tree (dir);
}

static void
test_cli_similarity (void)
{
  const char *args[] = { "similarity", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) input = g_bytes_new_static (
    "Ministers met in Geneva on Friday to discuss the accord.\tThe accord was discussed by ministers in Geneva on Friday.\n"
    "Ministers met in Geneva on Friday to discuss the accord.\tA storm hit the coast of Florida overnight.\n", 217);
  g_autoptr(GBytes) output = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) first = NULL;
  g_auto(GStrv) second = NULL;

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                              PARALLAX_CLI, args[0], NULL);
  g_assert_no_error (error);
  g_subprocess_communicate (process, input, NULL, &output, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);

  lines = g_strsplit (g_bytes_get_data (output, NULL), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  first = g_strsplit (lines[0], "\t", -1);
  second = g_strsplit (lines[1], "\t", -1);
  /* The paraphrase matches, the unrelated sentence does not. */
  g_assert_cmpstr (first[1], ==, "1");
  g_assert_cmpstr (second[1], ==, "0");
  g_assert_cmpfloat (g_ascii_strtod (first[0], NULL), >, g_ascii_strtod (second[0], NULL));
}

static void
test_cli_facts (void)
{
  const char *text[] = { "facts", plx_test_sample_dir (), NULL };
  const char *json[] = { "facts", "--format=json", plx_test_sample_dir (), NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *facts;

  g_assert_cmpint (run_cli (text, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "TARIFFS AND FIGURES"));
  g_assert_nonnull (strstr (out, "2026-01-12"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (json, &out, &err), ==, 0);
  facts = parse_object (parser, out);
  g_assert_true (json_object_has_member (facts, "tariffs"));
  g_assert_true (json_object_has_member (facts, "events"));
  g_assert_true (json_object_has_member (facts, "conflicts"));
}

static void
test_cli_html (void)
{
  const char *args[] = { "export", "--format=html", plx_test_sample_dir (), NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
  g_assert_true (g_str_has_prefix (out, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (out, "Firstpost"));
  /* The ledger is a section of its own. */
  g_assert_nonnull (strstr (out, "<h2>Ledger</h2>"));
  g_assert_nonnull (strstr (out, "h-1b visa applicants"));
  /* A statement an outlet split in two shows both halves in its cell. */
  g_assert_nonnull (strstr (out, "without giving details"));
  /* The events read as a timeline: dated as a reader writes dates, with
   * the outlets that report each, and a warning beside the trade call
   * that outlets date Tuesday and Wednesday. */
  g_assert_nonnull (strstr (out, "<h3>Timeline</h3><p>Relative dates are read from 2026-01-13.</p><ol class=\"timeline\">"));
  g_assert_nonnull (strstr (out, "<time datetime=\"2026-01-13\">13 January 2026</time>"));
  g_assert_nonnull (strstr (out, "<time datetime=\"2025-08-01\">1 August 2025</time>"));
  g_assert_nonnull (strstr (out, "5 outlets: Firstpost, "));
  g_assert_nonnull (strstr (out, "<p class=\"conflict\">⚠ Dated differently: The “next call on trade”"));
  /* A period is no event of the timeline (the timeline and the quotes
   * end the report). */
  g_assert_nonnull (strstr (out, "all through 2025"));
  g_assert_null (strstr (strstr (out, "<h3>Timeline</h3>"), "all through 2025"));
  /* The quotes: Jaishankar's post first, worded differently by one
   * outlet, which the table names with the words it changed. */
  g_assert_nonnull (strstr (out, "<h3>Quotes</h3><table class=\"quotes\">"));
  g_assert_nonnull (strstr (out, "<tr class=\"worded\"><td>S. Jaishankar</td><td><q>Just concluded a good conversation"));
  g_assert_nonnull (strstr (out, "<li><b>Firstpost</b>: <q>Just concluded a excellent conversation"));
  g_assert_nonnull (strstr (out, "<span class=\"changes\">“excellent” instead of “good”</span>"));
  g_assert_nonnull (strstr (out, "<tr class=\"same\"><td>Sergio Gor</td><td><q>positive call</q>"));
  g_assert_null (strstr (out, "http://"));
  g_assert_null (strstr (out, "https://"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/document", test_export_document);
  g_test_add_func ("/export/reopens", test_export_reopens);
  g_test_add_func ("/export/html-escapes-everything", test_html_escapes_everything);
  g_test_add_func ("/export/html-loads-nothing", test_html_loads_nothing);
  g_test_add_func ("/export/html-wide-corpus", test_html_wide_corpus);
  g_test_add_func ("/export/json-exact-strings", test_json_exact_strings);
  g_test_add_func ("/export/non-utf8-file-names", test_non_utf8_file_names);
  g_test_add_func ("/cli/export-seeds", test_cli_export_seeds);
  g_test_add_func ("/cli/help-and-version", test_cli_help_and_version);
  g_test_add_func ("/cli/bad-usage", test_cli_bad_usage);
  g_test_add_func ("/cli/nothing-loaded", test_cli_nothing_loaded);
  g_test_add_func ("/cli/warnings-keep-going", test_cli_warnings_keep_going);
  g_test_add_func ("/cli/similarity", test_cli_similarity);
  g_test_add_func ("/cli/html", test_cli_html);
  g_test_add_func ("/cli/facts", test_cli_facts);

  return g_test_run ();
}
