/* fuzz-common.c: what the libFuzzer targets share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"

/* Languages the targets try, chosen from the input so that a crash
 * replays: none (guessed), those with data files, and a few without. */
static const char * const languages[] = {
  NULL, "en", "de", "fr", "es", "it", "nl", "da", "ru", "kk", "hi", "zh", "ar",
};

/* The levels that are a finding: an error, a critical (a failed
 * g_return_if_fail) or a warning. */
#define FUZZ_FATAL_LEVELS (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)

/* GLib ends the process on a fatal message with a breakpoint (SIGTRAP),
 * which libFuzzer does not catch: the run stops, but the input that
 * caused it is lost. Printing the message and calling abort() instead
 * makes libFuzzer report the crash and write the input to its artifact
 * folder. */
static GLogWriterOutput
fuzz_log_writer (GLogLevelFlags   log_level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  GLogWriterOutput result = g_log_writer_standard_streams (log_level, fields, n_fields, user_data);

  if (log_level & (FUZZ_FATAL_LEVELS | G_LOG_FLAG_FATAL))
    abort ();

  return result;
}

void
plx_fuzz_init (void)
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setlocale (LC_ALL, "");
  g_log_set_writer_func (fuzz_log_writer, NULL, NULL);
  g_log_set_always_fatal (FUZZ_FATAL_LEVELS);
}

/**
 * plx_fuzz_split:
 * @max_parts: at most this many parts; the last takes the rest
 *
 * Cuts the input at NUL bytes: the fuzzer's way to give several texts
 * (two sentences to compare, the articles of a corpus).
 *
 * Returns: (element-type GBytes): the parts, at least one
 */
GPtrArray *
plx_fuzz_split (const uint8_t *data,
                size_t         size,
                guint          max_parts)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  const uint8_t *end = data + size;
  const uint8_t *p = data;

  while (parts->len + 1 < max_parts)
    {
      const uint8_t *nul = memchr (p, '\0', end - p);

      if (nul == NULL)
        break;
      g_ptr_array_add (parts, g_bytes_new (p, nul - p));
      p = nul + 1;
    }
  g_ptr_array_add (parts, g_bytes_new (p, end - p));

  return parts;
}

const char *
plx_fuzz_pick_language (const uint8_t *data,
                        size_t         size)
{
  return languages[(size + (size > 0 ? data[size - 1] : 0)) % G_N_ELEMENTS (languages)];
}

/**
 * plx_fuzz_corpus:
 * @parts: (element-type GBytes): the bytes of each article's file
 *
 * Builds a corpus as the loader would from a folder: each part decoded,
 * analysed, given an id; parts that do not decode are skipped.
 *
 * Returns: (transfer full): the corpus
 */
PlxCorpus *
plx_fuzz_corpus (GPtrArray *parts)
{
  PlxCorpus *corpus = plx_corpus_new ("fuzz", NULL);

  for (guint i = 0; i < parts->len; i++)
    {
      gsize length = 0;
      const char *data = g_bytes_get_data (g_ptr_array_index (parts, i), &length);
      g_autoptr(GError) error = NULL;
      g_autofree char *warning = NULL;
      g_autofree char *text = plx_decode_text (data != NULL ? data : "", length, &warning, &error);
      g_autofree char *id = g_strdup_printf ("article-%u", i + 1);
      g_autoptr(PlxArticle) article = NULL;

      if (text == NULL)
        {
          g_assert (error != NULL);
          continue;
        }

      article = plx_article_new (id, text);
      plx_analyse_article (article, NULL, NULL, NULL, NULL);
      plx_fuzz_check_article (article);
      plx_corpus_append (corpus, article);
    }

  return corpus;
}

void
plx_fuzz_check_string (const char *text,
                       gboolean    nullable)
{
  if (text == NULL)
    g_assert (nullable);
  else
    g_assert (g_utf8_validate (text, -1, NULL));
}

/* What every article must keep, whatever its text: valid UTF-8, and
 * sentences in order whose offsets point at their text. */
void
plx_fuzz_check_article (PlxArticle *article)
{
  const char *text = plx_article_get_text (article);
  gsize length = plx_article_get_text_length (article);
  gsize previous_end = 0;

  g_assert (text != NULL);
  g_assert (strlen (text) == length);
  g_assert (g_utf8_validate (text, length, NULL));
  plx_fuzz_check_string (plx_article_get_title (article), TRUE);
  plx_fuzz_check_string (plx_article_get_outlet (article), TRUE);
  plx_fuzz_check_string (plx_article_get_date (article), TRUE);
  plx_fuzz_check_string (plx_article_get_language (article), TRUE);
  plx_fuzz_check_string (plx_article_get_display_name (article), FALSE);

  for (guint i = 0; i < plx_article_get_n_sentences (article); i++)
    {
      PlxSentence *sentence = plx_article_get_sentence (article, i);
      const char *sentence_text = plx_sentence_get_text (sentence);
      gsize start = plx_sentence_get_start (sentence);
      gsize end = plx_sentence_get_end (sentence);

      g_assert (plx_sentence_get_index (sentence) == i);
      g_assert (start <= end && end <= length);
      g_assert (start >= previous_end);
      g_assert (g_utf8_validate (sentence_text, -1, NULL));
      g_assert (strlen (sentence_text) == end - start);
      g_assert (memcmp (text + start, sentence_text, end - start) == 0);
      previous_end = end;
    }
}
