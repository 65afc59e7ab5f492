/* test-align.c: rows across outlets, their diffs and discrepancies
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-match.h"
#include "plx-similarity.h"
#include "plx-test-util.h"

static PlxCorpus *seeds;
static PlxAlignment *seed_alignment;
static GPtrArray *seed_discrepancies;

static guint
find_sentence (PlxArticle *article,
               const char *needle)
{
  for (guint i = 0; i < plx_article_get_n_sentences (article); i++)
    if (strstr (plx_sentence_get_text (plx_article_get_sentence (article, i)), needle) != NULL)
      return i;

  g_error ("%s: no sentence holds “%s”", plx_article_get_id (article), needle);
  return 0;
}

static PlxRow *
row_of (PlxAlignment *alignment,
        PlxCorpus    *corpus,
        guint         article,
        const char   *needle)
{
  PlxArticle *a = plx_corpus_get_article (corpus, article);
  PlxRow *row = plx_alignment_find_row (alignment, a, find_sentence (a, needle));

  g_assert_nonnull (row);
  return row;
}

static const PlxDiscrepancy *
find_discrepancy (GPtrArray    *discrepancies,
                  PlxDiffClass  kind,
                  PlxArticle   *article,
                  const char   *text)
{
  for (guint i = 0; i < discrepancies->len; i++)
    {
      const PlxDiscrepancy *discrepancy = g_ptr_array_index (discrepancies, i);

      if (discrepancy->kind != kind)
        continue;
      for (guint m = 0; m < discrepancy->mentions->len; m++)
        {
          const PlxMention *mention = &g_array_index (discrepancy->mentions, PlxMention, m);

          if (mention->article == article && strstr (mention->text, text) != NULL)
            return discrepancy;
        }
    }

  return NULL;
}

static const char *
mention_text (const PlxDiscrepancy *discrepancy,
              PlxArticle           *article)
{
  for (guint m = 0; m < discrepancy->mentions->len; m++)
    {
      const PlxMention *mention = &g_array_index (discrepancy->mentions, PlxMention, m);

      if (mention->article == article)
        return mention->text;
    }

  return NULL;
}

/* Jaishankar's post: one row across the four outlets that carry it, and
 * "excellent" against "good" reported as a quote discrepancy. */
static void
test_seeds_quote_row (void)
{
  PlxRow *row = row_of (seed_alignment, seeds, 1, "Just concluded a good conversation");
  const PlxDiscrepancy *discrepancy;

  g_assert_true (row == row_of (seed_alignment, seeds, 0, "Just concluded a excellent conversation"));
  g_assert_true (row == row_of (seed_alignment, seeds, 3, "Just concluded a good conversation"));
  g_assert_true (row == row_of (seed_alignment, seeds, 4, "Just concluded a good conversation"));

  discrepancy = find_discrepancy (seed_discrepancies, PLX_DIFF_CLASS_QUOTE, plx_corpus_get_article (seeds, 0), "excellent");
  g_assert_nonnull (discrepancy);
  g_assert_cmpuint (discrepancy->row, ==, plx_row_get_id (row));
  g_assert_nonnull (strstr (mention_text (discrepancy, plx_corpus_get_article (seeds, 1)), "good"));
  g_assert_nonnull (strstr (mention_text (discrepancy, plx_corpus_get_article (seeds, 3)), "good"));
  g_assert_nonnull (strstr (mention_text (discrepancy, plx_corpus_get_article (seeds, 4)), "good"));

  /* The post's second sentence: two outlets run on with what he added,
   * one splits that off, one quotes it alone; one row still. */
  row = row_of (seed_alignment, seeds, 1, "Discussed trade, critical minerals");
  g_assert_true (row == row_of (seed_alignment, seeds, 0, "Discussed trade, critical minerals"));
  g_assert_true (row == row_of (seed_alignment, seeds, 3, "Discussed trade, critical minerals"));
  g_assert_true (row == row_of (seed_alignment, seeds, 4, "Discussed trade, critical minerals"));
}

/* Gor's remark ends "but we are together" in one outlet and "but we are
 * determined to get there" in two. */
static void
test_seeds_gor_quote (void)
{
  const PlxDiscrepancy *discrepancy;

  discrepancy = find_discrepancy (seed_discrepancies, PLX_DIFF_CLASS_QUOTE, plx_corpus_get_article (seeds, 2), "together");
  g_assert_nonnull (discrepancy);
  g_assert_nonnull (strstr (mention_text (discrepancy, plx_corpus_get_article (seeds, 4)), "determined to get there"));
  g_assert_nonnull (strstr (mention_text (discrepancy, plx_corpus_get_article (seeds, 3)), "determined to get there"));
}

static void
test_seeds_pax_silica_row (void)
{
  PlxRow *row = row_of (seed_alignment, seeds, 4, "invite India next month to join Pax Silica");

  g_assert_true (row == row_of (seed_alignment, seeds, 1, "will invite India next month to join Pax Silica"));
  g_assert_true (row == row_of (seed_alignment, seeds, 0, "India would be invited to join Pax Silica"));
  g_assert_true (row == row_of (seed_alignment, seeds, 2, "India would be invited to join Pax Silica"));
}

static void
test_seeds_tariff_row (void)
{
  PlxRow *row = row_of (seed_alignment, seeds, 4, "with 50% tariffs");

  g_assert_true (row == row_of (seed_alignment, seeds, 1, "sweeping 50% tariffs"));
}

static void
test_seeds_no_boilerplate_in_rows (void)
{
  for (guint r = 0; r < g_list_model_get_n_items (G_LIST_MODEL (seed_alignment)); r++)
    {
      PlxRow *row = plx_alignment_get_row (seed_alignment, r);

      g_assert_cmpuint (plx_row_get_id (row), ==, r);
      for (guint m = 0; m < plx_row_get_n_members (row); m++)
        {
          const PlxRowMember *member = plx_row_get_member (row, m);
          PlxSentence *sentence = plx_article_get_sentence (member->article, member->sentence);

          g_assert_cmpint (plx_sentence_get_role (sentence), ==, PLX_ROLE_BODY);
          /* At most one sentence per outlet in a row, or two that
           * follow each other (a statement split in two). */
          for (guint n = m + 1; n < plx_row_get_n_members (row); n++)
            if (plx_row_get_member (row, n)->article == member->article)
              g_assert_cmpuint (plx_row_get_member (row, n)->sentence, ==, member->sentence + 1);
        }
    }
}

/* The story's core, which every outlet reports, is at least five rows
 * that hold all five. */
static void
test_seeds_rows_in_all_outlets (void)
{
  guint n_all = 0;

  for (guint r = 0; r < g_list_model_get_n_items (G_LIST_MODEL (seed_alignment)); r++)
    n_all += plx_row_get_kind (plx_alignment_get_row (seed_alignment, r)) == PLX_ROW_IN_ALL;
  g_assert_cmpuint (n_all, >=, 5);
}

/* Each outlet orders the story its own way; the rows still pair the
 * statements, in the pivot's order, and a statement only one outlet
 * carries is a row of kind "one". */
static void
test_reordered_statements (void)
{
  const char *texts[] = {
    "The finance minister resigned on Friday after a row over the budget. "
    "Markets fell sharply in early trading on the news. "
    "The prime minister named a successor within hours.\n",
    "A successor was named by the prime minister within hours. "
    "The finance minister resigned on Friday following a row over the budget. "
    "Opposition leaders called for an early election.\n",
    NULL
  };
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxAlignment) alignment = plx_test_align_texts (texts, &corpus);
  PlxRow *resigned = row_of (alignment, corpus, 0, "resigned");
  PlxRow *successor = row_of (alignment, corpus, 0, "successor");
  PlxRow *election = row_of (alignment, corpus, 1, "election");

  g_assert_true (resigned == row_of (alignment, corpus, 1, "resigned"));
  g_assert_true (successor == row_of (alignment, corpus, 1, "successor"));
  g_assert_cmpint (plx_row_get_kind (resigned), ==, PLX_ROW_IN_ALL);
  g_assert_cmpint (plx_row_get_kind (election), ==, PLX_ROW_IN_ONE);
  g_assert_cmpint (plx_row_get_kind (row_of (alignment, corpus, 0, "Markets fell")), ==, PLX_ROW_IN_ONE);
  /* The pivot (first, most sentences: a tie goes to the first) sets the order. */
  g_assert_cmpuint (plx_row_get_id (resigned), <, plx_row_get_id (successor));
}

/* One outlet says in two sentences what the other says in one: both
 * halves share the row. */
static void
test_statement_split_in_two (void)
{
  const char *texts[] = {
    "The minister said the talks on the steel tariffs had failed and that Delhi would appeal to the trade court in Geneva. "
    "Markets were calm.\n",
    "The minister said the talks on the steel tariffs had failed. "
    "Delhi would now appeal to the trade court in Geneva, he added.\n",
    NULL
  };
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxAlignment) alignment = plx_test_align_texts (texts, &corpus);
  PlxRow *row = row_of (alignment, corpus, 0, "talks on the steel tariffs");

  g_assert_true (row == row_of (alignment, corpus, 1, "talks on the steel tariffs"));
  g_assert_true (row == row_of (alignment, corpus, 1, "appeal to the trade court"));
  g_assert_cmpuint (plx_row_get_n_members (row), ==, 3);
  g_assert_false (row == row_of (alignment, corpus, 0, "Markets were calm"));
}

/* The outlet that splits the statement has its second half matched
 * first (by the outlet that says it all in one sentence) and its first
 * half by an outlet that has only that: the two rows still become one,
 * with both halves, and neither half's diff shows the other's words as
 * left out. */
static void
test_statement_split_halves_matched_apart (void)
{
  const char *texts[] = {
    "The minister said the talks on steel had failed, adding that both sides had agreed to meet again in Geneva "
    "in March to settle the tariffs on aluminium and the quota for cars. Markets were calm. Traders went home.\n",
    "The minister said the talks on steel had failed. Both sides had agreed to meet again in Geneva in March to "
    "settle the tariffs on aluminium and the quota for cars, he added.\n",
    "Talks on steel had failed, the minister said.\n",
    NULL
  };
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxAlignment) alignment = plx_test_align_texts (texts, &corpus);
  PlxRow *row = row_of (alignment, corpus, 0, "talks on steel");

  g_assert_true (row == row_of (alignment, corpus, 1, "talks on steel"));
  g_assert_true (row == row_of (alignment, corpus, 1, "meet again in Geneva"));
  g_assert_true (row == row_of (alignment, corpus, 2, "Talks on steel"));
  g_assert_cmpint (plx_row_get_kind (row), ==, PLX_ROW_IN_ALL);
  g_assert_false (row == row_of (alignment, corpus, 0, "Markets were calm"));

  /* The first outlet's sentence is the reference (its article is the
   * longest); neither half is shown leaving out what the other half says. */
  for (guint m = 0; m < plx_row_get_n_members (row); m++)
    {
      const PlxRowMember *member = plx_row_get_member (row, m);

      if (member->article != plx_corpus_get_article (corpus, 1) || member->diff == NULL)
        continue;
      for (guint h = 0; h < member->diff->len; h++)
        {
          const PlxDiffHunk *hunk = &g_array_index (member->diff, PlxDiffHunk, h);

          if (hunk->op == PLX_DIFF_DELETE)
            {
              g_test_message ("left out: “%s”", hunk->old);
              g_assert_null (strstr (hunk->old, "steel"));
              g_assert_null (strstr (hunk->old, "Geneva"));
            }
        }
    }
}

/* An empty pair of quotation marks ("") quotes nothing: the words
 * before it are not a quote, so rewording them is no quote
 * discrepancy (it used to be, and a sentence full of "" made every
 * prefix a quote, diffed against every other). */
static void
test_empty_quotes (void)
{
  const char *texts[] = {
    "The minister said the talks on the steel tariffs had failed badly \"\" and left the room.\n",
    "The minister said the talks on the steel tariffs had collapsed badly \"\" and left the room.\n",
    NULL
  };
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxAlignment) alignment = plx_test_align_texts (texts, &corpus);
  g_autoptr(GPtrArray) discrepancies = plx_discrepancies_find (alignment);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment)), ==, 1);
  g_assert_null (find_discrepancy (discrepancies, PLX_DIFF_CLASS_QUOTE, plx_corpus_get_article (corpus, 1), "collapsed"));
  g_assert_null (find_discrepancy (discrepancies, PLX_DIFF_CLASS_QUOTE, plx_corpus_get_article (corpus, 0), "failed"));
}

static void
test_changed_number (void)
{
  const char *texts[] = {
    "Washington imposed a 25% tariff on imports of Indian steel on Monday.\n",
    "Washington imposed a 50 per cent tariff on imports of Indian steel on Monday.\n",
    NULL
  };
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxAlignment) alignment = plx_test_align_texts (texts, &corpus);
  g_autoptr(GPtrArray) discrepancies = plx_discrepancies_find (alignment);
  const PlxDiscrepancy *discrepancy;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment)), ==, 1);
  discrepancy = find_discrepancy (discrepancies, PLX_DIFF_CLASS_NUMBER, plx_corpus_get_article (corpus, 1), "50 per cent");
  g_assert_nonnull (discrepancy);
  g_assert_nonnull (strstr (mention_text (discrepancy, plx_corpus_get_article (corpus, 0)), "25%"));
}

/* Two outlets giving one person different titles disagree; a title
 * against a plain word does not. */
static void
test_titles (void)
{
  const char *texts[] = {
    "US ambassador-designate Sergio Gor announced on Monday that the trade talks would resume.\n"
    "Secretary of State Marco Rubio spoke to the minister by phone on Tuesday evening.\n",
    "US Ambassador Sergio Gor announced on Monday that the trade talks would resume.\n"
    "His counterpart Marco Rubio spoke to the minister by phone on Tuesday evening.\n",
    NULL
  };
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxAlignment) alignment = plx_test_align_texts (texts, &corpus);
  g_autoptr(GPtrArray) discrepancies = plx_discrepancies_find (alignment);
  guint n_titles = 0;

  for (guint i = 0; i < discrepancies->len; i++)
    n_titles += ((PlxDiscrepancy *) g_ptr_array_index (discrepancies, i))->kind == PLX_DIFF_CLASS_TITLE;

  g_assert_nonnull (find_discrepancy (discrepancies, PLX_DIFF_CLASS_TITLE, plx_corpus_get_article (corpus, 0),
                                      "ambassador-designate"));
  g_assert_cmpuint (n_titles, ==, 1);
}

/* Same figure in other words is no discrepancy. */
static void
test_same_number_other_form (void)
{
  const char *texts[] = {
    "Washington imposed a 50% tariff on imports of Indian steel on Monday.\n",
    "Washington imposed a 50 per cent tariff on imports of Indian steel on Monday.\n",
    NULL
  };
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxAlignment) alignment = plx_test_align_texts (texts, &corpus);
  g_autoptr(GPtrArray) discrepancies = plx_discrepancies_find (alignment);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment)), ==, 1);
  g_assert_cmpuint (discrepancies->len, ==, 0);
}

static void
test_export_rows (void)
{
  g_autofree char *document = plx_test_export_json (seeds, TRUE, FALSE, NULL);
  g_autofree char *html = plx_test_export_html (seeds);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  json_parser_load_from_data (parser, document, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "rows")), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (seed_alignment)));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "discrepancies")), >=, 2);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (html, "excellent"));
  g_assert_null (strstr (html, "<script"));
}

/* WordNet's related words count as shared: "died" meets "death", so the
 * pair that reports one climber's fall outscores the pair about another. */
static void
test_similarity_related_words (void)
{
  g_autoptr(PlxSimilarity) similarity = plx_similarity_new ();
  g_autoptr(PlxFeatures) died = plx_similarity_add_sentence (similarity, "A climber died after a fall on the ridge.", -1, "en");
  g_autoptr(PlxFeatures) death = plx_similarity_add_sentence (similarity, "The climber's death followed a fall from the ridge.", -1, "en");
  g_autoptr(PlxFeatures) other = plx_similarity_add_sentence (similarity, "Rescuers reached the hut by helicopter.", -1, "en");
  g_autoptr(PlxFeatures) same = plx_similarity_describe (similarity, "A climber died after a fall on the ridge.", -1, "en");

  g_assert_cmpfloat (plx_similarity_score (similarity, died, death), >=, PLX_SIMILARITY_THRESHOLD);
  g_assert_cmpfloat (plx_similarity_score (similarity, died, other), <, PLX_SIMILARITY_THRESHOLD);
  g_assert_cmpfloat (plx_similarity_score (similarity, died, same), >, plx_similarity_score (similarity, died, death));
}

/* British and American spellings, and two transliterations of a name,
 * are one word to the score as to the diff: the pair scores as if both
 * outlets spelt alike. */
static void
test_similarity_spelling_variants (void)
{
  static const struct
  {
    const char *british;
    const char *american;
  } cases[] = {
    { "The defence programme was cut.", "The defense program was cut." },
    { "Jaishankar met Rubio in Washington on Tuesday.", "Jayshankar met Rubio in Washington on Tuesday." },
    { "The organisation's labour costs rose.", "The organization's labor costs rose." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PlxSimilarity) similarity = plx_similarity_new ();
      g_autoptr(PlxFeatures) british = plx_similarity_add_sentence (similarity, cases[i].british, -1, "en");
      g_autoptr(PlxFeatures) american = plx_similarity_add_sentence (similarity, cases[i].american, -1, "en");
      g_autoptr(PlxFeatures) again = plx_similarity_add_sentence (similarity, cases[i].american, -1, "en");

      g_test_message ("“%s” against “%s”", cases[i].british, cases[i].american);
      g_assert_cmpfloat (plx_similarity_score (similarity, british, american), >=, PLX_SIMILARITY_THRESHOLD);
      g_assert_cmpfloat (plx_similarity_score (similarity, british, american), >=,
                         0.85 * plx_similarity_score (similarity, american, again));
    }
}

/* How a sentence compares with its row's reference, from its word
 * diff: the one definition that the window's cells, its "differs"
 * filter and the exports share. */
static void
test_match_classes (void)
{
  static const struct
  {
    const char *reference;
    const char *sentence;
    PlxMatch    match;
  } cases[] = {
    { "The tariff rose to 25 percent on Monday.", "The tariff rose to 25 percent on Monday.", PLX_MATCH_IDENTICAL },
    { "The tariff rose to 25 percent on Monday.", "The duty climbed to 25 percent on Monday.", PLX_MATCH_REWORDED },
    { "The tariff rose to 25 percent on Monday.", "The tariff rose to 50 percent on Monday.", PLX_MATCH_CONFLICTING },
    { "He said \"we will not back down\" today.", "He said \"we shall never back down\" today.", PLX_MATCH_CONFLICTING },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) diff = plx_diff_sentences (cases[i].reference, cases[i].sentence, "en");
      PlxRowMember member = { NULL, 0, 0.5, diff };

      g_test_message ("“%s” against “%s”", cases[i].sentence, cases[i].reference);
      g_assert_cmpint (plx_match_of_member (&member), ==, cases[i].match);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  seeds = plx_test_load (plx_test_sample_dir ());
  seed_alignment = plx_align_corpus (seeds, NULL, NULL);
  seed_discrepancies = plx_discrepancies_find (seed_alignment);

  g_test_add_func ("/align/seeds/quote-row", test_seeds_quote_row);
  g_test_add_func ("/align/seeds/gor-quote", test_seeds_gor_quote);
  g_test_add_func ("/align/seeds/pax-silica-row", test_seeds_pax_silica_row);
  g_test_add_func ("/align/seeds/tariff-row", test_seeds_tariff_row);
  g_test_add_func ("/align/seeds/no-boilerplate-in-rows", test_seeds_no_boilerplate_in_rows);
  g_test_add_func ("/align/seeds/rows-in-all-outlets", test_seeds_rows_in_all_outlets);
  g_test_add_func ("/align/reordered-statements", test_reordered_statements);
  g_test_add_func ("/align/statement-split-in-two", test_statement_split_in_two);
  g_test_add_func ("/align/statement-split-halves-matched-apart", test_statement_split_halves_matched_apart);
  g_test_add_func ("/align/changed-number", test_changed_number);
  g_test_add_func ("/align/empty-quotes", test_empty_quotes);
  g_test_add_func ("/align/titles", test_titles);
  g_test_add_func ("/align/same-number-other-form", test_same_number_other_form);
  g_test_add_func ("/align/export-rows", test_export_rows);
  g_test_add_func ("/align/match-classes", test_match_classes);
  g_test_add_func ("/align/similarity-spelling-variants", test_similarity_spelling_variants);
  g_test_add_func ("/align/similarity/related-words", test_similarity_related_words);

  status = g_test_run ();

  g_clear_pointer (&seed_discrepancies, g_ptr_array_unref);
  g_clear_object (&seed_alignment);
  g_clear_object (&seeds);

  return status;
}
