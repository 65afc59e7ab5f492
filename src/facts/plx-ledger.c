/* plx-ledger.c: the ledger of figures, dated events, discrepancies and conflicts
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "plx-article.h"
#include "plx-corpus.h"
#include "plx-discrepancies.h"
#include "plx-ledger.h"
#include "plx-sentence.h"
#include "plx-tokens.h"

/* The ledger gathers the hard facts of a story from the body sentences
 * of every outlet (titles, headings and page furniture excluded):
 *
 *  - figures: every rate and money figure, grouped across outlets by
 *    value, unit and kind, and split by scope when outlets give the same
 *    figure for different things (a 25% reciprocal tariff is not the 25%
 *    tariff on nations trading with Iran); a mention that names no scope
 *    joins the largest group of its figure;
 *  - events: every date, resolved against the article's publication date
 *    (a saved page's own, or the manifest's) when there is one, else the story's main date inferred from
 *    the corpus's explicit dates; mentions of one date group into events
 *    by what the words around them say, or by sharing an aligned row;
 *  - discrepancies: the quotes, numbers, dates and titles the outlets
 *    of one row of the alignment state differently (plx-discrepancies.c);
 *  - conflicts: the same event dated differently by different outlets
 *    (the words around the dates agree, the dates do not), found across
 *    rows, and the discrepancies of numbers and titles, shared with the
 *    list above. */

#define WINDOW_TOKENS        8
#define SAME_EVENT_OVERLAP   0.34
#define LABEL_WORDS          10

struct _PlxLedger
{
  GPtrArray *tariffs;
  GPtrArray *events;
  GPtrArray *discrepancies;
  GPtrArray *conflicts;
  char      *anchor;
  gboolean   anchor_inferred;
};

/* One dated mention, with the content stems around the date. */
typedef struct
{
  PlxArticle       *article;
  guint             sentence;
  char             *date;
  PlxDatePrecision  precision;
  char             *text;
  char             *label;
  GPtrArray        *context;   /* stems near the date */
  PlxRow           *row;       /* its sentence's row of the alignment, or NULL */
  gboolean          quoted_relative;
  gboolean          used;
} Dated;

static void
tariff_free (gpointer data)
{
  PlxTariffEntry *entry = data;

  g_free (entry->unit);
  g_free (entry->scope);
  g_free (entry->label);
  g_array_unref (entry->mentions);
  g_free (entry);
}

static void
event_free (gpointer data)
{
  PlxEventEntry *entry = data;

  g_free (entry->date);
  g_free (entry->label);
  g_array_unref (entry->mentions);
  g_free (entry);
}

static void
dated_free (gpointer data)
{
  Dated *dated = data;

  g_free (dated->date);
  g_free (dated->text);
  g_free (dated->label);
  g_ptr_array_unref (dated->context);
  g_free (dated);
}

void
plx_ledger_free (PlxLedger *ledger)
{
  if (ledger == NULL)
    return;

  g_ptr_array_unref (ledger->tariffs);
  g_ptr_array_unref (ledger->events);
  g_ptr_array_unref (ledger->discrepancies);
  g_ptr_array_unref (ledger->conflicts);
  g_free (ledger->anchor);
  g_free (ledger);
}

/* ---- Figures --------------------------------------------------------- */

typedef struct
{
  PlxFigure  *figure;
  PlxArticle *article;
  guint       sentence;
} Stated;

static char *
format_value (double      value,
              const char *unit)
{
  g_autofree char *number = NULL;

  if (fabs (value - round (value)) < 1e-9)
    number = g_strdup_printf ("%.0f", value);
  else
    number = g_strdup_printf ("%g", value);

  if (g_strcmp0 (unit, "percent") == 0)
    return g_strdup_printf ("%s%%", number);

  return g_strdup_printf ("%s %s", number, unit);
}

static char *
tariff_label (const PlxTariffEntry *entry)
{
  g_autofree char *value = format_value (entry->value, entry->unit);
  const char *kind = plx_figure_kind_to_string (entry->kind);

  if (entry->scope != NULL)
    return g_strdup_printf ("%s %s: %s", value, kind, entry->scope);

  return g_strdup_printf ("%s %s", value, kind);
}

static gboolean
same_figure (const PlxFigure *a,
             const PlxFigure *b)
{
  return fabs (a->value - b->value) < 1e-9 * MAX (1.0, fabs (a->value)) &&
         g_strcmp0 (a->unit, b->unit) == 0 && a->kind == b->kind;
}

static PlxFigureStatus
common_status (GPtrArray *stated)
{
  guint counts[PLX_STATUS_LIFTED + 1] = { 0 };
  PlxFigureStatus best = PLX_STATUS_UNKNOWN;

  for (guint i = 0; i < stated->len; i++)
    counts[((Stated *) g_ptr_array_index (stated, i))->figure->status]++;
  for (guint s = PLX_STATUS_IMPOSED; s <= PLX_STATUS_LIFTED; s++)
    if (counts[s] > counts[best] || (best == PLX_STATUS_UNKNOWN && counts[s] > 0))
      best = s;

  return best;
}

/* Turns one group of statements of the same figure into entries, one per
 * scope; unscoped statements join the largest scope. */
static void
add_figure_entries (PlxLedger *ledger,
                    GPtrArray *group)
{
  g_autoptr(GHashTable) by_scope = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) unscoped = g_ptr_array_new ();
  GPtrArray *largest = NULL;
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < group->len; i++)
    {
      Stated *stated = g_ptr_array_index (group, i);
      GPtrArray *list;

      if (stated->figure->scope == NULL)
        {
          g_ptr_array_add (unscoped, stated);
          continue;
        }
      list = g_hash_table_lookup (by_scope, stated->figure->scope);
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (by_scope, g_strdup (stated->figure->scope), list);
        }
      g_ptr_array_add (list, stated);
      if (largest == NULL || list->len > largest->len)
        largest = list;
    }

  if (largest == NULL)
    {
      largest = g_ptr_array_new ();
      g_hash_table_insert (by_scope, g_strdup (""), largest);
    }
  g_ptr_array_extend (largest, unscoped, NULL, NULL);

  g_hash_table_iter_init (&iter, by_scope);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *list = value;
      PlxTariffEntry *entry = g_new0 (PlxTariffEntry, 1);
      const PlxFigure *first = ((Stated *) g_ptr_array_index (list, 0))->figure;

      entry->value = first->value;
      entry->unit = g_strdup (first->unit);
      entry->kind = first->kind;
      entry->scope = *(char *) key != '\0' ? g_strdup (key) : NULL;
      entry->status = common_status (list);
      entry->mentions = plx_mentions_new ();
      for (guint i = 0; i < list->len; i++)
        {
          Stated *stated = g_ptr_array_index (list, i);

          plx_mentions_add (entry->mentions, stated->article, stated->sentence, stated->figure->text);
        }
      entry->label = tariff_label (entry);
      g_ptr_array_add (ledger->tariffs, entry);
    }
}

static int
compare_tariffs (gconstpointer a,
                 gconstpointer b)
{
  const PlxTariffEntry *x = *(PlxTariffEntry **) a;
  const PlxTariffEntry *y = *(PlxTariffEntry **) b;

  /* Most outlets first, then the larger figure. */
  if (x->mentions->len != y->mentions->len)
    return x->mentions->len > y->mentions->len ? -1 : 1;
  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;
  return x->value > y->value ? -1 : x->value < y->value;
}

static void
collect_figures (PlxLedger *ledger,
                 GPtrArray *sentences)
{
  g_autoptr(GPtrArray) stated = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) figure_arrays = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autofree gboolean *grouped = NULL;
  g_autoptr(GHashTable) by_unit = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) units = g_ptr_array_new ();   /* statement -> its list in by_unit */

  for (guint i = 0; i < sentences->len; i += 2)
    {
      PlxArticle *article = g_ptr_array_index (sentences, i);
      guint index = GPOINTER_TO_UINT (g_ptr_array_index (sentences, i + 1));
      PlxSentence *sentence = plx_article_get_sentence (article, index);
      const char *language = plx_article_get_language (article);
      GArray *figures = plx_extract_figures_from_tokens (plx_sentence_get_text (sentence),
                                                         plx_sentence_get_tokens (sentence, language),
                                                         language);

      g_ptr_array_add (figure_arrays, figures);
      for (guint f = 0; f < figures->len; f++)
        {
          Stated *s = g_new (Stated, 1);

          s->figure = &g_array_index (figures, PlxFigure, f);
          s->article = article;
          s->sentence = index;
          g_ptr_array_add (stated, s);
        }
    }

  /* Only figures of one unit and kind can be the same: each unit and
   * kind's statements, in their order, so that a large corpus is not
   * compared pair by pair. */
  for (guint i = 0; i < stated->len; i++)
    {
      const PlxFigure *figure = ((Stated *) g_ptr_array_index (stated, i))->figure;
      char *key = g_strdup_printf ("%d %c%s", (int) figure->kind, figure->unit != NULL ? 'u' : '-',
                                   figure->unit != NULL ? figure->unit : "");
      GArray *same_unit = g_hash_table_lookup (by_unit, key);

      if (same_unit == NULL)
        {
          same_unit = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (by_unit, g_steal_pointer (&key), same_unit);
        }
      g_free (key);
      g_array_append_val (same_unit, i);
      g_ptr_array_add (units, same_unit);
    }

  grouped = g_new0 (gboolean, MAX (stated->len, 1));
  for (guint i = 0; i < stated->len; i++)
    {
      g_autoptr(GPtrArray) group = g_ptr_array_new ();
      GArray *same_unit = g_ptr_array_index (units, i);

      if (grouped[i])
        continue;
      for (guint k = 0; k < same_unit->len; k++)
        {
          guint j = g_array_index (same_unit, guint, k);
          Stated *a = g_ptr_array_index (stated, i);
          Stated *b = g_ptr_array_index (stated, j);

          if (j < i)
            continue;

          if (!grouped[j] && same_figure (a->figure, b->figure))
            {
              grouped[j] = TRUE;
              g_ptr_array_add (group, b);
            }
        }
      add_figure_entries (ledger, group);
    }

  g_ptr_array_sort (ledger->tariffs, compare_tariffs);
}

/* ---- Events ---------------------------------------------------------- */

/* The content stems around the date; @quoted tells whether the date's
 * words stand inside quotation marks. */
static GPtrArray *
context_stems (GArray               *tokens,
               const PlxDateMention *date,
               gboolean             *quoted)
{
  GPtrArray *stems = g_ptr_array_new_with_free_func (g_free);
  gint first = -1, last = -1;

  for (guint t = 0; t < tokens->len; t++)
    {
      const PlxToken *token = &g_array_index (tokens, PlxToken, t);

      if (token->start >= date->start && token->end <= date->end)
        {
          if (first < 0)
            first = t;
          last = t;
          *quoted |= (token->flags & PLX_TOKEN_FLAG_QUOTED) != 0;
        }
    }
  if (first < 0)
    return stems;

  for (gint t = MAX (0, first - WINDOW_TOKENS); t < (gint) MIN (tokens->len, (guint) last + 1 + WINDOW_TOKENS); t++)
    {
      const PlxToken *token = &g_array_index (tokens, PlxToken, t);

      if ((t >= first && t <= last) || token->kind != PLX_TOKEN_WORD ||
          (token->flags & (PLX_TOKEN_FLAG_STOP | PLX_TOKEN_FLAG_MONTH | PLX_TOKEN_FLAG_WEEKDAY)) != 0 ||
          strlen (token->norm) < 3)
        continue;
      g_ptr_array_add (stems, g_strdup (token->stem != NULL ? token->stem : token->norm));
    }

  return stems;
}

static double
context_overlap (GPtrArray *a,
                 GPtrArray *b)
{
  guint shared = 0;

  if (a->len == 0 || b->len == 0)
    return 0;

  for (guint i = 0; i < a->len; i++)
    for (guint j = 0; j < b->len; j++)
      if (g_str_equal (a->pdata[i], b->pdata[j]))
        {
          shared++;
          break;
        }

  return shared >= 2 ? (double) shared / MIN (a->len, b->len) : 0;
}

/* What happened: the sentence's first words, without a leading
 * adverbial ("On Tuesday (January 13), …") or bullet. */
static char *
event_label (const char *text)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) label = g_string_new (NULL);
  const char *start = text;
  const char *comma = strchr (text, ',');
  static const char * const openers[] = { "On ", "In ", "During ", "After ", "Before ", "Since ",
                                          "Following ", "Last ", "This ", "Earlier ", "Later ", NULL };

  while (*start == '-' || *start == ' ' || *start == '*')
    start++;
  for (guint i = 0; openers[i] != NULL; i++)
    if (g_str_has_prefix (start, openers[i]) && comma != NULL && comma - start < 60)
      {
        start = comma + 1;
        break;
      }

  words = g_strsplit_set (start, " \t", -1);
  for (guint i = 0, n = 0; words[i] != NULL && n < LABEL_WORDS; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (label->len > 0)
        g_string_append_c (label, ' ');
      g_string_append (label, words[i]);
      n++;
    }
  if (label->len > 0 && strchr (",;:", label->str[label->len - 1]) != NULL)
    g_string_truncate (label, label->len - 1);

  return g_string_free (g_steal_pointer (&label), FALSE);
}

static GDate *
parse_iso (const char *date)
{
  int y = 0, m = 0, d = 0;

  /* Pages write "0001-01-01" for an unknown date; counting back from
   * the first days of the calendar would leave it. */
  if (date == NULL || sscanf (date, "%d-%d-%d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y) || y < 1000)
    return NULL;

  return g_date_new_dmy (d, m, y);
}

/* The day an article was written: its publication time (a saved page's
 * article:published_time) first, else its date. */
static GDate *
article_anchor (PlxArticle *article)
{
  GDate *published = parse_iso (plx_article_get_published (article));

  return published != NULL ? published : parse_iso (plx_article_get_date (article));
}

static void
collect_dated (PlxLedger *ledger,
               GPtrArray *sentences,
               GDate     *corpus_anchor,
               GPtrArray *dated)
{
  for (guint i = 0; i < sentences->len; i += 2)
    {
      PlxArticle *article = g_ptr_array_index (sentences, i);
      guint index = GPOINTER_TO_UINT (g_ptr_array_index (sentences, i + 1));
      PlxSentence *sentence = plx_article_get_sentence (article, index);
      const char *text = plx_sentence_get_text (sentence);
      const char *language = plx_article_get_language (article);
      g_autoptr(GDate) own = article_anchor (article);
      /* Dates read a sentence without a language as English. */
      GArray *date_tokens = plx_sentence_get_tokens (sentence, language != NULL ? language : "en");
      g_autoptr(GArray) dates = plx_extract_dates_from_tokens (text, date_tokens,
                                                               own != NULL ? own : corpus_anchor,
                                                               language);

      for (guint d = 0; d < dates->len; d++)
        {
          const PlxDateMention *mention = &g_array_index (dates, PlxDateMention, d);
          Dated *item = g_new0 (Dated, 1);

          item->article = article;
          item->sentence = index;
          item->date = plx_date_mention_to_string (mention);
          item->precision = mention->precision;
          item->text = g_strdup (mention->text);
          item->label = event_label (text);
          item->context = context_stems (plx_sentence_get_tokens (sentence, language), mention,
                                         &item->quoted_relative);
          item->quoted_relative &= mention->relative;
          g_ptr_array_add (dated, item);
        }
    }
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const PlxEventEntry *x = *(PlxEventEntry **) a;
  const PlxEventEntry *y = *(PlxEventEntry **) b;
  int order = g_strcmp0 (x->date, y->date);

  return order != 0 ? order : (x->mentions->len > y->mentions->len ? -1 : x->mentions->len < y->mentions->len);
}

/* Mentions of one date are one event when they are the same event,
 * directly or through another mention (single linkage). */
/* Two dated mentions are of one event when the words around the dates
 * agree, or when the alignment put their sentences in one row. */
static gboolean
same_event (Dated *a,
            Dated *b)
{
  if (a->article == b->article)
    return a->sentence == b->sentence;

  if (context_overlap (a->context, b->context) >= SAME_EVENT_OVERLAP)
    return TRUE;

  return a->row != NULL && a->row == b->row;
}

static void
group_events (PlxLedger    *ledger,
              PlxAlignment *alignment,
              GPtrArray    *dated)
{
  /* Only mentions of the same date can join: each date's mentions, in
   * their order, so that a large corpus is not compared pair by pair. */
  g_autoptr(GHashTable) by_date = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) g_array_unref);

  for (guint i = 0; i < dated->len; i++)
    {
      Dated *item = g_ptr_array_index (dated, i);
      GArray *same_date = g_hash_table_lookup (by_date, item->date);

      if (alignment != NULL)
        item->row = plx_alignment_find_row (alignment, item->article, item->sentence);

      if (same_date == NULL)
        {
          same_date = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (by_date, item->date, same_date);
        }
      g_array_append_val (same_date, i);
    }

  for (guint i = 0; i < dated->len; i++)
    {
      Dated *seed = g_ptr_array_index (dated, i);
      GArray *same_date = g_hash_table_lookup (by_date, seed->date);
      g_autoptr(GPtrArray) members = NULL;
      PlxEventEntry *entry;

      if (seed->used)
        continue;
      members = g_ptr_array_new ();
      g_ptr_array_add (members, seed);
      seed->used = TRUE;

      for (guint m = 0; m < members->len; m++)
        for (guint k = 0; k < same_date->len; k++)
          {
            guint j = g_array_index (same_date, guint, k);
            Dated *other = g_ptr_array_index (dated, j);
            Dated *member = g_ptr_array_index (members, m);

            if (j > i && !other->used && same_event (member, other))
              {
                other->used = TRUE;
                g_ptr_array_add (members, other);
              }
          }

      entry = g_new0 (PlxEventEntry, 1);
      entry->date = g_strdup (seed->date);
      entry->precision = seed->precision;
      entry->label = g_strdup (seed->label);
      entry->mentions = plx_mentions_new ();
      for (guint m = 0; m < members->len; m++)
        {
          Dated *member = g_ptr_array_index (members, m);

          plx_mentions_add (entry->mentions, member->article, member->sentence, member->text);
        }
      g_ptr_array_add (ledger->events, entry);
    }

  g_ptr_array_sort (ledger->events, compare_events);
}

/* ---- Conflicts ------------------------------------------------------- */

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

/* Each stem of the mentions' contexts -> the mentions (indices into
 * @dated, ascending) that have it. */
static GHashTable *
context_index (GPtrArray *dated)
{
  GHashTable *by_stem = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                               (GDestroyNotify) g_array_unref);

  for (guint i = 0; i < dated->len; i++)
    {
      Dated *item = g_ptr_array_index (dated, i);

      for (guint c = 0; c < item->context->len; c++)
        {
          GArray *with_stem = g_hash_table_lookup (by_stem, item->context->pdata[c]);

          if (with_stem == NULL)
            {
              with_stem = g_array_new (FALSE, FALSE, sizeof (guint));
              g_hash_table_insert (by_stem, item->context->pdata[c], with_stem);
            }
          if (with_stem->len == 0 || g_array_index (with_stem, guint, with_stem->len - 1) != i)
            g_array_append_val (with_stem, i);
        }
    }

  return by_stem;
}

/* The same event, by the words around the dates, dated differently by
 * different outlets. Each mention's text is the date it gives. A quoted
 * "tomorrow" is relative to when the words were said, which the article
 * may not state: relative dates inside quotes take no part. */
static void
find_date_conflicts (PlxLedger *ledger,
                     GPtrArray *dated)
{
  g_autofree gboolean *taken = g_new0 (gboolean, MAX (dated->len, 1));
  g_autofree gboolean *seen = g_new0 (gboolean, MAX (dated->len, 1));
  g_autoptr(GHashTable) by_stem = context_index (dated);
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < dated->len; i++)
    {
      Dated *a = g_ptr_array_index (dated, i);
      g_autoptr(GArray) mentions = NULL;
      gboolean differs = FALSE;

      if (taken[i] || a->precision != PLX_PRECISION_DAY || a->quoted_relative)
        continue;
      mentions = plx_mentions_new ();
      plx_mentions_add (mentions, a->article, a->sentence, a->date);

      /* Words around the dates agree only if they share a stem: the
       * mentions after this one that share one, in their order. */
      g_array_set_size (candidates, 0);
      for (guint c = 0; c < a->context->len; c++)
        {
          GArray *with_stem = g_hash_table_lookup (by_stem, a->context->pdata[c]);

          for (guint k = 0; with_stem != NULL && k < with_stem->len; k++)
            {
              guint j = g_array_index (with_stem, guint, k);

              if (j > i && !seen[j])
                {
                  seen[j] = TRUE;
                  g_array_append_val (candidates, j);
                }
            }
        }
      g_array_sort (candidates, compare_uint);

      for (guint k = 0; k < candidates->len; k++)
        {
          guint j = g_array_index (candidates, guint, k);
          Dated *b = g_ptr_array_index (dated, j);

          seen[j] = FALSE;

          if (taken[j] || b->precision != PLX_PRECISION_DAY || b->quoted_relative ||
              plx_mentions_has_article (mentions, b->article) ||
              context_overlap (a->context, b->context) < SAME_EVENT_OVERLAP)
            continue;
          taken[j] = TRUE;
          plx_mentions_add (mentions, b->article, b->sentence, b->date);
          differs |= !g_str_equal (a->date, b->date);
        }

      if (differs)
        {
          /* Translators: a conflict of the ledger: outlets give different
           * dates for the same event; %s describes the event
           */
          g_autofree char *what = g_strdup_printf (_("Dated differently: %s"), a->label);

          g_ptr_array_add (ledger->conflicts,
                           plx_discrepancy_new (PLX_DIFF_CLASS_DATE, PLX_DISCREPANCY_NO_ROW, what, mentions));
        }
    }
}

/* Numbers and titles stated differently in one row of the alignment:
 * the discrepancies themselves, not copies. */
static void
add_row_conflicts (PlxLedger *ledger)
{
  for (guint i = 0; i < ledger->discrepancies->len; i++)
    {
      PlxDiscrepancy *discrepancy = g_ptr_array_index (ledger->discrepancies, i);

      if (discrepancy->kind == PLX_DIFF_CLASS_NUMBER || discrepancy->kind == PLX_DIFF_CLASS_TITLE)
        g_ptr_array_add (ledger->conflicts, plx_discrepancy_ref (discrepancy));
    }
}

/* ---- Building -------------------------------------------------------- */

static GPtrArray *
body_sentences (PlxCorpus *corpus)
{
  GPtrArray *sentences = g_ptr_array_new ();

  for (guint a = 0; a < g_list_model_get_n_items (G_LIST_MODEL (corpus)); a++)
    {
      PlxArticle *article = plx_corpus_get_article (corpus, a);

      for (guint s = 0; s < plx_article_get_n_sentences (article); s++)
        if (plx_sentence_get_role (plx_article_get_sentence (article, s)) == PLX_ROLE_BODY)
          {
            g_ptr_array_add (sentences, article);
            g_ptr_array_add (sentences, GUINT_TO_POINTER (s));
          }
    }

  return sentences;
}

static GDate *
infer_anchor (GPtrArray *sentences)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  g_autoptr(GPtrArray) tokens = g_ptr_array_new ();

  for (guint i = 0; i < sentences->len; i += 2)
    {
      PlxArticle *article = g_ptr_array_index (sentences, i);
      guint index = GPOINTER_TO_UINT (g_ptr_array_index (sentences, i + 1));
      PlxSentence *sentence = plx_article_get_sentence (article, index);

      g_ptr_array_add (texts, (gpointer) plx_sentence_get_text (sentence));
      /* The anchor reads every sentence as English. */
      g_ptr_array_add (tokens, plx_sentence_get_tokens (sentence, "en"));
    }
  g_ptr_array_add (texts, NULL);

  return plx_infer_anchor_from_tokens ((const char * const *) texts->pdata,
                                       (GArray * const *) tokens->pdata);
}

/**
 * plx_ledger_build:
 * @corpus: a loaded corpus
 * @alignment: (nullable): its alignment, for the discrepancies and the
 *   number and title conflicts
 *
 * Returns: (transfer full): the ledger (see the comment at the top)
 */
PlxLedger *
plx_ledger_build (PlxCorpus    *corpus,
                  PlxAlignment *alignment)
{
  g_autoptr(GPtrArray) sentences = body_sentences (corpus);
  g_autoptr(GPtrArray) dated = g_ptr_array_new_with_free_func (dated_free);
  g_autoptr(GDate) anchor = infer_anchor (sentences);
  PlxLedger *ledger = g_new0 (PlxLedger, 1);

  ledger->tariffs = g_ptr_array_new_with_free_func (tariff_free);
  ledger->events = g_ptr_array_new_with_free_func (event_free);
  ledger->conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) plx_discrepancy_unref);
  if (alignment != NULL)
    ledger->discrepancies = plx_discrepancies_find (alignment);
  else
    ledger->discrepancies = g_ptr_array_new_with_free_func ((GDestroyNotify) plx_discrepancy_unref);
  if (anchor != NULL)
    {
      ledger->anchor = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (anchor),
                                        g_date_get_month (anchor), g_date_get_day (anchor));
      ledger->anchor_inferred = TRUE;
    }

  collect_figures (ledger, sentences);
  collect_dated (ledger, sentences, anchor, dated);
  group_events (ledger, alignment, dated);
  for (guint i = 0; i < dated->len; i++)
    ((Dated *) g_ptr_array_index (dated, i))->used = FALSE;
  find_date_conflicts (ledger, dated);
  add_row_conflicts (ledger);

  return ledger;
}

GPtrArray *
plx_ledger_get_tariffs (PlxLedger *ledger)
{
  return ledger->tariffs;
}

GPtrArray *
plx_ledger_get_events (PlxLedger *ledger)
{
  return ledger->events;
}

/**
 * plx_ledger_get_discrepancies:
 * @ledger: a #PlxLedger
 *
 * Returns: (transfer none) (element-type PlxDiscrepancy): the quotes,
 *   numbers, dates and titles that the outlets of a row of the alignment
 *   state differently, in the order of the rows; none for a ledger built
 *   without an alignment
 */
GPtrArray *
plx_ledger_get_discrepancies (PlxLedger *ledger)
{
  return ledger->discrepancies;
}

/**
 * plx_ledger_get_conflicts:
 * @ledger: a #PlxLedger
 *
 * Returns: (transfer none) (element-type PlxDiscrepancy): the events
 *   dated differently (%PLX_DIFF_CLASS_DATE, found across rows: their
 *   row is %PLX_DISCREPANCY_NO_ROW), then the discrepancies of numbers
 *   and titles, the very ones plx_ledger_get_discrepancies() holds
 */
GPtrArray *
plx_ledger_get_conflicts (PlxLedger *ledger)
{
  return ledger->conflicts;
}

/**
 * plx_ledger_get_anchor:
 * @ledger: a #PlxLedger
 *
 * Returns: (nullable): the date relative expressions are resolved
 *   against where an article has no publication date: the story's main
 *   date, inferred from the corpus's explicit dates
 */
const char *
plx_ledger_get_anchor (PlxLedger *ledger)
{
  return ledger->anchor;
}

gboolean
plx_ledger_anchor_is_inferred (PlxLedger *ledger)
{
  return ledger->anchor_inferred;
}

/**
 * plx_ledger_conflict_kind_to_string:
 * @kind: the kind of a conflict
 *
 * Returns: its name in the export: "date", "value" (numbers) or "title"
 */
const char *
plx_ledger_conflict_kind_to_string (PlxDiffClass kind)
{
  switch (kind)
    {
    case PLX_DIFF_CLASS_DATE:
      return "date";
    case PLX_DIFF_CLASS_NUMBER:
      return "value";
    case PLX_DIFF_CLASS_TITLE:
      return "title";
    case PLX_DIFF_CLASS_NONE:
    case PLX_DIFF_CLASS_WORDING:
    case PLX_DIFF_CLASS_QUOTE:
    case PLX_DIFF_CLASS_ADDITION:
    case PLX_DIFF_CLASS_OMISSION:
    default:
      g_return_val_if_reached (NULL);
    }
}
