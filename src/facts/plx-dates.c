/* plx-dates.c: dates and relative time expressions in a sentence
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "plx-dates-private.h"
#include "plx-tokens.h"

/* A sentence is tokenised (plx-tokens.c gives month and weekday names
 * their full name and number words their figure), then read left to
 * right; at each token the forms below are tried in order and the first
 * that matches takes its tokens:
 *
 *  1. a weekday with a date: "Tuesday, January 13, 2026",
 *     "on Tuesday (Jan 13)": one mention of the date;
 *  2. a shift: "last April", "next Tuesday", "last week", "this year",
 *     "earlier this week";
 *  3. a weekday: "on Monday", "Tuesday";
 *  4. a calendar date: "January 13, 2026", "13 January", "May 2025",
 *     "in March";
 *  5. part of a year: "mid-2025", "early 2026", "the end of 2025",
 *     "late last year";
 *  6. a year after a preposition: "in 2025", "through 2025";
 *  7. a day word: "today", "yesterday", "tomorrow";
 *  8. a count ago: "two days ago", "a year ago".
 *
 * Resolving against the anchor (the day the story was written;
 * plx-date-arithmetic.c):
 *
 *  - A weekday is the most recent such day on or before the anchor, as
 *    news reports the past; with a future cue earlier in its clause
 *    ("will", "scheduled for") or a deadline's preposition ("by
 *    Friday") the first such day on or after it. The anchor's own
 *    weekday is the anchor either way. "last Tuesday" is
 *    strictly before, "next Tuesday" strictly after.
 *  - A day without a year ("Jan 13") takes the year that puts it
 *    nearest the anchor (with a weekday, the year whose weekday agrees).
 *  - A month without a year ("in March") follows the weekday rule, by
 *    months; "last April" is the most recent April before the anchor's
 *    month, "next April" the first after it.
 *  - Weeks: "last week", "earlier this week", "two weeks ago" name a
 *    span of days that dates cannot hold, so they are given at month
 *    precision: the month of the middle day of the span (for a whole
 *    week, its Thursday, as ISO 8601 assigns weeks).
 *
 * A mention is @relative when the anchor decided any part of it (a
 * weekday alone, "Jan 13", "next month"). Without an anchor those are
 * skipped. The words themselves come from data/rules/dates-relative.json
 * (read by plx-date-rules.c) and the names file it points to. The
 * anchor of a whole corpus, when none is given, is in plx-date-anchor.c. */

/* A calendar date as written, before the anchor fills the gaps. */
typedef struct
{
  int year;                    /* 0: not written */
  int month;
  int day;                     /* 0: not written */
} Calendar;

typedef struct
{
  const char  *sentence;
  GArray      *tokens;
  const Rules *rules;
  GDate       *anchor;
  gboolean     keep_yearless;  /* plx_infer_anchor(): year 0 for "Jan 13" */
  GArray      *mentions;
  GArray      *weekdays;       /* per mention: the weekday written, or 0 */
} Scan;

#define YEAR_MIN 1800
#define YEAR_MAX 2199

/* The rules (Rules, _plx_dates_rules_for()) are in plx-date-rules.c. */

/* ---- Tokens ------------------------------------------------------- */

static const PlxToken *
token_at (const Scan *scan,
          guint       i)
{
  if (i >= scan->tokens->len)
    return NULL;

  return &g_array_index (scan->tokens, PlxToken, i);
}

static gboolean
token_in (const Scan *scan,
          guint       i,
          GHashTable *set)
{
  const PlxToken *token = token_at (scan, i);

  return token != NULL && g_hash_table_contains (set, token->norm);
}

static gboolean
token_is (const Scan *scan,
          guint       i,
          const char *norm)
{
  const PlxToken *token = token_at (scan, i);

  return token != NULL && strcmp (token->norm, norm) == 0;
}

/* The number @table gives the token at @i, if it has one. */
static gboolean
token_int (const Scan *scan,
           guint       i,
           GHashTable *table,
           int        *value)
{
  const PlxToken *token = token_at (scan, i);

  return token != NULL && lookup_int (table, token->norm, value);
}

/* Whether the token's own text is all digits, as a year or day is
 * written: "2025" or "२०२५" (Devanagari digits), not "2,025" or "two
 * thousand twenty-five". */
static gboolean
token_is_digits (const Scan     *scan,
                 const PlxToken *token,
                 gsize           min_digits,
                 gsize           max_digits)
{
  const char *end = scan->sentence + token->end;
  gsize digits = 0;

  if (token->kind != PLX_TOKEN_NUMBER)
    return FALSE;
  for (const char *p = scan->sentence + token->start; p < end; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isdigit (g_utf8_get_char (p)))
        return FALSE;
      digits++;
    }

  return digits >= min_digits && digits <= max_digits;
}

static int
token_month (const Scan *scan,
             guint       i)
{
  const PlxToken *token = token_at (scan, i);
  int month = 0;

  if (token != NULL && (token->flags & PLX_TOKEN_FLAG_MONTH))
    lookup_int (scan->rules->months, token->norm, &month);

  return month;
}

/* "Tuesday", and "Tuesday's" (which the tokenizer keeps as one word
 * without the weekday flag) when capitalised. */
static int
token_weekday (const Scan *scan,
               guint       i)
{
  const PlxToken *token = token_at (scan, i);
  int weekday = 0;

  if (token == NULL || !(token->flags & (PLX_TOKEN_FLAG_WEEKDAY | PLX_TOKEN_FLAG_CAPITALISED)))
    return 0;
  if (!lookup_int (scan->rules->weekdays, token->norm, &weekday)
      && g_str_has_suffix (token->norm, "'s"))
    {
      g_autofree char *bare = g_strndup (token->norm, strlen (token->norm) - 2);

      lookup_int (scan->rules->weekdays, bare, &weekday);
    }

  return weekday;
}

/* A day of the month: "13", "13th". */
static int
token_day (const Scan *scan,
           guint       i)
{
  const PlxToken *token = token_at (scan, i);
  gsize length;
  int day;

  if (token == NULL || token->kind != PLX_TOKEN_NUMBER
      || !g_unichar_isdigit (g_utf8_get_char (scan->sentence + token->start)))
    return 0;
  /* "13", "13th", "1er", "१३" */
  length = strspn (token->norm, "0123456789");
  if (length == 0 || length > 2 || token->norm[length] != '\0'
      || g_utf8_strlen (scan->sentence + token->start, (gssize) (token->end - token->start)) > 4)
    return 0;
  day = atoi (token->norm);

  return day >= 1 && day <= 31 ? day : 0;
}

static int
token_year (const Scan *scan,
            guint       i)
{
  const PlxToken *token = token_at (scan, i);
  int year;

  if (token == NULL || !token_is_digits (scan, token, 4, 4))
    return 0;
  year = atoi (token->norm);

  return year >= YEAR_MIN && year <= YEAR_MAX ? year : 0;
}

/* A count before a unit: "two" (a NUMBER "2" to the tokenizer), "3",
 * "a", "an". */
static int
token_count (const Scan *scan,
             guint       i)
{
  const PlxToken *token = token_at (scan, i);

  if (token == NULL)
    return 0;
  if (token->kind == PLX_TOKEN_WORD)
    return strcmp (token->norm, "a") == 0 || strcmp (token->norm, "an") == 0;
  if (token->kind != PLX_TOKEN_NUMBER || strspn (token->norm, "0123456789") != strlen (token->norm))
    return 0;

  return atoi (token->norm);
}

/* Whether the clause before token @i says the date is still to come. */
static gboolean
has_future_cue (const Scan *scan,
                guint       i)
{
  const guint window = 12;

  if (i > 0 && token_in (scan, i - 1, scan->rules->future_preps))
    return TRUE;
  for (guint k = i; k > 0 && i - k < window; k--)
    {
      if (token_in (scan, k - 1, scan->rules->clause_ends))
        return FALSE;
      if (token_in (scan, k - 1, scan->rules->future_cues))
        return TRUE;
    }

  return FALSE;
}

/* ---- Mentions ----------------------------------------------------- */

static void
mention_clear (gpointer data)
{
  PlxDateMention *mention = data;

  g_clear_pointer (&mention->part, g_free);
  g_clear_pointer (&mention->text, g_free);
}

/* Adds the mention that tokens @first..@last state. */
static void
push_mention (Scan             *scan,
              guint             first,
              guint             last,
              const Calendar   *date,
              PlxDatePrecision  precision,
              const char       *part,
              gboolean          relative,
              int               weekday)
{
  const PlxToken *from = token_at (scan, first);
  const PlxToken *to = token_at (scan, last);
  PlxDateMention mention = { 0, };

  mention.year = date->year;
  mention.month = precision <= PLX_PRECISION_MONTH ? date->month : 0;
  mention.day = precision == PLX_PRECISION_DAY ? date->day : 0;
  mention.precision = precision;
  mention.part = g_strdup (part);
  mention.relative = relative;
  mention.start = from->start;
  mention.end = to->end;
  mention.text = g_strndup (scan->sentence + from->start, to->end - from->start);
  g_array_append_val (scan->mentions, mention);
  g_array_append_val (scan->weekdays, weekday);
}

static void
push_day (Scan        *scan,
          guint        first,
          guint        last,
          const GDate *date,
          gboolean     relative)
{
  Calendar calendar = { g_date_get_year (date), g_date_get_month (date), g_date_get_day (date) };

  push_mention (scan, first, last, &calendar, PLX_PRECISION_DAY, NULL, relative, 0);
}

/* A span of days at month precision: the month of its middle day. */
static void
push_span (Scan        *scan,
           guint        first,
           guint        last,
           const GDate *from,
           const GDate *to)
{
  GDate middle = *from;

  g_date_add_days (&middle, (g_date_get_julian (to) - g_date_get_julian (from)) / 2);
  push_mention (scan, first, last,
                &(Calendar) { g_date_get_year (&middle), g_date_get_month (&middle), 0 },
                PLX_PRECISION_MONTH, NULL, TRUE, 0);
}

/* ---- Calendar dates ----------------------------------------------- */

/* "January 13, 2026", "Jan 13", "13 January 2026", "May 2025",
 * "January of 1955", "March". Returns how many tokens it took. */
static guint
read_calendar (const Scan *scan,
               guint       i,
               Calendar   *date)
{
  int month = token_month (scan, i);
  int day;

  *date = (Calendar) { 0, };
  if (month != 0 && (day = token_day (scan, i + 1)) != 0)
    {
      guint comma = token_is (scan, i + 2, ",");

      *date = (Calendar) { token_year (scan, i + 2 + comma), month, day };
      return date->year != 0 ? 3 + comma : 2;
    }
  if (month != 0)
    {
      guint link = token_in (scan, i + 1, scan->rules->month_year_links)
                   && token_year (scan, i + 2) != 0;

      *date = (Calendar) { token_year (scan, i + 1 + link), month, 0 };
      return date->year != 0 ? 2 + link : 1;
    }
  if ((day = token_day (scan, i)) != 0)
    {
      guint link = token_in (scan, i + 1, scan->rules->day_month_links);
      guint year_link;

      if ((month = token_month (scan, i + 1 + link)) == 0)
        return 0;
      /* "13 de enero de 2026" */
      year_link = token_in (scan, i + 2 + link, scan->rules->month_year_links)
                  && token_year (scan, i + 3 + link) != 0;
      *date = (Calendar) { token_year (scan, i + 2 + link + year_link), month, day };
      return date->year != 0 ? 3 + link + year_link : 2 + link;
    }

  return 0;
}

/* Fills the year of a date written without one. Returns FALSE when it
 * cannot: no anchor, or not a real day. */
static gboolean
complete_calendar (const Scan *scan,
                   guint       i,
                   Calendar   *date,
                   int         weekday)
{
  if (date->year == 0)
    {
      if (scan->anchor == NULL)
        return scan->keep_yearless && date->day != 0;
      if (date->day != 0)
        date->year = _plx_dates_nearest_year (scan->anchor, date->month, date->day, weekday);
      else
        date->year = _plx_dates_month_year (scan->anchor, date->month,
                                            has_future_cue (scan, i) ? 1 : 3);
    }

  return date->day == 0 || g_date_valid_dmy (date->day, date->month, date->year);
}

static guint
match_calendar (Scan  *scan,
                guint  i)
{
  Calendar date;
  guint n = read_calendar (scan, i, &date);
  gboolean relative = date.year == 0;

  if (n == 0 || !complete_calendar (scan, i, &date, 0))
    return n;
  push_mention (scan, i, i + n - 1, &date,
                date.day != 0 ? PLX_PRECISION_DAY : PLX_PRECISION_MONTH,
                NULL, relative, 0);

  return n;
}

/* ---- Weekdays ----------------------------------------------------- */

static guint
skip_preposition (const Scan *scan,
                  guint       i)
{
  return token_in (scan, i, scan->rules->weekday_preps) && token_weekday (scan, i + 1) != 0;
}

/* "Tuesday, January 13, 2026", "on Tuesday (January 13)",
 * "Tuesday 13 January": the date decides, the weekday picks the year
 * when none is written. */
static guint
match_weekday_date (Scan  *scan,
                    guint  i)
{
  guint at = i + skip_preposition (scan, i);
  int weekday = token_weekday (scan, at);
  gboolean paren;
  guint n;
  Calendar date;
  gboolean relative;

  if (weekday == 0)
    return 0;
  paren = token_is (scan, at + 1, "(");
  at += 1 + (paren || token_is (scan, at + 1, ","));
  n = read_calendar (scan, at, &date);
  if (n == 0 || date.day == 0)
    return 0;
  at += n;
  if (paren && token_is (scan, at, ")"))
    at++;
  relative = date.year == 0;
  if (!complete_calendar (scan, i, &date, weekday))
    return at - i;
  push_mention (scan, i, at - 1, &date, PLX_PRECISION_DAY, NULL, relative, weekday);

  return at - i;
}

static guint
match_weekday (Scan  *scan,
               guint  i)
{
  guint at = i + skip_preposition (scan, i);
  int weekday = token_weekday (scan, at);
  GDate date;

  if (weekday == 0)
    return 0;
  if (scan->anchor == NULL)
    return at - i + 1;
  _plx_dates_resolve_weekday (scan->anchor, weekday, has_future_cue (scan, at) ? 1 : -1, &date);
  push_day (scan, i, at, &date, TRUE);

  return at - i + 1;
}

/* ---- Shifts: "last April", "next Tuesday", "last week" ------------ */

static void
push_unit (Scan  *scan,
           guint  first,
           guint  last,
           Unit   unit,
           int    shift,
           int    edge)
{
  GDate from = *scan->anchor;
  GDate to;

  switch (unit)
    {
    case UNIT_DAY:
      _plx_dates_move_days (&from, shift);
      push_day (scan, first, last, &from, TRUE);
      break;
    case UNIT_WEEK:
      g_date_subtract_days (&from, g_date_get_weekday (&from) - G_DATE_MONDAY);
      _plx_dates_move_days (&from, 7 * shift);
      to = from;
      g_date_add_days (&to, 6);
      /* "earlier this week": the days of it before the anchor. */
      if (edge < 0 && g_date_compare (scan->anchor, &from) > 0)
        {
          to = *scan->anchor;
          g_date_subtract_days (&to, 1);
        }
      else if (edge > 0 && g_date_compare (scan->anchor, &to) < 0)
        {
          from = *scan->anchor;
          g_date_add_days (&from, 1);
        }
      push_span (scan, first, last, &from, &to);
      break;
    case UNIT_MONTH:
      if (shift < 0)
        g_date_subtract_months (&from, -shift);
      else
        g_date_add_months (&from, shift);
      push_mention (scan, first, last,
                    &(Calendar) { g_date_get_year (&from), g_date_get_month (&from), 0 },
                    PLX_PRECISION_MONTH, NULL, TRUE, 0);
      break;
    case UNIT_YEAR:
    default:
      push_mention (scan, first, last,
                    &(Calendar) { g_date_get_year (&from) + shift, 0, 0 },
                    PLX_PRECISION_YEAR, NULL, TRUE, 0);
      break;
    }
}

/* "last April": the most recent April before the anchor's month. */
static guint
push_shifted_month (Scan  *scan,
                    guint  first,
                    guint  at,
                    int    shift)
{
  int month = token_month (scan, at);

  if (month == 0 || token_day (scan, at + 1) != 0 || token_year (scan, at + 1) != 0)
    return 0;
  if (scan->anchor != NULL)
    push_mention (scan, first, at,
                  &(Calendar) { _plx_dates_month_year (scan->anchor, month, shift * 2), month, 0 },
                  PLX_PRECISION_MONTH, NULL, TRUE, 0);

  return at - first + 1;
}

/* "last Tuesday" is strictly before the anchor, "next Tuesday" strictly
 * after; "this Tuesday" is left to the plain weekday rule. */
static guint
push_shifted_weekday (Scan  *scan,
                      guint  first,
                      guint  at,
                      int    shift)
{
  int weekday = token_weekday (scan, at);
  GDate date;

  if (weekday == 0 || shift == 0)
    return 0;
  if (scan->anchor != NULL)
    {
      _plx_dates_resolve_weekday (scan->anchor, weekday, shift * 2, &date);
      push_day (scan, first, at, &date, TRUE);
    }

  return at - first + 1;
}

/* "la semaine dernière", "el año pasado", "mardi dernier": the shift
 * after what it shifts, with the article before it ("la", "el"), which
 * the mention leaves out. */
static guint
match_shift_after (Scan  *scan,
                   guint  i)
{
  int shift;
  int unit;

  if (!token_int (scan, i + 1, scan->rules->shifts_after, &shift))
    return 0;
  if (token_int (scan, i, scan->rules->units, &unit) && unit != UNIT_DAY)
    {
      if (scan->anchor != NULL)
        push_unit (scan, i, i + 1, unit, shift, 0);
      return 2;
    }
  if (token_weekday (scan, i) != 0 && scan->anchor != NULL)
    {
      GDate date;

      _plx_dates_resolve_weekday (scan->anchor, token_weekday (scan, i), shift * 2, &date);
      push_day (scan, i, i + 1, &date, TRUE);
      return 2;
    }
  if (token_month (scan, i) != 0 && token_day (scan, i - (i > 0)) == 0 && scan->anchor != NULL)
    {
      int month = token_month (scan, i);

      push_mention (scan, i, i + 1,
                    &(Calendar) { _plx_dates_month_year (scan->anchor, month, shift * 2), month, 0 },
                    PLX_PRECISION_MONTH, NULL, TRUE, 0);
      return 2;
    }

  return 0;
}

/* "[earlier|later] last|next|this week|month|year|April|Tuesday". */
static guint
match_shift (Scan  *scan,
             guint  i)
{
  int edge = 0;
  int shift;
  int unit;
  guint at = i;
  guint n;

  if ((n = match_shift_after (scan, i)) != 0)
    return n;

  if (token_int (scan, i, scan->rules->edges, &edge))
    at++;
  if (!token_int (scan, at, scan->rules->shifts, &shift)
      || (edge != 0 && shift != 0))
    return 0;
  at++;
  if (token_int (scan, at, scan->rules->units, &unit) && unit != UNIT_DAY)
    {
      if (scan->anchor != NULL)
        push_unit (scan, i, at, unit, shift, edge);
      return at - i + 1;
    }
  if (edge != 0)
    return 0;
  if ((n = push_shifted_month (scan, i, at, shift)) != 0)
    return n;

  return push_shifted_weekday (scan, i, at, shift);
}

/* ---- Parts of a year ---------------------------------------------- */

/* "the end of": how many tokens a part phrase at @i takes, or 0. */
static guint
read_part_phrase (const Scan  *scan,
                  guint        i,
                  const char **part)
{
  for (guint p = 0; p < scan->rules->part_phrases->len; p++)
    {
      const PartPhrase *phrase = g_ptr_array_index (scan->rules->part_phrases, p);
      guint n = 0;

      while (phrase->words[n] != NULL && token_is (scan, i + n, phrase->words[n]))
        n++;
      if (phrase->words[n] == NULL)
        {
          *part = phrase->part;
          return n;
        }
    }

  return 0;
}

/* "mid-2025", "mid-January": a part glued to a year or a month. */
static gboolean
read_glued_part (const Scan  *scan,
                 guint        i,
                 const char **part,
                 Calendar    *date)
{
  const PlxToken *token = token_at (scan, i);
  const char *dash;
  g_autofree char *head = NULL;
  int month;

  if (token == NULL || token->kind != PLX_TOKEN_WORD
      || (dash = strchr (token->norm, '-')) == NULL)
    return FALSE;
  head = g_strndup (token->norm, dash - token->norm);
  if ((*part = g_hash_table_lookup (scan->rules->parts, head)) == NULL)
    return FALSE;
  *date = (Calendar) { 0, };
  if (strlen (dash + 1) == 4 && strspn (dash + 1, "0123456789") == 4)
    date->year = atoi (dash + 1);
  else if (lookup_int (scan->rules->months, dash + 1, &month))
    date->month = month;

  return (date->year >= YEAR_MIN && date->year <= YEAR_MAX) || date->month != 0;
}

/* A glued month ("mid-January 2026") is a month, not a part of a year. */
static guint
push_glued_month (Scan     *scan,
                  guint     i,
                  Calendar *date)
{
  guint n = 1;
  gboolean relative = TRUE;

  if ((date->year = token_year (scan, i + 1)) != 0)
    {
      n = 2;
      relative = FALSE;
    }
  else if (scan->anchor != NULL)
    date->year = _plx_dates_month_year (scan->anchor, date->month, has_future_cue (scan, i) ? 1 : 3);
  else
    return n;
  push_mention (scan, i, i + n - 1, date, PLX_PRECISION_MONTH, NULL, relative, 0);

  return n;
}

/* "mid-2025", "early 2026", "the end of 2025", "late last year". */
static guint
match_part (Scan  *scan,
            guint  i)
{
  const char *part = NULL;
  Calendar date = { 0, };
  guint n;
  int shift;
  int unit;

  if (read_glued_part (scan, i, &part, &date))
    {
      if (date.month != 0)
        return push_glued_month (scan, i, &date);
      push_mention (scan, i, i, &date, PLX_PRECISION_PART_OF_YEAR, part, FALSE, 0);
      return 1;
    }
  n = read_part_phrase (scan, i, &part);
  if (n == 0 && (part = g_hash_table_lookup (scan->rules->parts,
                                             token_at (scan, i)->norm)) != NULL)
    n = 1;
  if (n == 0)
    return 0;
  if ((date.year = token_year (scan, i + n)) != 0)
    {
      push_mention (scan, i, i + n, &date, PLX_PRECISION_PART_OF_YEAR, part, FALSE, 0);
      return n + 1;
    }
  if (token_int (scan, i + n, scan->rules->shifts, &shift)
      && token_int (scan, i + n + 1, scan->rules->units, &unit) && unit == UNIT_YEAR)
    {
      if (scan->anchor == NULL)
        return n + 2;
      date.year = g_date_get_year (scan->anchor) + shift;
      push_mention (scan, i, i + n + 1, &date, PLX_PRECISION_PART_OF_YEAR, part, TRUE, 0);
      return n + 2;
    }

  return 0;
}

/* ---- Years, day words, counts ago --------------------------------- */

static guint
match_year (Scan  *scan,
            guint  i)
{
  Calendar date = { 0, };

  if (!token_in (scan, i, scan->rules->year_preps)
      || (date.year = token_year (scan, i + 1)) == 0)
    return 0;
  push_mention (scan, i, i + 1, &date, PLX_PRECISION_YEAR, NULL, FALSE, 0);

  return 2;
}

static guint
match_day_word (Scan  *scan,
                guint  i)
{
  int offset;
  GDate date;

  if (!token_int (scan, i, scan->rules->days, &offset))
    return 0;
  if (scan->anchor == NULL)
    return 1;
  date = *scan->anchor;
  _plx_dates_move_days (&date, offset);
  push_day (scan, i, i, &date, TRUE);

  return 1;
}

/* "two days ago", "a week ago", "three years ago". */
static guint
match_ago (Scan  *scan,
           guint  i)
{
  int count = token_count (scan, i);
  int unit;
  GDate day;

  if (count <= 0
      || !token_int (scan, i + 1, scan->rules->units, &unit)
      || !token_in (scan, i + 2, scan->rules->ago))
    return 0;
  if (scan->anchor == NULL)
    return 3;
  if (unit != UNIT_WEEK)
    {
      push_unit (scan, i, i + 2, unit, -count, 0);
      return 3;
    }
  day = *scan->anchor;
  _plx_dates_move_days (&day, -7 * count);
  push_span (scan, i, i + 2, &day, &day);

  return 3;
}

/* ---- Public API --------------------------------------------------- */

typedef guint (*Matcher) (Scan *scan, guint i);

static const Matcher matchers[] = {
  match_weekday_date,
  match_shift,
  match_weekday,
  match_calendar,
  match_part,
  match_year,
  match_day_word,
  match_ago,
};

static void
scan_sentence (Scan *scan)
{
  guint i = 0;

  while (i < scan->tokens->len)
    {
      guint n = 0;

      for (guint m = 0; m < G_N_ELEMENTS (matchers) && n == 0; m++)
        n = matchers[m] (scan, i);
      i += MAX (n, 1);
    }
}

/* @tokens: (nullable): the sentence's tokens in @language (English
 * for NULL), or NULL to tokenise it here */
GArray *
_plx_dates_extract (const char *sentence,
                    GArray     *tokens,
                    GDate      *anchor,
                    const char *language,
                    gboolean    keep_yearless,
                    GArray    **weekdays)
{
  g_autoptr(GArray) own_tokens = NULL;
  Scan scan = { 0, };

  scan.sentence = sentence;
  scan.anchor = anchor != NULL && g_date_valid (anchor) ? anchor : NULL;
  scan.keep_yearless = keep_yearless;
  scan.rules = _plx_dates_rules_for (language);
  scan.mentions = g_array_new (FALSE, TRUE, sizeof (PlxDateMention));
  g_array_set_clear_func (scan.mentions, mention_clear);
  scan.weekdays = g_array_new (FALSE, TRUE, sizeof (int));
  if (scan.rules != NULL)
    {
      /* The tokenizer flags the month names of the language it is
       * given; a NULL language means English here. */
      if (tokens == NULL)
        tokens = own_tokens = plx_tokenize (sentence, -1, language != NULL ? language : "en");
      scan.tokens = tokens;
      scan_sentence (&scan);
    }
  if (weekdays != NULL)
    *weekdays = scan.weekdays;
  else
    g_array_unref (scan.weekdays);

  return scan.mentions;
}

/**
 * plx_extract_dates:
 * @sentence: a sentence
 * @anchor: (nullable): the day the text was written, which relative
 *   words count from
 * @language: (nullable): its language code; %NULL means English.
 *   Languages without rules in data/rules/dates-relative.json give no
 *   mentions.
 *
 * Finds the dates a sentence states and resolves them against @anchor
 * (see the top of plx-dates.c for the rules). Without an anchor,
 * relative words and days written without a year are skipped.
 *
 * Returns: (transfer full) (element-type PlxDateMention): the mentions
 *   in the order of the sentence
 */
GArray *
plx_extract_dates (const char *sentence,
                   GDate      *anchor,
                   const char *language)
{
  g_return_val_if_fail (sentence != NULL, NULL);

  return _plx_dates_extract (sentence, NULL, anchor, language, FALSE, NULL);
}

/**
 * plx_extract_dates_from_tokens:
 * @sentence: a sentence
 * @tokens: (element-type PlxToken): its tokens, as plx_tokenize() gives
 *   them for @language, or for English when @language is %NULL
 * @anchor: (nullable): as for plx_extract_dates()
 * @language: (nullable): as for plx_extract_dates()
 *
 * plx_extract_dates() for a sentence already tokenised (a #PlxSentence
 * keeps its tokens: plx_sentence_get_tokens()).
 *
 * Returns: (transfer full) (element-type PlxDateMention): the mentions
 */
GArray *
plx_extract_dates_from_tokens (const char *sentence,
                               GArray     *tokens,
                               GDate      *anchor,
                               const char *language)
{
  g_return_val_if_fail (sentence != NULL, NULL);
  g_return_val_if_fail (tokens != NULL, NULL);

  return _plx_dates_extract (sentence, tokens, anchor, language, FALSE, NULL);
}

/**
 * plx_date_mention_to_string:
 * @mention: a mention
 *
 * The date in ISO 8601 form for its precision: "2026-01-13",
 * "2026-02", "2025". ISO 8601 has no part of a year, so that is the
 * year and the part: "2025-mid", "2026-early", "2025-late".
 *
 * Returns: (transfer full): the date
 */
char *
plx_date_mention_to_string (const PlxDateMention *mention)
{
  g_return_val_if_fail (mention != NULL, NULL);

  switch (mention->precision)
    {
    case PLX_PRECISION_DAY:
      return g_strdup_printf ("%04d-%02d-%02d", mention->year, mention->month, mention->day);
    case PLX_PRECISION_MONTH:
      return g_strdup_printf ("%04d-%02d", mention->year, mention->month);
    case PLX_PRECISION_PART_OF_YEAR:
      return g_strdup_printf ("%04d-%s", mention->year, mention->part != NULL ? mention->part : "");
    case PLX_PRECISION_YEAR:
    default:
      return g_strdup_printf ("%04d", mention->year);
    }
}

/**
 * plx_date_precision_to_string:
 * @precision: a precision
 *
 * Returns: "day", "month", "year" or "part-of-year"
 */
const char *
plx_date_precision_to_string (PlxDatePrecision precision)
{
  switch (precision)
    {
    case PLX_PRECISION_DAY:
      return "day";
    case PLX_PRECISION_MONTH:
      return "month";
    case PLX_PRECISION_PART_OF_YEAR:
      return "part-of-year";
    case PLX_PRECISION_YEAR:
    default:
      return "year";
    }
}
