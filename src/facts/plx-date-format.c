/* plx-date-format.c: the ledger's dates as a reader writes them
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "plx-dates.h"

static GDateTime *
date_time_from_ymd (int year,
                    int month,
                    int day)
{
  if (!g_date_valid_dmy (day, month, year))
    return NULL;

  return g_date_time_new_local (year, month, day, 12, 0, 0);
}

static char *
format_day (int year,
            int month,
            int day)
{
  g_autoptr(GDateTime) date = date_time_from_ymd (year, month, day);
  char *text;

  if (date == NULL)
    return g_strdup_printf ("%04d-%02d-%02d", year, month, day);

  /* Translators: a day, in g_date_time_format() notation: "13 January 2026" */
  text = g_date_time_format (date, _("%e %B %Y"));
  if (text == NULL)
    return g_strdup_printf ("%04d-%02d-%02d", year, month, day);

  /* %e pads a single digit with a figure space (U+2007): "1 August",
   * not " 1 August". */
  if (g_str_has_prefix (text, "\u2007"))
    memmove (text, text + strlen ("\u2007"), strlen (text) - strlen ("\u2007") + 1);

  return g_strstrip (text);
}

/**
 * plx_date_format_readable:
 * @date: a date as the ledger writes it: ISO 8601 to its precision
 *   ("2026-01-13", "2026-02", "2025"), or a part of a year ("2025-mid")
 * @precision: its precision
 *
 * Returns: (transfer full): the date as the interface's language writes
 *   it ("13 January 2026", "February 2026", "Mid-2025"); @date itself
 *   when it cannot be read
 */
char *
plx_date_format_readable (const char       *date,
                          PlxDatePrecision  precision)
{
  int year = 0, month = 0, day = 0;
  char part[8] = "";

  g_return_val_if_fail (date != NULL, NULL);

  switch (precision)
    {
    case PLX_PRECISION_DAY:
      if (sscanf (date, "%d-%d-%d", &year, &month, &day) == 3)
        return format_day (year, month, day);
      break;

    case PLX_PRECISION_MONTH:
      if (sscanf (date, "%d-%d", &year, &month) == 2)
        {
          g_autoptr(GDateTime) first = date_time_from_ymd (year, month, 1);

          if (first != NULL)
            /* Translators: a month, in g_date_time_format() notation: "February 2026" */
            return g_date_time_format (first, _("%OB %Y"));
        }
      break;

    case PLX_PRECISION_PART_OF_YEAR:
      if (sscanf (date, "%d-%7s", &year, part) == 2)
        {
          if (g_str_equal (part, "early"))
            /* Translators: part of a year, "Early 2025" */
            return g_strdup_printf (_("Early %d"), year);
          if (g_str_equal (part, "mid"))
            /* Translators: part of a year, "Mid-2025" */
            return g_strdup_printf (_("Mid-%d"), year);
          if (g_str_equal (part, "late"))
            /* Translators: part of a year, "Late 2025" */
            return g_strdup_printf (_("Late %d"), year);
        }
      break;

    case PLX_PRECISION_YEAR:
    default:
      break;
    }

  return g_strdup (date);
}
