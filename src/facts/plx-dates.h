/* plx-dates.h: dates and relative time expressions in a sentence
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PlxDatePrecision:
 * @PLX_PRECISION_DAY: a day ("January 13, 2026", "Tuesday")
 * @PLX_PRECISION_MONTH: a month ("May 2025", "next month")
 * @PLX_PRECISION_YEAR: a year ("in 2025", "last year")
 * @PLX_PRECISION_PART_OF_YEAR: part of a year ("mid-2025", "early 2026")
 */
typedef enum
{
  PLX_PRECISION_DAY,
  PLX_PRECISION_MONTH,
  PLX_PRECISION_YEAR,
  PLX_PRECISION_PART_OF_YEAR,
} PlxDatePrecision;

/**
 * PlxDateMention:
 * @year: the year
 * @month: 1-12, or 0 when the precision is coarser
 * @day: 1-31, or 0 when the precision is coarser
 * @precision: how precise the date is
 * @part: (nullable): for part of a year: "early", "mid" or "late"
 * @relative: whether the words are relative to the anchor ("Tuesday",
 *   "last week", "next month")
 * @start: byte offset in the sentence of the words stating it
 * @end: byte offset just past them
 * @text: those words ("on Tuesday", "January 13, 2026", "mid-2025")
 *
 * One date as a sentence states it, resolved against the anchor.
 * Strings are owned by the array.
 */
typedef struct
{
  int               year;
  int               month;
  int               day;
  PlxDatePrecision  precision;
  char             *part;
  gboolean          relative;
  gsize             start;
  gsize             end;
  char             *text;
} PlxDateMention;

GArray     *plx_extract_dates             (const char      *sentence,
                                           GDate           *anchor,
                                           const char      *language);
char       *plx_date_mention_to_string    (const PlxDateMention *mention);
const char *plx_date_precision_to_string  (PlxDatePrecision precision);
GArray     *plx_extract_dates_from_tokens (const char      *sentence,
                                           GArray          *tokens,
                                           GDate           *anchor,
                                           const char      *language);
GDate      *plx_infer_anchor              (const char * const *sentences);
GDate      *plx_infer_anchor_from_tokens  (const char * const *sentences,
                                           GArray * const     *tokens,
                                           const char * const *languages);
char       *plx_date_format_readable      (const char      *date,
                                           PlxDatePrecision precision);

G_END_DECLS
