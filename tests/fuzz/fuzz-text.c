/* fuzz-text.c: a file's bytes through the decoder, the furniture rules
 * and the segmenter, as the loader reads an article
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
check_spans (GArray     *spans,
             const char *text,
             gsize       length)
{
  gsize previous_end = 0;

  for (guint i = 0; i < spans->len; i++)
    {
      const PlxSpan *span = &g_array_index (spans, PlxSpan, i);

      g_assert (span->start <= span->end && span->end <= length);
      g_assert (span->start >= previous_end);
      /* A span starts and ends between characters. */
      g_assert (g_utf8_validate (text + span->start, span->end - span->start, NULL));
      previous_end = span->end;
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *language = plx_fuzz_pick_language (data, size);
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  g_autofree char *text = NULL;
  g_autoptr(PlxArticle) article = NULL;
  g_autoptr(GArray) sentences = NULL;
  g_autoptr(GArray) paragraphs = NULL;
  gsize length;

  text = plx_decode_text ((const char *) data, size, &warning, &error);
  if (text == NULL)
    {
      /* Refused, with a reason for the user, and nothing else. */
      g_assert (error != NULL && error->message != NULL);
      g_assert (warning == NULL);
      return 0;
    }
  g_assert (error == NULL);
  length = strlen (text);
  g_assert (g_utf8_validate (text, length, NULL));
  plx_fuzz_check_string (warning, TRUE);

  article = plx_article_new ("fuzz", text);
  plx_article_set_language (article, language);
  g_assert (plx_analyse_article (article, NULL, NULL, NULL, NULL));
  plx_fuzz_check_article (article);

  sentences = plx_segment_text (text, length, language);
  check_spans (sentences, text, length);
  paragraphs = plx_segment_paragraphs (text, length, language);
  check_spans (paragraphs, text, length);

  return 0;
}
