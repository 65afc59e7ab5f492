/* test-html.c: saved web pages read as articles (src/html)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-html-document.h"
#include "plx-html-page.h"
#include "plx-test-util.h"

/* tests/data/html/story: five pages on one story, written for these
 * tests, each in another shape: Open Graph and an <article>
 * (harbour-times), JSON-LD and Windows-1252 (daily-ledger), a UTF-8
 * byte-order mark against a wrong declaration and <time pubdate>
 * (coast-post), gzip (bay-news.html.gz), broken markup (island-wire).
 * tests/data/html/benchmark: five pages of the Article Extraction
 * Benchmark (see its ATTRIBUTION). */

static PlxCorpus *story;

static char *
data_path (const char *name)
{
  return g_build_filename (TEST_DATA_DIR, "html", name, NULL);
}

static PlxArticle *
story_article (const char *id)
{
  PlxArticle *article = plx_corpus_find_article (story, id);

  if (article == NULL)
    g_error ("no article %s in the story corpus", id);

  return article;
}

/* The role of the first sentence holding @needle, or -1. */
static int
role_of (PlxArticle *article,
         const char *needle)
{
  for (guint i = 0; i < plx_article_get_n_sentences (article); i++)
    {
      PlxSentence *sentence = plx_article_get_sentence (article, i);

      if (strstr (plx_sentence_get_text (sentence), needle) != NULL)
        return plx_sentence_get_role (sentence);
    }

  return -1;
}

static void
test_story_metadata (void)
{
  static const struct
  {
    const char *id;
    const char *title;
    const char *outlet;
    const char *date;
  } expected[] = {
    { "harbour-times", "Harbour board raises docking fees by 12%", "The Harbour Times", "2026-01-15" },
    { "daily-ledger", "Shipping lines fight harbour fee rise", "The Daily Ledger", "2026-01-22" },
    { "coast-post", "Docking fees rise 12% after harbour vote", "The Coast Post", "2026-01-14" },
    { "bay-news", "Fishermen plan protest over harbour fees", "Bay News", "2026-01-19" },
    { "island-wire", "Harbour fee rise: what it means for islanders", "Island Wire", "2026-01-16" },
  };

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (story)), ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      PlxArticle *article = story_article (expected[i].id);

      g_assert_cmpstr (plx_article_get_title (article), ==, expected[i].title);
      g_assert_cmpstr (plx_article_get_outlet (article), ==, expected[i].outlet);
      g_assert_cmpstr (plx_article_get_date (article), ==, expected[i].date);
      g_assert_cmpstr (plx_article_get_language (article), ==, "en");
      g_assert_cmpuint (plx_article_count_role (article, PLX_ROLE_TITLE), ==, 1);
      g_assert_cmpint (role_of (article, expected[i].title), ==, PLX_ROLE_TITLE);
      g_assert_cmpuint (plx_article_count_role (article, PLX_ROLE_BODY), >=, 3);
    }

  g_assert_cmpstr (plx_article_get_published (story_article ("harbour-times")), ==, "2026-01-15T08:00:00Z");
  g_assert_cmpstr (plx_article_get_url (story_article ("harbour-times")), ==,
                   "https://harbour-times.example/news/docking-fees");
}

/* Headings stay headings; navigation, related links, the cookie notice,
 * comments and the footer are kept, as boilerplate. */
static void
test_story_roles (void)
{
  PlxArticle *article = story_article ("harbour-times");

  g_assert_cmpint (role_of (article, "Shipping lines object"), ==, PLX_ROLE_HEADING);
  g_assert_cmpint (role_of (article, "dredging the eastern channel"), ==, PLX_ROLE_BODY);
  g_assert_cmpint (role_of (article, "We were not consulted"), ==, PLX_ROLE_BODY);
  g_assert_cmpint (role_of (article, "Related stories"), ==, PLX_ROLE_BOILERPLATE);
  g_assert_cmpint (role_of (article, "Ferry timetable changes"), ==, PLX_ROLE_BOILERPLATE);
  g_assert_cmpint (role_of (article, "We use cookies"), ==, PLX_ROLE_BOILERPLATE);
  g_assert_cmpint (role_of (article, "about time somebody"), ==, PLX_ROLE_BOILERPLATE);
  g_assert_cmpint (role_of (article, "All rights reserved"), ==, PLX_ROLE_BOILERPLATE);
  g_assert_cmpint (role_of (article, "Business"), ==, PLX_ROLE_BOILERPLATE);
  g_assert_cmpint (role_of (article, "tracking"), ==, -1);

  /* Paragraphs are lines of the text. */
  g_assert_nonnull (strstr (plx_article_get_text (article), "mooring lines.\n"));

  article = story_article ("daily-ledger");
  g_assert_cmpint (role_of (article, "Share on Facebook"), ==, PLX_ROLE_BOILERPLATE);
  g_assert_cmpint (role_of (article, "Quay Street"), ==, PLX_ROLE_BOILERPLATE);
}

static void
test_charset_meta (void)
{
  PlxArticle *article = story_article ("daily-ledger");

  /* Windows-1252 bytes 0xE9 and 0x92, as the page declares. */
  g_assert_cmpint (role_of (article, "led by Nordéa Freight"), ==, PLX_ROLE_BODY);
  g_assert_cmpint (role_of (article, "the harbour board’s decision"), ==, PLX_ROLE_BODY);
}

static void
test_bom (void)
{
  PlxArticle *article = story_article ("coast-post");

  /* The byte-order mark wins over the page's wrong "iso-8859-1". */
  g_assert_cmpint (role_of (article, "at the mariné café on the quay"), ==, PLX_ROLE_BODY);
  g_assert_cmpstr (plx_article_get_published (article), ==, "2026-01-14T09:00:00");
  g_assert_cmpint (role_of (article, "Lighthouse reopens"), ==, PLX_ROLE_BOILERPLATE);
}

static void
test_gzip (void)
{
  PlxArticle *article = story_article ("bay-news");

  g_assert_cmpstr (plx_article_get_file (article), ==, "bay-news.html.gz");
  g_assert_cmpint (role_of (article, "sail in convoy"), ==, PLX_ROLE_BODY);
  g_assert_cmpint (role_of (article, "Sign up for our newsletter"), ==, PLX_ROLE_BOILERPLATE);
}

static void
test_malformed (void)
{
  PlxArticle *article = story_article ("island-wire");

  g_assert_cmpint (role_of (article, "because the ferry company pays the same fees as the cargo lines"), ==, PLX_ROLE_BODY);
  g_assert_cmpint (role_of (article, "publish its spring timetable"), ==, PLX_ROLE_BODY);
  g_assert_cmpint (role_of (article, "new fee schedule"), ==, PLX_ROLE_BODY);
  g_assert_cmpuint (plx_article_count_role (article, PLX_ROLE_BODY), ==, 4);
}

/* A page without an article loads with no body and a warning; the rest
 * of the folder loads as usual. */
static void
test_no_article (void)
{
  g_autofree char *path = data_path ("mixed");
  g_autoptr(PlxCorpus) corpus = plx_test_load (path);
  PlxArticle *sign_in = plx_corpus_find_article (corpus, "sign-in");
  PlxArticle *meeting = plx_corpus_find_article (corpus, "board-meeting");

  g_assert_nonnull (sign_in);
  g_assert_nonnull (meeting);
  g_assert_cmpuint (plx_article_count_role (sign_in, PLX_ROLE_BODY), ==, 0);
  g_assert_cmpuint (plx_article_count_role (sign_in, PLX_ROLE_BOILERPLATE), >, 0);
  g_assert_true (plx_test_has_warning (corpus, "sign-in.html", "no article"));
  g_assert_cmpuint (plx_article_count_role (meeting, PLX_ROLE_BODY), ==, 2);
}

/* Pages that are not pages at all are skipped with a message. */
static void
test_unreadable (void)
{
  g_autofree char *dir = plx_test_make_dir ();
  g_autofree char *good = data_path ("story/harbour-times.html");
  g_autofree char *contents = NULL;
  g_autoptr(PlxCorpus) corpus = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (good, &contents, &length, NULL));
  plx_test_write_file (dir, "good.html", contents, length);
  plx_test_write_file (dir, "empty.html", "", 0);
  plx_test_write_file (dir, "broken.html.gz", "not gzip at all", -1);

  corpus = plx_test_load (dir);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1);
  g_assert_true (plx_test_has_warning (corpus, "empty.html", "empty"));
  g_assert_true (plx_test_has_warning (corpus, "broken.html.gz", "gzip"));

  plx_test_remove_tree (dir);
}

/* A manifest names a page; its fields come before the page's own. */
static void
test_manifest (void)
{
  g_autofree char *dir = plx_test_make_dir ();
  g_autofree char *good = data_path ("story/harbour-times.html");
  g_autofree char *contents = NULL;
  g_autoptr(PlxCorpus) corpus = NULL;
  PlxArticle *article;
  gsize length;

  g_assert_true (g_file_get_contents (good, &contents, &length, NULL));
  plx_test_write_file (dir, "pages/times.html", contents, length);
  plx_test_write_file (dir, "corpus.json",
                       "{\"articles\": [{\"file\": \"pages/times.html\", \"outlet\": \"Times (print)\"}]}", -1);

  corpus = plx_test_load (dir);
  article = plx_corpus_get_article (corpus, 0);
  g_assert_cmpstr (plx_article_get_outlet (article), ==, "Times (print)");
  g_assert_cmpstr (plx_article_get_date (article), ==, "2026-01-15");
  g_assert_cmpint (role_of (article, "Shipping lines object"), ==, PLX_ROLE_HEADING);

  plx_test_remove_tree (dir);
}

static void
test_export (void)
{
  g_autofree char *json = plx_test_export_json (story, FALSE, FALSE, NULL);

  g_assert_nonnull (strstr (json, "\"published\":\"2026-01-15T08:00:00Z\""));
  g_assert_nonnull (strstr (json, "\"url\":\"https://harbour-times.example/news/docking-fees\""));
  g_assert_nonnull (strstr (json, "\"language\":\"en\""));
  g_assert_nonnull (strstr (json, "\"role\":\"heading\""));
}

/* "On Tuesday" is the Tuesday before each page's own publication date:
 * 13 January for the pages of 14-19 January, 20 January for the page of
 * 22 January. */
static const char *
tuesday_in (PlxLedger  *ledger,
            PlxArticle *article)
{
  GPtrArray *events = plx_ledger_get_events (ledger);

  for (guint i = 0; i < events->len; i++)
    {
      const PlxEventEntry *entry = g_ptr_array_index (events, i);

      for (guint m = 0; m < entry->mentions->len; m++)
        {
          const PlxMention *mention = &g_array_index (entry->mentions, PlxMention, m);

          if (mention->article == article && mention->text != NULL && strstr (mention->text, "Tuesday") != NULL)
            return entry->date;
        }
    }

  return NULL;
}

static void
test_ledger_anchor (void)
{
  g_autoptr(PlxLedger) ledger = plx_ledger_build (story, NULL);

  g_assert_cmpstr (tuesday_in (ledger, story_article ("harbour-times")), ==, "2026-01-13");
  g_assert_cmpstr (tuesday_in (ledger, story_article ("coast-post")), ==, "2026-01-13");
  g_assert_cmpstr (tuesday_in (ledger, story_article ("bay-news")), ==, "2026-01-13");
  g_assert_cmpstr (tuesday_in (ledger, story_article ("island-wire")), ==, "2026-01-13");
  g_assert_cmpstr (tuesday_in (ledger, story_article ("daily-ledger")), ==, "2026-01-20");
}

/* Headline, outlet and date, counted over the pages whose markup
 * carries them (the issue asks for 90%). */
static gboolean
markup_has (const char         *html,
            const char * const *needles)
{
  for (guint i = 0; needles[i] != NULL; i++)
    {
      if (strstr (html, needles[i]) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
count_page (const char *path,
            guint       carried[3],
            guint       found[3])
{
  static const char * const headline_markup[] = { "og:title", "\"headline\"", "<h1", NULL };
  static const char * const outlet_markup[] = { "og:site_name", "\"publisher\"", NULL };
  static const char * const date_markup[] = { "published_time", "\"datePublished\"", "datetime=", NULL };
  g_autofree char *data = NULL;
  g_autofree char *html = NULL;
  g_autoptr(PlxHtmlPage) page = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  gsize html_length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  html = plx_html_gunzip (data, length, &html_length, &error);
  g_assert_no_error (error);
  page = plx_html_page_read (data, length, TRUE, NULL, &error);
  g_assert_no_error (error);

  if (markup_has (html, headline_markup))
    {
      carried[0]++;
      found[0] += page->metadata->headline != NULL;
    }
  if (markup_has (html, outlet_markup))
    {
      carried[1]++;
      found[1] += page->metadata->outlet != NULL;
    }
  if (markup_has (html, date_markup))
    {
      carried[2]++;
      found[2] += page->metadata->date != NULL;
    }
  g_assert_cmpuint (plx_html_page_count_role (page, PLX_ROLE_BODY), >, 0);
}

static void
test_benchmark_metadata (void)
{
  g_autofree char *dir = data_path ("benchmark");
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint carried[3] = { 0 };
  guint found[3] = { 0 };
  const char *name;
  guint pages = 0;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (!g_str_has_suffix (name, ".html.gz"))
        continue;
      count_page (path, carried, found);
      pages++;
    }

  g_test_message ("%u pages: headline %u/%u, outlet %u/%u, date %u/%u", pages,
                  found[0], carried[0], found[1], carried[1], found[2], carried[2]);
  g_assert_cmpuint (pages, ==, 5);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpuint (carried[i], >, 0);
      g_assert_cmpuint (found[i] * 10, >=, carried[i] * 9);
    }
}

static void
test_page_names (void)
{
  g_assert_true (plx_html_is_page_name ("a.html"));
  g_assert_true (plx_html_is_page_name ("A.HTM"));
  g_assert_true (plx_html_is_page_name ("a.html.gz"));
  g_assert_false (plx_html_is_page_name ("a.txt"));
  g_assert_false (plx_html_is_page_name ("a.gz"));
  g_assert_false (plx_html_is_page_name ("html"));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *story_path = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  story_path = data_path ("story");
  story = plx_test_load (story_path);

  g_test_add_func ("/html/page-names", test_page_names);
  g_test_add_func ("/html/story/metadata", test_story_metadata);
  g_test_add_func ("/html/story/roles", test_story_roles);
  g_test_add_func ("/html/encoding/charset-meta", test_charset_meta);
  g_test_add_func ("/html/encoding/bom", test_bom);
  g_test_add_func ("/html/gzip", test_gzip);
  g_test_add_func ("/html/malformed", test_malformed);
  g_test_add_func ("/html/no-article", test_no_article);
  g_test_add_func ("/html/unreadable", test_unreadable);
  g_test_add_func ("/html/manifest", test_manifest);
  g_test_add_func ("/html/export", test_export);
  g_test_add_func ("/html/ledger/own-date", test_ledger_anchor);
  g_test_add_func ("/html/benchmark/metadata", test_benchmark_metadata);

  status = g_test_run ();
  g_clear_object (&story);

  return status;
}
