/* plx-discrepancies.c: what the outlets of a row state differently
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "plx-article.h"
#include "plx-discrepancies.h"
#include "plx-quote-spans.h"
#include "plx-segmenter.h"
#include "plx-sentence.h"
#include "plx-tokens.h"

/* Discrepancies are found row by row: a quote, number, date or title
 * that the members of one row of the alignment state differently. The
 * ledger (plx-ledger.c) keeps them, and counts the numbers and titles
 * among its conflicts. */

static const char *
kind_summary (PlxDiffClass kind)
{
  switch (kind)
    {
    case PLX_DIFF_CLASS_QUOTE:
      /* Translators: a discrepancy between outlets: the words inside
       * quotation marks differ
       */
      return _("Quote worded differently");
    case PLX_DIFF_CLASS_NUMBER:
      /* Translators: a discrepancy between outlets: they give different
       * figures for the same statement
       */
      return _("Numbers disagree");
    case PLX_DIFF_CLASS_DATE:
      /* Translators: a discrepancy between outlets: they give different
       * dates or weekdays
       */
      return _("Dates disagree");
    case PLX_DIFF_CLASS_TITLE:
      /* Translators: a discrepancy between outlets: a person’s title or role
       * differs, “ambassador” against “ambassador-designate” (not a
       * headline)
       */
      return _("Titles disagree");
    case PLX_DIFF_CLASS_NONE:
    case PLX_DIFF_CLASS_WORDING:
    case PLX_DIFF_CLASS_ADDITION:
    case PLX_DIFF_CLASS_OMISSION:
    default:
      return NULL;
    }
}

/* Hunks short enough to be one fact stated differently, not a sentence
 * said another way. */
#define FACT_MAX_TOKENS   4
#define QUOTE_MAX_TOKENS  6
#define QUOTE_MIN_SHARED  4
#define FACT_MIN_SCORE    0.4

static gboolean
is_fact_hunk (const PlxDiffHunk *hunk,
              PlxDiffClass       kind,
              guint              max_tokens)
{
  return hunk->op == PLX_DIFF_REPLACE && hunk->klass == kind &&
         hunk->ref_end - hunk->ref_start <= max_tokens &&
         hunk->end - hunk->start <= max_tokens;
}

/* The first short replacement of @kind in a member's diff, if any. Two
 * titles disagree only when both sides name one: "Secretary of State"
 * against "counterpart" is other wording, not another title. */
static const PlxDiffHunk *
find_fact_hunk (const PlxRowMember *member,
                PlxDiffClass        kind)
{
  for (guint i = 0; member->diff != NULL && i < member->diff->len; i++)
    {
      const PlxDiffHunk *hunk = &g_array_index (member->diff, PlxDiffHunk, i);

      if (member->score >= FACT_MIN_SCORE && is_fact_hunk (hunk, kind, FACT_MAX_TOKENS) &&
          (kind != PLX_DIFF_CLASS_TITLE || (plx_diff_names_title (hunk->old) && plx_diff_names_title (hunk->text))))
        return hunk;
    }

  return NULL;
}

static void
add_discrepancy (GPtrArray    *found,
                 PlxDiffClass  kind,
                 PlxRow       *row,
                 GArray       *mentions)
{
  g_ptr_array_add (found, plx_discrepancy_new (kind, plx_row_get_id (row), kind_summary (kind), mentions));
}

/* Numbers, dates and titles: a short replacement of that class between
 * the reference and a member that otherwise says the same thing. Members
 * without one say what the reference says. */
static void
find_fact_discrepancies (GPtrArray    *found,
                         PlxRow       *row,
                         PlxDiffClass  kind)
{
  const PlxRowMember *reference = plx_row_get_member (row, plx_row_get_reference (row));
  g_autoptr(GArray) mentions = plx_mentions_new ();
  const PlxDiffHunk *first = NULL;

  for (guint i = 0; i < plx_row_get_n_members (row) && first == NULL; i++)
    first = find_fact_hunk (plx_row_get_member (row, i), kind);
  if (first == NULL)
    return;

  plx_mentions_add (mentions, reference->article, reference->sentence, first->old);
  for (guint i = 0; i < plx_row_get_n_members (row); i++)
    {
      const PlxRowMember *member = plx_row_get_member (row, i);
      const PlxDiffHunk *hunk;

      if (member == reference)
        continue;
      hunk = find_fact_hunk (member, kind);
      if (hunk != NULL)
        plx_mentions_add (mentions, member->article, member->sentence, hunk->text);
      else if (member->score >= FACT_MIN_SCORE)
        plx_mentions_add (mentions, member->article, member->sentence, first->old);
    }

  add_discrepancy (found, kind, row, mentions);
}

/* ---- Quotes ---------------------------------------------------------- */

/* A quoted stretch, tokenised once for all its comparisons. */
typedef struct
{
  char   *text;
  GArray *tokens;
} Quote;

static void
quote_free (gpointer data)
{
  Quote *quote = data;

  g_free (quote->text);
  g_array_unref (quote->tokens);
  g_free (quote);
}

static void
add_quote (GPtrArray  *quotes,
           const char *text,
           gsize       length,
           const char *language)
{
  Quote *quote = g_new (Quote, 1);

  quote->text = g_strndup (text, length);
  quote->tokens = plx_tokenize (quote->text, -1, language);
  g_ptr_array_add (quotes, quote);
}

static GArray *
diff_quotes (const Quote *a,
             const Quote *b)
{
  return plx_diff_tokens (a->text, a->tokens, b->text, b->tokens);
}

/* The quoted stretches of a sentence (plx_article_get_quote_spans()),
 * tokenised. */
static GPtrArray *
collect_quotes (PlxArticle *article,
                guint       index)
{
  const char *language = plx_article_get_language (article);
  const char *text = plx_article_get_text (article);
  g_autoptr(GArray) spans = plx_article_get_quote_spans (article, index);
  GPtrArray *quotes = g_ptr_array_new_with_free_func (quote_free);

  for (guint i = 0; i < spans->len; i++)
    {
      const PlxQuoteSpan *span = &g_array_index (spans, PlxQuoteSpan, i);

      add_quote (quotes, text + span->start, span->end - span->start, language);
    }

  return quotes;
}

static int
plx_compare_strings (gconstpointer a,
                     gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static guint
count_equal_tokens (GArray *diff)
{
  guint equal = 0;

  for (guint i = 0; i < diff->len; i++)
    {
      const PlxDiffHunk *hunk = &g_array_index (diff, PlxDiffHunk, i);

      if (hunk->op == PLX_DIFF_EQUAL)
        equal += hunk->end - hunk->start;
    }

  return equal;
}

/* An editor's insertion into a quote ("to get [the trade deal] across")
 * is not the speaker's wording. */
static gboolean
is_editorial (const char *words)
{
  return words != NULL && words[0] == '[' && g_str_has_suffix (words, "]");
}

static gboolean
has_words (const PlxDiffHunk *hunk)
{
  for (const char *p = hunk->text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

/* The words of one side of a quote change, cut at the first clause
 * break when @clip (one rendering goes on where the other stops), and
 * without surrounding punctuation; NULL when that leaves no word or more
 * than QUOTE_MAX_TOKENS words. */
static char *
quote_words (const char *text,
             gboolean    clip)
{
  g_autofree char *copy = g_strdup (text != NULL ? text : "");
  gsize length;
  char *start = copy;

  if (clip)
    copy[strcspn (copy, ",;:.!?")] = '\0';

  while (*start != '\0' && !g_unichar_isalnum (g_utf8_get_char (start)) && *start != '[')
    start = g_utf8_next_char (start);
  length = strlen (start);
  while (length > 0 && strchr (" .,;:!?\"'", start[length - 1]) != NULL)
    length--;
  start[length] = '\0';

  if (*start == '\0' || is_editorial (start) || plx_count_words (start, length) > QUOTE_MAX_TOKENS)
    return NULL;

  return g_strdup (start);
}

/* A change inside two renderings of one quote: a replacement right after
 * words both share, and either followed by shared words too, or ending
 * the diff (one rendering stops, the other goes on: its words are cut
 * at the next clause break). Changes at the start are where two outlets
 * began quoting at different words, not a rewording. */
static gboolean
quote_change_at (GArray  *diff,
                 guint    i,
                 char   **old_words,
                 char   **new_words)
{
  const PlxDiffHunk *hunk = &g_array_index (diff, PlxDiffHunk, i);
  const PlxDiffHunk *before = i > 0 ? &g_array_index (diff, PlxDiffHunk, i - 1) : NULL;
  const PlxDiffHunk *after = i + 1 < diff->len ? &g_array_index (diff, PlxDiffHunk, i + 1) : NULL;
  gboolean last = after == NULL;
  g_autofree char *old = NULL;
  g_autofree char *text = NULL;

  if (hunk->op != PLX_DIFF_REPLACE || before == NULL || before->op != PLX_DIFF_EQUAL || !has_words (before))
    return FALSE;
  if (!last && (after->op != PLX_DIFF_EQUAL || !has_words (after)))
    return FALSE;

  old = quote_words (hunk->old, last);
  text = quote_words (hunk->text, last);
  if (old == NULL || text == NULL || g_ascii_strcasecmp (old, text) == 0)
    return FALSE;

  *old_words = g_steal_pointer (&old);
  *new_words = g_steal_pointer (&text);
  return TRUE;
}

/* A key for a set of renderings, whatever order they were met in. */
static char *
renderings_key (GArray *mentions)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  g_autoptr(GString) key = g_string_new (NULL);

  for (guint m = 0; m < mentions->len; m++)
    g_ptr_array_add (words, g_array_index (mentions, PlxMention, m).text);
  g_ptr_array_sort (words, (GCompareFunc) plx_compare_strings);
  for (guint w = 0; w < words->len; w++)
    if (w == 0 || !g_str_equal (words->pdata[w], words->pdata[w - 1]))
      g_string_append_printf (key, "%s\x1f", (char *) words->pdata[w]);

  return g_string_free (g_steal_pointer (&key), FALSE);
}

/* Does @other quote @words as @base does: within a stretch of at least
 * three tokens the two share, not as a lone word met elsewhere? */
static gboolean
quotes_alike (const Quote *base,
              const Quote *other,
              const char  *words)
{
  g_autoptr(GArray) diff = NULL;

  /* Too short to share three tokens: no need to diff. */
  if (base->tokens->len < 3 || other->tokens->len < 3)
    return FALSE;
  diff = diff_quotes (base, other);

  for (guint h = 0; h < diff->len; h++)
    {
      const PlxDiffHunk *hunk = &g_array_index (diff, PlxDiffHunk, h);

      if (hunk->op == PLX_DIFF_EQUAL && hunk->end - hunk->start >= 3 && strstr (hunk->text, words) != NULL)
        return TRUE;
    }

  return FALSE;
}

static guint
member_index (PlxRow     *row,
              PlxArticle *article)
{
  for (guint i = 0; i < plx_row_get_n_members (row); i++)
    if (plx_row_get_member (row, i)->article == article)
      return i;

  return G_MAXUINT;
}

static void
agree_with_mentions (PlxRow    *row,
                     GPtrArray *quotes,
                     GArray    *mentions,
                     guint      j)
{
  const PlxRowMember *member = plx_row_get_member (row, j);
  GPtrArray *own = g_ptr_array_index (quotes, j);
  guint n_mentions = mentions->len;

  for (guint m = 0; m < n_mentions; m++)
    {
      const PlxMention *mention = &g_array_index (mentions, PlxMention, m);
      GPtrArray *theirs = g_ptr_array_index (quotes, member_index (row, mention->article));

      for (guint t = 0; t < theirs->len; t++)
        for (guint r = 0; r < own->len; r++)
          if (quotes_alike (g_ptr_array_index (theirs, t), g_ptr_array_index (own, r), mention->text))
            {
              plx_mentions_add (mentions, member->article, member->sentence, mention->text);
              return;
            }
    }
}

/* Quotes are compared outlet to outlet: for each quote of each member
 * (the base), every other member's rendering of the same quote (they
 * share at least QUOTE_MIN_SHARED tokens) that changes some words is a
 * mention; members whose quote has the base's words agree with it. */
static void
find_quote_discrepancies (GPtrArray *found,
                          PlxRow    *row)
{
  guint n = plx_row_get_n_members (row);
  g_autoptr(GPtrArray) quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) reported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < n; i++)
    {
      const PlxRowMember *member = plx_row_get_member (row, i);

      g_ptr_array_add (quotes, collect_quotes (member->article, member->sentence));
    }

  for (guint i = 0; i < n; i++)
    {
      const PlxRowMember *base_member = plx_row_get_member (row, i);
      GPtrArray *base_quotes = g_ptr_array_index (quotes, i);

      for (guint q = 0; q < base_quotes->len; q++)
        {
          const Quote *base = g_ptr_array_index (base_quotes, q);
          g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                                (GDestroyNotify) g_array_unref);
          GHashTableIter iter;
          gpointer key, value;

          for (guint j = 0; j < n; j++)
            {
              const PlxRowMember *member = plx_row_get_member (row, j);
              GPtrArray *other_quotes = g_ptr_array_index (quotes, j);

              if (j == i)
                continue;
              for (guint r = 0; r < other_quotes->len; r++)
                {
                  const Quote *other = g_ptr_array_index (other_quotes, r);
                  g_autoptr(GArray) diff = NULL;

                  /* A diff cannot share more tokens than the shorter
                   * quote has: a sentence full of quotation marks has
                   * many short quotes, and diffing each against each
                   * was most of the cost of aligning it. */
                  if (MIN (base->tokens->len, other->tokens->len) < QUOTE_MIN_SHARED)
                    continue;
                  diff = diff_quotes (base, other);
                  if (count_equal_tokens (diff) < QUOTE_MIN_SHARED)
                    continue;
                  for (guint h = 0; h < diff->len; h++)
                    {
                      g_autofree char *old = NULL;
                      g_autofree char *text = NULL;
                      GArray *mentions;

                      if (!quote_change_at (diff, h, &old, &text))
                        continue;
                      mentions = g_hash_table_lookup (groups, old);
                      if (mentions == NULL)
                        {
                          mentions = plx_mentions_new ();
                          plx_mentions_add (mentions, base_member->article, base_member->sentence, old);
                          g_hash_table_insert (groups, g_strdup (old), mentions);
                        }
                      if (!plx_mentions_has_article (mentions, member->article))
                        plx_mentions_add (mentions, member->article, member->sentence, text);
                    }
                }
            }

          g_hash_table_iter_init (&iter, groups);
          while (g_hash_table_iter_next (&iter, &key, &value))
            {
              GArray *mentions = value;
              g_autofree char *id = NULL;

              /* Members quoting the very words of a rendering already
               * mentioned (the base's or another's) side with it. */
              for (guint j = 0; j < n; j++)
                {
                  const PlxRowMember *member = plx_row_get_member (row, j);

                  if (!plx_mentions_has_article (mentions, member->article))
                    agree_with_mentions (row, quotes, mentions, j);
                }

              id = renderings_key (mentions);
              if (g_hash_table_add (reported, g_steal_pointer (&id)))
                add_discrepancy (found, PLX_DIFF_CLASS_QUOTE, row, mentions);
            }
        }
    }
}

/**
 * plx_quote_changes:
 * @quoted: one version of a quotation (the fullest)
 * @other: another outlet's version
 * @language: (nullable): their language
 *
 * The words @other gives in place of words of @quoted, in the span the
 * two share, as a row's quote discrepancies find them: "“excellent”
 * instead of “good”", one change a line.
 *
 * Returns: (transfer full) (nullable): the changes, or %NULL when none
 *   is found (the versions differ only in where they start or stop, or
 *   share too little)
 */
char *
plx_quote_changes (const char *quoted,
                   const char *other,
                   const char *language)
{
  g_autoptr(GArray) diff = NULL;
  GString *changes = NULL;

  g_return_val_if_fail (quoted != NULL && other != NULL, NULL);

  diff = plx_diff_sentences (quoted, other, language);
  for (guint h = 0; h < diff->len; h++)
    {
      g_autofree char *old = NULL;
      g_autofree char *text = NULL;

      if (!quote_change_at (diff, h, &old, &text))
        continue;
      if (changes == NULL)
        changes = g_string_new (NULL);
      else
        g_string_append_c (changes, '\n');
      /* Translators: how an outlet words a quotation: the words it gives
       * (first %s) in place of those of the fullest version (second %s)
       */
      g_string_append_printf (changes, _("“%s” instead of “%s”"), text, old);
    }

  return changes != NULL ? g_string_free (changes, FALSE) : NULL;
}

/**
 * plx_discrepancies_find:
 * @alignment: a #PlxAlignment whose rows have their diffs
 *
 * Finds, in every row, quotes, numbers, dates and titles that the
 * outlets state differently. Quotes are compared outlet to outlet (the
 * reference may not quote at all); numbers, dates and titles through
 * the diffs against the reference. Each mention gives that outlet's
 * words for the thing that differs.
 *
 * Returns: (transfer full) (element-type PlxDiscrepancy): the
 *   discrepancies, in the order of the rows
 */
GPtrArray *
plx_discrepancies_find (PlxAlignment *alignment)
{
  static const PlxDiffClass kinds[] = {
    PLX_DIFF_CLASS_NUMBER, PLX_DIFF_CLASS_DATE, PLX_DIFF_CLASS_TITLE,
  };
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (PLX_IS_ALIGNMENT (alignment), NULL);

  found = g_ptr_array_new_with_free_func ((GDestroyNotify) plx_discrepancy_unref);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (alignment)); i++)
    {
      PlxRow *row = plx_alignment_get_row (alignment, i);

      if (plx_row_get_n_members (row) < 2)
        continue;
      find_quote_discrepancies (found, row);
      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        find_fact_discrepancies (found, row, kinds[k]);
    }

  return g_steal_pointer (&found);
}
