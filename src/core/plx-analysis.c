/* plx-analysis.c: from an article's text to its sentences and metadata
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-analysis.h"
#include "plx-article.h"
#include "plx-furniture.h"
#include "plx-language.h"
#include "plx-metadata.h"
#include "plx-segmenter.h"
#include "plx-sentence.h"

/* The analysis of one article, in order:
 *
 *  0. The language, when the manifest did not give it, is guessed from
 *     the text (plx_language_detect()): the segmenter's abbreviations
 *     and ordinals depend on it.
 *  1. The text is cut into lines; a line is a paragraph.
 *  2. The furniture rules mark whole lines or the start of a line as
 *     boilerplate (plx-furniture.c). Boilerplate is kept: one sentence
 *     with role boilerplate per marked stretch.
 *  3. The first line with content, if it has the shape of a headline, is
 *     the title: one sentence, role title. Its suffix may name the outlet.
 *  4. Other short lines without final punctuation are section headings
 *     (table rows and bullets excepted).
 *  5. Everything else is split into sentences; a sentence that a
 *     sentence rule matches (a photo credit) is boilerplate, the rest is
 *     body.
 *  6. Metadata the manifest did not give is read from the text: the
 *     outlet from the title, the publication date from a dateline. */

#define PROGRESS_STEP (1024 * 1024)
#define HEADING_MAX_WORDS 14

typedef struct
{
  PlxArticle        *article;
  PlxFurnitureRules *rules;
  const char        *text;
  GPtrArray         *sentences;
  char              *title;
} Analysis;

static void
add_sentence (Analysis *analysis,
              PlxRole   role,
              gsize     start,
              gsize     end)
{
  PlxSpan span = { start, end };
  g_autofree char *text = NULL;

  plx_span_trim (analysis->text, &span);
  if (span.end == span.start)
    return;

  text = g_strndup (analysis->text + span.start, span.end - span.start);
  if (role == PLX_ROLE_BODY && plx_furniture_is_boilerplate_sentence (analysis->rules, text))
    role = PLX_ROLE_BOILERPLATE;

  g_ptr_array_add (analysis->sentences,
                   plx_sentence_new (analysis->sentences->len, role, span.start, span.end, text));
}

static gboolean
is_list_or_table (const char *line)
{
  return line[0] == '|' || line[0] == '*' ||
         g_str_has_prefix (line, "- ") || g_str_has_prefix (line, "• ") ||
         g_str_has_prefix (line, "– ") || g_str_has_prefix (line, "— ");
}

/* "Protesters gathered on Monday. (Photo: AFP)" has no final full stop
 * but holds a finished sentence: a caption or a lede, not a headline. */
static gboolean
holds_finished_sentence (const char *text,
                         PlxSpan     content)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (PlxSpan));

  plx_segment_span (text, content.start, content.end, NULL, spans);
  for (guint i = 0; i + 1 < spans->len; i++)
    {
      const PlxSpan *span = &g_array_index (spans, PlxSpan, i);

      if (text[span->end - 1] == '.')
        return TRUE;
    }

  return FALSE;
}

/* The title: the first line with content, shaped like a headline. */
static gboolean
is_title (const char *text,
          PlxSpan     content)
{
  const char *line = text + content.start;

  return plx_text_is_headline_like (line, content.end - content.start) &&
         !is_list_or_table (line) &&
         !holds_finished_sentence (text, content);
}

/* A section heading: a short line, shaped like a headline, starting with
 * a capital (or a letter of a script without case). */
static gboolean
is_heading (const char *text,
            PlxSpan     content)
{
  const char *line = text + content.start;
  gsize length = content.end - content.start;
  gunichar first = g_utf8_get_char (line);

  return plx_count_words (line, length) <= HEADING_MAX_WORDS &&
         (g_unichar_isupper (first) || g_unichar_isdigit (first) ||
          (g_unichar_isalpha (first) && !g_unichar_islower (first))) &&
         is_title (text, content);
}

static void
analyse_content (Analysis *analysis,
                 PlxSpan   content,
                 gboolean  first_content)
{
  const char *line = analysis->text + content.start;
  gsize length = content.end - content.start;

  if (first_content && is_title (analysis->text, content))
    {
      analysis->title = g_strndup (line, length);
      add_sentence (analysis, PLX_ROLE_TITLE, content.start, content.end);
      return;
    }

  if (is_heading (analysis->text, content))
    {
      g_autofree char *copy = g_strndup (line, length);
      PlxRole role = plx_furniture_is_boilerplate_sentence (analysis->rules, copy)
        ? PLX_ROLE_BOILERPLATE : PLX_ROLE_HEADING;

      add_sentence (analysis, role, content.start, content.end);
      return;
    }

  {
    g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (PlxSpan));

    plx_segment_span (analysis->text, content.start, content.end,
                      plx_article_get_language (analysis->article), spans);
    for (guint i = 0; i < spans->len; i++)
      {
        const PlxSpan *span = &g_array_index (spans, PlxSpan, i);

        add_sentence (analysis, PLX_ROLE_BODY, span->start, span->end);
      }
  }
}

static void
fill_metadata (Analysis *analysis,
               GArray   *lines)
{
  PlxArticle *article = analysis->article;

  if (analysis->title != NULL)
    {
      g_autofree char *outlet = NULL;
      g_autofree char *title = plx_metadata_split_title_outlet (analysis->title, &outlet);

      if (plx_article_get_title (article) == NULL)
        plx_article_set_title (article, title);
      if (plx_article_get_outlet (article) == NULL && outlet != NULL)
        plx_article_set_outlet (article, outlet);
    }

  if (plx_article_get_date (article) == NULL)
    {
      g_autofree char *date = plx_metadata_find_date (analysis->text, lines);

      plx_article_set_date (article, date);
    }
}

/* The furniture rules read the body and heading blocks as the lines of
 * a text file: a block they mark is boilerplate, a marked start of a
 * block (an ad marker) a block of its own. A heading left with no body
 * after it, before the next heading or the end, headed something that
 * was dropped ("Related articles"): boilerplate too. */
static GArray *
mark_furniture_blocks (PlxFurnitureRules *rules,
                       const char        *text,
                       GArray            *blocks)
{
  g_autoptr(GString) lines_text = g_string_new (NULL);
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (PlxSpan));
  g_autoptr(GArray) owners = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree gsize *boilerplate_end = NULL;
  GArray *marked = g_array_sized_new (FALSE, FALSE, sizeof (PlxBlock), blocks->len + 8);

  for (guint i = 0; i < blocks->len; i++)
    {
      const PlxBlock *block = &g_array_index (blocks, PlxBlock, i);
      PlxSpan line;

      if (block->role != PLX_ROLE_BODY && block->role != PLX_ROLE_HEADING)
        continue;
      if (lines_text->len > 0)
        g_string_append_c (lines_text, '\n');
      line.start = lines_text->len;
      g_string_append_len (lines_text, text + block->start, block->end - block->start);
      line.end = lines_text->len;
      g_array_append_val (lines, line);
      g_array_append_val (owners, i);
    }

  boilerplate_end = g_new (gsize, MAX (lines->len, 1));
  plx_furniture_mark_lines (rules, lines_text->str, lines_text->len, lines, boilerplate_end);

  for (guint i = 0, l = 0; i < blocks->len; i++)
    {
      PlxBlock block = g_array_index (blocks, PlxBlock, i);

      if (l < owners->len && g_array_index (owners, guint, l) == i)
        {
          const PlxSpan *line = &g_array_index (lines, PlxSpan, l);
          gsize marked_length = boilerplate_end[l] - line->start;

          l++;
          if (marked_length >= line->end - line->start)
            block.role = PLX_ROLE_BOILERPLATE;
          else if (marked_length > 0)
            {
              PlxBlock prefix = { PLX_ROLE_BOILERPLATE, block.start, block.start + marked_length };

              g_array_append_val (marked, prefix);
              block.start = prefix.end;
            }
        }
      g_array_append_val (marked, block);
    }

  for (guint i = marked->len; i-- > 0;)
    {
      PlxBlock *block = &g_array_index (marked, PlxBlock, i);
      gboolean body_follows = FALSE;

      if (block->role != PLX_ROLE_HEADING)
        continue;
      for (guint j = i + 1; j < marked->len && !body_follows; j++)
        {
          PlxRole role = g_array_index (marked, PlxBlock, j).role;

          if (role == PLX_ROLE_HEADING || role == PLX_ROLE_TITLE)
            break;
          body_follows = role == PLX_ROLE_BODY;
        }
      if (!body_follows)
        block->role = PLX_ROLE_BOILERPLATE;
    }

  return marked;
}

/**
 * plx_analyse_blocks:
 * @article: an article with its text
 * @blocks: (element-type PlxBlock): the blocks of the text, in order
 * @rules: (nullable): furniture rules, or %NULL for the built-in ones
 * @cancellable: (nullable): a #GCancellable
 *
 * Cuts @article's text into sentences when its structure is already
 * known (a saved web page, src/html): the furniture rules may still
 * turn body and heading blocks into boilerplate (see
 * mark_furniture_blocks()); then a title or heading block is one
 * sentence; body and boilerplate blocks are split into sentences, and a
 * body sentence that a sentence rule matches (a photo credit) becomes
 * boilerplate. The language, when not set, is guessed from the body.
 *
 * Returns: %FALSE if @cancellable was cancelled; the article is then
 *   left without sentences
 */
gboolean
plx_analyse_blocks (PlxArticle        *article,
                    GArray            *blocks,
                    PlxFurnitureRules *rules,
                    GCancellable      *cancellable)
{
  g_autoptr(GPtrArray) sentences = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GArray) marked = NULL;
  Analysis analysis = { article, rules, plx_article_get_text (article), sentences, NULL };

  g_return_val_if_fail (PLX_IS_ARTICLE (article), FALSE);
  g_return_val_if_fail (blocks != NULL, FALSE);

  if (analysis.rules == NULL)
    analysis.rules = plx_furniture_rules_get_default ();

  for (guint i = 0; i < blocks->len; i++)
    {
      const PlxBlock *block = &g_array_index (blocks, PlxBlock, i);

      g_return_val_if_fail (block->start <= block->end &&
                            block->end <= plx_article_get_text_length (article), FALSE);
    }
  marked = mark_furniture_blocks (analysis.rules, analysis.text, blocks);

  for (guint i = 0; i < marked->len; i++)
    {
      const PlxBlock *block = &g_array_index (marked, PlxBlock, i);

      if (i % 256 == 0 && g_cancellable_is_cancelled (cancellable))
        return FALSE;
      if (block->role == PLX_ROLE_BODY && body->len < 20000)
        g_string_append_len (g_string_append_c (body, '\n'), analysis.text + block->start, block->end - block->start);
    }

  if (plx_article_get_language (article) == NULL)
    plx_article_set_language (article, plx_language_detect (body->str, (gssize) body->len));

  for (guint i = 0; i < marked->len; i++)
    {
      const PlxBlock *block = &g_array_index (marked, PlxBlock, i);
      g_autoptr(GArray) spans = NULL;

      if (block->role == PLX_ROLE_TITLE || block->role == PLX_ROLE_HEADING)
        {
          add_sentence (&analysis, block->role, block->start, block->end);
          continue;
        }

      spans = g_array_new (FALSE, FALSE, sizeof (PlxSpan));
      plx_segment_span (analysis.text, block->start, block->end, plx_article_get_language (article), spans);
      for (guint s = 0; s < spans->len; s++)
        {
          const PlxSpan *span = &g_array_index (spans, PlxSpan, s);

          add_sentence (&analysis, block->role, span->start, span->end);
        }
    }

  plx_article_set_sentences (article, sentences);

  return TRUE;
}

/**
 * plx_analyse_article:
 * @article: an article with its text
 * @rules: (nullable): furniture rules, or %NULL for the built-in ones
 * @cancellable: (nullable): a #GCancellable
 * @progress: (nullable) (scope call): called every megabyte of text
 * @progress_data: data for @progress
 *
 * Cuts @article's text into sentences with roles and fills in what the
 * text tells of its metadata (see the comment at the top of this file).
 * Metadata already set (from a manifest) is kept.
 *
 * Returns: %FALSE if @cancellable was cancelled; the article is then
 *   left without sentences
 */
gboolean
plx_analyse_article (PlxArticle        *article,
                     PlxFurnitureRules *rules,
                     GCancellable      *cancellable,
                     PlxBytesDoneFunc   progress,
                     gpointer           progress_data)
{
  g_autoptr(GPtrArray) sentences = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) lines = NULL;
  g_autofree gsize *boilerplate_end = NULL;
  g_autofree char *title = NULL;
  Analysis analysis;
  gboolean seen_content = FALSE;
  gsize length;
  gsize next_report = PROGRESS_STEP;

  g_return_val_if_fail (PLX_IS_ARTICLE (article), FALSE);

  analysis.article = article;
  analysis.rules = rules != NULL ? rules : plx_furniture_rules_get_default ();
  analysis.text = plx_article_get_text (article);
  analysis.sentences = sentences;
  analysis.title = NULL;

  length = plx_article_get_text_length (article);
  if (plx_article_get_language (article) == NULL)
    plx_article_set_language (article, plx_language_detect (analysis.text, (gssize) length));
  lines = plx_split_lines (analysis.text, length);
  boilerplate_end = g_new (gsize, MAX (lines->len, 1));
  plx_furniture_mark_lines (analysis.rules, analysis.text, length, lines, boilerplate_end);

  for (guint i = 0; i < lines->len; i++)
    {
      PlxSpan line = g_array_index (lines, PlxSpan, i);
      PlxSpan content = { boilerplate_end[i], line.end };

      if (line.start >= next_report)
        {
          if (g_cancellable_is_cancelled (cancellable))
            {
              g_free (analysis.title);
              return FALSE;
            }
          if (progress != NULL)
            progress (line.start, progress_data);
          next_report = line.start + PROGRESS_STEP;
        }

      if (boilerplate_end[i] > line.start)
        add_sentence (&analysis, PLX_ROLE_BOILERPLATE, line.start, boilerplate_end[i]);

      plx_span_trim (analysis.text, &content);
      if (content.end == content.start)
        continue;

      analyse_content (&analysis, content, !seen_content);
      seen_content = TRUE;
    }

  title = analysis.title;
  plx_article_set_sentences (article, sentences);
  fill_metadata (&analysis, lines);

  return TRUE;
}
