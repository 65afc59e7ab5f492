/* plx-dates-private.h: what the date extractor's files share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "plx-dates.h"

G_BEGIN_DECLS

typedef enum
{
  UNIT_DAY,
  UNIT_WEEK,
  UNIT_MONTH,
  UNIT_YEAR,
} Unit;

typedef struct
{
  GHashTable *months;          /* full name -> 1..12 */
  GHashTable *weekdays;        /* full name -> GDateWeekday */
  GHashTable *days;            /* "yesterday" -> -1 */
  GHashTable *shifts;          /* "last" -> -1 */
  GHashTable *shifts_after;    /* "dernière" -> -1: "la semaine dernière" */
  GHashTable *units;           /* "weeks" -> Unit */
  GHashTable *edges;           /* "earlier" -> -1 */
  GHashTable *ago;
  GHashTable *parts;           /* "mid" -> "mid" */
  GPtrArray  *part_phrases;    /* PartPhrase */
  GHashTable *weekday_preps;
  GHashTable *year_preps;
  GHashTable *month_year_links; /* "January of 1955" */
  GHashTable *day_month_links; /* "13. Januar", "13 de enero" */
  GHashTable *future_cues;
  GHashTable *future_preps;    /* "by Friday" */
  GHashTable *clause_ends;
} Rules;

typedef struct
{
  char **words;
  char  *part;
} PartPhrase;

static inline gboolean
lookup_int (GHashTable *table,
            const char *key,
            int        *value)
{
  gpointer found;

  if (table == NULL || key == NULL
      || !g_hash_table_lookup_extended (table, key, NULL, &found))
    return FALSE;
  if (value != NULL)
    *value = GPOINTER_TO_INT (found);

  return TRUE;
}

static inline void
date_set (GDate *date,
          int    year,
          int    month,
          int    day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

/* plx-date-arithmetic.c */
void         _plx_dates_move_days       (GDate       *date,
                                         int          days);
void         _plx_dates_resolve_weekday (const GDate *anchor,
                                         int          weekday,
                                         int          direction,
                                         GDate       *out);
int          _plx_dates_nearest_year    (const GDate *anchor,
                                         int          month,
                                         int          day,
                                         int          weekday);
int          _plx_dates_month_year      (const GDate *anchor,
                                         int          month,
                                         int          direction);

/* plx-date-rules.c */
const Rules *_plx_dates_rules_for (const char *language);

/* plx-dates.c */
GArray      *_plx_dates_extract   (const char  *sentence,
                                   GArray      *tokens,
                                   GDate       *anchor,
                                   const char  *language,
                                   gboolean     keep_yearless,
                                   GArray     **weekdays);

G_END_DECLS
