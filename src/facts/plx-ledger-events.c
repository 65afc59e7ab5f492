/* plx-ledger-events.c: the ledger's dated events and the dates outlets give differently
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plx-article.h"
#include "plx-date-offset.h"
#include "plx-discrepancy.h"
#include "plx-event-label.h"
#include "plx-event-reports.h"
#include "plx-event-triggers.h"
#include "plx-ledger.h"
#include "plx-ledger-events.h"
#include "plx-sentence.h"
#include "plx-tokens.h"

/* Every date of the body sentences, resolved against the article's
 * publication date (a saved page's own, or the manifest's) when there is
 * one, else against the story's main date, is a dated mention: its
 * label (plx-event-label.c), whether it dates an event or a period, and
 * the content stems around it. An event counted from another ("It came
 * a day after Gor publicly stated …", plx-date-offset.c) is dated from
 * the day the article's sentences before it last gave, unless an outlet
 * states that event's own day (resolve_counted()). Mentions of one
 * event, across outlets (same_event()), are one entry of the ledger; the
 * same event dated differently by different outlets (the words around
 * the dates agree, the dates do not) is a conflict; one dated within
 * another's coarser date joins it when their sentences say much the same
 * (join_groups_within()); a date that modifies a noun ("an August 1
 * deadline") dates a thing of its own (dates_own_thing()).
 *
 * tests/eval/event-merge.py measures the grouping on the ECB+ folders,
 * which it was not written on: of the pairs of mentions that share an
 * entry, 0.923 are one event (0.776 of all labelled pairs are); of the
 * pairs of one event, 0.598 share an entry. (Before the rules of
 * same_event() beyond the words around the dates and the row, on the
 * pairs of one precision: 0.924 and 0.451; with them, 0.939 and 0.611.) */

#define WINDOW_TOKENS        8
#define SAME_EVENT_OVERLAP   0.34
#define SAME_DAY_SHARED      3
#define DIFFERENT_DAYS_OVERLAP 0.75
#define COUNTED_SHARED_NAMES 2
#define SENTENCE_SHARED      5
#define SENTENCE_OVERLAP     0.5

/* One dated mention, with the content stems around the date. */
typedef struct
{
  PlxArticle       *article;
  guint             sentence;
  char             *date;
  PlxDatePrecision  precision;
  char             *text;
  char             *label;
  GArray           *context;   /* stems near the date: ids, ascending */
  GArray           *names;     /* those of them written with a capital */
  GArray           *words;     /* the whole sentence's content stems and figures: ids, ascending */
  GArray           *figures;   /* those of them that are figures */
  const char       *trigger;   /* the kind of event named next to the date, or NULL */
  guint             modified;  /* the stem of the noun the date modifies ("an August 1 deadline"), or G_MAXUINT */
  char             *modified_label; /* that noun's phrase ("Deadline for tariff enforcement"), or NULL */
  PlxRow           *row;       /* its sentence's row of the alignment, or NULL */
  gboolean          quoted_relative;
  gboolean          counted;   /* dated from another event ("a day after") */
  GArray           *named;     /* if counted: the content stems of the event counted from, ascending */
  PlxEventLabelFlags label_flags; /* the label's clause was cut short, or is quoted */
  gboolean          period;
  gboolean          used;
  gint8             names_kind; /* its label names a kind of event: -1 unknown yet */
} Dated;

static void
dated_free (gpointer data)
{
  Dated *dated = data;

  g_free (dated->date);
  g_free (dated->text);
  g_free (dated->label);
  g_free (dated->modified_label);
  g_array_unref (dated->context);
  g_clear_pointer (&dated->named, g_array_unref);
  g_array_unref (dated->names);
  g_array_unref (dated->words);
  g_array_unref (dated->figures);
  g_free (dated);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}

/* Sorts @ids and drops repeats. */
static void
sort_unique (GArray *ids)
{
  guint n = 0;

  g_array_sort (ids, compare_ids);
  for (guint i = 0; i < ids->len; i++)
    if (n == 0 || g_array_index (ids, guint, i) != g_array_index (ids, guint, n - 1))
      g_array_index (ids, guint, n++) = g_array_index (ids, guint, i);
  g_array_set_size (ids, n);
}

static void
add_stem (GHashTable *ids,
          GArray     *stems,
          GArray     *names,
          const char *stem,
          gboolean    name)
{
  guint id = plx_event_stem_id (ids, stem);

  g_array_append_val (stems, id);
  if (name)
    g_array_append_val (names, id);
}

/* The tokens of the date: [@first, @last]. */
static gboolean
date_tokens (GArray               *tokens,
             const PlxDateMention *date,
             gint                 *first,
             gint                 *last)
{
  *first = *last = -1;
  for (guint t = 0; t < tokens->len; t++)
    {
      const PlxToken *token = &g_array_index (tokens, PlxToken, t);

      if (token->start >= date->start && token->end <= date->end)
        {
          if (*first < 0)
            *first = t;
          *last = t;
        }
    }

  return *first >= 0;
}

/* Do the words of @date stand inside quotation marks? */
static gboolean
span_quoted (GArray               *tokens,
             const PlxDateMention *date)
{
  gint first, last;

  if (!date_tokens (tokens, date, &first, &last))
    return FALSE;
  for (gint t = first; t <= last; t++)
    if ((g_array_index (tokens, PlxToken, t).flags & PLX_TOKEN_FLAG_QUOTED) != 0)
      return TRUE;

  return FALSE;
}

/* The content stems around the date, and those of them that are names
 * (capitalised inside the sentence); a hyphenated word adds its parts'
 * stems, so that "the India-Pakistan conflict" and "a conflict between
 * India and Pakistan" share three. */
static GArray *
context_stems (GArray               *tokens,
               const PlxDateMention *date,
               const char           *language,
               GHashTable           *ids,
               GArray               *names)
{
  GArray *stems = g_array_new (FALSE, FALSE, sizeof (guint));
  gint first, last;

  if (!date_tokens (tokens, date, &first, &last))
    return stems;

  for (gint t = MAX (0, first - WINDOW_TOKENS); t < (gint) MIN (tokens->len, (guint) last + 1 + WINDOW_TOKENS); t++)
    {
      const PlxToken *token = &g_array_index (tokens, PlxToken, t);
      const char *stem = token->stem != NULL ? token->stem : token->norm;
      gboolean name = t > 0 && (token->flags & PLX_TOKEN_FLAG_CAPITALISED) != 0;

      if ((t >= first && t <= last) || token->kind != PLX_TOKEN_WORD ||
          (token->flags & (PLX_TOKEN_FLAG_STOP | PLX_TOKEN_FLAG_MONTH | PLX_TOKEN_FLAG_WEEKDAY)) != 0 ||
          strlen (token->norm) < 3)
        continue;
      add_stem (ids, stems, names, stem, name);

      if (strchr (token->norm, '-') != NULL)
        {
          g_auto(GStrv) parts = g_strsplit (token->norm, "-", -1);

          for (guint p = 0; parts[p] != NULL; p++)
            {
              g_autofree char *part_stem = NULL;

              if (strlen (parts[p]) < 3 || plx_is_stop_word (parts[p], language))
                continue;
              part_stem = plx_stem (parts[p], language);
              add_stem (ids, stems, names, part_stem, name);
            }
        }
    }
  sort_unique (stems);
  sort_unique (names);

  return stems;
}

/* The content stems and the figures of the whole sentence. */
static GArray *
sentence_words (GArray     *tokens,
                GHashTable *ids,
                GArray     *figures)
{
  GArray *words = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint t = 0; t < tokens->len; t++)
    {
      const PlxToken *token = &g_array_index (tokens, PlxToken, t);

      if (token->kind == PLX_TOKEN_NUMBER)
        add_stem (ids, words, figures, token->norm, TRUE);
      else if (token->kind == PLX_TOKEN_WORD && strlen (token->norm) >= 3 &&
               (token->flags & (PLX_TOKEN_FLAG_STOP | PLX_TOKEN_FLAG_MONTH | PLX_TOKEN_FLAG_WEEKDAY)) == 0)
        add_stem (ids, words, NULL, token->stem != NULL ? token->stem : token->norm, FALSE);
    }
  sort_unique (words);
  sort_unique (figures);

  return words;
}

/* How many ids two ascending sets share. */
static guint
count_shared (GArray *a,
              GArray *b)
{
  guint shared = 0, i = 0, j = 0;

  while (i < a->len && j < b->len)
    {
      guint x = g_array_index (a, guint, i), y = g_array_index (b, guint, j);

      shared += x == y;
      i += x <= y;
      j += y <= x;
    }

  return shared;
}

static double
context_overlap (GArray *a,
                 GArray *b)
{
  guint shared;

  if (a->len == 0 || b->len == 0)
    return 0;
  shared = count_shared (a, b);

  return shared >= 2 ? (double) shared / MIN (a->len, b->len) : 0;
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

/* A dated mention of @sentence: @span is where its date's words are. */
static Dated *
dated_new (PlxArticle           *article,
           guint                 index,
           const PlxDateMention *span,
           char                 *date,
           char                 *label,
           gboolean              period,
           GHashTable           *ids)
{
  PlxSentence *sentence = plx_article_get_sentence (article, index);
  const char *language = plx_article_get_language (article);
  const char *reading = language != NULL ? language : "en";
  GArray *tokens = plx_sentence_get_tokens (sentence, reading);
  Dated *item = g_new0 (Dated, 1);
  gint first, last;

  item->names_kind = -1;
  item->modified = G_MAXUINT;
  item->article = article;
  item->sentence = index;
  item->date = date;
  item->precision = span->precision;
  item->text = g_strdup (span->text);
  item->label = label;
  item->period = period;
  item->names = g_array_new (FALSE, FALSE, sizeof (guint));
  item->context = context_stems (tokens, span, reading, ids, item->names);
  item->quoted_relative = span->relative && span_quoted (tokens, span);
  item->figures = g_array_new (FALSE, FALSE, sizeof (guint));
  item->words = sentence_words (tokens, ids, item->figures);
  if (date_tokens (tokens, span, &first, &last))
    {
      /* A date counted from the article's ("le mois prochain entre les
       * dirigeants") modifies no noun. */
      guint noun = span->relative ? G_MAXUINT : plx_date_modified_noun (tokens, first, last, reading);

      if (span->precision <= PLX_PRECISION_MONTH)
        item->trigger = plx_event_trigger_near (tokens, first, last, reading);
      if (noun != G_MAXUINT)
        {
          const PlxToken *token = &g_array_index (tokens, PlxToken, noun);

          item->modified = plx_event_stem_id (ids, token->stem != NULL ? token->stem : token->norm);
          /* Named by its noun when the label tells of the clause
           * after the date's ("After months of negotiations leading
           * up to an August 1, 2025 deadline, the Trump administration
           * imposed ..."), not when it holds the date ("the January
           * incident brought down 70 percent of the network"). */
          if (strstr (label, span->text) == NULL)
            item->modified_label = plx_event_label_noun (plx_sentence_get_text (sentence), tokens, noun, reading);
        }
    }

  return item;
}

/* The content stems of the event a date is counted from: its first
 * NAMED_TOKENS tokens, up to the end of its clause ("Gor's first speech
 * in Oslo"). */
#define NAMED_TOKENS 12

static GArray *
event_stems (GArray     *tokens,
             guint       first,
             GHashTable *ids)
{
  GArray *stems = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint t = first; t < tokens->len && t < first + NAMED_TOKENS; t++)
    {
      const PlxToken *token = &g_array_index (tokens, PlxToken, t);

      if (token->kind == PLX_TOKEN_PUNCT && token->norm != NULL && token->norm[0] != '\0' &&
          strchr (",;:.", token->norm[0]) != NULL)
        break;
      if (token->kind != PLX_TOKEN_WORD || strlen (token->norm) < 3 ||
          (token->flags & (PLX_TOKEN_FLAG_STOP | PLX_TOKEN_FLAG_MONTH | PLX_TOKEN_FLAG_WEEKDAY)) != 0)
        continue;
      add_stem (ids, stems, NULL, token->stem != NULL ? token->stem : token->norm, FALSE);
    }
  sort_unique (stems);

  return stems;
}

/* "It came a day after Gor publicly stated …": the event after the words
 * is dated from @reference, the day the article's sentences before this
 * one last gave (the subject, "it", is what they told of). */
static Dated *
dated_from_offset (PlxArticle *article,
                   guint       index,
                   GArray     *tokens,
                   const char *language,
                   const GDate *reference,
                   GHashTable *ids)
{
  const char *text = plx_sentence_get_text (plx_article_get_sentence (article, index));
  const PlxToken *event;
  PlxDateOffset offset;
  PlxDateMention span = { 0 };
  g_autoptr(GDate) day = NULL;
  g_autofree char *words = NULL;
  PlxEventLabelFlags flags = 0;
  Dated *item;
  char *label;

  if (reference == NULL || !plx_find_date_offset (tokens, language, &offset))
    return NULL;
  event = &g_array_index (tokens, PlxToken, offset.event_token);
  /* Inside a quote, it counts from when the words were said. */
  if ((event->flags & PLX_TOKEN_FLAG_QUOTED) != 0)
    return NULL;
  label = plx_event_label (text, tokens, event->start, event->end, language, &flags);
  if (label == NULL)
    return NULL;

  day = g_date_copy (reference);
  if (offset.days > 0)
    g_date_subtract_days (day, offset.days);
  else
    g_date_add_days (day, -offset.days);
  span.year = g_date_get_year (day);
  span.month = g_date_get_month (day);
  span.day = g_date_get_day (day);
  span.precision = PLX_PRECISION_DAY;
  span.relative = TRUE;
  span.start = offset.start;
  span.end = offset.end;
  words = g_strndup (text + offset.start, offset.end - offset.start);
  span.text = words;

  item = dated_new (article, index, &span, plx_date_mention_to_string (&span), label, FALSE, ids);
  item->counted = TRUE;
  item->named = event_stems (tokens, offset.event_token, ids);
  item->label_flags = flags;

  return item;
}

/* A quote right after a sentence that dates its speaker's words ("It
 * occurred a day after Sergio Gor assumed his role ..." / "“In fact, the
 * next call on trade will occur tomorrow,” ...") counts its relative
 * dates from that day, when the day lies at most SAID_DAYS before the
 * article's. */
#define SAID_DAYS 7

static gboolean
said_recently (const GDate *said,
               const GDate *anchor)
{
  gint days;

  if (!g_date_valid (said) || anchor == NULL)
    return FALSE;
  days = g_date_days_between (said, anchor);

  return days >= 0 && days <= SAID_DAYS;
}

/* The mention of @dates over the same words as @mention, or NULL. */
static const PlxDateMention *
same_words (GArray               *dates,
            const PlxDateMention *mention)
{
  for (guint d = 0; d < dates->len; d++)
    {
      const PlxDateMention *other = &g_array_index (dates, PlxDateMention, d);

      if (other->start == mention->start && other->end == mention->end)
        return other;
    }

  return NULL;
}

static void
collect_dated (GPtrArray  *sentences,
               GDate      *corpus_anchor,
               GHashTable *ids,
               GPtrArray  *dated)
{
  PlxArticle *previous = NULL;
  GDate last_day, said_day;

  g_date_clear (&last_day, 1);
  g_date_clear (&said_day, 1);

  for (guint i = 0; i < sentences->len; i += 2)
    {
      PlxArticle *article = g_ptr_array_index (sentences, i);
      guint index = GPOINTER_TO_UINT (g_ptr_array_index (sentences, i + 1));
      PlxSentence *sentence = plx_article_get_sentence (article, index);
      const char *text = plx_sentence_get_text (sentence);
      const char *language = plx_article_get_language (article);
      /* Dates read a sentence without a language as English. */
      const char *reading = language != NULL ? language : "en";
      g_autoptr(GDate) own = article_anchor (article);
      GArray *date_tokens = plx_sentence_get_tokens (sentence, reading);
      g_autoptr(GArray) dates = plx_extract_dates_from_tokens (text, date_tokens,
                                                               own != NULL ? own : corpus_anchor,
                                                               language);
      GDate said;
      gboolean quotes_counted;
      g_autoptr(GArray) said_dates = NULL;
      g_autoptr(GDate) counted_day = NULL;
      Dated *counted;

      if (article != previous)
        {
          g_date_clear (&last_day, 1);
          g_date_clear (&said_day, 1);
        }
      previous = article;
      said = said_day;
      quotes_counted = said_recently (&said, own != NULL ? own : corpus_anchor);
      g_date_clear (&said_day, 1);

      counted = dated_from_offset (article, index, date_tokens, reading,
                                   g_date_valid (&last_day) ? &last_day : NULL, ids);
      if (counted != NULL)
        {
          g_ptr_array_add (dated, counted);
          if ((counted_day = parse_iso (counted->date)) != NULL)
            said_day = *counted_day;
        }

      for (guint d = 0; d < dates->len; d++)
        {
          const PlxDateMention *mention = &g_array_index (dates, PlxDateMention, d);
          const PlxDateMention *from_said = NULL;
          PlxEventLabelFlags flags = 0;
          char *label;
          Dated *item;

          if (quotes_counted && mention->relative && span_quoted (date_tokens, mention))
            {
              if (said_dates == NULL)
                said_dates = plx_extract_dates_from_tokens (text, date_tokens, &said, language);
              if ((from_said = same_words (said_dates, mention)) != NULL)
                mention = from_said;
            }
          /* A dateline dates nothing. */
          label = plx_event_label (text, date_tokens, mention->start, mention->end, reading, &flags);
          if (label == NULL)
            continue;
          item = dated_new (article, index, mention, plx_date_mention_to_string (mention), label,
                            plx_date_is_period (text, date_tokens, mention, reading), ids);
          item->label_flags = flags;
          if (from_said != NULL)
            item->quoted_relative = FALSE;
          g_ptr_array_add (dated, item);

          if (item->precision == PLX_PRECISION_DAY && !item->quoted_relative)
            {
              g_date_set_dmy (&last_day, mention->day, mention->month, mention->year);
              g_date_set_dmy (&said_day, mention->day, mention->month, mention->year);
            }
        }
    }
}

/* "The call came a day after Gor's first speech in Oslo": the speech is
 * dated where an outlet states its day ("Gor gave his first speech in
 * Oslo on Monday, January 12"), not from the day the article's sentences
 * gave last, which may be another event's. A counted mention takes the
 * day of the stated mention whose words around its date share the most
 * with the event counted from: RESOLVE_SHARED stems at least, a name
 * among them, at most RESOLVE_DAYS days from the counted day. */
#define RESOLVE_SHARED 3
#define RESOLVE_DAYS   31

static void
resolve_counted (GPtrArray *dated)
{
  for (guint i = 0; i < dated->len; i++)
    {
      Dated *counted = g_ptr_array_index (dated, i);
      g_autoptr(GDate) day = NULL;
      const Dated *best = NULL;
      guint best_shared = 0, best_distance = G_MAXUINT;

      if (!counted->counted || counted->named == NULL || (day = parse_iso (counted->date)) == NULL)
        continue;
      for (guint j = 0; j < dated->len; j++)
        {
          const Dated *stated = g_ptr_array_index (dated, j);
          g_autoptr(GDate) other = NULL;
          guint shared, distance;

          if (stated->counted || stated->period || stated->quoted_relative ||
              stated->precision != PLX_PRECISION_DAY ||
              (stated->article == counted->article && stated->sentence == counted->sentence))
            continue;
          shared = count_shared (counted->named, stated->context);
          if (shared < RESOLVE_SHARED || shared < best_shared ||
              count_shared (counted->named, stated->names) == 0 ||
              (other = parse_iso (stated->date)) == NULL)
            continue;
          distance = ABS (g_date_days_between (day, other));
          if (distance > RESOLVE_DAYS || (shared == best_shared && distance >= best_distance))
            continue;
          best = stated;
          best_shared = shared;
          best_distance = distance;
        }
      if (best != NULL && !g_str_equal (best->date, counted->date))
        {
          g_free (counted->date);
          counted->date = g_strdup (best->date);
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

/* How two mentions' dates relate. */
typedef enum
{
  DATES_EQUAL,      /* the same date, as precise */
  DATES_WITHIN,     /* a day within the other's month */
  DATES_DIFFER,     /* two days of one month */
  DATES_APART,      /* anything else */
} DatesRelation;

static DatesRelation
relate_dates (const Dated *a,
              const Dated *b)
{
  if (g_str_equal (a->date, b->date))
    return a->precision == b->precision ? DATES_EQUAL : DATES_APART;
  if ((a->precision == PLX_PRECISION_DAY && b->precision == PLX_PRECISION_MONTH &&
       g_str_has_prefix (a->date, b->date)) ||
      (b->precision == PLX_PRECISION_DAY && a->precision == PLX_PRECISION_MONTH &&
       g_str_has_prefix (b->date, a->date)))
    return DATES_WITHIN;
  if (a->precision == PLX_PRECISION_DAY && b->precision == PLX_PRECISION_DAY &&
      strncmp (a->date, b->date, 7) == 0)
    return DATES_DIFFER;

  return DATES_APART;
}

/* Two dated mentions (in different articles) are of one event when
 *
 *  - the words around the dates agree (SAME_EVENT_OVERLAP of the shorter
 *    context, two stems at least) and the dates are the same or one lies
 *    within the other ("earlier this week" and "on Monday");
 *  - or the dates are the same day, and the words around them share
 *    SAME_DAY_SHARED stems, a name among them: one person (or place)
 *    doing something on one day ("In his arrival speech on Monday, Gor
 *    said" / "In his arrival speech in New Delhi on Monday, ambassador-
 *    designate Gor struck a conciliatory note");
 *  - or the alignment put their sentences in one row and the dates are
 *    the same;
 *  - or a word of one kind of event stands next to both dates, a day or
 *    a month (plx_event_trigger_near()): "a possible meeting next
 *    month" and "a potential summit in February" (on ECB+: precision
 *    0.933 -> 0.939, recall 0.560 -> 0.611);
 *  - or both are counted from events ("a day after") to one day, by
 *    sentences naming COUNTED_SHARED_NAMES people both ("The call
 *    between Jaishankar and Rubio came a day after Gor ..." / "The
 *    dialogue between Jaishankar and Rubio follows a day after the
 *    American ambassador ...");
 *  - or they give two days of one month and the words around them agree
 *    closely (DIFFERENT_DAYS_OVERLAP): outlets that date one event
 *    differently ("the next call on trade" on Tuesday in two, on
 *    Wednesday in two), an entry with the conflict beside it. With less
 *    (0.6) the ministers' call on Tuesday joined the next call on trade;
 *    on ECB+ 0.75 keeps precision (0.933) and lifts recall (0.504 ->
 *    0.554): mostly the same report, its "Tuesday" read against
 *    different publication dates.
 *
 * Mentions in one article are one event only within one sentence, and a
 * quoted relative date ("last week" in someone's words) only joins
 * mentions of its own date. */
static gboolean
same_event (Dated *a,
            Dated *b)
{
  DatesRelation dates;

  if (a->article == b->article)
    return a->sentence == b->sentence && g_str_equal (a->date, b->date);

  dates = relate_dates (a, b);
  if (dates == DATES_APART)
    return FALSE;
  /* A quoted "last week" counts from when the words were said, which the
   * article may not state. */
  if (dates != DATES_EQUAL && (a->quoted_relative || b->quoted_relative))
    return FALSE;

  if (dates == DATES_DIFFER)
    return context_overlap (a->context, b->context) >= DIFFERENT_DAYS_OVERLAP;
  if (context_overlap (a->context, b->context) >= SAME_EVENT_OVERLAP)
    return TRUE;
  if (a->trigger != NULL && a->trigger == b->trigger)
    return TRUE;
  /* "The call came a day after Gor spoke" / "The dialogue between
   * Jaishankar and Rubio follows a day after the American ambassador
   * ...": counted from one event, by the same people, to one day. */
  if (dates == DATES_EQUAL && a->counted && b->counted &&
      count_shared (a->names, b->names) >= COUNTED_SHARED_NAMES)
    return TRUE;
  if (dates != DATES_EQUAL)
    return FALSE;

  if (a->precision == PLX_PRECISION_DAY && count_shared (a->names, b->names) >= 1 &&
      count_shared (a->context, b->context) >= SAME_DAY_SHARED)
    return TRUE;

  return a->row != NULL && a->row == b->row;
}

/* The key under which mentions that may be of one event meet: the month
 * of a day or a month, else the date itself. */
static char *
candidate_key (const Dated *item)
{
  if (item->precision == PLX_PRECISION_DAY || item->precision == PLX_PRECISION_MONTH)
    return g_strndup (item->date, 7);

  return g_strdup (item->date);
}

/* How many stems @item's context shares with the other members': the
 * mention that tells the event as the others do. */
static guint
centrality (const Dated *item,
            GPtrArray   *members)
{
  guint shared = 0;

  for (guint k = 0; k < members->len; k++)
    if (g_ptr_array_index (members, k) != item)
      shared += count_shared (item->context, ((Dated *) g_ptr_array_index (members, k))->context);

  return shared;
}

/* Does the mention's label name the kind of event ("held a telephonic
 * conversation")? */
static gboolean
names_kind (const Dated *item)
{
  Dated *cached = (Dated *) item;

  if (cached->names_kind < 0)
    cached->names_kind = plx_event_trigger_named (item->label, plx_article_get_language (item->article));

  return cached->names_kind;
}

/* The mention an entry is named and dated after: of the mentions with
 * the most precise date, the one with the date most of them give (the
 * earliest on a tie); of those, one that states its date rather than
 * counts it from another event ("It came a day after Gor publicly
 * stated" tells of the call first), one whose label was not cut short
 * and is in the writer's words rather than a quotation's (fewer
 * PlxEventLabelFlags, the cut worse than the quoted),
 * one whose label names the kind of event (plx-event-triggers.c), the
 * most central (centrality(), worked out only for such ties), then
 * the one with the shorter label. */
static const Dated *
entry_representative (GPtrArray *members)
{
  const Dated *best = NULL;
  guint best_votes = 0, best_central = 0;
  gboolean best_central_known = FALSE;

  for (guint m = 0; m < members->len; m++)
    {
      const Dated *candidate = g_ptr_array_index (members, m);
      guint votes = 0, central = 0;
      gboolean central_known = FALSE;
      int order;

      for (guint k = 0; k < members->len; k++)
        votes += g_str_equal (((Dated *) g_ptr_array_index (members, k))->date, candidate->date);

      if (best == NULL)
        order = -1;
      else if (candidate->precision != best->precision)
        order = candidate->precision < best->precision ? -1 : 1;
      else if (!g_str_equal (candidate->date, best->date))
        order = votes != best_votes ? (votes > best_votes ? -1 : 1) : strcmp (candidate->date, best->date);
      else if (candidate->counted != best->counted)
        order = candidate->counted ? 1 : -1;
      else if (candidate->label_flags != best->label_flags)
        order = candidate->label_flags < best->label_flags ? -1 : 1;
      else if (names_kind (candidate) != names_kind (best))
        order = names_kind (candidate) ? -1 : 1;
      else
        {
          if (!best_central_known)
            {
              best_central = centrality (best, members);
              best_central_known = TRUE;
            }
          central = centrality (candidate, members);
          central_known = TRUE;
          if (central != best_central)
            order = central > best_central ? -1 : 1;
          else
            order = g_utf8_strlen (candidate->label, -1) < g_utf8_strlen (best->label, -1) ? -1 : 1;
        }

      if (order < 0)
        {
          best = candidate;
          best_votes = votes;
          best_central = central;
          best_central_known = central_known;
        }
    }

  return best;
}

static gboolean
all_quoted_relative (GPtrArray *members)
{
  for (guint m = 0; m < members->len; m++)
    if (!((Dated *) g_ptr_array_index (members, m))->quoted_relative)
      return FALSE;

  return TRUE;
}

/* Whether @inner's date lies within @outer's coarser one: a day within
 * its month, a day or a month within its part of a year ("August 1,
 * 2025" and "mid-2025"; early: January to April, mid: May to August,
 * late: September to December). */
static gboolean
date_within (const Dated *inner,
             const Dated *outer)
{
  static const struct { const char *part; int first, last; } parts[] = {
    { "early", 1, 4 }, { "mid", 5, 8 }, { "late", 9, 12 },
  };
  int month;

  if (outer->precision == PLX_PRECISION_MONTH)
    return inner->precision == PLX_PRECISION_DAY && g_str_has_prefix (inner->date, outer->date);
  if (outer->precision != PLX_PRECISION_PART_OF_YEAR ||
      (inner->precision != PLX_PRECISION_DAY && inner->precision != PLX_PRECISION_MONTH) ||
      strncmp (inner->date, outer->date, 5) != 0)
    return FALSE;

  month = atoi (inner->date + 5);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (g_str_equal (outer->date + 5, parts[i].part))
      return month >= parts[i].first && month <= parts[i].last;

  return FALSE;
}

/* Two mentions in different articles, one dated within the other's
 * coarser date, tell of one event when their whole sentences say much
 * the same: SENTENCE_SHARED stems and figures at least, and
 * SENTENCE_OVERLAP of the shorter sentence's ("ties deteriorated last
 * August when Trump singled out India for its purchases of Russian oil,
 * slapping it with an additional 25 per cent penalty tariff" / "After
 * months of negotiations leading up to an August 1, 2025 deadline ...,
 * the Trump administration imposed sweeping duties ..., including ... an
 * additional 25 per cent penalty tied to India's continued imports of
 * Russian oil"), where the words next to the dates differ. */
static gboolean
has_id (GArray *ids,
        guint   id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, guint, i) == id)
      return TRUE;

  return FALSE;
}

/* A date that modifies a noun dates that thing: "After months of
 * negotiations leading up to an August 1, 2025 deadline for tariff
 * enforcement, the Trump administration imposed sweeping duties ...,
 * including ... an additional 25 per cent penalty" tells of the penalty
 * that other outlets date "last August" and "mid-2025", and its date is
 * the deadline's. When no other member's sentence names the noun, the
 * mention dates a thing of its own: it is an entry of its own, and still
 * a report of its group's event, which it neither names nor dates. */
static gboolean
dates_own_thing (const Dated *item,
                 GPtrArray   *members)
{
  if (item->modified == G_MAXUINT || members->len < 2)
    return FALSE;
  for (guint m = 0; m < members->len; m++)
    {
      const Dated *other = g_ptr_array_index (members, m);

      if (other->article != item->article && has_id (other->words, item->modified))
        return FALSE;
    }

  return TRUE;
}

static gboolean
same_event_within (const Dated *a,
                   const Dated *b)
{
  guint shared;

  if (a->article == b->article || a->period || b->period || a->quoted_relative || b->quoted_relative ||
      (!date_within (a, b) && !date_within (b, a)) ||
      a->words->len == 0 || b->words->len == 0)
    return FALSE;

  shared = count_shared (a->words, b->words);

  return shared >= SENTENCE_SHARED && (double) shared / MIN (a->words->len, b->words->len) >= SENTENCE_OVERLAP &&
         count_shared (a->figures, b->figures) >= 1;
}

/* Two groups of mentions are one event when a mention of one and a
 * mention of the other are (same_event_within()). */
static gboolean
groups_related (GPtrArray *x,
                GPtrArray *y)
{
  for (guint i = 0; i < x->len; i++)
    for (guint j = 0; j < y->len; j++)
      if (same_event_within (g_ptr_array_index (x, i), g_ptr_array_index (y, j)))
        return TRUE;

  return FALSE;
}

static gboolean
group_is_coarse (GPtrArray *group)
{
  for (guint i = 0; i < group->len; i++)
    {
      const Dated *item = g_ptr_array_index (group, i);

      if (item->precision == PLX_PRECISION_MONTH || item->precision == PLX_PRECISION_PART_OF_YEAR)
        return TRUE;
    }

  return FALSE;
}

/* Joins the groups of one event dated at different precisions (a day,
 * its month, its part of the year), which candidate_key() kept apart:
 * each group with a coarse date is compared with the other groups of
 * its year. */
static void
join_groups_within (GPtrArray *groups)
{
  for (guint i = 0; i < groups->len; i++)
    {
      GPtrArray *x = g_ptr_array_index (groups, i);

      gboolean grew = TRUE;

      if (x->len == 0 || !group_is_coarse (x))
        continue;
      /* Until the group stops growing: what joined may relate it to
       * groups passed over. */
      while (grew)
        {
          grew = FALSE;
          for (guint j = 0; j < groups->len; j++)
            {
              GPtrArray *y = g_ptr_array_index (groups, j);

              if (j == i || y->len == 0 ||
                  strncmp (((Dated *) g_ptr_array_index (x, 0))->date, ((Dated *) g_ptr_array_index (y, 0))->date, 4) != 0 ||
                  !groups_related (x, y))
                continue;
              for (guint m = 0; m < y->len; m++)
                g_ptr_array_add (x, g_ptr_array_index (y, m));
              g_ptr_array_set_size (y, 0);
              grew = TRUE;
            }
        }
    }
}

/* An entry of @members, dated after @representative, named @label. */
static void
add_entry (GPtrArray   *events,
           GPtrArray   *members,
           const Dated *representative,
           const char  *label)
{
  PlxEventEntry *entry = g_new0 (PlxEventEntry, 1);

  entry->date = g_strdup (representative->date);
  entry->precision = representative->precision;
  entry->label = g_strdup (label);
  entry->kind = ((Dated *) g_ptr_array_index (members, 0))->period ? PLX_EVENT_KIND_PERIOD : PLX_EVENT_KIND_EVENT;
  entry->mentions = plx_mentions_new ();
  for (guint m = 0; m < members->len; m++)
    {
      Dated *member = g_ptr_array_index (members, m);

      plx_mentions_add (entry->mentions, member->article, member->sentence, member->text);
    }
  g_ptr_array_add (events, entry);
}

static void
group_events (GPtrArray    *events,
              PlxAlignment *alignment,
              GPtrArray    *dated)
{
  /* Only mentions under one key can join (candidate_key()): each key's
   * mentions, in their order, so that a large corpus is not compared
   * pair by pair. */
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) g_array_unref);
  g_autofree guint *keys = g_new0 (guint, MAX (dated->len, 1));
  g_autoptr(GPtrArray) key_lists = g_ptr_array_new ();
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < dated->len; i++)
    {
      Dated *item = g_ptr_array_index (dated, i);
      g_autofree char *key = candidate_key (item);
      GArray *same_key = g_hash_table_lookup (by_key, key);

      if (alignment != NULL)
        item->row = plx_alignment_find_row (alignment, item->article, item->sentence);

      if (same_key == NULL)
        {
          same_key = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (by_key, g_steal_pointer (&key), same_key);
        }
      g_array_append_val (same_key, i);
      g_ptr_array_add (key_lists, same_key);
    }

  for (guint i = 0; i < dated->len; i++)
    {
      Dated *seed = g_ptr_array_index (dated, i);
      GArray *same_key = g_ptr_array_index (key_lists, i);
      GPtrArray *members;

      if (seed->used)
        continue;
      members = g_ptr_array_new ();
      g_ptr_array_add (members, seed);
      seed->used = TRUE;

      /* Single linkage: a mention joins when it is of one event with any
       * member. */
      for (guint m = 0; m < members->len; m++)
        for (guint k = 0; k < same_key->len; k++)
          {
            guint j = g_array_index (same_key, guint, k);
            Dated *other = g_ptr_array_index (dated, j);
            Dated *member = g_ptr_array_index (members, m);

            if (j > i && !other->used && other->period == seed->period && same_event (member, other))
              {
                other->used = TRUE;
                g_ptr_array_add (members, other);
              }
          }
      g_ptr_array_add (groups, members);
    }

  join_groups_within (groups);

  for (guint g = 0; g < groups->len; g++)
    {
      GPtrArray *members = g_ptr_array_index (groups, g);
      g_autoptr(GPtrArray) naming = g_ptr_array_new ();
      const Dated *representative;

      /* A relative date inside a quote ("“last week, our great Secretary
       * of State …”") counts from when the words were said, which the
       * article does not say: alone, it dates nothing. */
      if (members->len == 0 || all_quoted_relative (members))
        continue;

      for (guint m = 0; m < members->len; m++)
        {
          Dated *member = g_ptr_array_index (members, m);

          if (dates_own_thing (member, members))
            {
              g_autoptr(GPtrArray) alone = g_ptr_array_new ();

              g_ptr_array_add (alone, member);
              add_entry (events, alone, member,
                         member->modified_label != NULL ? member->modified_label : member->label);
            }
          else
            g_ptr_array_add (naming, member);
        }
      representative = entry_representative (naming->len > 0 ? naming : members);
      add_entry (events, members, representative, representative->label);
    }

  g_ptr_array_sort (events, compare_events);
}

/* ---- Dates in conflict ------------------------------------------------ */

/* Each stem id of the mentions' contexts -> the mentions (indices into
 * @dated, ascending) that have it. */
static GPtrArray *
context_index (GPtrArray *dated,
               guint      n_ids)
{
  GPtrArray *by_stem = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint id = 0; id < n_ids; id++)
    g_ptr_array_add (by_stem, g_array_new (FALSE, FALSE, sizeof (guint)));

  for (guint i = 0; i < dated->len; i++)
    {
      Dated *item = g_ptr_array_index (dated, i);

      for (guint c = 0; c < item->context->len; c++)
        g_array_append_val (g_ptr_array_index (by_stem, g_array_index (item->context, guint, c)), i);
    }

  return by_stem;
}

/* The same event, by the words around the dates, dated differently by
 * different outlets. Each mention's text is the date it gives. A quoted
 * "tomorrow" is relative to when the words were said, which the article
 * may not state: relative dates inside quotes take no part. */
static void
find_date_conflicts (GPtrArray *conflicts,
                     GPtrArray *dated,
                     guint      n_ids)
{
  g_autofree gboolean *taken = g_new0 (gboolean, MAX (dated->len, 1));
  g_autofree gboolean *seen = g_new0 (gboolean, MAX (dated->len, 1));
  g_autoptr(GPtrArray) by_stem = context_index (dated, n_ids);
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
          GArray *with_stem = g_ptr_array_index (by_stem, g_array_index (a->context, guint, c));

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
      g_array_sort (candidates, compare_ids);

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

          g_ptr_array_add (conflicts,
                           plx_discrepancy_new (PLX_DIFF_CLASS_DATE, PLX_DISCREPANCY_NO_ROW, what, mentions));
        }
    }
}

/**
 * plx_ledger_add_events:
 * @sentences: the body sentences, as article, index pairs
 * @alignment: (nullable): their alignment: mentions in one row and of one
 *   date are of one event
 * @anchor: (nullable): the story's main date, for the relative dates of
 *   articles that have none of their own
 * @events: (element-type PlxEventEntry): where the entries go, by date
 * @conflicts: (element-type PlxDiscrepancy): where the date conflicts go
 */
void
plx_ledger_add_events (GPtrArray    *sentences,
                       PlxAlignment *alignment,
                       GDate        *anchor,
                       GPtrArray    *events,
                       GPtrArray    *conflicts)
{
  g_autoptr(GPtrArray) dated = g_ptr_array_new_with_free_func (dated_free);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) with_dates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) stating_dates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  collect_dated (sentences, anchor, ids, dated);
  resolve_counted (dated);
  group_events (events, alignment, dated);
  for (guint i = 0; i < dated->len; i++)
    ((Dated *) g_ptr_array_index (dated, i))->used = FALSE;
  find_date_conflicts (conflicts, dated, g_hash_table_size (ids));
  for (guint i = 0; i < dated->len; i++)
    {
      const Dated *item = g_ptr_array_index (dated, i);

      g_hash_table_add (with_dates, plx_event_sentence_key (item->article, item->sentence));
      if (!item->counted)
        g_hash_table_add (stating_dates, plx_event_sentence_key (item->article, item->sentence));
    }
  plx_event_reports_add (events, sentences, alignment, with_dates, stating_dates);
}
