/* test-furniture.c: page furniture is marked, the story is not
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-test-util.h"

typedef struct
{
  PlxRole     role;
  const char *prefix;
} Expected;

#define B PLX_ROLE_BOILERPLATE
#define H PLX_ROLE_HEADING
#define T PLX_ROLE_TITLE

/* Every sentence of the seeds that is not body, in order. Everything
 * else must be body: the test goes sentence by sentence. */
static const Expected seed_000[] = {
  { T, "Jaishankar-Rubio talks, Pax Silica invitation… Is the India-US impasse ending? – Firstpost" },
  { B, "STORY CONTINUES BELOW THIS AD" },
  { B, "More from Explainers" },
  { B, "Ukraine to Venezuela: India’s geopolitical strategy" },
  { B, "India, US to resume BTA talks after 5 months" },
  { H, "Jaishankar-Rubio phone call" },
  { B, "Editor’s Picks1This Week in Explainers" },
  { B, "2" },
  { B, "Trump ‘sacrificed’ India ties" },
  { H, "Trump’s envoy Sergio Gor outreach to India" },
  { B, "STORY CONTINUES BELOW THIS AD" },
  { H, "Ashwini Vaishnaw attends critical minerals meeting" },
  { H, "A possible thaw in India-US ties" },
  { B, "STORY CONTINUES BELOW THIS AD" },
  { B, "File image/Reuters" },
  { B, "STORY CONTINUES BELOW THIS AD" },
  { B, "With inputs from agencies" },
  { B, "Follow Firstpost on Google." },
  { 0, NULL }
};

static const Expected seed_001[] = {
  { B, "Leave a Reply" },
  { 0, NULL }
};

static const Expected seed_002[] = {
  { B, "Also Read / Jaishankar meets Netanyahu" },
  { B, "Leave a comment" },
  { 0, NULL }
};

static const Expected seed_003[] = {
  { B, "Read More: U.S. tariff threat puts India-Iran ties" },
  { 0, NULL }
};

static const Expected seed_004[] = {
  { B, "Editorial Context & Insight" },
  { B, "Original analysis and synthesis" },
  { B, "Verified by Editorial Board" },
  { B, "Methodology" },
  { B, "This article includes original analysis" },
  { B, "Editorial Team" },
  { B, "Senior Editor" },
  { B, "James Chen" },
  { B, "Specializes in India coverage" },
  { B, "Quality Assurance" },
  { B, "Quality Assurance Editor" },
  { B, "Fact-checking and editorial standards compliance" },
  { B, "Multi-source verification" },
  { B, "Fact-checked" },
  { B, "Expert analysis" },
  { 0, NULL }
};

static void
assert_non_body (PlxArticle     *article,
                 const Expected *expected)
{
  guint n = plx_article_get_n_sentences (article);
  guint e = 0;

  for (guint i = 0; i < n; i++)
    {
      PlxSentence *sentence = plx_article_get_sentence (article, i);
      const char *text = plx_sentence_get_text (sentence);

      if (plx_sentence_get_role (sentence) == PLX_ROLE_BODY)
        {
          if (expected[e].prefix != NULL && g_str_has_prefix (text, expected[e].prefix))
            g_error ("%s: “%s” should be %s, is body", plx_article_get_id (article),
                     text, plx_role_to_string (expected[e].role));
          continue;
        }

      if (expected[e].prefix == NULL)
        g_error ("%s: body sentence “%s” marked %s", plx_article_get_id (article), text,
                 plx_role_to_string (plx_sentence_get_role (sentence)));
      if (!g_str_has_prefix (text, expected[e].prefix))
        g_error ("%s: expected “%s”, found %s “%s”", plx_article_get_id (article), expected[e].prefix,
                 plx_role_to_string (plx_sentence_get_role (sentence)), text);
      g_assert_cmpstr (plx_role_to_string (plx_sentence_get_role (sentence)), ==,
                       plx_role_to_string (expected[e].role));
      e++;
    }

  if (expected[e].prefix != NULL)
    g_error ("%s: “%s” was not found", plx_article_get_id (article), expected[e].prefix);
}

static void
test_seeds_sentence_by_sentence (void)
{
  g_autoptr(PlxCorpus) corpus = plx_test_load (plx_test_sample_dir ());
  const Expected *expected[] = { seed_000, seed_001, seed_002, seed_003, seed_004 };

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 5);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    assert_non_body (plx_corpus_get_article (corpus, i), expected[i]);
}

static PlxSentence *
find_sentence (PlxArticle *article,
               const char *prefix)
{
  for (guint i = 0; i < plx_article_get_n_sentences (article); i++)
    {
      PlxSentence *sentence = plx_article_get_sentence (article, i);

      if (g_str_has_prefix (plx_sentence_get_text (sentence), prefix))
        return sentence;
    }

  g_error ("no sentence starts with “%s”", prefix);
  return NULL;
}

static PlxRole
role_of (PlxArticle *article,
         const char *prefix)
{
  return plx_sentence_get_role (find_sentence (article, prefix));
}

static void
test_glued_marker (void)
{
  g_autoptr(PlxArticle) article = plx_test_analyse_text (
    "The talks resumed on Monday after a long pause.\n"
    "ADVERTISEMENTThe minister said the deal was close. Officials agreed.\n"
    "STORY CONTINUES BELOW THIS AD\n"
    "Both sides met again in the evening.\n");

  g_assert_cmpint (role_of (article, "ADVERTISEMENT"), ==, PLX_ROLE_BOILERPLATE);
  g_assert_cmpstr (plx_sentence_get_text (find_sentence (article, "ADVERTISEMENT")), ==, "ADVERTISEMENT");
  g_assert_cmpint (role_of (article, "The minister said the deal was close."), ==, PLX_ROLE_BODY);
  g_assert_cmpint (role_of (article, "Officials agreed."), ==, PLX_ROLE_BODY);
  g_assert_cmpint (role_of (article, "STORY CONTINUES"), ==, PLX_ROLE_BOILERPLATE);
}

static void
test_related_block_stops_at_story (void)
{
  g_autoptr(PlxArticle) article = plx_test_analyse_text (
    "Ministers met in Geneva on Friday to discuss the accord.\n"
    "Related Stories\n"
    "Accord talks stall over funding\n"
    "Five things to know about the Geneva summit\n"
    "The meeting lasted four hours, officials said.\n"
    "Read also: Why the accord matters\n"
    "Recommended - Markets rally after the talks\n");

  g_assert_cmpint (role_of (article, "Related Stories"), ==, PLX_ROLE_BOILERPLATE);
  g_assert_cmpint (role_of (article, "Accord talks stall"), ==, PLX_ROLE_BOILERPLATE);
  g_assert_cmpint (role_of (article, "Five things"), ==, PLX_ROLE_BOILERPLATE);
  g_assert_cmpint (role_of (article, "The meeting lasted"), ==, PLX_ROLE_BODY);
  g_assert_cmpint (role_of (article, "Read also"), ==, PLX_ROLE_BOILERPLATE);
  g_assert_cmpint (role_of (article, "Recommended"), ==, PLX_ROLE_BOILERPLATE);
}

static void
test_numbered_picks (void)
{
  g_autoptr(PlxArticle) article = plx_test_analyse_text (
    "The storm reached the coast late on Sunday night.\n"
    "Editor's Picks\n"
    "1\n"
    "How the storm formed\n"
    "2\n"
    "Where the flood water goes next\n"
    "Rescue teams were sent to three towns.\n");

  g_assert_cmpint (role_of (article, "Editor's Picks"), ==, PLX_ROLE_BOILERPLATE);
  g_assert_cmpint (role_of (article, "How the storm"), ==, PLX_ROLE_BOILERPLATE);
  g_assert_cmpint (role_of (article, "Where the flood"), ==, PLX_ROLE_BOILERPLATE);
  g_assert_cmpint (role_of (article, "Rescue teams"), ==, PLX_ROLE_BODY);
}

static void
test_tail_blocks (void)
{
  g_autoptr(PlxArticle) article = plx_test_analyse_text (
    "Shares fell sharply on Wednesday after the results.\n"
    "Analysts had expected a smaller loss for the quarter.\n"
    "The company said it would cut costs next year.\n"
    "Its chief executive declined to comment further.\n"
    "Follow The Daily Ledger on Twitter for more updates.\n"
    "Some closing line the site appends.\n"
    "Copyright line and links\n");

  g_assert_cmpint (role_of (article, "Its chief executive"), ==, PLX_ROLE_BODY);
  g_assert_cmpint (role_of (article, "Follow The Daily Ledger"), ==, PLX_ROLE_BOILERPLATE);
  g_assert_cmpint (role_of (article, "Some closing line"), ==, PLX_ROLE_BOILERPLATE);
  g_assert_cmpint (role_of (article, "Copyright line"), ==, PLX_ROLE_BOILERPLATE);
}

/* A tail marker near the top marks only its own line: a stray
 * "Comments" cannot swallow the story. */
static void
test_early_tail_marker_is_one_line (void)
{
  g_autoptr(PlxArticle) article = plx_test_analyse_text (
    "Comments\n"
    "The council approved the new budget on Tuesday evening.\n"
    "Spending on schools will rise by a tenth next year.\n"
    "Roads and parks will get less money than before.\n");

  g_assert_cmpint (role_of (article, "Comments"), ==, PLX_ROLE_BOILERPLATE);
  g_assert_cmpint (role_of (article, "The council approved"), ==, PLX_ROLE_BODY);
  g_assert_cmpint (role_of (article, "Roads and parks"), ==, PLX_ROLE_BODY);
}

static void
test_credits_and_bars (void)
{
  g_autoptr(PlxArticle) article = plx_test_analyse_text (
    "Protesters gathered outside parliament on Monday. (Photo: AFP)\n"
    "Share on Facebook | Twitter | WhatsApp | Email\n"
    "Tags: Parliament, Protest, Budget\n"
    "http://www.example.com/news/2026/protest.html\n"
    "Published: January 12, 2026 10:30 IST\n"
    "The police said the crowd was peaceful.\n"
    "(With inputs from PTI)\n");

  g_assert_cmpint (role_of (article, "Protesters gathered"), ==, PLX_ROLE_BODY);
  g_assert_cmpint (role_of (article, "(Photo: AFP)"), ==, PLX_ROLE_BOILERPLATE);
  g_assert_cmpint (role_of (article, "Share on Facebook"), ==, PLX_ROLE_BOILERPLATE);
  g_assert_cmpint (role_of (article, "Tags:"), ==, PLX_ROLE_BOILERPLATE);
  g_assert_cmpint (role_of (article, "http://"), ==, PLX_ROLE_BOILERPLATE);
  g_assert_cmpint (role_of (article, "Published:"), ==, PLX_ROLE_BOILERPLATE);
  g_assert_cmpint (role_of (article, "The police said"), ==, PLX_ROLE_BODY);
  g_assert_cmpint (role_of (article, "(With inputs from PTI)"), ==, PLX_ROLE_BOILERPLATE);
  g_assert_cmpstr (plx_article_get_date (article), ==, "2026-01-12");
}

/* Reporting that merely mentions ads, pictures or reading stays body. */
static void
test_reporting_is_not_furniture (void)
{
  g_autoptr(PlxArticle) article = plx_test_analyse_text (
    "Advertisement revenue fell by a fifth in the last quarter.\n"
    "Pictures by Reuters show the crowd filling the square.\n"
    "Read more books, the minister told students on Friday.\n"
    "Comments by the minister drew criticism from the opposition.\n"
    "Follow-up talks are planned for next week in Delhi.\n");

  for (guint i = 0; i < plx_article_get_n_sentences (article); i++)
    g_assert_cmpint (plx_sentence_get_role (plx_article_get_sentence (article, i)), ==, PLX_ROLE_BODY);
}

static void
test_title_and_headings (void)
{
  g_autoptr(PlxArticle) article = plx_test_analyse_text (
    "Flood waters recede in the north | The Daily Ledger\n"
    "Towns along the river began cleaning up on Thursday.\n"
    "What happens next\n"
    "Engineers will inspect the dams before the rains return.\n"
    "- Bridges: two were closed.\n"
    "| Town | Homes flooded |\n");

  g_assert_cmpint (role_of (article, "Flood waters"), ==, PLX_ROLE_TITLE);
  g_assert_cmpstr (plx_article_get_title (article), ==, "Flood waters recede in the north");
  g_assert_cmpstr (plx_article_get_outlet (article), ==, "The Daily Ledger");
  g_assert_cmpint (role_of (article, "What happens next"), ==, PLX_ROLE_HEADING);
  g_assert_cmpint (role_of (article, "- Bridges"), ==, PLX_ROLE_BODY);
  g_assert_cmpint (role_of (article, "| Town"), ==, PLX_ROLE_BODY);
}

/* A first line that is a sentence is not a title. */
static void
test_lede_is_not_a_title (void)
{
  g_autoptr(PlxArticle) article = plx_test_analyse_text (
    "Towns along the river began cleaning up on Thursday.\n"
    "Engineers will inspect the dams.\n");

  g_assert_cmpint (role_of (article, "Towns along"), ==, PLX_ROLE_BODY);
  g_assert_null (plx_article_get_title (article));
  g_assert_null (plx_article_get_outlet (article));
}

/* Real multi-outlet news (tests/data/furniture/ecbplus, from ECB+): the
 * web address line and the publication stamp are furniture, the title
 * is the title, and nothing of the reporting is marked. */
static void
test_ecbplus_articles (void)
{
  g_autofree char *dir = g_build_filename (TEST_DATA_DIR, "furniture", "ecbplus", NULL);
  g_autoptr(PlxCorpus) corpus = plx_test_load (dir);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (corpus));

  g_assert_cmpuint (n, >=, 6);
  for (guint i = 0; i < n; i++)
    {
      PlxArticle *article = plx_corpus_get_article (corpus, i);
      guint body = 0;

      for (guint j = 0; j < plx_article_get_n_sentences (article); j++)
        {
          PlxSentence *sentence = plx_article_get_sentence (article, j);
          const char *text = plx_sentence_get_text (sentence);

          switch (plx_sentence_get_role (sentence))
            {
            case PLX_ROLE_BOILERPLATE:
              if (!g_str_has_prefix (text, "http") &&
                  !g_regex_match_simple ("\\d{4}", text, 0, 0))
                g_error ("%s: “%s” is not furniture", plx_article_get_id (article), text);
              break;
            case PLX_ROLE_BODY:
              body++;
              break;
            case PLX_ROLE_TITLE:
            case PLX_ROLE_HEADING:
            default:
              break;
            }
        }
      g_assert_cmpuint (body, >=, 3);
    }
}

static void
test_rules_are_data (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxFurnitureRules) rules = NULL;
  g_autoptr(PlxArticle) article = plx_article_new ("x", "Intro text here.\nBUY NOW\nMore text follows here.\n");

  rules = plx_furniture_rules_new_from_data ("{\"rules\": [{\"id\": \"shop\", \"kind\": \"line\", \"pattern\": \"^BUY NOW$\"}]}", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plx_furniture_rules_get_n_rules (rules), ==, 1);
  g_assert_true (plx_analyse_article (article, rules, NULL, NULL, NULL));
  g_assert_cmpint (role_of (article, "BUY NOW"), ==, PLX_ROLE_BOILERPLATE);

  g_clear_pointer (&rules, plx_furniture_rules_free);
  rules = plx_furniture_rules_new_from_data ("{\"rules\": [{\"id\": \"bad\", \"kind\": \"line\", \"pattern\": \"(\"}]}", -1, &error);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_MANIFEST);
  g_assert_nonnull (strstr (error->message, "bad"));
  g_assert_null (rules);
  g_assert_cmpuint (plx_furniture_rules_get_n_rules (plx_furniture_rules_get_default ()), >=, 10);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/furniture/seeds-sentence-by-sentence", test_seeds_sentence_by_sentence);
  g_test_add_func ("/furniture/glued-marker", test_glued_marker);
  g_test_add_func ("/furniture/related-block-stops-at-story", test_related_block_stops_at_story);
  g_test_add_func ("/furniture/numbered-picks", test_numbered_picks);
  g_test_add_func ("/furniture/tail-blocks", test_tail_blocks);
  g_test_add_func ("/furniture/early-tail-marker-is-one-line", test_early_tail_marker_is_one_line);
  g_test_add_func ("/furniture/credits-and-bars", test_credits_and_bars);
  g_test_add_func ("/furniture/reporting-is-not-furniture", test_reporting_is_not_furniture);
  g_test_add_func ("/furniture/title-and-headings", test_title_and_headings);
  g_test_add_func ("/furniture/lede-is-not-a-title", test_lede_is_not_a_title);
  g_test_add_func ("/furniture/ecbplus-articles", test_ecbplus_articles);
  g_test_add_func ("/furniture/rules-are-data", test_rules_are_data);

  return g_test_run ();
}
