/* fuzz-facts.c: the fact extractor (figures, dates, the ledger) over a
 * corpus of up to three articles, the input cut at NUL bytes
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fuzz-common.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  plx_fuzz_init ();
  return 0;
}

static void
check_stretch (const char *sentence,
               gsize       start,
               gsize       end,
               const char *text)
{
  gsize length = strlen (sentence);

  g_assert (start <= end && end <= length);
  g_assert (g_utf8_validate (sentence + start, end - start, NULL));
  plx_fuzz_check_string (text, FALSE);
}

/* The sentence's own tokens, as the ledger reads them: each is
 * tokenized once per language for every check below. */
static void
check_dates (PlxSentence *object,
             GDate       *anchor,
             const char  *language)
{
  const char *sentence = plx_sentence_get_text (object);
  GArray *tokens = plx_sentence_get_tokens (object, language != NULL ? language : "en");
  g_autoptr(GArray) dates = plx_extract_dates_from_tokens (sentence, tokens, anchor, language);

  for (guint i = 0; i < dates->len; i++)
    {
      const PlxDateMention *date = &g_array_index (dates, PlxDateMention, i);
      g_autofree char *label = plx_date_mention_to_string (date);

      check_stretch (sentence, date->start, date->end, date->text);
      g_assert (date->month >= 0 && date->month <= 12);
      g_assert (date->day >= 0 && date->day <= 31);
      plx_fuzz_check_string (label, FALSE);
      g_assert (plx_date_precision_to_string (date->precision) != NULL);
    }
}

static void
check_figures (PlxSentence *object,
               const char  *language)
{
  const char *sentence = plx_sentence_get_text (object);
  GArray *tokens = plx_sentence_get_tokens (object, language);
  g_autoptr(GArray) figures = plx_extract_figures_from_tokens (sentence, tokens, language);

  for (guint i = 0; i < figures->len; i++)
    {
      const PlxFigure *figure = &g_array_index (figures, PlxFigure, i);

      check_stretch (sentence, figure->start, figure->end, figure->text);
      plx_fuzz_check_string (figure->unit, TRUE);
      plx_fuzz_check_string (figure->scope, TRUE);
      plx_fuzz_check_string (figure->applier, TRUE);
      plx_fuzz_check_string (figure->target, TRUE);
      g_assert (plx_figure_kind_to_string (figure->kind) != NULL);
      g_assert (plx_figure_status_to_string (figure->status) != NULL);
    }
}

static void
check_mentions (GArray *mentions)
{
  g_assert (mentions != NULL);
  for (guint i = 0; i < mentions->len; i++)
    {
      const PlxMention *mention = &g_array_index (mentions, PlxMention, i);

      g_assert (PLX_IS_ARTICLE (mention->article));
      g_assert (mention->sentence < plx_article_get_n_sentences (mention->article));
      plx_fuzz_check_string (mention->text, FALSE);
    }
}

static void
check_discrepancies (GPtrArray *discrepancies)
{
  for (guint i = 0; i < discrepancies->len; i++)
    {
      const PlxDiscrepancy *discrepancy = g_ptr_array_index (discrepancies, i);

      plx_fuzz_check_string (discrepancy->summary, FALSE);
      check_mentions (discrepancy->mentions);
    }
}

static void
check_ledger (PlxLedger *ledger)
{
  GPtrArray *tariffs = plx_ledger_get_tariffs (ledger);
  GPtrArray *events = plx_ledger_get_events (ledger);

  plx_fuzz_check_string (plx_ledger_get_anchor (ledger), TRUE);
  for (guint i = 0; i < tariffs->len; i++)
    {
      const PlxTariffEntry *entry = g_ptr_array_index (tariffs, i);

      plx_fuzz_check_string (entry->label, FALSE);
      check_mentions (entry->mentions);
    }
  for (guint i = 0; i < events->len; i++)
    {
      const PlxEventEntry *entry = g_ptr_array_index (events, i);

      plx_fuzz_check_string (entry->date, FALSE);
      plx_fuzz_check_string (entry->label, FALSE);
      check_mentions (entry->mentions);
    }
  check_discrepancies (plx_ledger_get_discrepancies (ledger));
  check_discrepancies (plx_ledger_get_conflicts (ledger));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *language = plx_fuzz_pick_language (data, size);
  g_autoptr(GPtrArray) parts = plx_fuzz_split (data, size, 3);
  g_autoptr(PlxCorpus) corpus = plx_fuzz_corpus (parts);
  g_autoptr(GPtrArray) sentences = g_ptr_array_new ();
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  g_autoptr(GPtrArray) english = g_ptr_array_new ();
  g_autoptr(GDate) fixed = g_date_new_dmy (13, G_DATE_JANUARY, 2026);
  g_autoptr(GDate) inferred = NULL;
  g_autoptr(PlxAlignment) alignment = NULL;
  g_autoptr(PlxLedger) ledger = NULL;

  for (guint a = 0; a < g_list_model_get_n_items (G_LIST_MODEL (corpus)); a++)
    {
      PlxArticle *article = plx_corpus_get_article (corpus, a);

      for (guint s = 0; s < plx_article_get_n_sentences (article); s++)
        {
          PlxSentence *sentence = plx_article_get_sentence (article, s);

          g_ptr_array_add (sentences, sentence);
          g_ptr_array_add (texts, (gpointer) plx_sentence_get_text (sentence));
          g_ptr_array_add (english, plx_sentence_get_tokens (sentence, "en"));
        }
    }
  g_ptr_array_add (texts, NULL);

  inferred = plx_infer_anchor_from_tokens ((const char * const *) texts->pdata,
                                           (GArray * const *) english->pdata, NULL);
  for (guint i = 0; i < sentences->len; i++)
    {
      check_figures (sentences->pdata[i], language);
      check_dates (sentences->pdata[i], inferred != NULL ? inferred : fixed, language);
      check_dates (sentences->pdata[i], NULL, language);
    }

  alignment = plx_align_corpus (corpus, NULL, NULL);
  ledger = plx_ledger_build (corpus, alignment);
  check_ledger (ledger);

  return 0;
}
