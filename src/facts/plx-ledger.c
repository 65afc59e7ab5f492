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
#include "plx-ledger-events.h"
#include "plx-ledger.h"
#include "plx-sentence.h"

/* The ledger gathers the hard facts of a story from the body sentences
 * of every outlet (titles, headings and page furniture excluded):
 *
 *  - figures: every rate and money figure, grouped across outlets by
 *    value, unit and kind, and split by scope when outlets give the same
 *    figure for different things (a 25% reciprocal tariff is not the 25%
 *    tariff on nations trading with Iran); a mention that names no scope
 *    joins the largest group of its figure;
 *  - events: every date, resolved against the article's publication date
 *    (a saved page's own, or the manifest's) when there is one, else the
 *    story's main date inferred from the corpus's explicit dates; the
 *    mentions of one event across outlets are one entry
 *    (plx-ledger-events.c);
 *  - discrepancies: the quotes, numbers, dates and titles the outlets
 *    of one row of the alignment state differently (plx-discrepancies.c);
 *  - conflicts: the same event dated differently by different outlets
 *    (the words around the dates agree, the dates do not), found across
 *    rows, and the discrepancies of numbers and titles, shared with the
 *    list above;
 *  - quotations: who said what, one entry per quotation across outlets,
 *    with each outlet's words and how they differ; and the words in
 *    quotation marks that are terms (plx-quotations.c). */

struct _PlxLedger
{
  GPtrArray *tariffs;
  GPtrArray *events;
  GPtrArray *discrepancies;
  GPtrArray *conflicts;
  GPtrArray *quotes;
  GPtrArray *terms;
  char      *anchor;
  gboolean   anchor_inferred;
};


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

void
plx_ledger_free (PlxLedger *ledger)
{
  if (ledger == NULL)
    return;

  g_ptr_array_unref (ledger->tariffs);
  g_ptr_array_unref (ledger->events);
  g_ptr_array_unref (ledger->discrepancies);
  g_ptr_array_unref (ledger->conflicts);
  g_ptr_array_unref (ledger->quotes);
  g_ptr_array_unref (ledger->terms);
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

/* ---- Conflicts ------------------------------------------------------- */

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
  g_autoptr(GPtrArray) languages = g_ptr_array_new ();

  for (guint i = 0; i < sentences->len; i += 2)
    {
      PlxArticle *article = g_ptr_array_index (sentences, i);
      guint index = GPOINTER_TO_UINT (g_ptr_array_index (sentences, i + 1));
      PlxSentence *sentence = plx_article_get_sentence (article, index);
      const char *language = plx_article_get_language (article);
      /* As the events read them: a sentence without a language as
       * English. */
      const char *reading = language != NULL ? language : "en";

      g_ptr_array_add (texts, (gpointer) plx_sentence_get_text (sentence));
      g_ptr_array_add (tokens, plx_sentence_get_tokens (sentence, reading));
      g_ptr_array_add (languages, (gpointer) reading);
    }
  g_ptr_array_add (texts, NULL);

  return plx_infer_anchor_from_tokens ((const char * const *) texts->pdata,
                                       (GArray * const *) tokens->pdata,
                                       (const char * const *) languages->pdata);
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
  g_autoptr(GDate) anchor = infer_anchor (sentences);
  PlxLedger *ledger = g_new0 (PlxLedger, 1);

  ledger->tariffs = g_ptr_array_new_with_free_func (tariff_free);
  ledger->events = g_ptr_array_new_with_free_func (event_free);
  ledger->conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) plx_discrepancy_unref);
  ledger->quotes = g_ptr_array_new_with_free_func (plx_quote_entry_free);
  ledger->terms = g_ptr_array_new_with_free_func (plx_term_entry_free);
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
  plx_ledger_add_events (sentences, alignment, anchor, ledger->events, ledger->conflicts);
  add_row_conflicts (ledger);
  plx_quotations_find (sentences, ledger->quotes, ledger->terms);

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
 * plx_ledger_get_quotes:
 * @ledger: a #PlxLedger
 *
 * Returns: (transfer none) (element-type PlxQuoteEntry): the quotations,
 *   one entry per quotation across outlets, the most widely carried
 *   first (plx-quotations.c)
 */
GPtrArray *
plx_ledger_get_quotes (PlxLedger *ledger)
{
  return ledger->quotes;
}

/**
 * plx_ledger_get_terms:
 * @ledger: a #PlxLedger
 *
 * Returns: (transfer none) (element-type PlxTermEntry): the words in
 *   quotation marks used as terms ("reciprocal"), not statements
 */
GPtrArray *
plx_ledger_get_terms (PlxLedger *ledger)
{
  return ledger->terms;
}

/**
 * plx_ledger_count_events:
 * @ledger: a #PlxLedger
 * @kind: events or periods
 *
 * Returns: how many entries of plx_ledger_get_events() are of @kind
 */
guint
plx_ledger_count_events (PlxLedger    *ledger,
                         PlxEventKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < ledger->events->len; i++)
    n += ((PlxEventEntry *) g_ptr_array_index (ledger->events, i))->kind == kind;

  return n;
}

/**
 * plx_event_kind_to_string:
 * @kind: a #PlxEventKind
 *
 * Returns: its name in the export: "event" or "period"
 */
const char *
plx_event_kind_to_string (PlxEventKind kind)
{
  switch (kind)
    {
    case PLX_EVENT_KIND_EVENT:
      return "event";
    case PLX_EVENT_KIND_PERIOD:
      return "period";
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * plx_event_mention_words:
 * @mention: a mention of an event
 *
 * The words an outlet dates the event with, or, for an outlet that
 * reports it without a date (its mention's text is empty: see
 * plx_ledger_add_events()), that it gives none, in words for a reader.
 *
 * Returns: the words, owned by @mention or by Parallax
 */
const char *
plx_event_mention_words (const PlxMention *mention)
{
  g_return_val_if_fail (mention != NULL && mention->text != NULL, NULL);

  /* Translators: in parallax-cli facts and the HTML report's timeline,
   * an outlet that reports an event without giving its date
   */
  return *mention->text != '\0' ? mention->text : _("(no date given)");
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
 * plx_ledger_find_conflicts:
 * @ledger: a #PlxLedger
 * @mentions: (element-type PlxMention): an entry's mentions
 *
 * Returns: (transfer container) (element-type PlxDiscrepancy): the
 *   conflicts that concern the entry: those that share a sentence with
 *   it, in the ledger's order
 */
GPtrArray *
plx_ledger_find_conflicts (PlxLedger *ledger,
                           GArray    *mentions)
{
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < ledger->conflicts->len; i++)
    {
      PlxDiscrepancy *conflict = g_ptr_array_index (ledger->conflicts, i);
      gboolean shared = FALSE;

      for (guint j = 0; j < conflict->mentions->len && !shared; j++)
        {
          const PlxMention *a = &g_array_index (conflict->mentions, PlxMention, j);

          for (guint k = 0; k < mentions->len && !shared; k++)
            {
              const PlxMention *b = &g_array_index (mentions, PlxMention, k);

              shared = a->article == b->article && a->sentence == b->sentence;
            }
        }
      if (shared)
        g_ptr_array_add (found, conflict);
    }

  return found;
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
