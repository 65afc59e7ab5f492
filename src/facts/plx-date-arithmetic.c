/* plx-date-arithmetic.c: weekdays, days and months resolved against an anchor
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plx-dates-private.h"

/* The rules these follow are at the top of plx-dates.c: a weekday or a
 * month alone is read as the past, unless a cue says otherwise; a day
 * without a year takes the year that puts it nearest the anchor. */

/* GDate moves by unsigned counts. */
void
_plx_dates_move_days (GDate *date,
                      int    days)
{
  if (days < 0)
    g_date_subtract_days (date, -days);
  else
    g_date_add_days (date, days);
}

/* The weekday nearest the anchor in @direction: -2 strictly before,
 * -1 on or before, 1 on or after, 2 strictly after. */
void
_plx_dates_resolve_weekday (const GDate *anchor,
                            int          weekday,
                            int          direction,
                            GDate       *out)
{
  int delta = weekday - (int) g_date_get_weekday (anchor);

  *out = *anchor;
  if (direction < 0)
    {
      int back = (7 - delta) % 7;

      if (back == 0 && direction == -2)
        back = 7;
      g_date_subtract_days (out, back);
    }
  else
    {
      int ahead = (delta + 7) % 7;

      if (ahead == 0 && direction == 2)
        ahead = 7;
      g_date_add_days (out, ahead);
    }
}

/* The year that puts @month/@day nearest the anchor; with @weekday, the
 * nearest year in which it falls on that weekday, if any nearby does. */
int
_plx_dates_nearest_year (const GDate *anchor,
                         int          month,
                         int          day,
                         int          weekday)
{
  int year = g_date_get_year (anchor);
  guint32 at = g_date_get_julian (anchor);
  int best = 0;
  gint64 best_distance = G_MAXINT64;

  for (int pass = 0; pass < 2 && best == 0; pass++)
    for (int y = year - 1; y <= year + 1; y++)
      {
        GDate date;
        gint64 distance;

        if (!g_date_valid_dmy (day, month, y))
          continue;
        date_set (&date, y, month, day);
        if (pass == 0 && weekday != 0 && (int) g_date_get_weekday (&date) != weekday)
          continue;
        distance = ABS ((gint64) g_date_get_julian (&date) - (gint64) at);
        if (distance < best_distance)
          {
            best = y;
            best_distance = distance;
          }
      }

  return best;
}

/* How many months ahead of the anchor a month named without a year may
 * lie and still be read as coming: news mostly reports the past, but
 * "a meeting in February" written in January is next month. */
#define MONTHS_AHEAD 2

/* The year of a month named without one: -2 strictly before the
 * anchor's month, -1 on or before it, 1 on or after, 2 strictly after,
 * 0 the anchor's year; 3 the past, unless the month is at most
 * MONTHS_AHEAD after the anchor's. */
int
_plx_dates_month_year (const GDate *anchor,
                       int          month,
                       int          direction)
{
  int year = g_date_get_year (anchor);
  int now = g_date_get_month (anchor);

  switch (direction)
    {
    case -2: return month < now ? year : year - 1;
    case -1: return month <= now ? year : year - 1;
    case 1: return month >= now ? year : year + 1;
    case 2: return month > now ? year : year + 1;
    case 3: return ((month - now + 12) % 12) <= MONTHS_AHEAD ? _plx_dates_month_year (anchor, month, 1)
                                                             : _plx_dates_month_year (anchor, month, -1);
    default: return year;
    }
}
